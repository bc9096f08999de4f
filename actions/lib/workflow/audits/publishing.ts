/**
 * Uploads to a package registry with a stored token, for `pypi-token-publish` and
 * `registry-token-publish`: one table of registries (the variables their tools read a token from, the
 * commands that upload, the actions' token inputs), one reading of a job against it. A token counts
 * where it is given: the environment variable, the action input, the command line, or a script of the
 * repository that a step runs with the token in its environment.
 */
import type { Entry } from "../document.js";
import { expressionsIn, storedSecrets } from "../expressions.js";
import { input, stepEnv, type Job } from "../model.js";
import { commandsOf, scriptLines, scriptsRun, secretVariables, usesSecret } from "../scripts.js";
import { workflowFinding, type AuditContext, type WorkflowFinding } from "../audit.js";
import type { WorkflowRuleId } from "../rule-info.js";

export interface Registry {
  name: string;
  /** Variables its tools read an upload token from. */
  tokenVariables: RegExp;
  /** The variables are also used to install (npm, NuGet): they count only in a job that uploads. */
  variablesNeedUpload: boolean;
  /** A command line that uploads, or that stores a token for uploads. */
  upload: RegExp;
  /** Actions that upload, and their inputs that take a token. */
  actions: Record<string, readonly string[]>;
}

export const PYPI: Registry = {
  name: "PyPI",
  tokenVariables:
    /^(?:TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|PDM_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/,
  variablesNeedUpload: false,
  upload:
    /\b(?:twine\s+upload|poetry\s+publish|uv\s+publish|hatch\s+publish|flit\s+publish|pdm\s+publish|maturin\s+(?:publish|upload))\b|\bsetup\.py\b.*\bupload\b|\bpoetry\s+config\s+(?:pypi-token|http-basic)\./,
  actions: {
    "pypa/gh-action-pypi-publish": ["password"],
    "casperdcl/deploy-pypi": ["password"],
    "jrubics/poetry-publish": ["pypi_token", "password"],
    "pyo3/maturin-action": [],
  },
};

export const REGISTRIES: readonly Registry[] = [
  {
    name: "npm",
    tokenVariables:
      /^(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/,
    variablesNeedUpload: true,
    upload:
      /\b(?:npm|pnpm|yarn|bun|lerna|changeset|nx)\b[^|;&]*\bpublish\b|\bsemantic-release\b|_authToken\b/,
    actions: { "js-devtools/npm-publish": ["token"], "changesets/action": [] },
  },
  {
    name: "RubyGems",
    tokenVariables: /^(?:GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/,
    variablesNeedUpload: false,
    upload: /\bgem\s+push\b|\brake\s+release\b|rubygems_api_key/,
    actions: {},
  },
  {
    name: "crates.io",
    tokenVariables: /^(?:CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN)$/,
    variablesNeedUpload: false,
    upload: /\bcargo\s+(?:publish|release|login|workspaces\s+publish)\b/,
    actions: { "katyo/publish-crates": ["registry-token"] },
  },
  {
    name: "NuGet",
    tokenVariables: /^(?:NUGET_API_KEY|NUGET_KEY|NUGET_TOKEN|NUGET_AUTH_TOKEN)$/,
    variablesNeedUpload: true,
    upload: /\b(?:dotnet\s+nuget|nuget)\s+push\b/i,
    actions: { "brandedoutcast/publish-nuget": ["nuget_key"], "rohith/publish-nuget": ["nuget_key"] },
  },
];

/** A value that gives a token: a stored secret, or a literal (a token written into the workflow). */
function givesToken(entry: Entry): boolean {
  const text = entry.value?.string?.trim() ?? "";
  if (text === "") return false;
  const expressions = expressionsIn(text);
  if (expressions.length === 0) return true;
  return expressions.some((expression) => storedSecrets(expression.body).length > 0);
}

function uploads(registry: Registry, job: Job): boolean {
  return job.steps.some(
    (step) =>
      (step.uses?.kind === "remote" && step.uses.repository in registry.actions) ||
      (step.run ? scriptLines(step.run).some((line) => registry.upload.test(line.text)) : false),
  );
}

/** Findings of one registry's stored-token uploads in a workflow, each line once. */
export function tokenUploads(
  rule: WorkflowRuleId,
  registry: Registry,
  context: AuditContext,
  severity: (job: Job) => "error" | "warning",
): WorkflowFinding[] {
  const { workflow } = context;
  const found = new Map<number, WorkflowFinding>();
  const add = (job: Job, line: number, message: string, subject: string) => {
    if (!found.has(line)) found.set(line, workflowFinding(rule, line, message, subject, severity(job)));
  };
  for (const job of workflow.jobs) {
    const jobUploads = uploads(registry, job);
    for (const step of job.steps) {
      const env = stepEnv(workflow, job, step);
      for (const entry of env) {
        if (!registry.tokenVariables.test(entry.key) || !givesToken(entry)) continue;
        if (registry.variablesNeedUpload && !jobUploads) continue;
        add(
          job,
          entry.keyLine,
          `${registry.name} upload token in ${entry.key} (job ${job.id})`,
          `${job.id}\0${entry.key}`,
        );
      }
      const uses = step.uses;
      for (const name of uses?.kind === "remote" ? (registry.actions[uses.repository] ?? []) : []) {
        const given = input(step, name);
        if (given && givesToken(given))
          add(
            job,
            given.keyLine,
            `${uses?.repository ?? ""} uploads to ${registry.name} with a stored token in \`${name}:\``,
            `${job.id}\0${name}`,
          );
      }
      if (!step.run) continue;
      const variables = secretVariables(env);
      for (const line of scriptLines(step.run)) {
        const secret = usesSecret(line.text, variables);
        if (
          secret &&
          registry.upload.test(line.text) &&
          !registry.tokenVariables.test(secret.replace(/^\$/, ""))
        )
          add(
            job,
            line.line,
            `${registry.name} upload with a stored token on the command line (${secret})`,
            `${job.id}\0${line.text}`,
          );
        for (const script of commandsOf(line.text).flatMap(scriptsRun)) {
          const reason = scriptUpload(registry, context, script, env);
          if (reason)
            add(
              job,
              line.line,
              `${script} uploads to ${registry.name} with ${reason} from the step's environment`,
              `${job.id}\0${script}`,
            );
        }
      }
    }
  }
  return [...found.values()];
}

/** A repository script that uploads with a token it reads from the environment the step gives it. */
function scriptUpload(
  registry: Registry,
  context: AuditContext,
  script: string,
  env: readonly Entry[],
): string | undefined {
  const text = context.repositoryFile(script);
  if (text === undefined || !text.split("\n").some((line) => registry.upload.test(line))) return undefined;
  const given = env
    .filter(givesToken)
    .find(
      (entry) =>
        registry.tokenVariables.test(entry.key) ||
        (secretVariables([entry]).size > 0 && text.includes(entry.key)),
    );
  return given ? given.key : undefined;
}
