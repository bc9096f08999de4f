/**
 * `persist-credentials`: actions/checkout leaves the job's token where git finds it, for every later
 * step. Reported when something later could take it: a third-party action, a command that runs the
 * project's or its dependencies' code (an install, a build, a script), or an artifact upload (an error
 * when the artifact takes the whole workspace). A token with no permissions (`permissions: {}`) is
 * worth nothing, and GitHub's own actions and plain commands after it take nothing.
 */
import { input, isCheckout, isFirstParty, type Step } from "../model.js";
import { runsCheckedOutCode, scriptLines } from "../scripts.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";

/** An upload-artifact step whose `path:` takes the whole workspace (where `.git/` is). */
function uploadsWorkspace(step: Step): boolean {
  if (!uploadsArtifact(step)) return false;
  const paths = (input(step, "path")?.value?.string ?? "").split("\n").map((path) => path.trim());
  return paths.some((path) => /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(path));
}

function uploadsArtifact(step: Step): boolean {
  return step.uses?.kind === "remote" && step.uses.repository === "actions/upload-artifact";
}

/** What in a later step could read the token: a third-party action or code the job runs. */
function couldTake(step: Step): boolean {
  if (step.uses?.kind === "docker" || step.uses?.kind === "local") return true;
  if (step.uses?.kind === "remote") return !isFirstParty(step.uses) || uploadsArtifact(step);
  return (step.run ? scriptLines(step.run) : []).some((line) => line.commands.some(runsCheckedOutCode));
}

export const persistCredentials: Audit = {
  id: "persist-credentials",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      if (job.reach.token === "none") continue;
      for (const [index, step] of job.steps.entries()) {
        if (!isCheckout(step) || !step.uses) continue;
        const persist = input(step, "persist-credentials")?.value?.string?.trim();
        if (persist === "false") continue;
        const later = job.steps.slice(index + 1);
        if (!later.some(couldTake)) continue;
        const severity = later.some(uploadsWorkspace) ? "error" : "warning";
        const how =
          persist === undefined
            ? "without `persist-credentials: false`"
            : `with \`persist-credentials: ${persist}\``;
        found.push(
          workflowFinding(
            "persist-credentials",
            step.uses.line,
            `actions/checkout ${how} keeps the token for the steps after it, which run code that can read it (job ${job.id})`,
            `${job.id}\0${index}`,
            severity,
          ),
        );
      }
    }
    return found;
  },
};
