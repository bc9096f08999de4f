"use strict";
exports.id = 843;
exports.ids = [843,740];
exports.modules = {

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   kv: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export resolvesInside */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);
/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced. What it created is removed by created-files.ts.
 */




function identity(file) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
    return { path: file, device: stat.dev, inode: stat.ino };
}
const inside = (child, parent) => {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
};
function realRoots(roots) {
    return roots.flatMap((root) => {
        if (!root)
            return [];
        try {
            return [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root)];
        }
        catch {
            return [];
        }
    });
}
function existingAncestor(folder) {
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            return current;
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current) === current)
                return current;
        }
    }
}
/**
 * Whether a path, all its links resolved, lies inside one of the roots: a file a pull request links
 * from the workspace to elsewhere on the runner does not.
 */
function resolvesInside(file, roots) {
    let real;
    try {
        real = realpathSync(file);
    }
    catch {
        return false;
    }
    return realRoots(roots).some((root) => inside(real, root));
}
const failure = (target, options, why) => new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${options.what} (${target}) ${why}`);
/**
 * The checks `writeFileSafely` makes before it writes, on their own: so that a command can refuse its
 * target before long work whose result it would not be able to write. Throws what `writeFileSafely` would.
 */
function checkTarget(target, options) {
    const roots = realRoots(options.roots);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkFolderOf(existingAncestor(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target)), roots, fail);
    let existing;
    try {
        existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isSymbolicLink())
        fail("is a symbolic link: delete it or choose another path");
    if (existing && !(options.replace && existing.isFile()))
        fail(ALREADY_EXISTS);
}
const ALREADY_EXISTS = "already exists: choose a path that does not exist, or delete it first (in a workflow: in an earlier step)";
/** The folder, all its links resolved, must lie inside one of the roots. */
function checkFolderOf(existing, roots, fail) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(existing);
    }
    catch (error) {
        return fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    if (!roots.some((root) => inside(real, root))) {
        fail(`resolves to ${real}, outside the workspace and RUNNER_TEMP (a symbolic link in its path?): write it inside the workspace`);
    }
}
function writeFileSafely(target, content, options) {
    const roots = realRoots(options.roots);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkTarget(target, options);
    const folders = [];
    const missing = [];
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            break;
        }
        catch {
            missing.unshift(current);
        }
    }
    for (const created of missing) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(created, { mode: 0o700 });
        }
        catch (error) {
            fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
        }
        folders.unshift(identity(created));
    }
    checkFolderOf(folder, roots, fail);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, content, { mode: options.mode, flag: "wx" });
        if (options.replace)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, target);
        else {
            // A link fails when anything (a file, a link) is at the target by now; a rename would replace it.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temporary, target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        for (const created of folders) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(created.path);
            }
            catch {
                // Something else now lives there (the file that won the race): the folder stays, the error is ours.
            }
        }
        const exists = error?.code === "EEXIST";
        fail(exists ? ALREADY_EXISTS : `cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    return { file: identity(target), folders };
}


/***/ }),

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


/***/ }),

/***/ 4962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verify)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _lib_scan_dotenv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9366);
/* harmony import */ var _lib_scan_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2134);
/* harmony import */ var _lib_scan_sops_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1365);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9554);
/* harmony import */ var _scan_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9394);
/* harmony import */ var _scan_pool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9740);
/**
 * verify-no-plaintext's work, shared by the action and `secrets-actions verify`: find the files of the
 * scope (through git), read the repository's policy, gitleaks allowlist and `.sops.yaml`, scan every
 * file once, check `.gitignore`, and verify MACs when a key is given.
 */









/**
 * Explicit paths (files or folders, relative to cwd) as repository-relative files, in order, as the
 * walk finds them (so that the first are scanned while it goes on). Folder entries are taken by their
 * type, without a stat each: the scan opens each file without following links and skips what is not
 * a regular file. Every path must exist: checked before the first file comes out.
 */
function expandPaths(cwd, root, paths) {
    const items = paths.map((item) => {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, item);
        try {
            return { absolute, stat: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute) };
        }
        catch {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${absolute} does not exist`);
        }
    });
    function* visit(folder) {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name === ".git")
                continue;
            const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, entry.name);
            if (entry.isDirectory())
                yield* visit(child);
            else if (entry.isFile())
                yield (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, child));
        }
    }
    return (function* () {
        for (const { absolute, stat } of items) {
            if (stat.isDirectory())
                yield* visit(absolute);
            else if (stat.isFile())
                yield (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute));
        }
    })();
}
function* filtered(files, wanted) {
    for (const file of files)
        if (wanted(file))
            yield file;
}
/** `file` is given for current content only: its MAC can be checked with a key. */
function collect(result, collected, file) {
    collected.files++;
    collected.bytes += result.size;
    collected.findings.push(...result.findings);
    if (result.sops)
        collected.sopsFiles.push({ file, ...result.sops });
}
/** Working-tree files, on the worker threads too when there are any. */
async function scanWorkingFiles(scan, files, collected) {
    const order = [];
    const listed = (function* () {
        for (const file of files) {
            order.push(file);
            yield file;
        }
    })();
    const results = await (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.scanPieces)(scan.pool, scan.scanner, scan.source.root, (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.treePieces)(listed));
    results.forEach((result, index) => {
        if (result)
            collect(result, collected, order[index] ?? "");
    });
}
/** Objects read from git; returns each blob's result (history ties findings to their blob). */
async function scanBlobs(scan, blobs, historic) {
    // A handful of blobs (a pull request's changes, usually) is small: no need to ask git for sizes.
    const sizes = blobs.length < 64 ? blobs.map(() => 0) : await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .blobSizes */ .Iv)(scan.source.root, blobs);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const work = (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.pieces)(blobs, sizes).map(({ items }) => ({
        kind: "blobs",
        blobs: items,
        historic,
    }));
    const large = (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.isLargeScan)(scan.threads, total);
    if (large && !scan.pool)
        scan.pool = _scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.ScanPool.start(scan.source, (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.threadsFor)(scan.threads));
    const results = await (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.scanPieces)(large ? scan.pool : undefined, scan.scanner, scan.source.root, work);
    return results.map((result) => result ?? { findings: [], size: 0 });
}
async function scanCurrentBlobs(scan, blobs, collected) {
    for (const [index, result] of (await scanBlobs(scan, blobs, false)).entries())
        collect(result, collected, blobs[index]?.path ?? "");
}
/**
 * Content that is no longer in the tree: findings already reported for the current tree are dropped,
 * the others name the first commit that added the content. `sink` (a purge plan) gets the value behind
 * every reported finding of every blob, also those the tree already reported, but not those of a
 * commit the gitleaks allowlist names.
 */
async function scanHistory(scan, blobs, collected, sink) {
    const root = scan.source.root;
    const values = new Map();
    // The values are handed over on this thread, by a scan that does not use the workers: results that
    // cross threads hold no value.
    const results = sink
        ? await (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_7__/* .scanGitBlobs */ .E$)(scan.scanner, root, blobs, true, undefined, (index, found) => {
            const list = values.get(index);
            if (list)
                list.push(found);
            else
                values.set(index, [found]);
        })
        : await scanBlobs(scan, blobs, true);
    const reported = new Set(collected.findings.map((finding) => finding.fingerprint));
    const commits = new Map();
    const commitOf = async (blob) => {
        if (!commits.has(blob))
            commits.set(blob, await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .introducingCommit */ .aS)(root, blob));
        return commits.get(blob);
    };
    for (const [index, result] of results.entries()) {
        collected.files++;
        collected.bytes += result.size;
        const blob = blobs[index]?.blob ?? "";
        for (const finding of result.findings) {
            if (reported.has(finding.fingerprint))
                continue;
            reported.add(finding.fingerprint);
            const commit = await commitOf(blob);
            if (commit && scan.scanner.acceptsCommit(commit))
                continue;
            collected.findings.push(commit ? { ...finding, commit } : finding);
        }
    }
    if (!sink)
        return;
    for (const [index, found] of values) {
        const commit = await commitOf(blobs[index]?.blob ?? "");
        if (commit && scan.scanner.acceptsCommit(commit))
            continue;
        for (const value of found)
            sink({ ...value, commit });
    }
}
async function verify(options) {
    const started = performance.now();
    const scope = options.source;
    const gitRoot = await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRoot */ .Hn)(options.cwd);
    if (!gitRoot && scope.scope !== "paths") {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${options.cwd} is not a git repository: check it out with actions/checkout (git must be installed) or pass paths`);
    }
    const root = gitRoot ?? options.cwd;
    const source = {
        root,
        policyFile: options.policyFile,
        sopsConfigFile: options.sopsConfigFile,
        now: options.now,
    };
    const threads = options.threads ?? 0;
    // Workers for a scan of the whole tree start first, so that they boot while this thread reads the
    // configuration and lists the files; a scan that is over before they are up never waits for them.
    // Diffs (changed, staged) start them only when their blobs are large.
    const wholeTree = scope.scope === "all" || scope.scope === "history" || scope.scope === "paths";
    const early = wholeTree && threads !== 1 ? _scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.ScanPool.start(source, (0,_scan_pool_js__WEBPACK_IMPORTED_MODULE_8__.threadsFor)(threads)) : undefined;
    let scan;
    try {
        const { scanner, policy, sops } = (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_7__/* .loadScanner */ .pY)(source);
        scan = { source, scanner, threads, pool: early };
        const result = await verifyWith(scan, options, root, policy.source, sops?.file);
        return { ...result, seconds: (performance.now() - started) / 1000 };
    }
    finally {
        await (scan?.pool ?? early)?.close();
    }
}
async function verifyWith(scan, options, root, policySource, sopsFile) {
    const scope = options.source;
    const { scanner } = scan;
    const included = options.include.length > 0 ? (0,_lib_scan_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(options.include) : () => true;
    const wanted = (file) => included(file) && scanner.wants(file);
    const collected = { findings: [], sopsFiles: [], files: 0, bytes: 0 };
    const notes = [];
    let checkIgnore = false;
    const scanTree = async () => scanWorkingFiles(scan, (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .trackedFiles */ .O)(root)).filter(wanted), collected);
    switch (scope.scope) {
        case "all":
            checkIgnore = true;
            await scanTree();
            break;
        case "history": {
            // Listed first: a shallow clone fails before any scan.
            const blobs = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .historyBlobs */ .Tb)(root, scope.askedBy)).filter((item) => wanted(item.path));
            checkIgnore = true;
            await scanTree();
            await scanHistory(scan, blobs, collected, options.historyValues);
            break;
        }
        case "changed": {
            const files = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .changedFiles */ .Y_)(root, scope.range)).filter((file) => wanted(file.path));
            checkIgnore = files.some(({ path: file }) => file === ".gitignore" || (0,_lib_scan_dotenv_js__WEBPACK_IMPORTED_MODULE_3__/* .dotenvKind */ .Fi)(file) !== undefined);
            await scanCurrentBlobs(scan, files, collected);
            break;
        }
        case "staged": {
            // Staged paths need not exist in the work tree; a folder selects everything staged below it.
            const chosen = scope.paths?.map((item) => (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, item))));
            const selected = (file) => !chosen || chosen.some((item) => item === "" || file === item || file.startsWith(`${item}/`));
            const files = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .stagedFiles */ .KB)(root)).filter((file) => wanted(file.path) && selected(file.path));
            checkIgnore =
                !chosen && files.some(({ path: file }) => file === ".gitignore" || (0,_lib_scan_dotenv_js__WEBPACK_IMPORTED_MODULE_3__/* .dotenvKind */ .Fi)(file) !== undefined);
            await scanCurrentBlobs(scan, files, collected);
            break;
        }
        case "paths":
            await scanWorkingFiles(scan, filtered(expandPaths(options.cwd, root, scope.paths), wanted), collected);
            break;
    }
    if (checkIgnore)
        collected.findings.push(...scanner.envNotIgnored(await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .isIgnored */ .pi)(root, ".env")));
    if (options.identities.length > 0) {
        for (const sopsFile of collected.sopsFiles) {
            const checked = await (0,_lib_scan_sops_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyMac */ .JB)(sopsFile.file, sopsFile.bytes, sopsFile.format, options.identities);
            if (checked.finding)
                collected.findings.push(...scanner.accepted([checked.finding]));
            if (checked.note)
                notes.push(checked.note);
        }
    }
    return {
        root,
        findings: collected.findings,
        notes,
        files: collected.files,
        bytes: collected.bytes,
        policy: policySource,
        sopsConfig: sopsFile,
    };
}


/***/ })

};
;
//# sourceMappingURL=843.index.js.map