/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./actions/common/standard-streams.ts
/**
 * Standard output and error written with writeSync instead of through process.stdout and process.stderr:
 * creating those streams (a net.Socket for a pipe, a tty.WriteStream for a terminal) costs about 2 ms,
 * a tenth of a short command's whole run (bench/startup.mjs), and the CLI and the post steps only ever
 * write whole messages. On Linux and macOS the streams write pipes, files and terminals synchronously
 * too, so the order and the blocking are the same. A descriptor left non-blocking by whoever started us
 * can refuse a write (EAGAIN) when its reader is slow: from then on that descriptor's stream takes
 * everything, as it makes the descriptor blocking and keeps the order of what is still queued. A reader
 * that has gone (`secrets-actions decrypt FILE | head -1`: EPIPE) gets nothing more, and the command goes
 * on. Windows keeps the streams: a console shows what writeSync gives it in its code page, not UTF-8.
 */

const viaStream = new Set(process.platform === "win32" ? [1, 2] : []);
const readerGone = new Set();
function streamOf(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
/** From now on the stream writes `fd`; a reader that goes away then ends the output as above. */
function handOver(fd) {
    viaStream.add(fd);
    streamOf(fd).on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
        readerGone.add(fd);
    });
}
function write(fd, data) {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    let offset = 0;
    while (offset < bytes.length && !readerGone.has(fd)) {
        if (viaStream.has(fd)) {
            streamOf(fd).write(bytes.subarray(offset));
            return;
        }
        try {
            offset += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, offset);
        }
        catch (error) {
            const code = error.code;
            if (code === "EPIPE")
                readerGone.add(fd);
            else if (code === "EAGAIN")
                handOver(fd);
            else
                throw error;
        }
    }
}
const writeStdout = (data) => {
    write(1, data);
};
const writeStderr = (data) => {
    write(2, data);
};

;// CONCATENATED MODULE: ./actions/common/post-step-log.ts
/**
 * What a post step needs of the runner's protocol, without @actions/core: its entry module imports an
 * HTTP client (undici, some 900 KB of bundle) for OIDC tokens, which decrypt-env's post step, run at the
 * end of every job that uses the action, would otherwise load just to delete a file. Same formats as
 * @actions/core's getState, info and warning (the runner's workflow commands).
 */


/** What the main step saved with `core.saveState(name, ...)`; empty when it saved nothing. */
function savedState(name) {
    return process.env[`STATE_${name}`] ?? "";
}
function info(text) {
    writeStdout(`${text}${external_node_os_namespaceObject.EOL}`);
}
/** A warning annotation: the runner reads `%`, CR and LF percent-encoded in a command's message. */
function warning(text) {
    const data = text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    writeStdout(`::warning::${data}${external_node_os_namespaceObject.EOL}`);
}

;// CONCATENATED MODULE: ./actions/lib/errors.ts
/**
 * Errors and message helpers every part of the suite shares. Messages never contain plaintext values or
 * key material; they quote names from files and inputs, so every message is kept on one line.
 */
/**
 * A user mistake in an action's inputs or configuration: reported as a one-line error without a stack
 * trace. Messages name the input, key or file at fault and say what to do.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
    constructor(message) {
        super(escapeControlCharacters(message));
    }
}
/**
 * Line breaks and other control characters written as JSON escapes (`\n`, `\u001b`), so that text taken
 * from a file or an input cannot break a line, forge a workflow command or drive a terminal.
 */
function escapeControlCharacters(text) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => char.length === 1 && char.charCodeAt(0) < 0x20
        ? JSON.stringify(char).slice(1, -1)
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/**
 * Text taken from a file (a recipient, a type tag) made safe for a one-line message: control characters
 * are escaped and long text is cut.
 */
function printable(text, max = 100) {
    return escapeControlCharacters(text.length > max ? `${text.slice(0, max)}...` : text);
}
/** The first line of a text (an error's message, a tool's stderr). */
function firstLine(text) {
    return text.trim().split("\n")[0] ?? "";
}
/** A short, single-line description of an unexpected error, without its stack. */
function describeUnknown(error) {
    return firstLine(error instanceof Error ? error.message : String(error)) || "unknown error";
}

;// CONCATENATED MODULE: ./actions/lib/html-escape.ts
/** `&`, `<`, `>` and both quotes as entities: text for an HTML element's content or a quoted attribute. */
const ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
function html_escape_escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

;// CONCATENATED MODULE: ./actions/common/escape.ts
/**
 * One escaper per output channel. Names, paths, keys and messages come from pull requests and files, so
 * whatever reaches a channel goes through its escaper first: a file name with a newline must not start
 * a workflow command, and one with HTML must not become markup in the job summary.
 */


/**
 * A job log line (or a terminal line of the CLI): control characters escaped, so the text stays on one
 * line and cannot drive a terminal, and a leading `::` cannot be read as a workflow command.
 */
function forLogLine(text) {
    const line = escapeControlCharacters(text);
    return line.startsWith("::") ? ` ${line}` : line;
}
/**
 * An annotation's message or title: @actions/core percent-encodes line breaks of annotation messages,
 * which the runner then shows as line breaks; escaping keeps each annotation the one line it was meant to be.
 */
function forAnnotation(text) {
    return escapeControlCharacters(text);
}
/** Text inside HTML in the job summary (`core.summary` tables and raw HTML). */
function forSummaryHtml(text) {
    return escapeHtml(text);
}
/** A cell of a Markdown table in the job summary: one line, no raw HTML, pipes escaped. */
function forSummaryMarkdownCell(text) {
    return forSummaryHtml(text.replace(/\s+/g, " ")).replace(/\|/g, "\\|").trim();
}

;// CONCATENATED MODULE: ./actions/common/created-files.ts
/**
 * What writeFileSafely (safe-write.ts) created, and how it is removed later: only if each entry is still
 * the very one it created. Apart from safe-write.ts so that decrypt-env's post step, which only removes,
 * loads none of the writing (nor node:crypto, a few milliseconds of start-up on Node 24).
 */

/**
 * Deletes what `writeFileSafely` created, but only entries that are still the ones it created (same
 * device and inode): a file or folder a later step put at that path is left alone and reported.
 */
function removeCreated(written) {
    const state = (entry) => {
        try {
            const stat = (0,external_node_fs_namespaceObject.lstatSync)(entry.path);
            return stat.dev === entry.device && stat.ino === entry.inode ? "same" : "replaced";
        }
        catch {
            return "gone";
        }
    };
    const file = state(written.file);
    if (file === "same")
        (0,external_node_fs_namespaceObject.rmSync)(written.file.path);
    for (const folder of written.folders) {
        if (state(folder) !== "same")
            continue;
        try {
            (0,external_node_fs_namespaceObject.rmdirSync)(folder.path);
        }
        catch {
            // Not empty any more (another step wrote there): leave it.
        }
    }
    return { deleted: file === "same", replaced: file === "replaced" };
}

;// CONCATENATED MODULE: ./actions/decrypt-env/state.ts
/** What the main step hands to the post step through GITHUB_STATE: the file it wrote, by identity. */
const CLEANUP_STATE = "cleanup";

;// CONCATENATED MODULE: ./actions/decrypt-env/cleanup.ts
/**
 * The post step: delete the plaintext file the main step wrote and the folders it created for it, if
 * they are still the ones it created.
 * A failure here is a warning, never a red job: the work of the job is done.
 */





function runPost() {
    const saved = savedState(CLEANUP_STATE);
    if (saved === "")
        return;
    let state;
    try {
        state = JSON.parse(saved);
    }
    catch {
        warning("decrypt-env cleanup: the saved state is unreadable; delete the plaintext files yourself");
        return;
    }
    const file = state.file.path;
    try {
        const { deleted, replaced } = removeCreated(state);
        if (deleted)
            info(forLogLine(`Deleted ${file}`));
        if (replaced) {
            warning(forAnnotation(`decrypt-env cleanup: could not delete ${file}: it is no longer the file this step wrote (a later step replaced it), so it was left alone; delete it yourself if it holds secrets`));
        }
    }
    catch (error) {
        warning(forAnnotation(`decrypt-env cleanup: could not delete ${file}: ${describeUnknown(error)}`));
    }
}

;// CONCATENATED MODULE: ./actions/decrypt-env/post.ts

runPost();

;// CONCATENATED MODULE: ./.build/entries/decrypt-env/post/index.ts


module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map