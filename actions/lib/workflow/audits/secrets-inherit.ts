/**
 * `secrets-inherit`: a call that hands the called workflow every secret. When the called workflow is in
 * this repository its `on.workflow_call.secrets` says what it needs, and the finding names them.
 */
import { parseYamlSource } from "../document.js";
import { workflowFinding, type Audit, type AuditContext } from "../audit.js";
import type { Job } from "../model.js";

/** The secrets a workflow of this repository declares, or undefined when it cannot be read. */
function declaredSecrets(context: AuditContext, job: Job): string[] | undefined {
  if (job.uses?.kind !== "local") return undefined;
  const text = context.repositoryFile(job.uses.text.replace(/^\.\//, "").replace(/@.*$/, ""));
  if (text === undefined) return undefined;
  const { root } = parseYamlSource(text);
  const call = root?.get("on")?.get("workflow_call");
  return (call?.get("secrets")?.entries() ?? []).map((entry) => entry.key);
}

export const secretsInherit: Audit = {
  id: "secrets-inherit",
  audit: (context) =>
    context.workflow.jobs.flatMap((job) => {
      if (job.secrets?.value?.string !== "inherit") return [];
      const declared = declaredSecrets(context, job);
      const called = job.uses?.text ?? "the called workflow";
      const message =
        declared === undefined
          ? `job ${job.id} passes every secret to ${called}`
          : declared.length === 0
            ? `job ${job.id} passes every secret to ${called}, which declares none`
            : `job ${job.id} passes every secret to ${called}, which declares only ${declared.join(", ")}`;
      return [
        workflowFinding(
          "secrets-inherit",
          job.secrets.keyLine,
          message,
          job.id,
          declared === undefined ? "warning" : "error",
        ),
      ];
    }),
};
