/**
 * Adopting the suite and living with it on a laptop, through the bundled CLI as a developer runs it:
 * `init` on empty, partly adopted and fully adopted repositories (idempotence, refusals, a tracked
 * `.env`, the secret upload to the fake GitHub, a failure halfway), `run` (environment, naming, exit
 * code, signals, `--dotenv-file`), `edit` with a scripted editor (one changed line, the parse-error loop,
 * the temporary plaintext removed on every way out).
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "@jest/globals";
import { callerWorkflow } from "../actions/cli/init.js";
import { startFakeGitHub } from "../tools/fake-github/server.mjs";
import { gitIn } from "../tools/git.mjs";
import { REPO_ROOT } from "./support/fixtures.js";
import { random } from "./support/random.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");
const scratch = mkdtempSync(path.join(tmpdir(), "cli-adopt-"));
let repo: string;
let home: string;
let temp: string;

const ENV_FILE = [
  "# Juniper data service",
  "JUNIPER_DATA_API_KEY=k3y-for-the-data-api",
  "# error reporting",
  "SENTRY_SDK_DSN=https://public@o0.ingest.sentry.io/1",
  "LOG_LEVEL=info",
  "",
].join("\n");

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  const base = mkdtempSync(path.join(scratch, "case-"));
  repo = path.join(base, "repo");
  home = path.join(base, "home");
  temp = path.join(base, "tmp");
  mkdirSync(repo);
  mkdirSync(temp);
  gitIn(repo, ["init", "-q", "-b", "main"]);
});

const environment = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, ".config"),
  TMPDIR: temp,
  ...extra,
});

function cli(args: string[], extra: Record<string, string> = {}, cwd = repo) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env: environment(extra), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const keyFile = () => path.join(home, ".config", "sops", "age", "keys.txt");
const secretOf = () =>
  readFileSync(keyFile(), "utf8")
    .split("\n")
    .find((line) => line.startsWith("AGE-SECRET-KEY-")) ?? "";

/** Every file of the repository (outside .git) with its content, to compare before and after. */
function snapshot(folder = repo): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === ".git") continue;
      if (entry.isDirectory()) visit(full);
      else files[path.relative(folder, full)] = readFileSync(full, "latin1");
    }
  };
  visit(folder);
  return files;
}

describe("init", () => {
  test("on an empty repository: plan, then every file, the key 0600 in a 0700 folder, only its recipient shown", () => {
    writeFileSync(path.join(repo, ".env"), ENV_FILE);
    writeFileSync(path.join(repo, ".env.example"), "JUNIPER_DATA_API_KEY=\n");
    const dry = cli(["init", "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/would write: \.env\.enc/);
    expect(Object.keys(snapshot()).sort()).toEqual([".env", ".env.example"]);
    expect(existsSync(keyFile())).toBe(false);

    const first = cli(["init"]);
    expect([first.status, first.stderr]).toEqual([0, ""]);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(keyFile())).mode & 0o777).toBe(0o700);
    const secret = secretOf();
    expect(first.stdout + first.stderr).not.toContain(secret.slice("AGE-SECRET-KEY-".length, 30));
    const recipient = /public recipient is (age1[0-9a-z]+)/.exec(first.stdout)?.[1];
    expect(readFileSync(path.join(repo, ".sops.yaml"), "utf8")).toContain(`age: ${recipient ?? "?"}`);
    expect(first.stdout).toContain("gh secret set SOPS_AGE_KEY <");
    // The encrypted copy decrypts to the plaintext, comments included; .env.example is left alone.
    const decrypted = cli(["decrypt", ".env.enc"], { SOPS_AGE_KEY_FILE: keyFile() });
    expect(decrypted.stdout).toBe(ENV_FILE);
    expect(existsSync(path.join(repo, ".env.example.enc"))).toBe(false);
    expect(gitIn(repo, ["check-ignore", ".env"]).trim()).toBe(".env");
    const workflow = readFileSync(path.join(repo, ".github", "workflows", "secrets.yml"), "utf8");
    const ref = /secrets\.yml@([0-9a-f]{40})/.exec(workflow)?.[1] ?? "";
    expect(workflow).toBe(callerWorkflow(ref));
    // One pin (the SHA in uses:, read back through id-token: write) and only the secret the workflow reads.
    expect(workflow).toContain("id-token: write");
    expect(workflow).not.toMatch(/^[^#\n]*secrets-actions-ref/m);
    expect(workflow).not.toMatch(/^[^#\n]*secrets:\s*inherit/m);
    expect(workflow).toContain("      SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}\n");
    expect(readFileSync(path.join(repo, ".pre-commit-config.yaml"), "utf8")).toContain(`rev: ${ref}`);
    expect(statSync(path.join(repo, ".github")).mode & 0o777).toBe(0o755);
    // A repository that verify-no-plaintext finds clean.
    gitIn(repo, ["add", "-A"]);
    expect(cli(["verify"]).status).toBe(0);

    const before = snapshot();
    const second = cli(["init"]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing to do/);
    expect(second.stdout).not.toMatch(/writes:/);
    expect(snapshot()).toEqual(before);
  }, 60_000);

  test("on a partly adopted repository: existing rules, comments and hooks are kept", () => {
    writeFileSync(
      path.join(repo, ".sops.yaml"),
      "# who decrypts what\ncreation_rules:\n  # infrastructure\n  - path_regex: ^infra/.*\\.tfvars$\n    age: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n",
    );
    writeFileSync(
      path.join(repo, ".pre-commit-config.yaml"),
      "repos:\n  # formatting\n  - repo: https://github.com/psf/black\n    rev: 24.1.0\n    hooks:\n      - id: black\n",
    );
    writeFileSync(path.join(repo, ".gitignore"), "__pycache__/");
    mkdirSync(path.join(repo, "services", "api"), { recursive: true });
    writeFileSync(path.join(repo, "services", "api", ".env.local"), "CASCOR_AUTHKEY=abc\n");
    const result = cli(["init"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const config = readFileSync(path.join(repo, ".sops.yaml"), "utf8");
    expect(config).toMatch(/^# who decrypts what\n/);
    expect(config).toContain("# infrastructure\n  - path_regex: ^infra/.*\\.tfvars$");
    expect(config).toMatch(/- path_regex: .*\\\.enc/);
    expect(readFileSync(path.join(repo, ".pre-commit-config.yaml"), "utf8")).toMatch(
      /# formatting[\s\S]*psf\/black[\s\S]*juniper\/secrets-actions/,
    );
    expect(readFileSync(path.join(repo, ".gitignore"), "utf8")).toBe(
      "__pycache__/\n# plaintext dotenv files (secrets-actions init)\n/services/api/.env.local\n",
    );
    expect(existsSync(path.join(repo, "services", "api", ".env.local.enc"))).toBe(true);
  }, 60_000);

  test("a rule that covers the files for other recipients is refused, nothing written; --add-recipient adds ours", () => {
    const config =
      "creation_rules:\n  - path_regex: \\.enc$\n    age: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n";
    writeFileSync(path.join(repo, ".sops.yaml"), config);
    writeFileSync(path.join(repo, ".env"), ENV_FILE);
    const refused = cli(["init"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/rule 1 covers the suite's files for other recipients .*--add-recipient/);
    expect(snapshot()).toEqual({ ".sops.yaml": config, ".env": ENV_FILE });
    expect(existsSync(keyFile())).toBe(false);
    const added = cli(["init", "--add-recipient"]);
    expect(added.status).toBe(0);
    expect(readFileSync(path.join(repo, ".sops.yaml"), "utf8")).toMatch(/age: age1qyqs\S+,age1[0-9a-z]+\n/);
    expect(added.stderr).toMatch(/updatekeys/);
  }, 60_000);

  test("a tracked .env is reported loudly with the two commands, and never removed from history", () => {
    writeFileSync(path.join(repo, ".env"), ENV_FILE);
    gitIn(repo, ["add", ".env"]);
    gitIn(repo, ["commit", "-q", "-m", "oops"]);
    const result = cli(["init"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /\.env IS TRACKED BY GIT: its values are in the history and must be revoked/,
    );
    expect(result.stderr).toContain("git rm --cached -- .env");
    expect(result.stderr).toContain('git commit -m "Stop tracking .env"');
    expect(gitIn(repo, ["ls-files"]).trim()).toBe(".env");
  }, 60_000);

  test("a failure halfway leaves the repository as it was", () => {
    writeFileSync(path.join(repo, ".env"), ENV_FILE);
    // A file where the workflow folder must go: the last write fails.
    writeFileSync(path.join(repo, ".github"), "not a folder");
    const before = snapshot();
    const result = cli(["init"]);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshot()).toEqual(before);
    // The new identity was written first: it is taken back too.
    expect(existsSync(keyFile())).toBe(false);
  }, 60_000);

  test("--github-repo stores the identity as SOPS_AGE_KEY, sealed to the repository's key, never printed", async () => {
    const token = ["ghp", "adoptTestToken000000000000000000000000"].join("_");
    const github = await startFakeGitHub({
      token,
      checkResponses: true,
      repositories: [{ fullName: "juniper/juniper-data" }],
    });
    try {
      writeFileSync(path.join(repo, ".env"), ENV_FILE);
      const run = await new Promise<{ status: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, "init", "--github-repo", "juniper/juniper-data"], {
          cwd: repo,
          env: environment({ GITHUB_TOKEN: token, GITHUB_API_URL: github.url }),
        });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("close", (status) => {
          resolve({ status, out });
        });
      });
      expect(run.status).toBe(0);
      expect(run.out).toContain(
        "stores: the age identity as the Actions secret SOPS_AGE_KEY of juniper/juniper-data",
      );
      expect(run.out).not.toContain("gh secret set");
      expect(github.sealedSecret("juniper/juniper-data", "SOPS_AGE_KEY")).toBe(secretOf());
      expect(run.out).not.toContain(secretOf().slice(16, 40));
      expect(github.responseProblems).toEqual([]);
      expect(github.unimplemented).toEqual([]);
    } finally {
      await github.close();
    }
  }, 60_000);
});

/** A repository with an encrypted `.env.enc` (through init) and the identity in the default place. */
function adopted(plaintext = ENV_FILE): void {
  writeFileSync(path.join(repo, ".env"), plaintext);
  expect(cli(["init"]).status).toBe(0);
  rmSync(path.join(repo, ".env"));
}

/** A SOPS file written by the CLI's encrypt, to the recipients of the `.sops.yaml` rule for its name. */
function encryptInPlace(name: string, plaintext: string): void {
  writeFileSync(path.join(repo, name), plaintext);
  const encrypted = cli(["encrypt", name]);
  expect([encrypted.status, encrypted.stderr]).toEqual([0, ""]);
  writeFileSync(path.join(repo, name), encrypted.stdout);
}

const printEnv = (name: string) => [
  "--",
  process.execPath,
  "-e",
  `process.stdout.write(String(process.env.${name}))`,
];

describe("run", () => {
  test("the values reach the command's environment, with decrypt-env's naming, and nothing is written", () => {
    adopted();
    const before = snapshot();
    expect(cli(["run", ...printEnv("JUNIPER_DATA_API_KEY")]).stdout).toBe("k3y-for-the-data-api");
    expect(cli(["run", "--prefix", "JUNIPER_", ...printEnv("JUNIPER_LOG_LEVEL")]).stdout).toBe("info");
    expect(cli(["run", "--keys", "LOG_*", ...printEnv("JUNIPER_DATA_API_KEY")]).stdout).toBe("undefined");
    // The way pydantic-settings reads it.
    const python = cli(["run", "--", "python3", "-c", "import os; print(os.environ['SENTRY_SDK_DSN'])"]);
    expect(python.stdout.trim()).toBe("https://public@o0.ingest.sentry.io/1");
    expect(snapshot()).toEqual(before);
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);

  test("nested YAML keys join with __; a name that steers programs is refused", () => {
    adopted();
    encryptInPlace("settings.enc.yaml", "database:\n  password: pw-from-yaml\n");
    expect(
      cli(["run", "-f", "settings.enc.yaml", "--uppercase", ...printEnv("DATABASE__PASSWORD")]).stdout,
    ).toBe("pw-from-yaml");
    encryptInPlace("bad.enc.yaml", "LD_PRELOAD: /tmp/x.so\n");
    const refused = cli(["run", "-f", "bad.enc.yaml", ...printEnv("LD_PRELOAD")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/bad\.enc\.yaml: the key LD_PRELOAD could take over .*--allow-names/);
  }, 60_000);

  test("the command's exit code is ours; a missing command or separator is a one-line error", () => {
    adopted();
    expect(cli(["run", "--", process.execPath, "-e", "process.exit(7)"]).status).toBe(7);
    const missing = cli(["run", "--", "no-such-command-here"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such-command-here: command not found/);
    expect(cli(["run", "python3"]).stderr).toMatch(/give the command to run after --/);
  }, 60_000);

  test("signals reach the command; --dotenv-file is 0600, named in SECRETS_ENV_FILE, and gone afterwards, also after SIGTERM", async () => {
    adopted();
    const target = path.join(temp, "compose.env");
    const reader = `const fs = require("fs"); const file = process.env.SECRETS_ENV_FILE;
      console.log(file, (fs.statSync(file).mode & 0o777).toString(8), /^JUNIPER_DATA_API_KEY=.?k3y-for-the-data-api/m.test(fs.readFileSync(file, "utf8")));`;
    const once = cli(["run", "--dotenv-file", target, "--", process.execPath, "-e", reader]);
    expect(once.stdout.trim()).toBe(`${target} 600 true`);
    expect(existsSync(target)).toBe(false);
    expect(
      cli([
        "run",
        "--dotenv-file",
        target,
        "--",
        "python3",
        "-c",
        "import os, dotenv; print(dotenv.dotenv_values(os.environ['SECRETS_ENV_FILE'])['LOG_LEVEL'])",
      ]).stdout.trim(),
    ).toBe("info");

    const child = spawn(
      process.execPath,
      [
        CLI,
        "run",
        "--dotenv-file",
        target,
        "--",
        process.execPath,
        "-e",
        "process.on('SIGTERM', () => process.exit(42)); console.log('ready'); setInterval(() => {}, 1000);",
      ],
      { cwd: repo, env: environment() },
    );
    await new Promise<void>((resolve) =>
      child.stdout.on("data", () => {
        resolve();
      }),
    );
    expect(existsSync(target)).toBe(true);
    child.kill("SIGTERM");
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(status).toBe(42);
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});

describe("edit", () => {
  const editor = (script: string) => {
    const file = path.join(temp, "..", `editor-${random.uint32().toString(36)}.sh`);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  test("one changed value is one changed line; unchanged values keep their exact ciphertext", async () => {
    adopted();
    gitIn(repo, ["add", "-A"]);
    gitIn(repo, ["commit", "-q", "-m", "adopt"]);
    // lastmodified has second precision: let a second pass, so that it changes too.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const result = cli(["edit", ".env.enc"], {
      EDITOR: editor('sed -i "s/^LOG_LEVEL=info/LOG_LEVEL=debug/" "$1"'),
    });
    expect([result.status, result.stderr]).toEqual([
      0,
      "secrets-actions edit: .env.enc saved (unchanged values keep their ciphertext)\n",
    ]);
    const changed = gitIn(repo, ["diff", "--unified=0", "--", ".env.enc"])
      .split("\n")
      .filter((line) => /^[+-][^+-]/.test(line))
      .map((line) => line.slice(0, 1) + (line.slice(1).split("=")[0] ?? ""));
    expect(changed.filter((line) => !line.slice(1).startsWith("sops_"))).toEqual([
      "-LOG_LEVEL",
      "+LOG_LEVEL",
    ]);
    expect(changed.filter((line) => line.slice(1).startsWith("sops_")).sort()).toEqual([
      "+sops_lastmodified",
      "+sops_mac",
      "-sops_lastmodified",
      "-sops_mac",
    ]);
    expect(cli(["run", ...printEnv("LOG_LEVEL")]).stdout).toBe("debug");
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);

  test("content that does not parse reopens the editor with the reason", () => {
    adopted();
    encryptInPlace("settings.enc.yaml", "api_key: first\n");
    const counter = path.join(temp, "..", "count");
    const script = editor(
      `n=$(cat "${counter}" 2>/dev/null || echo 0); echo $((n+1)) > "${counter}"\nif [ "$n" = 0 ]; then printf 'api_key: [unclosed\\n' > "$1"; else printf 'api_key: second\\n' > "$1"; fi`,
    );
    const result = cli(["edit", "settings.enc.yaml"], { VISUAL: script });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/settings\.enc\.yaml: .*reopening the editor/);
    expect(readFileSync(counter, "utf8").trim()).toBe("2");
    expect(cli(["decrypt", "settings.enc.yaml"]).stdout).toBe("api_key: second\n");
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);

  test("an editor that fails or changes nothing leaves the file as it was, and no plaintext behind", () => {
    adopted();
    const original = readFileSync(path.join(repo, ".env.enc"));
    const failed = cli(["edit", ".env.enc"], { EDITOR: editor('echo "LOG_LEVEL=x" >> "$1"; exit 3') });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/exited with status 3: \.env\.enc is unchanged/);
    const untouched = cli(["edit", ".env.enc"], { EDITOR: editor("true") });
    expect([untouched.status, untouched.stderr]).toEqual([
      0,
      "secrets-actions edit: no change: .env.enc is unchanged\n",
    ]);
    expect(readFileSync(path.join(repo, ".env.enc")).equals(original)).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
    expect(cli(["edit"]).stderr).toMatch(/give one SOPS file to edit/);
  }, 60_000);
});
