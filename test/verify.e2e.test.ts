/**
 * verify-no-plaintext end to end: the bundled action runs as the runner runs it (inputs, event payload,
 * GITHUB_OUTPUT, the job summary, workflow commands), under this machine's Node and Node 24.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import type { Log } from "sarif";
import { encrypt } from "../actions/lib/sops/engine.js";
import { newKey, type TestKey } from "./support/keys.js";
import { runBundle, type StepResult } from "../tools/runner.mjs";
import { RUNTIMES } from "./support/runtimes.js";

const TOKEN = ["ghp", "_", "Zx9Kq2Lm4Np6Rs8Tv1Wy3Ab5Cd7Ef0Gh2Jk4"].join("");

let alice: TestKey;
let repo: string;
let base: string;
let head: string;

function git(...args: string[]): string {
  return gitIn(repo, args);
}

function commit(files: Record<string, string | Uint8Array>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), content);
  }
  git("add", "-A");
  git("commit", "-q", "-m", "change");
  return git("rev-parse", "HEAD");
}

beforeAll(async () => {
  alice = await newKey();
  repo = mkdtempSync(path.join(tmpdir(), "verify-e2e-"));
  git("init", "-q", "-b", "main");
  base = commit({
    ".gitignore": ".env\n",
    ".sops.yaml": `creation_rules:\n  - path_regex: \\.env\\.enc$\n    age: ${alice.recipient}\n`,
    ".env.enc": await encrypt(Buffer.from("API_KEY=abc\n"), {
      format: "dotenv",
      ageGroups: [[alice.recipient]],
    }),
    "README.md": "# app\n",
  });
  head = commit({
    "deploy/config.yaml": `\ngithub:\n  token: ${TOKEN}\n  docs_token: ghp_${"x".repeat(36)}\n`,
    "deploy/.env.production": "LOG=info\nDB_PASSWORD=hunter2\n",
  });
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

function event(name: string, payload: unknown): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "event-")), "event.json");
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
}

const annotations = (step: StepResult) =>
  step.commands
    .filter(
      (command) => (command.command === "error" || command.command === "warning") && command.properties.title,
    )
    .map(
      (command) =>
        `${command.command} ${command.properties.title ?? ""} ${command.properties.file ?? ""}:${command.properties.line ?? ""}`,
    )
    .sort();

describe.each(RUNTIMES)("$name", ({ node }) => {
  test("push: every tracked file; annotations, summary, SARIF, outputs, a failed step", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { "sarif-file": "reports/verify.sarif" },
      env: event("push", { before: base, after: head }),
    });
    expect(main.exitCode).toBe(1);
    expect(annotations(main)).toEqual([
      "error plaintext-env-file deploy/.env.production:1",
      "error secret-pattern deploy/config.yaml:3",
    ]);
    expect(main.stdout).toMatch(
      /::error::verify-no-plaintext failed: 2 errors, 0 warnings \(plaintext-env-file, secret-pattern\)/,
    );
    expect(main.outputs).toEqual({
      findings: "2",
      errors: "2",
      warnings: "0",
      notes: "1",
      "sarif-file": path.join(repo, "reports", "verify.sarif"),
    });
    const sarif = JSON.parse(readFileSync(path.join(repo, "reports", "verify.sarif"), "utf8")) as Log;
    expect(
      sarif.runs[0]?.results?.map((result) => [
        result.ruleId,
        result.level,
        result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
        result.locations?.[0]?.physicalLocation?.region?.startLine,
      ]),
    ).toEqual([
      ["plaintext-env-file", "error", "deploy/.env.production", 1],
      ["secret-pattern", "error", "deploy/config.yaml", 3],
      // The placeholder: kept in SARIF as a note, never annotated, never failing.
      ["secret-pattern", "note", "deploy/config.yaml", 4],
    ]);
    expect(main.summary).toContain("1 placeholder or documentation example ignored");
    expect(main.summary).toContain("<h3>verify-no-plaintext</h3>");
    expect(main.summary).toMatch(
      /<td><code>secret-pattern<\/code><\/td><td><code>deploy\/config\.yaml<\/code><\/td><td>error<\/td><td>1<\/td><td>3<\/td>/,
    );
    expect(
      main.stdout + main.summary + readFileSync(path.join(repo, "reports", "verify.sarif"), "utf8"),
    ).not.toContain(TOKEN.slice(4));
    rmSync(path.join(repo, "reports"), { recursive: true });
  });

  test("pull_request: only the changed files; fail-on never keeps the step green", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { "fail-on": "never", paths: "deploy/*.yaml" },
      env: event("pull_request", { pull_request: { base: { sha: base }, head: { sha: head } } }),
    });
    expect(main.exitCode).toBe(0);
    expect(annotations(main)).toEqual(["error secret-pattern deploy/config.yaml:3"]);
    expect(main.outputs["sarif-file"]).toBe("");
    expect(main.summary).toContain("Scope <b>changed</b>: 1 files");
  });

  test("a clean tree passes; the age key is masked and used for MACs", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { paths: ".env.enc,README.md", "age-key": alice.secret, scope: "all" },
      env: event("push", {}),
    });
    expect(main.exitCode).toBe(0);
    expect(main.masks).toContain(alice.secret);
    expect(main.outputs.findings).toBe("0");
    expect(main.summary).toContain("No plaintext secrets found.");
  });

  test("warnings fail the step with fail-on: warning", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { "fail-on": "warning", paths: "README.md", scope: "all" },
      env: { ...event("schedule", {}) },
    });
    // .gitignore ignores .env: no env-not-ignored warning, nothing found.
    expect(main.exitCode).toBe(0);
    writeFileSync(path.join(repo, "README.md"), "# app\nsee https://user:s3cret99@db.internal/x\n");
    const second = await runBundle("verify-no-plaintext", {
      node,
      workspace: repo,
      inputs: { "fail-on": "warning", paths: "README.md", scope: "all" },
      env: { ...event("schedule", {}) },
    });
    git("checkout", "README.md");
    expect(second.main.exitCode).toBe(1);
    expect(annotations(second.main)).toEqual(["warning secret-pattern README.md:2"]);
  });

  test.each([
    [{ scope: "diff" }, {}, /input `scope` must be one of auto, changed, all, history/],
    [{ scope: "changed" }, event("workflow_dispatch", {}), /scope: changed needs a pull_request/],
    [{ config: "missing.yml" }, {}, /config: missing\.yml does not exist/],
  ])("a mistake is one error line: %j", async (inputs, env, message) => {
    const { main } = await runBundle("verify-no-plaintext", { node, workspace: repo, inputs, env });
    expect(main.exitCode).toBe(1);
    const errors = main.commands.filter((command) => command.command === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^verify-no-plaintext failed: /);
    expect(errors[0]?.message).toMatch(message);
  });

  test("outside a git repository: an error that says to check out", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "verify-empty-"));
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace: empty,
      env: event("push", {}),
    });
    rmSync(empty, { recursive: true, force: true });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(
      /verify-no-plaintext failed: .* is not a git repository: check it out with actions\/checkout/,
    );
    expect(existsSync(empty)).toBe(false);
  });
});
