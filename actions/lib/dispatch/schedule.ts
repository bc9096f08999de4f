/**
 * When to look at a run again: first after `poll-interval`, then 1.5 times longer each time, up to six
 * intervals (a minute with the default 10 s), never past the deadline. A 30-minute wait costs about 35
 * requests per repository instead of 180.
 */

export const BACKOFF_FACTOR = 1.5;
export const BACKOFF_CAP_INTERVALS = 6;
export const BACKOFF_CAP_MS = 60_000;

/** How long the action looks for a run carrying its correlation id before calling it untracked. */
export const DISCOVERY_WINDOW_MS = 120_000;

export function backoffDelay(intervalMs: number, attempt: number): number {
  const cap = Math.max(intervalMs, Math.min(intervalMs * BACKOFF_CAP_INTERVALS, BACKOFF_CAP_MS));
  return Math.min(cap, Math.round(intervalMs * BACKOFF_FACTOR ** attempt));
}

/**
 * The wait before poll number `attempt` (0-based), clipped so the last poll happens at the deadline;
 * undefined once the deadline has passed.
 */
export function nextPollDelay(
  intervalMs: number,
  attempt: number,
  now: number,
  deadline: number,
): number | undefined {
  if (now >= deadline) return undefined;
  return Math.min(backoffDelay(intervalMs, attempt), deadline - now);
}
