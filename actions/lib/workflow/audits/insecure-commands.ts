/** `insecure-commands`: `ACTIONS_ALLOW_UNSECURE_COMMANDS` turns `::set-env::` and `::add-path::` back on. */
import { stepEnv } from "../model.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";

export const insecureCommands: Audit = {
  id: "insecure-commands",
  audit: ({ workflow }) => {
    const found = new Map<number, WorkflowFinding>();
    const entries = [
      ...workflow.env,
      ...workflow.jobs.flatMap((job) => [
        ...job.env,
        ...job.steps.flatMap((step) => stepEnv(workflow, job, step)),
      ]),
    ];
    for (const entry of entries) {
      const value = entry.value?.string?.trim().toLowerCase() ?? "";
      if (entry.key !== "ACTIONS_ALLOW_UNSECURE_COMMANDS" || (value !== "true" && !value.includes("${{")))
        continue;
      found.set(
        entry.keyLine,
        workflowFinding(
          "insecure-commands",
          entry.keyLine,
          "ACTIONS_ALLOW_UNSECURE_COMMANDS enables ::set-env:: and ::add-path::",
          "ACTIONS_ALLOW_UNSECURE_COMMANDS",
        ),
      );
    }
    return [...found.values()];
  },
};
