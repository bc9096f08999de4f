/**
 * `privileged-trigger`: a note on `pull_request_target`, `workflow_run` and `issue_comment` when no job
 * runs the pull request's code with secrets or a token that can write.
 */
import { workflowFinding, type Audit } from "../audit.js";
import { PULL_REQUEST_CODE_TRIGGERS, runsWithCredentials } from "./pull-request-code.js";

export const privilegedTrigger: Audit = {
  id: "privileged-trigger",
  audit: ({ workflow }) => {
    if (runsWithCredentials(workflow).length > 0) return [];
    return workflow.triggers
      .filter((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name))
      .map((trigger) =>
        workflowFinding(
          "privileged-trigger",
          trigger.line,
          `${trigger.name} runs with the base repository's secrets and token; no job runs the pull request's code with them`,
          trigger.name,
        ),
      );
  },
};
