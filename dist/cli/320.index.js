"use strict";
exports.id = 320;
exports.ids = [320];
exports.modules = {

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: ./actions/common/escape.ts
var common_escape = __webpack_require__(3167);
// EXTERNAL MODULE: ./actions/cli/usage.ts
var usage = __webpack_require__(4704);
// EXTERNAL MODULE: ./actions/lib/scan/rules.ts
var rules = __webpack_require__(4801);
// EXTERNAL MODULE: ./actions/common/verify.ts
var verify = __webpack_require__(4962);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/common/safe-write.ts
var safe_write = __webpack_require__(6779);
;// CONCATENATED MODULE: ./actions/lib/scan/purge-plan.ts
const REMOVED = "***REMOVED***";
/**
 * Shorter values are left out of the plan: filter-repo replaces a value in every file of every commit,
 * and a short one (`juniper`, a password `hunter2`) is also other text.
 */
const MIN_PURGE_BYTES = 8;
const LETTER_OR_DIGIT = /^[A-Za-z0-9]$/;
/** Every byte but a letter or a digit as `\xHH`: the value's exact bytes as a Python bytes pattern. */
function exactPattern(bytes) {
    let pattern = "";
    for (const byte of bytes) {
        const character = String.fromCharCode(byte);
        pattern += LETTER_OR_DIGIT.test(character) ? character : `\\x${byte.toString(16).padStart(2, "0")}`;
    }
    return pattern;
}
const overLines = (bytes) => bytes.includes(0x0a) || bytes.includes(0x0d);
function expression(bytes) {
    const kind = overLines(bytes)
        ? Buffer.from(`regex:${exactPattern(bytes)}`, "latin1")
        : Buffer.concat([Buffer.from("literal:"), bytes]);
    return Buffer.concat([kind, Buffer.from(`==>${REMOVED}\n`)]);
}
function whereOf(value) {
    const { file, line, rule } = value.finding;
    return `${file}:${line} ${rule}${value.commit ? ` (commit ${value.commit.slice(0, 12)})` : ""}`;
}
/** The plan for these values: each distinct value once, longest first, then in byte order. */
function purgePlan(values) {
    const distinct = new Map();
    const tooShort = new Set();
    for (const value of values) {
        const bytes = Buffer.from(value.bytes);
        if (bytes.length < MIN_PURGE_BYTES)
            tooShort.add(whereOf(value));
        else
            distinct.set(bytes.toString("latin1"), bytes);
    }
    const sorted = [...distinct.values()].sort((a, b) => b.length - a.length || Buffer.compare(a, b));
    const regexes = sorted.filter(overLines).length;
    return {
        expressions: Buffer.concat(sorted.map(expression)),
        literals: sorted.length - regexes,
        regexes,
        tooShort: [...tooShort].sort(),
    };
}

;// CONCATENATED MODULE: ./actions/cli/purge-plan.ts
/**
 * `secrets-actions verify --history --purge-plan FILE`: writes the `git filter-repo --replace-text`
 * expressions for every plaintext secret the history holds (mode 0600, a new file, never through a
 * link) and prints what to do with it. The values are in FILE only: what is printed counts them and
 * says where the ones left out were found, never what they are.
 */



/** A word for a POSIX shell: as it is when it is plain, else in single quotes. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
class PurgePlanTarget {
    name;
    target;
    options;
    /** Refuses an existing file or a link at FILE now, before the history is read. */
    constructor(cwd, name) {
        this.name = name;
        this.target = external_node_path_default().resolve(cwd, name);
        // The CLI writes where its user asks (as `run --dotenv-file` does): the only root is the file system's.
        this.options = {
            what: `--purge-plan ${name}`,
            roots: [external_node_path_default().parse(this.target).root],
            mode: 0o600,
            replace: false,
        };
        (0,safe_write/* checkTarget */.e$)(this.target, this.options);
    }
    /**
     * Writes the plan (when it has a value) and returns what to print: counts and commands, no value.
     * `root`: the repository's work tree, where the plan had better not be.
     */
    write(values, root) {
        const plan = purgePlan(values);
        const written = plan.literals + plan.regexes;
        const lines = [];
        const file = shellWord(this.target);
        if (written === 0) {
            lines.push(`purge plan: no plaintext secret to replace in the history of HEAD: ${this.name} not written`);
        }
        else {
            (0,safe_write/* writeFileSafely */.kv)(this.target, plan.expressions, this.options);
            lines.push(`purge plan: ${written} secret ${written === 1 ? "value" : "values"} written to ${this.name} (mode 0600) as \`git filter-repo --replace-text\` expressions` +
                (plan.regexes > 0 ? ` (${plan.regexes} over several lines, as byte-exact regex: lines)` : "") +
                ": it holds the secrets themselves; never commit, share or paste it");
            const relative = external_node_path_default().relative(root, this.target);
            if (!relative.startsWith("..") && !external_node_path_default().isAbsolute(relative))
                lines.push(`${this.name} is inside the repository's work tree: keep it out of every commit (git add -A would take it), or move it out of the repository`);
        }
        if (plan.tooShort.length > 0) {
            lines.push(`not in the plan: ${plan.tooShort.length} ${plan.tooShort.length === 1 ? "value" : "values"} shorter than ${MIN_PURGE_BYTES} characters (replacing them in every file of every commit would change other text); rotate them, and edit them out by hand if you must:`, ...plan.tooShort.map((where) => `  ${where}`));
        }
        if (written === 0)
            return lines;
        lines.push("", "1. FIRST revoke and rotate every one of these secrets at its provider. Purging does not un-leak anything: forks, other clones, caches, pull request refs (refs/pull/*) and CI logs keep the old history, and only GitHub Support can remove cached views and pull request refs.", "2. Rewrite a fresh mirror clone (filter-repo refuses any other repository unless given --force; never use --force on your working clone: the rewrite is irreversible and leaves no backup):", "     git clone --mirror <the repository's URL> purged.git    (a local path: git clone --mirror --no-local PATH purged.git)", "     cd purged.git", `     git filter-repo --replace-text ${file}    (add --replace-message ${file} to clean commit and tag messages too)`, "3. Check it: clone purged.git and run `secrets-actions verify --history` in that clone.", "4. Push the new history over the old one from purged.git: git push --force --mirror (every branch and tag, and deletes refs the rewrite removed; the server refuses refs it locks, such as refs/pull/*), or branch by branch: git push --force origin BRANCH, then git push --force --tags origin. Protected branches must allow a force push for that moment.", "5. Ask every collaborator to re-clone (a pull or merge from an old clone brings the secrets back), and ask GitHub Support to remove cached views and pull request refs.", `6. Delete ${this.name} when you are done: it holds the secrets.`, "The plan covers the history of HEAD (the branch checked out); filter-repo rewrites every branch: run this on any other branch that may hold secrets and add its plan's lines.");
        return lines;
    }
}

;// CONCATENATED MODULE: ./actions/cli/verify.ts
/**
 * `secrets-actions verify [--staged | --history [--purge-plan FILE]] [PATHS...]`: the action's rules
 * from a terminal or a pre-commit hook. Prints `file:line: rule-id message` per finding, exits 1 when
 * there is an error finding. `--history` is the action's `history` scope; `--purge-plan` writes the
 * history's secrets for `git filter-repo --replace-text` (purge-plan.ts) and prints the plan.
 */





const VERIFY = (0,usage/* usageOf */.Fs)("verify");
/** Returns the exit code; bad usage throws what `usageError` makes of the message. */
async function verifyCommand(args, io, usageError) {
    const parsed = (0,usage/* parseCommandArgs */.Qx)(VERIFY, args, {
        staged: { type: "boolean" },
        history: { type: "boolean" },
        "purge-plan": { type: "string" },
        config: { type: "string" },
        "sops-config": { type: "string" },
        threads: { type: "string" },
    }, usageError);
    const { values, positionals } = parsed;
    const threads = values.threads === undefined ? 0 : Number(values.threads);
    if (!Number.isInteger(threads) || threads < 0)
        throw usageError(`--threads must be a whole number (0: one per core for a large scan), not ${JSON.stringify(values.threads)}`);
    const paths = positionals.length > 0 ? positionals : undefined;
    if (values.history && values.staged)
        throw usageError("--history and --staged exclude each other: --history checks every commit, --staged the index");
    if (values.history && paths)
        throw usageError("--history takes no PATHS: it checks every blob of every commit (drop the paths)");
    const planFile = values["purge-plan"];
    if (planFile !== undefined && !values.history)
        throw usageError("--purge-plan is made from the whole history: add --history");
    if (planFile === "")
        throw usageError("--purge-plan needs a file name (a file that does not exist yet)");
    // An existing file or a link at FILE is refused now, before a long history is read.
    const plan = planFile === undefined ? undefined : new PurgePlanTarget(io.cwd, planFile);
    const source = values.history
        ? { scope: "history", askedBy: "cli" }
        : values.staged
            ? { scope: "staged", ...(paths ? { paths } : {}) }
            : paths
                ? { scope: "paths", paths }
                : { scope: "all" };
    // The secrets' plaintext for the plan: kept here, written to FILE only, never printed.
    const secretValues = [];
    const result = await (0,verify/* verify */.M)({
        cwd: io.cwd,
        source,
        include: [],
        policyFile: values.config ?? "",
        sopsConfigFile: values["sops-config"] ?? "",
        identities: [],
        now: Date.now(),
        threads,
        ...(plan
            ? {
                historyValues: (value) => {
                    secretValues.push(value);
                },
            }
            : {}),
    });
    for (const finding of (0,rules/* reportable */.xv)(result.findings)) {
        const where = finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : "";
        io.stdout(`${(0,common_escape/* forLogLine */.kz)(`${finding.file}:${finding.line}: ${finding.rule} ${finding.severity}: ${(0,rules/* describeFinding */.jb)(finding)}${where}`)}\n`);
    }
    if (plan)
        for (const line of plan.write(secretValues, result.root))
            io.stdout(`${(0,common_escape/* forLogLine */.kz)(line)}\n`);
    for (const note of result.notes)
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: ${note}`)}\n`);
    const counts = (0,rules/* countSeverities */.ng)(result.findings);
    io.stderr(`secrets-actions verify: ${result.files} files checked: ${counts.error} errors, ${counts.warning} warnings, ${(0,rules/* describeNotes */.Ne)(counts.note)} (${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(2)} s)\n`);
    return counts.error > 0 ? 1 : 0;
}


/***/ })

};
;
//# sourceMappingURL=320.index.js.map