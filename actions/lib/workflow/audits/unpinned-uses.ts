/**
 * `unpinned-uses`: an action or reusable workflow taken at a ref its owner can move. Graded by what it
 * is handed: a third-party action given a secret, or run where the token can write, is an error;
 * another third-party one a warning; GitHub's own a note.
 */
import { expressionsIn, storedSecrets } from "../expressions.js";
import { canWrite, isFirstParty, isPinned, stepEnv, type Uses } from "../model.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Entry } from "../document.js";

function givesSecret(entries: readonly Entry[]): boolean {
  return entries.some((entry) => {
    const text = entry.value?.string ?? "";
    return expressionsIn(text).some(
      (expression) =>
        storedSecrets(expression.body).length > 0 ||
        /\bgithub\.token\b|secrets\.github_token/i.test(expression.body),
    );
  });
}

function describe(uses: Uses): string {
  if (uses.kind === "docker") return `${uses.text} is not pinned to an image digest`;
  return uses.ref === ""
    ? `${uses.text} names no ref`
    : `${uses.text} is pinned to \`${uses.ref}\`, not a commit SHA`;
}

export const unpinnedUses: Audit = {
  id: "unpinned-uses",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      const write = canWrite(job.reach);
      const calls = job.uses
        ? [{ uses: job.uses, given: job.reach.secrets.size > 0 || givesSecret(job.with) }]
        : [];
      const steps = job.steps.flatMap((step) =>
        step.uses
          ? [{ uses: step.uses, given: givesSecret([...step.with, ...stepEnv(workflow, job, step)]) }]
          : [],
      );
      for (const { uses, given } of [...calls, ...steps]) {
        if (uses.kind === "local" || isPinned(uses)) continue;
        const severity =
          uses.kind === "remote" && isFirstParty(uses) ? "note" : given || write ? "error" : "warning";
        const why =
          severity === "error"
            ? given
              ? "; it is given a secret or the token"
              : "; the job's token can write"
            : "";
        found.push(
          workflowFinding(
            "unpinned-uses",
            uses.line,
            `${describe(uses)}${why}`,
            `${job.id}\0${uses.text}`,
            severity,
          ),
        );
      }
    }
    return found;
  },
};
