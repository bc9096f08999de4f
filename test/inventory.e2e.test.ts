/**
 * The inventory end to end, as the reusable workflow runs it: seven sample Juniper repositories built
 * here as git repositories with history (adopted; partly adopted; not adopted; JUNIPER_DATA_API_KEY
 * shared with an equal and with a different value; an unnamed recipient; an overdue secret), served to
 * `git clone` from a folder, with their GitHub secrets in the fake GitHub. The `run:` scripts of
 * .github/workflows/inventory.yml's plan, inventory and merge steps run with bash as the runner runs
 * them (GITHUB_OUTPUT, RUNNER_TEMP, the step summary, workflow commands), with the bundled CLI under
 * this machine's Node and Node 24; the matrix is the plan's. A listed repository the App installation
 * cannot see, and one that cannot be cloned, are rows that say why. The same repositories through the
 * bundled rotate-reminder action agree with the inventory on what is overdue. No value reaches any
 * file, log, summary or request.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parse as parseYaml } from "yaml";
import { encrypt } from "../actions/lib/sops/engine.js";
import type { Format } from "../actions/lib/sops/formats.js";
import type { MergedInventory } from "../actions/lib/inventory/merge.js";
import { INVENTORY_LABEL, INVENTORY_MARKER } from "../actions/common/inventory-issue.js";
import { startFakeGitHub, type FakeGitHub, type FakeSecret } from "../tools/fake-github/server.mjs";
import { gitIn } from "../tools/git.mjs";
import { parseCommands, parseFileCommands, runBundle } from "../tools/runner.mjs";
import { REPO_ROOT } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { random } from "./support/random.js";
import { RUNTIMES } from "./support/runtimes.js";

const OWNER = "juniper";
const TOKEN = ["ghs", "inventoryE2eInstallationToken5d1c7a"].join("_");
const DIGEST_KEY = "the organisation's inventory digest key";
const DAY_MS = 86_400_000;
const WORKFLOW = parseYaml(
  readFileSync(path.join(REPO_ROOT, ".github", "workflows", "inventory.yml"), "utf8"),
) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> };

const scratch = mkdtempSync(path.join(tmpdir(), "inventory-e2e-"));
/** Bare repositories `git clone` reads, as `$SERVER_URL/owner/name.git`. */
const server = path.join(scratch, "server");

let alice: TestKey;
let ci: TestKey;
let contractor: TestKey;
let github: FakeGitHub;

/** Every value a sample holds, to check that none is ever shown. */
const everyValue: string[] = [];
const value = (label: string) => {
  const drawn = `${label}_${random.string("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 34)}`;
  everyValue.push(drawn);
  return drawn;
};

interface SampleFile {
  path: string;
  format?: Format;
  values?: Record<string, string>;
  recipients?: TestKey[];
  text?: string;
}

interface Sample {
  name: string;
  /** The commit's age in days. */
  ageDays: number;
  files: SampleFile[];
  secrets?: FakeSecret[];
  environments?: Record<string, FakeSecret[]>;
}

const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
const fakeSecret = (name: string, days = 30): FakeSecret => ({
  name,
  created_at: daysAgo(days),
  updated_at: daysAgo(days),
});

function sopsYaml(recipients: { key: TestKey; name?: string }[]): string {
  return [
    "creation_rules:",
    "  - path_regex: (\\.enc\\.(yaml|env|json)|\\.env\\.enc)$",
    "    age:",
    ...recipients.map(({ key, name }) => `      - ${key.recipient}${name ? ` # ${name}` : ""}`),
    "",
  ].join("\n");
}

let shared: string;
let samples: Sample[];

async function contentOf(file: SampleFile): Promise<string | Uint8Array> {
  if (file.text !== undefined) return file.text;
  const plain =
    file.format === "dotenv"
      ? Object.entries(file.values ?? {})
          .map(([name, text]) => `${name}=${text}\n`)
          .join("")
      : Object.entries(file.values ?? {})
          .map(([name, text]) => `${name}: ${text}\n`)
          .join("");
  return encrypt(Buffer.from(plain), {
    format: file.format ?? "yaml",
    ageGroups: [(file.recipients ?? [alice, ci]).map((key) => key.recipient)],
  });
}

async function build(sample: Sample): Promise<void> {
  const work = path.join(scratch, "work", sample.name);
  mkdirSync(work, { recursive: true });
  gitIn(work, ["init", "-q", "-b", "main"]);
  for (const file of sample.files) {
    mkdirSync(path.dirname(path.join(work, file.path)), { recursive: true });
    writeFileSync(path.join(work, file.path), await contentOf(file));
  }
  gitIn(work, ["add", "-A"]);
  gitIn(work, ["commit", "-q", "-m", "secrets"], daysAgo(sample.ageDays));
  gitIn(scratch, ["clone", "-q", "--bare", work, path.join(server, OWNER, `${sample.name}.git`)]);
}

beforeAll(async () => {
  [alice, ci, contractor] = [await newKey(), await newKey(), await newKey()];
  shared = value("juniper_data_api_key");
  const named = [
    { key: alice, name: "alice" },
    { key: ci, name: "ci" },
  ];
  samples = [
    {
      name: "juniper-data",
      ageDays: 20,
      files: [
        { path: ".sops.yaml", text: sopsYaml(named) },
        {
          path: "config/secrets.enc.yaml",
          values: {
            JUNIPER_DATA_API_KEY: shared,
            HF_TOKEN: value("hf"),
            SENTRY_SDK_DSN: `https://${value("dsn")}@o1.ingest.sentry.io/2`,
          },
        },
      ],
      secrets: [fakeSecret("SOPS_AGE_KEY")],
    },
    {
      name: "juniper-cascor",
      ageDays: 10,
      files: [
        { path: ".sops.yaml", text: sopsYaml(named) },
        {
          path: ".env.enc",
          format: "dotenv",
          values: { JUNIPER_DATA_API_KEY: shared, CASCOR_AUTHKEY: value("authkey") },
        },
      ],
      secrets: [fakeSecret("SOPS_AGE_KEY")],
    },
    {
      name: "juniper-ml",
      ageDays: 15,
      files: [
        { path: ".sops.yaml", text: sopsYaml(named) },
        { path: "secrets.enc.yaml", values: { JUNIPER_DATA_API_KEY: value("juniper_data_api_key") } },
      ],
    },
    {
      name: "juniper-cascor-worker",
      ageDays: 5,
      files: [
        { path: ".sops.yaml", text: sopsYaml([...named, { key: contractor }]) },
        {
          path: "worker.enc.yaml",
          values: { CASCOR_AUTHKEY: value("authkey") },
          recipients: [alice, ci, contractor],
        },
      ],
    },
    {
      name: "juniper-deploy",
      ageDays: 200,
      files: [
        { path: ".sops.yaml", text: sopsYaml(named) },
        { path: "deploy.enc.env", format: "dotenv", values: { ANTHROPIC_API_KEY: value("sk-ant-api03") } },
      ],
    },
    {
      name: "juniper-cascor-client",
      ageDays: 40,
      files: [
        { path: ".sops.yaml", text: sopsYaml(named) },
        { path: "ci.enc.yaml", values: { CODECOV_TOKEN: value("codecov") } },
      ],
      secrets: [fakeSecret("SOPS_AGE_KEY"), fakeSecret("PYPI_API_TOKEN", 120)],
      environments: { pypi: [fakeSecret("PYPI_API_TOKEN", 60)] },
    },
    {
      name: "juniper-data-client",
      ageDays: 3,
      files: [
        { path: "README.md", text: "# juniper-data-client\n" },
        // Not adopted, and a Hugging Face token in a committed .env: what verify finds is counted.
        { path: ".env", text: `HF_TOKEN=${value("hf")}\n` },
      ],
      secrets: [fakeSecret("HF_TOKEN", 300)],
    },
  ];
  for (const sample of samples) await build(sample);
  github = await startFakeGitHub({
    token: TOKEN,
    orgSecrets: { [OWNER]: [fakeSecret("SENTRY_SDK_DSN", 50)] },
    repositories: [
      ...samples.map((sample) => ({
        fullName: `${OWNER}/${sample.name}`,
        secrets: sample.secrets ?? [],
        environments: sample.environments ?? {},
      })),
      // The installation sees it, but no clone of it exists.
      { fullName: `${OWNER}/juniper-broken` },
      { fullName: `${OWNER}/juniper-central` },
    ],
  });
});

afterAll(async () => {
  await github.close();
  rmSync(scratch, { recursive: true, force: true });
});

function script(job: string, step: string): string {
  const found = WORKFLOW.jobs[job]?.steps.find((candidate) => candidate.name === step)?.run;
  if (found === undefined) throw new Error(`inventory.yml has no step "${step}" in job ${job}`);
  return found;
}

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** One `shell: bash` step as the runner runs it, in a job folder of its own. */
async function runStep(
  node: string,
  job: string,
  step: string,
  jobDir: string,
  env: Record<string, string>,
): Promise<StepRun> {
  const workspace = path.join(jobDir, "workspace");
  const temp = path.join(jobDir, "temp");
  const bin = path.join(jobDir, "bin");
  for (const folder of [workspace, temp, bin]) mkdirSync(folder, { recursive: true });
  const suite = path.join(workspace, ".secrets-actions");
  const nodeLink = path.join(bin, "node");
  try {
    symlinkSync(REPO_ROOT, suite);
    symlinkSync(node, nodeLink);
  } catch {
    // The job's earlier step made them.
  }
  const file = path.join(jobDir, `step-${step.replace(/\W+/g, "-")}.sh`);
  writeFileSync(file, script(job, step));
  const outputFile = path.join(jobDir, "output");
  const summaryFile = path.join(jobDir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  // Asynchronous: the fake GitHub answers from this process while the step runs.
  const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], {
    cwd: workspace,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      HOME: path.join(jobDir, "home"),
      XDG_CONFIG_HOME: path.join(jobDir, "home", ".config"),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_API_URL: github.url,
      ...env,
    },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  return {
    status,
    stdout: Buffer.concat(stdout).toString(),
    stderr: Buffer.concat(stderr).toString(),
    outputs: parseFileCommands(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

const LISTED = [
  ...["juniper-data", "juniper-cascor", "juniper-ml", "juniper-cascor-worker"],
  "juniper-deploy",
]
  .concat(["juniper-cascor-client", "juniper-data-client", "juniper-broken", "juniper-ghost"])
  .join(",");

function expectNoValue(text: string): void {
  for (const secret of everyValue) expect(text).not.toContain(secret);
  for (const key of [alice, ci, contractor]) expect(text).not.toContain(key.secret);
}

describe.each(RUNTIMES)("the inventory workflow's steps under $name", ({ node }) => {
  let runDir: string;
  let report: MergedInventory;
  const logs: string[] = [];
  let plan: StepRun;
  let merge: StepRun;

  beforeAll(async () => {
    runDir = mkdtempSync(path.join(scratch, "run-"));
    github.requests.length = 0;
    plan = await runStep(node, "plan", "Plan the matrix", path.join(runDir, "plan"), {
      GITHUB_TOKEN: TOKEN,
      REPOSITORIES: LISTED,
      OWNER,
      PER_JOB: "3",
    });
    logs.push(plan.stdout, plan.stderr);
    if (plan.status !== 0) throw new Error(`the plan step failed: ${plan.stderr}`);
    const matrix = JSON.parse(plan.outputs.matrix ?? "") as {
      include: { chunk: number; repositories: string; names: string }[];
    };
    const inventories = path.join(runDir, "merge", "temp", "inventories");
    mkdirSync(inventories, { recursive: true });
    for (const chunk of matrix.include) {
      const jobDir = path.join(runDir, `inventory-${chunk.chunk}`);
      const step = await runStep(node, "inventory", "Inventory each repository", jobDir, {
        GITHUB_TOKEN: TOKEN,
        REPOSITORIES: chunk.repositories,
        SERVER_URL: `file://${server}`,
        HISTORY: "true",
        SOPS_AGE_KEY: ci.secret,
        INVENTORY_DIGEST_KEY: DIGEST_KEY,
      });
      logs.push(step.stdout, step.stderr);
      if (step.status !== 0) throw new Error(`inventory chunk ${chunk.chunk} failed: ${step.stderr}`);
      // download-artifact with merge-multiple: every chunk's files in one folder.
      cpSync(path.join(jobDir, "temp", "inventory"), inventories, { recursive: true });
    }
    merge = await runStep(node, "merge", "Merge", path.join(runDir, "merge"), {
      GITHUB_TOKEN: TOKEN,
      CENTRAL: `${OWNER}/juniper-central`,
      EXPECTED: plan.outputs.expected ?? "",
    });
    logs.push(merge.stdout, merge.stderr);
    if (merge.status !== 0) throw new Error(`the merge step failed: ${merge.stderr}`);
    report = JSON.parse(
      readFileSync(path.join(runDir, "merge", "temp", "report", "inventory.json"), "utf8"),
    ) as MergedInventory;
  });

  const row = (name: string) => report.repositories.find((entry) => entry.repository === `${OWNER}/${name}`);
  const secret = (name: string) => report.secrets.find((entry) => entry.name === name);

  test("the plan leaves out what the installation cannot see, and expects every listed repository", () => {
    const matrix = JSON.parse(plan.outputs.matrix ?? "") as { include: { repositories: string }[] };
    const planned = matrix.include.flatMap((chunk) => chunk.repositories.split(","));
    expect(planned).not.toContain(`${OWNER}/juniper-ghost`);
    expect(planned).toHaveLength(8);
    expect(matrix.include).toHaveLength(3);
    expect(plan.stderr).toContain(`left out, the App installation cannot see them: ${OWNER}/juniper-ghost`);
    expect(new Set((plan.outputs.expected ?? "").split(",").filter(Boolean))).toEqual(
      new Set(LISTED.split(",").map((name) => `${OWNER}/${name}`)),
    );
  });

  test("every sample is a row with its adoption; the unreadable ones say why", () => {
    expect(
      Object.fromEntries(
        report.repositories.map((entry) => [entry.repository.slice(OWNER.length + 1), entry.adoption]),
      ),
    ).toEqual({
      "juniper-broken": "unread",
      "juniper-cascor": "adopted",
      "juniper-cascor-client": "partly adopted",
      "juniper-cascor-worker": "adopted",
      "juniper-data": "adopted",
      "juniper-data-client": "not adopted",
      "juniper-deploy": "adopted",
      "juniper-ghost": "unread",
      "juniper-ml": "adopted",
    });
    expect(row("juniper-broken")?.unread).toBe("git clone failed (see this job's log)");
    expect(row("juniper-ghost")?.unread).toMatch(/^no inventory of it arrived: /);
    expect(row("juniper-cascor-client")?.github_only).toEqual(["PYPI_API_TOKEN"]);
    const warnings = parseCommands(logs.join("\n")).filter((command) => command.command === "warning");
    expect(warnings.map((command) => command.message)).toEqual([
      `${OWNER}/juniper-broken: git clone failed (see this job's log)`,
    ]);
  });

  test("JUNIPER_DATA_API_KEY: one row, the same value in data and cascor, another in ml", () => {
    const found = secret("JUNIPER_DATA_API_KEY");
    expect(found?.values).toBe("different values");
    expect(found?.places.map((place) => [place.repository, place.value])).toEqual([
      [`${OWNER}/juniper-cascor`, 1],
      [`${OWNER}/juniper-data`, 1],
      [`${OWNER}/juniper-ml`, 2],
    ]);
  });

  test("SENTRY_SDK_DSN: one row with its SOPS place and the organisation secret", () => {
    const places = secret("SENTRY_SDK_DSN")?.places ?? [];
    expect(places.filter((place) => place.source === "sops").map((place) => place.repository)).toEqual([
      `${OWNER}/juniper-data`,
    ]);
    expect(places.filter((place) => place.scope === "organization")).toHaveLength(7);
  });

  test("readers by name, an unnamed recipient by its first 12 characters", () => {
    expect(secret("CASCOR_AUTHKEY")?.readers).toEqual([contractor.recipient.slice(0, 12), "alice", "ci"]);
    expect(secret("HF_TOKEN")?.readers).toEqual(["alice", "ci"]);
  });

  test("ages exact with CI's key: the 200-day-old key is overdue, the rest are not", () => {
    expect(secret("ANTHROPIC_API_KEY")).toMatchObject({
      status: "overdue",
      oldest_age_days: 200,
      oldest_exact: true,
    });
    // And two GitHub secrets: HF_TOKEN set 300 days ago, PYPI_API_TOKEN 120 days ago.
    expect(report.secrets.filter((entry) => entry.status === "overdue").map((entry) => entry.name)).toEqual([
      "ANTHROPIC_API_KEY",
      "HF_TOKEN",
      "PYPI_API_TOKEN",
    ]);
    expect(row("juniper-deploy")?.overdue).toBe(1);
  });

  test("verify's findings are counted for the repository that has not adopted the suite", () => {
    // The committed .env: its HF token, the plaintext file itself, and no .gitignore for it.
    const dataClient = {
      errors: 2,
      warnings: 1,
      notes: 0,
      by_rule: { "secret-pattern": 1, "plaintext-env-file": 1, "env-not-ignored": 1 },
    };
    expect(row("juniper-data-client")?.verify).toEqual({ tree: dataClient, history: dataClient });
    // The adopted ones only lack a .gitignore for .env files.
    const adopted = { errors: 0, warnings: 1, notes: 0, by_rule: { "env-not-ignored": 1 } };
    expect(row("juniper-data")?.verify).toEqual({ tree: adopted, history: adopted });
  });

  test("the report: the step summary, the HTML page, one issue kept in place", () => {
    const reportDir = path.join(runDir, "merge", "temp", "report");
    expect(readdirSync(reportDir).sort()).toEqual(["inventory.html", "inventory.json", "inventory.md"]);
    expect(merge.summary).toBe(readFileSync(path.join(reportDir, "inventory.md"), "utf8"));
    expect(merge.summary).toContain("9 repositories (5 adopted, 1 partly adopted, 1 not adopted, 2 unread)");
    const issues = github.issues(`${OWNER}/juniper-central`);
    expect(issues).toHaveLength(1);
    expect(String(issues[0]?.body)).toContain(INVENTORY_MARKER);
    expect(JSON.stringify(issues[0]?.labels)).toContain(INVENTORY_LABEL);
  });

  test("requests: at most 10 per repository, GitHub's description respected", () => {
    for (const sample of samples)
      expect(github.requestCount(`${OWNER}/${sample.name}`)).toBeLessThanOrEqual(10);
    expect(github.responseProblems).toEqual([]);
  });

  test("no value and no key in any file, log, summary or request", () => {
    const reportDir = path.join(runDir, "merge", "temp", "report");
    const files = readdirSync(reportDir).map((name) => readFileSync(path.join(reportDir, name), "utf8"));
    const inventories = path.join(runDir, "merge", "temp", "inventories");
    const inputs = readdirSync(inventories).map((name) => readFileSync(path.join(inventories, name), "utf8"));
    expectNoValue([...logs, ...files, ...inputs, JSON.stringify(github.requests)].join("\n"));
  });
});

test("the bundled rotate-reminder agrees with the inventory: one issue, for the overdue key", async () => {
  const checkout = path.join(scratch, "rotate-deploy");
  gitIn(scratch, ["clone", "-q", path.join(server, OWNER, "juniper-deploy.git"), checkout]);
  const { main } = await runBundle("rotate-reminder", {
    workspace: checkout,
    node: process.execPath,
    inputs: { token: TOKEN, "github-secrets": "false", "age-key": ci.secret },
    env: { GITHUB_REPOSITORY: `${OWNER}/juniper-deploy`, GITHUB_API_URL: github.url },
  });
  expect(main.exitCode).toBe(0);
  const issues = github.issues(`${OWNER}/juniper-deploy`);
  expect(issues.map((issue) => issue.title)).toEqual([expect.stringContaining("ANTHROPIC_API_KEY")]);
  expectNoValue(main.log + main.stderr + JSON.stringify(issues));
});
