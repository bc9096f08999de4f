/**
 * `secrets-actions access` and `secrets-actions offboard` end to end, through the bundled CLI under this
 * machine's Node and Node 24, on a repository with a year of history: alice, bob and CI could read two
 * SOPS files (YAML and dotenv); bob left .sops.yaml two months ago but the files were never re-keyed.
 * The keys the files are checked with are the reference `age` CLI's and the engine's, never the tool's
 * own report; the expected exposures are written out from the fixture below.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { startFakeGitHub, type FakeGitHub } from "../tools/fake-github/server.mjs";
import { gitIn } from "../tools/git.mjs";
import { decrypt, encrypt } from "../actions/lib/sops/engine.js";
import { createStore, type Format } from "../actions/lib/sops/formats.js";
import { readMetadata } from "../actions/lib/sops/metadata.js";
import { flattenDocuments } from "../actions/lib/env/flatten.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { random } from "./support/random.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");
const TOKEN = "ghs_accessE2eInstallationToken7c2e91d4";
const GITHUB_REPO = "juniper/juniper-data";
const LABEL = "secret-rotation";
const DAY_MS = 86_400_000;

const YAML = "config/secrets.enc.yaml";
const DOTENV = "deploy/app.enc.env";
const FORMATS: Record<string, Format> = { [YAML]: "yaml", [DOTENV]: "dotenv" };

const scratch = mkdtempSync(path.join(tmpdir(), "access-e2e-"));
const home = path.join(scratch, "home");
const temp = path.join(scratch, "tmp");
const keysDir = path.join(scratch, "keys");
/** The repository as the fixture built it; every test works on its own copy. */
const fixture = path.join(scratch, "fixture");

let alice: TestKey;
let bob: TestKey;
let ci: TestKey;
let mallory: TestKey;

/** The commits of the fixture: c1 a year ago, c2 200 days ago, c3 60 days ago (HEAD). */
const commits = { c1: "", c2: "", c3: "" };

/** Every value the fixture ever held, to check no output shows one. */
const everyValue: string[] = [];
const value = (label: string) => {
  const drawn = `${label}-${random.string("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24)}`;
  everyValue.push(drawn);
  return drawn;
};

/** The values at each commit, as the fixture wrote them. */
const V = {
  db1: "",
  db3: "",
  api1: "",
  api2: "",
  smtp: "",
  stripe: "",
  sentry: "",
  legacy: "",
};

const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const keyFile = (key: TestKey) => path.join(keysDir, `${key.recipient}.txt`);
const withKey = (key: TestKey) => ({ SOPS_AGE_KEY_FILE: keyFile(key) });

function environment(extra: Record<string, string>): Record<string, string> {
  // No SOPS_AGE_KEY, no token and a HOME of our own: the machine's keys.txt is never read.
  return {
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, ".config"),
    TMPDIR: temp,
    ...extra,
  };
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled CLI, asynchronously: the fake GitHub answers from this process meanwhile. */
function cli(node: string, cwd: string, args: string[], extra: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [CLI, ...args], { cwd, env: environment(extra) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

/** The CLI while building the fixture (nothing else runs then). */
function cliSync(cwd: string, args: string[], extra: Record<string, string>): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env: environment(extra), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")}: ${run.status ?? "?"} ${run.stderr}`);
}

function commitAll(repo: string, message: string, date: Date): string {
  gitIn(repo, ["add", "-A"], date.toISOString());
  gitIn(repo, ["commit", "-q", "-m", message], date.toISOString());
  return gitIn(repo, ["rev-parse", "HEAD"]);
}

function write(repo: string, file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
}

function sopsConfig(recipients: { key: TestKey; comment: string }[]): string {
  return [
    "# who can open the secrets of this repository",
    "creation_rules:",
    "  - path_regex: \\.enc\\.(yaml|env)$",
    "    age:",
    ...recipients.map(({ key, comment }) => `      - ${key.recipient} # ${comment}`),
    "  # break-glass credentials: alice only",
    "  - path_regex: ^ops/break-glass\\.enc\\.json$",
    `    age: ${alice.recipient} # alice`,
    "",
  ].join("\n");
}

/** A copy of the fixture for one test. */
function copyOfFixture(): string {
  const copy = mkdtempSync(path.join(scratch, "case-"));
  cpSync(fixture, copy, { recursive: true });
  return copy;
}

/** Every file of the work tree with its bytes, and HEAD: what a refusal must leave as it was. */
function snapshot(repo: string): Record<string, string> {
  const files: Record<string, string> = { HEAD: gitIn(repo, ["rev-parse", "HEAD"]) };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === ".git") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else files[path.relative(repo, full)] = readFileSync(full).toString("base64");
    }
  };
  visit(repo);
  return files;
}

function expectNoValue(text: string): void {
  for (const secret of everyValue) expect(text).not.toContain(secret);
}

/** The metadata's armored data keys of a file, one per recipient. */
function armoredDataKeys(bytes: Buffer, file: string): { recipient: string; enc: string }[] {
  const format = FORMATS[file] ?? "yaml";
  const metadata = readMetadata(createStore(format).parseEncrypted(bytes).metadata);
  return metadata.keyGroups.flatMap((group) => group.age);
}

/** Whether the reference age CLI opens an armored data key with this key. */
function ageOpens(key: TestKey, enc: string): boolean {
  const file = path.join(mkdtempSync(path.join(temp, "enc-")), "data-key.age");
  writeFileSync(file, enc);
  const run = spawnSync("age", ["-d", "-i", keyFile(key), file]);
  return run.status === 0 && run.stdout.length === 32;
}

/** The raw data key bob's age key opens from an armored entry (what he could keep from the history). */
function dataKeyWith(key: TestKey, enc: string): Buffer {
  const file = path.join(mkdtempSync(path.join(temp, "enc-")), "data-key.age");
  writeFileSync(file, enc);
  const run = spawnSync("age", ["-d", "-i", keyFile(key), file]);
  if (run.status !== 0) throw new Error(`age -d: ${run.stderr.toString()}`);
  return run.stdout;
}

async function valuesOf(bytes: Buffer, file: string, key: TestKey): Promise<Record<string, string>> {
  const decrypted = await decrypt(bytes, { format: FORMATS[file] ?? "yaml", identities: [key.identity] });
  return Object.fromEntries(
    flattenDocuments(decrypted.branches, decrypted.leaves, "__").map((entry) => [entry.name, entry.value]),
  );
}

/** Every `ENC[...]` of a file: the values and the MAC. */
const ciphertexts = (bytes: Buffer) => bytes.toString("utf8").match(/ENC\[AES256_GCM,[^\]]*\]/g) ?? [];

beforeAll(async () => {
  mkdirSync(home, { recursive: true });
  mkdirSync(temp, { recursive: true });
  mkdirSync(keysDir, { recursive: true });
  mkdirSync(fixture, { recursive: true });
  [alice, bob, ci, mallory] = [await newKey(), await newKey(), await newKey(), await newKey()];
  for (const key of [alice, bob, ci, mallory])
    writeFileSync(keyFile(key), `${key.secret}\n`, { mode: 0o600 });
  Object.assign(V, {
    db1: value("db"),
    db3: value("db"),
    api1: value("api"),
    api2: value("api"),
    smtp: value("smtp"),
    stripe: value("sk_live"),
    sentry: value("dsn"),
    legacy: value("legacy"),
  });
  const all = [alice.recipient, bob.recipient, ci.recipient];
  const repo = fixture;
  gitIn(repo, ["init", "-q", "-b", "main"]);

  // (1) a year ago: alice, bob and CI read both files. alice and bob are named in the policy file,
  // CI by its comment in .sops.yaml; bob's comment there goes away with his line in (3).
  const first = daysAgo(365);
  write(
    repo,
    ".sops.yaml",
    sopsConfig([
      { key: alice, comment: "alice" },
      { key: bob, comment: "bob laptop" },
      { key: ci, comment: "ci" },
    ]),
  );
  write(
    repo,
    ".github/secrets-policy.yml",
    `recipients:\n  alice: ${alice.recipient}\n  bob:\n    - ${bob.recipient}\n`,
  );
  write(
    repo,
    YAML,
    await encrypt(
      Buffer.from(`db_password: ${V.db1}\napi_token: ${V.api1}\nsmtp:\n  password: ${V.smtp}\n`),
      { format: "yaml", ageGroups: [all], now: first },
    ),
  );
  write(
    repo,
    DOTENV,
    await encrypt(Buffer.from(`STRIPE_KEY=${V.stripe}\nSENTRY_DSN=${V.sentry}\nLEGACY_TOKEN=${V.legacy}\n`), {
      format: "dotenv",
      ageGroups: [all],
      now: first,
    }),
  );
  write(repo, "README.md", "# juniper-data\n");
  commits.c1 = commitAll(repo, "secrets", first);

  // (2) 200 days ago: api_token changes (still encrypted for bob), LEGACY_TOKEN is removed.
  cliSync(repo, ["set", YAML, '["api_token"]', JSON.stringify(V.api2)], withKey(alice));
  cliSync(repo, ["unset", DOTENV, '["LEGACY_TOKEN"]'], withKey(alice));
  commitAll(repo, "new api token, legacy token gone", daysAgo(200));
  commits.c2 = gitIn(repo, ["rev-parse", "HEAD"]);

  // (3) 60 days ago: bob's line leaves .sops.yaml, but no file is re-keyed (no updatekeys, no rotate),
  // and db_password is rotated with `set`: the same data key, the same recipients, so bob's key still
  // opens the new value. Every value at HEAD is therefore one bob could read.
  write(
    repo,
    ".sops.yaml",
    sopsConfig([
      { key: alice, comment: "alice" },
      { key: ci, comment: "ci" },
    ]),
  );
  cliSync(repo, ["set", YAML, '["db_password"]', JSON.stringify(V.db3)], withKey(alice));
  commits.c3 = commitAll(repo, "bob leaves; db password rotated", daysAgo(60));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface JsonExposure {
  recipient: string;
  file: string;
  key: string;
  first_commit: string;
  last_commit: string;
  still_live: boolean | null;
  changed_in: string | null;
}

interface AccessJson {
  recipients: { name: string; recipients: string[] }[];
  files: { path: string; readers: string[]; partial: unknown[] }[];
  exposures: JsonExposure[];
  history?: { recipient: string; file: string; from: string; to: string; ended_by: string | null }[];
  history_complete: boolean;
}

const byPlace = (a: { file: string; key?: string; recipient: string }, b: typeof a) =>
  a.file.localeCompare(b.file) ||
  (a.key ?? "").localeCompare(b.key ?? "") ||
  a.recipient.localeCompare(b.recipient);

/**
 * What `name` could ever read, from the fixture: both files named alice, bob and ci in every revision,
 * so each could read every value ever written. LEGACY_TOKEN was removed in c2 (not live, whoever could
 * read it); every other key is at HEAD with a value all three could open (db_password's c3 value and
 * api_token's c2 value included): still live. Without a key, whether it is live is unknown (null).
 */
function expectedExposures(name: string, keyed: boolean): JsonExposure[] {
  const live = keyed ? true : null;
  const rows: [string, string, string, string, boolean | null, string | null][] = [
    [DOTENV, "LEGACY_TOKEN", commits.c1, commits.c1, false, commits.c2],
    [DOTENV, "SENTRY_DSN", commits.c1, commits.c2, live, null],
    [DOTENV, "STRIPE_KEY", commits.c1, commits.c2, live, null],
    [YAML, "api_token", commits.c1, commits.c3, live, null],
    [YAML, "db_password", commits.c1, commits.c3, live, null],
    [YAML, "smtp__password", commits.c1, commits.c3, live, null],
  ];
  return rows
    .map(([file, key, first, last, stillLive, changedIn]) => ({
      recipient: name,
      file,
      key,
      first_commit: first,
      last_commit: last,
      still_live: stillLive,
      changed_in: changedIn,
    }))
    .sort(byPlace);
}

/** The values at HEAD, per file, as the fixture left them. */
const currentValues = (): Record<string, Record<string, string>> => ({
  [YAML]: { db_password: V.db3, api_token: V.api2, smtp__password: V.smtp },
  [DOTENV]: { STRIPE_KEY: V.stripe, SENTRY_DSN: V.sentry },
});

/** The still-live values bob could read: one rotation issue each (in id order), found again by his recipient. */
const BOB_LIVE = () => [
  `offboard:${bob.recipient}:sops:${YAML}:api_token`,
  `offboard:${bob.recipient}:sops:${YAML}:db_password`,
  `offboard:${bob.recipient}:sops:${YAML}:smtp__password`,
  `offboard:${bob.recipient}:sops:${DOTENV}:SENTRY_DSN`,
  `offboard:${bob.recipient}:sops:${DOTENV}:STRIPE_KEY`,
];

const markerId = (body: unknown) =>
  decodeURIComponent(/<!-- secrets-actions:rotation id=(\S+) -->/.exec(String(body))?.[1] ?? "");

function openIssues(github: FakeGitHub): { id: string; title: string; labels: string[] }[] {
  return github
    .issues(GITHUB_REPO)
    .filter((issue) => issue.state === "open")
    .map((issue) => ({
      id: markerId(issue.body),
      title: String(issue.title),
      labels: (issue.labels as { name: string }[]).map((label) => label.name),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

let github: FakeGitHub | undefined;

afterEach(async () => {
  expect(github?.responseProblems ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function serve(): Promise<FakeGitHub> {
  github = await startFakeGitHub({
    token: TOKEN,
    checkResponses: true,
    repositories: [{ fullName: GITHUB_REPO }],
  });
  return github;
}

const githubEnv = (server: FakeGitHub) => ({ GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN });

describe.each(RUNTIMES)("access under $name", ({ node }) => {
  test("--recipient bob --json: every value bob could ever read, live or not, with a key and without", async () => {
    const repo = copyOfFixture();
    const keyed = await cli(node, repo, ["access", "--recipient", "bob", "--json"], withKey(alice));
    expect([keyed.status, keyed.stderr]).toEqual([0, ""]);
    const report = JSON.parse(keyed.stdout) as AccessJson;
    expect([...report.exposures].sort(byPlace)).toEqual(expectedExposures("bob", true));
    expect(report.recipients).toEqual([{ name: "bob", recipients: [bob.recipient] }]);
    // Both files still name bob at HEAD: he can read them now, whatever .sops.yaml says.
    expect(report.files).toEqual([
      { path: YAML, readers: ["bob"], partial: [] },
      { path: DOTENV, readers: ["bob"], partial: [] },
    ]);
    expect(report.history).toBeUndefined();
    expect(report.history_complete).toBe(true);

    // By his recipient, and with another key (ci's, through SOPS_AGE_KEY): the same answer.
    const byRecipient = await cli(node, repo, ["access", "--recipient", bob.recipient, "--json"], {
      SOPS_AGE_KEY: ci.secret,
    });
    expect(byRecipient.status).toBe(0);
    expect([...(JSON.parse(byRecipient.stdout) as AccessJson).exposures].sort(byPlace)).toEqual(
      expectedExposures("bob", true),
    );

    const keyless = await cli(node, repo, ["access", "--recipient", "bob", "--json"]);
    expect([keyless.status, keyless.stderr]).toEqual([0, ""]);
    expect([...(JSON.parse(keyless.stdout) as AccessJson).exposures].sort(byPlace)).toEqual(
      expectedExposures("bob", false),
    );
    expectNoValue(keyed.stdout + keyless.stdout + byRecipient.stdout + byRecipient.stderr);
  });

  test("--history --json: names, readers now, every exposure of every name and every run of revisions", async () => {
    const repo = copyOfFixture();
    const { status, stdout, stderr } = await cli(
      node,
      repo,
      ["access", "--history", "--json"],
      withKey(alice),
    );
    expect([status, stderr]).toEqual([0, ""]);
    const report = JSON.parse(stdout) as AccessJson;
    expect(report.recipients).toEqual([
      { name: "alice", recipients: [alice.recipient] },
      { name: "bob", recipients: [bob.recipient] },
      { name: "ci", recipients: [ci.recipient] },
    ]);
    expect(report.files).toEqual([
      { path: YAML, readers: ["alice", "bob", "ci"], partial: [] },
      { path: DOTENV, readers: ["alice", "bob", "ci"], partial: [] },
    ]);
    expect([...report.exposures].sort(byPlace)).toEqual(
      ["alice", "bob", "ci"].flatMap((name) => expectedExposures(name, true)).sort(byPlace),
    );
    // Nobody left a file's metadata: one run per name and file, from c1 to the file's last revision.
    expect([...(report.history ?? [])].sort(byPlace)).toEqual(
      ["alice", "bob", "ci"]
        .flatMap((name) => [
          { recipient: name, file: DOTENV, from: commits.c1, to: commits.c2, ended_by: null },
          { recipient: name, file: YAML, from: commits.c1, to: commits.c3, ended_by: null },
        ])
        .sort(byPlace),
    );
    expect(report.history_complete).toBe(true);
    expectNoValue(stdout);
  });

  test("the text report never shows a value, with a key or without", async () => {
    const repo = copyOfFixture();
    const runs = await Promise.all([
      cli(node, repo, ["access"], withKey(alice)),
      cli(node, repo, ["access", "--history"], withKey(ci)),
      cli(node, repo, ["access", "--recipient", "bob", "--history"], withKey(bob)),
      cli(node, repo, ["access", "--history"]),
    ]);
    for (const run of runs) {
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expectNoValue(run.stdout);
    }
    const [keyed, , bobs, keyless] = runs;
    expect(keyed.stdout).toContain(`  ${YAML}: alice, bob, ci`);
    expect(keyed.stdout).toMatch(/bob {2}config\/secrets\.enc\.yaml {2}db_password .* still live: rotate/);
    expect(bobs.stdout).toContain("What bob could ever read (6 values):");
    expect(keyless.stdout).toMatch(/bob {2}deploy\/app\.enc\.env {2}STRIPE_KEY .* unknown without a key/);
  });
});

describe.each(RUNTIMES)("offboard under $name", ({ node }) => {
  test("--dry-run prints the plan and changes no byte", async () => {
    const repo = copyOfFixture();
    const before = snapshot(repo);
    const { status, stdout, stderr } = await cli(
      node,
      repo,
      ["offboard", "bob", "--dry-run"],
      withKey(alice),
    );
    expect(status).toBe(0);
    expect(stderr).toBe("secrets-actions offboard: dry run, nothing written\n");
    expect(stdout).toContain(`  ${YAML}: a new data key, every value encrypted again, for alice, ci`);
    expect(stdout).toContain(`  ${DOTENV}: a new data key, every value encrypted again, for alice, ci`);
    expect(stdout).toContain("Values bob could read that are still in use (5)");
    expectNoValue(stdout);
    expect(snapshot(repo)).toEqual(before);
  });

  test("--github-repo without a token is refused before any file is written", async () => {
    const repo = copyOfFixture();
    const before = snapshot(repo);
    const { status, stdout, stderr } = await cli(
      node,
      repo,
      ["offboard", "bob", "--github-repo", GITHUB_REPO],
      withKey(alice),
    );
    expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
    expect(stderr.split("\n")[0]).toBe(
      "secrets-actions: --github-repo needs a token with issues: write in GITHUB_TOKEN or GH_TOKEN",
    );
    expect(snapshot(repo)).toEqual(before);
  });

  test("re-keys every file without bob, opens one issue per live value, and is idempotent", async () => {
    const repo = copyOfFixture();
    const server = await serve();
    const before = Object.fromEntries(
      [YAML, DOTENV].map((file) => [file, readFileSync(path.join(repo, file))]),
    );
    // The check below is sound: before, bob's age key opens his data key entry of every file.
    for (const file of [YAML, DOTENV]) {
      const bobs = armoredDataKeys(before[file] as Buffer, file).filter(
        (entry) => entry.recipient === bob.recipient,
      );
      expect(bobs.map(({ enc }) => ageOpens(bob, enc))).toEqual([true]);
    }
    const sopsYaml = readFileSync(path.join(repo, ".sops.yaml"), "utf8");

    const first = await cli(node, repo, ["offboard", "bob", "--github-repo", GITHUB_REPO], {
      ...withKey(alice),
      ...githubEnv(server),
    });
    expect(first.status).toBe(0);
    expect(first.stderr).toBe("secrets-actions offboard: 2 files written\n");
    expectNoValue(first.stdout + first.stderr + JSON.stringify(server.requests));
    // bob had already left .sops.yaml by hand: it stays as it was.
    expect(readFileSync(path.join(repo, ".sops.yaml"), "utf8")).toBe(sopsYaml);

    for (const file of [YAML, DOTENV]) {
      const after = readFileSync(path.join(repo, file));
      const entries = armoredDataKeys(after, file);
      expect(entries.map((entry) => entry.recipient).sort()).toEqual([alice.recipient, ci.recipient].sort());
      // The reference age CLI: bob's key opens none of the data keys; alice's and ci's open theirs.
      for (const { enc } of entries) expect(ageOpens(bob, enc)).toBe(false);
      expect(entries.map(({ enc }) => ageOpens(alice, enc) || ageOpens(ci, enc))).toEqual([true, true]);
      // The engine: alice's and ci's keys decrypt every value, unchanged.
      expect(await valuesOf(after, file, alice)).toEqual(currentValues()[file]);
      expect(await valuesOf(after, file, ci)).toEqual(currentValues()[file]);
      // Every value's ciphertext and the MAC are new; so is the data key.
      const was = ciphertexts(before[file] as Buffer);
      const now = ciphertexts(after);
      expect(now).toHaveLength(was.length);
      for (const ciphertext of now) expect(was).not.toContain(ciphertext);
      const oldKey = (
        await decrypt(before[file] as Buffer, {
          format: FORMATS[file] ?? "yaml",
          identities: [alice.identity],
        })
      ).dataKey;
      const newKeyBytes = (
        await decrypt(after, { format: FORMATS[file] ?? "yaml", identities: [alice.identity] })
      ).dataKey;
      expect(Buffer.from(newKeyBytes).equals(Buffer.from(oldKey))).toBe(false);
    }

    const expectedIssues = BOB_LIVE().map((id) => {
      const key = id.split(":").at(-1) ?? "";
      const file = id.split(":").at(-2) ?? "";
      return { id, title: `Rotate ${key} (${file})`, labels: [LABEL] };
    });
    expect(openIssues(server)).toEqual(expectedIssues);
    expect(server.issues(GITHUB_REPO)).toHaveLength(5);
    // Names come from the repository (.sops.yaml comments): shown as code, never as Markdown.
    expect(String(server.issues(GITHUB_REPO)[0]?.body)).toContain("<code>bob</code> was offboarded");
    const creates = () => server.requests.filter((request) => request.operationId === "issues/create").length;
    expect(creates()).toBe(5);

    // Again, before committing: no new issue.
    const again = await cli(node, repo, ["offboard", "bob", "--github-repo", GITHUB_REPO], {
      ...withKey(alice),
      ...githubEnv(server),
    });
    expect([again.status, again.stderr]).toEqual([0, "secrets-actions offboard: 2 files written\n"]);
    expect(creates()).toBe(5);
    expect(openIssues(server)).toEqual(expectedIssues);

    // Committed: nothing at HEAD names bob, nothing to write, still no new issue.
    commitAll(repo, "offboard bob", daysAgo(30));
    const committed = snapshot(repo);
    const third = await cli(node, repo, ["offboard", "bob", "--github-repo", GITHUB_REPO], {
      ...withKey(ci),
      ...githubEnv(server),
    });
    expect(third.status).toBe(0);
    expect(third.stdout).toContain("nothing at HEAD names these recipients");
    expect(snapshot(repo)).toEqual(committed);
    expect(creates()).toBe(5);
    expect(openIssues(server)).toEqual(expectedIssues);
    expect(server.issues(GITHUB_REPO)).toHaveLength(5);

    // db_password is rotated under the new data key: bob never could read that value, and the next
    // offboard run closes its issue and keeps the others.
    const rotated = value("db");
    const set = await cli(
      node,
      repo,
      ["set", YAML, '["db_password"]', JSON.stringify(rotated)],
      withKey(alice),
    );
    expect(set.status).toBe(0);
    const rotation = commitAll(repo, "rotate db password", daysAgo(10));
    const access = await cli(node, repo, ["access", "--recipient", "bob", "--json"], withKey(alice));
    const exposures = (JSON.parse(access.stdout) as AccessJson).exposures;
    expect(exposures.find((exposure) => exposure.key === "db_password")).toEqual({
      recipient: "bob",
      file: YAML,
      key: "db_password",
      first_commit: commits.c1,
      last_commit: commits.c3,
      still_live: false,
      changed_in: rotation,
    });
    expect(exposures.filter((exposure) => exposure.still_live === true)).toHaveLength(4);
    const fourth = await cli(node, repo, ["offboard", "bob", "--github-repo", GITHUB_REPO], {
      ...withKey(alice),
      ...githubEnv(server),
    });
    expect(fourth.status).toBe(0);
    expect(creates()).toBe(5);
    expect(openIssues(server).map((issue) => issue.id)).toEqual(
      BOB_LIVE().filter((id) => !id.endsWith(":db_password")),
    );
    expectNoValue(JSON.stringify(server.requests) + fourth.stdout + fourth.stderr);
  });
});

describe.each(RUNTIMES)("offboard refusals under $name", ({ node }) => {
  /** Exit non-zero, one line on stderr that says why, and not a byte changed. */
  async function expectRefused(repo: string, args: string[], extra: Record<string, string>, why: RegExp) {
    const before = snapshot(repo);
    const { status, stdout, stderr } = await cli(node, repo, args, extra);
    expect(status).not.toBe(0);
    expect(snapshot(repo)).toEqual(before);
    expectNoValue(stdout + stderr);
    const lines = stderr.split("\n").filter((line) => line !== "");
    expect(lines.at(-1)).toMatch(why);
    expect(lines).toHaveLength(1);
  }

  test("an unknown name", async () => {
    await expectRefused(
      copyOfFixture(),
      ["offboard", "mallory"],
      withKey(alice),
      /^secrets-actions: unknown name or recipient "mallory": /,
    );
  });

  test("the last recipient of a creation rule", async () => {
    await expectRefused(
      copyOfFixture(),
      ["offboard", "alice"],
      withKey(ci),
      /^secrets-actions: \.sops\.yaml: alice is the last recipient of creation rule 2: add another recipient to it first$/,
    );
  });

  test("no key at hand", async () => {
    await expectRefused(
      copyOfFixture(),
      ["offboard", "bob"],
      {},
      /^secrets-actions: (config\/secrets\.enc\.yaml|deploy\/app\.enc\.env): cannot be re-encrypted without bob: no key at hand opens it .*nothing was changed$/,
    );
  });

  test("a key that opens one file but not another", async () => {
    const repo = copyOfFixture();
    write(
      repo,
      "legacy/old.enc.yaml",
      await encrypt(Buffer.from(`ftp_password: ${value("ftp")}\n`), {
        format: "yaml",
        ageGroups: [[alice.recipient, bob.recipient]],
      }),
    );
    commitAll(repo, "an old file only alice and bob read", daysAgo(45));
    // ci's key opens the two fixture files (which offboard would re-key first) but not this one.
    await expectRefused(
      repo,
      ["offboard", "bob"],
      withKey(ci),
      /^secrets-actions: legacy\/old\.enc\.yaml: cannot be re-encrypted without bob: no key at hand opens it .*nothing was changed$/,
    );
  });

  test("a key nobody named in any file", async () => {
    await expectRefused(
      copyOfFixture(),
      ["offboard", "bob"],
      withKey(mallory),
      /^secrets-actions: (config\/secrets\.enc\.yaml|deploy\/app\.enc\.env): cannot be re-encrypted without bob: no key at hand opens it .*nothing was changed$/,
    );
  });
});

describe("what the history gave away", () => {
  const node = RUNTIMES[0]?.node ?? process.execPath;

  /**
   * `updatekeys` takes bob out of a file's metadata but keeps its data key, which bob's key opened in
   * every earlier revision: a value set afterwards is encrypted under a key bob holds.
   */
  async function rekeyedWithoutRotation(): Promise<{ repo: string; stripe: string; commit: string }> {
    const repo = copyOfFixture();
    const stripe = value("sk_live");
    const keys = withKey(alice);
    expect((await cli(node, repo, ["updatekeys", DOTENV], keys)).status).toBe(0);
    expect(
      (await cli(node, repo, ["set", DOTENV, '["STRIPE_KEY"]', JSON.stringify(stripe)], keys)).status,
    ).toBe(0);
    const commit = commitAll(repo, "bob out of the dotenv file; stripe key rotated", daysAgo(30));
    return { repo, stripe, commit };
  }

  /** The data key bob's age key opened at c1, used on the file at HEAD. */
  async function bobReadsHead(repo: string): Promise<Record<string, string>> {
    const old = Buffer.from(gitIn(repo, ["show", `${commits.c1}:${DOTENV}`]) + "\n");
    const bobs = armoredDataKeys(old, DOTENV).find((entry) => entry.recipient === bob.recipient);
    const dataKey = dataKeyWith(bob, bobs?.enc ?? "");
    const head = readFileSync(path.join(repo, DOTENV));
    const decrypted = await decrypt(head, { format: "dotenv", identities: [], dataKey });
    return Object.fromEntries(
      flattenDocuments(decrypted.branches, decrypted.leaves, "__").map((entry) => [entry.name, entry.value]),
    );
  }

  test("a value set after updatekeys removed bob is still one bob can read", async () => {
    const { repo, stripe } = await rekeyedWithoutRotation();
    expect(
      armoredDataKeys(readFileSync(path.join(repo, DOTENV)), DOTENV).map((entry) => entry.recipient),
    ).not.toContain(bob.recipient);
    // The fixture's claim, checked with the age CLI and the engine: bob reads the new value.
    expect((await bobReadsHead(repo)).STRIPE_KEY).toBe(stripe);
    const access = await cli(node, repo, ["access", "--recipient", "bob", "--json"], withKey(alice));
    expect(access.status).toBe(0);
    const exposure = (JSON.parse(access.stdout) as AccessJson).exposures.find(
      (entry) => entry.file === DOTENV && entry.key === "STRIPE_KEY",
    );
    expect(exposure?.still_live).toBe(true);
  });

  test("offboard gives a new data key to a file whose data key bob held, even when its metadata no longer names him", async () => {
    const { repo, stripe } = await rekeyedWithoutRotation();
    const run = await cli(node, repo, ["offboard", "bob"], withKey(alice));
    expect(run.status).toBe(0);
    expect(await valuesOf(readFileSync(path.join(repo, DOTENV)), DOTENV, alice)).toEqual({
      STRIPE_KEY: stripe,
      SENTRY_DSN: V.sentry,
    });
    // bob's old data key no longer opens the file: its MAC, made under the new key, does not verify.
    await expect(bobReadsHead(repo)).rejects.toMatchObject({ code: "MAC_MISMATCH" });
  });

  test("a name that only a .sops.yaml comment gave survives its offboarding: the second run opens no issue", async () => {
    const repo = copyOfFixture();
    const server = await serve();
    const env = { ...withKey(alice), ...githubEnv(server) };
    const first = await cli(node, repo, ["offboard", "ci", "--github-repo", GITHUB_REPO], env);
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(repo, ".sops.yaml"), "utf8")).not.toContain(ci.recipient);
    const created = server.issues(GITHUB_REPO).length;
    expect(created).toBe(5);
    const second = await cli(node, repo, ["offboard", "ci", "--github-repo", GITHUB_REPO], env);
    // Before a commit, HEAD still names ci: the files are re-keyed again (a new data key each), and
    // no issue is opened twice.
    expect([second.status, second.stderr]).toEqual([0, "secrets-actions offboard: 2 files written\n"]);
    expect(server.issues(GITHUB_REPO)).toHaveLength(created);
    // Nor by its recipient.
    const third = await cli(node, repo, ["offboard", ci.recipient, "--github-repo", GITHUB_REPO], env);
    expect(third.status).toBe(0);
    expect(server.issues(GITHUB_REPO)).toHaveLength(created);
  });
});
