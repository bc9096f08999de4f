/**
 * What an API failure means for the user, by operation and status: the messages name the repository, the
 * permission or file at fault and the fix, and keep GitHub's own words where they help.
 */

import type { ApiFailure } from "../errors.js";

export type ApiOperation = "read-repository" | "repository-dispatch" | "workflow-dispatch" | "read-runs";

export interface FailureContext {
  operation: ApiOperation;
  repository: string;
  workflow?: string;
  ref?: string;
}

const oneLine = (text: string): string =>
  text
    .replace(/^Invalid request\.\s*/, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);

const PERMISSION: Record<ApiOperation, [permission: string, needed: string]> = {
  "read-repository": ["metadata: read", "to read the default branch"],
  "repository-dispatch": ["contents: write", "for repository_dispatch"],
  "workflow-dispatch": ["actions: write", "for workflow_dispatch"],
  "read-runs": ["actions: read", "to find and follow the run"],
};

/** GitHub refused `return_run_details` (GHES without the February 2026 API): retry without it. */
export function rejectsRunDetails(failure: ApiFailure): boolean {
  return (failure.status === 400 || failure.status === 422) && /return_run_details/.test(failure.message);
}

/** The target workflow does not declare the `correlation_id` input the fallback sends. */
export function rejectsInput(failure: ApiFailure, input: string): boolean {
  return (
    failure.status === 422 && /unexpected inputs/i.test(failure.message) && failure.message.includes(input)
  );
}

export function describeFailure(failure: ApiFailure, context: FailureContext): string {
  const { status, message } = failure;
  const said = oneLine(message);
  const repository = context.repository;
  if (status === undefined) return `request to GitHub failed: ${said}`;
  if (status === 401) {
    return `GitHub rejected the token (401 ${said}): it is wrong or expired (installation tokens last one hour)`;
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(message)) {
    return `GitHub's secondary rate limit persisted after retries (${status}): lower max-concurrency or dispatch to fewer repositories per run`;
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    const reset =
      failure.rateLimitReset === undefined
        ? ""
        : `; it resets at ${new Date(failure.rateLimitReset * 1000).toISOString()}`;
    return `the token's API rate limit is exhausted${reset}: use a GitHub App installation token (a higher limit than GITHUB_TOKEN) or dispatch less often`;
  }
  if (status === 403) {
    const [permission, needed] = PERMISSION[context.operation];
    return `the token lacks ${permission} on ${repository}, needed ${needed} (GitHub said: ${said})`;
  }
  if (status === 404) {
    if (context.operation === "workflow-dispatch") {
      return `workflow "${context.workflow ?? ""}" not found in ${repository}: give the file name under .github/workflows (e.g. ci.yml) or its numeric id`;
    }
    if (context.operation === "read-runs")
      return `the run in ${repository} cannot be read (404): the token needs actions: read`;
    return `repository ${repository} not found or the token cannot see it: check the name and that the token (or the GitHub App installation) covers it`;
  }
  if (status === 422) {
    if (/workflow_dispatch' trigger/i.test(message)) {
      return `workflow "${context.workflow ?? ""}" in ${repository} has no workflow_dispatch trigger: add \`on: workflow_dispatch\` to it${context.ref ? ` on ${context.ref}` : ""}`;
    }
    if (/unexpected inputs/i.test(message)) {
      return `${repository} refused the inputs (${said}): declare them under on.workflow_dispatch.inputs in the target workflow, or remove them`;
    }
    if (/no ref found/i.test(message)) {
      return `ref "${context.ref ?? ""}" does not exist in ${repository}: give an existing branch or tag, or leave ref empty for the default branch`;
    }
    if (/disabled workflow/i.test(message)) {
      return `workflow "${context.workflow ?? ""}" is disabled in ${repository}: enable it in the repository's Actions tab`;
    }
    return `GitHub refused the request for ${repository} (422): ${said}`;
  }
  if (status >= 500) {
    return `GitHub answered ${status} for ${repository} and still did after retries: ${said || "server error"}`;
  }
  return `GitHub answered ${status} for ${repository}: ${said}`;
}
