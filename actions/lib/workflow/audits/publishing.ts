/**
 * Uploads to a package registry with a stored token, for `pypi-token-publish` and
 * `registry-token-publish`: one table of registries (the variables their tools read a token from, the
 * commands that upload, the actions' token inputs), one reading of a job against it. A token counts
 * where it is given: the environment variable, the action input, the command line, or a script of the
 * repository that a step runs with the token in its environment.
 */
import type { Entry } from "../document.js";
import { input, stepEnv, type Job, type Step } from "../model.js";
import {
  runsCommand,
  scriptLines,
  scriptsRun,
  secretVariables,
  secretsExpanded,
  usesSecret,
} from "../scripts.js";
import { workflowFinding, type AuditContext, type WorkflowFinding } from "../audit.js";
import type { WorkflowRuleId } from "../rule-info.js";

export interface Registry {
  name: string;
  /** Variables its tools read an upload token from. */
  tokenVariables: RegExp;
  /** The variables are also used to install (npm, NuGet): they count only in a job that uploads. */
  variablesNeedUpload: boolean;
  /** A command that uploads, or that stores a token for uploads. */
  upload: RegExp;
  /** Text that writes a token into the tool's credentials file (`.npmrc`, `~/.gem/credentials`). */
  credentialsFile?: RegExp;
  /** Actions that upload, and their inputs that take a token (lower case: input names are not case-sensitive). */
  actions: Record<string, readonly string[]>;
  /** An action input naming where it uploads: an upload elsewhere is not to this registry. */
  destination?: { input: string; hosts: RegExp };
}

export const PYPI: Registry = {
  name: "PyPI",
  tokenVariables:
    /^(?:TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|PDM_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/,
  variablesNeedUpload: false,
  upload:
    /\b(?:twine\s+upload|poetry\s+publish|uv\s+publish|hatch\s+publish|flit\s+publish|pdm\s+publish|rye\s+publish|maturin\s+(?:publish|upload))\b|\bsetup\.py\b.*\bupload\b|\bpoetry\s+config\s+(?:pypi-token|http-basic)\./,
  actions: {
    "pypa/gh-action-pypi-publish": ["password"],
    "casperdcl/deploy-pypi": ["password"],
    "jrubics/poetry-publish": ["pypi-token", "password"],
    "pyo3/maturin-action": [],
  },
  destination: { input: "repository-url", hosts: /^(?:upload\.|test\.)?pypi\.org$/ },
};

export const REGISTRIES: readonly Registry[] = [
  {
    name: "npm",
    tokenVariables:
      /^(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/,
    variablesNeedUpload: true,
    upload:
      /\b(?:npm|pnpm|yarn|bun|lerna|changeset|nx)\b[^|;&]*\bpublish\b|\bsemantic-release\b|\bnpm\s+config\s+set\b.*_authToken\b/,
    credentialsFile: /_authToken\b/,
    actions: { "js-devtools/npm-publish": ["token"], "changesets/action": [] },
  },
  {
    name: "RubyGems",
    tokenVariables: /^(?:GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/,
    variablesNeedUpload: false,
    upload: /\bgem\s+push\b|\brake\s+(?:\S+:)?release\b/,
    credentialsFile: /rubygems_api_key/,
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
    // Reading from nuget.org needs no key (NUGET_AUTH_TOKEN, for private feeds, is not here).
    tokenVariables: /^(?:NUGET_API_KEY|NUGET_KEY|NUGET_TOKEN)$/,
    variablesNeedUpload: false,
    upload: /\b(?:dotnet\s+nuget|nuget)\s+push\b/i,
    actions: { "brandedoutcast/publish-nuget": ["nuget-key"], "rohith/publish-nuget": ["nuget-key"] },
  },
];

/** A value that gives a token: a stored secret, or a literal (a token written into the workflow). */
function givesToken(entry: Entry): boolean {
  const text = entry.value?.string?.trim() ?? "";
  if (text === "") return false;
  // A literal is a token written into the workflow; an expression gives one when it reads a secret.
  return !text.includes("${{") || secretsExpanded(text).length > 0;
}

/** A job or step named for publishing (`Publish to npm`, `release`): what it runs may be out of sight. */
const PUBLISHING_NAME = /\b(?:publish|release|deploy)/i;

function uploads(registry: Registry, job: Job): boolean {
  if (PUBLISHING_NAME.test(job.id) || PUBLISHING_NAME.test(job.node.get("name")?.string ?? "")) return true;
  return job.steps.some(
    (step) =>
      PUBLISHING_NAME.test(step.node.get("name")?.string ?? "") ||
      (step.uses?.kind === "remote" && step.uses.repository in registry.actions) ||
      (step.run ? scriptLines(step.run).some((line) => runsCommand(line, registry.upload)) : false),
  );
}

/** An action of the registry that is told to upload somewhere else (a private index), by its host. */
function elsewhere(registry: Registry, step: Step): boolean {
  const target = registry.destination
    ? input(step, registry.destination.input, { underscores: true })?.value?.string
    : undefined;
  const host = target === undefined ? undefined : /^\s*https?:\/\/([^/\s]+)/.exec(target)?.[1];
  // A host written as an expression could be anything: it is taken as the registry's.
  return host !== undefined && !host.includes("${{") && !(registry.destination?.hosts.test(host) ?? true);
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
      const tokenInputs =
        uses?.kind === "remote" && !elsewhere(registry, step) ? registry.actions[uses.repository] : [];
      for (const name of tokenInputs ?? []) {
        const given = input(step, name, { underscores: true });
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
        const writesCredentials =
          (registry.credentialsFile?.test(line.text) ?? false) &&
          (!registry.variablesNeedUpload || jobUploads);
        if (
          secret &&
          (runsCommand(line, registry.upload) || writesCredentials) &&
          !registry.tokenVariables.test(secret.replace(/^\$/, ""))
        )
          add(
            job,
            line.line,
            `${registry.name} upload with a stored token on the command line (${secret})`,
            `${job.id}\0${line.text}`,
          );
        for (const script of line.commands.flatMap(scriptsRun)) {
          // Reported where the token is given: the variable the script reads it from.
          const given = scriptUpload(registry, context, script, env);
          if (given)
            add(
              job,
              given.keyLine,
              `${script} uploads to ${registry.name} with ${given.key} from the step's environment`,
              `${job.id}\0${script}`,
            );
        }
      }
    }
  }
  return [...found.values()];
}

/** The variable through which a script of the repository gets the token it uploads with. */
function scriptUpload(
  registry: Registry,
  context: AuditContext,
  script: string,
  env: readonly Entry[],
): Entry | undefined {
  const text = context.repositoryFile(script);
  if (text === undefined || !text.split("\n").some((line) => registry.upload.test(line))) return undefined;
  const given = env
    .filter(givesToken)
    .find(
      (entry) =>
        registry.tokenVariables.test(entry.key) ||
        (secretVariables([entry]).size > 0 && text.includes(entry.key)),
    );
  return given;
}
