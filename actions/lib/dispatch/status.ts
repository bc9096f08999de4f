/**
 * The run status model: which statuses mean "not finished" and which conclusions count as success.
 * Anything GitHub may add later is treated conservatively: an unknown status keeps the action waiting,
 * an unknown conclusion is a failure (never report an outcome we cannot read as green).
 */

/** Every other conclusion (failure, cancelled, timed_out, startup_failure, action_required, stale, ...) fails. */
const SUCCESS_CONCLUSIONS: readonly string[] = ["success", "neutral", "skipped"];

export type RunPhase = "running" | "success" | "failure";

export interface RunStatus {
  status?: string | null;
  conclusion?: string | null;
}

export function runPhase({ status, conclusion }: RunStatus): RunPhase {
  // A run is finished only when it says so and carries its conclusion; GitHub sets both together, but a
  // completed run read between the two writes must not end the wait with no outcome.
  if (status !== "completed" || conclusion === null || conclusion === undefined) return "running";
  return SUCCESS_CONCLUSIONS.includes(conclusion) ? "success" : "failure";
}

/** The statuses of the results output and the summary. */
export type ResultStatus = "dispatched" | "completed" | "failed" | "timed-out" | "error";

export const FAILING_STATUSES: readonly ResultStatus[] = ["failed", "timed-out", "error"];
