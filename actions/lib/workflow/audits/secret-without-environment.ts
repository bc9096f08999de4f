/**
 * `secret-without-environment`: a job that publishes or deploys with stored secrets but no
 * `environment:`, so no required reviewer, wait timer or branch rule stands before them.
 */
import { workflowFinding, type Audit } from "../audit.js";
import { PYPI, REGISTRIES } from "./publishing.js";
import { runsCommand, scriptLines } from "../scripts.js";
import type { Job } from "../model.js";
import type { Entry } from "../document.js";

/** A job named for publishing or deploying; a step only for the first two (`Create release branch` is not). */
const DEPLOYING_JOB = /\b(?:deploy|publish|release)/i;
const DEPLOYING_STEP = /\b(?:deploy|publish)/i;
/** Commands that deploy. */
const DEPLOYS =
  /\bdocker\s+push\b|\bkubectl\s+apply\b|\bhelm\s+(?:upgrade|install)\b|\bterraform\s+apply\b|\bpulumi\s+up\b|\b(?:vercel|netlify|firebase|fly|flyctl|wrangler)\s+deploy\b|\bgh\s+release\s+(?:create|upload)\b|\baws\s+s3\s+sync\b/i;
const DEPLOY_ACTIONS =
  /^(?:pypa\/gh-action-pypi-publish|docker\/build-push-action|aws-actions\/|azure\/|google-github-actions\/deploy|peaceiris\/actions-gh-pages|jamesives\/github-pages-deploy-action|softprops\/action-gh-release|ncipollo\/release-action|cloudflare\/wrangler-action|amondnet\/vercel-action)/;
const REGISTRY_LIST = [PYPI, ...REGISTRIES];

/** A variable that only an upload reads (TWINE_PASSWORD, CARGO_REGISTRY_TOKEN; not NODE_AUTH_TOKEN). */
function uploadToken(env: readonly Entry[]): string | undefined {
  return env.find((entry) =>
    REGISTRY_LIST.some(
      (registry) => !registry.variablesNeedUpload && registry.tokenVariables.test(entry.key),
    ),
  )?.key;
}

/** What makes a job a publishing or deployment job, or undefined. */
function deployment(job: Job): string | undefined {
  if (DEPLOYING_JOB.test(job.id) || DEPLOYING_JOB.test(job.node.get("name")?.string ?? ""))
    return `job ${job.id}`;
  const jobToken = uploadToken(job.env);
  if (jobToken) return jobToken;
  for (const step of job.steps) {
    if (DEPLOYING_STEP.test(step.node.get("name")?.string ?? ""))
      return `step ${step.node.get("name")?.string ?? ""}`;
    if (step.uses?.kind === "remote" && DEPLOY_ACTIONS.test(step.uses.repository))
      return step.uses.repository;
    const stepToken = uploadToken(step.env);
    if (stepToken) return stepToken;
    for (const line of step.run ? scriptLines(step.run) : []) {
      if (REGISTRY_LIST.some((registry) => runsCommand(line, registry.upload)) || runsCommand(line, DEPLOYS))
        return `the command on line ${line.line}`;
    }
  }
  return undefined;
}

export const secretWithoutEnvironment: Audit = {
  id: "secret-without-environment",
  audit: ({ workflow }) =>
    workflow.jobs.flatMap((job) => {
      if (job.uses || job.environment || workflow.kind !== "workflow") return [];
      const secrets = [...job.reach.secrets].filter((name) => name !== "*");
      const what = secrets.length > 0 ? deployment(job) : undefined;
      if (!what) return [];
      return [
        workflowFinding(
          "secret-without-environment",
          job.line,
          `job ${job.id} publishes or deploys (${what}) with ${secrets.join(", ")} and no environment`,
          job.id,
          "warning",
        ),
      ];
    }),
};
