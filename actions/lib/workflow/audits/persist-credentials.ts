/**
 * `persist-credentials`: actions/checkout leaves the job's token where git (and every later step) finds
 * it. An error when an artifact then uploads the workspace; a warning when later steps run third-party
 * code or the trigger is privileged; a note when only GitHub's own actions follow, or when the workflow
 * asks for `true` on purpose.
 */
import { input, isCheckout, isFirstParty, type Step } from "../model.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";

/** An upload-artifact step whose `path:` takes the whole workspace (where `.git/` is). */
function uploadsWorkspace(step: Step): boolean {
  if (step.uses?.kind !== "remote" || step.uses.repository !== "actions/upload-artifact") return false;
  const paths = (input(step, "path")?.value?.string ?? "").split("\n").map((path) => path.trim());
  return paths.some((path) => /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(path));
}

function runsThirdParty(step: Step): boolean {
  return step.uses?.kind === "docker" || (step.uses?.kind === "remote" && !isFirstParty(step.uses));
}

export const persistCredentials: Audit = {
  id: "persist-credentials",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      for (const [index, step] of job.steps.entries()) {
        if (!isCheckout(step) || !step.uses) continue;
        const persist = input(step, "persist-credentials")?.value?.string?.trim();
        if (persist === "false") continue;
        const later = job.steps.slice(index + 1);
        const severity =
          persist !== undefined
            ? "note"
            : later.some(uploadsWorkspace)
              ? "error"
              : later.some(runsThirdParty) || job.reach.trigger === "privileged"
                ? "warning"
                : "note";
        const how =
          persist === undefined
            ? "without `persist-credentials: false`"
            : `with \`persist-credentials: ${persist}\``;
        found.push(
          workflowFinding(
            "persist-credentials",
            step.uses.line,
            `actions/checkout ${how} keeps the token for every later step (job ${job.id})`,
            `${job.id}\0${index}`,
            severity,
          ),
        );
      }
    }
    return found;
  },
};
