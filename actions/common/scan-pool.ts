/**
 * Large scans on every core. Worker threads run the very bundle that started them (an entry point asks
 * `isScanWorker()` first), each builds the same scanner from the same repository files, and reads and
 * scans its share of the files itself (working-tree paths or git blob ids: no file content crosses
 * threads). Results come back per file and are put in input order, so any number of threads gives the
 * same findings in the same order as one.
 */
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import type { Scanner } from "../lib/scan/scanner.js";
import type { PathBlob } from "./git.js";
import {
  WINDOW,
  loadScanner,
  scanGitBlobs,
  scanTreeFile,
  scanWindow,
  windowOffsets,
  type ScannedFile,
  type ScannedWindow,
  type ScannerSource,
} from "./scan-files.js";

/** What one item of a piece gives: a file, a window of a large file, or nothing (not a regular file). */
export type ScanResult = ScannedFile | ScannedWindow | undefined;

const WORKER_FLAG = "secretsActionsScanWorker";

export type ScanWork = (
  | { kind: "tree"; files: string[] }
  | { kind: "window"; file: string; offset: number }
  | { kind: "blobs"; blobs: PathBlob[]; historic: boolean }
) & {
  /** Bytes to read: the largest pieces go first, so that no thread is left with one at the end. */
  size: number;
};

interface Request {
  id: number;
  work: ScanWork;
}

type Reply =
  | { id: number; results: Array<ScannedFile | ScannedWindow | null> }
  | { id: number; error: string; configuration: boolean };

/** A scan smaller than this stays on the main thread: starting workers costs more than it saves. */
export const PARALLEL_BYTES = 8 << 20;
/** Work is handed out in pieces of about this size, so that a fast worker takes more of them. */
const PIECE_BYTES = 2 << 20;
const PIECE_FILES = 256;

/** True in a thread this module started: the entry point then serves scans instead of running. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

/** Threads a `verify` may use: `requested`, or (0) one per core, at most 8. */
export function threadsFor(requested: number): number {
  return requested > 0 ? requested : Math.min(availableParallelism(), 8);
}

/** Whether a scan of `bytes` goes to the workers: always when threads were asked for, else when large. */
export function isLargeScan(requested: number, bytes: number): boolean {
  return requested > 1 || (requested === 0 && bytes >= PARALLEL_BYTES);
}

/** The running bundle, when it is one: the TypeScript sources (under ts-jest) cannot start workers. */
function bundleFile(): URL | undefined {
  return import.meta.url.endsWith(".js") ? new URL(import.meta.url) : undefined;
}

/** Splits the work into pieces by size (`sizes[i]` of item i), keeping order. */
export function pieces<T>(
  items: readonly T[],
  sizes: readonly number[],
): Array<{ items: T[]; size: number }> {
  const result: Array<{ items: T[]; size: number }> = [];
  let current: T[] = [];
  let bytes = 0;
  items.forEach((item, index) => {
    current.push(item);
    bytes += sizes[index] ?? 0;
    if (bytes >= PIECE_BYTES || current.length >= PIECE_FILES) {
      result.push({ items: current, size: bytes });
      current = [];
      bytes = 0;
    }
  });
  if (current.length > 0) result.push({ items: current, size: bytes });
  return result;
}

/**
 * The pieces of a working-tree scan: small files in runs, each window of a file larger than WINDOW
 * a piece of its own (so that one huge file is read by several threads).
 */
export function treeWork(files: readonly string[], sizes: readonly number[]): ScanWork[] {
  const work: ScanWork[] = [];
  let run: string[] = [];
  let runSizes: number[] = [];
  const flush = () => {
    for (const { items, size } of pieces(run, runSizes)) work.push({ kind: "tree", files: items, size });
    run = [];
    runSizes = [];
  };
  files.forEach((file, index) => {
    const size = sizes[index] ?? 0;
    if (size <= WINDOW) {
      run.push(file);
      runSizes.push(size);
      return;
    }
    flush();
    for (const offset of windowOffsets(size))
      work.push({ kind: "window", file, offset, size: Math.min(WINDOW, size - offset) });
  });
  flush();
  return work;
}

/**
 * Worker threads for the scans of one `verify`. They are started as soon as a scan may be large, so
 * that they boot while git lists the files; `scan` uses them only when its pieces add up to a large
 * scan, and `close` stops them whatever happened.
 */
export class ScanPool {
  private readonly workers: Worker[];

  private constructor(
    private readonly source: ScannerSource,
    workers: number,
    script: URL,
  ) {
    this.workers = Array.from(
      { length: workers },
      () => new Worker(script, { workerData: { [WORKER_FLAG]: true, source } }),
    );
  }

  /** Up to `threads - 1` workers (this thread scans too); none without a bundle or with one thread. */
  static start(source: ScannerSource, threads: number): ScanPool | undefined {
    const script = bundleFile();
    return script && threads > 1 ? new ScanPool(source, threads - 1, script) : undefined;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /**
   * The pieces' results in order, one per item; undefined for a working-tree path that is not a
   * regular file. Workers take the largest pieces first, two at a time (they never wait for this thread
   * to give the next); this thread the smallest, with `local`, between their replies.
   */
  async scan(local: Scanner, work: readonly ScanWork[]): Promise<ScanResult[]> {
    const perPiece: Array<ReadonlyArray<ScanResult | null>> = [];
    const order = [...work.keys()].sort((a, b) => (work[b]?.size ?? 0) - (work[a]?.size ?? 0) || a - b);
    let front = 0;
    let back = order.length - 1;
    const listeners: Array<() => void> = [];
    const finished = this.workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inHand = 0;
          const give = () => {
            if (front > back) {
              if (inHand === 0) resolve();
              return;
            }
            const id = order[front++] ?? 0;
            const piece = work[id];
            if (!piece) return;
            inHand++;
            worker.postMessage({ id, work: piece } satisfies Request);
          };
          const onMessage = (reply: Reply) => {
            if ("error" in reply) {
              reject(reply.configuration ? new ConfigurationError(reply.error) : new Error(reply.error));
              return;
            }
            perPiece[reply.id] = reply.results;
            inHand--;
            give();
          };
          const onExit = (code: number) => {
            reject(new Error(`a scan worker stopped (exit code ${code})`));
          };
          worker.on("message", onMessage);
          worker.on("error", reject);
          worker.on("exit", onExit);
          listeners.push(() => {
            worker.off("message", onMessage);
            worker.off("error", reject);
            worker.off("exit", onExit);
          });
          give();
          give();
        }),
    );
    try {
      // Rejects as soon as a worker fails, so that this thread stops too; never resolves.
      const failed = Promise.race(
        finished.map((done) => done.then(() => new Promise<never>(() => undefined))),
      );
      failed.catch(() => undefined);
      while (front <= back) {
        const id = order[back--] ?? 0;
        const piece = work[id];
        if (piece) perPiece[id] = await Promise.race([scanPiece(local, this.source.root, piece), failed]);
        // Let the workers' replies in before the next piece.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(finished);
    } finally {
      for (const remove of listeners) remove();
    }
    return perPiece.flatMap((results) => results.map((result) => result ?? undefined));
  }
}

/**
 * Scans the pieces on the pool when there is one and the scan is large (`parallel`), else here, one
 * after the other: the same code, the same results.
 */
export async function scanPieces(
  pool: ScanPool | undefined,
  local: Scanner,
  root: string,
  work: readonly ScanWork[],
  parallel: boolean,
): Promise<ScanResult[]> {
  if (pool && parallel && work.length > 1) return pool.scan(local, work);
  const results: ScanResult[] = [];
  for (const piece of work) results.push(...(await scanPiece(local, root, piece)));
  return results;
}

async function scanPiece(scanner: Scanner, root: string, work: ScanWork): Promise<ScanResult[]> {
  switch (work.kind) {
    case "tree":
      return work.files.map((file) => scanTreeFile(scanner, root, file));
    case "window":
      return [scanWindow(scanner, root, work.file, work.offset)];
    case "blobs":
      return scanGitBlobs(scanner, root, work.blobs, work.historic);
  }
}

/** A worker's life: build the scanner once, then answer each piece with its results. */
export function serveScans(): void {
  const { source } = workerData as { source: ScannerSource };
  const port = parentPort;
  if (!port) return;
  const { scanner } = loadScanner(source);
  port.on("message", (request: Request) => {
    scanPiece(scanner, source.root, request.work).then(
      (results) => {
        port.postMessage({
          id: request.id,
          results: results.map((result) => result ?? null),
        } satisfies Reply);
      },
      (error: unknown) => {
        port.postMessage({
          id: request.id,
          error: describeUnknown(error),
          configuration: error instanceof ConfigurationError,
        } satisfies Reply);
      },
    );
  });
}
