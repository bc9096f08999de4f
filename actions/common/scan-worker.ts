/**
 * Whether this thread is a scan worker (scan-pool.ts starts them on the bundle's entry point), told
 * without loading the scanner: an entry point asks first, and only a worker then loads scan-pool.ts.
 */
import { isMainThread, workerData } from "node:worker_threads";

export const SCAN_WORKER_FLAG = "secretsActionsScanWorker";

/** True in a thread scan-pool.ts started: the entry point then serves scans instead of running. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[SCAN_WORKER_FLAG] === true;
}
