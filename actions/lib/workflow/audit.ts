/**
 * What every workflow audit is: an id and one function from the model of a workflow to findings, each
 * on the line a person has to change, graded by what the job can reach. The registry (`audits/index.ts`)
 * runs them all over every workflow and composite action.
 */
import type { SecretHit } from "../scan/patterns.js";
import type { Severity } from "../scan/rules.js";
import type { WorkflowRuleId } from "./rule-info.js";
import { WORKFLOW_RULES } from "./rule-info.js";
import type { Workflow } from "./model.js";

export interface AuditContext {
  workflow: Workflow;
  /** A file of the repository by its path (a script a step runs, a called workflow); undefined if unknown. */
  repositoryFile: (path: string) => string | undefined;
  /** What the scanner's credential detectors find in a `name: value` pair. */
  credentials: (name: string, value: string) => SecretHit[];
}

export interface WorkflowFinding {
  rule: WorkflowRuleId;
  severity: Severity;
  line: number;
  /** What was found, never a secret's value. */
  message: string;
  /** What identifies the finding when lines move (with the rule and the file). */
  subject: string;
}

export interface Audit {
  id: WorkflowRuleId;
  audit(context: AuditContext): WorkflowFinding[];
}

export function workflowFinding(
  rule: WorkflowRuleId,
  line: number,
  message: string,
  subject: string,
  severity: Severity = WORKFLOW_RULES[rule].severity,
): WorkflowFinding {
  return { rule, severity, line, message, subject };
}
