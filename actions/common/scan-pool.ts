/**
 * Large scans on every core. Worker threads run the very bundle that started them (an entry point asks
 * `isScanWorker()` of scan-worker.ts first), each builds the same scanner from the same repository files, and reads and
 * scans its share of the files itself (working-tree paths or git blob ids: no file content crosses
 * threads). Results come back per file and are put in input order, so any number of threads gives the
 * same findings in the same order as one.
 *
 * The pieces are handed out as they are made: the walk of the tree goes on between this thread's own
 * files, and a worker that has booted gets its next piece as soon as it answers (this thread reads the
 * answers between files, without waiting for its event loop). A scan that is over before the workers
 * have booted never waits for them: small scans stay on one thread by themselves.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  MessageChannel,
  Worker,
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from "node:worker_threads";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import type { Scanner } from "../lib/scan/scanner.js";
import type { PathBlob } from "./git.js";
import { SCAN_WORKER_ARGUMENT, SCAN_WORKER_FLAG } from "./scan-worker.js";
import {
  joinWindows,
  loadScanner,
  scanGitBlobs,
  scanTreeFile,
  scanWindow,
  windowOffsets,
  type LargeFile,
  type ScannedFile,
  type ScannedWindow,
  type ScannerSource,
} from "./scan-files.js";

/** What one file gives: its result, or nothing (not a regular file). */
export type ScanResult = ScannedFile | undefined;

export type ScanWork =
  | { kind: "tree"; files: string[] }
  | { kind: "window"; file: string; offset: number }
  | { kind: "blobs"; blobs: PathBlob[]; historic: boolean };

/** One item's result as it crosses threads (null: not a regular file). */
type ItemResult = ScannedFile | ScannedWindow | LargeFile | null;

interface Request {
  id: number;
  work: ScanWork;
}

type Reply =
  | { ready: true }
  | { id: number; results: ItemResult[] }
  | { id: number; error: string; configuration: boolean };

interface SharedData {
  [SCAN_WORKER_FLAG]: true;
  source: ScannerSource;
  /** Where the worker answers: this thread reads it between its own files. */
  replies: MessagePort;
  /** Counts the answers, so that this thread can sleep until the next one when it has nothing to do. */
  signal: Int32Array;
}

/** Git blobs smaller than this in all stay on this thread: booting workers costs more than it saves. */
export const PARALLEL_BYTES = 8 << 20;
/** Blobs are handed out in pieces of about this size (one `git cat-file` each). */
const PIECE_BYTES = 2 << 20;
const PIECE_FILES = 256;
/** Working-tree files go in pieces of this many (their sizes are not known before they are opened). */
const TREE_PIECE_FILES = 32;
/** Pieces a worker holds: enough to go on while this thread reads a large file of its own. */
const PREFETCH = 4;
/**
 * Pieces a worker holds when the next is a window: one to scan and one to go on with. A window is a
 * large piece, and the scan ends only when the last is done: more in one worker's hand keep the others
 * waiting at the end.
 */
const WINDOW_PREFETCH = 2;

/** Threads a `verify` may use: `requested`, or (0) one per core, at most 8. */
export function threadsFor(requested: number): number {
  return requested > 0 ? requested : Math.min(availableParallelism(), 8);
}

/** Whether blobs of `bytes` in all go to the workers: always when threads were asked for, else when large. */
export function isLargeScan(requested: number, bytes: number): boolean {
  return requested > 1 || (requested === 0 && bytes >= PARALLEL_BYTES);
}

/**
 * The running bundle's entry point, when it is one: this module may sit in a chunk, and ncc writes
 * every chunk beside the entry, index.js. The TypeScript sources (under ts-jest) cannot start workers.
 */
function bundleFile(): string | undefined {
  // A path, not `new URL("index.js", import.meta.url)`: webpack would take that for an asset to copy.
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".js") ? path.join(path.dirname(here), "index.js") : undefined;
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

/** Working-tree files in pieces, made as the files come (a walk goes on while the first are scanned). */
export function* treePieces(files: Iterable<string>): Generator<ScanWork> {
  let batch: string[] = [];
  for (const file of files) {
    batch.push(file);
    if (batch.length >= TREE_PIECE_FILES) {
      yield { kind: "tree", files: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { kind: "tree", files: batch };
}

interface PoolWorker {
  worker: Worker;
  replies: MessagePort;
  ready: boolean;
  inHand: number;
}

/** A piece handed out, its results when back, and where the windows of its large files went. */
interface Piece {
  work: ScanWork;
  results?: ItemResult[];
  windows?: Map<number, number[]>;
}

/**
 * Worker threads for the scans of one `verify`. They are started as soon as a scan may be large, so
 * that they boot while git lists the files; `close` stops them whatever happened.
 */
export class ScanPool {
  private readonly workers: PoolWorker[];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private failure: Error | undefined;

  private constructor(
    private readonly source: ScannerSource,
    workers: number,
    script: string,
  ) {
    this.workers = Array.from({ length: workers }, () => {
      const channel = new MessageChannel();
      const data: SharedData = {
        [SCAN_WORKER_FLAG]: true,
        source,
        replies: channel.port2,
        signal: this.signal,
      };
      const worker = new Worker(script, {
        argv: [SCAN_WORKER_ARGUMENT],
        workerData: data,
        transferList: [channel.port2],
      });
      worker.on("error", (error) => (this.failure ??= error));
      worker.on("exit", (code) => (this.failure ??= new Error(`a scan worker stopped (exit code ${code})`)));
      return { worker, replies: channel.port1, ready: false, inHand: 0 };
    });
  }

  /** Up to `threads - 1` workers (this thread scans too); none without a bundle or with one thread. */
  static start(source: ScannerSource, threads: number): ScanPool | undefined {
    const script = bundleFile();
    return script && threads > 1 ? new ScanPool(source, threads - 1, script) : undefined;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
    for (const entry of this.workers) entry.replies.close();
  }

  /**
   * The results of every file of the pieces, in order. This thread scans pieces too; a large file
   * (more than one window) found by any thread comes back as such, and its windows become pieces of
   * their own, handed out before the rest.
   */
  async scan(local: Scanner, source: Iterator<ScanWork>): Promise<ScanResult[]> {
    const handedOut: Piece[] = [];
    const inOrder: number[] = [];
    const windowsFirst: number[] = [];
    let exhausted = false;
    // Workers take windows first; this thread, which answers them between its files, takes files first
    // (a window read here would keep their next piece waiting).
    const take = (forWorker: boolean): number | undefined => {
      if (forWorker || exhausted) {
        const window = windowsFirst.shift();
        if (window !== undefined || exhausted) return window;
      }
      const next = source.next();
      if (next.done) {
        exhausted = true;
        return windowsFirst.shift();
      }
      inOrder.push(handedOut.push({ work: next.value }) - 1);
      return handedOut.length - 1;
    };
    // A large file's windows become pieces as soon as the file is seen to be large: on this thread,
    // before the rest of its piece is scanned, so that a worker waiting for work gets them at once.
    const addWindows = (piece: Piece, index: number, result: ItemResult) => {
      if (!result || !("large" in result) || piece.work.kind !== "tree") return;
      const file = piece.work.files[index] ?? "";
      const ids = windowOffsets(result.large).map(
        (offset) => handedOut.push({ work: { kind: "window", file, offset } }) - 1,
      );
      windowsFirst.push(...ids);
      (piece.windows ??= new Map()).set(index, ids);
    };
    /** A worker's answer: its piece's results, and the windows of the large files among them. */
    const answered = (id: number, results: ItemResult[]) => {
      const piece = handedOut[id];
      if (!piece) return;
      piece.results = results;
      results.forEach((result, index) => {
        addWindows(piece, index, result);
      });
    };
    const give = (entry: PoolWorker) => {
      while (entry.ready && entry.inHand < (windowsFirst.length > 0 ? WINDOW_PREFETCH : PREFETCH)) {
        const id = take(true);
        const piece = id === undefined ? undefined : handedOut[id];
        if (id === undefined || !piece) return;
        entry.inHand++;
        entry.worker.postMessage({ id, work: piece.work } satisfies Request);
      }
    };
    const poll = () => {
      for (const entry of this.workers) {
        for (let message = receiveMessageOnPort(entry.replies); message;) {
          const reply = message.message as Reply;
          if ("ready" in reply) entry.ready = true;
          else if ("error" in reply)
            // Thrown by the loop below: this may run inside git's stream callbacks.
            this.failure ??= reply.configuration
              ? new ConfigurationError(reply.error)
              : new Error(reply.error);
          else {
            entry.inHand--;
            answered(reply.id, reply.results);
          }
          message = receiveMessageOnPort(entry.replies);
        }
        give(entry);
      }
    };
    for (;;) {
      if (this.failure) throw this.failure;
      const seen = Atomics.load(this.signal, 0);
      poll();
      const id = take(false);
      const piece = id === undefined ? undefined : handedOut[id];
      if (id !== undefined && piece) {
        const after = (index: number, result: ItemResult) => {
          addWindows(piece, index, result);
          poll();
        };
        piece.results = await scanPiece(local, this.source.root, piece.work, true, after);
        continue;
      }
      if (this.workers.every((entry) => entry.inHand === 0)) break;
      // Nothing left to take: sleep until a worker answers (or a moment, to notice one that failed).
      await Atomics.waitAsync(this.signal, 0, seen, 100).value;
    }
    return inOrder.flatMap((id) => {
      const piece = handedOut[id];
      return (piece?.results ?? []).map((result, index) => {
        const windows = piece?.windows?.get(index);
        if (!windows) return fileResult(result);
        return joinWindows(windows.map((window) => handedOut[window]?.results?.[0]).filter(isWindow));
      });
    });
  }
}

/**
 * Scans the pieces on the pool when there is one, else here, one after the other: the same code, the
 * same results.
 */
export async function scanPieces(
  pool: ScanPool | undefined,
  local: Scanner,
  root: string,
  source: Iterable<ScanWork>,
): Promise<ScanResult[]> {
  if (pool) return pool.scan(local, source[Symbol.iterator]());
  const results: ScanResult[] = [];
  for (const piece of source)
    results.push(...(await scanPiece(local, root, piece, false, () => undefined)).map(fileResult));
  return results;
}

const isWindow = (result: ItemResult | undefined): result is ScannedWindow =>
  !!result && "newlines" in result;

/** A file's result from an item's: nothing for a window or a large file's marker. */
function fileResult(result: ItemResult | undefined): ScanResult {
  return result && !("large" in result) && !isWindow(result) ? result : undefined;
}

/**
 * One piece's results, one per item. `split`: a large working-tree file comes back as such (its
 * windows are pieces of their own), else its windows are scanned here. `after` runs after each item,
 * with its index and result.
 */
async function scanPiece(
  scanner: Scanner,
  root: string,
  work: ScanWork,
  split: boolean,
  after: (index: number, result: ItemResult) => void,
): Promise<ItemResult[]> {
  switch (work.kind) {
    case "tree":
      return work.files.map((file, index) => {
        const result = scanTreeFile(scanner, root, file, split) ?? null;
        after(index, result);
        return result;
      });
    case "window":
      return [scanWindow(scanner, root, work.file, work.offset)];
    case "blobs":
      return scanGitBlobs(scanner, root, work.blobs, work.historic, after);
  }
}

/** A worker's life: build the scanner once, say so, then answer each piece with its results. */
export function serveScans(): void {
  const { source, replies, signal } = workerData as SharedData;
  if (!parentPort) return;
  const answer = (reply: Reply) => {
    replies.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const { scanner } = loadScanner(source);
  parentPort.on("message", (request: Request) => {
    scanPiece(scanner, source.root, request.work, true, () => undefined).then(
      (results) => {
        answer({ id: request.id, results });
      },
      (error: unknown) => {
        answer({
          id: request.id,
          error: describeUnknown(error),
          configuration: error instanceof ConfigurationError,
        });
      },
    );
  });
  answer({ ready: true });
}
