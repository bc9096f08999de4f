/** `privileged-trigger`: a note on `pull_request_target`, `workflow_run` and `issue_comment` when no job runs the pull request's code. */
import { workflowFinding, type Audit } from "../audit.js";
import { PULL_REQUEST_CODE_TRIGGERS, pullRequestCode } from "./pull-request-code.js";

export const privilegedTrigger: Audit = {
  id: "privileged-trigger",
  audit: ({ workflow }) => {
    if (workflow.jobs.some((job) => pullRequestCode(job)?.runs)) return [];
    return workflow.triggers
      .filter((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name))
      .map((trigger) =>
        workflowFinding(
          "privileged-trigger",
          trigger.line,
          `${trigger.name} runs with the base repository's secrets and token; no job runs the pull request's code`,
          trigger.name,
        ),
      );
  },
};
