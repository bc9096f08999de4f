"use strict";
exports.id = 927;
exports.ids = [927];
exports.modules = {

/***/ 9554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ historyPaths),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Iv: () => (/* binding */ blobSizes),
/* harmony export */   KB: () => (/* binding */ stagedFiles),
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Tb: () => (/* binding */ historyBlobs),
/* harmony export */   Vp: () => (/* binding */ originRepository),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   Yx: () => (/* binding */ pathRevisions),
/* harmony export */   aS: () => (/* binding */ introducingCommit),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   jy: () => (/* binding */ fileRevisions),
/* harmony export */   pi: () => (/* binding */ isIgnored)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/**
 * All of verify-no-plaintext's git plumbing: tracked, changed and staged file lists, blob contents
 * through one `git cat-file --batch`, the blobs of the whole history, and `.gitignore` answers. git runs
 * through node:child_process rather than @actions/exec so that blobs stay bytes (getExecOutput decodes
 * them as UTF-8) and the CLI, which has no @actions dependency, uses the same module.
 */


const FETCH_ALL = "check out with `fetch-depth: 0` (actions/checkout) so that the commits it needs are there";
function run(cwd, args, input, onStdout) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
        const stdout = [];
        const stderr = [];
        child.stdout.on("data", (chunk) => {
            if (onStdout)
                onStdout(chunk);
            else
                stdout.push(chunk);
        });
        child.stderr.on("data", (chunk) => stderr.push(chunk));
        child.on("error", (error) => {
            reject(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cannot be run (${error.message}): install git on the runner`));
        });
        child.on("close", (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString() });
        });
        child.stdin.on("error", () => undefined);
        child.stdin.end(input ?? "");
    });
}
async function git(cwd, args, input) {
    const result = await run(cwd, args, input);
    if (result.code !== 0) {
        const reason = (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git ${args[0] ?? ""} failed in ${cwd}: ${reason}`);
    }
    return result.stdout;
}
function nulList(output) {
    return output
        .toString("utf8")
        .split("\0")
        .filter((item) => item !== "");
}
/** Every path that any commit reachable from HEAD added, modified or renamed to. */
async function historyPaths(root) {
    const output = await git(root, ["log", "--format=", "--name-only", "--diff-filter=AMR", "-z", "HEAD"]);
    return [
        ...new Set(nulList(output)
            .map((item) => item.replace(/^\n+/, ""))
            .filter((item) => item !== "")),
    ].sort();
}
/** `owner/name` of the `origin` remote when it is a GitHub-style URL (https or ssh), else undefined. */
async function originRepository(root) {
    const result = await run(root, ["remote", "get-url", "origin"]);
    if (result.code !== 0)
        return undefined;
    const url = result.stdout.toString("utf8").trim();
    return /[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}
/** The repository's top folder, or undefined outside a git work tree. */
async function repositoryRoot(cwd) {
    const result = await run(cwd, ["rev-parse", "--show-toplevel"]);
    return result.code === 0 ? result.stdout.toString().trim() : undefined;
}
/** The commit checked out in `cwd`, or undefined outside a git work tree (or before a first commit). */
async function headCommit(cwd) {
    const result = await run(cwd, ["rev-parse", "--verify", "HEAD"]);
    const sha = result.stdout.toString().trim();
    return result.code === 0 && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
}
async function trackedFiles(root) {
    return nulList(await git(root, ["ls-files", "-z"]));
}
/**
 * `git diff --raw -z` entries: `:<modes> <old> <new> <status>\0<path>\0`. Paths are NUL-separated, so a
 * path with a line break is one path like any other; the new blob id is what is read.
 */
function rawDiffBlobs(output) {
    const fields = output.toString("utf8").split("\0");
    const entries = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
        const header = fields[index] ?? "";
        const file = fields[index + 1] ?? "";
        const blob = header.split(" ")[3];
        if (!header.startsWith(":") || !blob || file === "")
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git diff printed an entry this action cannot read: ${header.slice(0, 80)}`);
        // Submodules (mode 160000) have no blob to scan.
        if (header.split(" ")[1] !== "160000")
            entries.push({ path: file, blob });
    }
    return entries;
}
/** What is staged in the index: added or modified files and their index blobs. */
async function stagedFiles(root) {
    return rawDiffBlobs(await git(root, ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=d"]));
}
async function isShallow(root) {
    return (await git(root, ["rev-parse", "--is-shallow-repository"])).toString().trim() === "true";
}
async function hasCommit(root, sha) {
    return (await run(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}
/**
 * The files a pull request or merge group changes: added or modified between the merge base of base
 * and head, and head. Missing commits are an error, never an empty (passing) list.
 */
async function changedFiles(root, range) {
    for (const [what, sha] of [
        ["head", range.head],
        ["base", range.base],
    ]) {
        if (!(await hasCommit(root, sha))) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the ${what} commit ${sha.slice(0, 12)} is not in the clone: ${FETCH_ALL}` +
                (what === "head" ? " and the pull request head is checked out or fetched" : ""));
        }
    }
    const mergeBase = await run(root, ["merge-base", range.base, range.head]);
    if (mergeBase.code !== 0) {
        const shallow = await isShallow(root);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no merge base of ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}${shallow ? " in this shallow clone" : ""}: ${FETCH_ALL}`);
    }
    const base = mergeBase.stdout.toString().trim();
    return rawDiffBlobs(await git(root, [
        "diff",
        "--raw",
        "-z",
        "--no-renames",
        "--no-abbrev",
        "--diff-filter=d",
        base,
        range.head,
    ]));
}
/**
 * Every blob reachable from HEAD, once, with a path it had. A shallow clone would hide some: an error,
 * worded for the action's `scope: history` or the command line's `--history` (`askedBy`).
 * `rev-list --objects` ends each entry with a line break and does not quote paths, so a line that does
 * not start with an object id continues the previous entry's path.
 */
async function historyBlobs(root, askedBy = "action") {
    if (await isShallow(root))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(askedBy === "action"
            ? `scope: history needs the whole history: ${FETCH_ALL}`
            : `--history needs the whole history, and this shallow clone's is incomplete: run \`git fetch --unshallow\` first (in a workflow: ${FETCH_ALL})`);
    const text = (await git(root, ["rev-list", "--objects", "--filter=object:type=blob", "HEAD"])).toString("utf8");
    const blobs = [];
    let last;
    for (const line of text.split("\n")) {
        const entry = /^([0-9a-f]{40}|[0-9a-f]{64})(?: (.*))?$/.exec(line);
        if (entry) {
            last = entry[2] === undefined ? undefined : { blob: entry[1] ?? "", path: entry[2] };
            if (last)
                blobs.push(last);
        }
        else if (last && line !== "") {
            last.path += `\n${line}`;
        }
    }
    return blobs;
}
/** The first commit reachable from HEAD that added this blob (for messages and SARIF). */
async function introducingCommit(root, blob) {
    const output = await git(root, ["log", "--format=%H", "--reverse", `--find-object=${blob}`, "HEAD"]);
    return (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(output.toString()) || undefined;
}
/**
 * Reads blobs by id through one `git cat-file --batch` and hands each to `onBlob` as it arrives, so that
 * a long history never sits in memory at once. A blob git cannot give is an error, never a skip: a
 * check that silently reads nothing would pass.
 */
async function readBlobs(root, blobs, onBlob) {
    const unreadable = (index) => {
        const file = blobs[index]?.path ?? "";
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${JSON.stringify(file)} (blob ${(blobs[index]?.blob ?? "").slice(0, 12)}) cannot be read from git: ${FETCH_ALL}`);
    };
    let index = 0;
    let header = [];
    let body;
    let filled = 0;
    // After a body comes one LF, then the next header.
    let skipNewline = false;
    const onChunk = (chunk) => {
        let at = 0;
        while (at < chunk.length) {
            if (skipNewline) {
                skipNewline = false;
                at++;
                continue;
            }
            if (body) {
                const take = Math.min(body.length - filled, chunk.length - at);
                chunk.copy(body, filled, at, at + take);
                filled += take;
                at += take;
                if (filled === body.length) {
                    onBlob(index++, body);
                    body = undefined;
                    skipNewline = true;
                }
                continue;
            }
            const newline = chunk.indexOf(10, at);
            if (newline === -1) {
                header.push(chunk.subarray(at));
                return;
            }
            header.push(chunk.subarray(at, newline));
            const line = Buffer.concat(header).toString("utf8");
            header = [];
            at = newline + 1;
            const size = /^[0-9a-f]+ (?:blob|tree|commit|tag) (\d+)$/.exec(line)?.[1];
            if (size === undefined) {
                unreadable(index);
            }
            else {
                body = Buffer.alloc(Number(size));
                filled = 0;
                if (body.length === 0) {
                    onBlob(index++, body);
                    body = undefined;
                    skipNewline = true;
                }
            }
        }
    };
    for (const [index, entry] of blobs.entries())
        if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(entry.blob))
            unreadable(index);
    let failure;
    const result = await run(root, ["cat-file", "--batch"], blobs.map((entry) => `${entry.blob}\n`).join(""), (chunk) => {
        if (failure !== undefined)
            return;
        try {
            onChunk(chunk);
        }
        catch (error) {
            failure = error instanceof Error ? error : new Error(String(error));
        }
    });
    if (failure !== undefined)
        throw failure;
    if (index < blobs.length)
        unreadable(index);
    if (result.code !== 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cat-file failed in ${root}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr)}`);
}
/**
 * The size of each blob, from one `git cat-file --batch-check` (no content is read): what decides
 * whether a scan is large enough for worker threads. A blob git does not have counts 0 here; reading it
 * is what fails, loudly.
 */
async function blobSizes(root, blobs) {
    const result = await run(root, ["cat-file", "--batch-check"], blobs.map((entry) => `${entry.blob}\n`).join(""));
    if (result.code !== 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cat-file failed in ${root}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr)}`);
    const sizes = result.stdout
        .toString("utf8")
        .split("\n")
        .slice(0, blobs.length)
        .map((line) => Number(/^[0-9a-f]+ blob (\d+)$/.exec(line)?.[1] ?? 0));
    return blobs.map((_, index) => sizes[index] ?? 0);
}
/** Whether git ignores the path (`--no-index`: a tracked .env still counts as not ignored by .gitignore). */
async function isIgnored(root, file) {
    const result = await run(root, ["check-ignore", "-q", "--no-index", "--", file]);
    if (result.code > 1)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git check-ignore failed in ${root}: ${result.stderr.trim()}`);
    return result.code === 0;
}
/** The commits of a `git log -z --raw --format=%x01%H %cI`: each commit's hash, date and raw fields. */
function logRecords(output) {
    return output
        .toString("utf8")
        .split("\x01")
        .slice(1)
        .map((record) => {
        const headerEnd = record.indexOf("\0");
        const [commit = "", date = ""] = record
            .slice(0, headerEnd === -1 ? record.length : headerEnd)
            .trim()
            .split(" ");
        return {
            commit,
            date,
            fields: record
                .slice(headerEnd + 1)
                .replace(/^\n/, "")
                .split("\0"),
        };
    });
}
/**
 * Every revision of each of these paths reachable from HEAD, oldest first, from one `git log` for all
 * of them (renames are not followed: each path stands for itself). A shallow clone gives what it has.
 */
async function pathRevisions(root, paths) {
    const found = new Map(paths.map((file) => [file, []]));
    if (paths.length === 0)
        return found;
    const output = await git(root, [
        "log",
        "--raw",
        "--no-renames",
        "--no-abbrev",
        "-z",
        "--diff-filter=AM",
        "--format=%x01%H %cI",
        "--",
        ...paths.map((file) => `:(literal)${file}`),
    ]);
    for (const { commit, date, fields } of logRecords(output)) {
        // Pairs of `:<modes> <old> <new> <status>` and the path.
        for (let index = 0; index + 1 < fields.length; index += 2) {
            const header = fields[index] ?? "";
            const file = fields[index + 1] ?? "";
            const blob = header.split(" ")[3];
            if (header.startsWith(":") && blob)
                found.get(file)?.push({ commit, date, path: file, blob });
        }
    }
    for (const revisions of found.values())
        revisions.reverse();
    return found;
}
/**
 * Every revision of a file reachable from HEAD, oldest first, following renames, from one `git log`.
 * A shallow clone would cut the history short: an error that says `fetch-depth: 0`.
 */
async function fileRevisions(root, file) {
    if (await isShallow(root))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the history of ${JSON.stringify(file)} is cut short in this shallow clone: ${FETCH_ALL}`);
    const output = await git(root, [
        "log",
        "--follow",
        "--raw",
        "--no-abbrev",
        "-z",
        "--diff-filter=AMR",
        "--format=%x01%H %cI",
        "--",
        file,
    ]);
    const revisions = [];
    for (const { commit, date, fields } of logRecords(output)) {
        // `:<modes> <old> <new> <status>` then the path (two paths for a rename: old, new).
        const header = fields[0] ?? "";
        const blob = header.split(" ")[3];
        const renamed = (header.split(" ")[4] ?? "").startsWith("R");
        const path = renamed ? fields[2] : fields[1];
        if (!header.startsWith(":") || !blob || !path)
            continue;
        revisions.push({ commit, date, path, blob });
    }
    return revisions.reverse();
}


/***/ }),

/***/ 7958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aU: () => (/* binding */ readSopsConfig),
/* harmony export */   ah: () => (/* binding */ locateSopsConfig)
/* harmony export */ });
/* unused harmony export SOPS_CONFIG_NAME */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _lib_sops_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9516);
/**
 * Finding and reading `.sops.yaml` as sops does: an explicit file, or the nearest one in the starting
 * folder or a folder above it. Shared by verify-no-plaintext, rotate-reminder and the CLI.
 */




const SOPS_CONFIG_NAME = ".sops.yaml";
/** sops stops looking after this many parent folders. */
const MAX_DEPTH = 100;
/**
 * The config file for `from`: `explicit` (resolved against `from`; an error naming `what` when it does
 * not exist), else the nearest `.sops.yaml` upward, else undefined.
 */
function locateSopsConfig(from, explicit) {
    if (explicit) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from, explicit.file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${explicit.what}: ${explicit.file} does not exist in ${from}`);
        return file;
    }
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from);
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, SOPS_CONFIG_NAME);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** Reads and parses a config; `name` is how messages call it (a repository-relative path). */
function readSopsConfig(file, name = file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} cannot be read: check the file and its permissions`);
    }
    return { config: (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSopsConfig */ .V_)(text, name), file, dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file) };
}


/***/ }),

/***/ 4109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   GC: () => (/* binding */ shortRecipient),
/* harmony export */   gZ: () => (/* binding */ isRecipient),
/* harmony export */   m5: () => (/* binding */ looksLikeIdentity),
/* harmony export */   y: () => (/* binding */ RecipientNames)
/* harmony export */ });
/* unused harmony export namesFromSopsConfig */
/**
 * Who a recipient is. SOPS files name their readers by key only; people, teams and CI are named in the
 * policy file's `recipients:` and in comments beside the recipients of `.sops.yaml`
 * (`- age1… # alice laptop`). The policy file wins where both name a recipient; a recipient nobody
 * named is shown by its first 12 characters.
 */
/** An age recipient (classic or post-quantum) or a PGP fingerprint: what SOPS files name as master keys. */
function isRecipient(text) {
    return /^age1(?:pq1)?[02-9ac-hj-np-z]{20,}$/.test(text) || /^[0-9A-Fa-f]{40}$/.test(text);
}
const RECIPIENT_IN_TEXT = /\bage1(?:pq1)?[02-9ac-hj-np-z]{20,}|\b[0-9A-Fa-f]{40}\b/g;
/** How an unnamed recipient is shown. */
const UNNAMED_LENGTH = 12;
/** Text that starts like an age identity (a secret key) where a recipient was expected: never quoted back. */
const looksLikeIdentity = (text) => /^\s*AGE-SECRET-KEY-/i.test(text);
function shortRecipient(recipient) {
    return recipient.slice(0, UNNAMED_LENGTH);
}
/** PGP fingerprints compare without regard to case: the form recipients are compared in. */
function canonical(recipient) {
    return /^[0-9A-Fa-f]{40}$/.test(recipient) ? recipient.toUpperCase() : recipient;
}
/** Names from comments on the lines of `.sops.yaml` that hold recipients: `age1… # alice laptop`. */
function namesFromSopsConfig(text) {
    const names = new Map();
    for (const line of text.split("\n")) {
        const hash = line.search(/\s#/);
        if (hash < 0)
            continue;
        const name = line
            .slice(hash)
            .replace(/^\s*#+\s*/, "")
            .trim();
        if (name === "")
            continue;
        for (const recipient of line.slice(0, hash).match(RECIPIENT_IN_TEXT) ?? [])
            names.set(canonical(recipient), name);
    }
    return names;
}
class RecipientNames {
    nameByRecipient = new Map();
    recipientsByName = new Map();
    constructor(policy, sopsConfigText) {
        for (const [recipient, name] of namesFromSopsConfig(sopsConfigText ?? ""))
            this.add(name, recipient);
        for (const [name, recipients] of policy ?? [])
            for (const recipient of recipients)
                this.add(name, recipient);
    }
    add(name, recipient) {
        const key = canonical(recipient);
        const previous = this.nameByRecipient.get(key);
        if (previous !== undefined) {
            const list = this.recipientsByName.get(previous) ?? [];
            this.recipientsByName.set(previous, list.filter((item) => item !== key));
            if (this.recipientsByName.get(previous)?.length === 0)
                this.recipientsByName.delete(previous);
        }
        this.nameByRecipient.set(key, name);
        this.recipientsByName.set(name, [...(this.recipientsByName.get(name) ?? []), key]);
    }
    /** Whether anyone named this recipient. */
    isNamed(recipient) {
        return this.nameByRecipient.has(canonical(recipient));
    }
    /** The recipient's name, or its first 12 characters. */
    nameOf(recipient) {
        return this.nameByRecipient.get(canonical(recipient)) ?? shortRecipient(recipient);
    }
    /** Every name with its recipients, names in order. */
    entries() {
        return [...this.recipientsByName]
            .map(([name, recipients]) => ({ name, recipients }))
            .sort((a, b) => a.name.localeCompare(b.name));
    }
    /**
     * The recipients a command line means: a name, a recipient, or the 12-character prefix an unnamed
     * recipient is shown by (among `known`, the recipients the files hold). Undefined when it means none.
     */
    resolve(nameOrRecipient, known) {
        const byName = this.recipientsByName.get(nameOrRecipient);
        if (byName)
            return byName;
        const wanted = canonical(nameOrRecipient);
        const all = new Set([...known].map(canonical));
        if (isRecipient(nameOrRecipient) && (all.has(wanted) || this.nameByRecipient.has(wanted)))
            return [wanted];
        const byPrefix = [...all].filter((recipient) => !this.isNamed(recipient) &&
            nameOrRecipient.length >= UNNAMED_LENGTH &&
            recipient.startsWith(nameOrRecipient));
        return byPrefix.length === 1 ? byPrefix : undefined;
    }
}


/***/ }),

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ lineStartAt),
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   Ei: () => (/* binding */ ByteLines),
/* harmony export */   R8: () => (/* binding */ Occurrences),
/* harmony export */   bS: () => (/* binding */ asBuffer),
/* harmony export */   fT: () => (/* binding */ lineEndAt),
/* harmony export */   oS: () => (/* binding */ LineBounds),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Where a needle occurs in a text or in bytes (`search(from)`: the next occurrence at or after `from`,
 * or -1), collected on first use (once per text), and how many occurrences come before an offset by
 * binary search: many questions about one text cost O(log n) each.
 */
class Occurrences {
    search;
    found;
    constructor(search) {
        this.search = search;
    }
    /** Offsets of every occurrence, in order. */
    all() {
        if (!this.found) {
            const found = [];
            for (let at = this.search(0); at !== -1; at = this.search(at + 1))
                found.push(at);
            this.found = found;
        }
        return this.found;
    }
    /** How many occurrences start before `index` (`inclusive`: at or before). */
    countBefore(index, inclusive = false) {
        const offsets = this.all();
        let low = 0;
        let high = offsets.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            const offset = offsets[middle] ?? Infinity;
            if (offset < index || (inclusive && offset === index))
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
    /** The last occurrence that starts at or before `index`, or -1. */
    lastAtOrBefore(index) {
        return this.all()[this.countBefore(index, true) - 1] ?? -1;
    }
}
/**
 * Line numbers and bounds of a text in O(log n) each, from its newline offsets (collected on first use,
 * once per text): a file with many findings costs the same per finding wherever they are.
 */
class LineIndex {
    text;
    newlines;
    constructor(text) {
        this.text = text;
        this.newlines = new Occurrences((from) => text.indexOf("\n", from));
    }
    offsets() {
        return this.newlines.all();
    }
    /** The 1-based line of the character at `index`: one more than the newlines before it. */
    lineOf(index) {
        return this.newlines.countBefore(index) + 1;
    }
    /** Offset of the first character of a 1-based line. */
    startOf(line) {
        return line <= 1 ? 0 : (this.offsets()[line - 2] ?? this.text.length) + 1;
    }
    /** Offset of the newline that ends a 1-based line (or the text's end). */
    endOf(line) {
        return this.offsets()[line - 1] ?? this.text.length;
    }
    /** A 1-based line's text, without its newline. */
    line(line) {
        return this.text.slice(this.startOf(line), this.endOf(line));
    }
}
const NEWLINE = 10;
/** The bytes as a Buffer (no copy): Buffer's indexOf is memchr, twice as fast as Uint8Array's. */
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Offset of the first byte of the line holding `index`. */
function lineStartAt(bytes, index) {
    return index <= 0 ? 0 : bytes.lastIndexOf(NEWLINE, index - 1) + 1;
}
/** Offset of the newline ending the line holding `index` (or the end). */
function lineEndAt(bytes, index) {
    const end = bytes.indexOf(NEWLINE, index);
    return end === -1 ? bytes.length : end;
}
/** Newlines (LF bytes) in `bytes[from, to)`; nothing past `to` is read (it may be a long line's rest). */
function countNewlines(bytes, from, to) {
    const window = bytes.subarray(0, Math.max(from, to));
    let count = 0;
    for (let at = window.indexOf(NEWLINE, from); at !== -1; at = window.indexOf(NEWLINE, at + 1))
        count++;
    return count;
}
/**
 * The start and end of the line around an offset, for callers that ask about many offsets in turn: the
 * last line found is kept, so that the next question about it costs nothing. Hits on one long line (a
 * minified file's) would otherwise each search back to its start and on to its end: quadratic.
 */
class LineBounds {
    bytes;
    start = 0;
    /** The newline that ends the kept line (or the end of the bytes); -1 before the first question. */
    end = -1;
    constructor(bytes) {
        this.bytes = bytes;
    }
    keep(index) {
        if (this.end !== -1 && index >= this.start && index <= this.end)
            return;
        this.start = lineStartAt(this.bytes, index);
        this.end = lineEndAt(this.bytes, index);
    }
    /** Offset of the first byte of the line holding `index`. */
    startAt(index) {
        this.keep(index);
        return this.start;
    }
    /** Offset of the newline ending the line holding `index` (or the end). */
    endAt(index) {
        this.keep(index);
        return this.end;
    }
}
/**
 * Line numbers and bounds straight from the bytes, for the few places a scan reports: newlines are
 * counted from the last place asked about, so a file is walked at most once for its findings in order,
 * and no offsets are collected for a file that has none.
 */
class ByteLines {
    /** A known line start: offset and 1-based line number. */
    offset = 0;
    line = 1;
    bytes;
    around;
    /** The starts of the lines asked about, so that asking again for their bounds costs nothing. */
    starts = new Map();
    constructor(bytes) {
        this.bytes = asBuffer(bytes);
        this.around = new LineBounds(this.bytes);
    }
    /** Offset of the first byte of the line holding `index`. */
    startAt(index) {
        return this.around.startAt(index);
    }
    /** Offset of the newline ending the line holding `index` (or the end). */
    endAt(index) {
        return this.around.endAt(index);
    }
    /** The 1-based line of the byte at `index`. */
    lineOf(index) {
        const start = this.startAt(index);
        this.line +=
            start >= this.offset
                ? countNewlines(this.bytes, this.offset, start)
                : -countNewlines(this.bytes, start, this.offset);
        this.offset = start;
        this.starts.set(this.line, start);
        return this.line;
    }
    /** Start and end (its newline) of a 1-based line; the end of the bytes for a line past the last. */
    bounds(line) {
        const known = this.starts.get(line);
        if (known !== undefined)
            return { start: known, end: this.endAt(known) };
        while (this.line > line && this.offset > 0) {
            this.offset = this.startAt(this.offset - 1);
            this.line--;
        }
        while (this.line < line) {
            const end = this.bytes.indexOf(NEWLINE, this.offset);
            if (end === -1)
                return { start: this.bytes.length, end: this.bytes.length };
            this.offset = end + 1;
            this.line++;
        }
        return { start: this.offset, end: this.endAt(this.offset) };
    }
}


/***/ }),

/***/ 8393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
/** Text matched literally inside a regular expression built at run time. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}


/***/ }),

/***/ 2134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ policyAccepts),
/* harmony export */   Eg: () => (/* binding */ gitleaksAllowsCommit),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   XD: () => (/* binding */ EMPTY_POLICY),
/* harmony export */   XN: () => (/* binding */ gitleaksSkipsFile),
/* harmony export */   be: () => (/* binding */ policySkipsFile),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   k_: () => (/* binding */ parseGitleaksAllowlists),
/* harmony export */   zE: () => (/* binding */ gitleaksAllows)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _sops_re2_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2213);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4801);
/* harmony import */ var _access_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4109);
/**
 * What a repository accepts: its policy file (`.github/secrets-policy.yml`: path globs, rule ids and
 * fingerprints of accepted findings, each with a reason) and the `[allowlist]` of an existing
 * `.gitleaks.toml`, so that repositories moving from gitleaks keep their allowlists.
 */







const EMPTY_POLICY = { source: undefined, allow: [] };
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringList(value, where) {
    if (value === undefined)
        return undefined;
    const list = typeof value === "string" ? [value] : value;
    if (!Array.isArray(list) || list.some((item) => typeof item !== "string" || item.trim() === "")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must be a list of non-empty strings`);
    }
    return list.map((item) => item.trim());
}
/** Globs as in .gitignore-style tools: `**` crosses folders, dot files match, `/` separators. */
function globMatcher(globs) {
    const matcher = picomatch__WEBPACK_IMPORTED_MODULE_5___default()([...globs], { dot: true });
    return (file) => matcher(file);
}
const ENTRY_KEYS = new Set(["reason", "paths", "rules", "fingerprints"]);
const POLICY_KEYS = new Set(["version", "allow", "sample-paths", "recipients"]);
/** Parses `.github/secrets-policy.yml`; every mistake names the file and the entry. */
function parsePolicy(text, source) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { uniqueKeys: true });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source} is not valid YAML: fix its syntax`);
    }
    if (raw === null || raw === undefined)
        return { source, allow: [] };
    if (!isRecord(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source} must be a YAML mapping with an \`allow\` list`);
    const unknown = Object.keys(raw).filter((key) => !POLICY_KEYS.has(key));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: unknown key \`${unknown[0] ?? ""}\` (expected allow, sample-paths, recipients)`);
    const samplePaths = stringList(raw["sample-paths"], `${source}: sample-paths`);
    const list = raw.allow ?? [];
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: allow must be a list`);
    const allow = list.map((item, index) => {
        const where = `${source}: allow[${index}]`;
        if (!isRecord(item))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must be a mapping`);
        const extra = Object.keys(item).find((key) => !ENTRY_KEYS.has(key));
        if (extra)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: unknown key \`${extra}\` (expected reason, paths, rules, fingerprints)`);
        if (typeof item.reason !== "string" || item.reason.trim() === "")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} needs a reason: say why these findings are accepted`);
        const paths = stringList(item.paths, `${where}.paths`);
        const rules = stringList(item.rules, `${where}.rules`);
        const fingerprints = stringList(item.fingerprints, `${where}.fingerprints`);
        const unknownRule = rules?.find((rule) => !_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.includes(rule));
        if (unknownRule)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}.rules: unknown rule \`${unknownRule}\` (one of ${_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.join(", ")})`);
        if (!paths && !rules && !fingerprints)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must name paths, rules or fingerprints: an empty entry would accept everything`);
        return {
            reason: item.reason.trim(),
            ...(paths ? { paths: globMatcher(paths) } : {}),
            ...(rules ? { rules: rules } : {}),
            ...(fingerprints ? { fingerprints } : {}),
        };
    });
    const recipients = raw.recipients === undefined ? undefined : parseRecipientNames(raw.recipients, source);
    return {
        source,
        allow,
        ...(samplePaths ? { samplePaths: globMatcher(samplePaths) } : {}),
        ...(recipients ? { recipients } : {}),
    };
}
/** `recipients: {alice: [age1…, age1…], ci: age1…}`: each name with one or more recipients. */
function parseRecipientNames(value, source) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: recipients must map names to recipients (\`alice: age1…\`)`);
    const names = new Map();
    const owner = new Map();
    for (const [name, list] of Object.entries(value)) {
        const where = `${source}: recipients.${name}`;
        const recipients = stringList(list, where) ?? [];
        if (name.trim() === "" || recipients.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} needs a name and at least one recipient`);
        for (const [index, recipient] of recipients.entries()) {
            // The entry is never quoted: what is not a recipient may be a key or a token pasted by mistake.
            if ((0,_access_names_js__WEBPACK_IMPORTED_MODULE_6__/* .looksLikeIdentity */ .m5)(recipient))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: entry ${index + 1} is an age identity (a secret key), not a recipient: remove it from ${source}, put its recipient (age-keygen -y) there instead, and treat the key as exposed`);
            if (!(0,_access_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecipient */ .gZ)(recipient))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: entry ${index + 1} (${recipient.length} characters) is not an age recipient (age1…, age1pq1…) or a PGP fingerprint (40 hex digits)`);
            const earlier = owner.get(recipient);
            if (earlier !== undefined && earlier !== name)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${(0,_access_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shortRecipient */ .GC)(recipient)}… is already named ${earlier}: give a recipient one name`);
            owner.set(recipient, name);
        }
        names.set(name, recipients);
    }
    return names;
}
function entryAccepts(entry, finding) {
    return ((!entry.paths || entry.paths(finding.file)) &&
        (!entry.rules || entry.rules.includes(finding.rule)) &&
        (!entry.fingerprints || entry.fingerprints.includes(finding.fingerprint)));
}
function policyAccepts(policy, finding) {
    return policy.allow.some((entry) => entryAccepts(entry, finding));
}
/** Files every rule accepts: they are not even read. */
function policySkipsFile(policy, file) {
    return policy.allow.some((entry) => entry.paths?.(file) === true && !entry.rules && !entry.fingerprints);
}
function tomlStrings(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must be a list of strings`);
    return value;
}
function re2List(value, where) {
    return tomlStrings(value, where).map((pattern, index) => {
        try {
            return (0,_sops_re2_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRe2 */ .X)(pattern);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}[${index}]: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeUnknown */ .Ee)(error)}`);
        }
    });
}
function readAllowlist(raw, where) {
    const target = raw.regexTarget ?? "secret";
    if (target !== "secret" && target !== "match" && target !== "line")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}.regexTarget must be secret, match or line`);
    const condition = typeof raw.condition === "string" ? raw.condition.toUpperCase() : "OR";
    if (condition !== "AND" && condition !== "OR")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}.condition must be AND or OR`);
    return {
        paths: re2List(raw.paths, `${where}.paths`),
        regexes: re2List(raw.regexes, `${where}.regexes`),
        regexTarget: target,
        stopwords: tomlStrings(raw.stopwords, `${where}.stopwords`).map((word) => word.toLowerCase()),
        commits: tomlStrings(raw.commits, `${where}.commits`),
        condition,
    };
}
/**
 * The global allowlists of a `.gitleaks.toml`: `[allowlist]` and the `[[allowlists]]` that do not target
 * specific gitleaks rules (those rule ids mean nothing here). Regexes are Go RE2, as gitleaks reads them.
 */
function parseGitleaksAllowlists(text, source) {
    let raw;
    try {
        raw = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source} is not valid TOML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeUnknown */ .Ee)(error)}`);
    }
    const lists = [];
    if (isRecord(raw.allowlist))
        lists.push(readAllowlist(raw.allowlist, `${source}: [allowlist]`));
    if (Array.isArray(raw.allowlists)) {
        raw.allowlists.forEach((item, index) => {
            if (isRecord(item) && item.targetRules === undefined)
                lists.push(readAllowlist(item, `${source}: [[allowlists]][${index}]`));
        });
    }
    return lists;
}
function gitleaksAllows(lists, context) {
    return lists.some((list) => {
        const target = list.regexTarget === "line" ? context.line : context.secret;
        const checks = [
            list.paths.length > 0 ? list.paths.some((regex) => regex.test(context.file)) : undefined,
            list.regexes.length > 0 ? list.regexes.some((regex) => regex.test(target)) : undefined,
            list.stopwords.length > 0
                ? list.stopwords.some((word) => context.secret.toLowerCase().includes(word))
                : undefined,
        ].filter((check) => check !== undefined);
        if (checks.length === 0)
            return false;
        return list.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
    });
}
/** History findings in a commit an `OR` allowlist names (gitleaks' `commits`). */
function gitleaksAllowsCommit(lists, commit) {
    return lists.some((list) => list.condition === "OR" && list.commits.includes(commit));
}
/** Paths gitleaks skips entirely (an `OR` allowlist's paths): those files need no secret scan. */
function gitleaksSkipsFile(lists, file) {
    return lists.some((list) => list.condition === "OR" && list.paths.some((regex) => regex.test(file)));
}


/***/ }),

/***/ 6040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ keyLine),
/* harmony export */   e: () => (/* binding */ inspectSops)
/* harmony export */ });
/* harmony import */ var _regexp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8393);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1481);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2995);
/**
 * Telling SOPS files from other files without a key.
 */





/** The metadata block of each store: `sops:` (YAML), `"sops": {` (JSON), `sops_...=` (dotenv), `[sops]` (INI). */
const METADATA = /^(?:sops:[ \t]*(?:#.*)?$|sops_(?:lastmodified|mac|version|age__)|\[sops\][ \t]*$)|"sops"[ \t]*:[ \t]*\{/m;
/** A key assigned an ENC value at the start of a line: a SOPS file whose metadata was cut off. */
const ENC_ASSIGNMENT = /^[ \t]*"?[^\s"=:]+"?[ \t]*[:=][ \t]*"?ENC\[AES256_GCM,data:/m;
/**
 * Whether the bytes are a SOPS file, without decrypting: plain, a SOPS file (its trees and metadata), or
 * broken (ENC values without metadata, metadata that does not parse). Only text with a SOPS metadata
 * block (or ENC values assigned at line starts) is parsed, so ordinary YAML and JSON cost one regex.
 */
/** The line-anchored pattern is slow on large files: most have no `ENC[` at all, which is quick to see. */
function hasEncryptedAssignment(text) {
    return text.includes("ENC[AES256_GCM,data:") && ENC_ASSIGNMENT.test(text);
}
function inspectSops(file, bytes, text) {
    const hasMetadata = METADATA.test(text);
    if (!hasMetadata && !hasEncryptedAssignment(text))
        return { kind: "plain" };
    const format = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .formatForPath */ .G9)(file) ?? (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .detectEncryptedFormat */ .X$)(file, bytes);
    if (!hasMetadata)
        return { kind: "broken", format, problem: "it holds ENC[...] values but no sops metadata" };
    try {
        const document = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .createStore */ .y$)(format).parseEncrypted(bytes);
        return { kind: "sops", format, branches: document.branches, metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .readMetadata */ ._6)(document.metadata) };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SopsError */ .gb && error.code === "NOT_SOPS_FILE") {
            return hasEncryptedAssignment(text)
                ? { kind: "broken", format, problem: "it holds ENC[...] values but no sops metadata" }
                : { kind: "plain" };
        }
        return { kind: "broken", format, problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeUnknown */ .Ee)(error) };
    }
}
/**
 * The 1-based line where a key path is written, for annotations: each key searched after the previous
 * one, in the syntax of any store (`key:`, `key=`, `"key":`, `[section]`).
 */
function keyLine(text, lines, location) {
    let from = 0;
    for (const part of location) {
        if (typeof part !== "string")
            continue;
        const key = (0,_regexp_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeRegExp */ .N)(part);
        const pattern = new RegExp(`^[ \\t]*\\[${key}\\][ \\t]*$|(?:^|[\\s"'{,])${key}["']?[ \\t]*[:=]`, "gm");
        pattern.lastIndex = from;
        const match = pattern.exec(text);
        if (!match)
            break;
        from = match.index + match[0].length;
    }
    return lines.lineOf(from);
}


/***/ })

};
;
//# sourceMappingURL=927.index.js.map