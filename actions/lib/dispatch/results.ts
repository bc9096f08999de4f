/**
 * One result per repository, the `failed` count and the failure line.
 */
import { FAILING_STATUSES, type ResultStatus } from "./status.js";

/** An element of the `results` output; field names as the output documents them. */
export interface DispatchResult {
  repository: string;
  status: ResultStatus;
  run_id: number | null;
  /** The run's page (html_url). */
  run_url: string | null;
  conclusion: string | null;
  error: string | null;
}

export function isFailure(result: DispatchResult): boolean {
  return FAILING_STATUSES.includes(result.status);
}

export function failedCount(results: readonly DispatchResult[]): number {
  return results.filter(isFailure).length;
}

function reason(result: DispatchResult): string {
  if (result.status === "failed") return `run ${result.conclusion ?? "failed"}`;
  if (result.status === "timed-out") return "timed out";
  return result.error ?? result.status;
}

/** The one line the step fails with: how many failed and why, first few named. */
export function failureLine(results: readonly DispatchResult[]): string {
  const failed = results.filter(isFailure);
  const named = failed.slice(0, 5).map((result) => `${result.repository} (${reason(result)})`);
  const more = failed.length > named.length ? `, and ${failed.length - named.length} more` : "";
  return `${failed.length} of ${results.length} repositories failed: ${named.join("; ")}${more}`;
}
