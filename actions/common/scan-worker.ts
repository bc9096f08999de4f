/**
 * Whether this thread is a scan worker (scan-pool.ts starts them on the bundle's entry point), told
 * without loading the scanner: an entry point asks first, and only a worker then loads scan-pool.ts.
 * A worker is started with SCAN_WORKER_ARGUMENT in its argv, so that the main thread of every command
 * tells it without loading node:worker_threads (most of a millisecond of `--version`); the argument
 * alone proves nothing (anyone can type it), so where it is present the thread and its data are checked.
 */
import nodeModule from "node:module";

export const SCAN_WORKER_FLAG = "secretsActionsScanWorker";
export const SCAN_WORKER_ARGUMENT = "--secrets-actions-scan-worker";

/** True in a thread scan-pool.ts started: the entry point then serves scans instead of running. */
export function isScanWorker(): boolean {
  if (!process.argv.includes(SCAN_WORKER_ARGUMENT)) return false;
  const threads = nodeModule.createRequire(import.meta.url)(
    "node:worker_threads",
  ) as typeof import("node:worker_threads");
  return (
    !threads.isMainThread &&
    (threads.workerData as Record<string, unknown> | null)?.[SCAN_WORKER_FLAG] === true
  );
}
