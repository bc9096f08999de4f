/**
 * rotate-reminder end to end: the bundle runs as the runner runs it, over a git repository built here
 * with commits at chosen dates, against the local fake GitHub. Exact ages with the key, upper bounds
 * without; GitHub secrets from their metadata; the issue lifecycle over several runs; no value in any
 * log, output, summary or request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import { encrypt, setValue } from "../actions/lib/sops/engine.js";
import { startFakeGitHub, type FakeGitHub } from "../tools/fake-github/server.mjs";
import { runBundle, type StepResult } from "../tools/runner.mjs";
import { newKey, type TestKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const TOKEN = ["ghs", "rotationInstallationToken0000000000000"].join("_");
const VALUES = {
  HF_TOKEN: "hf_firstValueOfTheHuggingFaceToken000",
  ANTHROPIC_API_KEY: "sk-ant-api03-firstValueOfTheAnthropicKey",
  CASCOR_AUTHKEY: "juniper",
  JUNIPER_DATA_API_KEY: "juniper",
  OLD_NAME: "a-value-that-will-be-renamed-0000",
  LOG_LEVEL_unencrypted: "debug",
};
const NEW_HF = "hf_secondValueOfTheHuggingFaceToken00";
const NEW_CASCOR = "a-much-longer-cascor-authkey-value-0000";
const NEW_ANTHROPIC = "sk-ant-api03-rotatedValueOfTheAnthropicKey";
/** Values long enough that finding one in a log can only be a leak ("juniper" is also the owner's name). */
const ALL_VALUES = [...Object.values(VALUES), NEW_HF, NEW_CASCOR, NEW_ANTHROPIC].filter(
  (value) => value.length >= 16,
);

let key: TestKey;
let repo: string;
const commits: Record<string, string> = {};

function git(args: string[], date?: string): string {
  return gitIn(repo, args, date);
}

function commit(name: string, date: string): void {
  git(["add", "-A"]);
  git(["commit", "-q", "-m", name], date);
  commits[name] = git(["rev-parse", "HEAD"]);
}

const dotenv = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}=${value}\n`)
    .join("");

async function setInFile(file: string, name: string, value: string | undefined) {
  const target = path.join(repo, file);
  const updated = await setValue(readFileSync(target), {
    format: "dotenv",
    identities: [key.identity],
    path: [name],
    value,
  });
  writeFileSync(target, updated);
}

/**
 * The history was written as of 2 December 2026; every date moves by the whole days since, so the
 * ages, and with them every status, are the same on whatever day the suite runs.
 */
const DAY = 86_400_000;
const SHIFT = Math.floor((Date.now() - Date.parse("2026-12-02T00:00:00Z")) / DAY) * DAY;
const at = (iso: string) => new Date(Date.parse(iso) + SHIFT).toISOString().replace(/\.000Z$/, "Z");

beforeAll(async () => {
  key = await newKey();
  repo = mkdtempSync(path.join(tmpdir(), "rotation-"));
  git(["init", "-q", "-b", "main"]);
  writeFileSync(
    path.join(repo, ".sops.yaml"),
    `creation_rules:\n  - path_regex: (\\.env\\.enc|\\.enc\\.yaml)$\n    age: ${key.recipient}\n`,
  );
  const encryptTo = async (file: string, text: string, format: "dotenv" | "yaml") => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(
      path.join(repo, file),
      await encrypt(Buffer.from(text), { format, ageGroups: [[key.recipient]] }),
    );
  };
  await encryptTo(".env.enc", dotenv(VALUES), "dotenv");
  await encryptTo(
    "config/secrets.enc.yaml",
    "database:\n    password: a-nested-database-password-000\n",
    "yaml",
  );
  commit("initial", at("2025-01-01T12:00:00Z"));
  // `set`: only HF_TOKEN's ciphertext changes.
  await setInFile(".env.enc", "HF_TOKEN", NEW_HF);
  commit("hf-rotated", at("2026-10-01T12:00:00Z"));
  // A whole-file re-encryption with a new data key, in which CASCOR_AUTHKEY also changed.
  await encryptTo(".env.enc", dotenv({ ...VALUES, HF_TOKEN: NEW_HF, CASCOR_AUTHKEY: NEW_CASCOR }), "dotenv");
  commit("reencrypted", at("2026-11-01T12:00:00Z"));
  // A key renamed (OLD_NAME → NEW_NAME) and one removed (JUNIPER_DATA_API_KEY).
  await setInFile(".env.enc", "NEW_NAME", VALUES.OLD_NAME);
  await setInFile(".env.enc", "OLD_NAME", undefined);
  await setInFile(".env.enc", "JUNIPER_DATA_API_KEY", undefined);
  commit("renamed", at("2026-11-10T12:00:00Z"));
  // The file moves; a second service's file reuses values (hygiene).
  mkdirSync(path.join(repo, "deploy"));
  git(["mv", ".env.enc", "deploy/.env.enc"]);
  await encryptTo(
    "services/worker.env.enc",
    dotenv({ CASCOR_AUTHKEY: "juniper", SHARED_KEY: NEW_CASCOR }),
    "dotenv",
  );
  commit("moved", at("2026-11-15T12:00:00Z"));
  // A file first encrypted to a key no longer held, then to ours (`sops updatekeys` after a key change).
  const former = await newKey();
  const legacy = (recipient: string) =>
    encrypt(Buffer.from("LEGACY_TOKEN=a-legacy-token-value-000000\n"), {
      format: "dotenv",
      ageGroups: [[recipient]],
    });
  mkdirSync(path.join(repo, "legacy"));
  writeFileSync(path.join(repo, "legacy/.env.enc"), await legacy(former.recipient));
  commit("legacy-former-key", at("2026-11-16T12:00:00Z"));
  writeFileSync(path.join(repo, "legacy/.env.enc"), await legacy(key.recipient));
  commit("legacy-our-key", at("2026-11-17T12:00:00Z"));
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

const daysAgo = (date: string) => Math.floor((Date.now() - Date.parse(date)) / DAY);

interface Entry {
  id: string;
  name: string;
  "last-changed": string;
  commit: string | null;
  "age-days": number;
  exact: boolean;
  status: string;
  hygiene: string[];
}

const report = (step: StepResult) => JSON.parse(step.outputs.report ?? "[]") as Entry[];
/** The entries of the file that moved, by name. */
const byName = (step: StepResult) =>
  new Map(
    report(step)
      .filter((entry) => !/^sops:(services|legacy)\//.test(entry.id))
      .map((entry) => [entry.name, entry]),
  );

async function rotation(node: string, inputs: Record<string, string>, github?: FakeGitHub) {
  const { main } = await runBundle("rotate-reminder", {
    node,
    workspace: repo,
    inputs: { token: TOKEN, "github-secrets": "false", issues: "false", ...inputs },
    env: {
      GITHUB_REPOSITORY: "juniper/app",
      ...(github ? { GITHUB_API_URL: github.url } : {}),
    },
  });
  return main;
}

function expectNoValue(text: string) {
  for (const value of ALL_VALUES) expect(text).not.toContain(value);
}

describe.each(RUNTIMES)("rotate-reminder under $name", ({ node }) => {
  test("with the key: exact ages from the newest commit that changed each value", async () => {
    // The action reads the clock once, while it runs: its ages are those of a moment between these two.
    const hfAgeBefore = daysAgo(at("2026-10-01T12:00:00Z"));
    const main = await rotation(node, { "age-key": key.secret });
    const hfAgeAfter = daysAgo(at("2026-10-01T12:00:00Z"));
    expect(main.exitCode).toBe(0);
    const entries = byName(main);
    expect([...entries.keys(), "SHARED_KEY"].sort()).toEqual(
      [
        "ANTHROPIC_API_KEY",
        "CASCOR_AUTHKEY",
        "HF_TOKEN",
        "NEW_NAME",
        "SHARED_KEY",
        "database__password",
      ].sort(),
    );
    expect(entries.get("HF_TOKEN")).toMatchObject({ commit: commits["hf-rotated"], exact: true });
    expect(entries.get("CASCOR_AUTHKEY")).toMatchObject({ commit: commits.reencrypted, exact: true });
    expect(entries.get("ANTHROPIC_API_KEY")).toMatchObject({
      commit: commits.initial,
      exact: true,
      status: "overdue",
    });
    expect(entries.get("NEW_NAME")).toMatchObject({ commit: commits.renamed });
    expect(entries.get("database__password")).toMatchObject({ commit: commits.initial, status: "overdue" });
    // The same day count unless a day boundary (12:00 UTC here) fell during the run.
    expect([hfAgeBefore, hfAgeAfter]).toContain(entries.get("HF_TOKEN")?.["age-days"]);
    // Annotations point at the key's line.
    const overdue = main.commands.find((command) => command.message.startsWith("database__password is"));
    expect(overdue?.properties).toMatchObject({ file: "config/secrets.enc.yaml", line: "2" });
    expect(entries.get("ANTHROPIC_API_KEY")?.id).toBe("sops:deploy/.env.enc:ANTHROPIC_API_KEY");
    // Unencrypted keys are configuration, not secrets.
    expect(entries.has("LOG_LEVEL_unencrypted")).toBe(false);
    expectNoValue(main.stdout + main.stderr + main.summary + JSON.stringify(main.outputs));
  });

  test("without the key: ciphertext ages, re-encryptions not counted, marked as upper bounds", async () => {
    const main = await rotation(node, {});
    expect(main.exitCode).toBe(0);
    const entries = byName(main);
    expect(entries.get("HF_TOKEN")).toMatchObject({ commit: commits["hf-rotated"], exact: false });
    // The re-encryption hid CASCOR_AUTHKEY's change: its age goes back to the first commit.
    expect(entries.get("CASCOR_AUTHKEY")).toMatchObject({
      commit: commits.initial,
      exact: false,
      status: "overdue",
    });
    expect(main.summary).toContain("(at most)");
    // Names x files: the one key is unnamed here, so it is shown by its first 12 characters.
    expect(main.summary).toContain("<h4>Who can read each SOPS file</h4>");
    expect(main.summary).toContain(`<th>${key.recipient.slice(0, 12)}</th>`);
    expect(main.summary).toMatch(/<td><code>config\/secrets\.enc\.yaml<\/code><\/td><td>reads<\/td>/);
  });
});

describe("revisions, files and failing", () => {
  const node = RUNTIMES[0]?.node ?? process.execPath;

  test("a revision no key opens is compared by ciphertext, with a notice naming its commit", async () => {
    const main = await rotation(node, { "age-key": key.secret, files: "legacy/.env.enc" });
    expect(main.exitCode).toBe(0);
    const notices = main.commands
      .filter((command) => command.command === "notice")
      .map((command) => command.message);
    expect(notices).toEqual([
      expect.stringContaining(
        `legacy/.env.enc at commit ${(commits["legacy-former-key"] ?? "").slice(0, 12)} cannot be decrypted`,
      ),
    ]);
    // The re-encryption to our key changed the ciphertext: counted, and not exact.
    expect(report(main)).toEqual([
      expect.objectContaining({ name: "LEGACY_TOKEN", commit: commits["legacy-our-key"], exact: false }),
    ]);
  });

  test("fail-on: overdue fails the step with one line once the report is out", async () => {
    const main = await rotation(node, { "age-key": key.secret, "fail-on": "overdue" });
    expect(main.exitCode).toBe(1);
    expect(main.outputs.overdue).toBe("2");
    const errors = main.commands.filter(
      (command) => command.command === "error" && !command.properties.title,
    );
    expect(errors.map((command) => command.message)).toEqual([
      "rotate-reminder failed: 2 secrets are overdue; see the job summary",
    ]);
  });

  test("files that match nothing are an error naming the globs", async () => {
    const main = await rotation(node, { files: "nowhere/*.enc" });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(
      /::error::rotate-reminder failed: files: nowhere\/\*\.enc matches no tracked file/,
    );
  });

  test("a shallow clone is an error that says fetch-depth: 0", async () => {
    const shallow = mkdtempSync(path.join(tmpdir(), "rotation-shallow-"));
    try {
      gitIn(shallow, ["clone", "-q", "--depth", "1", `file://${repo}`, "."]);
      const { main } = await runBundle("rotate-reminder", {
        node,
        workspace: shallow,
        inputs: { token: TOKEN, "github-secrets": "false", issues: "false" },
        env: { GITHUB_REPOSITORY: "juniper/app" },
      });
      expect(main.exitCode).toBe(1);
      expect(main.stdout).toMatch(/::error::rotate-reminder failed: .*shallow clone.*fetch-depth: 0/);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});

/** A repository secret last written long ago: overdue. */
const PYPI_TOKEN = {
  name: "PYPI_TOKEN",
  created_at: at("2024-01-01T00:00:00Z"),
  updated_at: at("2025-02-01T00:00:00Z"),
};

describe.each(RUNTIMES)("against the fake GitHub under $name", ({ node }) => {
  test("GitHub secrets are listed and the overdue ones get issues", async () => {
    const github = await startFakeGitHub({
      token: TOKEN,
      checkResponses: true,
      repositories: [
        {
          fullName: "juniper/app",
          secrets: [PYPI_TOKEN],
        },
      ],
    });
    try {
      const main = await rotation(
        node,
        { "age-key": key.secret, "github-secrets": "true", issues: "true" },
        github,
      );
      expect(main.exitCode).toBe(0);
      expect(report(main).map((entry) => entry.id)).toContain("github:juniper/app:repository:PYPI_TOKEN");
      const issues = JSON.parse(main.outputs.issues ?? "[]") as { action: string }[];
      expect(issues.map((issue) => issue.action)).toEqual(["opened", "opened", "opened"]);
      expect(github.responseProblems).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe("hygiene, with the key", () => {
  test("short values, known defaults and values stored twice are named, never shown", async () => {
    const main = await rotation(RUNTIMES[0]?.node ?? process.execPath, { "age-key": key.secret });
    const entries = new Map(report(main).map((entry) => [entry.id, entry]));
    expect(entries.get("sops:services/worker.env.enc:CASCOR_AUTHKEY")?.hygiene).toEqual([
      "shorter than 16 characters (7)",
      "a known default or placeholder value",
    ]);
    expect(entries.get("sops:services/worker.env.enc:SHARED_KEY")?.hygiene).toEqual([
      "the same value as CASCOR_AUTHKEY in deploy/.env.enc",
    ]);
    expect(entries.get("sops:deploy/.env.enc:HF_TOKEN")?.hygiene).toEqual([]);
    const hygiene = main.commands.filter(
      (command) => command.properties.title === "rotate-reminder: hygiene",
    );
    expect(hygiene.map((command) => command.properties.file)).toEqual(
      expect.arrayContaining(["services/worker.env.enc", "deploy/.env.enc"]),
    );
  });

  test("without the key there are no hygiene notes (values are never decrypted)", async () => {
    const main = await rotation(RUNTIMES[0]?.node ?? process.execPath, {});
    expect(report(main).every((entry) => entry.hygiene.length === 0)).toBe(true);
  });
});

describe("GitHub secrets and the issue lifecycle", () => {
  let github: FakeGitHub;
  const [runtime] = RUNTIMES;
  const node = runtime?.node ?? process.execPath;
  const writes = () =>
    github.requests.filter((request) => request.method !== "GET" && request.method !== "HEAD");

  beforeAll(async () => {
    github = await startFakeGitHub({
      token: TOKEN,
      checkResponses: true,
      repositories: [
        {
          fullName: "juniper/app",
          secrets: [PYPI_TOKEN],
          environments: {
            pypi: [
              {
                name: "TWINE_PASSWORD",
                created_at: at("2024-01-01T00:00:00Z"),
                updated_at: at("2026-11-20T00:00:00Z"),
              },
            ],
          },
          dependabotSecrets: [
            {
              name: "NPM_TOKEN",
              created_at: at("2024-01-01T00:00:00Z"),
              updated_at: at("2026-11-25T00:00:00Z"),
            },
          ],
        },
      ],
      orgSecrets: {
        juniper: [
          {
            name: "SENTRY_SDK_DSN",
            created_at: at("2024-01-01T00:00:00Z"),
            updated_at: at("2026-09-10T00:00:00Z"),
            visibility: "all",
          },
        ],
      },
    });
  });

  afterAll(async () => {
    await github.close();
  });

  test("first run: every kind of GitHub secret is listed and one issue opens per overdue secret", async () => {
    const main = await rotation(
      node,
      { "age-key": key.secret, "github-secrets": "true", issues: "true" },
      github,
    );
    expect(main.exitCode).toBe(0);
    const ids = report(main).map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "github:juniper/app:repository:PYPI_TOKEN",
        "github:juniper/app:environment:pypi:TWINE_PASSWORD",
        "github:juniper/app:organization:SENTRY_SDK_DSN",
        "github:juniper/app:dependabot:NPM_TOKEN",
      ]),
    );
    const issues = JSON.parse(main.outputs.issues ?? "[]") as { id: string; action: string }[];
    expect(issues.map((issue) => [issue.id, issue.action]).sort()).toEqual(
      [
        ["github:juniper/app:repository:PYPI_TOKEN", "opened"],
        ["sops:config/secrets.enc.yaml:database__password", "opened"],
        ["sops:deploy/.env.enc:ANTHROPIC_API_KEY", "opened"],
      ].sort(),
    );
    const created = github.requests.filter((request) => request.operationId === "issues/create");
    expect(created).toHaveLength(3);
    expectNoValue(JSON.stringify(github.requests) + main.stdout + main.summary);
    expect(github.requests.some((request) => request.operationId?.startsWith("search/"))).toBe(false);
  });

  test("second run: nothing to write", async () => {
    const before = writes().length;
    const main = await rotation(
      node,
      { "age-key": key.secret, "github-secrets": "true", issues: "true" },
      github,
    );
    expect(main.exitCode).toBe(0);
    expect(writes().length).toBe(before);
    const issues = JSON.parse(main.outputs.issues ?? "[]") as { action: string }[];
    expect(new Set(issues.map((issue) => issue.action))).toEqual(new Set(["unchanged"]));
  });

  test("a rotated secret's issue is closed with a comment naming the commit", async () => {
    await setInFile("deploy/.env.enc", "ANTHROPIC_API_KEY", NEW_ANTHROPIC);
    commit("anthropic-rotated", new Date().toISOString());
    const main = await rotation(
      node,
      { "age-key": key.secret, "github-secrets": "true", issues: "true" },
      github,
    );
    const issues = JSON.parse(main.outputs.issues ?? "[]") as { id: string; action: string }[];
    expect(issues.find((issue) => issue.id === "sops:deploy/.env.enc:ANTHROPIC_API_KEY")?.action).toBe(
      "closed",
    );
    const comment = github.requests.find((request) => request.operationId === "issues/create-comment");
    expect(JSON.stringify(comment?.body)).toContain((commits["anthropic-rotated"] ?? "").slice(0, 12));
    expectNoValue(JSON.stringify(github.requests));
  });

  test("overdue again (a stricter policy): the closed issue is reopened", async () => {
    writeFileSync(
      path.join(repo, ".github-rotation.yml"),
      "secrets:\n  - match: ANTHROPIC_API_KEY\n    max-age: 0d\n    owner: octocat\n",
    );
    const main = await rotation(
      node,
      { "age-key": key.secret, "github-secrets": "true", issues: "true", policy: ".github-rotation.yml" },
      github,
    );
    const issues = JSON.parse(main.outputs.issues ?? "[]") as { id: string; action: string }[];
    expect(issues.find((issue) => issue.id === "sops:deploy/.env.enc:ANTHROPIC_API_KEY")?.action).toBe(
      "reopened",
    );
    rmSync(path.join(repo, ".github-rotation.yml"));
  });

  test("without Secrets read the run goes on with SOPS files and says why; required makes it an error", async () => {
    github.fault("forbidden", { operationId: "actions/list-repo-secrets", times: 2 });
    const main = await rotation(node, { "github-secrets": "true" }, github);
    expect(main.exitCode).toBe(0);
    expect(main.commands.find((command) => command.command === "notice")?.message).toMatch(
      /cannot list the secrets of juniper\/app \(403\).*Secrets read/,
    );
    const required = await rotation(node, { "github-secrets": "required" }, github);
    expect(required.exitCode).toBe(1);
    expect(required.commands.filter((command) => command.command === "error")).toHaveLength(1);
  });
});

test.each([
  [
    "an unknown key",
    "defaults:\n  max-age: 90d\n  warn: 14d\n",
    /^rotate-reminder failed: bad-policy\.yml:3: unknown key `warn` in defaults/,
  ],
  [
    "a bad duration",
    "defaults:\n  max-age: 3 months\n",
    /^rotate-reminder failed: bad-policy\.yml:2: defaults\.max-age must be a duration such as 90d/,
  ],
  [
    "an entry without match",
    "secrets:\n  - max-age: 30d\n",
    /^rotate-reminder failed: bad-policy\.yml:2: secrets\[0\] needs a `match:` glob/,
  ],
])("a policy with %s is a one-line error naming the file and the line", async (_what, text, message) => {
  writeFileSync(path.join(repo, "bad-policy.yml"), text);
  const main = await rotation(RUNTIMES[0]?.node ?? process.execPath, { policy: "bad-policy.yml" });
  rmSync(path.join(repo, "bad-policy.yml"));
  expect(main.exitCode).toBe(1);
  const errors = main.commands
    .filter((command) => command.command === "error")
    .map((command) => command.message);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
});
