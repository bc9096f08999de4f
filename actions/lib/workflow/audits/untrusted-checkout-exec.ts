/**
 * `untrusted-checkout-exec`: a `pull_request_target`, `workflow_run` or `issue_comment` job that checks
 * out the pull request's code and then runs it. An error while the job holds secrets or a token that
 * can write; a warning otherwise (the run can still poison the cache).
 */
import { holdsCredentials } from "../model.js";
import { workflowFinding, type Audit } from "../audit.js";
import { hasPullRequestCodeTrigger, pullRequestCode } from "./pull-request-code.js";

export const untrustedCheckoutExec: Audit = {
  id: "untrusted-checkout-exec",
  audit: ({ workflow }) => {
    if (!hasPullRequestCodeTrigger(workflow)) return [];
    return workflow.jobs.flatMap((job) => {
      const code = pullRequestCode(job);
      if (!code?.runs) return [];
      const holds = holdsCredentials(job.reach);
      const held = holds
        ? "while it holds secrets or a token that can write"
        : "(no secrets, read-only token)";
      return [
        workflowFinding(
          "untrusted-checkout-exec",
          code.checkout,
          `job ${job.id} checks out the pull request's code and runs it with ${code.runs.what} (line ${code.runs.line}) ${held}`,
          job.id,
          holds ? "error" : "warning",
        ),
      ];
    });
  },
};
