/**
 * The workflow rules over one file: a workflow under `.github/workflows/` or a composite action's
 * `action.yml`. Offline and pure: the file's text in, findings out; a file of the repository that an
 * audit follows (a script a step runs, a called workflow) comes through `repositoryFile`.
 */
import { parseYamlSource } from "./document.js";
import { buildWorkflow } from "./model.js";
import { AUDITS } from "./audits/index.js";
import { workflowFinding, type AuditContext, type WorkflowFinding } from "./audit.js";

const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;

/** A file the workflow rules read: a workflow, or what may be a composite action. */
export function isWorkflowPath(file: string): boolean {
  return WORKFLOW_FILE.test(file) || ACTION_FILE.test(file);
}

export type WorkflowAuditContext = Omit<AuditContext, "workflow">;

export function auditWorkflow(file: string, text: string, context: WorkflowAuditContext): WorkflowFinding[] {
  const { root, error } = parseYamlSource(text);
  const workflow = WORKFLOW_FILE.test(file);
  // An action.yml that is not YAML, or not a composite action, is not ours to judge.
  const composite = !workflow && root?.get("runs")?.get("using")?.string === "composite";
  if (!workflow && !composite) return [];
  const syntax = error
    ? [
        workflowFinding(
          "workflow-syntax",
          error.line,
          `${file} is not valid YAML: ${error.message}`,
          error.message,
        ),
      ]
    : [];
  // A document that does not parse is one finding: what parsed of it is not what GitHub would run.
  if (error || !root?.isMap) return syntax;
  const model = buildWorkflow(file, root, workflow ? "workflow" : "composite");
  const found = AUDITS.flatMap((audit) => audit.audit({ ...context, workflow: model }));
  return [...syntax, ...found].sort((a, b) => a.line - b.line);
}
