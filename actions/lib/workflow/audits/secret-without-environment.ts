/**
 * `secret-without-environment`: a job that publishes or deploys with stored secrets but no
 * `environment:`, so no required reviewer, wait timer or branch rule stands before them.
 */
import { workflowFinding, type Audit } from "../audit.js";
import { PYPI, REGISTRIES } from "./publishing.js";
import { scriptLines } from "../scripts.js";
import type { Job } from "../model.js";

const DEPLOYS =
  /\b(?:deploy|publish|release)\b|\bdocker\s+push\b|\bkubectl\s+apply\b|\bhelm\s+(?:upgrade|install)\b|\bterraform\s+apply\b|\bpulumi\s+up\b|\b(?:vercel|netlify|firebase|fly|flyctl|wrangler)\s+deploy\b/i;
const DEPLOY_ACTIONS =
  /^(?:pypa\/gh-action-pypi-publish|docker\/build-push-action|aws-actions\/|azure\/|google-github-actions\/deploy|peaceiris\/actions-gh-pages|jamesives\/github-pages-deploy-action|softprops\/action-gh-release|ncipollo\/release-action|cloudflare\/wrangler-action)/;

/** What makes a job a publishing or deployment job, or undefined. */
function deployment(job: Job): string | undefined {
  if (DEPLOYS.test(job.id) || DEPLOYS.test(job.node.get("name")?.string ?? "")) return `job ${job.id}`;
  for (const step of job.steps) {
    if (step.uses?.kind === "remote" && DEPLOY_ACTIONS.test(step.uses.repository))
      return step.uses.repository;
    for (const line of step.run ? scriptLines(step.run) : []) {
      if (
        [PYPI, ...REGISTRIES].some((registry) => registry.upload.test(line.text)) ||
        DEPLOYS.test(line.text)
      )
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
