// `secrets-actions rotation` (the SOPS report of a local repository) and `secrets-actions rotate`
// (a new data key, as sops rotate).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import { run } from "../actions/cli/main.js";
import { decrypt, encrypt } from "../actions/lib/sops/engine.js";
import { readMetadata } from "../actions/lib/sops/metadata.js";
import { createStore } from "../actions/lib/sops/formats.js";
import { newKey, type TestKey } from "./support/keys.js";

let key: TestKey;
let repo: string;

function git(args: string[], date: string) {
  gitIn(repo, args, date);
}

async function cli(args: string[], withKey = true) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (text) => out.push(String(text)),
    stderr: (text) => err.push(text),
    env: withKey ? { SOPS_AGE_KEY: key.secret, HOME: repo } : { HOME: repo },
    cwd: repo,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

beforeAll(async () => {
  key = await newKey();
  repo = mkdtempSync(path.join(tmpdir(), "cli-rotation-"));
  git(["init", "-q"], "2025-01-01T00:00:00Z");
  writeFileSync(
    path.join(repo, ".sops.yaml"),
    `creation_rules:\n  - path_regex: \\.env\\.enc$\n    age: ${key.recipient}\n`,
  );
  writeFileSync(
    path.join(repo, ".env.enc"),
    await encrypt(Buffer.from("OLD_TOKEN=an-old-token-value-00000000\nSHORT=abc\n"), {
      format: "dotenv",
      ageGroups: [[key.recipient]],
    }),
  );
  git(["add", "-A"], "2025-01-01T00:00:00Z");
  git(["commit", "-q", "-m", "secrets"], "2025-01-01T00:00:00Z");
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("rotation", () => {
  test("prints a table of the SOPS secrets and exits 1 when one is overdue", async () => {
    const { code, stdout, stderr } = await cli(["rotation"]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^SECRET\s+FILE\s+AGE\s+MAX\s+STATUS\s+COMMIT\s+HYGIENE$/);
    expect(lines.find((line) => line.startsWith("OLD_TOKEN"))).toMatch(/\.env\.enc\s+\d+d\s+90d\s+overdue/);
    expect(lines.find((line) => line.startsWith("SHORT"))).toMatch(/shorter than 16 characters \(3\)/);
    expect(stdout + stderr).not.toContain("an-old-token-value");
    expect(stderr).toMatch(/2 secrets in 1 files: 2 overdue/);
  });

  test("without a key, ages are upper bounds and there are no hygiene notes", async () => {
    const { stdout, stderr } = await cli(["rotation"], false);
    expect(stdout).toMatch(/OLD_TOKEN\s+\.env\.enc\s+<=\d+d/);
    expect(stdout).not.toContain("shorter than");
    expect(stderr).toContain("no key: ages are upper bounds");
  });

  test("a policy with a longer max-age makes it pass", async () => {
    writeFileSync(path.join(repo, "policy.yml"), "defaults:\n  max-age: 5000d\n");
    const { code } = await cli(["rotation", "--policy", "policy.yml"]);
    rmSync(path.join(repo, "policy.yml"));
    expect(code).toBe(0);
  });
});

describe("rotate", () => {
  test("a new data key, every ciphertext new, the same values and recipients", async () => {
    const file = path.join(repo, ".env.enc");
    const before = readFileSync(file);
    const { code } = await cli(["rotate", ".env.enc"]);
    expect(code).toBe(0);
    const after = readFileSync(file);
    const [was, now] = await Promise.all(
      [before, after].map((bytes) => decrypt(bytes, { format: "dotenv", identities: [key.identity] })),
    );
    expect(now?.branches[0]?.entries()).toEqual(was?.branches[0]?.entries());
    expect(Buffer.from(now?.dataKey ?? []).equals(Buffer.from(was?.dataKey ?? []))).toBe(false);
    const ciphertexts = (bytes: Buffer) =>
      bytes
        .toString()
        .split("\n")
        .filter((line) => line.includes("ENC["));
    for (const line of ciphertexts(after)) expect(ciphertexts(before)).not.toContain(line);
    const recipients = (bytes: Buffer) =>
      readMetadata(createStore("dotenv").parseEncrypted(bytes).metadata).keyGroups.map((group) =>
        group.age.map((entry) => entry.recipient),
      );
    expect(recipients(after)).toEqual(recipients(before));
  });
});
