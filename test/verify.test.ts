/**
 * verify-no-plaintext over real git repositories built here: every rule fires exactly where it should
 * in the `all` scope, `changed` reads a pull request's head (also when the work tree is the base, as on
 * pull_request_target) and merge groups, `history` finds a secret that was added and later deleted,
 * shallow clones are an error that says `fetch-depth: 0`, `--staged` checks the index, MACs are verified
 * with a key, and the CLI prints `file:line: rule-id ...` and exits 1 on errors.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import { run as cli } from "../actions/cli/main.js";
import { ConfigurationError } from "../actions/lib/errors.js";
import { resolveScope } from "../actions/lib/scan/event.js";
import type { Finding } from "../actions/lib/scan/rules.js";
import { encrypt } from "../actions/lib/sops/engine.js";
import type { Format } from "../actions/lib/sops/formats.js";
import { WINDOW } from "../actions/common/scan-files.js";
import { verify, type Source } from "../actions/common/verify.js";
import { rejectionOf } from "./support/errors.js";
import { newKey, type TestKey } from "./support/keys.js";

const NOW = Date.UTC(2026, 9, 1);
/** A token built at run time: this file holds no credential-shaped literal. */
const TOKEN = ["ghp", "_", "Zx9Kq2Lm4Np6Rs8Tv1Wy3Ab5Cd7Ef0Gh2Jk4"].join("");
const AWS = ["AK", "IA", "QYLPMN5KKKFPZAM2"].join("");

let alice: TestKey;
let bob: TestKey;
const folders: string[] = [];

beforeAll(async () => {
  [alice, bob] = await Promise.all([newKey(), newKey()]);
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return gitIn(cwd, args);
}

function newRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "verify-repo-"));
  folders.push(dir);
  git(dir, "init", "-q", "-b", "main");
  return dir;
}

function write(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

function commit(dir: string, files: Record<string, string | Uint8Array>, message = "change"): string {
  write(dir, files);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}

async function sealed(
  plaintext: string,
  format: Format,
  recipients: string[],
  extra = {},
): Promise<Uint8Array> {
  return encrypt(Buffer.from(plaintext), { format, ageGroups: [recipients], ...extra });
}

function check(cwd: string, source: Source, identities: TestKey[] = [], threads?: number) {
  return verify({
    cwd,
    source,
    include: [],
    policyFile: "",
    sopsConfigFile: "",
    identities: identities.map((key) => key.identity),
    now: NOW,
    ...(threads === undefined ? {} : { threads }),
  });
}

const brief = (findings: Finding[]) =>
  findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`).sort();

const SOPS_YAML = (a: string, b: string) =>
  [
    "creation_rules:",
    "  - path_regex: ^secrets/.*\\.yaml$",
    "    encrypted_regex: ^(password|token)$",
    `    age: ${a},${b}`,
    "  - path_regex: (^|/)\\.env\\.enc$",
    `    age: ${a}`,
    "",
  ].join("\n");

describe("a repository with every kind of problem", () => {
  let repo: string;
  const yamlRule = { cryptRule: { name: "encrypted_regex", value: "^(password|token)$" } };

  beforeAll(async () => {
    repo = newRepo();
    const goodYaml = await sealed(
      "user: app\npassword: hunter2\n",
      "yaml",
      [alice.recipient, bob.recipient],
      yamlRule,
    );
    const pasted = Buffer.from(
      await sealed("user: app\npassword: hunter2\n", "yaml", [alice.recipient, bob.recipient], yamlRule),
    )
      .toString()
      .replace(/^user: app$/m, "user: app\ntoken: pasted-in-plaintext");
    commit(repo, {
      ".sops.yaml": SOPS_YAML(alice.recipient, bob.recipient),
      ".gitignore": "node_modules/\n",
      "secrets/good.yaml": goodYaml,
      "secrets/pasted.yaml": pasted,
      "secrets/plain.yaml": "password: hunter2\n",
      "secrets/drift.yaml": await sealed("password: x\n", "yaml", [alice.recipient], yamlRule),
      ".env.enc": await sealed("API_KEY=abc\nLOG_unencrypted=info\n", "dotenv", [alice.recipient]),
      "app/.env": "DB_HOST=db\n",
      ".env.example": "DB_PASSWORD=Tr0ub4dor&3x\nAPI_KEY=\n",
      "deploy/config.yaml": `github:\n  token: ${TOKEN}\n`,
      "deploy/allowed.yaml": `aws: ${AWS} # secrets-allow\n`,
      "src/index.ts": "export const ok = true;\n",
      "README.md": "# app\n",
    });
  });

  test("each rule fires exactly where it should and nowhere else", async () => {
    const result = await check(repo, { scope: "all" });
    expect(brief(result.findings)).toEqual(
      [
        "env-not-ignored .gitignore:1",
        "plaintext-env-file .env.example:1",
        "plaintext-env-file app/.env:1",
        "secret-pattern deploy/config.yaml:2",
        "sops-recipients-drift secrets/drift.yaml:1",
        "sops-rule-not-encrypted secrets/plain.yaml:1",
        "sops-value-not-encrypted secrets/pasted.yaml:2",
      ].sort(),
    );
    expect(result.files).toBe(13);
    expect(result.sopsConfig).toBe(".sops.yaml");
    expect(JSON.stringify(result.findings)).not.toContain(TOKEN.slice(4));
  });

  test("include globs narrow the files; the policy file accepts findings", async () => {
    write(repo, {
      ".github/secrets-policy.yml": "allow:\n  - reason: test fixture\n    paths: [deploy/**]\n",
    });
    const narrowed = await verify({
      cwd: repo,
      source: { scope: "all" },
      include: ["deploy/**", "app/**"],
      policyFile: ".github/secrets-policy.yml",
      sopsConfigFile: "",
      identities: [],
      now: NOW,
    });
    expect(brief(narrowed.findings)).toEqual([
      "env-not-ignored .gitignore:1",
      "plaintext-env-file app/.env:1",
    ]);
    rmSync(path.join(repo, ".github"), { recursive: true });
  });

  test("an explicit config that does not exist is an error", async () => {
    const error = await rejectionOf(
      verify({
        cwd: repo,
        source: { scope: "all" },
        include: [],
        policyFile: "nope.yml",
        sopsConfigFile: "",
        identities: [],
        now: NOW,
      }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/config: nope\.yml does not exist/);
  });

  test("with a key, MACs are verified: a changed unencrypted value is a MAC mismatch", async () => {
    const file = path.join(repo, ".env.enc");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("LOG_unencrypted=info", "LOG_unencrypted=debug"));
    try {
      const withoutKey = await check(repo, { scope: "paths", paths: [".env.enc"] });
      expect(withoutKey.findings).toEqual([]);
      const withKey = await check(repo, { scope: "paths", paths: [".env.enc", "secrets/drift.yaml"] }, [
        alice,
      ]);
      expect(brief(withKey.findings)).toEqual([
        "sops-recipients-drift secrets/drift.yaml:1",
        "sops-value-not-encrypted .env.enc:1",
      ]);
      expect(withKey.findings.find((finding) => finding.file === ".env.enc")?.message).toMatch(
        /MAC mismatch/,
      );
      const otherKey = await check(repo, { scope: "paths", paths: [".env.enc"] }, [bob]);
      expect(otherKey.findings).toEqual([]);
      expect(otherKey.notes.join("\n")).toMatch(/\.env\.enc: MAC not verified/);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe("changed scope", () => {
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = newRepo();
    base = commit(repo, { "old.yaml": `token: ${TOKEN}\n`, "keep.yaml": "a: 1\n", ".gitignore": ".env\n" });
    git(repo, "checkout", "-q", "-b", "feature");
    head = commit(repo, { "new.yaml": `aws: ${AWS}\n`, "keep.yaml": "a: 2\n" });
  });

  test("a pull request's changed files only (the old secret is not in the diff)", async () => {
    const scope = resolveScope("auto", "pull_request", {
      pull_request: { base: { sha: base }, head: { sha: head } },
    });
    expect(scope).toEqual({ scope: "changed", range: { base, head } });
    const result = await check(repo, scope);
    expect(brief(result.findings)).toEqual(["secret-pattern new.yaml:1"]);
    expect(result.files).toBe(2);
  });

  test("pull_request_target: the head is read from git even when the work tree is the base", async () => {
    git(repo, "checkout", "-q", "main");
    try {
      const scope = resolveScope("auto", "pull_request_target", {
        pull_request: { base: { sha: base }, head: { sha: head } },
      });
      expect(brief((await check(repo, scope as Source)).findings)).toEqual(["secret-pattern new.yaml:1"]);
    } finally {
      git(repo, "checkout", "-q", "feature");
    }
  });

  test("merge_group: the queue's base and head", async () => {
    const scope = resolveScope("auto", "merge_group", { merge_group: { base_sha: base, head_sha: head } });
    expect(brief((await check(repo, scope as Source)).findings)).toEqual(["secret-pattern new.yaml:1"]);
  });

  test("a shallow clone without the base is an error that says fetch-depth: 0", async () => {
    const shallow = mkdtempSync(path.join(tmpdir(), "verify-shallow-"));
    folders.push(shallow);
    git(shallow, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${repo}`, "clone");
    const clone = path.join(shallow, "clone");
    const changed = await rejectionOf(check(clone, { scope: "changed", range: { base, head } }));
    expect(changed).toBeInstanceOf(ConfigurationError);
    expect((changed as Error).message).toMatch(/base commit .* is not in the clone: .*fetch-depth: 0/);
    const history = await rejectionOf(check(clone, { scope: "history" }));
    expect((history as Error).message).toMatch(/scope: history needs the whole history: .*fetch-depth: 0/);
  });
});

describe("large files", () => {
  test("are read in windows: line numbers stay right and a secret across a window edge is found once", async () => {
    const repo = newRepo();
    const filler = "x: 1\n";
    // The first secret sits across the first window edge, the second one well after it.
    const before = Math.floor((WINDOW - 10) / filler.length);
    const text = `${filler.repeat(before)}a: ${TOKEN}\n${filler.repeat(1000)}b: none\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(WINDOW);
    write(repo, { "big.yaml": text });
    const result = await check(repo, { scope: "paths", paths: ["big.yaml"] });
    expect(result.findings.map((finding) => finding.line)).toEqual([before + 1]);
    write(repo, { "big.yaml": text.replace("b: none", `b: ${TOKEN}`) });
    const both = await check(repo, { scope: "paths", paths: ["big.yaml"] });
    expect(both.findings.map((finding) => finding.line)).toEqual([before + 1, before + 1002]);
  });
});

describe("history scope", () => {
  test("finds a secret that was added and later deleted, with the commit that added it", async () => {
    const repo = newRepo();
    commit(repo, { ".gitignore": ".env\n", "README.md": "# x\n" });
    const added = commit(repo, { "config/leak.yaml": `token: ${TOKEN}\n` });
    rmSync(path.join(repo, "config"), { recursive: true });
    commit(repo, { "README.md": "# x, cleaned\n" });
    expect((await check(repo, { scope: "all" })).findings).toEqual([]);
    const history = await check(repo, { scope: "history" });
    expect(
      history.findings.map((finding) => [finding.rule, finding.file, finding.line, finding.commit]),
    ).toEqual([["secret-pattern", "config/leak.yaml", 1, added]]);
  });
});

describe("file names with line breaks (a pull request chooses them)", () => {
  const NAME = "deploy\nconfig.yaml";
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = newRepo();
    base = commit(repo, { ".gitignore": ".env\n", "a.yaml": "a: 1\n" });
    head = commit(repo, { [NAME]: `token: ${TOKEN}\n` });
  });

  test("changed scope reads the file and finds the token", async () => {
    const result = await check(repo, { scope: "changed", range: { base, head } });
    expect(result.files).toBe(1);
    expect(result.findings.map((finding) => [finding.rule, finding.file])).toEqual([
      ["secret-pattern", NAME],
    ]);
  });

  test("staged scope reads the file and finds the token", async () => {
    write(repo, { "other\nname.yaml": `token: ${TOKEN}\n` });
    git(repo, "add", "--", "other\nname.yaml");
    const result = await check(repo, { scope: "staged" });
    expect(result.findings.map((finding) => finding.file)).toEqual(["other\nname.yaml"]);
    git(repo, "rm", "-q", "--cached", "--", "other\nname.yaml");
  });

  test("history scope names the file whole", async () => {
    const result = await check(repo, { scope: "history" });
    expect(result.findings.map((finding) => finding.file)).toContain(NAME);
  });
});

describe("staged content and the CLI", () => {
  let repo: string;

  beforeAll(() => {
    repo = newRepo();
    commit(repo, { ".gitignore": ".env\n", "a.yaml": "a: 1\n" });
    write(repo, { "a.yaml": `token: ${TOKEN}\n` });
    git(repo, "add", "a.yaml");
    // The work tree no longer has the secret; the index (what would be committed) does.
    write(repo, { "a.yaml": "a: 1\n" });
  });

  test("--staged checks the index, not the work tree", async () => {
    expect(brief((await check(repo, { scope: "staged" })).findings)).toEqual(["secret-pattern a.yaml:1"]);
    expect((await check(repo, { scope: "paths", paths: ["a.yaml"] })).findings).toEqual([]);
    expect((await check(repo, { scope: "staged", paths: ["other.yaml"] })).findings).toEqual([]);
  });

  test("secrets-actions verify prints file:line: rule-id and exits 1 on errors", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (text: string | Uint8Array) => out.push(String(text)),
      stderr: (text: string) => err.push(text),
      env: {},
      cwd: path.join(repo),
    };
    expect(await cli(["verify", "--staged"], io)).toBe(1);
    expect(out.join("")).toMatch(
      /^a\.yaml:1: secret-pattern error: GitHub token in plaintext \(github-token\): ghp_… \(40 chars\); fix: /,
    );
    expect(out.join("")).not.toContain(TOKEN.slice(4));
    expect(err.join("")).toContain("1 files checked: 1 errors, 0 warnings");
    out.length = 0;
    expect(await cli(["verify", "a.yaml"], io)).toBe(0);
    expect(out).toEqual([]);
    expect(await cli(["verify", "--bogus"], io)).toBe(2);
    expect(await cli(["verify", "missing.yaml"], io)).toBe(2);
  });
});

describe("every scope judges the same content the same way", () => {
  const SECRET = ["tgHkQyhIx", "lQrnwBe7isDu", "JPMx4bCZ"].join("");
  const FILES: Record<string, string> = {
    ".gitignore": ".env\n",
    "deploy/profile.sh": `export GITHUB_TOKEN=${TOKEN}\n`,
    "deploy/Dockerfile": `FROM python:3.12\nENV CLIENT_SECRET ${SECRET}\n`,
    "deploy/.env.example.sh": `HF_TOKEN=hf_${"x".repeat(34)}\n`,
    "tests/test_settings.py": `API_KEY = "${SECRET}"\n`,
    "src/client.py": `def f():\n    """Call with\n\n        api_key="${SECRET}"\n    """\n`,
    "api/description.json": `{\n  "examples": {\n    "app": {\n      "client_secret": "${SECRET}"\n    }\n  }\n}\n`,
    "config/app.xml": `<settings>\n  <apiToken>${SECRET}</apiToken>\n</settings>\n`,
  };
  const judged = (findings: Finding[]) =>
    findings
      .map(
        (finding) =>
          `${finding.file}:${finding.line} ${finding.rule} ${finding.severity} ${finding.fingerprint}`,
      )
      .sort();

  test("tree (one thread or two asked for), changed, staged and history give the same findings", async () => {
    const repo = newRepo();
    const base = commit(repo, { "README.md": "# app\n" });
    const head = commit(repo, FILES);
    const tree = judged((await check(repo, { scope: "all" })).findings);
    expect(tree).toHaveLength(7);
    expect(tree.filter((line) => line.includes(" note "))).toHaveLength(2);
    const changed = judged((await check(repo, { scope: "changed", range: { base, head } })).findings);
    const history = judged((await check(repo, { scope: "history" })).findings);
    const staging = newRepo();
    commit(staging, { "README.md": "# app\n" });
    write(staging, FILES);
    git(staging, "add", "-A");
    const staged = judged((await check(staging, { scope: "staged" })).findings);
    const threaded = judged((await check(repo, { scope: "all" }, [], 2)).findings);
    expect({ changed, history, staged, threaded }).toEqual({
      changed: tree,
      history: tree,
      staged: tree,
      threaded: tree,
    });
  });
});
