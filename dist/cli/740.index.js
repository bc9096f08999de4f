"use strict";
exports.id = 740;
exports.ids = [740];
exports.modules = {

/***/ 9740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARALLEL_BYTES: () => (/* binding */ PARALLEL_BYTES),
/* harmony export */   ScanPool: () => (/* binding */ ScanPool),
/* harmony export */   isLargeScan: () => (/* binding */ isLargeScan),
/* harmony export */   pieces: () => (/* binding */ pieces),
/* harmony export */   scanPieces: () => (/* binding */ scanPieces),
/* harmony export */   serveScans: () => (/* binding */ serveScans),
/* harmony export */   threadsFor: () => (/* binding */ threadsFor),
/* harmony export */   treePieces: () => (/* binding */ treePieces)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2863);
/* harmony import */ var _scan_worker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5700);
/* harmony import */ var _scan_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9394);
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







/** Git blobs smaller than this in all stay on this thread: booting workers costs more than it saves. */
const PARALLEL_BYTES = 8 << 20;
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
function threadsFor(requested) {
    return requested > 0 ? requested : Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 8);
}
/** Whether blobs of `bytes` in all go to the workers: always when threads were asked for, else when large. */
function isLargeScan(requested, bytes) {
    return requested > 1 || (requested === 0 && bytes >= PARALLEL_BYTES);
}
/**
 * The running bundle's entry point, when it is one: this module may sit in a chunk, and ncc writes
 * every chunk beside the entry, index.js. The TypeScript sources (under ts-jest) cannot start workers.
 */
function bundleFile() {
    // A path, not `new URL("index.js", import.meta.url)`: webpack would take that for an asset to copy.
    const here = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href);
    return here.endsWith(".js") ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(here), "index.js") : undefined;
}
/** Splits the work into pieces by size (`sizes[i]` of item i), keeping order. */
function pieces(items, sizes) {
    const result = [];
    let current = [];
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
    if (current.length > 0)
        result.push({ items: current, size: bytes });
    return result;
}
/** Working-tree files in pieces, made as the files come (a walk goes on while the first are scanned). */
function* treePieces(files) {
    let batch = [];
    for (const file of files) {
        batch.push(file);
        if (batch.length >= TREE_PIECE_FILES) {
            yield { kind: "tree", files: batch };
            batch = [];
        }
    }
    if (batch.length > 0)
        yield { kind: "tree", files: batch };
}
/**
 * Worker threads for the scans of one `verify`. They are started as soon as a scan may be large, so
 * that they boot while git lists the files; `close` stops them whatever happened.
 */
class ScanPool {
    source;
    workers;
    signal = new Int32Array(new SharedArrayBuffer(4));
    failure;
    constructor(source, workers, script) {
        this.source = source;
        this.workers = Array.from({ length: workers }, () => {
            const channel = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.MessageChannel();
            const data = {
                [_scan_worker_js__WEBPACK_IMPORTED_MODULE_5__/* .SCAN_WORKER_FLAG */ .Ic]: true,
                source,
                replies: channel.port2,
                signal: this.signal,
            };
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(script, {
                argv: [_scan_worker_js__WEBPACK_IMPORTED_MODULE_5__/* .SCAN_WORKER_ARGUMENT */ .r_],
                workerData: data,
                transferList: [channel.port2],
            });
            worker.on("error", (error) => (this.failure ??= error));
            worker.on("exit", (code) => (this.failure ??= new Error(`a scan worker stopped (exit code ${code})`)));
            return { worker, replies: channel.port1, ready: false, inHand: 0 };
        });
    }
    /** Up to `threads - 1` workers (this thread scans too); none without a bundle or with one thread. */
    static start(source, threads) {
        const script = bundleFile();
        return script && threads > 1 ? new ScanPool(source, threads - 1, script) : undefined;
    }
    async close() {
        await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
        for (const entry of this.workers)
            entry.replies.close();
    }
    /**
     * The results of every file of the pieces, in order. This thread scans pieces too; a large file
     * (more than one window) found by any thread comes back as such, and its windows become pieces of
     * their own, handed out before the rest.
     */
    async scan(local, source) {
        const handedOut = [];
        const inOrder = [];
        const windowsFirst = [];
        let exhausted = false;
        // Workers take windows first; this thread, which answers them between its files, takes files first
        // (a window read here would keep their next piece waiting).
        const take = (forWorker) => {
            if (forWorker || exhausted) {
                const window = windowsFirst.shift();
                if (window !== undefined || exhausted)
                    return window;
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
        const addWindows = (piece, index, result) => {
            if (!result || !("large" in result) || piece.work.kind !== "tree")
                return;
            const file = piece.work.files[index] ?? "";
            const ids = (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .windowOffsets */ .j4)(result.large).map((offset) => handedOut.push({ work: { kind: "window", file, offset } }) - 1);
            windowsFirst.push(...ids);
            (piece.windows ??= new Map()).set(index, ids);
        };
        /** A worker's answer: its piece's results, and the windows of the large files among them. */
        const answered = (id, results) => {
            const piece = handedOut[id];
            if (!piece)
                return;
            piece.results = results;
            results.forEach((result, index) => {
                addWindows(piece, index, result);
            });
        };
        const give = (entry) => {
            while (entry.ready && entry.inHand < (windowsFirst.length > 0 ? WINDOW_PREFETCH : PREFETCH)) {
                const id = take(true);
                const piece = id === undefined ? undefined : handedOut[id];
                if (id === undefined || !piece)
                    return;
                entry.inHand++;
                entry.worker.postMessage({ id, work: piece.work });
            }
        };
        const poll = () => {
            for (const entry of this.workers) {
                for (let message = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.receiveMessageOnPort)(entry.replies); message;) {
                    const reply = message.message;
                    if ("ready" in reply)
                        entry.ready = true;
                    else if ("error" in reply)
                        // Thrown by the loop below: this may run inside git's stream callbacks.
                        this.failure ??= reply.configuration
                            ? new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(reply.error)
                            : new Error(reply.error);
                    else {
                        entry.inHand--;
                        answered(reply.id, reply.results);
                    }
                    message = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.receiveMessageOnPort)(entry.replies);
                }
                give(entry);
            }
        };
        for (;;) {
            if (this.failure)
                throw this.failure;
            const seen = Atomics.load(this.signal, 0);
            poll();
            const id = take(false);
            const piece = id === undefined ? undefined : handedOut[id];
            if (id !== undefined && piece) {
                const after = (index, result) => {
                    addWindows(piece, index, result);
                    poll();
                };
                piece.results = await scanPiece(local, this.source.root, piece.work, true, after);
                continue;
            }
            if (this.workers.every((entry) => entry.inHand === 0))
                break;
            // Nothing left to take: sleep until a worker answers (or a moment, to notice one that failed).
            await Atomics.waitAsync(this.signal, 0, seen, 100).value;
        }
        return inOrder.flatMap((id) => {
            const piece = handedOut[id];
            return (piece?.results ?? []).map((result, index) => {
                const windows = piece?.windows?.get(index);
                if (!windows)
                    return fileResult(result);
                return (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .joinWindows */ .Y8)(windows.map((window) => handedOut[window]?.results?.[0]).filter(isWindow));
            });
        });
    }
}
/**
 * Scans the pieces on the pool when there is one, else here, one after the other: the same code, the
 * same results.
 */
async function scanPieces(pool, local, root, source) {
    if (pool)
        return pool.scan(local, source[Symbol.iterator]());
    const results = [];
    for (const piece of source)
        results.push(...(await scanPiece(local, root, piece, false, () => undefined)).map(fileResult));
    return results;
}
const isWindow = (result) => !!result && "newlines" in result;
/** A file's result from an item's: nothing for a window or a large file's marker. */
function fileResult(result) {
    return result && !("large" in result) && !isWindow(result) ? result : undefined;
}
/**
 * One piece's results, one per item. `split`: a large working-tree file comes back as such (its
 * windows are pieces of their own), else its windows are scanned here. `after` runs after each item,
 * with its index and result.
 */
async function scanPiece(scanner, root, work, split, after) {
    switch (work.kind) {
        case "tree":
            return work.files.map((file, index) => {
                const result = (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .scanTreeFile */ .WB)(scanner, root, file, split) ?? null;
                after(index, result);
                return result;
            });
        case "window":
            return [(0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .scanWindow */ ._e)(scanner, root, work.file, work.offset)];
        case "blobs":
            return (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .scanGitBlobs */ .E$)(scanner, root, work.blobs, work.historic, after);
    }
}
/** A worker's life: build the scanner once, say so, then answer each piece with its results. */
function serveScans() {
    const { source, replies, signal } = node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.workerData;
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.parentPort)
        return;
    const answer = (reply) => {
        replies.postMessage(reply);
        Atomics.add(signal, 0, 1);
        Atomics.notify(signal, 0);
    };
    const { scanner } = (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_6__/* .loadScanner */ .pY)(source);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.parentPort.on("message", (request) => {
        scanPiece(scanner, source.root, request.work, true, () => undefined).then((results) => {
            answer({ id: request.id, results });
        }, (error) => {
            answer({
                id: request.id,
                error: (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUnknown */ .Ee)(error),
                configuration: error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1,
            });
        });
    });
    answer({ ready: true });
}


/***/ })

};
;
//# sourceMappingURL=740.index.js.map