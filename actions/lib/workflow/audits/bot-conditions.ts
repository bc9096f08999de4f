/** `bot-conditions`: an `if:` that trusts `github.actor` to be a bot, which a person can arrange. */
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Node } from "../document.js";

const ACTOR = String.raw`github\.(?:actor|triggering_actor)`;
const SPOOFABLE = new RegExp(
  String.raw`\b${ACTOR}\s*==\s*'[^']*bot\b[^']*'|'[^']*bot\b[^']*'\s*==\s*${ACTOR}\b|\b(?:contains|endswith|startswith)\s*\(\s*${ACTOR}\s*,\s*'[^']*bot\b`,
  "i",
);

export const botConditions: Audit = {
  id: "bot-conditions",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      const severity = job.reach.trigger === "privileged" ? "error" : "warning";
      const conditions: Node[] = [job.if, ...job.steps.map((step) => step.if)].filter(
        (node): node is Node => node !== undefined,
      );
      for (const condition of conditions) {
        const match = SPOOFABLE.exec(condition.string ?? "");
        if (!match) continue;
        const line = condition.line;
        found.push(
          workflowFinding(
            "bot-conditions",
            line,
            `\`${match[0]}\` can be met by a person (job ${job.id})`,
            `${job.id}\0${match[0]}`,
            severity,
          ),
        );
      }
    }
    return found;
  },
};
