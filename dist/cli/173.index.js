export const id = 173;
export const ids = [173];
export const modules = {

/***/ 6173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./actions/lib/sops/config.ts
var sops_config = __webpack_require__(9516);
// EXTERNAL MODULE: ./actions/common/sops-config.ts
var common_sops_config = __webpack_require__(7958);
// EXTERNAL MODULE: ./actions/lib/sops/engine.ts
var engine = __webpack_require__(1472);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/sops/formats.ts + 8 modules
var formats = __webpack_require__(1481);
// EXTERNAL MODULE: ./actions/lib/sops/tree-path.ts
var tree_path = __webpack_require__(840);
// EXTERNAL MODULE: ./actions/lib/sops/stores/json.ts
var json = __webpack_require__(125);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./actions/cli/usage.ts
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
const EXIT_CODES = "exit codes: 0 ok, 1 error, 2 usage, 3 not a SOPS file, 4 unsupported keys, 51 MAC mismatch, 128 no matching key";
/** The package's version, from the package.json beside the bundle's folder (dist/cli/../../). */
function packageVersion() {
    // The name is built at run time so that the bundler does not copy package.json into dist/.
    const manifest = ["package", "json"].join(".");
    const file = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), "..", "..", manifest);
    try {
        const { version } = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
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
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const unknown = /Unknown option '([^']+)'/.exec((0,lib_errors/* describeUnknown */.Ee)(error))?.[1];
        throw usageError(unknown ? notAnOption(command, unknown) : (0,lib_errors/* describeUnknown */.Ee)(error));
    }
}

// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
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
    const line = (0,lib_errors/* escapeControlCharacters */.F7)(text);
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
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
/** A cell of a Markdown table in the job summary: one line, no raw HTML, pipes escaped. */
function forSummaryMarkdownCell(text) {
    return forSummaryHtml(text.replace(/\s+/g, " ")).replace(/\|/g, "\\|").trim();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/sops/goformat.ts
var goformat = __webpack_require__(8179);
// EXTERNAL MODULE: ./actions/lib/sops/tree.ts
var sops_tree = __webpack_require__(8866);
;// CONCATENATED MODULE: ./actions/lib/env/flatten.ts
/**
 * Turning decrypted SOPS documents into flat name/value pairs for environment variables and dotenv
 * files: nested maps joined with a delimiter (pydantic-settings' `env_nested_delimiter`), lists as one
 * JSON string (how pydantic-settings reads complex fields), and for every pair whether it came from
 * encrypted values (those are secrets; unencrypted ones are configuration).
 */


function compactJson(value) {
    if ((0,sops_tree/* isTreeMap */.vD)(value)) {
        return `{${value
            .entries()
            .map((entry) => `${JSON.stringify(entry.key)}:${compactJson(entry.value)}`)
            .join(",")}}`;
    }
    if ((0,sops_tree/* isTreeList */.rB)(value)) {
        return `[${value
            .filter((item) => !(item instanceof sops_tree/* Comment */.Mw))
            .map((item) => compactJson(item))
            .join(",")}]`;
    }
    if (value === null)
        return "null";
    if (typeof value === "bigint")
        return value.toString();
    if (typeof value === "number")
        return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify((0,goformat/* valueToString */.U4)(value));
    if (typeof value === "boolean")
        return String(value);
    if (value instanceof sops_tree/* SopsTime */.nA || value instanceof Uint8Array)
        return JSON.stringify((0,goformat/* valueToString */.U4)(value));
    return JSON.stringify(value);
}
/**
 * A scalar as an environment variable: floats in JSON's form, so that the integral floats of old sops
 * JSON files (`7` stored as `type:float`) read `7`, not sops' dotenv form `7.0`.
 */
function scalarText(value) {
    return typeof value === "number" && Number.isFinite(value)
        ? (0,goformat/* formatFloatJson */.Ak)(value)
        : (0,goformat/* valueToString */.U4)(value);
}
function locationKey(document, location) {
    return JSON.stringify([document, ...location]);
}
/** Flatten one decrypted document stream (documents in order; later ones override earlier keys). */
function flattenDocuments(branches, leaves, delimiter) {
    const encrypted = new Map();
    for (const leaf of leaves) {
        if (!leaf.encrypted || leaf.value === null)
            continue;
        // Register the leaf's value under every ancestor, so a list entry knows its encrypted elements.
        for (let depth = 1; depth <= leaf.location.length; depth++) {
            const key = locationKey(leaf.document, leaf.location.slice(0, depth));
            const parts = encrypted.get(key) ?? [];
            parts.push((0,goformat/* valueToString */.U4)(leaf.value));
            encrypted.set(key, parts);
        }
    }
    const entries = [];
    const visit = (value, document, location) => {
        if ((0,sops_tree/* isTreeMap */.vD)(value)) {
            for (const entry of value.entries())
                visit(entry.value, document, [...location, entry.key]);
            return;
        }
        const secretParts = encrypted.get(locationKey(document, location)) ?? [];
        entries.push({
            name: location.join(delimiter),
            value: (0,sops_tree/* isTreeList */.rB)(value) ? compactJson(value) : scalarText(value),
            secret: secretParts.length > 0,
            secretParts,
        });
    };
    branches.forEach((branch, document) => {
        visit(branch, document, []);
    });
    return entries;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/lib/rotation/policy.ts
/**
 * The rotation policy (`.github/secret-rotation.yml`): defaults and per-secret entries, first match
 * wins. Every mistake is a one-line error naming the file, the line and the fix.
 */



const BUILT_IN_DEFAULTS = {
    maxAgeDays: 90,
    warnBeforeDays: 14,
    owner: undefined,
    runbook: undefined,
    ignore: false,
};
const DEFAULT_POLICY = { source: undefined, defaults: BUILT_IN_DEFAULTS, entries: [] };
/** `90d`, `12w` → days. */
function parseDays(text) {
    const match = /^(\d{1,5})([dw])$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (match[2] === "w" ? 7 : 1);
}
const DEFAULT_KEYS = new Set(["max-age", "warn-before"]);
const ENTRY_KEYS = new Set(["match", "source", "max-age", "warn-before", "owner", "runbook", "ignore"]);
function parseRotationPolicy(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const at = (node) => `${source}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
    const fail = (node, message) => {
        throw new lib_errors/* ConfigurationError */.j1(`${at(node)}: ${message}`);
    };
    if (document.errors.length > 0) {
        const [error] = document.errors;
        throw new lib_errors/* ConfigurationError */.j1(`${source}:${error?.linePos?.[0].line ?? 1}: not valid YAML (${error?.code ?? "syntax"}): fix the syntax`);
    }
    const root = document.contents;
    if (root === null)
        return { ...DEFAULT_POLICY, source };
    if (!(0,dist/* isMap */.jh)(root))
        return fail(root, "must be a mapping with `defaults:` and `secrets:`");
    const days = (node, what) => {
        const value = (0,dist/* isScalar */.jn)(node) ? String(node.value) : "";
        const parsed = parseDays(value);
        if (parsed === undefined)
            return fail(node, `${what} must be a duration such as 90d or 12w, not "${value.slice(0, 20)}"`);
        return parsed;
    };
    const nonEmptyText = (node, what) => {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== "string" || node.value.trim() === "")
            return fail(node, `${what} must be a non-empty string`);
        return node.value.trim();
    };
    const defaults = { ...BUILT_IN_DEFAULTS };
    const entries = [];
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : "";
        if (key === "defaults") {
            if (!(0,dist/* isMap */.jh)(pair.value))
                return fail(pair.value, "defaults must be a mapping");
            for (const item of pair.value.items) {
                const name = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : "";
                if (!DEFAULT_KEYS.has(name))
                    fail(item.key, `unknown key \`${name}\` in defaults: use max-age or warn-before`);
                if (name === "max-age")
                    defaults.maxAgeDays = days(item.value, "defaults.max-age");
                if (name === "warn-before")
                    defaults.warnBeforeDays = days(item.value, "defaults.warn-before");
            }
        }
        else if (key === "secrets") {
            if (!(0,dist/* isSeq */.oP)(pair.value))
                return fail(pair.value, "secrets must be a list of entries with `match:`");
            pair.value.items.forEach((item, index) => {
                const where = `secrets[${index}]`;
                if (!(0,dist/* isMap */.jh)(item))
                    return fail(item, `${where} must be a mapping with \`match:\``);
                const entry = { source: "any" };
                for (const field of item.items) {
                    const name = (0,dist/* isScalar */.jn)(field.key) ? String(field.key.value) : "";
                    if (!ENTRY_KEYS.has(name))
                        fail(field.key, `unknown key \`${name}\` in ${where}: use ${[...ENTRY_KEYS].join(", ")}`);
                    const value = field.value;
                    switch (name) {
                        case "match": {
                            const glob = nonEmptyText(value, `${where}.match`);
                            if (/[[\]{}]/.test(glob) && !isBalanced(glob))
                                fail(value, `${where}.match "${glob.slice(0, 40)}" is not a valid glob`);
                            entry.match = picomatch_default()(glob, { dot: true, nocase: false });
                            break;
                        }
                        case "source": {
                            const chosen = (0,dist/* isScalar */.jn)(value) ? String(value.value) : "";
                            if (chosen !== "sops" && chosen !== "github" && chosen !== "any")
                                fail(value, `${where}.source must be sops, github or any, not "${chosen.slice(0, 20)}"`);
                            entry.source = chosen;
                            break;
                        }
                        case "max-age":
                            entry.maxAgeDays = days(value, `${where}.max-age`);
                            break;
                        case "warn-before":
                            entry.warnBeforeDays = days(value, `${where}.warn-before`);
                            break;
                        case "owner":
                            entry.owner = nonEmptyText(value, `${where}.owner`).replace(/^@/, "");
                            break;
                        case "runbook":
                            entry.runbook = nonEmptyText(value, `${where}.runbook`);
                            break;
                        case "ignore":
                            if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== "boolean")
                                fail(value, `${where}.ignore must be true or false`);
                            entry.ignore = value.value;
                            break;
                    }
                }
                if (!entry.match)
                    fail(item, `${where} needs a \`match:\` glob (e.g. match: HF_TOKEN)`);
                entries.push(entry);
            });
        }
        else {
            fail(pair.key, `unknown key \`${key}\`: use defaults and secrets`);
        }
    }
    return { source, defaults, entries };
}
function isBalanced(glob) {
    let depth = 0;
    for (const char of glob) {
        if (char === "[" || char === "{")
            depth++;
        if (char === "]" || char === "}")
            depth--;
        if (depth < 0)
            return false;
    }
    return depth === 0;
}
/** The rule for a secret: the first entry whose glob and source match, over the defaults. */
function ruleFor(policy, name, source) {
    const entry = policy.entries.find((candidate) => candidate.match(name) && (candidate.source === "any" || candidate.source === source));
    if (!entry)
        return policy.defaults;
    return {
        maxAgeDays: entry.maxAgeDays ?? policy.defaults.maxAgeDays,
        warnBeforeDays: entry.warnBeforeDays ?? policy.defaults.warnBeforeDays,
        owner: entry.owner,
        runbook: entry.runbook,
        ignore: entry.ignore ?? false,
    };
}

// EXTERNAL MODULE: ./actions/lib/scan/policy.ts + 9 modules
var policy = __webpack_require__(2205);
// EXTERNAL MODULE: ./actions/lib/sops/policy.ts
var sops_policy = __webpack_require__(7616);
;// CONCATENATED MODULE: ./actions/lib/rotation/history.ts
/**
 * When each secret of a SOPS file last changed, from the file's revisions (oldest first). With the
 * key, a revision's secrets are compared by decrypted value: the age is exact. Without it (or for a
 * revision no key opens), by ciphertext: sops re-encrypts a value only when it changes, except when the
 * whole file is re-encrypted (`sops rotate`, `sops encrypt` of a working copy) — a revision in which
 * every ciphertext changed is such a re-encryption and is not counted, so the age is an upper bound.
 */
/**
 * The age of every secret of the newest revision. A secret that disappears (removed or renamed) and
 * comes back starts anew where it came back.
 */
function secretAges(revisions) {
    const ages = new Map();
    let previous;
    for (const revision of revisions) {
        const reencrypted = previous !== undefined && isReencryption(previous.ciphertexts, revision.ciphertexts);
        for (const name of ages.keys())
            if (!revision.ciphertexts.has(name))
                ages.delete(name);
        for (const [name, ciphertext] of revision.ciphertexts) {
            const known = ages.get(name);
            const introduced = { name, commit: revision.commit, date: revision.date, exact: true };
            if (!known || !previous?.ciphertexts.has(name)) {
                ages.set(name, introduced);
                continue;
            }
            const before = previous.plaintexts?.get(name);
            const now = revision.plaintexts?.get(name);
            if (before !== undefined && now !== undefined) {
                if (before !== now)
                    ages.set(name, introduced);
                continue;
            }
            // Ciphertexts only: a whole-file re-encryption says nothing about any one value.
            if (reencrypted) {
                ages.set(name, { ...known, exact: false });
                continue;
            }
            // An unchanged ciphertext proves an unchanged value; a new one is counted as a change, which a
            // re-encryption of the same value would also produce: an upper bound.
            if (ciphertext !== previous.ciphertexts.get(name))
                ages.set(name, { ...introduced, exact: false });
        }
        previous = revision;
    }
    return [...ages.values()];
}
/** Every ciphertext the two revisions share a name for changed (with at least two such names). */
function isReencryption(before, after) {
    let shared = 0;
    for (const [name, ciphertext] of after) {
        const old = before.get(name);
        if (old === undefined)
            continue;
        shared++;
        if (old === ciphertext)
            return false;
    }
    return shared >= 2;
}

;// CONCATENATED MODULE: ./actions/lib/rotation/report.ts
/**
 * The report of rotate-reminder: one entry per secret with its age, the policy that applies, its
 * status and hygiene notes; stable ids; the job summary rows; the hygiene checks on decrypted values
 * (which see digests and lengths only, never values).
 */


function secretId(secret) {
    if (secret.source === "sops")
        return `sops:${secret.file ?? ""}:${secret.name}`;
    const where = secret.scope === "environment" ? `environment:${secret.environment ?? ""}` : secret.scope;
    return `github:${secret.repository}:${where ?? "repository"}:${secret.name}`;
}
function statusOf(ageDays, maxAgeDays, warnBeforeDays) {
    if (ageDays >= maxAgeDays)
        return "overdue";
    if (ageDays >= maxAgeDays - warnBeforeDays)
        return "due-soon";
    return "ok";
}
const ORDER = { overdue: 0, "due-soon": 1, ok: 2 };
/** Entries for every secret the policy does not ignore, overdue first, then oldest first. */
function buildReport(secrets, policy, now) {
    const entries = [];
    for (const secret of secrets) {
        const rule = ruleFor(policy, secret.name, secret.source);
        if (rule.ignore)
            continue;
        const age = (0,sops_policy/* ageInDays */.QR)(secret.lastChanged, now);
        entries.push({
            id: secretId(secret),
            name: secret.name,
            source: secret.source,
            file: secret.file ?? null,
            key: secret.key ?? null,
            repository: secret.repository,
            scope: secret.scope ?? null,
            environment: secret.environment ?? null,
            "last-changed": secret.lastChanged,
            commit: secret.commit ?? null,
            "age-days": age,
            exact: secret.exact,
            "max-age-days": rule.maxAgeDays,
            status: statusOf(age, rule.maxAgeDays, rule.warnBeforeDays),
            hygiene: [...(secret.hygiene ?? [])],
            owner: rule.owner,
            runbook: rule.runbook,
            line: secret.line,
        });
    }
    return entries.sort((a, b) => ORDER[a.status] - ORDER[b.status] || b["age-days"] - a["age-days"] || (a.id < b.id ? -1 : 1));
}
/** The `report` output: the documented fields only. */
function reportOutput(entries) {
    return entries.map((entry) => {
        const output = { ...entry };
        delete output.owner;
        delete output.runbook;
        delete output.line;
        return output;
    });
}
const WEAK_VALUES = new Set([
    "juniper",
    "changeme",
    "change-me",
    "password",
    "secret",
    "test",
    "admin",
    "default",
    "example",
    "123456",
    "token",
    "key",
]);
/** Whether a value is a known default: checked where the value is, so that only the answer travels. */
function isWeakValue(name, value) {
    const lower = value.trim().toLowerCase();
    return WEAK_VALUES.has(lower) || lower === name.toLowerCase() || /^(.)\1*$/.test(lower);
}
/** Hygiene notes per secret (`file:name` → notes), from facts about the values. */
function hygieneNotes(facts) {
    const notes = new Map();
    const add = (fact, note) => {
        const key = `${fact.file}:${fact.name}`;
        notes.set(key, [...(notes.get(key) ?? []), note]);
    };
    const byDigest = new Map();
    for (const fact of facts)
        byDigest.set(fact.digest, [...(byDigest.get(fact.digest) ?? []), fact]);
    for (const fact of facts) {
        if (fact.length < 16)
            add(fact, `shorter than 16 characters (${fact.length})`);
        if (fact.weak)
            add(fact, "a known default or placeholder value");
        const twins = (byDigest.get(fact.digest) ?? []).filter((other) => other !== fact);
        if (twins.length > 0) {
            add(fact, `the same value as ${twins.map((other) => (other.file === fact.file ? other.name : `${other.name} in ${other.file}`)).join(", ")}`);
        }
    }
    return notes;
}

// EXTERNAL MODULE: ./actions/lib/lines.ts
var lib_lines = __webpack_require__(701);
// EXTERNAL MODULE: ./actions/lib/sops/inspect.ts
var inspect = __webpack_require__(6040);
// EXTERNAL MODULE: ./actions/lib/sops/tree-cipher.ts + 1 modules
var tree_cipher = __webpack_require__(1635);
;// CONCATENATED MODULE: ./actions/common/sops-history.ts
/**
 * The SOPS half of a rotation check (rotate-reminder and `secrets-actions rotation`): which files to
 * look at, each file's revisions from git (one `git log`, blobs through one batched `git cat-file`),
 * the encrypted secrets of each revision, decrypted in memory with the key when there is one, and from
 * them each secret's age and, for the current values, hygiene facts. Values never leave this module:
 * revisions carry keyed digests, hygiene carries lengths and answers.
 */

















/** Exported names as decrypt-env would export them with its defaults. */
const DELIMITER = "__";
/** Digests are keyed with a key of this run only: equal values compare equal, nothing else is learnt. */
const DIGEST_KEY = (0,external_node_crypto_.randomBytes)(32);
const digest = (value) => (0,external_node_crypto_.createHmac)("sha256", DIGEST_KEY).update(value).digest("hex");
/** Data keys already unwrapped in this run, by their wrapped copies (age files of a file's metadata). */
const unwrapped = new Map();
const MAX_UNWRAPPED = 4096;
/** The flattened name of a leaf: its map keys down to the first list (a list is one variable). */
function nameOf(location) {
    const end = location.findIndex((part) => typeof part === "number");
    return end === -1 ? location : location.slice(0, end);
}
async function readRevision(file, meta, bytes, identities, keepValues, notice) {
    const format = (0,formats/* formatForPath */.G9)(meta.path) ?? (0,formats/* detectEncryptedFormat */.X$)(meta.path, bytes);
    const status = (0,inspect/* inspectSops */.e)(meta.path, bytes, bytes.toString("utf8"));
    if (status.kind === "broken")
        notice(`${file} at commit ${meta.commit.slice(0, 12)} has broken SOPS metadata (${status.problem}): that revision is skipped`);
    // A revision that is not (or not yet) a SOPS file has no secrets to date.
    if (status.kind !== "sops")
        return undefined;
    const { metadata } = status;
    const leaves = (0,tree_cipher/* selectLeaves */.Tb)(status.branches, {
        rule: status.metadata.cryptRule,
        macOnlyEncrypted: status.metadata.macOnlyEncrypted,
    });
    let lines;
    if (keepValues) {
        const text = bytes.toString("utf8");
        const index = new lib_lines/* LineIndex */.rr(text);
        lines = new Map();
        for (const leaf of leaves) {
            const location = nameOf(leaf.location);
            const name = location.join(DELIMITER);
            if (leaf.encrypted && !lines.has(name))
                lines.set(name, (0,inspect/* keyLine */.Y)(text, index, location));
        }
    }
    const ciphertexts = new Map(flattenDocuments(status.branches, leaves, DELIMITER)
        .filter((entry) => entry.secret)
        .map((entry) => [entry.name, entry.value]));
    const known = lines ? { lines } : {};
    if (identities.length === 0)
        return {
            revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined },
            metadata,
            ...known,
        };
    try {
        // Revisions that keep the data key (`set`, `updatekeys` of other groups) keep its wrapped copies:
        // each is unwrapped once, and the MAC is still verified with it for every revision.
        const wrapped = metadata.keyGroups
            .map((group) => group.age.map((key) => key.enc).join("\n"))
            .join("\n\n");
        const cachedKey = unwrapped.get(wrapped);
        const decrypted = await (0,engine/* decrypt */.Yc)(bytes, {
            format,
            identities,
            parsed: { branches: status.branches, metadata },
            ...(cachedKey ? { dataKey: cachedKey } : {}),
        });
        if (!cachedKey) {
            if (unwrapped.size >= MAX_UNWRAPPED)
                unwrapped.clear();
            unwrapped.set(wrapped, decrypted.dataKey);
        }
        const plain = flattenDocuments(decrypted.branches, decrypted.leaves, DELIMITER).filter((entry) => entry.secret);
        const plaintexts = new Map(plain.map((entry) => [entry.name, digest(entry.value)]));
        const values = keepValues ? new Map(plain.map((entry) => [entry.name, entry.value])) : undefined;
        return {
            revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts },
            metadata,
            dataKey: (0,external_node_crypto_.createHmac)("sha256", DIGEST_KEY).update(decrypted.dataKey).digest("hex"),
            ...(values ? { values } : {}),
            ...known,
        };
    }
    catch (error) {
        notice(`${file} at commit ${meta.commit.slice(0, 12)} cannot be decrypted (${(0,lib_errors/* describeUnknown */.Ee)(error)}): its ages are compared by ciphertext there and marked inexact`);
        return {
            revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined },
            metadata,
            ...known,
        };
    }
}
/** The revisions behind these metas, read in one blob batch; `keep(index)`: keep that one's values. */
async function readMetas(root, metas, identities, notice, keep) {
    const blobs = [];
    await (0,git/* readBlobs */.b4)(root, metas, (index, bytes) => {
        blobs[index] = bytes;
    });
    const read = [];
    for (const [index, meta] of metas.entries()) {
        const bytes = blobs[index];
        read.push(bytes ? await readRevision(meta.path, meta, bytes, identities, keep(index), notice) : undefined);
    }
    return read;
}
/** The revisions of several files at once (one `git log`, one blob batch), renames not followed. */
async function sopsRevisionsOfPaths(root, files, identities, notice) {
    const metas = [...(await (0,git/* pathRevisions */.Yx)(root, files)).values()].flat();
    const read = await readMetas(root, metas, identities, notice, () => false);
    const found = new Map();
    for (const [index, meta] of metas.entries()) {
        const revision = read[index];
        if (!revision)
            continue;
        const list = found.get(meta.path) ?? [];
        list.push(revision);
        found.set(meta.path, list);
    }
    return found;
}
/**
 * The SOPS revisions of a file from one `git log` and one batched `git cat-file`; the newest keeps its
 * values and key lines when it is the file's last revision.
 */
async function readRevisions(root, file, identities, notice) {
    const metas = await (0,git/* fileRevisions */.jy)(root, file);
    const read = await readMetas(root, metas, identities, notice, (index) => index === metas.length - 1);
    return read.filter((revision) => revision !== undefined);
}
async function sopsSecrets(root, file, repository, identities, notice, 
/** Digests the current values with this key instead of the run's own (the inventory's shared key). */
digestKey) {
    const read = await readRevisions(root, file, identities, notice);
    const revisions = read.map((entry) => entry.revision);
    const newest = read.at(-1);
    const current = newest?.values;
    const keyLines = newest?.lines;
    const secrets = secretAges(revisions).map((age) => ({
        name: age.name,
        source: "sops",
        file,
        key: age.name,
        repository,
        lastChanged: age.date,
        commit: age.commit,
        exact: age.exact && identities.length > 0,
        line: keyLines?.get(age.name) ?? 1,
    }));
    const facts = [...(current ?? new Map())].map(([name, value]) => ({
        name,
        file,
        length: Array.from(value).length,
        digest: digestKey ? (0,external_node_crypto_.createHmac)("sha256", digestKey).update(value).digest("hex") : digest(value),
        weak: isWeakValue(name, value),
    }));
    return { secrets, facts };
}
/** The rotation policy file (repository-relative); the default name may be absent, another may not. */
function loadRotationPolicy(root, file, defaultFile) {
    const absolute = external_node_path_default().resolve(root, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        if (file === defaultFile)
            return DEFAULT_POLICY;
        throw new lib_errors/* ConfigurationError */.j1(`policy: ${file} does not exist in ${root}: fix the path or remove it`);
    }
    return parseRotationPolicy((0,external_node_fs_.readFileSync)(absolute, "utf8"), file);
}
function sopsSetup(root) {
    const file = (0,common_sops_config/* locateSopsConfig */.ah)(root);
    if (!file)
        return undefined;
    const relative = external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join("/");
    return {
        config: (0,common_sops_config/* readSopsConfig */.aU)(file, relative).config,
        dir: external_node_path_default().dirname(relative).replace(/^\.$/, ""),
        file: relative,
    };
}
/**
 * The files to check: those of the globs, else every tracked file that a creation rule covers and
 * that is a SOPS file.
 */
async function rotationFiles(root, globs) {
    const tracked = await (0,git/* trackedFiles */.O)(root);
    if (globs.length > 0) {
        const files = tracked.filter((0,policy/* globMatcher */.fU)(globs));
        if (files.length === 0)
            throw new lib_errors/* ConfigurationError */.j1(`files: ${globs.join(", ")} matches no tracked file: fix the globs`);
        return files;
    }
    const setup = sopsSetup(root);
    return tracked.filter((file) => {
        if (!(0,sops_policy/* creationRuleFor */.rV)(setup, file))
            return false;
        const absolute = external_node_path_default().join(root, file);
        if (!(0,external_node_fs_.existsSync)(absolute))
            return false;
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        return (0,inspect/* inspectSops */.e)(file, bytes, bytes.toString("utf8")).kind === "sops";
    });
}

;// CONCATENATED MODULE: ./actions/lib/interfaces/rotate-reminder.ts
const ROTATE_REMINDER = {
    name: "rotate-reminder",
    inputs: {
        files: { kind: "list", default: "" },
        "age-key": { kind: "secret", default: "" },
        policy: { kind: "string", default: ".github/secret-rotation.yml" },
        "github-secrets": { kind: "choice", default: "true", choices: ["true", "false", "required"] },
        token: { kind: "secret", default: "${{ github.token }}" },
        "secrets-token": { kind: "secret", default: "" },
        repositories: { kind: "list", default: "" },
        issues: { kind: "boolean", default: true },
        label: { kind: "string", default: "secret-rotation" },
        "fail-on": { kind: "choice", default: "never", choices: ["never", "overdue", "due-soon"] },
    },
    outputs: ["report", "overdue", "due-soon", "issues"],
    post: false,
};

;// CONCATENATED MODULE: ./actions/cli/rotation.ts
/**
 * `secrets-actions rotation [--policy FILE] [FILES...]`: rotate-reminder's SOPS report for the local
 * repository, as a table; exit 1 when a secret is overdue. Identities come from the environment and
 * the default keys.txt, as for every command: with one, ages are exact.
 */







const ROTATION = usageOf("rotation");
/** Columns padded to their widest cell; every cell escaped for the terminal first. */
function table(cells) {
    const rows = cells.map((row) => row.map(forLogLine));
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
    return rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd())
        .join("\n");
}
async function rotationCommand(args, io, identities, usageError) {
    const parsed = parseCommandArgs(ROTATION, args, { policy: { type: "string" } }, usageError);
    const root = await (0,git/* repositoryRoot */.Hn)(io.cwd);
    if (!root)
        throw new lib_errors/* ConfigurationError */.j1(`${io.cwd} is not in a git repository: rotation reads the history of SOPS files`);
    const defaultPolicy = ROTATE_REMINDER.inputs.policy.default;
    const policy = loadRotationPolicy(root, parsed.values.policy ?? defaultPolicy, defaultPolicy);
    const keys = await identities();
    const files = await rotationFiles(root, parsed.positionals);
    const found = [];
    const facts = [];
    for (const file of files) {
        const result = await sopsSecrets(root, file, "local", keys, (message) => {
            io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
        });
        found.push(...result.secrets);
        facts.push(...result.facts);
    }
    const notes = hygieneNotes(facts);
    for (const secret of found)
        secret.hygiene = notes.get(`${secret.file ?? ""}:${secret.name}`) ?? [];
    const entries = buildReport(found, policy, Date.now());
    const rows = [
        ["SECRET", "FILE", "AGE", "MAX", "STATUS", "COMMIT", "HYGIENE"],
        ...entries.map((entry) => [
            entry.name,
            entry.file ?? "",
            `${entry.exact ? "" : "<="}${entry["age-days"]}d`,
            `${entry["max-age-days"]}d`,
            entry.status,
            (entry.commit ?? "").slice(0, 12),
            entry.hygiene.join("; "),
        ]),
    ];
    io.stdout(`${table(rows)}\n`);
    const overdue = entries.filter((entry) => entry.status === "overdue").length;
    io.stderr(`secrets-actions rotation: ${entries.length} secrets in ${files.length} files: ${overdue} overdue${keys.length === 0 ? " (no key: ages are upper bounds)" : ""}\n`);
    return overdue > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./actions/lib/repository-name.ts
/**
 * `OWNER/NAME` as the command line and the inventory files take it: word characters, dots and hyphens
 * on each side of one slash. Looser than GitHub's own rules (lib/dispatch/plan.ts checks those where a
 * wrong name would cost API calls); enough to keep paths, URLs and log lines well formed.
 */
const OWNER_NAME = /^[\w.-]+\/[\w.-]+$/;
const isRepositoryName = (text) => OWNER_NAME.test(text);

// EXTERNAL MODULE: ./actions/common/scan-files.ts + 32 modules
var scan_files = __webpack_require__(9394);
;// CONCATENATED MODULE: ./actions/lib/access/exposures.ts
/**
 * What each name could ever read, from every revision of every SOPS file: for each (name, file, key),
 * the first and last commit at which the name could open a value of the key, and whether a value it
 * could open is still the current one. Values are compared as keyed digests the caller made in memory
 * (with a key); without one, whether a value is still live is unknown (null).
 */
function liveness(history, key, opened) {
    const revisions = history.revisions;
    const last = revisions.at(-1);
    if (!history.current || !last?.keys.includes(key)) {
        // Gone: the first revision after the name's last one that lacks the key.
        const lastOpened = opened.at(-1);
        const after = lastOpened ? revisions.indexOf(lastOpened) + 1 : 0;
        const removal = revisions.slice(after).find((revision) => !revision.keys.includes(key));
        return { stillLive: false, changedIn: removal?.commit ?? null };
    }
    const current = last.digests?.get(key);
    const seen = opened.map((revision) => revision.digests?.get(key));
    if (current === undefined || seen.some((digest) => digest === undefined))
        return { stillLive: null, changedIn: null };
    if (seen.includes(current))
        return { stillLive: true, changedIn: null };
    // The revision that set the current value: back from HEAD while the value stays the same.
    let since = revisions.length - 1;
    while (since > 0 && revisions[since - 1]?.digests?.get(key) === current)
        since--;
    return { stillLive: false, changedIn: revisions[since]?.commit ?? null };
}
/**
 * The history with each revision's readers widened to everyone who held its data key at any revision:
 * the key groups say who was given the data key, not who still has it.
 */
function withDataKeyHolders(history) {
    const holders = new Map();
    for (const revision of history.revisions) {
        if (revision.dataKey === undefined)
            continue;
        const names = holders.get(revision.dataKey) ?? new Set();
        for (const name of revision.readers)
            names.add(name);
        holders.set(revision.dataKey, names);
    }
    return {
        ...history,
        revisions: history.revisions.map((revision) => {
            const extra = revision.dataKey === undefined ? undefined : holders.get(revision.dataKey);
            if (!extra)
                return revision;
            return { ...revision, readers: [...new Set([...revision.readers, ...extra])].sort() };
        }),
    };
}
function exposures(histories) {
    const found = [];
    for (const history of histories.map(withDataKeyHolders)) {
        const names = [...new Set(history.revisions.flatMap((revision) => revision.readers))].sort();
        for (const name of names) {
            const readable = history.revisions.filter((revision) => revision.readers.includes(name));
            const keys = [...new Set(readable.flatMap((revision) => revision.keys))].sort();
            for (const key of keys) {
                const opened = readable.filter((revision) => revision.keys.includes(key));
                const first = opened[0];
                const last = opened.at(-1);
                if (!first || !last)
                    continue;
                found.push({
                    name,
                    file: history.path,
                    key,
                    firstCommit: first.commit,
                    lastCommit: last.commit,
                    ...liveness(history, key, opened),
                });
            }
        }
    }
    return found;
}
/** The runs of revisions each name could open, per file: who could read it from which commit to which. */
function accessSpans(histories) {
    const spans = [];
    for (const history of histories.map(withDataKeyHolders)) {
        const open = new Map();
        for (const revision of history.revisions) {
            for (const [name, span] of open) {
                if (revision.readers.includes(name))
                    continue;
                spans.push({ name, file: history.path, ...span, endedBy: revision.commit });
                open.delete(name);
            }
            for (const name of revision.readers) {
                const span = open.get(name);
                open.set(name, { from: span?.from ?? revision.commit, to: revision.commit });
            }
        }
        for (const [name, span] of open)
            spans.push({ name, file: history.path, ...span, endedBy: null });
    }
    return spans.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./actions/lib/access/names.ts
var access_names = __webpack_require__(4109);
// EXTERNAL MODULE: ./actions/lib/access/readers.ts
var readers = __webpack_require__(8317);
;// CONCATENATED MODULE: ./actions/common/access.ts
/**
 * The access audit's reading of a repository: the names of the recipients (policy file and `.sops.yaml`
 * comments), who can open each SOPS file now, and every revision of every SOPS file in the history —
 * from its metadata alone, and with a key as keyed digests of its values, never the values themselves.
 */










/** The names, from the policy file's `recipients:` and the comments of `.sops.yaml`. */
function loadRecipientNames(root, policyFile, 
/** Earlier `.sops.yaml` texts whose comments name recipients too (the current file wins). */
earlier = "") {
    const policy = (0,scan_files/* loadPolicy */.tb)(root, policyFile);
    const found = (0,scan_files/* loadSops */.mn)(root, "");
    return {
        names: new access_names/* RecipientNames */.y(policy.recipients, `${earlier}\n${found?.text ?? ""}`),
        sops: found?.setup,
    };
}
/**
 * Files whose history the audit reads: every path of the history that a creation rule covers today, and
 * every tracked SOPS file. (A SOPS file that no rule ever covered and that is gone from the tree is not
 * found: a creation rule is how a repository says where its secrets are.)
 */
async function candidatePaths(root, sops) {
    const everywhere = await (0,git/* historyPaths */.BK)(root);
    return everywhere.filter((file) => (0,sops_policy/* creationRuleFor */.rV)(sops, file) !== undefined || /\.(?:enc|sops)\./.test(file));
}
/**
 * Which revisions share a data key, as ids: revisions a key opened compare their data keys; others are
 * taken to keep the previous revision's when any ciphertext is unchanged (sops re-encrypts every value
 * only with a new data key). An id is the first revision of its run.
 */
function dataKeyLineage(file, revisions) {
    const parent = revisions.map((_, index) => index);
    const find = (index) => {
        let root = index;
        while (parent[root] !== root)
            root = parent[root] ?? root;
        return root;
    };
    const union = (a, b) => {
        const [low, high] = [find(a), find(b)].sort((x, y) => x - y);
        if (low !== undefined && high !== undefined)
            parent[high] = low;
    };
    const byDataKey = new Map();
    for (const [index, { revision, dataKey }] of revisions.entries()) {
        if (dataKey !== undefined) {
            const earlier = byDataKey.get(dataKey);
            if (earlier === undefined)
                byDataKey.set(dataKey, index);
            else
                union(earlier, index);
        }
        const previous = revisions[index - 1];
        if (!previous)
            continue;
        const known = dataKey !== undefined && previous.dataKey !== undefined;
        const shares = [...revision.ciphertexts].some(([name, text]) => previous.revision.ciphertexts.get(name) === text);
        if (!known && shares)
            union(index - 1, index);
    }
    return revisions.map((_, index) => `${file}#${find(index)}`);
}
/**
 * The comments of every committed `.sops.yaml`, oldest first: a name given beside a recipient stays
 * known after the recipient (and its comment) left the file, so that offboarding it twice works.
 */
async function historicSopsConfigText(root, file) {
    if (!file)
        return "";
    const revisions = (await (0,git/* pathRevisions */.Yx)(root, [file])).get(file) ?? [];
    const texts = [];
    await (0,git/* readBlobs */.b4)(root, revisions, (index, bytes) => {
        texts[index] = bytes.toString("utf8");
    });
    return texts.join("\n");
}
async function readAccess(options) {
    const { root, identities, notice } = options;
    const { sops } = loadRecipientNames(root, options.policyFile);
    const earlier = await historicSopsConfigText(root, sops?.file);
    const names = loadRecipientNames(root, options.policyFile, earlier).names;
    const shallow = await (0,git/* isShallow */.fE)(root);
    const tracked = new Set(await (0,git/* trackedFiles */.O)(root));
    const histories = [];
    const files = [];
    const recipientsSeen = new Set();
    const candidates = await candidatePaths(root, sops);
    const byPath = await sopsRevisionsOfPaths(root, candidates, identities, notice);
    for (const file of candidates) {
        const revisions = byPath.get(file) ?? [];
        if (revisions.length === 0)
            continue;
        for (const { metadata } of revisions)
            for (const recipient of (0,readers/* groupRecipients */.WG)(metadata).flat())
                recipientsSeen.add(recipient);
        const current = tracked.has(file);
        const lineage = dataKeyLineage(file, revisions);
        histories.push({
            path: file,
            current,
            revisions: revisions.map(({ revision, metadata }, index) => ({
                commit: revision.commit,
                readers: (0,readers/* readersOf */.cU)(metadata, names).alone,
                keys: [...revision.ciphertexts.keys()],
                ...(revision.plaintexts ? { digests: revision.plaintexts } : {}),
                dataKey: lineage[index],
            })),
        });
        const newest = revisions.at(-1);
        const history = histories.at(-1);
        if (current && newest && history)
            files.push({
                path: file,
                readers: (0,readers/* readersOf */.cU)(newest.metadata, names),
                recipients: [...new Set((0,readers/* groupRecipients */.WG)(newest.metadata).flat())],
                holders: [...(withDataKeyHolders(history).revisions.at(-1)?.readers ?? [])],
                metadata: newest.metadata,
            });
    }
    return {
        names,
        sops,
        files,
        histories,
        spans: accessSpans(histories),
        exposures: exposures(histories),
        recipientsSeen,
        ...(shallow
            ? {
                incomplete: "this is a shallow clone: the history is incomplete (fetch it whole with `git fetch --unshallow`)",
            }
            : {}),
    };
}
/** Who can open each of these files of the working tree now (a file that is not SOPS is left out). */
function currentReaders(root, files, names) {
    return files.flatMap((file) => {
        const absolute = external_node_path_default().join(root, file);
        // A link in the tree could point anywhere on the runner: only regular files are read.
        if (!(0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })?.isFile())
            return [];
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        const status = (0,inspect/* inspectSops */.e)(file, bytes, bytes.toString("utf8"));
        return status.kind === "sops" ? [{ path: file, readers: (0,readers/* readersOf */.cU)(status.metadata, names) }] : [];
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./actions/common/github.ts
/**
 * The REST client every action uses: @actions/github's octokit (GITHUB_API_URL, so GHES works), with
 * octokit's retry plugin for 5xx and its throttling plugin for primary and secondary rate limits. Each
 * action names itself (the throttling group) and says how many requests it runs at once.
 */





/** GitHub's secondary limit on content-creating requests (dispatches, issues, comments): 80 a minute. */
const WRITES_PER_MINUTE = 80;
const SECONDARY_RETRIES = 3;
const PRIMARY_RETRIES = 1;
/** Waiting longer than this for the primary limit to reset is worse than reporting the error. */
const PRIMARY_MAX_WAIT_S = 60;
const RUNNER_LOG = {
    debug: (message) => {
        core/* debug */.Yz(message);
    },
    warning: (message) => {
        core/* warning */.$e(message);
    },
};
function createGitHubClient({ token, action, concurrency, report = RUNNER_LOG }) {
    return (0,github/* getOctokit */.Q)(token, {
        // Read when the client is made, not when the module loaded: GHES, and tests that start a server.
        baseUrl: (process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        log: {
            debug: report.debug,
            info: report.debug,
            warn: report.warning,
            error: report.warning,
        },
        retry: {
            // 429 belongs to the throttling plugin, which honours retry-after.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            id: action,
            // The plugin's default spaces writes a second apart, one at a time (20 dispatches: 20 s). A token
            // bucket allows bursts of `concurrency` while keeping under GitHub's 80 writes a minute.
            write: new (light_default()).Group({
                maxConcurrent: concurrency,
                minTime: 0,
                reservoir: WRITES_PER_MINUTE,
                reservoirIncreaseInterval: 60_000 / WRITES_PER_MINUTE,
                reservoirIncreaseAmount: 1,
                reservoirIncreaseMaximum: WRITES_PER_MINUTE,
            }),
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                const retrying = retryCount < PRIMARY_RETRIES && retryAfter <= PRIMARY_MAX_WAIT_S;
                report.warning(`API rate limit exhausted (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                const retrying = retryCount < SECONDARY_RETRIES;
                report.warning(`secondary rate limit (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`);
                return retrying;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** Every repository a GitHub App installation token can see, `owner/name`, 100 a page. */
async function installationRepositories(client) {
    const repositories = await client.paginate(client.rest.apps.listReposAccessibleToInstallation, {
        per_page: 100,
    });
    return repositories.map((repository) => repository.full_name);
}
/**
 * The text of an error raised before GitHub answered (the HTTP client refusing a header, a network
 * failure): such messages quote what they refused, which can be the token or another header value, so
 * every quoted part is cut out.
 */
function sanitizeClientError(text) {
    return text
        .replace(/(["'`])[^]*?\1/g, "…")
        .replace(/\s+/g, " ")
        .trim();
}
/**
 * An octokit error (or any thrown value) reduced to status and GitHub's message; no headers, no token.
 * GitHub's own `message` is kept; anything else passes through `sanitizeClientError`.
 */
function toFailure(error) {
    const shape = (typeof error === "object" && error !== null ? error : {});
    const data = shape.response?.data;
    const apiMessage = typeof data === "object" && data !== null && typeof data.message === "string"
        ? data.message
        : undefined;
    const reset = shape.response?.headers?.["x-ratelimit-reset"];
    const remaining = shape.response?.headers?.["x-ratelimit-remaining"];
    return {
        status: typeof shape.status === "number" ? shape.status : undefined,
        message: apiMessage ?? sanitizeClientError(typeof shape.message === "string" ? shape.message : String(error)),
        rateLimitReset: String(remaining) === "0" && reset !== undefined ? Number(reset) : undefined,
    };
}

;// CONCATENATED MODULE: ./actions/lib/rotation/issues.ts
const MARKER_PREFIX = "<!-- secrets-actions:rotation id=";
function markerOf(id) {
    return `${MARKER_PREFIX}${encodeURIComponent(id)} -->`;
}
/** The id an issue body carries, if it is one of ours. */
function idOf(body) {
    const start = body.indexOf(MARKER_PREFIX);
    if (start === -1)
        return undefined;
    const end = body.indexOf(" -->", start);
    try {
        return decodeURIComponent(body.slice(start + MARKER_PREFIX.length, end));
    }
    catch {
        return undefined;
    }
}
const where = (entry) => entry.source === "sops"
    ? `\`${entry.file ?? ""}\``
    : `the GitHub ${entry.scope === "environment" ? `environment \`${entry.environment ?? ""}\`` : (entry.scope ?? "repository")} secrets of ${entry.repository}`;
function issueTitle(entry) {
    return entry.source === "sops"
        ? `Rotate ${entry.name} (${entry.file ?? ""})`
        : `Rotate ${entry.name} (GitHub ${entry.scope === "environment" ? `environment ${entry.environment ?? ""}` : (entry.scope ?? "repository")} secret of ${entry.repository})`;
}
/** The issue body: what, where, since when, the policy, who, and how to rotate. Never a value. */
function issueBody(entry, context) {
    const changed = entry.source === "sops"
        ? `${entry.exact ? "" : "at most "}${entry["age-days"]} days ago, in ${entry.commit ? `[${entry.commit.slice(0, 12)}](${context.repositoryUrl}/commit/${entry.commit})` : "an unknown commit"} (${entry["last-changed"]}): the newest commit that changed this value${entry.exact ? "" : "'s ciphertext; without the key (or for revisions no key opens) this is an upper bound"}`
        : `${entry["age-days"]} days ago (${entry["last-changed"]}): when the secret was last written to GitHub (\`updated_at\`), which is not necessarily when it was rotated at its provider`;
    const rotate = entry.source === "sops"
        ? [
            "1. Revoke the old value at its provider and create a new one.",
            `2. \`secrets-actions set ${entry.file ?? "FILE"} '${JSON.stringify([entry.key ?? entry.name])}' '"NEW VALUE"'\` and commit the file.`,
        ]
        : [
            "1. Revoke the old value at its provider and create a new one.",
            `2. Update the GitHub secret (\`gh secret set ${entry.name}${entry.scope === "environment" ? ` --env ${entry.environment ?? ""}` : entry.scope === "dependabot" ? " --app dependabot" : entry.scope === "organization" ? " --org OWNER" : ""} --repo ${entry.repository}\`).`,
        ];
    const facts = entry.reason
        ? [`**${entry.name}** in ${where(entry)} must be rotated: ${entry.reason}.`]
        : [
            `**${entry.name}** in ${where(entry)} is overdue for rotation.`,
            "",
            `- Last changed: ${changed}.`,
            `- Policy: rotate every ${entry["max-age-days"]} days.`,
        ];
    return [
        markerOf(entry.id),
        ...facts,
        ...(entry.owner ? [`- Owner: @${entry.owner}`] : []),
        ...(entry.runbook ? [`- Runbook: ${entry.runbook}`] : []),
        ...(entry.hygiene.length > 0 ? [`- Also: ${entry.hygiene.join("; ")}.`] : []),
        "",
        "How to rotate:",
        ...rotate,
        "",
        entry.reason
            ? "This issue is kept by `secrets-actions offboard` and closed by its next run once the value has changed."
            : "This issue is kept by rotate-reminder and closed when the secret has been rotated.",
    ].join("\n");
}
function closeComment(entry) {
    if (!entry)
        return "This secret no longer exists where it was found: closing.";
    const when = entry.commit ? `commit ${entry.commit.slice(0, 12)}` : `an update on ${entry["last-changed"]}`;
    return `Rotated: ${entry.name} changed in ${when}, ${entry["age-days"]} days ago, within the policy's ${entry["max-age-days"]} days.`;
}
/**
 * What to do with the issues: open one for each overdue secret without one, update or reopen the
 * ones that exist, close those whose secret was rotated or is gone.
 */
function planIssues(entries, existing, context) {
    const byId = new Map();
    for (const issue of existing) {
        const id = idOf(issue.body);
        if (id !== undefined)
            byId.set(id, [...(byId.get(id) ?? []), issue]);
    }
    // The open one if there is one, else the newest.
    const pick = (issues) => issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
    const actions = [];
    const entryById = new Map(entries.map((entry) => [entry.id, entry]));
    for (const entry of entries) {
        if (entry.status !== "overdue")
            continue;
        const issue = pick(byId.get(entry.id) ?? []);
        const title = issueTitle(entry);
        const body = issueBody(entry, context);
        if (!issue)
            actions.push({ kind: "open", id: entry.id, title, body, assignees: entry.owner ? [entry.owner] : [] });
        else if (issue.state === "closed")
            actions.push({ kind: "reopen", id: entry.id, number: issue.number, title, body });
        else if (issue.body !== body || issue.title !== title)
            actions.push({ kind: "update", id: entry.id, number: issue.number, title, body });
        else
            actions.push({ kind: "unchanged", id: entry.id, number: issue.number });
    }
    for (const [id, issues] of byId) {
        const entry = entryById.get(id);
        if (entry?.status === "overdue" || (!entry && !context.covers(id)))
            continue;
        for (const issue of issues.filter((candidate) => candidate.state === "open"))
            actions.push({
                kind: "close",
                id,
                number: issue.number,
                comment: entry || context.closing === undefined ? closeComment(entry) : context.closing,
            });
    }
    return actions;
}

;// CONCATENATED MODULE: ./actions/common/rotation-issues.ts

async function existingIssues(client, repository, label) {
    const [owner = "", repo = ""] = repository.split("/");
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo,
        state: "all",
        labels: label,
        per_page: 100,
    });
    return issues
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({
        number: issue.number,
        state: issue.state === "closed" ? "closed" : "open",
        title: issue.title,
        body: issue.body ?? "",
    }));
}
async function applyIssues(client, repository, label, actions) {
    const [owner = "", repo = ""] = repository.split("/");
    if (actions.some((action) => action.kind === "open")) {
        try {
            await client.rest.issues.getLabel({ owner, repo, name: label });
        }
        catch {
            await client.rest.issues.createLabel({
                owner,
                repo,
                name: label,
                color: "d93f0b",
                description: "A secret is due for rotation",
            });
        }
    }
    const results = [];
    for (const action of actions) {
        switch (action.kind) {
            case "open": {
                const { data } = await client.rest.issues.create({
                    owner,
                    repo,
                    title: action.title,
                    body: action.body,
                    labels: [label],
                    ...(action.assignees.length > 0 ? { assignees: action.assignees } : {}),
                });
                results.push({ id: action.id, number: data.number, action: "opened" });
                break;
            }
            case "update":
            case "reopen":
                await client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: action.number,
                    title: action.title,
                    body: action.body,
                    ...(action.kind === "reopen" ? { state: "open" } : {}),
                });
                results.push({
                    id: action.id,
                    number: action.number,
                    action: action.kind === "update" ? "updated" : "reopened",
                });
                break;
            case "close":
                await client.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: action.number,
                    body: action.comment,
                });
                await client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: action.number,
                    state: "closed",
                    state_reason: "completed",
                });
                results.push({ id: action.id, number: action.number, action: "closed" });
                break;
            case "unchanged":
                results.push({ id: action.id, number: action.number, action: "unchanged" });
                break;
        }
    }
    return results;
}
/** Reads the labelled issues, plans, writes: every command's whole round of rotation issues. */
async function applyExistingIssues(client, repository, label, entries, context) {
    const existing = await existingIssues(client, repository, label);
    return applyIssues(client, repository, label, planIssues(entries, existing, context));
}

;// CONCATENATED MODULE: ./actions/common/safe-write.ts
/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced.
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
        for (const created of folders)
            (0,external_node_fs_.rmdirSync)(created.path);
        const exists = error?.code === "EEXIST";
        fail(exists ? ALREADY_EXISTS : `cannot be written: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
    }
    return { file: identity(target), folders };
}
/**
 * Deletes what `writeFileSafely` created, but only entries that are still the ones it created (same
 * device and inode): a file or folder a later step put at that path is left alone and reported.
 */
function removeCreated(written) {
    const state = (entry) => {
        try {
            const stat = (0,external_node_fs_.lstatSync)(entry.path);
            return stat.dev === entry.device && stat.ino === entry.inode ? "same" : "replaced";
        }
        catch {
            return "gone";
        }
    };
    const file = state(written.file);
    if (file === "same")
        (0,external_node_fs_.rmSync)(written.file.path);
    for (const folder of written.folders) {
        if (state(folder) !== "same")
            continue;
        try {
            (0,external_node_fs_.rmdirSync)(folder.path);
        }
        catch {
            // Not empty any more (another step wrote there): leave it.
        }
    }
    return { deleted: file === "same", replaced: file === "replaced" };
}

;// CONCATENATED MODULE: ./actions/common/transaction.ts
/**
 * Writing several files of a repository as one change: each atomically and never through a link
 * (safe-write), and on any failure every file written before it put back as it was, so a command that
 * fails leaves nothing half-written.
 */



/** Writes every change; on a failure, puts back what was written before it and rethrows. */
function applyChanges(changes, root) {
    const undo = [];
    try {
        for (const change of changes) {
            const previous = (0,external_node_fs_.existsSync)(change.file) ? (0,external_node_fs_.readFileSync)(change.file) : undefined;
            const folder = external_node_path_default().dirname(change.file);
            // Repository files stay inside it; the key file goes where the user's sops looks for it.
            const inRepository = change.file.startsWith(`${root}${(external_node_path_default()).sep}`);
            const within = inRepository ? root : external_node_path_default().parse(change.file).root;
            // Folders of the repository are ordinary ones; the key's is private (as age-keygen's users make it).
            const created = (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: inRepository ? 0o755 : 0o700 });
            if (created !== undefined)
                undo.push(() => {
                    (0,external_node_fs_.rmSync)(created, { recursive: true, force: true });
                });
            writeFileSafely(change.file, change.content, {
                what: external_node_path_default().relative(root, change.file),
                roots: [within],
                mode: change.mode,
                replace: previous !== undefined,
            });
            undo.push(() => {
                if (previous === undefined)
                    (0,external_node_fs_.rmSync)(change.file, { force: true });
                else
                    writeFileSafely(change.file, previous, {
                        what: change.file,
                        roots: [within],
                        mode: (0,external_node_fs_.lstatSync)(change.file).mode & 0o777,
                        replace: true,
                    });
            });
        }
    }
    catch (error) {
        for (const step of undo.reverse())
            step();
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/access/offboard.ts
/**
 * Taking recipients out of `.sops.yaml`: every creation rule and key group that names them loses them,
 * everything else of the file (comments, other rules, order) stays as written. Leaving a rule or a key
 * group without any key is refused: nobody could open what it creates.
 */



/** Keys of a rule or key group that name master keys. */
const KEY_FIELDS = ["age", ...sops_config/* OTHER_KEY_FIELDS */.dT];
/** Fields whose entries are recipients we can take out (age, age PQ, PGP fingerprints). */
const RECIPIENT_FIELDS = ["age", "pgp"];
/** Takes matching recipients out of one field (a comma-separated string or a list); whether it did. */
function removeFrom(map, field, remove) {
    const node = map.get(field, true);
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === "string") {
        const recipients = node.value
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item !== "");
        const kept = recipients.filter((recipient) => !remove(recipient));
        if (kept.length === recipients.length)
            return false;
        if (kept.length === 0)
            map.delete(field);
        else
            node.value = kept.join(",");
        return true;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const before = node.items.length;
        node.items = node.items.filter((item) => !((0,dist/* isScalar */.jn)(item) && typeof item.value === "string" && remove(item.value.trim())));
        if (node.items.length === before)
            return false;
        if (node.items.length === 0)
            map.delete(field);
        return true;
    }
    return false;
}
/** Whether a rule or key group still names any master key. */
function hasKeys(map) {
    return KEY_FIELDS.some((field) => {
        const node = map.get(field, true);
        if ((0,dist/* isScalar */.jn)(node))
            return typeof node.value === "string" && node.value.trim() !== "";
        return (0,dist/* isSeq */.oP)(node) && node.items.length > 0;
    });
}
function removeFromSopsConfig(text, remove, source, who) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0)
        throw new lib_errors/* ConfigurationError */.j1(`${source} is not valid YAML: fix it first`);
    const rules = document.get("creation_rules", true);
    const changed = [];
    for (const [index, rule] of ((0,dist/* isSeq */.oP)(rules) ? rules.items : []).entries()) {
        if (!(0,dist/* isMap */.jh)(rule))
            continue;
        let touched = RECIPIENT_FIELDS.map((field) => removeFrom(rule, field, remove)).some(Boolean);
        const groups = rule.get("key_groups", true);
        for (const [group, entry] of ((0,dist/* isSeq */.oP)(groups) ? groups.items : []).entries()) {
            if (!(0,dist/* isMap */.jh)(entry))
                continue;
            if (!RECIPIENT_FIELDS.map((field) => removeFrom(entry, field, remove)).some(Boolean))
                continue;
            touched = true;
            if (!hasKeys(entry))
                throw new lib_errors/* ConfigurationError */.j1(`${source}: removing ${who} would leave key group ${group + 1} of creation rule ${index + 1} without a key: add another recipient to it first`);
        }
        if (!touched)
            continue;
        changed.push(index);
        if (!hasKeys(rule) && !((0,dist/* isSeq */.oP)(groups) && groups.items.length > 0))
            throw new lib_errors/* ConfigurationError */.j1(`${source}: ${who} is the last recipient of creation rule ${index + 1}: add another recipient to it first`);
    }
    return { text: changed.length > 0 ? document.toString({ lineWidth: 0 }) : text, rules: changed };
}

;// CONCATENATED MODULE: ./actions/cli/access.ts
/**
 * `secrets-actions access` (who can read what, now and over the history) and `secrets-actions offboard`
 * (take a person's or a laptop's keys out: `.sops.yaml`, a new data key for every file they could read,
 * and the list of values they could read that are still in use, as rotation issues on request).
 */



















const ACCESS = usageOf("access");
const OFFBOARD = usageOf("offboard");
const access_short = (commit) => (commit ?? "").slice(0, 12);
async function readRepository(io, identities, policyFile, notice = (message) => {
    io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
}) {
    const root = await (0,git/* repositoryRoot */.Hn)(io.cwd);
    if (!root)
        throw new lib_errors/* ConfigurationError */.j1(`${io.cwd} is not in a git repository: access reads the history of SOPS files`);
    const report = await readAccess({
        root,
        identities,
        policyFile,
        notice,
    });
    if (report.incomplete)
        io.stderr(`${forLogLine(`secrets-actions: ${report.incomplete}`)}\n`);
    return { root, report };
}
/** The recipients a name or recipient means, or a refusal that says where names come from. */
function resolveTarget(report, target) {
    const recipients = report.names.resolve(target, report.recipientsSeen);
    if (!recipients)
        throw new lib_errors/* ConfigurationError */.j1(`unknown name or recipient ${JSON.stringify(target)}: use a name of recipients: in .github/secrets-policy.yml, of a comment beside a recipient in .sops.yaml, or a recipient (age1…, a PGP fingerprint)`);
    return {
        recipients: new Set(recipients),
        names: new Set(recipients.map((recipient) => report.names.nameOf(recipient))),
    };
}
function describeExposure(exposure) {
    const state = exposure.stillLive === null
        ? "unknown without a key that opens it"
        : exposure.stillLive
            ? "still live: rotate"
            : exposure.changedIn
                ? `changed since ${access_short(exposure.changedIn)}: safe`
                : "gone: safe";
    return `${exposure.name}  ${exposure.file}  ${exposure.key}  (readable from ${access_short(exposure.firstCommit)} to ${access_short(exposure.lastCommit)})  ${state}`;
}
async function accessCommand(args, io, identities, usageError) {
    const { values } = parseCommandArgs(ACCESS, args, {
        recipient: { type: "string" },
        history: { type: "boolean" },
        json: { type: "boolean" },
        config: { type: "string" },
    }, usageError);
    const { report } = await readRepository(io, await identities(), values.config ?? "");
    const only = values.recipient === undefined ? undefined : resolveTarget(report, values.recipient).names;
    const wanted = (name) => !only || only.has(name);
    const exposures = report.exposures.filter((exposure) => wanted(exposure.name));
    const spans = report.spans.filter((span) => wanted(span.name));
    if (values.json) {
        const named = report.names.entries();
        const namedRecipients = new Set(named.flatMap((entry) => entry.recipients));
        const unnamed = [...report.recipientsSeen]
            .filter((recipient) => !report.names.isNamed(recipient) && !namedRecipients.has(recipient))
            .sort()
            .map((recipient) => ({ name: (0,access_names/* shortRecipient */.GC)(recipient), recipients: [recipient] }));
        const output = {
            recipients: [...named, ...unnamed].filter((entry) => wanted(entry.name)),
            files: report.files.map((file) => ({
                path: file.path,
                readers: file.readers.alone.filter(wanted),
                partial: file.readers.partial.filter((reader) => wanted(reader.name)),
            })),
            exposures: exposures.map((exposure) => ({
                recipient: exposure.name,
                file: exposure.file,
                key: exposure.key,
                first_commit: exposure.firstCommit,
                last_commit: exposure.lastCommit,
                still_live: exposure.stillLive,
                changed_in: exposure.changedIn,
            })),
            ...(values.history
                ? {
                    history: spans.map((span) => ({
                        recipient: span.name,
                        file: span.file,
                        from: span.from,
                        to: span.to,
                        ended_by: span.endedBy,
                    })),
                }
                : {}),
            history_complete: report.incomplete === undefined,
        };
        io.stdout(`${JSON.stringify(output, null, 2)}\n`);
        return 0;
    }
    const lines = [
        "Who can read each SOPS file now:",
        ...report.files.map((file) => `  ${file.path}: ${(0,readers/* describeReaders */.We)(file.readers)}`),
        "",
        `What ${only ? [...only].join(", ") : "each name"} could ever read (${exposures.length} values):`,
        ...exposures.map((exposure) => `  ${describeExposure(exposure)}`),
    ];
    if (values.history)
        lines.push("", "Every revision's readers, from their metadata:", ...spans.map((span) => `  ${span.file}  ${span.name}  from ${access_short(span.from)} to ${access_short(span.to)}${span.endedBy ? ` (removed in ${access_short(span.endedBy)})` : " (still)"}`));
    io.stdout(`${lines.map(forLogLine).join("\n")}\n`);
    return 0;
}
/** One rotation issue per still-live value, found again by its marker and label (rotate-reminder's machinery). */
function offboardEntry(exposure, who, recipient, repository) {
    return {
        // By recipient, not name: a name that lived in a .sops.yaml comment is gone after offboarding.
        id: `offboard:${recipient}:sops:${exposure.file}:${exposure.key}`,
        name: exposure.key,
        source: "sops",
        file: exposure.file,
        key: exposure.key,
        repository,
        scope: null,
        environment: null,
        "last-changed": "",
        commit: exposure.lastCommit,
        "age-days": 0,
        exact: true,
        "max-age-days": 0,
        status: "overdue",
        hygiene: [],
        reason: `${who} was offboarded and could read its current value (from commit ${access_short(exposure.firstCommit)} to ${access_short(exposure.lastCommit)}); the git history still opens with their key`,
    };
}
async function offboardCommand(args, io, identities, usageError) {
    const { values, positionals } = parseCommandArgs(OFFBOARD, args, { "dry-run": { type: "boolean" }, "github-repo": { type: "string" }, config: { type: "string" } }, usageError);
    const [target] = positionals;
    if (positionals.length !== 1 || target === undefined)
        throw usageError("offboard takes one NAME or RECIPIENT");
    const repository = values["github-repo"];
    if (repository !== undefined && !isRepositoryName(repository))
        throw usageError(`--github-repo must be OWNER/NAME, not ${JSON.stringify(repository)}`);
    const keys = await identities();
    // Revisions the key cannot open are counted, not told one by one: the plan says what it means.
    let unopened = 0;
    const { root, report } = await readRepository(io, keys, values.config ?? "", () => {
        unopened++;
    });
    const { recipients, names } = resolveTarget(report, target);
    const who = [...names].join(", ");
    const issueRecipient = [...recipients].sort()[0] ?? target;
    const removed = (recipient) => recipients.has(/^[0-9a-f]{40}$/i.test(recipient) ? recipient.toUpperCase() : recipient);
    const changes = [];
    const configFile = (0,common_sops_config/* locateSopsConfig */.ah)(root);
    if (configFile) {
        const text = (0,external_node_fs_.readFileSync)(configFile, "utf8");
        const relative = external_node_path_default().relative(root, configFile);
        const removal = removeFromSopsConfig(text, removed, relative, who);
        if (removal.rules.length > 0)
            changes.push({
                file: configFile,
                content: removal.text,
                mode: (0,external_node_fs_.lstatSync)(configFile).mode & 0o777,
                says: `${relative}: ${who} removed from creation rule${removal.rules.length === 1 ? "" : "s"} ${removal.rules.map((rule) => rule + 1).join(", ")}`,
            });
    }
    // Every file the recipient can open now: named in its key groups, or holding the data key from an
    // earlier revision (updatekeys keeps the data key).
    const opens = (candidate) => candidate.recipients.some(removed) || candidate.holders.some((name) => names.has(name));
    for (const file of report.files.filter(opens)) {
        const absolute = external_node_path_default().join(root, file.path);
        if (!(0,external_node_fs_.existsSync)(absolute))
            continue;
        if (!(0,external_node_fs_.lstatSync)(absolute).isFile())
            throw new lib_errors/* ConfigurationError */.j1(`${file.path}: not a regular file (a link?): offboarding rewrites files, never through links; nothing was changed`);
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        let content;
        try {
            content = await (0,engine/* rotateDataKey */.hY)(bytes, {
                format: (0,formats/* detectEncryptedFormat */.X$)(file.path, bytes),
                identities: keys,
                keep: (recipient) => !removed(recipient),
            });
        }
        catch (error) {
            const why = error instanceof errors/* SopsError */.gb && error.code === "NO_MATCHING_KEY"
                ? "no key at hand opens it (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or keys.txt): offboarding needs a key that opens every file"
                : (0,lib_errors/* describeUnknown */.Ee)(error);
            throw new lib_errors/* ConfigurationError */.j1(`${file.path}: cannot be re-encrypted without ${who}: ${why}; nothing was changed`);
        }
        const remaining = file.readers.alone.filter((name) => !names.has(name));
        changes.push({
            file: absolute,
            content,
            mode: (0,external_node_fs_.lstatSync)(absolute).mode & 0o777,
            says: `${file.path}: a new data key, every value encrypted again, for ${remaining.join(", ") || "the remaining key groups"}`,
        });
    }
    const live = report.exposures.filter((exposure) => names.has(exposure.name) && exposure.stillLive !== false);
    const lines = [
        `offboard ${who} (${[...recipients].map((recipient) => `${(0,access_names/* shortRecipient */.GC)(recipient)}…`).join(", ")}):`,
        ...(changes.length > 0
            ? changes.map((change) => `  ${change.says}`)
            : ["  nothing at HEAD names these recipients"]),
        "",
        `Values ${who} could read that are still in use (${live.length}): rotate them at their provider`,
        ...live.map((exposure) => `  ${describeExposure(exposure)}`),
        ...(unopened > 0
            ? [
                `  (${unopened} revisions could not be opened with the key at hand or read: for them, what a name could read is judged by the recipients alone)`,
            ]
            : []),
    ];
    io.stdout(`${lines.map(forLogLine).join("\n")}\n`);
    if (values["dry-run"]) {
        io.stderr("secrets-actions offboard: dry run, nothing written\n");
        return 0;
    }
    applyChanges(changes, root);
    io.stderr(`secrets-actions offboard: ${changes.length} files written\n`);
    if (repository) {
        const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
        if (!token)
            throw new lib_errors/* ConfigurationError */.j1("--github-repo needs a token with issues: write in GITHUB_TOKEN or GH_TOKEN");
        const client = createGitHubClient({
            token,
            action: "secrets-actions offboard",
            concurrency: 1,
            report: {
                debug: () => undefined,
                warning: (message) => {
                    io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
                },
            },
        });
        const serverUrl = (io.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
        const entries = live
            .filter((exposure) => exposure.stillLive === true)
            .map((exposure) => offboardEntry(exposure, who, issueRecipient, repository));
        const results = await applyExistingIssues(client, repository, ROTATE_REMINDER.inputs.label.default, entries, {
            repositoryUrl: `${serverUrl}/${repository}`,
            covers: (id) => id.startsWith(`offboard:${issueRecipient}:`),
            closing: "The value changed after the offboarding: rotated. Closing.",
        });
        for (const result of results)
            io.stdout(`${forLogLine(`  issue #${result.number} ${result.action}: ${result.id}`)}\n`);
    }
    return 0;
}

// EXTERNAL MODULE: ./actions/lib/scan/rules.ts
var scan_rules = __webpack_require__(4801);
// EXTERNAL MODULE: ./actions/lib/scan/dotenv.ts
var dotenv = __webpack_require__(9366);
// EXTERNAL MODULE: ./actions/lib/scan/sops-checks.ts
var sops_checks = __webpack_require__(1365);
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
    const results = await (0,scan_pool/* scanPieces */.vo)(scan.pool, scan.scanner, scan.source.root, (0,scan_pool/* treePieces */.As)(listed));
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
    const work = (0,scan_pool/* pieces */.IE)(blobs, sizes).map(({ items }) => ({
        kind: "blobs",
        blobs: items,
        historic,
    }));
    const large = (0,scan_pool/* isLargeScan */.TR)(scan.threads, total);
    if (large && !scan.pool)
        scan.pool = scan_pool/* ScanPool */.km.start(scan.source, (0,scan_pool/* threadsFor */.vd)(scan.threads));
    const results = await (0,scan_pool/* scanPieces */.vo)(large ? scan.pool : undefined, scan.scanner, scan.source.root, work);
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
    const early = wholeTree && threads !== 1 ? scan_pool/* ScanPool */.km.start(source, (0,scan_pool/* threadsFor */.vd)(threads)) : undefined;
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
        checkTarget(this.target, this.options);
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
            writeFileSafely(this.target, plan.expressions, this.options);
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





const VERIFY = usageOf("verify");
/** Returns the exit code; bad usage throws what `usageError` makes of the message. */
async function verifyCommand(args, io, usageError) {
    const parsed = parseCommandArgs(VERIFY, args, {
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
    const result = await verify({
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
    for (const finding of (0,scan_rules/* reportable */.xv)(result.findings)) {
        const where = finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : "";
        io.stdout(`${forLogLine(`${finding.file}:${finding.line}: ${finding.rule} ${finding.severity}: ${(0,scan_rules/* describeFinding */.jb)(finding)}${where}`)}\n`);
    }
    if (plan)
        for (const line of plan.write(secretValues, result.root))
            io.stdout(`${forLogLine(line)}\n`);
    for (const note of result.notes)
        io.stderr(`${forLogLine(`secrets-actions: ${note}`)}\n`);
    const counts = (0,scan_rules/* countSeverities */.ng)(result.findings);
    io.stderr(`secrets-actions verify: ${result.files} files checked: ${counts.error} errors, ${counts.warning} warnings, ${(0,scan_rules/* describeNotes */.Ne)(counts.note)} (${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(2)} s)\n`);
    return counts.error > 0 ? 1 : 0;
}

// EXTERNAL MODULE: ./actions/lib/scan/credentials.ts
var credentials = __webpack_require__(1304);
// EXTERNAL MODULE: ./actions/lib/scan/shapes.ts
var shapes = __webpack_require__(8262);
// EXTERNAL MODULE: ./actions/lib/workflow/compromised-actions.ts
var compromised_actions = __webpack_require__(7894);
// EXTERNAL MODULE: ./actions/lib/workflow/rule-info.ts
var rule_info = __webpack_require__(635);
;// CONCATENATED MODULE: ./actions/lib/scan/rule-docs.ts
/**
 * The reference of verify-no-plaintext's rules and of every credential format `secret-pattern` knows,
 * generated from the rule list and the credential table: `secrets-actions rules` prints it, and the
 * build writes it to `action-docs/verify-no-plaintext-rules.md`.
 */





const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function recognisedBy(format) {
    const shape = format.detector === "shape" ? (0,shapes/* describeShape */.vJ)(format.shape) : `\`${format.shape}\``;
    return format.note ? `${shape}; ${format.note}` : shape;
}
function sourceOf(format) {
    const { kind, url, says } = format.source;
    return `[${kind}](${url}): ${says}`;
}
function publishedBy(format) {
    return (format.published ?? []).map(({ value, source }) => `[\`${value}\`](${source})`).join(", ");
}
function seenBy(format) {
    return [
        format.gitleaks ? `gitleaks: ${format.gitleaks}` : "",
        format.secretlint ? `secretlint: ${format.secretlint}` : "",
    ]
        .filter((part) => part !== "")
        .join("; ");
}
function rulesMarkdown() {
    const rules = scan_rules/* RULE_IDS */.Iu.map((id) => {
        const rule = scan_rules/* RULES */.y0[id];
        return `| \`${id}\` | ${rule.severity} | ${cell(rule.description)} | ${cell(rule.fix)} |`;
    });
    const formats = credentials/* CREDENTIAL_FORMATS */.Z.map((format) => `| \`${format.id}\` | ${cell(format.provider)} | ${cell(format.label)} | ${format.severity} | ${cell(recognisedBy(format))} | ${cell(sourceOf(format))} | ${cell(describeNearMiss(format))} | ${cell(publishedBy(format))} | ${cell(seenBy(format))} |`);
    return [
        "<!-- Generated by `secrets-actions rules --markdown` from actions/lib/scan/credentials.ts and rules.ts; do not edit. -->",
        "",
        "# verify-no-plaintext rules",
        "",
        "Every finding names one of these rules. Accept a finding in `.github/secrets-policy.yml` (by rule,",
        "path and fingerprint) or on its line with a `secrets-allow: RULE` comment.",
        "",
        "| Rule | Severity | What it finds | Fix |",
        "| --- | --- | --- | --- |",
        ...rules,
        "",
        "## Credential formats of `secret-pattern`",
        "",
        `${credentials/* CREDENTIAL_FORMATS */.Z.length} shapes of ${new Set(credentials/* CREDENTIAL_FORMATS */.Z.map((format) => format.id)).size} credential types. How a match is judged:`,
        "",
        "- a **real-looking** value (the format's prefix, length, characters and checksum, a random part that is",
        "  not a placeholder, has enough entropy and two character classes) gets the format's severity, wherever",
        "  it stands: followed by `(`, inside a path or on any line;",
        "- a **placeholder** in a known format (`xxxx`, `EXAMPLE`, `your_token_here`, `<token>`, `${TOKEN}`, a",
        "  run of one character or a sequential alphabet), a value the provider publishes in its documentation",
        "  (the table's last-but-one column), a JWT signed with a tutorial's key (`secret`,",
        "  `your-256-bit-secret`) and any value inside an `example:`/`examples:` block of a JSON or YAML document",
        "  is a `note`: SARIF level note, no annotation, never failing, counted in the summary",
        "  (`4 placeholders or documentation examples ignored`);",
        "- a **look-alike** is nothing: a random part that spells words (`hf_downloadDatasetSnapshot…`), or a",
        "  placeholder after a prefix that stands in a call, a path or an import line;",
        "- in source code, a value on a comment line or in a Python docstring, and anything in an OpenAPI or",
        "  Swagger description, is a `warning` at most: that is documentation, not what runs;",
        "- a value inside a SOPS `ENC[...]` or a dotenvx `encrypted:` value is ciphertext and never counts.",
        "",
        "`generic-secret` reads every common way of assigning a value: `NAME=value` and `export` (shell, dotenv),",
        "`ENV`/`ARG` (Dockerfile), `$env:NAME =` (PowerShell), `:=`, `::=`, `?=` (Makefile), `<name>value</name>`",
        'and `<add key="NAME" value="…"/>` (XML), `var name string =` and `:=` (Go), `=`, `.=` (PHP),',
        '`setProperty("NAME", "…")` (Java, Kotlin), `{ get; set; } =` (C#), TOML, INI, YAML, JSON and JSON inside',
        "JSON strings (notebooks), `setenv`/`set -x` (csh, fish) and `.netrc`'s `password`. It is an `error` in",
        "configuration and code, and a `warning` in tests, fixtures, examples and docs: files under a `test`,",
        "`tests`, `__tests__`, `spec`, `testdata`, `fixtures`, `mocks`, `examples`, `samples`, `demo` or `docs`",
        "folder, named as tests (`x_test.go`, `test_x.py`, `x.test.ts`, `XTest.java`, `conftest.py`) or docs",
        "(`.md`, `.txt`, `.rst`, `.html`). The policy file's `sample-paths:` (a list of globs) replaces that list.",
        "",
        "Messages show a secret only as its format's fixed prefix and its length (`glpat-… (26 chars)`).",
        "",
        "| Detector | Provider | Credential | Severity | Recognised by | Source of the shape | Near miss (not reported) | Published examples (notes) | Also known to |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ...formats,
        "",
        "Rules of gitleaks' default configuration that recognise a value only by the variable name beside it,",
        "with no shape of their own, are covered by `generic-secret` (a high-entropy value assigned to a",
        `secret-like name), not one by one: ${credentials/* NAME_CONTEXT_RULES */.g}.`,
        "gitleaks' `pkcs12-file` (a `.p12`/`.pfx` file by name) is not a text pattern: binary files are not scanned.",
        "",
        ...workflowRulesMarkdown(),
    ].join("\n");
}
/** How the workflow rules read workflows, and the list behind `known-compromised-action`. */
function workflowRulesMarkdown() {
    const audits = [...new Set(rule_info/* WORKFLOW_RULE_IDS */.sK.flatMap((id) => rule_info/* WORKFLOW_RULES */.KA[id].zizmor ?? []))];
    const zizmor = audits.map((audit) => `\`${audit}\` → ${(0,rule_info/* rulesForZizmor */.e1)(audit)
        .map((id) => `\`${id}\``)
        .join(", ")}`);
    return [
        "## Workflow rules",
        "",
        "The rules from `workflow-syntax` on read every `.github/workflows/*.yml`/`*.yaml` file and every",
        "composite action (`action.yml`/`action.yaml` with `runs.using: composite`) of the current tree, offline.",
        "YAML anchors, aliases and merge keys are followed; a finding is reported on the line where its text is",
        "written. Severity is graded by what the job can reach: a privileged trigger (`pull_request_target`,",
        "`workflow_run`, `issue_comment`, `issues`, discussions) runs with the base repository's secrets for",
        "anyone who can open an issue or a pull request; a token that can write (declared, or the repository",
        "default); the stored secrets the job reads. Scripts of the repository that a step runs (`./x.sh`,",
        "`bash scripts/x.sh`, `python tools/x.py`, `make`) and workflows of the repository that a job calls are",
        "read too, inside the repository and never through a link.",
        "",
        "Suppress a finding on its line with `# secrets-actions: ignore[rule-id]`. zizmor's",
        `\`# zizmor: ignore[audit]\` comments are honoured for the matching rules: ${zizmor.join(", ")}.`,
        "",
        "### Actions with a published compromise (`known-compromised-action`)",
        "",
        "| Action | Refs that were moved or ran the malicious code | Malicious commits | Source |",
        "| --- | --- | --- | --- |",
        ...compromised_actions/* COMPROMISED_ACTIONS */.$.map((entry) => {
            const { tags, below, from, unprefixed, every } = entry.refs;
            const refs = every
                ? "every tag and branch"
                : tags
                    ? tags.map((tag) => `\`${tag}\``).join(", ")
                    : `${unprefixed ? "tags without a `v` " : "versions "}${from ? `from ${from.join(".")} ` : ""}below ${below?.join(".") ?? ""}`;
            const commits = entry.maliciousCommits.map((commit) => `\`${commit}\``).join(", ");
            return `| \`${entry.action}\` | ${cell(refs)} | ${commits} | [${cell(entry.summary)}](${entry.advisory}) |`;
        }),
        "",
    ];
}
function describeNearMiss(format) {
    return `${(0,shapes/* describeShape */.vJ)(format.nearMiss)} (${format.nearMissWhy})`;
}
/** The plain-text listing of `secrets-actions rules`. */
function rulesText() {
    const width = Math.max(...credentials/* CREDENTIAL_FORMATS */.Z.map((format) => format.id.length));
    return [
        "rules:",
        ...scan_rules/* RULE_IDS */.Iu.map((id) => `  ${id.padEnd(24)} ${scan_rules/* RULES */.y0[id].severity.padEnd(7)} ${scan_rules/* RULES */.y0[id].title}`),
        "",
        "credential formats of secret-pattern:",
        ...credentials/* CREDENTIAL_FORMATS */.Z.map((format) => `  ${format.id.padEnd(width)}  ${format.label}`),
    ].join("\n");
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./actions/common/decrypt-file.ts
/**
 * One SOPS file from disk to its plaintext tree (MAC verified unless asked otherwise), the same way for
 * decrypt-env and `secrets-actions run`: errors name the file as the user wrote it.
 */




async function decryptSopsFile(file, name, identities, ignoreMac = false) {
    try {
        const bytes = (0,external_node_fs_.readFileSync)(file);
        const format = (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const result = await (0,engine/* decrypt */.Yc)(bytes, { format, identities, ignoreMac });
        return {
            file: name,
            format,
            branches: result.branches,
            leaves: result.leaves,
            lastModified: result.metadata.lastModified,
            warnings: result.warnings,
        };
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(name, error);
    }
}

;// CONCATENATED MODULE: ./actions/lib/interfaces/decrypt-env.ts
const DECRYPT_ENV = {
    name: "decrypt-env",
    inputs: {
        files: { kind: "list", required: true },
        "age-key": { kind: "secret", default: "" },
        "export-env": { kind: "boolean", default: true },
        "output-file": { kind: "string", default: "" },
        "output-format": { kind: "choice", default: "dotenv", choices: ["dotenv", "json", "yaml"] },
        keys: { kind: "list", default: "" },
        prefix: { kind: "string", default: "" },
        "nested-delimiter": { kind: "string", default: "__" },
        uppercase: { kind: "boolean", default: false },
        "mask-min-length": { kind: "integer", default: 4, min: 0 },
        "allow-names": { kind: "list", default: "" },
        "ignore-missing": { kind: "boolean", default: false },
        "ignore-mac": { kind: "boolean", default: false },
        cleanup: { kind: "boolean", default: true },
    },
    outputs: ["keys", "files", "output-file", "lastmodified"],
    post: true,
};

;// CONCATENATED MODULE: ./actions/lib/interfaces/spec.ts
/** The default as `action.yml` writes it (undefined: the input has none). */
function declaredDefault(spec) {
    return spec.default === undefined ? undefined : String(spec.default);
}
/** The name of an input of `action`, checked by the compiler: messages use it to name inputs. */
function inputName(_action, name) {
    return name;
}

;// CONCATENATED MODULE: ./actions/lib/env/output-file.ts
/**
 * The plaintext file decrypt-env writes for docker compose, pydantic-settings (python-dotenv) and CI
 * scripts that run `set -a; source .env` in bash. Each value is written so that all three read back
 * exactly the decrypted text and none of them runs or expands anything:
 * - single quotes when the value allows (no `'`, no `\\`, no trailing `\`): literal in all three;
 * - else double quotes with `\\` and `"` escaped, when the value holds no `$`, backtick or line break;
 * - else, and for `${NAME}` (which python-dotenv 0.21, Debian's, expands whatever the quoting), the value
 *   is refused with a pointer to JSON/YAML or export-env, which carry any value intact.
 */





/**
 * Literal in all three readers: bash and docker compose take single-quoted text as it is (newlines
 * included), python-dotenv un-escapes only `\\` and `\'` in it.
 */
function singleQuotable(value) {
    return !value.includes("'") && !value.includes("\\\\") && !value.endsWith("\\");
}
/**
 * Double quotes read the same in bash, compose and python-dotenv once `\\` and `"` are escaped, as long
 * as the value has nothing any of them expands or that they escape differently: `$` (compose and bash
 * expand it), a backtick (bash runs it), a line break (bash keeps `\n` as two characters).
 */
function doubleQuotable(value) {
    return !/[$`\r\n]/.test(value);
}
const PYTHON_DOTENV_VARIABLE = /\$\{[^}:]*(?::-[^}]*)?\}/;
function dotenvLine(name, value) {
    if (PYTHON_DOTENV_VARIABLE.test(value)) {
        throw new lib_errors/* ConfigurationError */.j1(`the value of ${name} contains \${...}, which python-dotenv expands in any quoting; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`);
    }
    if (singleQuotable(value))
        return `${name}='${value}'`;
    if (doubleQuotable(value))
        return `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    throw new lib_errors/* ConfigurationError */.j1(`the value of ${name} holds a quote or backslash together with a $, a backtick or a line break, which bash, docker compose and python-dotenv cannot all read back unchanged from one dotenv line; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`);
}
function renderOutputFile(variables, format) {
    if (format === "dotenv")
        return variables.map((variable) => `${dotenvLine(variable.name, variable.value)}\n`).join("");
    const tree = new sops_tree/* TreeMap */.rR(variables.map((variable) => ({ key: variable.name, value: variable.value })));
    return Buffer.from((0,formats/* createStore */.y$)(format).emitPlain([tree])).toString("utf8");
}

;// CONCATENATED MODULE: ./actions/lib/env/names.ts
/**
 * Which names may become environment variables. A decrypted file can be written by anyone holding the
 * repository's public age recipient, so it must not be able to change how the runner or a later step
 * behaves: variables that steer programs (where they look for config, code, certificates, proxies,
 * what they run at start-up) are refused unless the workflow lists them in `allow-names`. Variables
 * that carry credentials (`HF_TOKEN`, `DATABASE_URL`, `TWINE_PASSWORD`, `AWS_ACCESS_KEY_ID`) pass.
 *
 * Names are compared case-insensitively on every platform: Windows ignores case, and on Linux many
 * programs read lowercase forms too (`http_proxy`, `npm_config_*`).
 */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The refused families; action.yml, the README and the tests list them from here. */
const REFUSED_FAMILIES = [
    {
        what: "the runner and later steps",
        names: ["CI"],
        prefixes: ["GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_", "STATE_"],
    },
    {
        what: "the search path and the shell's start-up and prompt hooks",
        names: [
            "PATH",
            "PATHEXT",
            "COMSPEC",
            "SHELL",
            "ENV",
            "BASH_ENV",
            "SHELLOPTS",
            "BASHOPTS",
            "IFS",
            "PS1",
            "PS2",
            "PS3",
            "PS4",
            "PROMPT_COMMAND",
            "CDPATH",
            "FPATH",
            "GLOBIGNORE",
            "INPUTRC",
            "HISTFILE",
            "ZDOTDIR",
            "EDITOR",
            "VISUAL",
            "PAGER",
            "MANPAGER",
            "LESSOPEN",
            "LESSCLOSE",
            "BROWSER",
        ],
        prefixes: ["BASH_FUNC_"],
    },
    {
        what: "home, config, cache and temporary folders",
        names: [
            "HOME",
            "USERPROFILE",
            "APPDATA",
            "LOCALAPPDATA",
            "TMPDIR",
            "TMP",
            "TEMP",
            "KUBECONFIG",
            "DOCKER_CONFIG",
            "DOCKER_HOST",
            "DOCKER_CONTEXT",
            "DOCKER_CERT_PATH",
            "CLOUDSDK_CONFIG",
            "AWS_CONFIG_FILE",
            "AWS_SHARED_CREDENTIALS_FILE",
        ],
        prefixes: ["XDG_"],
    },
    {
        what: "the dynamic loader, locale and iconv modules",
        names: ["GCONV_PATH", "LOCPATH", "NLSPATH"],
        prefixes: ["LD_", "DYLD_"],
    },
    {
        what: "Python, pip and uv",
        names: ["VIRTUAL_ENV"],
        prefixes: ["PYTHON", "PIP_", "UV_"],
    },
    {
        what: "Node.js, npm, yarn, pnpm and corepack",
        names: [],
        prefixes: ["NODE_", "NPM_CONFIG_", "YARN_", "PNPM_", "COREPACK_"],
    },
    {
        what: "Java, Maven and Gradle",
        names: [
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS",
            "JAVA_OPTS",
            "JAVA_OPTIONS",
            "JAVA_HOME",
            "CLASSPATH",
            "MAVEN_OPTS",
            "MAVEN_ARGS",
            "MAVEN_HOME",
            "M2_HOME",
            "GRADLE_OPTS",
            "GRADLE_USER_HOME",
        ],
        prefixes: [],
    },
    {
        what: "Go and C toolchains",
        names: [
            "GOFLAGS",
            "GOPROXY",
            "GONOPROXY",
            "GOPRIVATE",
            "GOSUMDB",
            "GONOSUMDB",
            "GOINSECURE",
            "GOPATH",
            "GOROOT",
            "GOBIN",
            "GOENV",
            "GOTOOLCHAIN",
            "GOEXPERIMENT",
            "GOCACHE",
            "GOMODCACHE",
            "GODEBUG",
            "CC",
            "CXX",
            "CFLAGS",
            "CXXFLAGS",
            "CPPFLAGS",
            "LDFLAGS",
            "MAKEFLAGS",
            "MFLAGS",
        ],
        prefixes: ["CGO_"],
    },
    {
        what: ".NET",
        names: [],
        prefixes: ["DOTNET_", "CORECLR_", "COMPLUS_", "COREHOST_", "MSBUILD"],
    },
    {
        what: "Ruby, Perl and PHP",
        names: ["RUBYOPT", "RUBYLIB", "GEM_HOME", "GEM_PATH", "PHPRC", "PHP_INI_SCAN_DIR"],
        prefixes: ["BUNDLE_", "PERL"],
    },
    {
        what: "git and ssh",
        names: ["SSH_ASKPASS", "SSH_ASKPASS_REQUIRE", "SSH_AUTH_SOCK"],
        prefixes: ["GIT_"],
    },
    {
        what: "TLS trust stores and proxies",
        names: [
            "SSL_CERT_FILE",
            "SSL_CERT_DIR",
            "SSLKEYLOGFILE",
            "CURL_CA_BUNDLE",
            "REQUESTS_CA_BUNDLE",
            "AWS_CA_BUNDLE",
            "OPENSSL_CONF",
            "OPENSSL_MODULES",
            "OPENSSL_ENGINES",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "NO_PROXY",
            "FTP_PROXY",
        ],
        prefixes: [],
    },
];
/** Credentials whose names fall in a refused family but that only carry a secret. */
const CREDENTIALS = new Set(["NODE_AUTH_TOKEN"]);
/** Why a name may not be exported, or undefined when it may. */
function nameProblem(name) {
    if (!VALID_NAME.test(name))
        return { kind: "invalid" };
    const upper = name.toUpperCase();
    if (CREDENTIALS.has(upper))
        return undefined;
    const family = REFUSED_FAMILIES.find((candidate) => candidate.names.includes(upper) || candidate.prefixes.some((prefix) => upper.startsWith(prefix)));
    return family ? { kind: "refused", family } : undefined;
}
/** A name that can never be written to GITHUB_ENV or a dotenv line, whatever the workflow allows. */
function isUnrepresentableName(name) {
    return name === "" || /[=\0\r\n]/.test(name);
}
/** `*` and `?` wildcards over whole names; every other character is literal. */
function wildcardMatcher(patterns) {
    if (patterns.length === 0)
        return () => true;
    const expressions = patterns.map((pattern) => new RegExp(`^${Array.from(pattern)
        .map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[\\^$.|+()[\]{}/-]/g, "\\$&"))
        .join("")}$`, "su"));
    return (name) => expressions.some((expression) => expression.test(name));
}

;// CONCATENATED MODULE: ./actions/lib/env/plan.ts
/**
 * From decrypted files to the variables decrypt-env exports: flattening, selection, naming, overrides,
 * name safety and what to mask. Pure: the action shell does the I/O.
 */





function linesOf(value) {
    return value
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line !== "");
}
function characterCount(text) {
    return Array.from(text).length;
}
function planVariables(sources, options) {
    const optionName = options.optionName ?? ((option) => inputName(DECRYPT_ENV, option));
    const selected = wildcardMatcher(options.keys);
    const allowed = new Set(options.allowNames);
    const byName = new Map();
    const overrides = [];
    for (const source of sources) {
        for (const entry of flattenDocuments(source.branches, source.leaves, options.nestedDelimiter)) {
            const base = options.uppercase ? entry.name.toUpperCase() : entry.name;
            if (!selected(base))
                continue;
            const name = `${options.prefix}${base}`;
            const previous = byName.get(name);
            if (previous)
                overrides.push({ name, file: source.file, overridden: previous.file });
            // Re-inserting moves the name to its latest position, the order later steps would see it in.
            byName.delete(name);
            byName.set(name, {
                name,
                value: entry.value,
                secret: entry.secret,
                file: source.file,
                parts: entry.secretParts,
            });
        }
    }
    for (const variable of byName.values()) {
        if (isUnrepresentableName(variable.name)) {
            throw new lib_errors/* ConfigurationError */.j1(`${variable.file}: the key ${JSON.stringify(variable.name)} cannot be an environment variable name (it is empty or contains "=" or a line break)`);
        }
        const problem = nameProblem(variable.name);
        if (problem && !allowed.has(variable.name)) {
            const why = problem.kind === "invalid"
                ? "is not a valid environment variable name (letters, digits and _, not starting with a digit)"
                : "could take over the runner or later steps";
            throw new lib_errors/* ConfigurationError */.j1(`${variable.file}: the key ${problem.kind === "invalid" ? JSON.stringify(variable.name) : variable.name} ${why}; rename it, select other keys with \`${optionName("keys")}\`, or list it in \`${optionName("allow-names")}\`${problem.kind === "refused" ? ` (it steers ${problem.family.what})` : ""}`);
        }
    }
    const masks = new Set();
    const unmaskedShort = [];
    for (const variable of byName.values()) {
        if (!variable.secret)
            continue;
        const candidates = [variable.value, ...variable.parts].flatMap((text) => [text, ...linesOf(text)]);
        let skipped = false;
        for (const candidate of candidates) {
            if (candidate.trim() === "")
                continue;
            if (characterCount(candidate) < options.maskMinLength)
                skipped = true;
            else
                masks.add(candidate);
        }
        if (skipped)
            unmaskedShort.push(variable.name);
    }
    return {
        variables: [...byName.values()].map(({ name, value, secret, file }) => ({ name, value, secret, file })),
        overrides,
        masks: [...masks],
        unmaskedShort,
    };
}

;// CONCATENATED MODULE: ./actions/cli/run.ts
/**
 * `secrets-actions run [-f FILE]... [options] -- COMMAND...`: the same secrets on a laptop as in CI.
 * The files are decrypted in memory (MAC verified), named as decrypt-env names them (prefix, nested
 * delimiter, uppercase, the same refused names), and handed to COMMAND in its environment, so nothing
 * is written to disk; or, with `--dotenv-file PATH`, in a 0600 dotenv file that is removed when COMMAND
 * ends, however it ends. Signals go on to COMMAND; its exit code is ours.
 */














const RUN = usageOf("run");
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
/** The files to decrypt by default: those `.sops.yaml` covers in this folder, or `.env.enc`. */
function defaultFiles(cwd) {
    const configFile = (0,common_sops_config/* locateSopsConfig */.ah)(cwd);
    const covered = [];
    if (configFile) {
        const { config } = (0,common_sops_config/* readSopsConfig */.aU)(configFile);
        const configDir = external_node_path_default().dirname(configFile);
        for (const name of (0,external_node_fs_.readdirSync)(cwd).sort()) {
            const file = external_node_path_default().join(cwd, name);
            if (!(0,sops_config/* findCreationRule */.nJ)(config, (0,sops_config/* pathForRules */.Cc)(configDir, file))?.pathRegex)
                continue;
            const format = (0,formats/* formatForPath */.G9)(file) ?? "binary";
            try {
                if ((0,engine/* isEncrypted */.ph)((0,external_node_fs_.readFileSync)(file), { format }))
                    covered.push(file);
            }
            catch {
                // A folder or an unreadable file is not a SOPS file to run with.
            }
        }
    }
    if (covered.length > 0)
        return covered;
    const fallback = external_node_path_default().join(cwd, ".env.enc");
    if ((0,external_node_fs_.existsSync)(fallback))
        return [fallback];
    throw new lib_errors/* ConfigurationError */.j1(`no SOPS file to run with in ${cwd}: nothing .sops.yaml covers here and no .env.enc; name one with -f FILE`);
}
/** Runs COMMAND and resolves with its exit code (128 + the signal number when a signal ended it). */
function runCommand(command, env, cwd) {
    return new Promise((resolve, reject) => {
        const [program = "", ...args] = command;
        const child = (0,external_node_child_process_.spawn)(program, args, { stdio: "inherit", env, cwd });
        const forward = (signal) => () => child.kill(signal);
        const handlers = FORWARDED.map((signal) => [signal, forward(signal)]);
        for (const [signal, handler] of handlers)
            process.on(signal, handler);
        const done = () => {
            for (const [signal, handler] of handlers)
                process.off(signal, handler);
        };
        child.on("error", (error) => {
            done();
            reject(new lib_errors/* ConfigurationError */.j1(error.code === "ENOENT"
                ? `${program}: command not found (give the command after --, e.g. -- python -m app)`
                : `${program} cannot be started: ${error.message}`));
        });
        child.on("exit", (code, signal) => {
            done();
            resolve(code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 1));
        });
    });
}
async function runCommandWithSecrets(args, io, identities, usageError) {
    const separator = args.indexOf("--");
    const command = separator === -1 ? [] : args.slice(separator + 1);
    const { values, positionals } = parseCommandArgs(RUN, separator === -1 ? args : args.slice(0, separator), {
        file: { type: "string", short: "f", multiple: true },
        keys: { type: "string" },
        prefix: { type: "string" },
        "nested-delimiter": { type: "string" },
        uppercase: { type: "boolean" },
        "allow-names": { type: "string" },
        "dotenv-file": { type: "string" },
    }, usageError);
    if (command.length === 0)
        throw usageError("give the command to run after --, e.g. run -- python -m app");
    if (positionals.length > 0)
        throw usageError(`unexpected ${positionals[0] ?? ""} before --`);
    const list = (value) => (value ?? "")
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
    const files = values.file?.map((file) => external_node_path_default().resolve(io.cwd, file)) ?? defaultFiles(io.cwd);
    const keys = await identities();
    const sources = [];
    for (const file of files)
        sources.push(await decryptSopsFile(file, external_node_path_default().relative(io.cwd, file) || file, keys));
    const plan = planVariables(sources, {
        keys: list(values.keys),
        prefix: values.prefix ?? "",
        nestedDelimiter: values["nested-delimiter"] ?? "__",
        uppercase: values.uppercase ?? false,
        allowNames: list(values["allow-names"]),
        maskMinLength: 0,
        optionName: (option) => `--${option}`,
    });
    const env = { ...io.env };
    const envFile = values["dotenv-file"];
    if (envFile === undefined) {
        for (const variable of plan.variables)
            env[variable.name] = variable.value;
        io.stderr(`secrets-actions run: ${plan.variables.length} variables from ${sources.map((source) => source.file).join(", ")}\n`);
        return runCommand(command, env, io.cwd);
    }
    const target = external_node_path_default().resolve(io.cwd, envFile);
    const written = writeFileSafely(target, renderOutputFile(plan.variables, "dotenv"), {
        what: `--dotenv-file ${envFile}`,
        roots: [external_node_path_default().parse(target).root],
        mode: 0o600,
        replace: false,
    });
    env.SECRETS_ENV_FILE = written.file.path;
    // The file goes when COMMAND ends, and when we are told to end before it does.
    const remove = () => removeCreated(written);
    process.once("exit", remove);
    try {
        io.stderr(`secrets-actions run: ${plan.variables.length} variables in ${envFile} (SECRETS_ENV_FILE) until the command ends\n`);
        return await runCommand(command, env, io.cwd);
    }
    finally {
        remove();
        process.off("exit", remove);
    }
}

;// CONCATENATED MODULE: ./actions/cli/edit.ts
/**
 * `secrets-actions edit FILE`: as `sops edit`. The plaintext goes to a 0600 file in a 0700 temporary
 * folder, `$VISUAL`/`$EDITOR` opens it, and on save the file is encrypted again under the same data key:
 * values that did not change keep their exact ciphertext, so `git diff` (and rotate-reminder) see only
 * what did. Content that does not parse reopens the editor with the reason; an editor that fails (`:cq`)
 * gives up. The temporary folder is removed on every way out, signals included.
 */










const EDIT = usageOf("edit");
const CLEANUP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
/** The temporary file keeps the plaintext's extension, so that the editor highlights it. */
function plaintextName(file, format) {
    const base = external_node_path_default().basename(file).replace(/\.enc(?=\.[^.]+$)|\.enc$/, "");
    const extension = { yaml: ".yaml", json: ".json", dotenv: ".env", ini: ".ini", binary: "" }[format];
    return base.endsWith(extension) || base.startsWith(".env") ? base : `${base}${extension}`;
}
function openEditor(editor, file) {
    // The editor setting may carry arguments (`code --wait`): the shell splits it, the file is "$1".
    const result = (0,external_node_child_process_.spawnSync)("/bin/sh", ["-c", `${editor} "$1"`, "sh", file], { stdio: "inherit" });
    return result.status ?? 1;
}
async function editCommand(args, io, identities, usageError) {
    const { positionals } = parseCommandArgs(EDIT, args, {}, usageError);
    if (positionals.length !== 1)
        throw usageError("give one SOPS file to edit");
    const name = positionals[0] ?? "";
    const file = external_node_path_default().resolve(io.cwd, name);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        throw new lib_errors/* ConfigurationError */.j1(`${name}: the file cannot be read: check the path (edit changes an existing SOPS file; create one with encrypt)`);
    }
    const editor = io.env.VISUAL || io.env.EDITOR || "vi";
    const format = (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
    const keys = await identities();
    let original;
    try {
        original = (0,engine/* emitPlaintext */.ZM)(await (0,engine/* decrypt */.Yc)(bytes, { format, identities: keys }), format);
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(name, error);
    }
    const folder = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), "secrets-actions-edit-"));
    const cleanup = () => {
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    };
    // A signal must not leave the plaintext behind: clean up, then end as the signal asks.
    const handlers = CLEANUP_SIGNALS.map((signal) => {
        const handler = () => {
            cleanup();
            process.exit(128 + external_node_os_.constants.signals[signal]);
        };
        process.once(signal, handler);
        return [signal, handler];
    });
    try {
        const scratch = external_node_path_default().join(folder, plaintextName(file, format));
        (0,external_node_fs_.writeFileSync)(scratch, original, { mode: 0o600, flag: "wx" });
        for (;;) {
            const status = openEditor(editor, scratch);
            if (status !== 0) {
                io.stderr(`secrets-actions edit: the editor (${editor}) exited with status ${status}: ${name} is unchanged\n`);
                return 1;
            }
            const edited = (0,external_node_fs_.readFileSync)(scratch);
            if (edited.equals(original)) {
                io.stderr(`secrets-actions edit: no change: ${name} is unchanged\n`);
                return 0;
            }
            try {
                const encrypted = await (0,engine/* replacePlaintext */.Es)(bytes, edited, { format, identities: keys });
                writeFileSafely(file, encrypted, {
                    what: name,
                    roots: [external_node_path_default().dirname(file)],
                    mode: (0,external_node_fs_.statSync)(file).mode & 0o777,
                    replace: true,
                });
                io.stderr(`secrets-actions edit: ${name} saved (unchanged values keep their ciphertext)\n`);
                return 0;
            }
            catch (error) {
                if (!(error instanceof errors/* SopsError */.gb))
                    throw error;
                io.stderr(`secrets-actions edit: ${name}: ${(0,lib_errors/* describeUnknown */.Ee)(error)}; reopening the editor (exit it with an error, e.g. :cq in vim, to give up)\n`);
            }
        }
    }
    finally {
        cleanup();
        for (const [signal, handler] of handlers)
            process.off(signal, handler);
    }
}

;// CONCATENATED MODULE: ./actions/lib/sealed-box.ts
/**
 * GitHub's encryption for Actions secrets: a libsodium sealed box (X25519 + XSalsa20-Poly1305, an
 * ephemeral key per message) to the repository's public key, both base64. libsodium does the crypto,
 * loaded only when a secret is stored (it is half the CLI's size).
 */
/** `value` sealed to `publicKey` (base64, as GET .../actions/secrets/public-key gives it), as base64. */
async function sealForGitHub(value, publicKey) {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./actions/cli/init.ts
/**
 * `secrets-actions init`: a repository adopts the suite in one command, run in its root. It plans every
 * change first (an age identity, the `.sops.yaml` rule, each plaintext `.env*` encrypted to `<name>.enc`,
 * `.gitignore`, the pre-commit hook, the caller workflow, and with `--github-repo` the SOPS_AGE_KEY
 * Actions secret), prints the plan, and with `--dry-run` stops there. Then it applies it, each file
 * written atomically; a failure halfway puts back what was already written. A second run finds nothing
 * to do and says so. It never rewrites git history: a plaintext `.env` that git tracks is reported with
 * the commands that stop tracking it, and its values must be revoked.
 */
















const INIT = usageOf("init");
const SUITE = "juniper/secrets-actions";
/** The paths the suite's files take: `.env.enc` (any `.env*`), `*.enc.yaml`, `*.enc.json`. */
const PATH_REGEX = String.raw `(^|/)(\.env[^/]*\.enc|[^/]+\.enc\.(ya?ml|json))$`;
const SAMPLES = [".env.enc", "config/secrets.enc.yaml", "secrets.enc.json"];
const TEMPLATES = /^\.env\.(example|sample|template|dist)$/;
const SKIPPED_FOLDERS = new Set([
    ".git",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    "dist",
    "build",
]);
function relative(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join("/");
}
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch {
        return undefined;
    }
}
/** The suite's own commit: the checkout this CLI bundle runs from (dist/cli/../../), unless `--ref`. */
async function suiteRef(explicit) {
    if (explicit) {
        if (!/^[0-9a-f]{40}$/.test(explicit))
            throw new lib_errors/* ConfigurationError */.j1(`--ref ${explicit}: give a full 40-character commit SHA (a tag or branch can move)`);
        return explicit;
    }
    const checkout = external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), "..", "..");
    const sha = await (0,git/* headCommit */.Qo)(checkout);
    if (!sha)
        throw new lib_errors/* ConfigurationError */.j1(`cannot tell which commit of ${SUITE} this is (${checkout} is not a git checkout): pass --ref <commit-sha>`);
    return sha;
}
async function planKey(io) {
    const file = io.env.SOPS_AGE_KEY_FILE ??
        defaultKeyFile({ env: io.env, platform: process.platform, home: (0,external_node_os_.homedir)(), includeDefaultFile: true });
    if (!file)
        throw new lib_errors/* ConfigurationError */.j1("no place for an age key: set SOPS_AGE_KEY_FILE");
    const text = readText(file);
    if (text !== undefined) {
        const [identity] = await (0,age/* parseIdentities */.go)(text, file);
        if (!identity)
            throw new lib_errors/* ConfigurationError */.j1(`${file} holds no age identity: add one (age-keygen) or point SOPS_AGE_KEY_FILE elsewhere`);
        const secret = text
            .split(/\r?\n/)
            .find((line) => line.trim().startsWith("AGE-SECRET-KEY-"))
            ?.trim();
        return { file, secret, recipient: identity.recipient, generated: false };
    }
    const { secret, recipient } = await (0,age/* generateAgeIdentity */.pV)();
    return { file, secret, recipient, generated: true };
}
/** `.sops.yaml`: a rule for the suite's paths, keeping every existing rule and comment. */
function planSopsConfig(root, recipient, addRecipient, plan) {
    const file = external_node_path_default().join(root, ".sops.yaml");
    const text = readText(file);
    if (text === undefined) {
        const document = new dist/* Document */.yo({ creation_rules: [{ path_regex: PATH_REGEX, age: recipient }] });
        document.commentBefore =
            " Written by secrets-actions init: who can decrypt which files (sops creation rules).";
        plan.changes.push({
            file,
            content: document.toString(),
            mode: 0o644,
            says: `.sops.yaml: a creation rule for .env*.enc, *.enc.yaml, *.enc.json to ${recipient}`,
        });
        return [recipient];
    }
    const config = (0,sops_config/* parseSopsConfig */.V_)(text, ".sops.yaml");
    const covering = SAMPLES.map((sample) => (0,sops_config/* findCreationRule */.nJ)(config, sample));
    const rule = covering.find((found) => found !== undefined);
    if (!rule) {
        const document = (0,dist/* parseDocument */.Tp)(text);
        const rules = document.get("creation_rules");
        if (rules !== undefined && !(0,dist/* isSeq */.oP)(rules))
            throw new lib_errors/* ConfigurationError */.j1(".sops.yaml: creation_rules is not a list; fix it first");
        if ((0,dist/* isSeq */.oP)(rules))
            rules.add(document.createNode({ path_regex: PATH_REGEX, age: recipient }));
        else
            document.set("creation_rules", [{ path_regex: PATH_REGEX, age: recipient }]);
        plan.changes.push({
            file,
            content: document.toString(),
            mode: 0o644,
            says: `.sops.yaml: a rule for .env*.enc, *.enc.yaml, *.enc.json added after the existing ones`,
        });
        return [recipient];
    }
    const recipients = rule.ageGroups.flat();
    if (recipients.includes(recipient)) {
        plan.kept.push(`.sops.yaml: rule ${rule.index + 1} already covers the suite's files for ${recipient}`);
        return recipients;
    }
    if (!addRecipient) {
        throw new lib_errors/* ConfigurationError */.j1(`.sops.yaml: rule ${rule.index + 1} covers the suite's files for other recipients (${recipients.join(", ") || "none"}); pass --add-recipient to add ${recipient} to it, then run sops updatekeys on its files`);
    }
    const document = (0,dist/* parseDocument */.Tp)(text);
    const node = document.get("creation_rules").items[rule.index];
    const age = node.get("age", true);
    if ((0,dist/* isSeq */.oP)(age))
        age.add(recipient);
    else if ((0,dist/* isScalar */.jn)(age) && typeof age.value === "string")
        age.value = `${age.value},${recipient}`;
    else
        node.set("age", recipient);
    plan.changes.push({
        file,
        content: document.toString(),
        mode: 0o644,
        says: `.sops.yaml: ${recipient} added to rule ${rule.index + 1}`,
    });
    plan.warnings.push(`existing files of rule ${rule.index + 1} are not re-encrypted: run secrets-actions updatekeys on each`);
    return [...recipients, recipient];
}
function findPlaintextEnvFiles(root) {
    const found = [];
    const visit = (folder) => {
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
            const full = external_node_path_default().join(folder, entry.name);
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
                visit(full);
            else if (entry.isFile() &&
                /^\.env(\..+)?$/.test(entry.name) &&
                !entry.name.endsWith(".enc") &&
                !TEMPLATES.test(entry.name))
                found.push(full);
        }
    };
    visit(root);
    return found;
}
async function planEnvFiles(root, recipients, plan) {
    const ignoreLines = [];
    const inGit = (await (0,git/* repositoryRoot */.Hn)(root)) !== undefined;
    const tracked = new Set(inGit ? await (0,git/* trackedFiles */.O)(root) : []);
    for (const file of findPlaintextEnvFiles(root)) {
        const name = relative(root, file);
        const target = `${file}.enc`;
        if ((0,external_node_fs_.existsSync)(target))
            plan.kept.push(`${name}.enc exists: ${name} was encrypted before`);
        else {
            let encrypted;
            try {
                encrypted = await (0,engine/* encrypt */.w)((0,external_node_fs_.readFileSync)(file), { format: "dotenv", ageGroups: [recipients] });
            }
            catch (error) {
                throw (0,errors/* inFile */.s5)(name, error);
            }
            plan.changes.push({
                file: target,
                content: encrypted,
                mode: 0o644,
                says: `${name}.enc: ${name} encrypted (comments kept)`,
            });
        }
        if (tracked.has(name)) {
            plan.warnings.push(`${name} IS TRACKED BY GIT: its values are in the history and must be revoked and rotated. Stop tracking it with:\n    git rm --cached -- ${name}\n    git commit -m "Stop tracking ${name}"`);
        }
        if (!inGit || !(await (0,git/* isIgnored */.pi)(root, name)))
            ignoreLines.push(`/${name}`);
    }
    return ignoreLines;
}
function planAppend(file, root, lines, plan, what) {
    if (lines.length === 0)
        return;
    const text = readText(file) ?? "";
    const separator = text === "" || text.endsWith("\n") ? "" : "\n";
    plan.changes.push({
        file,
        content: `${text}${separator}${lines.join("\n")}\n`,
        mode: 0o644,
        says: `${relative(root, file)}: ${what}`,
    });
}
function planPreCommit(root, ref, plan) {
    const file = external_node_path_default().join(root, ".pre-commit-config.yaml");
    const hook = { repo: `https://github.com/${SUITE}`, rev: ref, hooks: [{ id: "verify-no-plaintext" }] };
    const text = readText(file);
    if (text === undefined) {
        plan.changes.push({
            file,
            content: new dist/* Document */.yo({ repos: [hook] }).toString(),
            mode: 0o644,
            says: ".pre-commit-config.yaml: the verify-no-plaintext hook",
        });
        return;
    }
    const document = (0,dist/* parseDocument */.Tp)(text);
    const repos = document.get("repos");
    if ((0,dist/* isSeq */.oP)(repos) && repos.items.some((item) => (0,dist/* isMap */.jh)(item) && String(item.get("repo")).includes(SUITE))) {
        plan.kept.push(".pre-commit-config.yaml already has the verify-no-plaintext hook");
        return;
    }
    if ((0,dist/* isSeq */.oP)(repos))
        repos.add(document.createNode(hook));
    else if (repos === undefined)
        document.set("repos", [hook]);
    else
        throw new lib_errors/* ConfigurationError */.j1(".pre-commit-config.yaml: repos is not a list; fix it first");
    plan.changes.push({
        file,
        content: document.toString(),
        mode: 0o644,
        says: ".pre-commit-config.yaml: the verify-no-plaintext hook appended",
    });
}
/**
 * The caller of the suite's single workflow, pinned by one SHA (in `uses:`): `id-token: write` lets the
 * workflow learn that SHA and take its actions from the same commit. It hands over only the secret the
 * workflow reads, never `secrets: inherit`.
 */
function callerWorkflow(ref) {
    return [
        "# Written by secrets-actions init: verify-no-plaintext on pull requests and merge queues, rotate-reminder",
        "# every Monday. One SHA pins it, in `uses:` (Dependabot updates it).",
        "name: Secrets",
        "",
        'on: {pull_request: {}, merge_group: {}, schedule: [{cron: "17 6 * * 1"}], workflow_dispatch: {}}',
        "",
        "permissions: {}",
        "",
        "jobs:",
        "  secrets:",
        "    # id-token: write lets the workflow read the commit it was called at (an OIDC token for the audience",
        "    # secrets-actions, minted by one inline script, no action) and run its actions from that commit, so",
        "    # no secrets-actions-ref input has to be kept equal to the SHA below.",
        "    permissions: {contents: read, actions: read, security-events: write, issues: write, id-token: write}",
        `    uses: ${SUITE}/.github/workflows/secrets.yml@${ref}`,
        "    # Only the secrets the workflow reads (`secrets: inherit` would hand it every repository and",
        "    # organisation secret). With the input app-id, add SECRETS_APP_PRIVATE_KEY the same way.",
        "    secrets:",
        "      SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}",
        "",
    ].join("\n");
}
function planWorkflow(root, ref, plan) {
    const file = external_node_path_default().join(root, ".github", "workflows", "secrets.yml");
    const content = callerWorkflow(ref);
    const text = readText(file);
    if (text === content)
        plan.kept.push(".github/workflows/secrets.yml is in place");
    else if (text !== undefined)
        plan.warnings.push(".github/workflows/secrets.yml exists and differs from the caller init writes: left as it is");
    else
        plan.changes.push({
            file,
            content,
            mode: 0o644,
            says: `.github/workflows/secrets.yml: the caller of ${SUITE}'s secrets workflow, pinned to ${ref.slice(0, 12)}`,
        });
}
async function uploadKey(repository, secret, io) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    if (!token)
        throw new lib_errors/* ConfigurationError */.j1("--github-repo needs a token with secrets: write in GITHUB_TOKEN or GH_TOKEN");
    const api = (io.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
    const headers = {
        authorization: `Bearer ${token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "content-type": "application/json",
    };
    const base = `${api}/repos/${repository}/actions/secrets`;
    const publicKey = await fetch(`${base}/public-key`, { headers });
    if (!publicKey.ok)
        throw new lib_errors/* ConfigurationError */.j1(`--github-repo ${repository}: reading its Actions public key failed (HTTP ${publicKey.status}): check the name and that the token may write secrets`);
    const { key, key_id: keyId } = (await publicKey.json());
    const stored = await fetch(`${base}/SOPS_AGE_KEY`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ encrypted_value: await sealForGitHub(secret, key), key_id: keyId }),
    });
    if (!stored.ok)
        throw new lib_errors/* ConfigurationError */.j1(`--github-repo ${repository}: storing SOPS_AGE_KEY failed (HTTP ${stored.status}): the token needs secrets: write on it`);
}
async function initCommand(args, io, usageError) {
    const { values, positionals } = parseCommandArgs(INIT, args, {
        "dry-run": { type: "boolean" },
        "add-recipient": { type: "boolean" },
        ref: { type: "string" },
        "github-repo": { type: "string" },
    }, usageError);
    if (positionals.length > 0)
        throw usageError("init takes no arguments: run it in the repository's root");
    const repository = values["github-repo"];
    if (repository !== undefined && !isRepositoryName(repository))
        throw usageError(`--github-repo ${repository}: give owner/name`);
    const root = io.cwd;
    const ref = await suiteRef(values.ref);
    const plan = { changes: [], kept: [], warnings: [], key: await planKey(io) };
    if (plan.key.generated && plan.key.secret !== undefined) {
        plan.changes.push({
            file: plan.key.file,
            content: `# created: ${new Date().toISOString()} by secrets-actions init\n# public key: ${plan.key.recipient}\n${plan.key.secret}\n`,
            mode: 0o600,
            says: `${plan.key.file}: a new age identity (mode 0600); its public recipient is ${plan.key.recipient}`,
        });
    }
    else
        plan.kept.push(`age identity ${plan.key.file} (public recipient ${plan.key.recipient})`);
    const recipients = planSopsConfig(root, plan.key.recipient, values["add-recipient"] ?? false, plan);
    const ignore = await planEnvFiles(root, recipients, plan);
    planAppend(external_node_path_default().join(root, ".gitignore"), root, ignore.length > 0 ? ["# plaintext dotenv files (secrets-actions init)", ...ignore] : [], plan, `ignores ${ignore.join(", ")}`);
    planPreCommit(root, ref, plan);
    planWorkflow(root, ref, plan);
    for (const kept of plan.kept)
        io.stdout(`  in place: ${kept}\n`);
    for (const change of plan.changes)
        io.stdout(`  ${values["dry-run"] ? "would write" : "writes"}: ${change.says}\n`);
    const upload = repository !== undefined && plan.key.secret !== undefined;
    if (upload)
        io.stdout(`  ${values["dry-run"] ? "would store" : "stores"}: the age identity as the Actions secret SOPS_AGE_KEY of ${repository}\n`);
    for (const warning of plan.warnings)
        io.stderr(`secrets-actions init: warning: ${warning}\n`);
    if (plan.changes.length === 0 && !upload)
        io.stdout("secrets-actions init: nothing to do: the repository has adopted the suite\n");
    if (values["dry-run"])
        return 0;
    applyChanges(plan.changes, root);
    if (upload && plan.key.secret !== undefined)
        await uploadKey(repository, plan.key.secret, io);
    else if (plan.key.generated)
        io.stdout(`next: store the identity for CI (it is never printed):\n  gh secret set SOPS_AGE_KEY < ${plan.key.file}\n`);
    if (plan.changes.length > 0)
        io.stdout('next: review and commit:  git add -A && git commit -m "Adopt secrets-actions"\n');
    return 0;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/escape.ts
/**
 * Every string an inventory carries (names, paths, keys, environments, readers, rule ids, problems)
 * comes from a repository, and a pull request chooses it: the report shows it as text and nothing
 * else. One escaper per channel.
 */

/**
 * Characters that change how text is read without being seen: line breaks and other controls (as
 * `\n`, `\u001b`), and zero-width and bidirectional marks (as `\u202e`), shown so a name cannot hide
 * a part of itself or look like another.
 */
function visible(text) {
    return (0,lib_errors/* escapeControlCharacters */.F7)(text).replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
const HTML = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Text for an HTML element's content or a quoted attribute value. */
function htmlText(text) {
    return visible(text).replace(/[&<>"']/g, (char) => HTML[char] ?? char);
}
/**
 * Text for GitHub Markdown (issue bodies, job summaries), in a table cell or anywhere else: inside
 * `<code>`, so that `@name` mentions nobody, `#1` links no issue and URLs are not linked; every ASCII
 * punctuation character backslash-escaped, so that pipes stay in their cell, backticks open no code
 * span, `*_~[]` format nothing and `<` `&` start no HTML or entity; line breaks shown as `\n`.
 */
function markdownCode(text) {
    return `<code>${visible(text).replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)}</code>`;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/format.ts
function placeText(place, escape) {
    const where = place.source === "sops"
        ? [place.file, place.key]
            .filter((part) => part !== null)
            .map(escape)
            .join(" ")
        : `GitHub ${place.scope ?? "repository"}${place.environment === null ? "" : ` ${escape(place.environment)}`}`;
    return `${escape(place.repository)}: ${where}`;
}
function ageText(days, exact) {
    return `${exact ? "" : "≤"}${days}`;
}
/** The report's first sentence: counts only, no text from a repository. */
function totalsText({ totals }) {
    const adoption = [
        `${totals.adopted} adopted`,
        `${totals.partly_adopted} partly adopted`,
        `${totals.not_adopted} not adopted`,
        ...(totals.unread > 0 ? [`${totals.unread} unread`] : []),
    ];
    return (`${totals.repositories} repositories (${adoption.join(", ")}), ` +
        `${totals.names} secret names in ${totals.places} places: ${totals.overdue} overdue, ${totals.due_soon} due soon; ` +
        `${totals.different_values} with different values, ${totals.same_value} with the same value in every place with a digest. ` +
        `Verify: ${totals.verify.errors} errors, ${totals.verify.warnings} warnings, ${totals.verify.notes} notes.`);
}

;// CONCATENATED MODULE: ./actions/lib/inventory/html.ts
/**
 * The merged inventory as one self-contained HTML file: plain tables that read without JavaScript,
 * sortable by a click on a column's title with it. Nothing is fetched: the style and the script are
 * inline, and a Content-Security-Policy allows exactly those two (by their SHA-256) and nothing else —
 * no other script, style, image, font, frame, form target or connection, and Trusted Types with no
 * policy, so no code can turn a string into HTML. Every string from a repository is escaped as text
 * (`htmlText`); the script moves existing rows and reads cell text, and never parses or inserts markup.
 */



const REPOSITORY_COLUMNS = [
    { title: "Repository" },
    { title: "Adoption" },
    { title: "Secrets", numeric: true },
    { title: "SOPS", numeric: true },
    { title: "GitHub", numeric: true },
    { title: "Overdue", numeric: true },
    { title: "Due soon", numeric: true },
    { title: "Verify errors", numeric: true },
    { title: "Verify warnings", numeric: true },
    { title: "Verify notes", numeric: true },
    { title: "History errors", numeric: true },
    { title: "History warnings", numeric: true },
    { title: "Recipients", numeric: true },
    { title: "Commit" },
    { title: "Generated" },
    { title: "Only in GitHub" },
    { title: "Problems" },
];
const SECRET_COLUMNS = [
    { title: "Name" },
    { title: "Places", numeric: true },
    { title: "Repositories", numeric: true },
    { title: "Values" },
    { title: "Status" },
    { title: "Oldest (days)", numeric: true },
    { title: "Readers" },
    { title: "Where (age in days, status, value)" },
];
const RULE_COLUMNS = [
    { title: "Rule" },
    { title: "Repositories", numeric: true },
    { title: "Tree", numeric: true },
    { title: "History", numeric: true },
];
/** Numbers right-aligned by column position: no attribute on each of thousands of cells. */
const numericCells = (id, columns) => columns.flatMap((column, index) => (column.numeric ? [`#${id} td:nth-child(${index + 1})`] : [])).join(",");
const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:.3rem 0;color:#59636e}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;position:sticky;top:0}
th.n,${numericCells("repositories", REPOSITORY_COLUMNS)},${numericCells("secrets", SECRET_COLUMNS)},${numericCells("rules", RULE_COLUMNS)}{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;color:inherit;text-align:inherit;border:0;background:none;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td:last-child{min-width:16rem}
ul{margin:0;padding-left:1.1rem}
.overdue,.different{color:#cf222e;font-weight:600}
.due-soon{color:#9a6700;font-weight:600}
`;
/**
 * Click a column's title to sort by it (again: the other way). Rows are compared by their cells' text
 * (as numbers in columns marked data-type="number"), ties keep their order; rows are moved, never
 * rebuilt.
 */
const SCRIPT = `
"use strict";
(function () {
  function sortKey(cell, numeric) {
    var content = cell ? cell.textContent || "" : "";
    if (!numeric) return content;
    var number = parseFloat(content.replace(/[^0-9.-]/g, ""));
    return isNaN(number) ? -Infinity : number;
  }
  function sortBy(table, header, column) {
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var titles = table.tHead.rows[0].cells;
    for (var i = 0; i < titles.length; i++) titles[i].removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = [];
    for (var r = 0; r < body.rows.length; r++) {
      rows.push({ row: body.rows[r], index: r, key: sortKey(body.rows[r].cells[column], numeric) });
    }
    rows.sort(function (a, b) {
      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (ascending ? order : -order) || a.index - b.index;
    });
    for (var k = 0; k < rows.length; k++) body.appendChild(rows[k].row);
  }
  var tables = document.querySelectorAll("table[data-sortable]");
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var titles = table.tHead.rows[0].cells;
      for (var c = 0; c < titles.length; c++) {
        (function (header, column) {
          var button = document.createElement("button");
          button.type = "button";
          while (header.firstChild) button.appendChild(header.firstChild);
          header.appendChild(button);
          button.addEventListener("click", function () {
            sortBy(table, header, column);
          });
        })(titles[c], c);
      }
    })(tables[t]);
  }
})();
`;
const sha256 = (content) => `'sha256-${(0,external_node_crypto_.createHash)("sha256").update(content, "utf8").digest("base64")}'`;
/** The page's policy: the inline style and script above, nothing else of any kind. */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
].join("; ");
/** A sortable table; cells are HTML already escaped by the caller. */
function html_table(id, caption, columns, rows) {
    const head = columns
        .map((column) => column.numeric
        ? `<th scope="col" class="n" data-type="number">${column.title}</th>`
        : `<th scope="col">${column.title}</th>`)
        .join("");
    // End tags of cells and list items are left out, as HTML allows (a tenth of the size at 500
    // repositories); a row's end tag closes its last cell before the line break.
    const body = rows.map((cells) => `<tr><td>${cells.join("<td>")}</tr>`).join("\n");
    return `<table id="${id}" data-sortable><caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
const list = (items) => (items.length === 0 ? "" : `<ul><li>${items.join("<li>")}</ul>`);
const counts = (verify, pick) => verify === null ? "—" : String(verify[pick]);
function repositoriesTable(merged) {
    return html_table("repositories", `${merged.repositories.length} repositories`, REPOSITORY_COLUMNS, merged.repositories.map((repository) => [
        htmlText(repository.repository),
        htmlText(repository.adoption),
        String(repository.secrets),
        String(repository.sops),
        String(repository.github),
        String(repository.overdue),
        String(repository.due_soon),
        counts(repository.verify.tree, "errors"),
        counts(repository.verify.tree, "warnings"),
        counts(repository.verify.tree, "notes"),
        counts(repository.verify.history, "errors"),
        counts(repository.verify.history, "warnings"),
        String(repository.recipients.length),
        htmlText((repository.commit ?? "").slice(0, 12)),
        htmlText(repository.generated_at),
        htmlText(repository.github_only.join(", ")),
        list(repository.problems.map(htmlText)),
    ]));
}
function secretsTable(merged) {
    return html_table("secrets", `${merged.secrets.length} secret names`, SECRET_COLUMNS, merged.secrets.map((secret) => [
        htmlText(secret.name),
        String(secret.places.length),
        String(secret.repositories.length),
        secret.values === "different values"
            ? `<span class="different">${secret.values}</span>`
            : secret.values,
        secret.status === "ok" ? "ok" : `<span class="${secret.status}">${secret.status}</span>`,
        ageText(secret.oldest_age_days, secret.oldest_exact),
        htmlText(secret.readers.join(", ")),
        list(secret.places.map((place) => `${placeText(place, htmlText)} — ${ageText(place.age_days, place.exact)}, ${place.status}${place.value === null ? "" : `, value ${place.value}`}`)),
    ]));
}
function rulesTable(merged) {
    return html_table("rules", `verify findings by rule (errors and warnings)`, RULE_COLUMNS, merged.rules.map((rule) => [
        htmlText(rule.rule),
        String(rule.repositories),
        String(rule.tree),
        String(rule.history),
    ]));
}
/** The whole page. */
function renderHtml(merged) {
    const skipped = merged.inputs.skipped.map((entry) => `${htmlText(entry.file)}: ${htmlText(entry.reason)}`);
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Secrets inventory</title>",
        `<style>${STYLE}</style>`,
        "</head>",
        "<body>",
        "<h1>Secrets inventory</h1>",
        `<p>${totalsText(merged)} ` +
            "Values are compared by keyed digests only; none is in this file. With JavaScript, a click on a column's title sorts the table.</p>",
        ...(skipped.length > 0 ? ["<h2>Inputs skipped</h2>", list(skipped)] : []),
        "<h2>Repositories</h2>",
        repositoriesTable(merged),
        "<h2>Secrets</h2>",
        secretsTable(merged),
        ...(merged.rules.length > 0 ? ["<h2>Verify findings by rule</h2>", rulesTable(merged)] : []),
        `<script>${SCRIPT}</script>`,
        "</body>",
        "</html>",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./actions/lib/inventory/markdown.ts
/**
 * The merged inventory as GitHub Markdown, for a job summary or an issue body: totals, the inputs that
 * were skipped, one row per repository, one row per secret name, verify findings per rule, problems.
 * Every string from a repository goes through `markdownCode`. The text stays within `limit` characters
 * (GitHub refuses an issue body over 65,536): rows that do not fit are left out and a note says how
 * many were shown and where the full report is.
 */


/** GitHub's limit for an issue or comment body, in characters. */
const ISSUE_BODY_LIMIT = 65_536;
const DEFAULT_HINT = "The full report is in the HTML and JSON files of `secrets-actions inventory merge --html FILE --json FILE`: upload them as a workflow artifact and link it here.";
const markdown_cell = (text) => text.replace(/\n/g, " ");
const row = (cells) => `| ${cells.map((item) => markdown_cell(String(item))).join(" | ")} |`;
const header = (titles, numeric = []) => [
    row(titles),
    `|${titles.map((_, index) => (numeric[index] ? " ---: " : " --- ")).join("|")}|`,
];
function capped(items, show, limit, what) {
    const shown = items.slice(0, limit).map(show);
    if (items.length > limit)
        shown.push(`and ${items.length - limit} more ${what}`);
    return shown.join("<br>");
}
/** 65536 → "65,536", the same under every locale. */
const thousands = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function placeSummary(place) {
    const value = place.value === null ? "" : `, value ${place.value}`;
    return `${placeText(place, markdownCode)} (${ageText(place.age_days, place.exact)} d, ${place.status}${value})`;
}
function verifyText(counts) {
    return counts === null ? "—" : `${counts.errors} / ${counts.warnings} / ${counts.notes}`;
}
/** Rows rendered when first asked for: a report of 10,000 names shows a few hundred of them. */
class Rows {
    count;
    make;
    cache = [];
    constructor(count, make) {
        this.count = count;
        this.make = make;
    }
    get(index) {
        return (this.cache[index] ??= this.make(index));
    }
}
const rowsOf = (items, make) => new Rows(items.length, (index) => make(items[index]));
function sections(merged, perCell) {
    const repositories = {
        what: "repositories",
        heading: [
            "## Repositories",
            "",
            ...header([
                "Repository",
                "Adoption",
                "Secrets",
                "SOPS",
                "GitHub",
                "Overdue",
                "Due soon",
                "Verify (errors / warnings / notes)",
                "History",
                "Problems",
            ], [false, false, true, true, true, true, true, false, false, true]),
        ],
        rows: rowsOf(merged.repositories, (repository) => row([
            markdownCode(repository.repository),
            repository.adoption === "partly adopted"
                ? `partly adopted: ${repository.github_only.length} only in GitHub`
                : repository.adoption,
            repository.secrets,
            repository.sops,
            repository.github,
            repository.overdue,
            repository.due_soon,
            verifyText(repository.verify.tree),
            verifyText(repository.verify.history),
            repository.problems.length,
        ])),
    };
    const secrets = {
        what: "secret names",
        heading: [
            "## Secrets",
            "",
            ...header(["Name", "Places", "Readers", "Oldest (days)", "Status", "Values"], [false, false, false, true]),
        ],
        rows: rowsOf(merged.secrets, (secret) => row([
            markdownCode(secret.name),
            capped(secret.places, placeSummary, perCell, "places"),
            secret.readers.length === 0 ? "—" : capped(secret.readers, markdownCode, perCell, "readers"),
            ageText(secret.oldest_age_days, secret.oldest_exact),
            secret.status,
            secret.values,
        ])),
    };
    const rules = {
        what: "rules",
        heading: [
            "## Verify findings by rule",
            "",
            ...header(["Rule", "Repositories", "Tree", "History"], [false, true, true, true]),
        ],
        rows: rowsOf(merged.rules, (rule) => row([markdownCode(rule.rule), rule.repositories, rule.tree, rule.history])),
    };
    const problems = {
        what: "problems",
        heading: ["## Problems", ""],
        rows: rowsOf(merged.repositories.flatMap((repository) => repository.problems.map((problem) => ({ repository: repository.repository, problem }))), ({ repository, problem }) => `- ${markdownCode(repository)}: ${markdownCode(problem)}`),
    };
    const skipped = {
        what: "skipped inputs",
        heading: ["## Inputs skipped", ""],
        rows: rowsOf(merged.inputs.skipped, (entry) => `- ${markdownCode(entry.file)}: ${markdownCode(entry.reason)}`),
    };
    const summary = [totalsText(merged)];
    return [
        { what: "summary", heading: ["# Secrets inventory", ""], rows: rowsOf(summary, (line) => line) },
        skipped,
        repositories,
        secrets,
        rules,
        problems,
    ].filter((section) => section.rows.count > 0);
}
/** The report in Markdown, never longer than `limit` characters. */
function renderMarkdown(merged, options = {}) {
    const limit = options.limit ?? ISSUE_BODY_LIMIT;
    const hint = options.artifactHint ?? DEFAULT_HINT;
    const all = sections(merged, options.perCell ?? 8);
    const note = (shown) => `\n> **Truncated** to stay within GitHub's limit of ${thousands(limit)} characters: shown ${shown.join(", ")}.\n> ${hint}\n`;
    // Room for the note, at its longest: every count as large as the total.
    const reserve = note(all.map((section) => `${section.rows.count} of ${section.rows.count} ${section.what}`)).length;
    const size = (lines) => lines.reduce((total, line) => total + line.length + 1, 0);
    // Whether everything fits: rows are rendered only until it is clear that it does not.
    let everything = 0;
    for (const section of all) {
        everything += size(section.heading) + 1;
        for (let index = 0; index < section.rows.count && everything <= limit; index++)
            everything += section.rows.get(index).length + 1;
        if (everything > limit)
            break;
    }
    const budget = everything <= limit ? limit : limit - reserve;
    const out = [];
    let used = 0;
    const fits = (lines) => used + size(lines) <= budget;
    const push = (lines) => {
        out.push(...lines);
        used += size(lines);
    };
    const shown = [];
    let truncated = false;
    for (const section of all) {
        let count = 0;
        if (!truncated && fits([...section.heading, section.rows.get(0)])) {
            push(section.heading);
            while (count < section.rows.count && fits([section.rows.get(count)]))
                push([section.rows.get(count++)]);
            push([""]);
        }
        if (count < section.rows.count)
            truncated = true;
        if (section.what !== "summary")
            shown.push(`${count} of ${section.rows.count} ${section.what}`);
    }
    const text = out.join("\n");
    return truncated ? `${text}${note(shown)}` : text;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/schema.ts
/**
 * The inventory of one repository, as `secrets-actions inventory --json` writes it and `inventory merge`
 * reads it: every secret's name, where it lives, who can read it, how old it is — never a value. Values
 * appear only as keyed digests (HMAC-SHA256 with the key the whole organisation's run shares), so that
 * the merge can tell whether two places hold the same value without learning it.
 */
const INVENTORY_SCHEMA = "secrets-actions/inventory@1";
/** The inventory of a repository that could not be read: a row that says why, and nothing else. */
function unreadInventory(repository, reason, generatedAt) {
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: null,
        generated_at: generatedAt,
        adopted: false,
        recipients: [],
        secrets: [],
        verify: { tree: { errors: 0, warnings: 0, notes: 0, by_rule: {} }, history: null },
        problems: [],
        unread: reason,
    };
}

;// CONCATENATED MODULE: ./actions/lib/inventory/validate.ts
/**
 * Reading one repository's inventory JSON (schema.ts) from untrusted text: every field the schema
 * declares is checked (type, enum, date, digest and commit shapes), fields it does not declare are
 * ignored and not carried on. A file that fails is not an error of the merge: the caller names it and
 * skips it.
 */



class Invalid extends Error {
}
const SOURCES = ["sops", "github"];
const SCOPES = ["repository", "environment", "organization", "dependabot"];
const STATES = ["ok", "due-soon", "overdue"];
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DIGEST = /^[0-9a-f]{64}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** What a value is, for a message: its type, or a short quote of a string (escaped, cut). */
function describe(value) {
    if (value === undefined)
        return "nothing (the field is missing)";
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return (0,lib_errors/* printable */.g$)(JSON.stringify(value), 40);
    if (typeof value === "object")
        return "an object";
    return typeof value === "number" ? String(value) : typeof value;
}
function fail(where, expected, value) {
    throw new Invalid(`${where}: expected ${expected}, found ${describe(value)}`);
}
function object(value, where) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        fail(where, "an object", value);
    return value;
}
function array(value, where) {
    if (!Array.isArray(value))
        fail(where, "an array", value);
    return value;
}
function string(value, where, { empty = false } = {}) {
    if (typeof value !== "string")
        fail(where, "a string", value);
    if (!empty && value === "")
        fail(where, "a non-empty string", value);
    return value;
}
function strings(value, where) {
    return array(value, where).map((item, index) => string(item, `${where}[${index}]`));
}
function count(value, where) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        fail(where, "a whole number of 0 or more", value);
    return value;
}
function validate_boolean(value, where) {
    if (typeof value !== "boolean")
        fail(where, "true or false", value);
    return value;
}
function oneOf(value, allowed, where) {
    if (typeof value !== "string" || !allowed.includes(value))
        fail(where, allowed.map((item) => JSON.stringify(item)).join(" or "), value);
    return value;
}
function date(value, where) {
    if (typeof value !== "string" || !DATE.test(value) || Number.isNaN(Date.parse(value)))
        fail(where, "an ISO 8601 date (2026-01-31T12:00:00Z)", value);
    return value;
}
function commit(value, where) {
    if (typeof value !== "string" || !COMMIT.test(value))
        fail(where, "a full commit hash", value);
    return value.toLowerCase();
}
/** An optional field: absent (or undefined) stays absent; present, it must be valid. */
function optional(json, key, where, read) {
    return json[key] === undefined ? undefined : read(json[key], `${where}.${key}`);
}
function verifyCounts(value, where) {
    const json = object(value, where);
    const rules = object(json.by_rule, `${where}.by_rule`);
    // No prototype: a rule id "__proto__" from a file is a key like any other.
    const byRule = Object.create(null);
    for (const [rule, found] of Object.entries(rules)) {
        if (rule === "")
            fail(`${where}.by_rule`, "rule ids that are not empty", rule);
        byRule[rule] = count(found, `${where}.by_rule[${(0,lib_errors/* printable */.g$)(JSON.stringify(rule), 40)}]`);
    }
    return {
        errors: count(json.errors, `${where}.errors`),
        warnings: count(json.warnings, `${where}.warnings`),
        notes: count(json.notes, `${where}.notes`),
        by_rule: byRule,
    };
}
function secret(value, where) {
    const json = object(value, where);
    const digest = json.digest;
    if (digest !== null && (typeof digest !== "string" || !DIGEST.test(digest)))
        fail(`${where}.digest`, "null or 64 hexadecimal digits (HMAC-SHA256)", digest);
    const result = {
        name: string(json.name, `${where}.name`),
        source: oneOf(json.source, SOURCES, `${where}.source`),
        last_changed: date(json.last_changed, `${where}.last_changed`),
        age_days: count(json.age_days, `${where}.age_days`),
        exact: validate_boolean(json.exact, `${where}.exact`),
        max_age_days: count(json.max_age_days, `${where}.max_age_days`),
        status: oneOf(json.status, STATES, `${where}.status`),
        digest: digest === null ? null : digest.toLowerCase(),
    };
    const file = optional(json, "file", where, string);
    const key = optional(json, "key", where, string);
    const scope = optional(json, "scope", where, (item, at) => oneOf(item, SCOPES, at));
    const environment = optional(json, "environment", where, string);
    const readers = optional(json, "readers", where, strings);
    const at = optional(json, "commit", where, commit);
    if (file !== undefined)
        result.file = file;
    if (key !== undefined)
        result.key = key;
    if (scope !== undefined)
        result.scope = scope;
    if (environment !== undefined)
        result.environment = environment;
    if (readers !== undefined)
        result.readers = readers;
    if (at !== undefined)
        result.commit = at;
    return result;
}
function inventory(value) {
    const json = object(value, "the document");
    if (json.schema !== INVENTORY_SCHEMA)
        fail("schema", JSON.stringify(INVENTORY_SCHEMA), json.schema);
    const repository = string(json.repository, "repository");
    if (!isRepositoryName(repository))
        fail("repository", "OWNER/NAME", repository);
    const verify = object(json.verify, "verify");
    const unread = json.unread === undefined ? undefined : string(json.unread, "unread");
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: json.commit === null ? null : commit(json.commit, "commit"),
        generated_at: date(json.generated_at, "generated_at"),
        adopted: validate_boolean(json.adopted, "adopted"),
        recipients: array(json.recipients, "recipients").map((item, index) => {
            const entry = object(item, `recipients[${index}]`);
            return {
                name: string(entry.name, `recipients[${index}].name`),
                recipients: strings(entry.recipients, `recipients[${index}].recipients`),
            };
        }),
        secrets: array(json.secrets, "secrets").map((item, index) => secret(item, `secrets[${index}]`)),
        verify: {
            tree: verifyCounts(verify.tree, "verify.tree"),
            history: verify.history === null ? null : verifyCounts(verify.history, "verify.history"),
        },
        problems: array(json.problems, "problems").map((item, index) => string(item, `problems[${index}]`, { empty: true })),
        ...(unread === undefined ? {} : { unread }),
    };
}
/** One inventory from the text of a file: the checked inventory, or why it is not one (one line). */
function parseInventory(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reason: `not JSON (${(0,lib_errors/* printable */.g$)(error instanceof Error ? error.message : "", 80)})` };
    }
    try {
        return { ok: true, inventory: inventory(value) };
    }
    catch (error) {
        if (error instanceof Invalid)
            return { ok: false, reason: `not a ${INVENTORY_SCHEMA} file: ${error.message}` };
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/inventory/merge.ts
/**
 * Many repositories' inventories (schema.ts) merged into one organisation report: one entry per secret
 * name with every place it lives (a SOPS file and key, or a GitHub scope), its readers, ages and
 * statuses, and whether the places hold the same value — told by their keyed digests only, which are
 * compared and never copied into the report; one entry per repository (adoption, counts, verify counts,
 * problems); verify findings per rule across the organisation. Inputs that are not inventories are
 * named and skipped, never fatal. Every list is sorted by code units, so the same inputs give the same
 * report on any machine, in any order.
 */


const MERGED_SCHEMA = "secrets-actions/inventory-merge@1";
/** Code-unit order: the same on every machine, whatever its locale. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY = { ok: 0, "due-soon": 1, overdue: 2 };
const SOURCE_ORDER = { sops: 0, github: 1 };
function comparePlaces(a, b) {
    return (byCodeUnits(a.repository, b.repository) ||
        SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
        byCodeUnits(a.file ?? "", b.file ?? "") ||
        byCodeUnits(a.key ?? "", b.key ?? "") ||
        byCodeUnits(a.scope ?? "", b.scope ?? "") ||
        byCodeUnits(a.environment ?? "", b.environment ?? ""));
}
const sortedUnique = (items) => [...new Set(items)].sort(byCodeUnits);
/**
 * The Actions secret that holds CI's age identity (`SOPS_AGE_KEY`, or `SOPS_AGE_KEY_<SUFFIX>` for one key
 * per environment) lives in GitHub by design, since it opens the SOPS files: it does not make an
 * adopted repository a partly adopted one.
 */
const isAgeKeySecret = (name) => /^SOPS_AGE_KEY(?:_\w+)?$/.test(name);
/** The inventories to merge: one per repository (the one generated last), the others skipped. */
function readInputs(inputs) {
    const skipped = [];
    const chosen = new Map();
    for (const input of inputs) {
        if ("error" in input) {
            skipped.push({ file: input.file, reason: input.error });
            continue;
        }
        const parsed = parseInventory(input.text);
        if (!parsed.ok) {
            skipped.push({ file: input.file, reason: parsed.reason });
            continue;
        }
        const { inventory } = parsed;
        const earlier = chosen.get(inventory.repository);
        if (!earlier) {
            chosen.set(inventory.repository, { file: input.file, inventory });
            continue;
        }
        // The one generated later; at the same time, the file whose name sorts first: never the order given.
        const time = Date.parse(inventory.generated_at) - Date.parse(earlier.inventory.generated_at);
        const later = time > 0 || (time === 0 && byCodeUnits(input.file, earlier.file) < 0);
        const [kept, dropped] = later ? [input.file, earlier.file] : [earlier.file, input.file];
        skipped.push({
            file: dropped,
            reason: `${inventory.repository} is also in ${kept}, ${time === 0 ? "generated at the same time (the first file name is kept)" : "generated later (it is kept)"}`,
        });
        if (later)
            chosen.set(inventory.repository, { file: input.file, inventory });
    }
    const read = [...chosen.values()].sort((a, b) => byCodeUnits(a.inventory.repository, b.inventory.repository));
    return { read, skipped };
}
function repositorySummary(file, inventory) {
    const inSops = new Set();
    const inGitHub = new Set();
    let overdue = 0;
    let dueSoon = 0;
    for (const secret of inventory.secrets) {
        // An organisation secret is the organisation's, visible to many repositories: not this one's choice.
        if (secret.source === "sops")
            inSops.add(secret.name);
        else if (secret.scope !== "organization")
            inGitHub.add(secret.name);
        if (secret.status === "overdue")
            overdue++;
        else if (secret.status === "due-soon")
            dueSoon++;
    }
    const githubOnly = [...inGitHub]
        .filter((name) => !inSops.has(name) && !isAgeKeySecret(name))
        .sort(byCodeUnits);
    return {
        repository: inventory.repository,
        input: file,
        commit: inventory.commit,
        generated_at: inventory.generated_at,
        adopted: inventory.adopted,
        adoption: inventory.unread !== undefined
            ? "unread"
            : !inventory.adopted
                ? "not adopted"
                : githubOnly.length > 0
                    ? "partly adopted"
                    : "adopted",
        secrets: inventory.secrets.length,
        sops: inventory.secrets.filter((secret) => secret.source === "sops").length,
        github: inventory.secrets.filter((secret) => secret.source === "github").length,
        github_only: githubOnly,
        overdue,
        due_soon: dueSoon,
        recipients: inventory.recipients
            .map((entry) => ({ name: entry.name, recipients: [...entry.recipients].sort(byCodeUnits) }))
            .sort((a, b) => byCodeUnits(a.name, b.name)),
        verify: inventory.verify,
        unread: inventory.unread ?? null,
        problems: inventory.unread === undefined ? inventory.problems : [`not read: ${inventory.unread}`],
    };
}
function mergeName(name, found) {
    // Places and their digests sorted together; digests stay here and never reach the report.
    const pairs = [...found].sort((a, b) => comparePlaces(a.place, b.place));
    const sorted = pairs.map((pair) => pair.place);
    const groups = new Map();
    let withDigest = 0;
    for (const { place, digest } of pairs) {
        if (digest === null)
            continue;
        withDigest++;
        let group = groups.get(digest);
        if (group === undefined)
            groups.set(digest, (group = groups.size + 1));
        place.value = group;
    }
    let status = "ok";
    let oldest = -1;
    let oldestExact = true;
    for (const place of sorted) {
        if (SEVERITY[place.status] > SEVERITY[status])
            status = place.status;
        if (place.age_days > oldest) {
            oldest = place.age_days;
            oldestExact = place.exact;
        }
        else if (place.age_days === oldest && !place.exact)
            oldestExact = false;
    }
    return {
        name,
        values: withDigest < 2 ? "unknown" : groups.size === 1 ? "same value" : "different values",
        status,
        oldest_age_days: Math.max(oldest, 0),
        oldest_exact: oldestExact,
        repositories: sortedUnique(sorted.map((place) => place.repository)),
        readers: sortedUnique(sorted.flatMap((place) => place.readers)),
        places: sorted,
    };
}
function ruleTotals(repositories) {
    const totals = new Map();
    const total = (rule) => {
        let entry = totals.get(rule);
        if (!entry)
            totals.set(rule, (entry = { rule, repositories: 0, tree: 0, history: 0 }));
        return entry;
    };
    for (const repository of repositories) {
        const seen = new Set();
        for (const [rule, found] of Object.entries(repository.verify.tree.by_rule)) {
            total(rule).tree += found;
            seen.add(rule);
        }
        for (const [rule, found] of Object.entries(repository.verify.history?.by_rule ?? {})) {
            total(rule).history += found;
            seen.add(rule);
        }
        for (const rule of seen)
            total(rule).repositories++;
    }
    return [...totals.values()].sort((a, b) => b.tree - a.tree || b.history - a.history || byCodeUnits(a.rule, b.rule));
}
/** Why an expected repository has no row of its own. */
const NO_INVENTORY_ARRIVED = "no inventory of it arrived: the App installation cannot see it, or its matrix job failed or was cancelled (see the workflow run)";
/**
 * The organisation's report from the inputs, and one warning per input that was skipped (the file,
 * then why): a file that is not JSON, not this schema, invalid in a field, or a repository already read.
 */
function mergeInventories(inputs, options = { expected: [], now: "" }) {
    const { read, skipped } = readInputs(inputs);
    const arrived = new Set(read.map(({ inventory }) => inventory.repository));
    const missing = sortedUnique(options.expected).filter((repository) => !arrived.has(repository));
    const repositories = [
        ...read.map(({ file, inventory }) => repositorySummary(file, inventory)),
        ...missing.map((repository) => repositorySummary(null, unreadInventory(repository, NO_INVENTORY_ARRIVED, options.now))),
    ].sort((a, b) => byCodeUnits(a.repository, b.repository));
    const byName = new Map();
    for (const { inventory } of read) {
        for (const secret of inventory.secrets) {
            let entry = byName.get(secret.name);
            if (!entry)
                byName.set(secret.name, (entry = []));
            const place = {
                repository: inventory.repository,
                source: secret.source,
                file: secret.file ?? null,
                key: secret.key ?? null,
                scope: secret.scope ?? null,
                environment: secret.environment ?? null,
                readers: sortedUnique(secret.readers ?? []),
                last_changed: secret.last_changed,
                commit: secret.commit ?? null,
                age_days: secret.age_days,
                exact: secret.exact,
                max_age_days: secret.max_age_days,
                status: secret.status,
                value: null,
            };
            entry.push({ place, digest: secret.digest });
        }
    }
    const secrets = [...byName]
        .sort(([a], [b]) => byCodeUnits(a, b))
        .map(([name, found]) => mergeName(name, found));
    const sum = (pick) => repositories.reduce((total, repository) => total + pick(repository.verify.tree), 0);
    const merged = {
        schema: MERGED_SCHEMA,
        inputs: { read: read.length, skipped },
        totals: {
            repositories: repositories.length,
            adopted: repositories.filter((repository) => repository.adoption === "adopted").length,
            partly_adopted: repositories.filter((repository) => repository.adoption === "partly adopted").length,
            not_adopted: repositories.filter((repository) => repository.adoption === "not adopted").length,
            unread: repositories.filter((repository) => repository.adoption === "unread").length,
            names: secrets.length,
            places: secrets.reduce((total, secret) => total + secret.places.length, 0),
            overdue: secrets.filter((secret) => secret.status === "overdue").length,
            due_soon: secrets.filter((secret) => secret.status === "due-soon").length,
            same_value: secrets.filter((secret) => secret.values === "same value").length,
            different_values: secrets.filter((secret) => secret.values === "different values").length,
            verify: {
                errors: sum((counts) => counts.errors),
                warnings: sum((counts) => counts.warnings),
                notes: sum((counts) => counts.notes),
            },
        },
        repositories,
        secrets,
        rules: ruleTotals(repositories),
    };
    return { merged, warnings: skipped.map((entry) => `${entry.file}: skipped: ${entry.reason}`) };
}
/** The JSON output: the merged object as it is typed above, indented, one trailing newline. */
function renderJson(merged) {
    return `${JSON.stringify(merged, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/plan.ts
/**
 * How an organisation's inventory is spread over a GitHub Actions matrix: repositories in chunks, so
 * that 500 repositories fit the 256-job limit of a matrix with room to spare, each chunk one job.
 */
/** GitHub runs at most 256 jobs from one matrix. */
const MATRIX_LIMIT = 256;
/** `owner/name` entries of a list written one per line or comma-separated; duplicates dropped, order kept. */
function parseRepositoryList(text) {
    const seen = new Set();
    for (const item of text.split(/[\s,]+/)) {
        const name = item.trim();
        if (name !== "")
            seen.add(name);
    }
    return [...seen];
}
function planChunks(repositories, perJob) {
    const sorted = [...new Set(repositories)].sort((a, b) => a.localeCompare(b));
    // At least enough per job that the matrix stays under its limit.
    const size = Math.max(1, perJob, Math.ceil(sorted.length / MATRIX_LIMIT));
    const chunks = [];
    for (let start = 0; start < sorted.length; start += size) {
        const part = sorted.slice(start, start + size);
        chunks.push({
            chunk: chunks.length + 1,
            repositories: part.join(","),
            names: part.map((repository) => repository.slice(repository.indexOf("/") + 1)).join(","),
        });
    }
    return chunks;
}

;// CONCATENATED MODULE: ./actions/common/inventory-issue.ts
/**
 * The organisation's inventory as one issue of the central repository: found again by a hidden marker
 * and its label (never by search, which installation tokens cannot use), updated in place, reopened if
 * someone closed it, never duplicated, and pinned so that it heads the issue list.
 */

const INVENTORY_MARKER = "<!-- secrets-actions:inventory -->";
const INVENTORY_LABEL = "secrets-inventory";
const INVENTORY_TITLE = "Secrets inventory";
/** GitHub's limit on an issue body. */
const BODY_LIMIT = 65_536;
function bodyOf(markdown) {
    const body = `${INVENTORY_MARKER}\n${markdown}`;
    if (body.length <= BODY_LIMIT)
        return body;
    const note = "\n\n> Cut to GitHub's limit on an issue body: the full report is in the run's artifacts.\n";
    return body.slice(0, BODY_LIMIT - note.length) + note;
}
async function publishInventoryIssue(client, repository, markdown) {
    const [owner = "", repo = ""] = repository.split("/");
    const body = bodyOf(markdown);
    const issues = (await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo,
        state: "all",
        labels: INVENTORY_LABEL,
        per_page: 100,
    })).filter((issue) => !issue.pull_request && (issue.body ?? "").includes(INVENTORY_MARKER));
    // The open one if there is one, else the newest.
    const existing = issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
    let published;
    let nodeId;
    if (!existing) {
        try {
            await client.rest.issues.getLabel({ owner, repo, name: INVENTORY_LABEL });
        }
        catch {
            await client.rest.issues.createLabel({
                owner,
                repo,
                name: INVENTORY_LABEL,
                color: "0e8a16",
                description: "The organisation's secrets inventory",
            });
        }
        const { data } = await client.rest.issues.create({
            owner,
            repo,
            title: INVENTORY_TITLE,
            body,
            labels: [INVENTORY_LABEL],
        });
        published = { number: data.number, action: "opened" };
        nodeId = data.node_id;
    }
    else {
        nodeId = existing.node_id;
        const closed = existing.state === "closed";
        if (!closed && existing.body === body && existing.title === INVENTORY_TITLE)
            return { number: existing.number, action: "unchanged" };
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: existing.number,
            title: INVENTORY_TITLE,
            body,
            ...(closed ? { state: "open" } : {}),
        });
        published = { number: existing.number, action: closed ? "reopened" : "updated" };
    }
    try {
        await client.graphql("mutation($id: ID!) { pinIssue(input: {issueId: $id}) { issue { number } } }", {
            id: nodeId,
        });
    }
    catch (error) {
        return { ...published, notPinned: toFailure(error).message };
    }
    return published;
}

;// CONCATENATED MODULE: ./actions/common/github-secrets.ts
/**
 * The GitHub half of rotate-reminder: the secrets metadata of a repository (Actions repository
 * secrets, every environment's, the organization's shared with it, Dependabot's). GitHub only says
 * when a secret was last written (`updated_at`), never its value. Without the permission to list them,
 * the caller is told so and decides whether that is an error.
 */

async function githubSecrets(client, repository) {
    const [owner = "", repo = ""] = repository.split("/");
    const found = (scope, secrets, environment) => secrets.map((secret) => ({
        name: secret.name,
        source: "github",
        repository,
        scope,
        ...(environment !== undefined ? { environment } : {}),
        lastChanged: secret.updated_at,
        exact: true,
    }));
    try {
        const secrets = [];
        const repositorySecrets = await client.paginate(client.rest.actions.listRepoSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("repository", repositorySecrets));
        // The environments listing is not in octokit's paginate map: its pages are walked here.
        const environments = [];
        for (let page = 1;; page++) {
            const { data } = await client.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page });
            environments.push(...(data.environments ?? []));
            if ((data.environments ?? []).length < 100)
                break;
        }
        for (const environment of environments) {
            const environmentSecrets = await client.paginate(client.rest.actions.listEnvironmentSecrets, {
                owner,
                repo,
                environment_name: environment.name,
                per_page: 100,
            });
            secrets.push(...found("environment", environmentSecrets, environment.name));
        }
        const organization = await client.paginate(client.rest.actions.listRepoOrganizationSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("organization", organization));
        const dependabot = await client.paginate(client.rest.dependabot.listRepoSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("dependabot", dependabot));
        return { kind: "listed", secrets };
    }
    catch (error) {
        const failure = toFailure(error);
        if (failure.status === 401 || failure.status === 403 || failure.status === 404)
            return { kind: "denied", status: failure.status, message: failure.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/common/inventory.ts
/**
 * The inventory of one checkout (`secrets-actions inventory`): every SOPS file and key (never a value)
 * with its readers by name and its age and policy status from the rotation history, verify's counts for
 * the tree and the history, and with a token the repository's GitHub secrets metadata. Values appear
 * only as keyed digests under the organisation's shared digest key, so that the merge can compare them.
 * What cannot be read (no token, a shallow clone, an API error) is a problem on the record, never fatal.
 */












function inventory_counts(findings) {
    const byRule = {};
    let errors = 0;
    let warnings = 0;
    let notes = 0;
    for (const finding of findings) {
        if (finding.severity === "note") {
            notes++;
            continue;
        }
        if (finding.severity === "error")
            errors++;
        else
            warnings++;
        byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    }
    return { errors, warnings, notes, by_rule: byRule };
}
async function inventory_verifyCounts(root, source, now, problems) {
    try {
        const result = await verify({
            cwd: root,
            source,
            include: [],
            policyFile: "",
            sopsConfigFile: "",
            identities: [],
            now,
            threads: 1,
        });
        return inventory_counts(result.findings);
    }
    catch (error) {
        problems.push(`verify (${source.scope}): ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
        return null;
    }
}
async function readInventory(options) {
    const { root, repository, identities, now } = options;
    const problems = [];
    const adopted = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, ".sops.yaml"));
    const { names } = loadRecipientNames(root, "");
    const defaultPolicy = ROTATE_REMINDER.inputs.policy.default;
    const policy = loadRotationPolicy(root, defaultPolicy, defaultPolicy);
    const found = [];
    const digests = new Map();
    const files = adopted ? await rotationFiles(root, []) : [];
    for (const file of files) {
        try {
            const result = await sopsSecrets(root, file, repository, identities, (message) => {
                problems.push(message);
            }, options.digestKey);
            found.push(...result.secrets);
            if (options.digestKey)
                for (const fact of result.facts)
                    digests.set(`${file}:${fact.name}`, fact.digest);
        }
        catch (error) {
            problems.push(`${file}: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
        }
    }
    if (options.github) {
        try {
            const listing = await githubSecrets(options.github, repository);
            if (listing.kind === "listed")
                found.push(...listing.secrets);
            else
                problems.push(`GitHub secrets of ${repository} could not be listed (HTTP ${listing.status ?? "?"}): ${listing.message}`);
        }
        catch (error) {
            // After the client's own retries: the repository is reported with the reason, the run goes on.
            const failure = toFailure(error);
            problems.push(`GitHub secrets of ${repository} could not be listed (HTTP ${failure.status ?? "none"}): ${failure.message}`);
        }
    }
    else
        problems.push("GitHub secrets not listed: no token");
    const readers = new Map(currentReaders(root, files, names).map((entry) => [entry.path, entry.readers.alone]));
    const secrets = buildReport(found, policy, now).map((entry) => ({
        name: entry.name,
        source: entry.source,
        ...(entry.file
            ? { file: entry.file, key: entry.key ?? entry.name, readers: readers.get(entry.file) ?? [] }
            : {}),
        ...(entry.source === "github" && entry.scope ? { scope: entry.scope } : {}),
        ...(entry.environment ? { environment: entry.environment } : {}),
        last_changed: entry["last-changed"],
        ...(entry.commit ? { commit: entry.commit } : {}),
        age_days: entry["age-days"],
        exact: entry.exact,
        max_age_days: entry["max-age-days"],
        status: entry.status,
        digest: entry.file ? (digests.get(`${entry.file}:${entry.name}`) ?? null) : null,
    }));
    const tree = (await inventory_verifyCounts(root, { scope: "all" }, now, problems)) ?? {
        errors: 0,
        warnings: 0,
        notes: 0,
        by_rule: {},
    };
    const historyCounts = options.history
        ? await inventory_verifyCounts(root, { scope: "history" }, now, problems)
        : null;
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: (await (0,git/* headCommit */.Qo)(root)) ?? null,
        generated_at: new Date(now).toISOString(),
        adopted,
        recipients: names.entries(),
        secrets,
        verify: { tree, history: historyCounts },
        problems,
    };
}

;// CONCATENATED MODULE: ./actions/cli/inventory-repository.ts
/**
 * `secrets-actions inventory [--json FILE] [--repository OWNER/NAME] [--history]`: the inventory of this
 * checkout (common/inventory.ts). With a token (GITHUB_TOKEN or GH_TOKEN) it lists the repository's
 * GitHub secrets metadata; with INVENTORY_DIGEST_KEY (the same for every repository of a run) and an age
 * key it adds keyed digests of the values, so that `inventory merge` can tell equal values apart.
 */











/** The client's own messages: warnings on stderr, debug messages nowhere. */
function quietReport(io) {
    return {
        debug: () => undefined,
        warning: (message) => {
            io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
        },
    };
}
/** The digest key from INVENTORY_DIGEST_KEY: any text, stretched to 32 bytes (SHA-256). */
function digestKeyOf(text) {
    return text ? (0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest() : undefined;
}
/** The inventory as JSON, to `--json FILE` (replaced atomically, never through a link) or stdout. */
function writeInventory(inventory, json, io) {
    const text = `${JSON.stringify(inventory, null, 2)}\n`;
    if (json === undefined) {
        io.stdout(text);
        return;
    }
    const file = external_node_path_default().resolve(io.cwd, json);
    writeFileSafely(file, text, {
        what: `--json ${json}`,
        roots: [external_node_path_default().parse(file).root],
        mode: 0o644,
        replace: true,
    });
}
const checkedRepository = (repository, usageError) => {
    if (!isRepositoryName(repository))
        throw usageError(`--repository must be OWNER/NAME, not ${JSON.stringify(repository)}`);
    return repository;
};
async function inventoryRepositoryCommand(values, io, identities, usageError) {
    const root = await (0,git/* repositoryRoot */.Hn)(io.cwd);
    if (!root)
        throw new lib_errors/* ConfigurationError */.j1(`${io.cwd} is not in a git repository: inventory reads a checkout`);
    const repository = values.repository ??
        io.env.GITHUB_REPOSITORY ??
        (await (0,git/* originRepository */.Vp)(root)) ??
        `local/${external_node_path_default().basename(root)}`;
    checkedRepository(repository, usageError);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    const github = token
        ? createGitHubClient({
            token,
            action: "secrets-actions inventory",
            concurrency: 2,
            report: {
                debug: () => undefined,
                warning: (message) => {
                    io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
                },
            },
        })
        : undefined;
    const inventory = await readInventory({
        root,
        repository,
        identities: await identities(),
        digestKey: digestKeyOf(io.env.INVENTORY_DIGEST_KEY),
        github,
        history: values.history ?? false,
        now: Date.now(),
    });
    writeInventory(inventory, values.json, io);
    for (const problem of inventory.problems)
        io.stderr(`${forLogLine(`secrets-actions: ${problem}`)}\n`);
    io.stderr(`${forLogLine(`secrets-actions inventory: ${repository}: ${inventory.adopted ? "adopted" : "not adopted"}, ${inventory.secrets.length} secrets, ${inventory.secrets.filter((secret) => secret.status === "overdue").length} overdue, verify ${inventory.verify.tree.errors} errors`)}\n`);
    return 0;
}
/**
 * `secrets-actions inventory unread --repository OWNER/NAME --reason TEXT [--json FILE]`: the inventory
 * of a repository the workflow could not clone or inventory, so that the report has its row and why.
 */
function inventoryUnreadCommand(values, io, usageError) {
    if (values.repository === undefined)
        throw usageError("inventory unread needs --repository OWNER/NAME");
    const reason = values.reason?.trim() ?? "";
    if (reason === "")
        throw usageError("inventory unread needs --reason TEXT: why the repository could not be read");
    const repository = checkedRepository(values.repository, usageError);
    writeInventory(unreadInventory(repository, reason, new Date().toISOString()), values.json, io);
    io.stderr(`${forLogLine(`secrets-actions inventory: ${repository}: not read: ${reason}`)}\n`);
    return 0;
}
/**
 * The listed repositories the token's App installation can see. One it cannot see would make the App
 * token of its whole matrix chunk fail, so it is left out with a warning (`inventory merge --expect`
 * still gives it a row). A token that cannot list an installation's repositories keeps the list whole.
 */
async function visibleToInstallation(client, repositories, io) {
    let visible;
    try {
        visible = new Set((await installationRepositories(client)).map((name) => name.toLowerCase()));
    }
    catch (error) {
        const failure = toFailure(error);
        io.stderr(`${forLogLine(`secrets-actions: the installation's repositories could not be listed (HTTP ${failure.status ?? "none"}: ${failure.message}); planning every repository given`)}\n`);
        return repositories;
    }
    const unseen = repositories.filter((name) => !visible.has(name.toLowerCase()));
    if (unseen.length > 0)
        io.stderr(`${forLogLine(`secrets-actions: left out, the App installation cannot see them: ${unseen.join(", ")}`)}\n`);
    return repositories.filter((name) => visible.has(name.toLowerCase()));
}
/**
 * `secrets-actions inventory plan [--repositories LIST] [--per-job N]`: the matrix of the reusable
 * inventory workflow, as JSON (`{"include": [{"chunk": 1, "repositories": "a/b,a/c"}, ...]}`): the
 * repositories given, or every repository the token's GitHub App installation can see.
 */
async function inventoryPlanCommand(values, io, usageError) {
    const perJob = Number(values["per-job"] ?? "1");
    if (!Number.isInteger(perJob) || perJob < 1)
        throw usageError(`--per-job must be a whole number of at least 1, not ${JSON.stringify(values["per-job"])}`);
    let repositories = parseRepositoryList(values.repositories ?? "");
    const bad = repositories.find((name) => !isRepositoryName(name));
    if (bad !== undefined)
        throw usageError(`--repositories: ${JSON.stringify(bad)} is not OWNER/NAME`);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    const client = token
        ? createGitHubClient({
            token,
            action: "secrets-actions inventory",
            concurrency: 1,
            report: quietReport(io),
        })
        : undefined;
    if (repositories.length === 0) {
        if (!client)
            throw new lib_errors/* ConfigurationError */.j1("inventory plan needs --repositories or a GitHub App installation token in GITHUB_TOKEN to list the repositories it can see");
        repositories = await installationRepositories(client);
    }
    else if (client)
        repositories = await visibleToInstallation(client, repositories, io);
    const include = planChunks(repositories, perJob);
    io.stdout(`${JSON.stringify({ include })}\n`);
    io.stderr(`secrets-actions inventory plan: ${repositories.length} repositories in ${include.length} jobs\n`);
    return 0;
}

;// CONCATENATED MODULE: ./actions/cli/inventory.ts
/**
 * `secrets-actions inventory merge FILE... [--markdown FILE] [--html FILE] [--json FILE] [--replace]
 * [--expect LIST] [--issue-repo OWNER/NAME]`: the inventories of many repositories (`inventory --json`,
 * schema actions/lib/inventory/schema.ts) merged into one report. A file that is not an inventory is
 * named on stderr and skipped; the report lists it too. A repository of --expect without an inventory
 * is a row that says so. Without an output option the Markdown goes to stdout. Output files are written
 * atomically, never through a symbolic link, and over an existing file only with --replace.
 */















const INVENTORY = usageOf("inventory");
const OUTPUTS = ["markdown", "html", "json"];
function readInput(file, cwd) {
    try {
        return { file, text: (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), "utf8") };
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT"
            ? "no such file"
            : code === "EISDIR"
                ? "a folder, not a file"
                : code === "EACCES"
                    ? "not readable (permissions)"
                    : (0,lib_errors/* describeUnknown */.Ee)(error);
        return { file, error: `cannot be read: ${why}` };
    }
}
/** Refuses, before anything is written, an output that exists (without --replace) or is a link. */
function inventory_checkTarget(option, file, target, replace) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(target);
    }
    catch {
        return;
    }
    if (stat.isSymbolicLink())
        throw new lib_errors/* ConfigurationError */.j1(`--${option} ${file} is a symbolic link: reports are never written through links; delete it or choose another path`);
    if (!stat.isFile())
        throw new lib_errors/* ConfigurationError */.j1(`--${option} ${file} exists and is not a regular file: choose another path`);
    if (!replace)
        throw new lib_errors/* ConfigurationError */.j1(`--${option} ${file} already exists: pass --replace to replace it, or choose another path`);
}
async function merge(files, values, io, usageError) {
    const expected = parseRepositoryList(values.expect ?? "");
    const notName = expected.find((repository) => !isRepositoryName(repository));
    if (notName !== undefined)
        throw usageError(`--expect: ${JSON.stringify(notName)} is not OWNER/NAME`);
    if (files.length === 0 && expected.length === 0)
        throw usageError("inventory merge needs one or more inventory JSON files");
    const issueRepository = values["issue-repo"];
    if (issueRepository !== undefined && !isRepositoryName(issueRepository))
        throw usageError(`--issue-repo must be OWNER/NAME, not ${JSON.stringify(issueRepository)}`);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    if (issueRepository !== undefined && !token)
        throw new lib_errors/* ConfigurationError */.j1("--issue-repo needs a token with issues: write in GITHUB_TOKEN or GH_TOKEN");
    const targets = OUTPUTS.flatMap((option) => {
        const file = values[option];
        return file === undefined ? [] : [{ option, file, target: external_node_path_default().resolve(io.cwd, file) }];
    });
    for (const [index, output] of targets.entries()) {
        const twin = targets.slice(0, index).find((other) => other.target === output.target);
        if (twin)
            throw usageError(`--${twin.option} and --${output.option} name the same file ${output.file}`);
    }
    for (const output of targets)
        inventory_checkTarget(output.option, output.file, output.target, values.replace === true);
    const { merged, warnings } = mergeInventories(files.map((file) => readInput(file, io.cwd)), { expected, now: new Date().toISOString() });
    for (const warning of warnings)
        io.stderr(`${forLogLine(`secrets-actions: ${warning}`)}\n`);
    // With --expect, a run that read nothing is still a report: every repository is a row saying why.
    if (merged.inputs.read === 0 && expected.length === 0)
        throw new lib_errors/* ConfigurationError */.j1(`inventory merge: none of the ${files.length} files is an inventory (each is named above): pass the files secrets-actions inventory --json writes`);
    const full = targets.filter((output) => output.option !== "markdown").map((output) => output.file);
    const markdown = () => renderMarkdown(merged, full.length > 0
        ? {
            artifactHint: `The full report is in ${full.map(markdownCode).join(" and ")}: upload ${full.length === 1 ? "it" : "them"} as a workflow artifact and link it here.`,
        }
        : {});
    const render = { markdown, html: () => renderHtml(merged), json: () => renderJson(merged) };
    if (issueRepository !== undefined && token !== undefined) {
        const client = createGitHubClient({
            token,
            action: "secrets-actions inventory",
            concurrency: 1,
            report: {
                debug: () => undefined,
                warning: (message) => {
                    io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
                },
            },
        });
        const issue = await publishInventoryIssue(client, issueRepository, markdown());
        io.stderr(`${forLogLine(`secrets-actions inventory merge: issue #${issue.number} of ${issueRepository} ${issue.action}`)}\n`);
        if (issue.notPinned !== undefined)
            io.stderr(`${forLogLine(`secrets-actions: issue #${issue.number} could not be pinned: ${issue.notPinned}`)}\n`);
    }
    if (targets.length === 0) {
        if (issueRepository === undefined)
            io.stdout(markdown());
        return 0;
    }
    for (const output of targets) {
        writeFileSafely(output.target, render[output.option](), {
            what: `--${output.option} ${output.file}`,
            roots: [external_node_path_default().parse(output.target).root],
            mode: 0o644,
            replace: values.replace === true,
        });
    }
    io.stderr(`${forLogLine(`secrets-actions inventory merge: ${merged.totals.repositories} repositories, ${merged.totals.names} secret names, ${merged.inputs.skipped.length} inputs skipped; wrote ${targets.map((output) => output.file).join(", ")}`)}\n`);
    return 0;
}
/**
 * The inventory command: `inventory` (this checkout), `inventory plan` (the workflow's matrix),
 * `inventory merge FILE...` (one report over many repositories).
 */
async function inventoryCommand(args, io, identities, usageError) {
    const { values, positionals } = parseCommandArgs(INVENTORY, args, {
        markdown: { type: "string" },
        html: { type: "string" },
        json: { type: "string" },
        replace: { type: "boolean" },
        repository: { type: "string" },
        history: { type: "boolean" },
        repositories: { type: "string" },
        "per-job": { type: "string" },
        "issue-repo": { type: "string" },
        reason: { type: "string" },
        expect: { type: "string" },
    }, usageError);
    const [subcommand, ...files] = positionals;
    if (subcommand === undefined)
        return inventoryRepositoryCommand(values, io, identities, usageError);
    if (subcommand === "plan")
        return inventoryPlanCommand(values, io, usageError);
    if (subcommand === "unread")
        return inventoryUnreadCommand(values, io, usageError);
    if (subcommand !== "merge")
        throw usageError(`unknown inventory subcommand ${JSON.stringify(subcommand.slice(0, 40))}: use inventory, inventory plan, inventory unread or inventory merge FILE...`);
    return merge(files, values, io, usageError);
}

;// CONCATENATED MODULE: ./actions/cli/main.ts
/**
 * `secrets-actions`: a sops-compatible command line over the engine (decrypt, encrypt, set, unset,
 * updatekeys, filestatus), for local use, pre-commit hooks and the demo.
 */























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
/** Bad usage of a command (or of the command line when `command` is undefined): usage goes to stderr. */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
const defaultIo = {
    stdout: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
};
function exitCodeOf(error) {
    switch (error.code) {
        case "MAC_MISMATCH":
            return EXIT.macMismatch;
        case "NO_MATCHING_KEY":
            return EXIT.noMatchingKey;
        case "NOT_SOPS_FILE":
            return EXIT.notSops;
        case "UNSUPPORTED":
            return EXIT.unsupported;
        case "BAD_INPUT":
            return EXIT.usage;
        case "MALFORMED":
            return EXIT.error;
    }
}
const wantsHelp = (args) => {
    const end = args.indexOf("--");
    return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
};
async function run(argv, io = defaultIo) {
    const [command, ...rest] = argv;
    const usage = command === undefined ? undefined : commandNamed(command);
    if (usage && wantsHelp(rest)) {
        io.stdout(`${commandUsage(usage)}\n`);
        return EXIT.ok;
    }
    try {
        switch (command) {
            case "decrypt":
                return await decryptCommand(rest, io);
            case "encrypt":
                return await encryptCommand(rest, io);
            case "set":
            case "unset":
                return await setCommand(command, rest, io);
            case "updatekeys":
                return await updateKeysCommand(rest, io);
            case "filestatus":
                return filestatusCommand(rest, io);
            case "verify":
                return await verifyCommand(rest, io, (message) => new UsageError(message, usage));
            case "rotation":
                return await rotationCommand(rest, io, () => identities(io), (message) => new UsageError(message, usage));
            case "rotate":
                return await rotateCommand(rest, io);
            case "access":
            case "offboard":
                return await (command === "access" ? accessCommand : offboardCommand)(rest, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, env: io.env }, () => identities(io), (message) => new UsageError(message, usage));
            case "inventory":
                return await inventoryCommand(rest, {
                    stdout: (text) => {
                        io.stdout(text);
                    },
                    stderr: io.stderr,
                    cwd: io.cwd,
                    env: io.env,
                }, () => identities(io), (message) => new UsageError(message, usage));
            case "init":
                return await initCommand(rest, {
                    stdout: (text) => {
                        io.stdout(text);
                    },
                    stderr: io.stderr,
                    env: io.env,
                    cwd: io.cwd,
                }, (message) => new UsageError(message, usage));
            case "edit":
            case "run":
                return await (command === "edit" ? editCommand : runCommandWithSecrets)(rest, { stderr: io.stderr, env: io.env, cwd: io.cwd }, () => identities(io), (message) => new UsageError(message, usage));
            case "rules": {
                const { values, positionals } = parseCommandArgs(usageOf("rules"), rest, { markdown: { type: "boolean" } }, (message) => new UsageError(message, usage));
                if (positionals.length > 0)
                    throw new UsageError("rules takes no arguments", usage);
                io.stdout(`${values.markdown ? rulesMarkdown() : rulesText()}\n`);
                return EXIT.ok;
            }
            case "--help":
            case "-h":
            case "help":
                io.stdout(`${mainUsage()}\n`);
                return EXIT.ok;
            case "--version":
            case "-V":
                io.stdout(`secrets-actions ${packageVersion()}\n`);
                return EXIT.ok;
            default:
                throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"` : "no command given");
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            const help = error.command ? commandUsage(error.command) : mainUsage();
            io.stderr(`secrets-actions: ${forLogLine(error.message)}\n${help}\n`);
            return EXIT.usage;
        }
        if (error instanceof errors/* SopsError */.gb) {
            io.stderr(`secrets-actions: ${error.message}\n`);
            return exitCodeOf(error);
        }
        if (error instanceof lib_errors/* ConfigurationError */.j1) {
            io.stderr(`secrets-actions: ${error.message}\n`);
            return EXIT.usage;
        }
        io.stderr(`secrets-actions: unexpected error: ${(0,lib_errors/* describeUnknown */.Ee)(error)}\n`);
        return EXIT.error;
    }
}
const OPTIONS = {
    "input-type": { type: "string" },
    "output-type": { type: "string" },
    "ignore-mac": { type: "boolean" },
    extract: { type: "string" },
    age: { type: "string" },
    yes: { type: "boolean", short: "y" },
};
/** The long option names a command's usage lists (`--input-type T` → `input-type`). */
function allowedOptions(command) {
    return command.options.flatMap(([flag]) => flag
        .split(/[ ,]+/)
        .filter((part) => part.startsWith("--"))
        .map((part) => part.slice(2)));
}
function parse(args, name, positionals) {
    const command = usageOf(name);
    const usageError = (message) => new UsageError(message, command);
    const parsed = parseCommandArgs(command, args, OPTIONS, usageError);
    const allowed = allowedOptions(command);
    const unexpected = Object.keys(parsed.values).find((option) => !allowed.includes(option));
    if (unexpected !== undefined)
        throw usageError(notAnOption(command, `--${unexpected}`));
    if (parsed.positionals.length !== positionals) {
        throw new UsageError(`${name} takes ${positionals} argument(s) (${command.synopsis}), got ${parsed.positionals.length}`, command);
    }
    return parsed;
}
function main_readInput(file, io) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(io.cwd, file));
    }
    catch {
        throw (0,errors/* badInput */.AN)("cannot be read: check that the file exists and is readable");
    }
}
function formatOption(value, what) {
    return typeof value === "string" ? (0,formats/* parseFormat */.Xc)(value, what) : undefined;
}
async function identities(io) {
    return identitiesFromEnvironment({
        env: io.env,
        platform: process.platform,
        home: (0,external_node_os_.homedir)(),
        includeDefaultFile: true,
    });
}
function findConfig(io) {
    const explicit = io.env.SOPS_CONFIG;
    const file = (0,common_sops_config/* locateSopsConfig */.ah)(io.cwd, explicit ? { file: explicit, what: "SOPS_CONFIG" } : undefined);
    return file ? (0,common_sops_config/* readSopsConfig */.aU)(file) : undefined;
}
async function decryptCommand(args, io) {
    const { values, positionals } = parse(args, "decrypt", 1);
    const file = positionals[0];
    const inputFormat = formatOption(values["input-type"], "--input-type");
    const outputOption = formatOption(values["output-type"], "--output-type");
    try {
        const bytes = main_readInput(file, io);
        const format = inputFormat ?? (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const outputFormat = outputOption ?? format;
        const decrypted = await (0,engine/* decrypt */.Yc)(bytes, {
            format,
            identities: await identities(io),
            ignoreMac: values["ignore-mac"] === true,
        });
        for (const warning of decrypted.warnings)
            io.stderr(`secrets-actions: ${file}: warning: ${warning}\n`);
        if (typeof values.extract === "string") {
            const [first] = decrypted.branches;
            if (!first)
                throw (0,errors/* badInput */.AN)("the file has no document");
            const value = (0,tree_path/* getPath */.Yn)(first, (0,tree_path/* parsePathExpression */.rP)(values.extract));
            io.stdout((0,formats/* createStore */.y$)(outputFormat).emitValue(value));
        }
        else {
            io.stdout((0,engine/* emitPlaintext */.ZM)(decrypted, outputFormat));
        }
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}
function recipientsFor(file, ageOption, io) {
    const fromFlag = ageOption ?? io.env.SOPS_AGE_RECIPIENTS;
    if (fromFlag) {
        const recipients = fromFlag
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item !== "");
        return { ageGroups: [recipients], config: findConfig(io)?.config };
    }
    const found = findConfig(io);
    if (!found)
        throw (0,errors/* badInput */.AN)("no recipients: pass --age age1...,age1... or create a .sops.yaml with a creation rule");
    const relative = (0,sops_config/* pathForRules */.Cc)(found.dir, external_node_path_default().resolve(io.cwd, file));
    const rule = (0,sops_config/* findCreationRule */.nJ)(found.config, relative);
    if (!rule)
        throw (0,errors/* badInput */.AN)(`no creation rule in ${found.config.source} matches ${relative}`);
    if (rule.otherKeys.length > 0 && rule.ageGroups.every((group) => group.length === 0)) {
        throw new errors/* SopsError */.gb("UNSUPPORTED", `the creation rule for ${relative} has only non-age keys (${rule.otherKeys.join(", ")})`);
    }
    return { ageGroups: rule.ageGroups, shamirThreshold: rule.shamirThreshold, rule, config: found.config };
}
function storeOptionsFor(format, config) {
    const indent = format === "yaml"
        ? config?.yamlIndent
        : format === "json" || format === "binary"
            ? config?.jsonIndent
            : undefined;
    return indent === undefined ? {} : { indent };
}
async function encryptCommand(args, io) {
    const { values, positionals } = parse(args, "encrypt", 1);
    const file = positionals[0];
    try {
        const bytes = main_readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,formats/* formatForPath */.G9)(file) ?? "binary";
        const outputFormat = formatOption(values["output-type"], "--output-type") ?? format;
        if (outputFormat !== format)
            throw (0,errors/* badInput */.AN)("encrypt writes the input's format: --output-type must match --input-type");
        const { config, ...recipients } = recipientsFor(file, typeof values.age === "string" ? values.age : undefined, io);
        const rule = "rule" in recipients ? recipients.rule : undefined;
        const encrypted = await (0,engine/* encrypt */.w)(bytes, {
            format,
            storeOptions: storeOptionsFor(format, config),
            ageGroups: recipients.ageGroups,
            shamirThreshold: recipients.shamirThreshold,
            cryptRule: rule?.cryptRule,
            macOnlyEncrypted: rule?.macOnlyEncrypted,
        });
        io.stdout(encrypted);
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}
function parseValueArgument(text) {
    try {
        return (0,json/* parseJsonValue */.Z)(text);
    }
    catch {
        throw (0,errors/* badInput */.AN)('the value must be JSON, e.g. \'"a string"\', 42, true or \'{"nested": "map"}\'');
    }
}
async function setCommand(command, args, io) {
    const { values, positionals } = parse(args, command, command === "set" ? 3 : 2);
    const [file = "", expression = "", json] = positionals;
    try {
        const target = external_node_path_default().resolve(io.cwd, file);
        const bytes = main_readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const updated = await (0,engine/* setValue */.KY)(bytes, {
            format,
            identities: await identities(io),
            ignoreMac: values["ignore-mac"] === true,
            path: (0,tree_path/* parsePathExpression */.rP)(expression),
            value: json === undefined ? undefined : parseValueArgument(json),
        });
        (0,external_node_fs_.writeFileSync)(target, updated);
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}
async function updateKeysCommand(args, io) {
    const { values, positionals } = parse(args, "updatekeys", 1);
    const file = positionals[0];
    try {
        const target = external_node_path_default().resolve(io.cwd, file);
        const bytes = main_readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const found = findConfig(io);
        if (!found)
            throw (0,errors/* badInput */.AN)("updatekeys needs a .sops.yaml with a creation rule for the file");
        const relative = (0,sops_config/* pathForRules */.Cc)(found.dir, target);
        const rule = (0,sops_config/* findCreationRule */.nJ)(found.config, relative);
        if (!rule)
            throw (0,errors/* badInput */.AN)(`no creation rule in ${found.config.source} matches ${relative}`);
        const result = await (0,engine/* updateKeys */.im)(bytes, { format, identities: await identities(io), rule });
        if (!result.changed) {
            io.stderr(`secrets-actions: ${file}: already up to date\n`);
            return EXIT.ok;
        }
        (0,external_node_fs_.writeFileSync)(target, result.bytes);
        io.stderr(`secrets-actions: ${file}: keys updated (added: ${result.added.join(", ") || "none"}; removed: ${result.removed.join(", ") || "none"})\n`);
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}
async function rotateCommand(args, io) {
    const { values, positionals } = parse(args, "rotate", 1);
    const file = positionals[0];
    try {
        const bytes = main_readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const rotated = await (0,engine/* rotateDataKey */.hY)(bytes, { format, identities: await identities(io) });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(io.cwd, file), rotated);
        io.stderr(`secrets-actions: ${forLogLine(file)}: new data key; every value encrypted again\n`);
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}
function filestatusCommand(args, io) {
    const { values, positionals } = parse(args, "filestatus", 1);
    const file = positionals[0];
    try {
        const bytes = main_readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        io.stdout(`${JSON.stringify({ encrypted: (0,engine/* isEncrypted */.ph)(bytes, { format }) })}\n`);
        return EXIT.ok;
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(file, error);
    }
}


/***/ })

};

//# sourceMappingURL=173.index.js.map