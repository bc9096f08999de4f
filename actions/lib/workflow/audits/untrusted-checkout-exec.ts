/**
 * `untrusted-checkout-exec`: a `pull_request_target`, `workflow_run` or `issue_comment` job that checks
 * out the pull request's code and then runs it while it holds secrets or a token that can write. A job
 * that runs it with neither leaves the workflow a `privileged-trigger` note.
 */
import { workflowFinding, type Audit } from "../audit.js";
import { runsWithCredentials } from "./pull-request-code.js";

export const untrustedCheckoutExec: Audit = {
  id: "untrusted-checkout-exec",
  audit: ({ workflow }) =>
    runsWithCredentials(workflow).map(({ job, code }) =>
      workflowFinding(
        "untrusted-checkout-exec",
        code.checkout,
        `job ${job.id} checks out the pull request's code and runs it with ${code.runs.what} (line ${code.runs.line}) while it holds secrets or a token that can write`,
        job.id,
      ),
    ),
};
