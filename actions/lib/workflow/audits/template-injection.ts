/**
 * `template-injection`: a field an outsider writes, expanded by `${{ }}` into a `run:` script or
 * actions/github-script's `script:` before either runs. An error where the trigger is privileged (the
 * script holds the base repository's secrets), a warning elsewhere.
 */
import { attackerFields } from "../expressions.js";
import { expressionsUnder, input, type Step } from "../model.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Node } from "../document.js";

function scriptOf(step: Step): Node | undefined {
  if (step.run) return step.run;
  if (step.uses?.kind === "remote" && step.uses.repository === "actions/github-script")
    return input(step, "script")?.value;
  return undefined;
}

export const templateInjection: Audit = {
  id: "template-injection",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      const severity = job.reach.trigger === "privileged" ? "error" : "warning";
      for (const step of job.steps) {
        const script = scriptOf(step);
        for (const expression of script ? expressionsUnder(script) : []) {
          const fields = attackerFields(expression.body);
          if (fields.length === 0) continue;
          found.push(
            workflowFinding(
              "template-injection",
              expression.line,
              `${fields.join(", ")} is expanded into a script (job ${job.id})`,
              `${job.id}\0${expression.body}`,
              severity,
            ),
          );
        }
      }
    }
    return found;
  },
};
