/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 4704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mainUsage),
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   O3: () => (/* binding */ listedOptions),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   Tl: () => (/* binding */ packageVersion),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   v: () => (/* binding */ commandNamed)
/* harmony export */ });
/* unused harmony exports COMMANDS, EXIT_CODES, optionNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2863);
/**
 * The command line's usage, written once: `secrets-actions --help`, `COMMAND --help`, the messages for
 * unknown options and the README's command-line section all come from this table (a test holds the
 * README to it).
 */





const INPUT_TYPE = ["--input-type T", "the file's format (default: from its name, as sops chooses)"];
const COMMANDS = [
    {
        name: "decrypt",
        synopsis: "FILE",
        summary: "print the decrypted file (MAC verified)",
        options: [
            INPUT_TYPE,
            ["--output-type T", "print in another format"],
            ['--extract \'["a"]["b"]\'', "print one value"],
            ["--ignore-mac", "do not verify the MAC (never for files you do not trust)"],
        ],
    },
    {
        name: "encrypt",
        synopsis: "FILE",
        summary: "print the file encrypted (to --age, SOPS_AGE_RECIPIENTS or the .sops.yaml rule)",
        options: [
            INPUT_TYPE,
            ["--output-type T", "must be the input's format"],
            ["--age R1,R2", "age recipients"],
        ],
    },
    {
        name: "set",
        synopsis: "FILE '[\"key\"]' JSON_VALUE",
        summary: "change one value in place; other ciphertexts stay byte-identical",
        options: [INPUT_TYPE, ["--ignore-mac", "do not verify the MAC first"]],
    },
    {
        name: "unset",
        synopsis: "FILE '[\"key\"]'",
        summary: "remove one value in place",
        options: [INPUT_TYPE, ["--ignore-mac", "do not verify the MAC first"]],
    },
    {
        name: "updatekeys",
        synopsis: "FILE",
        summary: "re-wrap the data key for the .sops.yaml rule's recipients, in place",
        options: [INPUT_TYPE, ["-y, --yes", "accepted for sops compatibility (never asks)"]],
    },
    {
        name: "filestatus",
        synopsis: "FILE",
        summary: 'print {"encrypted": true|false}',
        options: [INPUT_TYPE],
    },
    {
        name: "rotation",
        synopsis: "[FILES...]",
        summary: "how old each SOPS secret of this repository is, from git history; exit 1 when one is overdue",
        options: [["--policy FILE", "rotation policy (default .github/secret-rotation.yml)"]],
    },
    {
        name: "rotate",
        synopsis: "FILE",
        summary: "a new data key and every value encrypted again, in place (as sops rotate)",
        options: [INPUT_TYPE],
    },
    {
        name: "verify",
        synopsis: "[PATHS...]",
        summary: "verify-no-plaintext's rules on the repository, the paths, the index or the history; exit 1 on error findings",
        options: [
            ["--staged", "check what is staged in the index (a pre-commit hook)"],
            [
                "--history",
                "also every blob of every commit reachable from HEAD (no PATHS, no --staged; not a shallow clone)",
            ],
            [
                "--purge-plan FILE",
                "with --history: write every secret found to FILE (new, mode 0600) for `git filter-repo --replace-text`, and print the plan; the values are never printed",
            ],
            ["--config FILE", "policy file (default .github/secrets-policy.yml)"],
            ["--sops-config FILE", "the .sops.yaml to use (default: the one found upward)"],
            ["--threads N", "worker threads (default 0: one per core, used once booted)"],
        ],
    },
    {
        name: "access",
        synopsis: "",
        summary: "who can read each SOPS file now, and every value each name could ever read, with whether it is still live",
        options: [
            ["--recipient NAME|RECIPIENT", "only this name or recipient"],
            ["--history", "also every revision's readers, from which commit to which"],
            ["--json", "recipients, files and exposures as JSON"],
            ["--config FILE", "policy file with recipients: (default .github/secrets-policy.yml)"],
        ],
    },
    {
        name: "offboard",
        synopsis: "NAME|RECIPIENT",
        summary: "remove a recipient from .sops.yaml, re-encrypt every file it could read with a new data key, list its still-live values",
        options: [
            ["--dry-run", "print the plan only"],
            [
                "--github-repo OWNER/NAME",
                "open one rotation issue per still-live value (token in GITHUB_TOKEN or GH_TOKEN)",
            ],
            ["--config FILE", "policy file with recipients: (default .github/secrets-policy.yml)"],
        ],
    },
    {
        name: "inventory",
        synopsis: "[plan | unread | merge FILE...]",
        summary: "this checkout's secrets without values (readers, ages, verify counts, GitHub secrets with a token); plan: the workflow's matrix; unread: the row of a repository that could not be read; merge: one report over many repositories",
        options: [
            ["--json FILE", "write the JSON to FILE (inventory: this checkout's; merge: the merged one)"],
            ["--repository OWNER/NAME", "inventory: the repository's name (default GITHUB_REPOSITORY or origin)"],
            ["--history", "inventory: also verify the whole history"],
            ["--repositories LIST", "plan: OWNER/NAME, comma-separated (default: the App installation's)"],
            ["--per-job N", "plan: repositories per matrix job (raised to stay under 256 jobs)"],
            ["--reason TEXT", "unread: why the repository (--repository) could not be read"],
            [
                "--expect LIST",
                "merge: the repositories planned, comma-separated; each without an inventory is a row that says so",
            ],
            [
                "--markdown FILE",
                "write the Markdown (an issue body: at most 65,536 characters) to FILE instead of stdout",
            ],
            ["--html FILE", "write one self-contained HTML page: sortable tables, no request of any kind"],
            ["--replace", "replace output files that exist (regular files only, never through a link)"],
            [
                "--issue-repo OWNER/NAME",
                "merge: keep the report in one pinned issue there, updated in place (token in GITHUB_TOKEN or GH_TOKEN)",
            ],
        ],
    },
    {
        name: "init",
        synopsis: "",
        summary: "adopt the suite in this repository: age key, .sops.yaml, .env* encrypted, .gitignore, pre-commit hook, caller workflow",
        options: [
            ["--dry-run", "print the plan only"],
            ["--add-recipient", "add this key to a .sops.yaml rule that covers the files for other recipients"],
            [
                "--ref SHA",
                "pin the hook and workflow to this commit of the suite (default: the one this CLI runs from)",
            ],
            [
                "--github-repo OWNER/NAME",
                "store the identity as the Actions secret SOPS_AGE_KEY (token in GITHUB_TOKEN or GH_TOKEN)",
            ],
        ],
    },
    {
        name: "edit",
        synopsis: "FILE",
        summary: "edit a SOPS file in $VISUAL/$EDITOR; unchanged values keep their ciphertext (as sops edit)",
        options: [],
    },
    {
        name: "run",
        synopsis: "[-f FILE]... -- COMMAND...",
        summary: "run COMMAND with the decrypted values in its environment (default files: what .sops.yaml covers here, or .env.enc)",
        options: [
            ["-f, --file FILE", "a SOPS file to decrypt (repeatable; later files win)"],
            ["--keys K1,K2", "only these keys (wildcards allowed)"],
            ["--prefix P", "prepended to every name"],
            ["--nested-delimiter D", "joins nested keys (default __, as pydantic-settings reads them)"],
            ["--uppercase", "upper-case the names"],
            ["--allow-names N1,N2", "names that would otherwise be refused (PATH, LD_PRELOAD...)"],
            [
                "--dotenv-file PATH",
                "instead: a 0600 dotenv file at PATH, its path in SECRETS_ENV_FILE, removed when COMMAND ends (not --env-file: node itself takes that one from any command line)",
            ],
        ],
    },
    {
        name: "rules",
        synopsis: "",
        summary: "list verify's rules and every credential format secret-pattern knows",
        options: [["--markdown", "the full reference, as in action-docs/verify-no-plaintext-rules.md"]],
    },
];
/** Exit codes. MAC mismatch and "no matching key" use the numbers the sops binary uses. */
const EXIT = {
    ok: 0,
    error: 1,
    usage: 2,
    notSops: 3,
    unsupported: 4,
    macMismatch: 51,
    noMatchingKey: 128,
};
const EXIT_CODES = "exit codes: 0 ok, 1 error, 2 usage, 3 not a SOPS file, 4 unsupported keys, 51 MAC mismatch, 128 no matching key";
/** The package's version, from the package.json beside the bundle's folder (dist/cli/../../). */
function packageVersion() {
    // The name is built at run time so that the bundler does not copy package.json into dist/.
    const manifest = ["package", "json"].join(".");
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href)), "..", "..", manifest);
    try {
        const { version } = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"));
        return typeof version === "string" ? version : "unknown";
    }
    catch {
        return "unknown";
    }
}
const line = (command) => `${command.name}${command.options.length > 0 ? " [options]" : ""} ${command.synopsis}`;
function mainUsage() {
    const width = Math.max(...COMMANDS.map((command) => line(command).length));
    return [
        "usage: secrets-actions COMMAND [options] ARGS   (secrets-actions COMMAND --help for its options)",
        "",
        "commands:",
        ...COMMANDS.map((command) => `  ${line(command).padEnd(width)}  ${command.summary}`),
        "",
        "  --help, -h      this text",
        "  --version, -V   the version",
        "",
        "T is yaml, json, dotenv, ini or binary.",
        "age identities come from SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and <config dir>/sops/age/keys.txt.",
        EXIT_CODES,
    ].join("\n");
}
function commandUsage(command) {
    const width = Math.max(12, ...command.options.map(([flag]) => flag.length));
    return [
        `usage: secrets-actions ${line(command)}`,
        "",
        command.summary,
        ...(command.options.length > 0 ? ["", "options:"] : []),
        ...command.options.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`),
        `  ${"-h, --help".padEnd(width)}  this text`,
    ].join("\n");
}
/** `--input-type, --output-type, ...`: what an unknown-option message lists. */
function optionNames(command) {
    return command.options
        .map(([flag]) => flag.split(/[ ,]+/).find((part) => part.startsWith("--")) ?? flag)
        .join(", ");
}
function commandNamed(name) {
    return COMMANDS.find((command) => command.name === name);
}
/** The usage of a command the code implements (an error when the table lacks it: a programming mistake). */
function usageOf(name) {
    const command = commandNamed(name);
    if (!command)
        throw new Error(`the usage table has no command ${name}`);
    return command;
}
/** The message for an option the command does not have: it names the ones it has. */
function notAnOption(command, option) {
    return `${option} is not an option of ${command.name}; its options are ${optionNames(command) || "none"}`;
}
/**
 * A command's arguments parsed strictly; an unknown option is reported (through `usageError`, which
 * adds the usage) with the command's valid options.
 */
function parseCommandArgs(command, args, options, usageError) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const unknown = /Unknown option '([^']+)'/.exec((0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUnknown */ .Ee)(error))?.[1];
        throw usageError(unknown ? notAnOption(command, unknown) : (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUnknown */ .Ee)(error));
    }
}
/**
 * The options the usage table lists for a command, in parseArgs' terms: a flag with a word after its
 * names (`--threads N`) takes a value, one without is a switch, `-y, --yes` has a short form. With
 * `multiple`, values may repeat: checkOptions only checks the arguments, a command reads them with its
 * own config; the SOPS commands read them with this one, the last value of an option winning.
 */
function listedOptions(command, { multiple }) {
    return Object.fromEntries(command.options.map(([flag]) => {
        const parts = flag.split(/[ ,]+/);
        const long = parts.find((part) => part.startsWith("--")) ?? flag;
        const short = parts.find((part) => /^-[^-]$/.test(part));
        const takesValue = parts.some((part) => !part.startsWith("-"));
        return [
            long.slice(2),
            {
                type: takesValue ? "string" : "boolean",
                multiple,
                ...(short ? { short: short.slice(1) } : {}),
            },
        ];
    }));
}
/**
 * Rejects, before the command's module is loaded, what the command's own parsing would reject: an
 * option its usage does not list, a value missing or given to a switch.
 */
function checkOptions(command, args, usageError) {
    parseCommandArgs(command, args, listedOptions(command, { multiple: true }), usageError);
}


/***/ }),

/***/ 3167:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kz: () => (/* binding */ forLogLine)
/* harmony export */ });
/* unused harmony exports forAnnotation, forSummaryHtml, forSummaryMarkdownCell */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2863);
/* harmony import */ var _lib_html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1673);
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
    const line = (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(text);
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


/***/ }),

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ SCAN_WORKER_FLAG),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   r_: () => (/* binding */ SCAN_WORKER_ARGUMENT)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether this thread is a scan worker (scan-pool.ts starts them on the bundle's entry point), told
 * without loading the scanner: an entry point asks first, and only a worker then loads scan-pool.ts.
 * A worker is started with SCAN_WORKER_ARGUMENT in its argv, so that the main thread of every command
 * tells it without loading node:worker_threads (most of a millisecond of `--version`); the argument
 * alone proves nothing (anyone can type it), so where it is present the thread and its data are checked.
 */

const SCAN_WORKER_FLAG = "secretsActionsScanWorker";
const SCAN_WORKER_ARGUMENT = "--secrets-actions-scan-worker";
/** True in a thread scan-pool.ts started: the entry point then serves scans instead of running. */
function isScanWorker() {
    if (!process.argv.includes(SCAN_WORKER_ARGUMENT))
        return false;
    const threads = node_module__WEBPACK_IMPORTED_MODULE_0___default().createRequire(require("url").pathToFileURL(__filename).href)("node:worker_threads");
    return (!threads.isMainThread &&
        threads.workerData?.[SCAN_WORKER_FLAG] === true);
}


/***/ }),

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ describeUnknown),
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
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


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** `&`, `<`, `>` and both quotes as entities: text for an HTML element's content or a quoted attribute. */
const ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}


/***/ }),

/***/ 1037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ badInput),
/* harmony export */   Qm: () => (/* binding */ malformed),
/* harmony export */   gb: () => (/* binding */ SopsError),
/* harmony export */   s5: () => (/* binding */ inFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2863);
/**
 * Every failure the SOPS engine reports is a SopsError with a stable code, so that callers (CLI exit
 * codes, action messages) can react to the kind of failure without parsing text.
 *
 * Messages must never contain plaintext values or key material: they name files, keys (paths),
 * recipients and what to do.
 */

class SopsError extends Error {
    code;
    name = "SopsError";
    constructor(code, message) {
        // Messages quote key names and recipients from files: keep every message on one line.
        super((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(message));
        this.code = code;
    }
}
function malformed(message) {
    return new SopsError("MALFORMED", message);
}
function badInput(message) {
    return new SopsError("BAD_INPUT", message);
}
/** Prefix an error's message with the file it concerns, keeping its code. */
function inFile(file, error) {
    if (error instanceof SopsError) {
        const prefixed = new SopsError(error.code, `${file}: ${error.message}`);
        return prefixed;
    }
    return new SopsError("MALFORMED", `${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeUnknown */ .Ee)(error)}`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./actions/common/compile-cache.ts
/**
 * V8's compile cache for the CLI: a pre-commit hook runs the same bundle on every commit, and with the
 * cache its chunks are not parsed and compiled again. Node 22.1 and later have it (node:module's
 * enableCompileCache: about 10 ms of `verify --staged`'s 65 under Node 24). Node 20 has V8's code cache
 * only through node:vm, so there the bundle's own chunks are compiled as vm.Scripts with it (about 25 ms of
 * `verify --staged`'s 82; bench/startup.mjs). The cache holds code that runs as the CLI's own, so it
 * lives only in a folder of the user's own that no one else can write: never Node's default (a folder in
 * the shared tmpdir), never a repository. The actions do not use it: a job's RUNNER_TEMP starts empty, and a cold
 * cache only adds the time to write it (about 4 ms).
 */





const FOLDER = ["secrets-actions", "compile-cache"];
/** The user's cache folder, as each platform places caches; undefined without an absolute one. */
function cacheBase(env, platform, home) {
    const base = platform === "win32"
        ? env.LOCALAPPDATA
        : platform === "darwin"
            ? external_node_path_default().join(home, "Library", "Caches")
            : env.XDG_CACHE_HOME || external_node_path_default().join(home, ".cache");
    return base && external_node_path_default().isAbsolute(base) ? base : undefined;
}
/** This tool's compile cache folder in the user's cache folder; undefined without one. */
function compileCacheFolder(env, platform, home) {
    const base = cacheBase(env, platform, home);
    return base && path.join(base, ...FOLDER);
}
/**
 * A folder nobody but this user (and root) can change: a directory, not a link, of theirs that others
 * cannot write to. `shared`: the cache base and the folders above it may also be root's, and writable by
 * all if sticky (/tmp), where nobody can rename or remove what another owns.
 */
function ownFolder(folder, uid, shared = false) {
    const stat = (0,external_node_fs_.lstatSync)(folder);
    const owned = stat.uid === uid || (shared && stat.uid === 0);
    const othersWrite = (stat.mode & 0o022) !== 0;
    const sticky = (stat.mode & 0o1000) !== 0;
    return stat.isDirectory() && owned && (!othersWrite || (shared && sticky));
}
/**
 * The cache folder (created if need be), its links resolved, when every folder from the root down to it
 * is safe from other users: another user who could rename or replace any of them could swap in cached
 * code of their own. The cache base and the folders above it may be root's or shared and sticky; this
 * tool's two folders are the user's and nobody else can write to them. Undefined otherwise.
 */
function privateFolder(base) {
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(base, ...FOLDER), { recursive: true, mode: 0o700 });
        const real = (0,external_node_fs_.realpathSync)(base);
        const folder = external_node_path_default().join(real, ...FOLDER);
        // Windows has no owner ids here; the local application data folder is the user's own.
        const uid = process.getuid?.();
        if (uid === undefined)
            return folder;
        const above = [];
        for (let at = real;; at = external_node_path_default().dirname(at)) {
            above.push(at);
            if (external_node_path_default().dirname(at) === at)
                break;
        }
        const safe = above.every((ancestor) => ownFolder(ancestor, uid, true)) &&
            [external_node_path_default().join(real, FOLDER[0] ?? ""), folder].every((own) => ownFolder(own, uid));
        return safe ? folder : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Entries written longer ago than this are dropped the next time one is written: those of chunks an
 * upgrade replaced go, and one still in use is written again by the run after (reads leave no mark).
 * Folders of other Node versions go when nothing was written to them for as long.
 */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;
/** A temporary file this old was left by a run that died while writing. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;
/** Node 20's entries are in `node-VERSION-ARCH/` of the cache folder (Node 22's own are not). */
const VERSION_FOLDER = /^node-v/;
const DIGEST_BYTES = 32;
/** Windows has neither flag (its typings say otherwise): there, links and FIFOs are the fstat's to refuse. */
const platformFlag = (name) => external_node_fs_.constants[name] ?? 0;
const READ_ENTRY = external_node_fs_.constants.O_RDONLY | platformFlag("O_NOFOLLOW") | platformFlag("O_NONBLOCK");
/**
 * The folder of this Node's entries, created and checked like the ones above it, and the modules the
 * cache needs; undefined when the folder is not safe.
 */
function openCodeCache(base, load) {
    const folder = privateFolder(base);
    if (!folder)
        return undefined;
    const versionFolder = external_node_path_default().join(folder, `node-${process.version}-${process.arch}`);
    const uid = process.getuid?.();
    try {
        (0,external_node_fs_.mkdirSync)(versionFolder, { mode: 0o700 });
    }
    catch {
        // There already (checked below), or not creatable (then the check fails).
    }
    try {
        if (uid !== undefined && !ownFolder(versionFolder, uid))
            return undefined;
    }
    catch {
        return undefined;
    }
    return {
        versionFolder,
        uid,
        crypto: load("node:crypto"),
        vm: load("node:vm"),
    };
}
const sha256 = (cache, data) => cache.crypto.createHash("sha256").update(data).digest();
/**
 * An entry's cached code, when the entry is a regular file of this user's that nobody else can write
 * and its digest matches: V8 checks only a cached code's header (its version, flags and the source's
 * length), and a byte damaged past it could crash the CLI on every run or change what it does. Never
 * read through a link, and never waits on a FIFO.
 */
function readEntry(cache, entry) {
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(entry, READ_ENTRY);
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(descriptor);
        if (!stat.isFile())
            return undefined;
        if (cache.uid !== undefined && (stat.uid !== cache.uid || (stat.mode & 0o022) !== 0))
            return undefined;
        const bytes = (0,external_node_fs_.readFileSync)(descriptor);
        const data = bytes.subarray(DIGEST_BYTES);
        return bytes.length > DIGEST_BYTES && sha256(cache, data).equals(bytes.subarray(0, DIGEST_BYTES))
            ? data
            : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(descriptor);
    }
}
/**
 * Node 20's cache: every CommonJS file of `bundleFolder` (the running bundle's chunks) is compiled as a
 * vm.Script with the code V8 cached for it, stored under a hash of its source, so a changed chunk never
 * meets the code of another. A chunk with no usable entry gets one when the process exits: by then the
 * functions that ran are compiled too, and they are cached with it. Nothing is done before the first
 * chunk loads (the folder checked, node:crypto and node:vm loaded): `--version` and help load none.
 */
function enableCodeCache(base, bundleFolder) {
    const prototype = (external_node_module_default()).prototype;
    const compile = prototype._compile;
    if (!compile)
        return;
    // undefined until the first chunk; null when the folder is not safe.
    let cache;
    const unwritten = [];
    prototype._compile = function compileWithCache(content, filename, ...rest) {
        if (external_node_path_default().dirname(filename) !== bundleFolder || cache === null)
            return compile.call(this, content, filename, ...rest);
        if (cache === undefined) {
            cache = openCodeCache(base, external_node_module_default().createRequire(filename)) ?? null;
            if (!cache)
                return compile.call(this, content, filename, ...rest);
            const opened = cache;
            process.once("exit", () => {
                if (unwritten.length > 0)
                    writeEntries(opened, unwritten);
            });
        }
        const entry = external_node_path_default().join(cache.versionFolder, cache.crypto.createHash("sha256").update(content).digest("hex"));
        const cachedData = readEntry(cache, entry);
        // Node's own wrapper, on one line with the first line of the file, as Node compiles it. The chunks
        // hold no import(): webpack turns each into a chunk load, a require (the tests run the CLI with this
        // cache on, where a real one would fail for want of importModuleDynamically).
        const script = new cache.vm.Script(`(function (exports, require, module, __filename, __dirname) { ${content}\n})`, cachedData ? { filename, cachedData } : { filename });
        if (!cachedData || script.cachedDataRejected === true)
            unwritten.push({ script, entry });
        const wrapper = script.runInThisContext();
        const require = external_node_module_default().createRequire(filename);
        return wrapper.call(this.exports, this.exports, require, this, filename, external_node_path_default().dirname(filename));
    };
}
/**
 * Each new entry written whole: its digest and cached code to a temporary file of its own, then renamed
 * over the entry. Then what is old goes. Every step on its own: a cache that cannot be written (a folder
 * where an entry goes, a file another run removed first) only means that a later run compiles again.
 */
function writeEntries(cache, entries) {
    for (const { script, entry } of entries) {
        const temporary = `${entry}.${cache.crypto.randomBytes(8).toString("hex")}.tmp`;
        try {
            const data = script.createCachedData();
            (0,external_node_fs_.writeFileSync)(temporary, Buffer.concat([sha256(cache, data), data]), { flag: "wx", mode: 0o600 });
            (0,external_node_fs_.renameSync)(temporary, entry);
        }
        catch {
            removeQuietly(temporary);
        }
    }
    const now = Date.now();
    const olderThan = (file, ms, kind) => {
        const stat = (0,external_node_fs_.lstatSync)(file);
        return (kind === "file" ? stat.isFile() : stat.isDirectory()) && now - stat.mtimeMs > ms;
    };
    forEachName(cache.versionFolder, (file, name) => {
        if (olderThan(file, name.endsWith(".tmp") ? ABANDONED_MS : STALE_MS, "file"))
            (0,external_node_fs_.rmSync)(file);
    });
    const folder = external_node_path_default().dirname(cache.versionFolder);
    forEachName(folder, (other, name) => {
        if (VERSION_FOLDER.test(name) && other !== cache.versionFolder && olderThan(other, STALE_MS, "folder"))
            (0,external_node_fs_.rmSync)(other, { recursive: true });
    });
}
function forEachName(folder, visit) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return;
    }
    for (const name of names) {
        try {
            visit(external_node_path_default().join(folder, name), name);
        }
        catch {
            // Gone already (another run pruned it), or not ours to remove: left as it is.
        }
    }
}
function removeQuietly(file) {
    try {
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
    catch {
        // A folder or something else in its place: left for the prune to skip.
    }
}
/**
 * Turns the cache on for the modules loaded from now on, where the folder is safe. Never on CI: a runner
 * (a self-hosted one above all) runs the jobs of many repositories as one user, so a cache one job
 * wrote could run in another's, and a job starts with a cold cache anyway.
 */
function enableCompileCache(env = process.env) {
    if (env.CI || env.GITHUB_ACTIONS)
        return;
    const base = cacheBase(env, process.platform, (0,external_node_os_.homedir)());
    if (!base)
        return;
    const enable = (external_node_module_default()).enableCompileCache;
    if (enable) {
        const folder = privateFolder(base);
        if (folder)
            enable(folder);
        return;
    }
    // This module is bundled into the CLI's entry point; its chunks are the files beside it.
    const here = (0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href);
    if (here.endsWith(".js"))
        enableCodeCache(base, external_node_path_default().dirname(here));
}

// EXTERNAL MODULE: ./actions/common/scan-worker.ts
var scan_worker = __nccwpck_require__(5700);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __nccwpck_require__(1037);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __nccwpck_require__(2863);
// EXTERNAL MODULE: ./actions/cli/usage.ts
var cli_usage = __nccwpck_require__(4704);
// EXTERNAL MODULE: ./actions/common/escape.ts
var common_escape = __nccwpck_require__(3167);
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
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
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

;// CONCATENATED MODULE: ./actions/cli/main.ts
/**
 * `secrets-actions`: the command line's dispatcher. It answers --version and help, checks each command's
 * options against the usage table, and only then imports the module of the command that runs (the
 * sops-compatible decrypt, encrypt, set, unset, updatekeys, rotate and filestatus, and verify, run,
 * edit, init, access, offboard, rotation, inventory, rules); one error boundary maps errors to exit codes.
 */






/** Bad usage of a command (or of the command line when `command` is undefined): usage goes to stderr. */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
const defaultIo = {
    stdout: writeStdout,
    stderr: writeStderr,
    env: process.env,
    cwd: process.cwd(),
};
function exitCodeOf(error) {
    switch (error.code) {
        case "MAC_MISMATCH":
            return cli_usage/* EXIT */.dc.macMismatch;
        case "NO_MATCHING_KEY":
            return cli_usage/* EXIT */.dc.noMatchingKey;
        case "NOT_SOPS_FILE":
            return cli_usage/* EXIT */.dc.notSops;
        case "UNSUPPORTED":
            return cli_usage/* EXIT */.dc.unsupported;
        case "BAD_INPUT":
            return cli_usage/* EXIT */.dc.usage;
        case "MALFORMED":
            return cli_usage/* EXIT */.dc.error;
    }
}
const wantsHelp = (args) => {
    const end = args.indexOf("--");
    return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
};
async function run(argv, io = defaultIo) {
    const [command, ...rest] = argv;
    const usage = command === undefined ? undefined : (0,cli_usage/* commandNamed */.v)(command);
    if (usage && wantsHelp(rest)) {
        io.stdout(`${(0,cli_usage/* commandUsage */.T3)(usage)}\n`);
        return cli_usage/* EXIT */.dc.ok;
    }
    const usageError = (message) => new UsageError(message, usage);
    try {
        // Each command's module is imported only when it runs (the bundle loads it then): help, the version
        // and options the usage table does not list never load command code.
        if (usage)
            (0,cli_usage/* checkOptions */.Jr)(usage, rest, usageError);
        switch (command) {
            case "decrypt":
            case "encrypt":
            case "set":
            case "unset":
            case "updatekeys":
            case "rotate":
            case "filestatus":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(731)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5731))).sopsCommand(command, rest, { ...io, identities: () => identities(io), usageError });
            case "verify":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(907), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(801), __nccwpck_require__.e(880), __nccwpck_require__.e(927), __nccwpck_require__.e(394), __nccwpck_require__.e(843), __nccwpck_require__.e(320)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6320))).verifyCommand(rest, io, usageError);
            case "rotation":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(907), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(801), __nccwpck_require__.e(927), __nccwpck_require__.e(477), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8261))).rotationCommand(rest, io, () => identities(io), usageError);
            case "access":
            case "offboard": {
                const { accessCommand, offboardCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(907), __nccwpck_require__.e(371), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(801), __nccwpck_require__.e(880), __nccwpck_require__.e(927), __nccwpck_require__.e(394), __nccwpck_require__.e(477), __nccwpck_require__.e(618), __nccwpck_require__.e(118)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2118));
                return await (command === "access" ? accessCommand : offboardCommand)(rest, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, env: io.env }, () => identities(io), usageError);
            }
            case "inventory":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(907), __nccwpck_require__.e(371), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(801), __nccwpck_require__.e(880), __nccwpck_require__.e(927), __nccwpck_require__.e(394), __nccwpck_require__.e(477), __nccwpck_require__.e(843), __nccwpck_require__.e(618), __nccwpck_require__.e(21)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21))).inventoryCommand(rest, {
                    stdout: (text) => {
                        io.stdout(text);
                    },
                    stderr: io.stderr,
                    cwd: io.cwd,
                    env: io.env,
                }, () => identities(io), usageError);
            case "init":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(371), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(1)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2001))).initCommand(rest, {
                    stdout: (text) => {
                        io.stdout(text);
                    },
                    stderr: io.stderr,
                    env: io.env,
                    cwd: io.cwd,
                }, usageError);
            case "edit":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(19)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9400))).editCommand(rest, { stderr: io.stderr, env: io.env, cwd: io.cwd }, () => identities(io), usageError);
            case "run":
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(569), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5506))).runCommandWithSecrets(rest, { stderr: io.stderr, env: io.env, cwd: io.cwd }, () => identities(io), usageError);
            case "rules": {
                const { values, positionals } = (0,cli_usage/* parseCommandArgs */.Qx)((0,cli_usage/* usageOf */.Fs)("rules"), rest, { markdown: { type: "boolean" } }, usageError);
                if (positionals.length > 0)
                    throw new UsageError("rules takes no arguments", usage);
                const { rulesMarkdown, rulesText } = await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(801), __nccwpck_require__.e(880), __nccwpck_require__.e(380)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2380));
                io.stdout(`${values.markdown ? rulesMarkdown() : rulesText()}\n`);
                return cli_usage/* EXIT */.dc.ok;
            }
            case "--help":
            case "-h":
            case "help":
                io.stdout(`${(0,cli_usage/* mainUsage */.D)()}\n`);
                return cli_usage/* EXIT */.dc.ok;
            case "--version":
            case "-V":
                io.stdout(`secrets-actions ${(0,cli_usage/* packageVersion */.Tl)()}\n`);
                return cli_usage/* EXIT */.dc.ok;
            default:
                throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"` : "no command given");
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            const help = error.command ? (0,cli_usage/* commandUsage */.T3)(error.command) : (0,cli_usage/* mainUsage */.D)();
            io.stderr(`secrets-actions: ${(0,common_escape/* forLogLine */.kz)(error.message)}\n${help}\n`);
            return cli_usage/* EXIT */.dc.usage;
        }
        if (error instanceof errors/* SopsError */.gb) {
            io.stderr(`secrets-actions: ${error.message}\n`);
            return exitCodeOf(error);
        }
        if (error instanceof lib_errors/* ConfigurationError */.j1) {
            io.stderr(`secrets-actions: ${error.message}\n`);
            return cli_usage/* EXIT */.dc.usage;
        }
        io.stderr(`secrets-actions: unexpected error: ${(0,lib_errors/* describeUnknown */.Ee)(error)}\n`);
        return cli_usage/* EXIT */.dc.error;
    }
}
async function identities(io) {
    const { identitiesFromEnvironment } = await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(471), __nccwpck_require__.e(569), __nccwpck_require__.e(874)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1874));
    return identitiesFromEnvironment({
        env: io.env,
        platform: process.platform,
        home: (0,external_node_os_.homedir)(),
        includeDefaultFile: true,
    });
}

;// CONCATENATED MODULE: ./actions/cli/index.ts



// A large `verify` starts this same bundle on worker threads: there it serves scans instead of running.
// Both load main.ts (dispatch and usage, in this file's chunk: a separate chunk would cost the CLI a
// load); the commands' and the scanner's modules are imported only where they run, through the compile
// cache on both (each thread compiles the chunks it loads).
enableCompileCache();
if ((0,scan_worker/* isScanWorker */.WJ)())
    void Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(815), __nccwpck_require__.e(907), __nccwpck_require__.e(471), __nccwpck_require__.e(838), __nccwpck_require__.e(801), __nccwpck_require__.e(880), __nccwpck_require__.e(927), __nccwpck_require__.e(394), __nccwpck_require__.e(740)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9740)).then(({ serveScans }) => {
        serveScans();
    });
else
    void run(process.argv.slice(2)).then((code) => (process.exitCode = code));

;// CONCATENATED MODULE: ./.build/entries/cli/index.ts


module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map