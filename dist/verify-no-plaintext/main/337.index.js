"use strict";
exports.id = 337;
exports.ids = [337];
exports.modules = {

/***/ 5337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./actions/lib/sops/age.ts + 1 modules
var age = __webpack_require__(4569);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __webpack_require__(1037);
;// CONCATENATED MODULE: ./actions/common/identities.ts
/**
 * Where the CLI finds age identities, as sops does: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the default
 * keys.txt of the user's config folder, all combined. (The decrypt-env action deliberately does not
 * look in the home folder: it takes keys only from its input or the environment.)
 */




/** sops' default key file: `<UserConfigDir>/sops/age/keys.txt`. */
function defaultKeyFile({ env, platform, home }) {
    if (platform === "win32")
        return env.APPDATA ? external_node_path_default().win32.join(env.APPDATA, "sops", "age", "keys.txt") : undefined;
    if (env.XDG_CONFIG_HOME)
        return external_node_path_default().join(env.XDG_CONFIG_HOME, "sops", "age", "keys.txt");
    if (platform === "darwin")
        return external_node_path_default().join(home, "Library", "Application Support", "sops", "age", "keys.txt");
    return external_node_path_default().join(home, ".config", "sops", "age", "keys.txt");
}
function readKeyFile(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch {
        throw (0,errors/* badInput */.AN)(`${what} (${file}) cannot be read: check the path and its permissions`);
    }
}
async function identitiesFromEnvironment(lookup) {
    const identities = [];
    const parse = (text, source) => {
        lookup.onKeyText?.(text);
        return (0,age/* parseIdentities */.go)(text, source);
    };
    const inline = lookup.env.SOPS_AGE_KEY;
    if (inline && inline.trim() !== "")
        identities.push(...(await parse(inline, "SOPS_AGE_KEY")));
    const keyFile = lookup.env.SOPS_AGE_KEY_FILE;
    if (keyFile)
        identities.push(...(await parse(readKeyFile(keyFile, "SOPS_AGE_KEY_FILE"), keyFile)));
    const fallback = lookup.includeDefaultFile ? defaultKeyFile(lookup) : undefined;
    if (fallback) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(fallback, "utf8");
        }
        catch {
            // The default key file is optional.
        }
        if (text !== undefined && text.trim() !== "")
            identities.push(...(await parse(text, fallback)));
    }
    return identities;
}

;// CONCATENATED MODULE: ./actions/common/action-identities.ts
/**
 * The age identities an action decrypts with. Every key text is registered with the runner's masking
 * before it is parsed, so that no later line (an error included) can show it.
 */



/**
 * Masks the whole text and each identity in it: the runner hides a registered value only where it
 * appears whole, and a key file's identities are often printed one at a time. Comments (`# public key:`)
 * are not secrets and are not masked word by word.
 */
function maskKeyText(text) {
    core/* setSecret */.Pq(text);
    for (const identity of new Set(text.match(/AGE-SECRET-KEY-[0-9A-Z-]+/gi) ?? []))
        if (identity !== text)
            core/* setSecret */.Pq(identity);
}
/** The parsed identities; empty when none was given. */
async function loadActionIdentities(sources) {
    if (sources.ageKey !== "") {
        maskKeyText(sources.ageKey);
        return (0,age/* parseIdentities */.go)(sources.ageKey, `input ${sources.inputName}`);
    }
    if (!sources.fallBackToEnvironment)
        return [];
    return identitiesFromEnvironment({
        env: process.env,
        platform: process.platform,
        home: "",
        includeDefaultFile: false,
        onKeyText: maskKeyText,
    });
}

// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
;// CONCATENATED MODULE: ./actions/common/boundary.ts
/**
 * The one error boundary of every action: user mistakes and engine errors become a single
 * `<action> failed: ...` error line; anything unexpected is reported the same way, without a stack.
 */




/** The step did its work and its outcome is a failure (e.g. a run it started failed): one line, no stack. */
class StepFailure extends Error {
    name = "StepFailure";
}
async function runAction(action, body) {
    try {
        await body();
    }
    catch (error) {
        const known = error instanceof lib_errors/* ConfigurationError */.j1 || error instanceof errors/* SopsError */.gb || error instanceof StepFailure;
        const message = known ? error.message : `unexpected error: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`;
        core/* setFailed */.C1(`${action} failed: ${message.replace(/\s*\n\s*/g, " ")}`);
    }
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
function escapeHtml(text) {
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
    return (0,lib_errors/* escapeControlCharacters */.F7)(text);
}
/** Text inside HTML in the job summary (`core.summary` tables and raw HTML). */
function forSummaryHtml(text) {
    return escapeHtml(text);
}
/** A cell of a Markdown table in the job summary: one line, no raw HTML, pipes escaped. */
function forSummaryMarkdownCell(text) {
    return forSummaryHtml(text.replace(/\s+/g, " ")).replace(/\|/g, "\\|").trim();
}

;// CONCATENATED MODULE: ./actions/common/runner.ts
function readRunnerEnvironment(env = process.env) {
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || undefined,
        eventName: env.GITHUB_EVENT_NAME ?? "",
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        canExportVariables: Boolean(env.GITHUB_ENV),
        hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
        repository: env.GITHUB_REPOSITORY ?? "",
        serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/common/safe-write.ts
/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced. What it created is removed by created-files.ts.
 */




function identity(file) {
    const stat = (0,external_node_fs_.lstatSync)(file);
    return { path: file, device: stat.dev, inode: stat.ino };
}
const inside = (child, parent) => {
    const relative = external_node_path_default().relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !external_node_path_default().isAbsolute(relative));
};
function realRoots(roots) {
    return roots.flatMap((root) => {
        if (!root)
            return [];
        try {
            return [(0,external_node_fs_.realpathSync)(root)];
        }
        catch {
            return [];
        }
    });
}
function existingAncestor(folder) {
    for (let current = folder;; current = external_node_path_default().dirname(current)) {
        try {
            (0,external_node_fs_.lstatSync)(current);
            return current;
        }
        catch {
            if (external_node_path_default().dirname(current) === current)
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
const failure = (target, options, why) => new lib_errors/* ConfigurationError */.j1(`${options.what} (${target}) ${why}`);
/**
 * The checks `writeFileSafely` makes before it writes, on their own: so that a command can refuse its
 * target before long work whose result it would not be able to write. Throws what `writeFileSafely` would.
 */
function checkTarget(target, options) {
    const roots = realRoots(options.roots);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkFolderOf(existingAncestor(external_node_path_default().dirname(target)), roots, fail);
    let existing;
    try {
        existing = (0,external_node_fs_.lstatSync)(target);
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
        real = (0,external_node_fs_.realpathSync)(existing);
    }
    catch (error) {
        return fail(`cannot be written: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
    }
    if (!roots.some((root) => inside(real, root))) {
        fail(`resolves to ${real}, outside the workspace and RUNNER_TEMP (a symbolic link in its path?): write it inside the workspace`);
    }
}
function writeFileSafely(target, content, options) {
    const roots = realRoots(options.roots);
    const folder = external_node_path_default().dirname(target);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkTarget(target, options);
    const folders = [];
    const missing = [];
    for (let current = folder;; current = external_node_path_default().dirname(current)) {
        try {
            (0,external_node_fs_.lstatSync)(current);
            break;
        }
        catch {
            missing.unshift(current);
        }
    }
    for (const created of missing) {
        try {
            (0,external_node_fs_.mkdirSync)(created, { mode: 0o700 });
        }
        catch (error) {
            fail(`cannot be written: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
        }
        folders.unshift(identity(created));
    }
    checkFolderOf(folder, roots, fail);
    const temporary = external_node_path_default().join(folder, `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString("hex")}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, content, { mode: options.mode, flag: "wx" });
        if (options.replace)
            (0,external_node_fs_.renameSync)(temporary, target);
        else {
            // A link fails when anything (a file, a link) is at the target by now; a rename would replace it.
            (0,external_node_fs_.linkSync)(temporary, target);
            (0,external_node_fs_.rmSync)(temporary);
        }
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        for (const created of folders) {
            try {
                (0,external_node_fs_.rmdirSync)(created.path);
            }
            catch {
                // Something else now lives there (the file that won the race): the folder stays, the error is ours.
            }
        }
        const exists = error?.code === "EEXIST";
        fail(exists ? ALREADY_EXISTS : `cannot be written: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
    }
    return { file: identity(target), folders };
}

;// CONCATENATED MODULE: ./actions/lib/scan/event.ts
/**
 * Which commits a run checks, from the workflow event: the pull request's base and head
 * (`pull_request`, `pull_request_target`), the merge queue's (`merge_group`), a push's before/after.
 */

const SCOPES = ["auto", "changed", "all", "history"];
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const CHANGE_EVENTS = new Set(["pull_request", "pull_request_target", "merge_group"]);
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== "object" || current === null)
            return undefined;
        current = current[key];
    }
    return typeof current === "string" && SHA.test(current) ? current : undefined;
}
function rangeFromEvent(eventName, payload) {
    let base;
    let head;
    if (eventName === "pull_request" || eventName === "pull_request_target") {
        base = field(payload, "pull_request", "base", "sha");
        head = field(payload, "pull_request", "head", "sha");
    }
    else if (eventName === "merge_group") {
        base = field(payload, "merge_group", "base_sha");
        head = field(payload, "merge_group", "head_sha");
    }
    else if (eventName === "push") {
        base = field(payload, "before");
        head = field(payload, "after");
        // A new branch has no `before`: there is nothing to diff against.
        if (base && /^0+$/.test(base))
            base = undefined;
    }
    return base && head ? { base, head } : undefined;
}
function resolveScope(scope, eventName, payload) {
    if (scope === "all" || scope === "history")
        return { scope };
    const range = rangeFromEvent(eventName, payload);
    if (scope === "auto")
        return CHANGE_EVENTS.has(eventName) && range ? { scope: "changed", range } : { scope: "all" };
    if (range)
        return { scope: "changed", range };
    if (eventName === "push")
        return { scope: "all", note: "the push created a new branch: checking all tracked files" };
    throw new lib_errors/* ConfigurationError */.j1(`scope: changed needs a pull_request, pull_request_target, merge_group or push event with its commits, not "${eventName || "none"}"; use scope: all`);
}

// EXTERNAL MODULE: ./actions/lib/scan/rules.ts
var rules = __webpack_require__(4801);
// EXTERNAL MODULE: ./actions/lib/workflow/rule-info.ts
var rule_info = __webpack_require__(635);
;// CONCATENATED MODULE: ./actions/lib/scan/sarif.ts


const isWorkflowRule = (id) => rule_info/* WORKFLOW_RULE_IDS */.sK.includes(id);
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/juniper/secrets-actions";
function ruleDescriptor(id) {
    const rule = rules/* RULES */.y0[id];
    return {
        id,
        name: id
            .split("-")
            .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
            .join(""),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\n\nFix: ${rule.fix}.`,
            markdown: `${rule.description}\n\n**Fix:** ${rule.fix}.`,
        },
        defaultConfiguration: { level: rule.severity },
        properties: {
            tags: ["security", "secrets", ...(isWorkflowRule(id) ? ["workflow"] : [])],
            precision: "high",
        },
    };
}
function encodeUri(file) {
    return file.split("/").map(encodeURIComponent).join("/");
}
function buildSarif(findings) {
    const results = findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: rules/* RULE_IDS */.Iu.indexOf(finding.rule),
        level: finding.severity,
        message: { text: (0,rules/* describeFinding */.jb)(finding) + (finding.commit ? ` (in commit ${finding.commit})` : "") },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(finding.file), uriBaseId: "%SRCROOT%" },
                    region: { startLine: finding.line },
                },
            },
        ],
        partialFingerprints: { "verifyNoPlaintext/v1": finding.fingerprint },
        ...(finding.commit ? { properties: { commit: finding.commit } } : {}),
    }));
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "verify-no-plaintext",
                        informationUri: INFORMATION_URI,
                        rules: rules/* RULE_IDS */.Iu.map(ruleDescriptor),
                    },
                },
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./actions/common/inputs.ts
/**
 * Reading action inputs through the action's declared interface (actions/lib/interfaces): defaults,
 * required inputs and choices come from the declaration, so `action.yml`, the code and the messages
 * cannot drift apart. Each action's `getInputs()` is the only place that reads its inputs.
 */


/** What an input holds, cut short for a message (inputs that are secrets are never quoted). */
const quoted = (value) => `"${value.slice(0, 40)}"`;
function inputReader(action) {
    const specOf = (name, kind) => {
        const spec = action.inputs[name];
        if (spec?.kind !== kind)
            throw new Error(`input ${name} of ${action.name} is not declared as ${kind}`);
        return spec;
    };
    const raw = (name, spec) => {
        const value = core/* getInput */.V4(name).trim();
        if ("required" in spec && spec.required && value === "")
            throw new lib_errors/* ConfigurationError */.j1(`input \`${name}\` is required`);
        return value;
    };
    return {
        string(name) {
            const spec = specOf(name, "string");
            return raw(name, spec) || spec.default;
        },
        /** Registered with the runner's masking before anything else can print it. */
        secret(name) {
            const value = raw(name, specOf(name, "secret"));
            if (value !== "")
                core/* setSecret */.Pq(value);
            return value;
        },
        list(name) {
            const spec = specOf(name, "list");
            const items = raw(name, spec)
                .split(/[\n,]/)
                .map((item) => item.trim())
                .filter((item) => item !== "");
            if (spec.required && items.length === 0)
                throw new lib_errors/* ConfigurationError */.j1(`input \`${name}\` is required`);
            return items;
        },
        boolean(name) {
            const spec = specOf(name, "boolean");
            const value = raw(name, spec).toLowerCase();
            if (value === "")
                return spec.default;
            if (value === "true")
                return true;
            if (value === "false")
                return false;
            throw new lib_errors/* ConfigurationError */.j1(`input \`${name}\` must be true or false, not ${quoted(value)}`);
        },
        integer(name) {
            const spec = specOf(name, "integer");
            const value = raw(name, spec);
            if (value === "")
                return spec.default;
            if (!/^\d+$/.test(value) || Number(value) < spec.min) {
                throw new lib_errors/* ConfigurationError */.j1(`input \`${name}\` must be a whole number of at least ${spec.min}, not ${quoted(value)}`);
            }
            return Number(value);
        },
        choice(name) {
            const spec = specOf(name, "choice");
            const value = raw(name, spec) || spec.default;
            if (!spec.choices.includes(value)) {
                throw new lib_errors/* ConfigurationError */.j1(`input \`${name}\` must be one of ${spec.choices.join(", ")}, not ${quoted(value)}`);
            }
            return value;
        },
        /** The duration text (`30m`); the action parses it. */
        duration(name) {
            const spec = specOf(name, "duration");
            return raw(name, spec) || spec.default;
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/interfaces/verify-no-plaintext.ts

const VERIFY_NO_PLAINTEXT = {
    name: "verify-no-plaintext",
    inputs: {
        scope: { kind: "choice", default: "auto", choices: SCOPES },
        paths: { kind: "list", default: "" },
        config: { kind: "string", default: "" },
        "sops-config": { kind: "string", default: "" },
        "fail-on": { kind: "choice", default: "error", choices: ["error", "warning", "never"] },
        "sarif-file": { kind: "string", default: "" },
        "age-key": { kind: "secret", default: "" },
        threads: { kind: "integer", default: 0, min: 0 },
    },
    outputs: ["findings", "errors", "warnings", "notes", "sarif-file"],
    post: false,
};

;// CONCATENATED MODULE: ./actions/verify-no-plaintext/inputs.ts


function getInputs() {
    const input = inputReader(VERIFY_NO_PLAINTEXT);
    return {
        ageKey: input.secret("age-key"),
        scope: input.choice("scope"),
        paths: input.list("paths"),
        config: input.string("config"),
        sopsConfig: input.string("sops-config"),
        failOn: input.choice("fail-on"),
        sarifFile: input.string("sarif-file"),
        threads: input.integer("threads"),
    };
}

// EXTERNAL MODULE: ./actions/lib/scan/dotenv.ts
var dotenv = __webpack_require__(9366);
// EXTERNAL MODULE: ./actions/lib/scan/policy.ts
var policy = __webpack_require__(2134);
// EXTERNAL MODULE: ./actions/lib/scan/sops-checks.ts + 1 modules
var sops_checks = __webpack_require__(9809);
// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/scan-files.ts + 35 modules
var scan_files = __webpack_require__(9715);
// EXTERNAL MODULE: ./actions/common/scan-pool.ts
var scan_pool = __webpack_require__(9740);
;// CONCATENATED MODULE: ./actions/common/verify.ts
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
        const absolute = external_node_path_default().resolve(cwd, item);
        try {
            return { absolute, stat: (0,external_node_fs_.lstatSync)(absolute) };
        }
        catch {
            throw new lib_errors/* ConfigurationError */.j1(`${absolute} does not exist`);
        }
    });
    function* visit(folder) {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name === ".git")
                continue;
            const child = external_node_path_default().join(folder, entry.name);
            if (entry.isDirectory())
                yield* visit(child);
            else if (entry.isFile())
                yield (0,scan_files/* toPosix */.d7)(external_node_path_default().relative(root, child));
        }
    }
    return (function* () {
        for (const { absolute, stat } of items) {
            if (stat.isDirectory())
                yield* visit(absolute);
            else if (stat.isFile())
                yield (0,scan_files/* toPosix */.d7)(external_node_path_default().relative(root, absolute));
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
    const results = await (0,scan_pool.scanPieces)(scan.pool, scan.scanner, scan.source.root, (0,scan_pool.treePieces)(listed));
    results.forEach((result, index) => {
        if (result)
            collect(result, collected, order[index] ?? "");
    });
}
/** Objects read from git; returns each blob's result (history ties findings to their blob). */
async function scanBlobs(scan, blobs, historic) {
    // A handful of blobs (a pull request's changes, usually) is small: no need to ask git for sizes.
    const sizes = blobs.length < 64 ? blobs.map(() => 0) : await (0,git/* blobSizes */.Iv)(scan.source.root, blobs);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const work = (0,scan_pool.pieces)(blobs, sizes).map(({ items }) => ({
        kind: "blobs",
        blobs: items,
        historic,
    }));
    const large = (0,scan_pool.isLargeScan)(scan.threads, total);
    if (large && !scan.pool)
        scan.pool = scan_pool.ScanPool.start(scan.source, (0,scan_pool.threadsFor)(scan.threads));
    const results = await (0,scan_pool.scanPieces)(large ? scan.pool : undefined, scan.scanner, scan.source.root, work);
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
        ? await (0,scan_files/* scanGitBlobs */.E$)(scan.scanner, root, blobs, true, undefined, (index, found) => {
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
            commits.set(blob, await (0,git/* introducingCommit */.aS)(root, blob));
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
    const gitRoot = await (0,git/* repositoryRoot */.Hn)(options.cwd);
    if (!gitRoot && scope.scope !== "paths") {
        throw new lib_errors/* ConfigurationError */.j1(`${options.cwd} is not a git repository: check it out with actions/checkout (git must be installed) or pass paths`);
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
    const early = wholeTree && threads !== 1 ? scan_pool.ScanPool.start(source, (0,scan_pool.threadsFor)(threads)) : undefined;
    let scan;
    try {
        const { scanner, policy, sops } = (0,scan_files/* loadScanner */.pY)(source);
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
    const included = options.include.length > 0 ? (0,policy/* globMatcher */.fU)(options.include) : () => true;
    const wanted = (file) => included(file) && scanner.wants(file);
    const collected = { findings: [], sopsFiles: [], files: 0, bytes: 0 };
    const notes = [];
    let checkIgnore = false;
    const scanTree = async () => scanWorkingFiles(scan, (await (0,git/* trackedFiles */.O)(root)).filter(wanted), collected);
    switch (scope.scope) {
        case "all":
            checkIgnore = true;
            await scanTree();
            break;
        case "history": {
            // Listed first: a shallow clone fails before any scan.
            const blobs = (await (0,git/* historyBlobs */.Tb)(root, scope.askedBy)).filter((item) => wanted(item.path));
            checkIgnore = true;
            await scanTree();
            await scanHistory(scan, blobs, collected, options.historyValues);
            break;
        }
        case "changed": {
            const files = (await (0,git/* changedFiles */.Y_)(root, scope.range)).filter((file) => wanted(file.path));
            checkIgnore = files.some(({ path: file }) => file === ".gitignore" || (0,dotenv/* dotenvKind */.Fi)(file) !== undefined);
            await scanCurrentBlobs(scan, files, collected);
            break;
        }
        case "staged": {
            // Staged paths need not exist in the work tree; a folder selects everything staged below it.
            const chosen = scope.paths?.map((item) => (0,scan_files/* toPosix */.d7)(external_node_path_default().relative(root, external_node_path_default().resolve(options.cwd, item))));
            const selected = (file) => !chosen || chosen.some((item) => item === "" || file === item || file.startsWith(`${item}/`));
            const files = (await (0,git/* stagedFiles */.KB)(root)).filter((file) => wanted(file.path) && selected(file.path));
            checkIgnore =
                !chosen && files.some(({ path: file }) => file === ".gitignore" || (0,dotenv/* dotenvKind */.Fi)(file) !== undefined);
            await scanCurrentBlobs(scan, files, collected);
            break;
        }
        case "paths":
            await scanWorkingFiles(scan, filtered(expandPaths(options.cwd, root, scope.paths), wanted), collected);
            break;
    }
    if (checkIgnore)
        collected.findings.push(...scanner.envNotIgnored(await (0,git/* isIgnored */.pi)(root, ".env")));
    if (options.identities.length > 0) {
        for (const sopsFile of collected.sopsFiles) {
            const checked = await (0,sops_checks/* verifyMac */.JB)(sopsFile.file, sopsFile.bytes, sopsFile.format, options.identities);
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

;// CONCATENATED MODULE: ./actions/verify-no-plaintext/main.ts
/**
 * verify-no-plaintext: check the files of the event's scope for plaintext secrets and report each
 * finding as an annotation, in the job summary and in SARIF; fail the step according to `fail-on`.
 */














const ACTION = "verify-no-plaintext";
function readEvent(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
    }
    catch {
        throw new lib_errors/* ConfigurationError */.j1(`the event payload ${file} (GITHUB_EVENT_PATH) cannot be read as JSON`);
    }
}
function sourceFor(inputs, runner) {
    const resolved = resolveScope(inputs.scope, runner.eventName, readEvent(runner.eventPath));
    if (resolved.scope === "all" && resolved.note)
        core/* notice */.lm(`${ACTION}: ${resolved.note}`);
    return resolved.scope === "changed"
        ? { scope: "changed", range: resolved.range }
        : { scope: resolved.scope };
}
function annotate(finding) {
    const where = finding.commit ? ` (content of commit ${finding.commit.slice(0, 12)})` : "";
    const properties = { title: finding.rule, file: finding.file, startLine: finding.line };
    const message = forAnnotation((0,rules/* describeFinding */.jb)(finding) + where);
    if (finding.severity === "error")
        core/* error */.z3(message, properties);
    else
        core/* warning */.$e(message, properties);
}
const MAX_ROWS = 200;
async function writeSummary(runner, result, source, counts) {
    if (!runner.hasStepSummary)
        return;
    const groups = new Map();
    const ordered = (0,rules/* reportable */.xv)(result.findings).sort((a, b) => rules/* RULE_IDS */.Iu.indexOf(a.rule) - rules/* RULE_IDS */.Iu.indexOf(b.rule) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    for (const finding of ordered) {
        const key = `${finding.rule}\0${finding.file}`;
        groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    const rows = [...groups.values()].slice(0, MAX_ROWS).map((group) => {
        const [first] = group;
        const lines = [...new Set(group.map((finding) => finding.line))];
        return [
            `<code>${first.rule}</code>`,
            `<code>${forSummaryHtml(first.file)}</code>`,
            group.some((finding) => finding.severity === "error") ? "error" : "warning",
            String(group.length),
            lines.slice(0, 10).join(", ") + (lines.length > 10 ? ", …" : ""),
        ];
    });
    const summary = core/* summary */.z.addHeading(ACTION, 3);
    summary.addRaw(`Scope <b>${source.scope}</b>: ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB) checked` +
        (result.policy ? `; policy <code>${forSummaryHtml(result.policy)}</code>` : "") +
        `${result.sopsConfig ? `; <code>${forSummaryHtml(result.sopsConfig)}</code>` : "; no .sops.yaml"}.`, true);
    if (rows.length > 0) {
        summary.addTable([
            [
                { data: "Rule", header: true },
                { data: "File", header: true },
                { data: "Severity", header: true },
                { data: "Findings", header: true },
                { data: "Lines", header: true },
            ],
            ...rows,
        ]);
        if (groups.size > MAX_ROWS)
            summary.addRaw(`(${groups.size - MAX_ROWS} more rule/file rows not shown)`, true);
    }
    const notes = counts.note > 0 ? ` ${(0,rules/* describeNotes */.Ne)(counts.note)} (SARIF level note).` : "";
    summary.addRaw(counts.error + counts.warning === 0
        ? `No plaintext secrets found.${notes}`
        : `${counts.error} errors, ${counts.warning} warnings.${notes} Secrets are never shown: each finding gives the fixed prefix of a known format, the length and a fingerprint to accept it in the policy file.`, true);
    await summary.write();
}
function writeSarif(file, findings, runner) {
    const written = writeFileSafely(external_node_path_default().resolve(runner.workspace, file), `${JSON.stringify(buildSarif(findings), null, 2)}\n`, { what: `sarif-file ${file}`, roots: [runner.workspace, runner.runnerTemp], mode: 0o644, replace: true });
    return written.file.path;
}
async function run() {
    await runAction(ACTION, async () => {
        const inputs = getInputs();
        const identities = await loadActionIdentities({
            ageKey: inputs.ageKey,
            inputName: "age-key",
            fallBackToEnvironment: false,
        });
        const runner = readRunnerEnvironment();
        const workspace = runner.workspace;
        const source = sourceFor(inputs, runner);
        const result = await verify({
            cwd: workspace,
            source,
            include: inputs.paths,
            policyFile: inputs.config,
            sopsConfigFile: inputs.sopsConfig,
            identities,
            now: Date.now(),
            threads: inputs.threads,
        });
        for (const note of result.notes)
            core/* notice */.lm(forAnnotation(`${ACTION}: ${note}`));
        const shown = (0,rules/* reportable */.xv)(result.findings);
        for (const finding of shown)
            annotate(finding);
        const counts = (0,rules/* countSeverities */.ng)(result.findings);
        const { error: errors, warning: warnings } = counts;
        core/* info */.pq(`${ACTION}: ${result.files} files checked (scope ${source.scope}): ${errors} errors, ${warnings} warnings, ${(0,rules/* describeNotes */.Ne)(counts.note)}`);
        const sarif = inputs.sarifFile ? writeSarif(inputs.sarifFile, result.findings, runner) : "";
        core/* setOutput */.uH("findings", String(shown.length));
        core/* setOutput */.uH("errors", String(errors));
        core/* setOutput */.uH("warnings", String(warnings));
        core/* setOutput */.uH("notes", String(counts.note));
        core/* setOutput */.uH("sarif-file", sarif);
        await writeSummary(runner, result, source, counts);
        const failing = inputs.failOn === "error" ? errors : inputs.failOn === "warning" ? shown.length : 0;
        if (failing > 0) {
            const rules = [...new Set(shown.map((finding) => finding.rule))].join(", ");
            core/* setFailed */.C1(`${ACTION} failed: ${errors} errors, ${warnings} warnings (${rules}); see the annotations and the job summary`);
        }
    });
}


/***/ })

};
;
//# sourceMappingURL=337.index.js.map