/** An audit of single expressions, wherever in the file they stand: one finding per expression that matches. */
import { expressionsUnder } from "../model.js";
import { workflowFinding, type Audit } from "../audit.js";
import type { WorkflowRuleId } from "../rule-info.js";

export function expressionAudit(id: WorkflowRuleId, matches: (body: string) => boolean, says: string): Audit {
  return {
    id,
    audit: ({ workflow }) =>
      expressionsUnder(workflow.root)
        .filter((expression) => matches(expression.body))
        .map((expression) =>
          workflowFinding(id, expression.line, `\`${expression.text}\` ${says}`, expression.body),
        ),
  };
}
