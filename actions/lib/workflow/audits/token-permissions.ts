/**
 * `token-permissions`: the GITHUB_TOKEN's scope left to the repository default, set to `write-all` or
 * `read-all`, or write scopes granted to every job at once. A reusable workflow (`workflow_call` only)
 * takes its scope from its caller and is not judged here.
 */
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Permissions } from "../model.js";

function blanket(
  permissions: Permissions | undefined,
  where: string,
  privileged: boolean,
): WorkflowFinding[] {
  if (permissions?.kind !== "write-all" && permissions?.kind !== "read-all") return [];
  const severity = permissions.kind === "write-all" && privileged ? "error" : "warning";
  return [
    workflowFinding(
      "token-permissions",
      permissions.line,
      `${where} grants \`${permissions.kind}\``,
      `${where}\0${permissions.kind}`,
      severity,
    ),
  ];
}

export const tokenPermissions: Audit = {
  id: "token-permissions",
  audit: ({ workflow }) => {
    if (workflow.kind !== "workflow" || workflow.jobs.length === 0) return [];
    const privileged = workflow.jobs[0]?.reach.trigger === "privileged";
    const found = blanket(workflow.permissions, "the workflow", privileged);
    for (const job of workflow.jobs) {
      found.push(...blanket(job.permissions, `job ${job.id}`, privileged));
      if (job.reach.token === "default")
        found.push(
          workflowFinding(
            "token-permissions",
            job.line,
            `job ${job.id} runs with the repository's default token scope (no \`permissions:\`)`,
            `${job.id}\0default`,
            privileged ? "error" : "warning",
          ),
        );
    }
    const writes = workflow.permissions?.writes ?? [];
    if (writes.length > 0 && workflow.jobs.length > 1 && workflow.permissions) {
      const scopes = writes.map((write) => write.scope).join(", ");
      found.push(
        workflowFinding(
          "token-permissions",
          workflow.permissions.line,
          `workflow-level write scopes (${scopes}) reach all ${workflow.jobs.length} jobs`,
          `workflow\0${scopes}`,
        ),
      );
    }
    return found;
  },
};
