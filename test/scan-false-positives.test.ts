/**
 * False positives: this repository's own tree and the node_modules of its dependencies hold no
 * credential, so no `secret-pattern` error may come up there, except in the files the repository's
 * policy (.github/secrets-policy.yml) accepts on purpose, each with its reason. node_modules goes through
 * the shipped CLI bundle (the same code, several times faster than under ts-jest).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@jest/globals";
import { verify } from "../actions/common/verify.js";
import { REPO_ROOT } from "./support/fixtures.js";

const isSecretError = (line: string) => / secret-pattern error: /.test(line);

test("this repository's tracked files", async () => {
  const result = await verify({
    cwd: REPO_ROOT,
    source: { scope: "all" },
    include: [],
    policyFile: ".github/secrets-policy.yml",
    sopsConfigFile: "",
    identities: [],
    now: Date.now(),
  });
  expect(result.files).toBeGreaterThan(100);
  expect(
    result.findings
      .filter((finding) => finding.rule === "secret-pattern" && finding.severity === "error")
      .map((finding) => `${finding.file}:${finding.line} ${finding.message}`),
  ).toEqual([]);
});

test("the node_modules of the dependencies", () => {
  const cli = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, "dist", "cli", "index.js"), "verify", "node_modules"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    },
  );
  // 0 or 1: node_modules holds plaintext .env files of packages (plaintext-env-file errors).
  expect([0, 1]).toContain(cli.status);
  const checked = Number(/(\d+) files checked/.exec(cli.stderr)?.[1] ?? 0);
  expect(checked).toBeGreaterThan(5000);
  expect(cli.stdout.split("\n").filter(isSecretError)).toEqual([]);
}, 300_000);
