/**
 * The workflow rules end to end: the bundled verify-no-plaintext action on a push (annotations, SARIF with
 * help and fix, a workflow whose file name holds a newline) and the bundled CLI as the pre-commit hook
 * (`verify --staged`), under this machine's Node and Node 24.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { Log } from "sarif";
import { gitIn } from "../tools/git.mjs";
import { REPO_ROOT, runBundle } from "../tools/runner.mjs";
import { RUNTIMES } from "./support/runtimes.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const RELEASE = `name: release
on:
  push:
    tags: ["v*"]
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          persist-credentials: false
      - run: ./scripts/publish.sh
        env:
          PYPI_TOKEN: \${{ secrets.PYPI_TOKEN }}
`;
const ODD = `on: push
permissions: {}
jobs:
  dump:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./configure
        env:
          ALL: \${{ toJSON(secrets) }}
`;

let repo: string;
let base: string;
let head: string;

const git = (...args: string[]) => gitIn(repo, args);

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), "verify-workflows-"));
  git("init", "-q", "-b", "main");
  writeFileSync(path.join(repo, ".gitignore"), ".env\n");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  base = git("rev-parse", "HEAD");
  mkdirSync(path.join(repo, ".github", "workflows"), { recursive: true });
  mkdirSync(path.join(repo, "scripts"));
  writeFileSync(path.join(repo, ".github", "workflows", "release.yml"), RELEASE);
  writeFileSync(path.join(repo, ".github", "workflows", "odd\nname.yml"), ODD);
  writeFileSync(
    path.join(repo, "scripts", "publish.sh"),
    '#!/bin/sh\ntwine upload -u __token__ -p "$PYPI_TOKEN" dist/*\n',
  );
  git("add", "-A");
  git("commit", "-q", "-m", "workflows");
  head = git("rev-parse", "HEAD");
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

function pushEvent(): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "event-")), "event.json");
  writeFileSync(file, JSON.stringify({ before: base, after: head }));
  return { GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: file };
}

describe.each(RUNTIMES)("$name", ({ node }) => {
  test("the action annotates workflow findings and writes SARIF with help and fix", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { "sarif-file": "reports/verify.sarif" },
      env: pushEvent(),
    });
    expect(main.exitCode).toBe(1);
    const errors = main.commands
      .filter((command) => command.command === "error" && command.properties.title)
      .map(
        (command) =>
          `${command.properties.title ?? ""} ${command.properties.file ?? ""}:${command.properties.line ?? ""}`,
      )
      .sort();
    expect(errors).toEqual([
      "all-secrets-exposed .github/workflows/odd\nname.yml:10",
      "pypi-token-publish .github/workflows/release.yml:17",
    ]);
    // The newline of the file name reaches the log only escaped, as a workflow command property.
    expect(main.stdout).toContain("file=.github/workflows/odd%0Aname.yml");
    const sarif = JSON.parse(readFileSync(path.join(repo, "reports", "verify.sarif"), "utf8")) as Log;
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    const rule = rules.find((candidate) => candidate.id === "pypi-token-publish");
    expect(rule?.help?.text).toMatch(/trusted publisher/);
    expect(rule?.fullDescription?.text).toMatch(/stored API token/);
    const result = sarif.runs[0]?.results?.find((candidate) => candidate.ruleId === "pypi-token-publish");
    expect(result?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(17);
    expect(result?.message.text).toContain("scripts/publish.sh uploads to PyPI with PYPI_TOKEN");
    rmSync(path.join(repo, "reports"), { recursive: true });
  });

  test("the pre-commit hook (verify --staged) reads a staged workflow", () => {
    writeFileSync(
      path.join(repo, ".github", "workflows", "staged.yml"),
      ODD.replace("toJSON(secrets)", "secrets[matrix.name]"),
    );
    git("add", ".github/workflows/staged.yml");
    try {
      const result = spawnSync(
        node,
        [path.join(REPO_ROOT, "dist", "cli", "index.js"), "verify", "--staged"],
        {
          cwd: repo,
          encoding: "utf8",
        },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(".github/workflows/staged.yml:10: all-secrets-exposed error");
    } finally {
      git("rm", "-q", "--cached", ".github/workflows/staged.yml");
      rmSync(path.join(repo, ".github", "workflows", "staged.yml"));
    }
  });
});
