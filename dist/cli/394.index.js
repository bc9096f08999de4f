"use strict";
exports.id = 394;
exports.ids = [394];
exports.modules = {

/***/ 9394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y8: () => (/* binding */ joinWindows),
  tb: () => (/* binding */ loadPolicy),
  pY: () => (/* binding */ loadScanner),
  mn: () => (/* binding */ loadSops),
  E$: () => (/* binding */ scanGitBlobs),
  WB: () => (/* binding */ scanTreeFile),
  _e: () => (/* binding */ scanWindow),
  d7: () => (/* binding */ toPosix),
  j4: () => (/* binding */ windowOffsets)
});

// UNUSED EXPORTS: WINDOW

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/lines.ts
var lib_lines = __webpack_require__(701);
// EXTERNAL MODULE: ./actions/lib/scan/patterns.ts + 1 modules
var patterns = __webpack_require__(967);
// EXTERNAL MODULE: ./actions/lib/scan/policy.ts
var scan_policy = __webpack_require__(2134);
// EXTERNAL MODULE: ./actions/lib/scan/dotenv.ts
var dotenv = __webpack_require__(9366);
;// CONCATENATED MODULE: ./actions/lib/scan/python.ts
/**
 * Hard-coded defaults of secrets in Python code: `os.getenv("CASCOR_AUTHKEY", "juniper")` runs with a
 * known key whenever the variable is missing, and nobody notices. Found: the default argument of
 * `os.getenv`, `os.environ.get` and `os.environ.setdefault`; the default of a pydantic-settings field
 * (`x: str = "..."`, `Field(default="...")`, `Field("...")`) in a class whose bases name `Settings`; and any
 * `SecretStr("...")` literal. Only for names that look like secrets; `""` and `None` are fine.
 */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH(?!OR)|DSN/i;
/** Names that hold where a secret is or how it is used, not the secret itself. */
const NOT_A_SECRET = /(?:^|_)(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HEADER|NAME|ID|TYPE|ALGORITHM|ALG|PREFIX|ENABLED|REQUIRED|TTL|EXPIRY|EXPIRES|LENGTH|SIZE|SCHEME|METHOD|MODE|PUBLIC_KEY)$/i;
/** `CASCOR_AUTHKEY`, `hf_token`, `api_key`: a name that says it holds a secret. */
function isSecretVariableName(name) {
    return SECRET_NAME.test(name) && !NOT_A_SECRET.test(name.replace(/([a-z])([A-Z])/g, "$1_$2"));
}
/** A one-line Python string literal (optional r/b/u/f prefix); group 2 is its content. */
const STRING = String.raw `[rRbBuUfF]{0,2}(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')`;
const ENVIRONMENT_DEFAULT = new RegExp(String.raw `\b(os\.getenv|getenv|os\.environ\.get|environ\.get|os\.environ\.setdefault|environ\.setdefault)\(\s*` +
    String.raw `(?:key\s*=\s*)?["']([A-Za-z_][A-Za-z0-9_]*)["']\s*,\s*(?:default\s*=\s*|value\s*=\s*)?` +
    STRING, "g");
const SECRET_STR = new RegExp(String.raw `\bSecretStr\(\s*` + STRING, "g");
const SETTINGS_CLASS = /^([ \t]*)class\s+\w+\s*\(([^)]*)\)\s*:/;
const FIELD = new RegExp(String.raw `^([ \t]+)([A-Za-z_][A-Za-z0-9_]*)\s*:\s*[^=\n]+?=\s*(?:(?:Field|SecretStr)\(\s*(?:default\s*=\s*)?)?` +
    STRING);
function literal(match, group) {
    const value = match[group] ?? match[group + 1] ?? "";
    // The content ends one quote before the match does.
    return { value, offset: match.index + match[0].length - 1 - value.length };
}
/** True when `index` is after a `#` on its line (a comment; `#` inside strings is rare enough here). */
function inComment(text, index) {
    const lineStart = text.lastIndexOf("\n", index - 1) + 1;
    return text.slice(lineStart, index).includes("#");
}
function findSecretDefaults(text) {
    const found = [];
    ENVIRONMENT_DEFAULT.lastIndex = 0;
    for (let match; (match = ENVIRONMENT_DEFAULT.exec(text)) !== null;) {
        const name = match[2] ?? "";
        const { value, offset } = literal(match, 3);
        if (value !== "" && isSecretVariableName(name) && !inComment(text, match.index))
            found.push({ name, index: offset, value, via: match[1] ?? "os.getenv" });
    }
    found.push(...settingsDefaults(text));
    SECRET_STR.lastIndex = 0;
    for (let match; (match = SECRET_STR.exec(text)) !== null;) {
        const { value, offset } = literal(match, 1);
        if (value === "" || inComment(text, match.index) || found.some((item) => item.index === offset))
            continue;
        const lineStart = text.lastIndexOf("\n", match.index - 1) + 1;
        const name = /([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=\n]*)?=\s*$/.exec(text.slice(lineStart, match.index))?.[1];
        found.push({ name: name ?? "SecretStr", index: offset, value, via: "SecretStr" });
    }
    return found.sort((a, b) => a.index - b.index);
}
/** Field defaults of the classes whose bases name `Settings` (`BaseSettings`, `JuniperSettings`...). */
function settingsDefaults(text) {
    const found = [];
    let classIndent;
    let fieldIndent;
    let offset = 0;
    for (const line of text.split("\n")) {
        const start = offset;
        offset += line.length + 1;
        if (line.trim() === "" || /^\s*#/.test(line))
            continue;
        const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
        if (classIndent !== undefined && indent <= classIndent)
            classIndent = fieldIndent = undefined;
        const declared = SETTINGS_CLASS.exec(line);
        if (declared) {
            if (/Settings\b/.test(declared[2] ?? "")) {
                classIndent = declared[1]?.length ?? 0;
                fieldIndent = undefined;
            }
            continue;
        }
        if (classIndent === undefined)
            continue;
        // Fields are the statements at the class body's own indentation, not those of its methods.
        fieldIndent ??= indent;
        if (indent !== fieldIndent)
            continue;
        const field = FIELD.exec(line);
        if (!field)
            continue;
        const name = field[2] ?? "";
        const { value, offset: at } = literal(field, 3);
        if (value !== "" && isSecretVariableName(name))
            found.push({ name, index: start + at, value, via: "settings field" });
    }
    return found;
}

// EXTERNAL MODULE: ./actions/lib/scan/rules.ts
var rules = __webpack_require__(4801);
// EXTERNAL MODULE: ./actions/lib/scan/sops-checks.ts
var sops_checks = __webpack_require__(1365);
// EXTERNAL MODULE: ./actions/lib/workflow/rule-info.ts
var rule_info = __webpack_require__(635);
;// CONCATENATED MODULE: ./actions/lib/scan/text.ts
/**
 * Text handling tuned for scanning speed: files are decoded as Latin-1 (one character per byte, the
 * fastest decoding V8 has; every pattern is ASCII, so matches and offsets are the same as in UTF-8 bytes)
 * and line numbers are counted only up to the matches.
 */


/** git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
function isBinary(bytes) {
    return bytes.subarray(0, 8000).includes(0);
}
/** `bytes[start, end)` as Latin-1 text, the way the detectors see it. */
function latin1(bytes, start = 0, end = bytes.length) {
    return (0,lib_lines/* asBuffer */.bS)(bytes).toString("latin1", start, end);
}
/** `bytes[start, end)` as what they mean (UTF-8), for what is compared with what users wrote. */
function utf8(bytes, start, end) {
    return (0,lib_lines/* asBuffer */.bS)(bytes).toString("utf8", start, end);
}
/** Latin-1 text back to what the UTF-8 bytes meant, for the few characters that are ever shown. */
function fromLatin1(text) {
    return Buffer.from(text, "latin1").toString("utf8");
}
const ALLOW = /(?:secrets-allow(?::\s*([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*))?|gitleaks:allow)/;
/** `# secrets-actions: ignore[rule, rule]` and zizmor's `# zizmor: ignore[audit, audit]`. */
const IGNORE = /\b(secrets-actions|zizmor):\s*ignore\[([a-z0-9, -]*)\]/g;
/**
 * What an inline comment on a line accepts: every rule, some rules, or nothing.
 * - `secrets-allow` (any comment syntax) accepts every finding on its line, `secrets-allow: rule-id,
 *   rule-id` only those rules; `gitleaks:allow` is honoured like a bare one, so repositories that used
 *   gitleaks keep their inline allowances;
 * - `secrets-actions: ignore[rule-id, ...]` accepts those rules, and zizmor's `zizmor: ignore[audit]`
 *   the workflow rules that match its audits, so repositories keep the triage they did with zizmor.
 */
function inlineAllowance(line) {
    const rules = new Set();
    const match = ALLOW.exec(line);
    if (match) {
        if (match[1] === undefined)
            return "all";
        for (const rule of match[1].split(","))
            rules.add(rule.trim());
    }
    for (const [, tool, list = ""] of line.matchAll(IGNORE)) {
        for (const id of list.split(",").map((item) => item.trim())) {
            if (tool === "zizmor")
                for (const rule of (0,rule_info/* rulesForZizmor */.e1)(id))
                    rules.add(rule);
            else
                rules.add(id);
        }
    }
    return rules.size > 0 ? rules : undefined;
}

// EXTERNAL MODULE: ./actions/lib/scan/values.ts
var scan_values = __webpack_require__(146);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/lib/workflow/document.ts
/**
 * A workflow's YAML as the audits read it: every node knows the line it stands on, aliases and merge
 * keys are followed (GitHub Actions accepts anchors), and text inside a scalar is located in the file's
 * own source, so a finding points at the line a person has to change, however the value is quoted or
 * folded.
 */

/** The text of a file and where its lines start. */
class YamlSource {
    text;
    lineCounter = new dist/* LineCounter */.HN();
    constructor(text) {
        this.text = text;
    }
    lineOf(offset) {
        return this.lineCounter.linePos(offset).line;
    }
}
/** Aliases deeper than this are a billion-laughs document, not a workflow: they are not followed. */
const MAX_ALIAS_DEPTH = 32;
/** One wrapper per YAML node, so that what a wrapper works out once (its entries) is kept. */
const wrappers = new WeakMap();
class Node {
    document;
    node;
    source;
    ownEntries;
    constructor(document, node, source) {
        this.document = document;
        this.node = node;
        this.source = source;
    }
    /** The node, its aliases resolved; undefined for an alias that leads nowhere or round in a loop. */
    static of(document, node, source) {
        let current = node;
        for (let depth = 0; (0,dist/* isAlias */.Vj)(current); depth++) {
            if (depth === MAX_ALIAS_DEPTH)
                return undefined;
            current = current.resolve(document);
        }
        if (!(0,dist/* isMap */.jh)(current) && !(0,dist/* isSeq */.oP)(current) && !(0,dist/* isScalar */.jn)(current))
            return undefined;
        const known = wrappers.get(current);
        if (known)
            return known;
        const wrapper = new Node(document, current, source);
        wrappers.set(current, wrapper);
        return wrapper;
    }
    get line() {
        return this.source.lineOf(this.node.range?.[0] ?? 0);
    }
    get isMap() {
        return (0,dist/* isMap */.jh)(this.node);
    }
    get isSeq() {
        return (0,dist/* isSeq */.oP)(this.node);
    }
    /** A scalar's value as text (`true`, `3` included); undefined for a mapping, a list or null. */
    get string() {
        if (!(0,dist/* isScalar */.jn)(this.node))
            return undefined;
        const value = this.node.value;
        if (typeof value === "string")
            return value;
        if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
            return String(value);
        return undefined;
    }
    spelled;
    /** The node as the file spells it. */
    get raw() {
        if (this.spelled === undefined) {
            const [start = 0, end = start] = this.node.range ?? [];
            this.spelled = this.source.text.slice(start, end);
        }
        return this.spelled;
    }
    /**
     * The line of the first occurrence of `needle` in this node's own source at or after `from` (an
     * offset into `raw`); the node's line when the source does not spell it (an escaped quote).
     */
    lineOfText(needle, from = 0) {
        const start = this.node.range?.[0] ?? 0;
        const at = this.raw.indexOf(needle, from);
        if (at < 0)
            return { line: this.line, next: from };
        return { line: this.source.lineOf(start + at), next: at + needle.length };
    }
    /** The entries of a mapping, merge keys (`<<: *defaults`) expanded behind the keys written here. */
    entries() {
        return (this.ownEntries ??= this.readEntries(0));
    }
    readEntries(depth) {
        if (!(0,dist/* isMap */.jh)(this.node))
            return [];
        const own = [];
        const merged = [];
        for (const pair of this.node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            const keyLine = this.source.lineOf(pair.key?.range?.[0] ?? 0);
            if ((key === "<<" || typeof key === "symbol") && depth < MAX_ALIAS_DEPTH) {
                const target = Node.of(this.document, pair.value, this.source);
                const sources = target?.isSeq ? target.items() : target ? [target] : [];
                for (const source of sources)
                    merged.push(...source.readEntries(depth + 1));
                continue;
            }
            if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean")
                continue;
            own.push({ key: String(key), keyLine, value: Node.of(this.document, pair.value, this.source) });
        }
        const written = new Set(own.map((entry) => entry.key));
        return [...own, ...merged.filter((entry) => !written.has(entry.key))];
    }
    entry(key) {
        return this.entries().find((entry) => entry.key === key);
    }
    get(key) {
        return this.entry(key)?.value;
    }
    /** The items of a list. */
    items() {
        if (!(0,dist/* isSeq */.oP)(this.node))
            return [];
        return this.node.items.flatMap((item) => Node.of(this.document, item, this.source) ?? []);
    }
    /** Every scalar under this node (itself included), each once, however many aliases lead to it. */
    scalars() {
        const found = [];
        const seen = new Set();
        const visit = (node, depth) => {
            if (seen.has(node.node) || depth > MAX_ALIAS_DEPTH * 4)
                return;
            seen.add(node.node);
            if ((0,dist/* isScalar */.jn)(node.node))
                found.push(node);
            for (const entry of node.entries())
                if (entry.value)
                    visit(entry.value, depth + 1);
            for (const item of node.items())
                visit(item, depth + 1);
        };
        visit(this, 0);
        return found;
    }
}
/**
 * Parses one YAML document; a syntax error is reported, never thrown. The document is never turned
 * into plain values, so an alias bomb costs nothing: aliases are followed one node at a time.
 */
function parseYamlSource(text) {
    const source = new YamlSource(text);
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: source.lineCounter,
        merge: true,
        prettyErrors: false,
    });
    const root = Node.of(document, document.contents, source);
    const first = document.errors[0];
    if (!first)
        return { root };
    const offset = first.pos[0];
    const message = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    return { root, error: { line: source.lineOf(offset), message } };
}

;// CONCATENATED MODULE: ./actions/lib/workflow/expressions.ts
/**
 * `${{ }}` expressions as the audits need them: where each one is in a text, which secrets it reads, and
 * which of the event's fields an outsider writes. Context names and functions are case-insensitive in
 * GitHub's expression language; so are these checks.
 */
/** Every expression in a text; a `}}` inside a quoted string does not end one. */
function expressionsIn(text) {
    const found = [];
    let at = text.indexOf("${{");
    while (at >= 0) {
        let index = at + 3;
        let quoted = false;
        for (; index < text.length - 1; index++) {
            const char = text[index];
            if (char === "'")
                quoted = !quoted;
            else if (!quoted && char === "}" && text[index + 1] === "}")
                break;
        }
        if (index >= text.length - 1)
            break;
        const end = index + 2;
        found.push({ start: at, body: text.slice(at + 3, index).trim(), text: text.slice(at, end) });
        at = text.indexOf("${{", end);
    }
    return found;
}
/** `secrets.NAME` (and `secrets['NAME']`) read by an expression, upper-cased as GitHub compares them. */
function secretNames(body) {
    const names = [];
    for (const match of body.matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\])/gi)) {
        const name = match[1] ?? match[2];
        if (name)
            names.push(name.toUpperCase());
    }
    return names;
}
/** The token GitHub makes for every run: not a stored secret. */
const RUN_TOKEN = "GITHUB_TOKEN";
/** The stored secrets an expression reads (everything but the run's own GITHUB_TOKEN). */
function storedSecrets(body) {
    return secretNames(body).filter((name) => name !== RUN_TOKEN);
}
/** `toJSON(secrets)` or `secrets[<expression>]`: every secret of the repository at once. */
function readsAllSecrets(body) {
    return (/\btojson\s*\(\s*secrets\s*\)/i.test(body) ||
        [...body.matchAll(/\bsecrets\s*\[\s*([^\]]*)\]/gi)].some((match) => !/^'[^']*'$/.test(match[1]?.trim() ?? "")));
}
/** `fromJSON(secrets.X).field` or `fromJSON(secrets.X)['field']`: a part the runner does not mask. */
function readsSecretPart(body) {
    return /\bfromjson\s*\(\s*secrets\s*(?:\.[\w-]+|\[[^\]]*\])\s*\)\s*[.[]/i.test(body);
}
/**
 * Fields of an event that whoever opens an issue, a pull request, a comment or a commit writes: any
 * text they like, a shell command included. Logins, numbers and SHAs are not on the list.
 */
const ATTACKER_FIELDS = [
    /^github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)$/,
    /^github\.event\.(?:comment|review|review_comment)\.body$/,
    /^github\.event\.pull_request\.head\.(?:ref|label)$/,
    /^github\.event\.pull_request\.head\.repo\.(?:default_branch|description|homepage|name|full_name)$/,
    /^github\.event\.(?:head_commit|workflow_run\.head_commit)\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
    /^github\.event\.commits\[[^\]]*\]\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
    /^github\.event\.commits\.\*\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
    /^github\.event\.pages\[[^\]]*\]\.page_name$/,
    /^github\.event\.pages\.\*\.page_name$/,
    /^github\.event\.workflow_run\.(?:head_branch|display_title|head_repository\.(?:description|name|full_name))$/,
    /^github\.event\.workflow_run\.pull_requests\[[^\]]*\]\.head\.ref$/,
    /^github\.event\.workflow_run\.pull_requests\.\*\.head\.ref$/,
    /^github\.head_ref$/,
    /^github\.event\.(?:check_suite|check_run\.check_suite)\.head_branch$/,
];
/** The attacker-written fields an expression expands (the whole event, `toJSON(github.event)`, counts). */
function attackerFields(body) {
    const fields = [];
    const references = body.match(/\bgithub(?:\.[\w*-]+|\[[^\]]*\])+/gi) ?? [];
    for (const reference of references) {
        const path = reference.toLowerCase().replace(/\['([^']*)'\]/g, ".$1");
        if (ATTACKER_FIELDS.some((field) => field.test(path)))
            fields.push(reference);
    }
    if (/\btojson\s*\(\s*github(?:\.event(?:\.(?:issue|pull_request|comment|head_commit|commits))?)?\s*\)/i.test(body))
        fields.push(/\btojson\s*\([^)]*\)/i.exec(body)?.[0] ?? "toJSON(github.event)");
    return fields;
}

;// CONCATENATED MODULE: ./actions/lib/workflow/model.ts
/**
 * A typed model of a workflow (or a composite action) over its YAML nodes: triggers, permissions, jobs
 * and steps, each with its line, and what every job can reach: how privileged its trigger is, the scope
 * of its GITHUB_TOKEN and the stored secrets it reads. The audits grade their findings by these.
 */


/** Events an outsider can cause that run in the base repository, with its secrets. */
const PRIVILEGED_TRIGGERS = new Set([
    "pull_request_target",
    "workflow_run",
    "issue_comment",
    "issues",
    "discussion",
    "discussion_comment",
    "fork",
    "watch",
]);
const PULL_REQUEST_TRIGGERS = new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function classOf(triggers) {
    if (triggers.some((trigger) => PRIVILEGED_TRIGGERS.has(trigger.name)))
        return "privileged";
    if (triggers.some((trigger) => PULL_REQUEST_TRIGGERS.has(trigger.name)))
        return "pull-request";
    return "trusted";
}
function parseUses(node) {
    const text = node?.string?.trim();
    if (!node || !text)
        return undefined;
    const line = node.line;
    if (text.startsWith("./") || text.startsWith(".\\"))
        return { text, line, kind: "local", repository: "", path: text, ref: "" };
    if (text.startsWith("docker://"))
        return { text, line, kind: "docker", repository: "", path: text, ref: "" };
    const at = text.lastIndexOf("@");
    const target = at < 0 ? text : text.slice(0, at);
    const [owner = "", repo = "", ...rest] = target.split("/");
    return {
        text,
        line,
        kind: "remote",
        repository: `${owner}/${repo}`.toLowerCase(),
        path: rest.join("/").toLowerCase(),
        ref: at < 0 ? "" : text.slice(at + 1),
    };
}
function parsePermissions(entry) {
    if (!entry)
        return undefined;
    const value = entry.value?.string;
    if (value === "write-all")
        return { line: entry.keyLine, kind: "write-all", writes: [], scopes: 1 };
    if (value === "read-all")
        return { line: entry.keyLine, kind: "read-all", writes: [], scopes: 1 };
    const scopes = (entry.value?.entries() ?? []).filter((scope) => scope.value?.string !== "none");
    const writes = scopes
        .filter((scope) => scope.value?.string === "write")
        .map((scope) => ({ scope: scope.key, line: scope.keyLine }));
    return { line: entry.keyLine, kind: "map", writes, scopes: scopes.length };
}
function parseStep(node) {
    const uses = parseUses(node.get("uses"));
    const run = node.get("run");
    const condition = node.get("if");
    return {
        node,
        line: node.line,
        ...(uses ? { uses } : {}),
        with: node.get("with")?.entries() ?? [],
        ...(run ? { run } : {}),
        env: node.get("env")?.entries() ?? [],
        ...(condition ? { if: condition } : {}),
    };
}
function parseTriggers(root) {
    const on = root.entry("on") ?? root.entry("true");
    if (!on?.value)
        return { triggers: [] };
    const name = on.value.string;
    if (name !== undefined)
        return { triggers: [{ name, line: on.value.line, node: undefined }] };
    if (on.value.isSeq)
        return {
            triggers: on.value.items().flatMap((item) => {
                const event = item.string;
                return event ? [{ name: event, line: item.line, node: undefined }] : [];
            }),
        };
    return {
        triggers: on.value
            .entries()
            .map((event) => ({ name: event.key, line: event.keyLine, node: event.value })),
    };
}
/** Stored secrets read anywhere under a node. */
function secretsUnder(node) {
    return node ? expressionsUnder(node).flatMap((expression) => storedSecrets(expression.body)) : [];
}
function tokenScope(permissions, callOnly) {
    if (!permissions)
        return callOnly ? "caller" : "default";
    if (permissions.kind === "write-all")
        return "write";
    if (permissions.kind === "read-all")
        return "read";
    if (permissions.writes.length > 0)
        return "write";
    return permissions.scopes > 0 ? "read" : "none";
}
function grantsIdToken(permissions) {
    const value = permissions?.value;
    return value?.string === "write-all" || value?.get("id-token")?.string === "write";
}
/** The model of a workflow file, or of a composite action (one job of its steps, no trigger). */
function buildWorkflow(file, root, kind) {
    if (kind === "composite") {
        const steps = (root.get("runs")?.get("steps")?.items() ?? []).map(parseStep);
        const reach = { trigger: "trusted", token: "caller", secrets: new Set(), idToken: false };
        const job = { id: "(composite action)", line: 1, node: root, with: [], steps, env: [], reach };
        return { file, kind, root, triggers: [], env: [], jobs: [job] };
    }
    const { triggers } = parseTriggers(root);
    const trigger = classOf(triggers);
    const callOnly = triggers.length > 0 && triggers.every((event) => event.name === "workflow_call");
    const workflowPermissions = root.entry("permissions");
    const permissions = parsePermissions(workflowPermissions);
    const env = root.get("env")?.entries() ?? [];
    const workflowSecrets = secretsUnder(root.get("env"));
    const jobs = (root.get("jobs")?.entries() ?? []).flatMap((entry) => {
        const node = entry.value;
        if (!node?.isMap)
            return [];
        const jobPermissions = node.entry("permissions");
        const own = parsePermissions(jobPermissions);
        const uses = parseUses(node.get("uses"));
        const secrets = node.entry("secrets");
        const read = new Set([...workflowSecrets, ...secretsUnder(node)]);
        if (secrets?.value?.string === "inherit")
            read.add("*");
        const environment = node.get("environment");
        const condition = node.get("if");
        return [
            {
                id: entry.key,
                line: entry.keyLine,
                node,
                ...(own ? { permissions: own } : {}),
                ...(uses ? { uses } : {}),
                with: node.get("with")?.entries() ?? [],
                ...(secrets ? { secrets } : {}),
                steps: (node.get("steps")?.items() ?? []).map(parseStep),
                env: node.get("env")?.entries() ?? [],
                ...(environment ? { environment } : {}),
                ...(condition ? { if: condition } : {}),
                reach: {
                    trigger,
                    token: tokenScope(own ?? permissions, callOnly),
                    secrets: read,
                    idToken: grantsIdToken(jobPermissions ?? workflowPermissions),
                },
            },
        ];
    });
    return { file, kind, root, triggers, ...(permissions ? { permissions } : {}), env, jobs };
}
/** The token can write: declared so, or the repository default (write in older repositories). */
function canWrite(reach) {
    return reach.token === "write" || (reach.token === "default" && reach.trigger !== "pull-request");
}
/** The job holds something worth stealing: a stored secret or a token that can write. */
function holdsCredentials(reach) {
    return reach.secrets.size > 0 || canWrite(reach);
}
/** Every environment a step sees: the workflow's, the job's, the step's (later ones win). */
function stepEnv(workflow, job, step) {
    const byName = new Map();
    for (const entry of [...workflow.env, ...job.env, ...step.env])
        byName.set(entry.key, entry);
    return [...byName.values()];
}
/** GitHub's own actions and those of its organisations. */
function isFirstParty(uses) {
    const owner = uses.repository.split("/")[0] ?? "";
    return owner === "actions" || owner === "github";
}
/** A full commit SHA: the only ref nobody can move. */
function isPinned(uses) {
    if (uses.kind === "local")
        return true;
    if (uses.kind === "docker")
        return /@sha256:[0-9a-f]{64}$/i.test(uses.text);
    return /^[0-9a-f]{40}$/i.test(uses.ref);
}
/** `actions/checkout` (any version or fork-free path). */
function isCheckout(step) {
    return step.uses?.kind === "remote" && step.uses.repository === "actions/checkout";
}
/**
 * A `with:` input by name, without regard to case, as the runner matches them (`INPUT_<NAME>`). With
 * `underscores`, `_` and `-` are one (actions that renamed `user_name` to `user-name` read both).
 */
function input(step, name, { underscores = false } = {}) {
    const fold = (key) => (underscores ? key.toLowerCase().replace(/_/g, "-") : key.toLowerCase());
    const wanted = fold(name);
    return step.with.find((entry) => fold(entry.key) === wanted);
}
/** Several audits read the expressions of the same nodes: each node is read once. */
const locatedExpressions = new WeakMap();
/** Every expression under a node, each with the line it is written on. */
function expressionsUnder(node) {
    const known = locatedExpressions.get(node);
    if (known)
        return known;
    const found = node.scalars().flatMap((scalar) => {
        const text = scalar.string ?? "";
        if (!text.includes("${{"))
            return [];
        let from = 0;
        return expressionsIn(text).map((expression) => {
            const located = scalar.lineOfText(expression.text, from);
            from = located.next;
            return { body: expression.body, text: expression.text, line: located.line };
        });
    });
    locatedExpressions.set(node, found);
    return found;
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audit.ts

function workflowFinding(rule, line, message, subject, severity = rule_info/* WORKFLOW_RULES */.KA[rule].severity) {
    return { rule, severity, line, message, subject };
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/expression-audit.ts
/** An audit of single expressions, wherever in the file they stand: one finding per expression that matches. */


function expressionAudit(id, matches, says) {
    return {
        id,
        audit: ({ workflow }) => expressionsUnder(workflow.root)
            .filter((expression) => matches(expression.body))
            .map((expression) => workflowFinding(id, expression.line, `\`${expression.text}\` ${says}`, expression.body)),
    };
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/all-secrets-exposed.ts
/** `all-secrets-exposed`: `toJSON(secrets)` or `secrets[<expression>]` sends every secret to the runner. */


const allSecretsExposed = expressionAudit("all-secrets-exposed", readsAllSecrets, "gives the runner every secret");

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/bot-conditions.ts
/** `bot-conditions`: an `if:` that trusts `github.actor` to be a bot, which a person can arrange. */

const ACTOR = String.raw `github\.(?:actor|triggering_actor)`;
const SPOOFABLE = new RegExp(String.raw `\b${ACTOR}\s*==\s*'[^']*bot\b[^']*'|'[^']*bot\b[^']*'\s*==\s*${ACTOR}\b|\b(?:contains|endswith|startswith)\s*\(\s*${ACTOR}\s*,\s*'[^']*bot\b`, "i");
const botConditions = {
    id: "bot-conditions",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            const severity = job.reach.trigger === "privileged" ? "error" : "warning";
            const conditions = [job.if, ...job.steps.map((step) => step.if)].filter((node) => node !== undefined);
            for (const condition of conditions) {
                const match = SPOOFABLE.exec(condition.string ?? "");
                if (!match)
                    continue;
                const line = condition.line;
                found.push(workflowFinding("bot-conditions", line, `\`${match[0]}\` can be met by a person (job ${job.id})`, `${job.id}\0${match[0]}`, severity));
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/github-app.ts
/**
 * `github-app`: an App installation token wider than the job needs: every repository of an owner, every
 * permission of the installation, or kept after the job.
 */


const CREATE_APP_TOKEN = "actions/create-github-app-token";
const TIBDEX = "tibdex/github-app-token";
const githubApp = {
    id: "github-app",
    audit: ({ workflow }) => workflow.jobs.flatMap((job) => job.steps.flatMap((step) => {
        const uses = step.uses;
        if (uses?.kind !== "remote" || (uses.repository !== CREATE_APP_TOKEN && uses.repository !== TIBDEX))
            return [];
        const problems = [];
        if (uses.repository === CREATE_APP_TOKEN) {
            if (input(step, "owner") && !input(step, "repositories"))
                problems.push("every repository of the owner (`owner:` without `repositories:`)");
            if (!step.with.some((entry) => entry.key.startsWith("permission-")))
                problems.push("every permission of the installation (no `permission-*` input)");
            if (input(step, "skip-token-revoke")?.value?.string === "true")
                problems.push("not revoked after the job (`skip-token-revoke: true`)");
        }
        else {
            if (!input(step, "repositories") && !input(step, "repository"))
                problems.push("every repository of the installation (no `repositories:`)");
            if (!input(step, "permissions"))
                problems.push("every permission of the installation (no `permissions:`)");
            if (input(step, "revoke")?.value?.string === "false")
                problems.push("not revoked after the job (`revoke: false`)");
        }
        if (problems.length === 0)
            return [];
        return [
            workflowFinding("github-app", uses.line, `GitHub App token for ${problems.join("; ")}`, `${job.id}\0${uses.text}`),
        ];
    })),
};

// EXTERNAL MODULE: ./actions/lib/regexp.ts
var regexp = __webpack_require__(8393);
;// CONCATENATED MODULE: ./actions/lib/workflow/scripts.ts
/**
 * What the audits read in `run:` scripts: the script's lines with their line in the file, the commands
 * each line runs, and which environment variables hold a stored secret. A reading of shell, not a
 * shell: it follows the forms workflows use (commands joined by `;`, `&&`, `|`, `$(...)`), which is
 * where secrets and pull request code meet.
 */


/** Every audit reads the same scripts: each is split once. */
const splitScripts = new WeakMap();
/** The non-empty lines of a script, each located in the file. */
function scriptLines(run) {
    const known = splitScripts.get(run);
    if (known)
        return known;
    const lines = [];
    let from = 0;
    for (const raw of (run.string ?? "").split("\n")) {
        const text = raw.trim();
        if (text === "" || text.startsWith("#"))
            continue;
        const located = run.lineOfText(text, from);
        from = located.next;
        lines.push({ text, line: located.line, commands: commandsOf(text) });
    }
    splitScripts.set(run, lines);
    return lines;
}
/** Words that come before a command without being it. */
const PREFIXES = new Set([
    "sudo",
    "time",
    "exec",
    "then",
    "do",
    "else",
    "!",
    "command",
    "nohup",
    "xargs",
    "env",
]);
/**
 * The parts of a line between `;`, `&&`, `||`, `|`, `$(`, `(` and backquotes, the way a shell cuts
 * them: a separator inside quotes or inside a `${{ }}` expression does not cut (but `$(` inside double
 * quotes does: it is a command of its own).
 */
function commandParts(line) {
    const parts = [];
    let start = 0;
    let quote;
    const cut = (at, skip) => {
        parts.push(line.slice(start, at));
        start = at + skip;
    };
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (line.startsWith("${{", index)) {
            const end = line.indexOf("}}", index + 3);
            index = end < 0 ? line.length : end + 1;
        }
        else if (quote === "'") {
            if (char === "'")
                quote = undefined;
        }
        else if (line.startsWith("$(", index)) {
            cut(index, 2);
            index++;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === "\\")
                index++;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (line.startsWith("&&", index) || line.startsWith("||", index)) {
            cut(index, 2);
            index++;
        }
        else if (char === ";" || char === "|" || char === "(" || char === "`")
            cut(index, 1);
    }
    parts.push(line.slice(start));
    return parts;
}
/**
 * The commands a line runs: the first word of each part (after `sudo`, `then`, `VAR=value` and the
 * like), with the words that follow it, quotes taken off.
 */
function commandsOf(line) {
    const commands = [];
    for (const part of commandParts(line)) {
        const words = part
            .trim()
            .split(/\s+/)
            .filter((word) => word !== "");
        while (words.length > 0) {
            const first = words[0] ?? "";
            if (PREFIXES.has(first) || /^[A-Za-z_]\w*=/.test(first) || first === "{")
                words.shift();
            else
                break;
        }
        if (words.length > 0)
            commands.push(words.map((word) => word.replace(/^["']|["')]$/g, "")));
    }
    return commands;
}
/** Commands that print their arguments: text in them (`echo "run gh release create"`) is not run. */
const PRINTERS = new Set(["echo", "printf", "print", "Write-Host", "Write-Output"]);
/** A command of the line (not text a command prints) matches the pattern. */
function runsCommand(line, pattern) {
    return line.commands.some((words) => !PRINTERS.has(words[0] ?? "") && pattern.test(words.join(" ")));
}
/** Environment variables whose value reads a stored secret, with the secrets each reads. */
function secretVariables(env) {
    const found = new Map();
    for (const entry of env) {
        const text = entry.value?.string ?? "";
        const secrets = secretsExpanded(text);
        if (secrets.length > 0)
            found.set(entry.key, secrets);
    }
    return found;
}
/** Compiled references to a variable, by its name; cleared when a scan has seen very many names. */
const references = new Map();
const MAX_REFERENCES = 4096;
function referenceTo(name) {
    let reference = references.get(name);
    if (!reference) {
        if (references.size >= MAX_REFERENCES)
            references.clear();
        const escaped = (0,regexp/* escapeRegExp */.N)(name);
        reference = new RegExp(`\\$\\{?${escaped}\\b|\\$env:${escaped}\\b|%${escaped}%|\\benv\\.${escaped}\\b|environ(?:\\.get\\(|\\[)\\s*["']${escaped}["']|getenv\\(\\s*["']${escaped}["']`);
        references.set(name, reference);
    }
    return reference;
}
/** Whether a line expands one of the variables (`$X`, `${X}`, `$env:X`, `%X%`, `env.X`, `environ["X"]`). */
function expandsVariable(line, names) {
    // Every form of reference holds the name itself: most lines are passed over at once.
    for (const name of names)
        if (line.includes(name) && referenceTo(name).test(line))
            return name;
    return undefined;
}
/** The stored secrets a line expands directly (`${{ secrets.X }}`). */
function secretsExpanded(line) {
    return expressionsIn(line).flatMap((expression) => storedSecrets(expression.body));
}
/** A line that gives a secret to a command: directly, or through a variable that holds one. */
function usesSecret(line, variables) {
    const direct = secretsExpanded(line)[0];
    if (direct)
        return `secrets.${direct}`;
    const variable = expandsVariable(line, variables.keys());
    return variable ? `$${variable}` : undefined;
}
/**
 * Commands that run what a checkout brought: package managers and build tools (they run the project's
 * scripts), interpreters, and any `./script`.
 */
const RUNS_CODE = new Set(("npm npx yarn pnpm bun node deno python python3 pip pip3 pipx poetry uv uvx pdm hatch tox nox pytest make " +
    "cmake ninja cargo go mvn mvnw ./mvnw gradle gradlew ./gradlew bundle bundler rake ruby gem composer php " +
    "dotnet msbuild sh bash zsh pwsh pre-commit docker docker-compose just swift mix sbt lein ant tsc jest " +
    "vitest eslint prettier lerna nx turbo rush playwright cypress setup.py conda mamba R Rscript julia perl").split(" "));
/** A command that reads or runs the checked-out code. */
function runsCheckedOutCode(command) {
    const [program = ""] = command;
    if (RUNS_CODE.has(program))
        return true;
    if (program === "source" || program === ".")
        return true;
    // A path of the repository in a command's place is a script of it (`./x`, `scripts/publish`).
    return /^\.{1,2}\/|^\w[\w.-]*\/[\w./-]+$/.test(program);
}
/** The repository scripts a command runs (`./scripts/x.sh`, `bash scripts/x.sh`, `python tools/x.py`). */
function scriptsRun(command) {
    const [program = "", ...rest] = command;
    if (program === "make")
        return ["Makefile"];
    const interpreter = /^(?:bash|sh|zsh|python3?|node|ruby|perl|pwsh|uv|poetry)$/.test(program);
    const candidates = interpreter
        ? rest.filter((word) => !word.startsWith("-")).slice(0, program === "uv" || program === "poetry" ? 2 : 1)
        : [program];
    return candidates
        .filter((word) => /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|js|mjs|rb|pl|ps1)$|^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+$/.test(word))
        .map((word) => word.replace(/^\.\//, ""));
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/github-pat.ts
/**
 * `github-pat`: a stored secret used as a GitHub token. GitHub makes no token that can be stored for
 * later but a personal access token (an App's installation token lasts an hour), so a stored secret in
 * a GitHub token's place is one: it belongs to a person, reaches what they can, and never expires on
 * its own.
 */



/** Inputs that take a GitHub token, whatever the action. */
const TOKEN_INPUTS = new Set([
    "github-token",
    "github_token",
    "repo-token",
    "repo_token",
    "gh-token",
    "gh_token",
    "personal_token",
    "personal-token",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "GH_PAT",
]);
/** Owners whose actions' `token:` input is a GitHub token. */
const GITHUB_TOKEN_OWNERS = new Set([
    "actions",
    "github",
    "peter-evans",
    "softprops",
    "ncipollo",
    "googleapis",
    "jamesives",
    "release-drafter",
    "ad-m",
    "dependabot",
    "stefanzweifel",
    "endbug",
    "cli",
    "octokit",
    "marocchino",
    "thollander",
    "repo-sync",
    "crazy-max",
    "peaceiris",
    "svenstaro",
    "actions-ecosystem",
    "hmarr",
    "pascalgn",
]);
/** Variables that tools (gh, octokit, hub, git credential helpers) read a GitHub token from. */
const TOKEN_VARIABLES = new Set([
    "GH_TOKEN",
    "GITHUB_TOKEN",
    "GH_ENTERPRISE_TOKEN",
    "GITHUB_PAT",
    "GH_PAT",
    "GITHUB_API_TOKEN",
    "HUB_TOKEN",
]);
/** A secret's name that says it is a personal access token, wherever it is given. */
const PAT_NAMED = /(?:^|_)PAT(?:_|$)|PERSONAL_ACCESS_TOKEN/;
/** A secret's name that says it is a personal access token or a GitHub credential. */
const GITHUB_NAMED = /(?:^|_)(?:PAT|GH|GITHUB|PERSONAL_ACCESS)(?:_|$)/;
/** A command line that hands a token to git or gh: `x-access-token:`, `https://TOKEN@github.com`, `gh auth login`. */
const GIT_CREDENTIAL = /x-access-token:|@github\.com|gh\s+auth\s+login|git\s+config\b.*extraheader/;
function storedSecret(entry) {
    const text = entry?.value?.string ?? "";
    return secretsExpanded(text)[0];
}
const githubPat = {
    id: "github-pat",
    audit: ({ workflow }) => {
        const found = new Map();
        const add = (line, secret, where) => {
            if (!found.has(line))
                found.set(line, workflowFinding("github-pat", line, `stored secret ${secret} is used as a GitHub token (${where})`, `${where}\0${secret}`));
        };
        for (const job of workflow.jobs) {
            for (const entry of job.uses ? job.with : []) {
                const secret = storedSecret(entry);
                if (secret && TOKEN_INPUTS.has(entry.key))
                    add(entry.keyLine, secret, `${job.id} with ${entry.key}`);
            }
            for (const step of job.steps) {
                const owner = step.uses?.kind === "remote" ? (step.uses.repository.split("/")[0] ?? "") : "";
                for (const entry of step.with) {
                    const secret = storedSecret(entry);
                    if (!secret)
                        continue;
                    const tokenInput = TOKEN_INPUTS.has(entry.key) ||
                        PAT_NAMED.test(secret) ||
                        (entry.key === "token" && (GITHUB_TOKEN_OWNERS.has(owner) || GITHUB_NAMED.test(secret)));
                    if (tokenInput)
                        add(entry.keyLine, secret, `${step.uses?.repository ?? "step"} ${entry.key}`);
                }
                for (const entry of stepEnv(workflow, job, step)) {
                    const secret = storedSecret(entry);
                    if (secret && (TOKEN_VARIABLES.has(entry.key) || PAT_NAMED.test(secret)))
                        add(entry.keyLine, secret, `env ${entry.key}`);
                }
                for (const line of step.run ? scriptLines(step.run) : []) {
                    const secret = secretsExpanded(line.text)[0];
                    if (secret && GIT_CREDENTIAL.test(line.text))
                        add(line.line, secret, "git credentials");
                }
            }
        }
        return [...found.values()];
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/hardcoded-credential.ts



/** A value written into the file: not an expression, not empty, not a placeholder. */
function hardcoded_credential_literal(entry) {
    const text = entry.value?.string?.trim() ?? "";
    if (text === "" || text.includes("${{") || (0,scan_values/* isPlaceholder */.wK)(text))
        return undefined;
    // A switch or a count is never a credential (`persist-credentials: false`, `token-length: 32`).
    if (/^(?:true|false|yes|no|on|off|\d+)$/i.test(text))
        return undefined;
    return text;
}
function containerPlaces(node, where, service) {
    if (!node?.isMap)
        return [];
    return [
        { entries: node.get("env")?.entries() ?? [], where: `${where} env`, service },
        {
            entries: (node.get("credentials")?.entries() ?? []).filter((entry) => entry.key === "password"),
            where: `${where} credentials`,
        },
    ];
}
function places(context) {
    const { workflow } = context;
    const list = [{ entries: workflow.env, where: "workflow env" }];
    for (const job of workflow.jobs) {
        list.push({ entries: job.env, where: `job ${job.id} env` }, { entries: job.with, where: `job ${job.id} with` });
        list.push(...containerPlaces(job.node.get("container"), `job ${job.id} container`, false));
        for (const service of job.node.get("services")?.entries() ?? [])
            list.push(...containerPlaces(service.value, `service ${service.key}`, true));
        for (const step of job.steps)
            list.push({ entries: step.env, where: `${job.id} step env` }, { entries: step.with, where: `${job.id} step with` });
    }
    return list;
}
const hardcodedCredential = {
    id: "hardcoded-credential",
    audit: (context) => {
        const found = new Map();
        for (const place of places(context)) {
            for (const entry of place.entries) {
                const value = hardcoded_credential_literal(entry);
                if (value === undefined)
                    continue;
                const hit = context.credentials(entry.key, value)[0];
                const registryPassword = place.where.endsWith("credentials");
                // By name alone: an action's password or token input, or a service container's own password.
                const namedLiteral = (0,patterns/* namesSecret */.L4)(entry.key) && (place.where.includes("with") || place.service === true);
                if (!hit && !registryPassword && !namedLiteral)
                    continue;
                const line = entry.value?.line ?? entry.keyLine;
                if (found.has(line))
                    continue;
                const what = hit ? hit.label : `literal ${entry.key}`;
                const severity = hit?.severity ??
                    (place.service && !registryPassword ? "note" : registryPassword ? "error" : "warning");
                found.set(line, workflowFinding("hardcoded-credential", line, `${what} written into the workflow (${place.where}: ${entry.key})`, `${place.where}\0${entry.key}`, severity));
            }
        }
        return [...found.values()];
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/insecure-commands.ts
/** `insecure-commands`: `ACTIONS_ALLOW_UNSECURE_COMMANDS` turns `::set-env::` and `::add-path::` back on. */


const insecureCommands = {
    id: "insecure-commands",
    audit: ({ workflow }) => {
        const found = new Map();
        const entries = [
            ...workflow.env,
            ...workflow.jobs.flatMap((job) => [
                ...job.env,
                ...job.steps.flatMap((step) => stepEnv(workflow, job, step)),
            ]),
        ];
        for (const entry of entries) {
            const value = entry.value?.string?.trim().toLowerCase() ?? "";
            if (entry.key !== "ACTIONS_ALLOW_UNSECURE_COMMANDS" || (value !== "true" && !value.includes("${{")))
                continue;
            found.set(entry.keyLine, workflowFinding("insecure-commands", entry.keyLine, "ACTIONS_ALLOW_UNSECURE_COMMANDS enables ::set-env:: and ::add-path::", "ACTIONS_ALLOW_UNSECURE_COMMANDS"));
        }
        return [...found.values()];
    },
};

// EXTERNAL MODULE: ./actions/lib/workflow/compromised-actions.ts
var compromised_actions = __webpack_require__(7894);
;// CONCATENATED MODULE: ./actions/lib/workflow/audits/known-compromised-action.ts
/**
 * `known-compromised-action`: an action whose tags were moved to malicious code (the list and its
 * sources: compromised-actions.ts), taken at a moved ref or at a malicious commit.
 */


/** `v45`, `v45.0`, `v45.0.7`, `45.0.7` as numbers (a missing part is -1); undefined for a branch. */
function version(ref) {
    const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(ref);
    if (!match)
        return undefined;
    return match.slice(1).map((part) => (part === undefined ? -1 : Number(part)));
}
/** -1, 0 or 1; a part the ref leaves out (`v45`) matches any. */
function compare(found, other) {
    for (const [index, part] of found.entries()) {
        if (part === -1)
            return 0;
        const bound = other[index] ?? 0;
        if (part !== bound)
            return part < bound ? -1 : 1;
    }
    return 0;
}
function affected(entry, ref) {
    const lower = ref.toLowerCase();
    if (entry.maliciousCommits.includes(lower))
        return true;
    if (/^[0-9a-f]{40}$/.test(lower))
        return false;
    const { tags, below, from, unprefixed, every } = entry.refs;
    if (every || tags?.includes(lower))
        return true;
    const found = version(lower);
    if (!found || !below || (unprefixed && lower.startsWith("v")))
        return false;
    // A major-only tag (`v45`) is below the fix when its major is.
    const underFix = found[1] === -1 ? (found[0] ?? 0) < (below[0] ?? 0) : compare(found, below) < 0;
    return underFix && (!from || compare(found, from) >= 0);
}
const knownCompromisedAction = {
    id: "known-compromised-action",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            for (const uses of [job.uses, ...job.steps.map((step) => step.uses)]) {
                if (uses?.kind !== "remote")
                    continue;
                const entry = compromised_actions/* COMPROMISED_ACTIONS */.$.find((candidate) => candidate.action === target(uses));
                if (!entry || !affected(entry, uses.ref))
                    continue;
                found.push(workflowFinding("known-compromised-action", uses.line, `${uses.text}: ${entry.summary} (${entry.advisory})`, `${job.id}\0${uses.text}`));
            }
        }
        return found;
    },
};
function target(uses) {
    return uses.path ? `${uses.repository}/${uses.path}` : uses.repository;
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/persist-credentials.ts
/**
 * `persist-credentials`: actions/checkout leaves the job's token where git finds it, for every later
 * step. Reported when something later could take it: a third-party action, a command that runs the
 * project's or its dependencies' code (an install, a build, a script), or an artifact upload (an error
 * when the artifact takes the whole workspace). A token with no permissions (`permissions: {}`) is
 * worth nothing, and GitHub's own actions and plain commands after it take nothing.
 */



/** An upload-artifact step whose `path:` takes the whole workspace (where `.git/` is). */
function uploadsWorkspace(step) {
    if (!uploadsArtifact(step))
        return false;
    const paths = (input(step, "path")?.value?.string ?? "").split("\n").map((path) => path.trim());
    return paths.some((path) => /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(path));
}
function uploadsArtifact(step) {
    return step.uses?.kind === "remote" && step.uses.repository === "actions/upload-artifact";
}
/** What in a later step could read the token: a third-party action or code the job runs. */
function couldTake(step) {
    if (step.uses?.kind === "docker" || step.uses?.kind === "local")
        return true;
    if (step.uses?.kind === "remote")
        return !isFirstParty(step.uses) || uploadsArtifact(step);
    return (step.run ? scriptLines(step.run) : []).some((line) => line.commands.some(runsCheckedOutCode));
}
const persistCredentials = {
    id: "persist-credentials",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            if (job.reach.token === "none")
                continue;
            for (const [index, step] of job.steps.entries()) {
                if (!isCheckout(step) || !step.uses)
                    continue;
                const persist = input(step, "persist-credentials")?.value?.string?.trim();
                if (persist === "false")
                    continue;
                const later = job.steps.slice(index + 1);
                if (!later.some(couldTake))
                    continue;
                const severity = later.some(uploadsWorkspace) ? "error" : "warning";
                const how = persist === undefined
                    ? "without `persist-credentials: false`"
                    : `with \`persist-credentials: ${persist}\``;
                found.push(workflowFinding("persist-credentials", step.uses.line, `actions/checkout ${how} keeps the token for the steps after it, which run code that can read it (job ${job.id})`, `${job.id}\0${index}`, severity));
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/pull-request-code.ts
/**
 * Where a privileged workflow takes a pull request's code and runs it: shared by
 * `untrusted-checkout-exec` (it does) and `privileged-trigger` (it does not).
 */


/** The triggers that run with the base repository's secrets for a pull request or a comment on one. */
const PULL_REQUEST_CODE_TRIGGERS = new Set(["pull_request_target", "workflow_run", "issue_comment"]);
/** An expression or ref that names the pull request's code rather than the base branch. */
const PULL_REQUEST_REF = /github\.event\.pull_request\.(?:head\.(?:sha|ref|repo)|merge_commit_sha|number)|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.(?:head_sha|head_branch|head_commit|head_repository|pull_requests)|github\.event\.issue\.number|(?:steps|needs)\.[\w-]+\.outputs\.[\w-]*(?:head|pr|pull|sha|ref|branch)/i;
/** Shell commands that fetch or check out a pull request. */
const PULL_REQUEST_FETCH = /\bgh\s+pr\s+checkout\b|\bhub\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b.*\bpull\/|\bgit\s+(?:checkout|switch|reset)\b.*(?:\$\{\{\s*github\.event\.(?:pull_request|workflow_run)|\$\{?(?:HEAD|PR)_?\w*)/i;
/** Actions that run the code of the repository they are given. */
const RUNS_REPOSITORY_CODE = /^(?:docker\/build-push-action|pre-commit\/action|gradle\/(?:gradle-build-action|actions)|cypress-io\/github-action|borales\/actions-yarn|github\/codeql-action)$/;
function takesPullRequest(step) {
    if (isCheckout(step)) {
        const ref = input(step, "ref");
        const repository = input(step, "repository");
        const path = input(step, "path")?.value?.string;
        const folder = path === undefined ? undefined : relative(path);
        const at = PULL_REQUEST_REF.test(ref?.value?.string ?? "")
            ? ref
            : /head\.repo|head_repository/.test(repository?.value?.string ?? "")
                ? repository
                : undefined;
        if (!at)
            return undefined;
        return { line: at.value?.line ?? at.keyLine, ...(folder && folder !== "." ? { path: folder } : {}) };
    }
    if (!step.run)
        return undefined;
    const line = scriptLines(step.run).find((candidate) => PULL_REQUEST_FETCH.test(candidate.text))?.line;
    return line === undefined ? undefined : { line };
}
/** `./pr/x` → `pr/x`; `pr/` → `pr`. */
const relative = (word) => word.replace(/^\.\//, "").replace(/\/+$/, "");
/** Whether a word (a path, or an option's `--x=path` value) names `folder` or something in it. */
function inFolder(word, folder) {
    const target = relative(word.slice(word.indexOf("=") + 1));
    return target === folder || target.startsWith(`${folder}/`);
}
const INTERPRETERS = /^(?:bash|sh|zsh|python3?|node|deno|bun|ruby|perl|pwsh|php)$/;
/**
 * Whether a command runs code of the pull request checked out into `folder`: a program in it; an
 * interpreter whose script is in it; a build or package tool given the folder in any argument (`npm
 * --prefix pr ci`, `make -C pr`, `pip install ./pr`, `eslint pr/`: they run its scripts and configs).
 * A base-branch script given the folder (`node build-site.js --content ./pr`) reads it as data.
 */
function runsFolderCode(words, folder) {
    const [program = "", ...rest] = words;
    if (inFolder(program, folder))
        return true;
    if (INTERPRETERS.test(program)) {
        const script = rest.find((word) => !word.startsWith("-"));
        // `python -m pip install ./pr`, `bash -c "..."`: no script of its own, so the arguments decide.
        if (script !== undefined && rest[rest.indexOf(script) - 1] !== "-m" && rest[0] !== "-c")
            return inFolder(script, folder);
    }
    return /^\.{1,2}\/|^\w[\w.-]*\/[\w./-]+$/.test(program)
        ? false
        : rest.some((word) => inFolder(word, folder));
}
/** The working directory a step's `run:` starts in: its own, else the job's `defaults.run`. */
function workingDirectory(step, job) {
    return (step.node.get("working-directory")?.string ??
        job.node.get("defaults")?.get("run")?.get("working-directory")?.string ??
        "");
}
/** The first line of a script, after a given line, that runs checked-out code (in `folder`, when given). */
function runsInScript(step, job, after, folder) {
    const startsInFolder = folder === undefined || inFolder(workingDirectory(step, job), folder);
    let here = startsInFolder;
    for (const line of step.run ? scriptLines(step.run) : []) {
        if (line.line <= after)
            continue;
        let command;
        for (const words of line.commands) {
            // `cd <folder>` moves into the pull request's code for the rest of the script.
            if (folder !== undefined && words[0] === "cd" && words[1] !== undefined && inFolder(words[1], folder))
                here = true;
            else if (runsCheckedOutCode(words) &&
                (here || (folder !== undefined && runsFolderCode(words, folder)))) {
                command = words;
                break;
            }
        }
        if (command)
            return { line: line.line, what: `\`${command.slice(0, 2).join(" ")}\`` };
    }
    return undefined;
}
function runsCode(step, job, folder) {
    if (step.uses?.kind === "local" && (folder === undefined || inFolder(step.uses.text, folder)))
        return { line: step.uses.line, what: `local action ${step.uses.text}` };
    if (step.uses?.kind === "remote" && RUNS_REPOSITORY_CODE.test(step.uses.repository) && folder === undefined)
        return { line: step.uses.line, what: step.uses.repository };
    return runsInScript(step, job, 0, folder);
}
/** Whether the workflow can run for a pull request's code with the base repository's privileges. */
function hasPullRequestCodeTrigger(workflow) {
    return workflow.triggers.some((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name));
}
/**
 * The first step of a job that takes the pull request's code, and the first that runs it after. Code
 * checked out into a folder of its own (`path:`) runs only from that folder (runsFolderCode): a local
 * action under it, a script in it, a build tool given it, commands run in it (`working-directory`, the
 * job's `defaults.run`, `cd`); a script of the base branch reading it as data does not run it.
 */
function pullRequestCode(job) {
    for (const [index, step] of job.steps.entries()) {
        const taken = takesPullRequest(step);
        if (!taken)
            continue;
        const runs = runsInScript(step, job, taken.line, taken.path) ??
            job.steps
                .slice(index + 1)
                .map((later) => runsCode(later, job, taken.path))
                .find((found) => found !== undefined);
        return runs ? { checkout: taken.line, runs } : { checkout: taken.line };
    }
    return undefined;
}
/** The jobs that run a pull request's code while they hold secrets or a token that can write. */
function runsWithCredentials(workflow) {
    if (!hasPullRequestCodeTrigger(workflow))
        return [];
    return workflow.jobs.flatMap((job) => {
        const code = pullRequestCode(job);
        return code?.runs && holdsCredentials(job.reach) ? [{ job, code: { ...code, runs: code.runs } }] : [];
    });
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/privileged-trigger.ts
/**
 * `privileged-trigger`: a note on `pull_request_target`, `workflow_run` and `issue_comment` when no job
 * runs the pull request's code with secrets or a token that can write.
 */


const privilegedTrigger = {
    id: "privileged-trigger",
    audit: ({ workflow }) => {
        if (runsWithCredentials(workflow).length > 0)
            return [];
        return workflow.triggers
            .filter((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name))
            .map((trigger) => workflowFinding("privileged-trigger", trigger.line, `${trigger.name} runs with the base repository's secrets and token; no job runs the pull request's code with them`, trigger.name));
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/publishing.ts



const PYPI = {
    name: "PyPI",
    tokenVariables: /^(?:TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|PDM_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/,
    variablesNeedUpload: false,
    upload: /\b(?:twine\s+upload|poetry\s+publish|uv\s+publish|hatch\s+publish|flit\s+publish|pdm\s+publish|rye\s+publish|maturin\s+(?:publish|upload))\b|\bsetup\.py\b.*\bupload\b|\bpoetry\s+config\s+(?:pypi-token|http-basic)\./,
    actions: {
        "pypa/gh-action-pypi-publish": ["password"],
        "casperdcl/deploy-pypi": ["password"],
        "jrubics/poetry-publish": ["pypi-token", "password"],
        "pyo3/maturin-action": [],
    },
    destination: { input: "repository-url", hosts: /^(?:upload\.|test\.)?pypi\.org$/ },
};
const REGISTRIES = [
    {
        name: "npm",
        tokenVariables: /^(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/,
        variablesNeedUpload: true,
        upload: /\b(?:npm|pnpm|yarn|bun|lerna|changeset|nx)\b[^|;&]*\bpublish\b|\bsemantic-release\b|\bnpm\s+config\s+set\b.*_authToken\b/,
        credentialsFile: /_authToken\b/,
        actions: { "js-devtools/npm-publish": ["token"], "changesets/action": [] },
    },
    {
        name: "RubyGems",
        tokenVariables: /^(?:GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/,
        variablesNeedUpload: false,
        upload: /\bgem\s+push\b|\brake\s+(?:\S+:)?release\b/,
        credentialsFile: /rubygems_api_key/,
        actions: {},
    },
    {
        name: "crates.io",
        tokenVariables: /^(?:CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN)$/,
        variablesNeedUpload: false,
        upload: /\bcargo\s+(?:publish|release|login|workspaces\s+publish)\b/,
        actions: { "katyo/publish-crates": ["registry-token"] },
    },
    {
        name: "NuGet",
        // Reading from nuget.org needs no key (NUGET_AUTH_TOKEN, for private feeds, is not here).
        tokenVariables: /^(?:NUGET_API_KEY|NUGET_KEY|NUGET_TOKEN)$/,
        variablesNeedUpload: false,
        upload: /\b(?:dotnet\s+nuget|nuget)\s+push\b/i,
        actions: { "brandedoutcast/publish-nuget": ["nuget-key"], "rohith/publish-nuget": ["nuget-key"] },
    },
];
/** A value that gives a token: a stored secret, or a literal (a token written into the workflow). */
function givesToken(entry) {
    const text = entry.value?.string?.trim() ?? "";
    if (text === "")
        return false;
    // A literal is a token written into the workflow; an expression gives one when it reads a secret.
    return !text.includes("${{") || secretsExpanded(text).length > 0;
}
/** A job or step named for publishing (`Publish to npm`, `release`): what it runs may be out of sight. */
const PUBLISHING_NAME = /\b(?:publish|release|deploy)/i;
function uploads(registry, job) {
    if (PUBLISHING_NAME.test(job.id) || PUBLISHING_NAME.test(job.node.get("name")?.string ?? ""))
        return true;
    return job.steps.some((step) => PUBLISHING_NAME.test(step.node.get("name")?.string ?? "") ||
        (step.uses?.kind === "remote" && step.uses.repository in registry.actions) ||
        (step.run ? scriptLines(step.run).some((line) => runsCommand(line, registry.upload)) : false));
}
/** An action of the registry that is told to upload somewhere else (a private index), by its host. */
function elsewhere(registry, step) {
    const target = registry.destination
        ? input(step, registry.destination.input, { underscores: true })?.value?.string
        : undefined;
    const host = target === undefined ? undefined : /^\s*https?:\/\/([^/\s]+)/.exec(target)?.[1];
    // A host written as an expression could be anything: it is taken as the registry's.
    return host !== undefined && !host.includes("${{") && !(registry.destination?.hosts.test(host) ?? true);
}
/** Findings of one registry's stored-token uploads in a workflow, each line once. */
function tokenUploads(rule, registry, context, severity) {
    const { workflow } = context;
    const found = new Map();
    const add = (job, line, message, subject) => {
        if (!found.has(line))
            found.set(line, workflowFinding(rule, line, message, subject, severity(job)));
    };
    for (const job of workflow.jobs) {
        const jobUploads = uploads(registry, job);
        for (const step of job.steps) {
            const env = stepEnv(workflow, job, step);
            for (const entry of env) {
                if (!registry.tokenVariables.test(entry.key) || !givesToken(entry))
                    continue;
                if (registry.variablesNeedUpload && !jobUploads)
                    continue;
                add(job, entry.keyLine, `${registry.name} upload token in ${entry.key} (job ${job.id})`, `${job.id}\0${entry.key}`);
            }
            const uses = step.uses;
            const tokenInputs = uses?.kind === "remote" && !elsewhere(registry, step) ? registry.actions[uses.repository] : [];
            for (const name of tokenInputs ?? []) {
                const given = input(step, name, { underscores: true });
                if (given && givesToken(given))
                    add(job, given.keyLine, `${uses?.repository ?? ""} uploads to ${registry.name} with a stored token in \`${name}:\``, `${job.id}\0${name}`);
            }
            if (!step.run)
                continue;
            const variables = secretVariables(env);
            for (const line of scriptLines(step.run)) {
                const secret = usesSecret(line.text, variables);
                const writesCredentials = (registry.credentialsFile?.test(line.text) ?? false) &&
                    (!registry.variablesNeedUpload || jobUploads);
                if (secret &&
                    (runsCommand(line, registry.upload) || writesCredentials) &&
                    !registry.tokenVariables.test(secret.replace(/^\$/, "")))
                    add(job, line.line, `${registry.name} upload with a stored token on the command line (${secret})`, `${job.id}\0${line.text}`);
                for (const script of line.commands.flatMap(scriptsRun)) {
                    // Reported where the token is given: the variable the script reads it from.
                    const given = scriptUpload(registry, context, script, env);
                    if (given)
                        add(job, given.keyLine, `${script} uploads to ${registry.name} with ${given.key} from the step's environment`, `${job.id}\0${script}`);
                }
            }
        }
    }
    return [...found.values()];
}
/** The variable through which a script of the repository gets the token it uploads with. */
function scriptUpload(registry, context, script, env) {
    const text = context.repositoryFile(script);
    if (text === undefined || !text.split("\n").some((line) => registry.upload.test(line)))
        return undefined;
    const given = env
        .filter(givesToken)
        .find((entry) => registry.tokenVariables.test(entry.key) ||
        (secretVariables([entry]).size > 0 && text.includes(entry.key)));
    return given;
}

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/pypi-token-publish.ts

const pypiTokenPublish = {
    id: "pypi-token-publish",
    audit: (context) => tokenUploads("pypi-token-publish", PYPI, context, () => "error"),
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/registry-token-publish.ts

const registryTokenPublish = {
    id: "registry-token-publish",
    audit: (context) => REGISTRIES.flatMap((registry) => tokenUploads("registry-token-publish", registry, context, (job) => job.reach.idToken ? "error" : "warning")),
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/secret-logged.ts
/**
 * `secret-logged`: a `run:` script that prints a secret, or a value made from one, to the log or to the
 * job summary. The runner masks a secret's exact value only: a copy prints as `***` (a warning: one
 * encoding away from a leak), while base64, a substring or a URL built from it prints in clear.
 */



const PRINTS = new Set([
    "echo",
    "printf",
    "print",
    "Write-Host",
    "Write-Output",
    "puts",
    "cat",
    "printenv",
    "env",
]);
/** Commands whose output is their input, transformed: a secret piped through them prints unmasked. */
const TRANSFORMS = new Set([
    "base64",
    "xxd",
    "od",
    "hexdump",
    "rev",
    "tr",
    "cut",
    "sed",
    "awk",
    "jq",
    "head",
    "tail",
    "fold",
    "basenc",
]);
const SUMMARY = /\$\{?GITHUB_STEP_SUMMARY\b|\$env:GITHUB_STEP_SUMMARY/;
/** `NAME=value`, `export NAME=value`, `local NAME=value` (shell), `$NAME = value` (PowerShell). */
const ASSIGNMENT = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?|readonly\s+)?\$?([A-Za-z_]\w*)\s*=(.*)$/;
/** A copy of one value, exactly: `"$X"`, `${X}`, `${{ secrets.X }}`. */
const EXACT_COPY = /^\s*["']?(?:\$\{?\w+\}?|\$\{\{\s*secrets\.[\w-]+\s*\}\})["']?\s*$/;
/** `> file` or `>> file` (not `2>`, `&>` or `<>`): the file a line's output is written to. */
const REDIRECT = /(?:^|[^0-9&<])>>?\s*("?[^\s"]+"?)/;
/**
 * Where a print's output goes: the log, the job summary, or elsewhere (a file, a pipe, a variable);
 * `target` is the file it is redirected to, if any.
 */
function destination({ text, commands }) {
    const redirect = REDIRECT.exec(text)?.[1];
    if (redirect !== undefined) {
        const target = redirect.replace(/"/g, "");
        return { where: SUMMARY.test(target) ? "summary" : "elsewhere", target };
    }
    const last = commands.at(-1)?.[0] ?? "";
    return { where: commands.length > 1 && !TRANSFORMS.has(last) ? "elsewhere" : "log" };
}
const secretLogged = {
    id: "secret-logged",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            for (const step of job.steps) {
                if (!step.run)
                    continue;
                const secrets = secretVariables(stepEnv(workflow, job, step));
                // Variables that hold a secret (masked copies) and values made from one (not masked).
                const copies = new Set(secrets.keys());
                const derived = new Set();
                let tracing = false;
                // Files a secret was written to (`echo "$TOKEN" > token.txt`).
                const secretFiles = new Set();
                for (const scriptLine of scriptLines(step.run)) {
                    const { text, line, commands } = scriptLine;
                    const output = destination(scriptLine);
                    const assignment = ASSIGNMENT.exec(text);
                    const direct = secretsExpanded(text);
                    const copy = expandsVariable(text, copies);
                    const made = expandsVariable(text, derived);
                    if (/^set\s+(?:-\w*x\w*|-o\s+xtrace)\b/.test(text))
                        tracing = true;
                    if (assignment?.[1]) {
                        const [, name, value = ""] = assignment;
                        if (direct.length > 0 || copy || made) {
                            if (EXACT_COPY.test(value) && !made)
                                copies.add(name);
                            else
                                derived.add(name);
                        }
                        continue;
                    }
                    if (text.includes("::add-mask::") || text.startsWith("::"))
                        continue;
                    const program = commands[0]?.[0] ?? "";
                    const dumpsEnvironment = (program === "printenv" || program === "env") && commands[0]?.length === 1;
                    if (tracing && (direct.length > 0 || copy || made)) {
                        // Under `set -x` the shell prints this command with the secret expanded.
                        found.push(workflowFinding("secret-logged", line, `\`set -x\` prints this command with a secret expanded (${job.id})`, `${job.id}\0xtrace`, "warning"));
                        tracing = false;
                        continue;
                    }
                    if (output.where === "elsewhere" && output.target && (direct.length > 0 || copy || made))
                        secretFiles.add(output.target);
                    if (program === "cat" &&
                        commands[0]?.slice(1).some((word) => secretFiles.has(word)) &&
                        output.where === "log") {
                        found.push(workflowFinding("secret-logged", line, `\`cat\` prints a file that holds a secret (${job.id})`, `${job.id}\0${text}`, "warning"));
                        continue;
                    }
                    if (!PRINTS.has(program))
                        continue;
                    if (dumpsEnvironment && secrets.size > 0) {
                        found.push(workflowFinding("secret-logged", line, `\`${program}\` prints the whole environment, ${[...secrets.keys()].join(", ")} included`, `${job.id}\0${text}`, "warning"));
                        continue;
                    }
                    const { where } = output;
                    if (where === "elsewhere")
                        continue;
                    const what = made ?? (direct[0] ? `secrets.${direct[0]}` : copy);
                    if (!what)
                        continue;
                    const transformed = made !== undefined || commands.length > 1;
                    const severity = where === "summary" || transformed ? "error" : "warning";
                    const how = where === "summary"
                        ? "writes to the job summary"
                        : transformed
                            ? "prints a value made from"
                            : "prints";
                    found.push(workflowFinding("secret-logged", line, `step ${how} ${what} (${job.id})`, `${job.id}\0${text}`, severity));
                }
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/secret-without-environment.ts
/**
 * `secret-without-environment`: a job that publishes or deploys with stored secrets but no
 * `environment:`, so no required reviewer, wait timer or branch rule stands before them.
 */



/** A job named for publishing or deploying; a step only for the first two (`Create release branch` is not). */
const DEPLOYING_JOB = /\b(?:deploy|publish|release)/i;
const DEPLOYING_STEP = /\b(?:deploy|publish)/i;
/** Commands that deploy. */
const DEPLOYS = /\bdocker\s+push\b|\bkubectl\s+apply\b|\bhelm\s+(?:upgrade|install)\b|\bterraform\s+apply\b|\bpulumi\s+up\b|\b(?:vercel|netlify|firebase|fly|flyctl|wrangler)\s+deploy\b|\bgh\s+release\s+(?:create|upload)\b|\baws\s+s3\s+sync\b/i;
const DEPLOY_ACTIONS = /^(?:pypa\/gh-action-pypi-publish|docker\/build-push-action|aws-actions\/|azure\/|google-github-actions\/deploy|peaceiris\/actions-gh-pages|jamesives\/github-pages-deploy-action|softprops\/action-gh-release|ncipollo\/release-action|cloudflare\/wrangler-action|amondnet\/vercel-action)/;
const REGISTRY_LIST = [PYPI, ...REGISTRIES];
/** A variable that only an upload reads (TWINE_PASSWORD, CARGO_REGISTRY_TOKEN; not NODE_AUTH_TOKEN). */
function uploadToken(env) {
    return env.find((entry) => REGISTRY_LIST.some((registry) => !registry.variablesNeedUpload && registry.tokenVariables.test(entry.key)))?.key;
}
/** What makes a job a publishing or deployment job, or undefined. */
function deployment(job) {
    if (DEPLOYING_JOB.test(job.id) || DEPLOYING_JOB.test(job.node.get("name")?.string ?? ""))
        return `job ${job.id}`;
    const jobToken = uploadToken(job.env);
    if (jobToken)
        return jobToken;
    for (const step of job.steps) {
        if (DEPLOYING_STEP.test(step.node.get("name")?.string ?? ""))
            return `step ${step.node.get("name")?.string ?? ""}`;
        if (step.uses?.kind === "remote" && DEPLOY_ACTIONS.test(step.uses.repository))
            return step.uses.repository;
        const stepToken = uploadToken(step.env);
        if (stepToken)
            return stepToken;
        for (const line of step.run ? scriptLines(step.run) : []) {
            if (REGISTRY_LIST.some((registry) => runsCommand(line, registry.upload)) || runsCommand(line, DEPLOYS))
                return `the command on line ${line.line}`;
        }
    }
    return undefined;
}
const secretWithoutEnvironment = {
    id: "secret-without-environment",
    audit: ({ workflow }) => workflow.jobs.flatMap((job) => {
        if (job.uses || job.environment || workflow.kind !== "workflow")
            return [];
        const secrets = [...job.reach.secrets].filter((name) => name !== "*");
        const what = secrets.length > 0 ? deployment(job) : undefined;
        if (!what)
            return [];
        return [
            workflowFinding("secret-without-environment", job.line, `job ${job.id} publishes or deploys (${what}) with ${secrets.join(", ")} and no environment`, job.id, "warning"),
        ];
    }),
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/secrets-inherit.ts
/**
 * `secrets-inherit`: a call that hands the called workflow every secret. When the called workflow is in
 * this repository its `on.workflow_call.secrets` says what it needs, and the finding names them.
 */


/** The secrets a workflow of this repository declares, or undefined when it cannot be read. */
function declaredSecrets(context, job) {
    if (job.uses?.kind !== "local")
        return undefined;
    const text = context.repositoryFile(job.uses.text.replace(/^\.\//, "").replace(/@.*$/, ""));
    if (text === undefined)
        return undefined;
    const { root } = parseYamlSource(text);
    const call = root?.get("on")?.get("workflow_call");
    return (call?.get("secrets")?.entries() ?? []).map((entry) => entry.key);
}
const secretsInherit = {
    id: "secrets-inherit",
    audit: (context) => context.workflow.jobs.flatMap((job) => {
        if (job.secrets?.value?.string !== "inherit")
            return [];
        const declared = declaredSecrets(context, job);
        const called = job.uses?.text ?? "the called workflow";
        const message = declared === undefined
            ? `job ${job.id} passes every secret to ${called}`
            : declared.length === 0
                ? `job ${job.id} passes every secret to ${called}, which declares none`
                : `job ${job.id} passes every secret to ${called}, which declares only ${declared.join(", ")}`;
        return [
            workflowFinding("secrets-inherit", job.secrets.keyLine, message, job.id, declared === undefined ? "warning" : "error"),
        ];
    }),
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/template-injection.ts
/**
 * `template-injection`: a field an outsider writes, expanded by `${{ }}` into a `run:` script or
 * actions/github-script's `script:` before either runs. An error where the trigger is privileged (the
 * script holds the base repository's secrets), a warning elsewhere.
 */



function scriptOf(step) {
    if (step.run)
        return step.run;
    if (step.uses?.kind === "remote" && step.uses.repository === "actions/github-script")
        return input(step, "script")?.value;
    return undefined;
}
const templateInjection = {
    id: "template-injection",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            const severity = job.reach.trigger === "privileged" ? "error" : "warning";
            for (const step of job.steps) {
                const script = scriptOf(step);
                for (const expression of script ? expressionsUnder(script) : []) {
                    const fields = attackerFields(expression.body);
                    if (fields.length === 0)
                        continue;
                    found.push(workflowFinding("template-injection", expression.line, `${fields.join(", ")} is expanded into a script (job ${job.id})`, `${job.id}\0${expression.body}`, severity));
                }
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/token-permissions.ts
/**
 * `token-permissions`: the GITHUB_TOKEN's scope left to the repository default, set to `write-all` or
 * `read-all`, or write scopes granted to every job at once. A reusable workflow (`workflow_call` only)
 * takes its scope from its caller and is not judged here.
 */

function blanket(permissions, where, privileged) {
    if (permissions?.kind !== "write-all" && permissions?.kind !== "read-all")
        return [];
    const severity = permissions.kind === "write-all" && privileged ? "error" : "warning";
    return [
        workflowFinding("token-permissions", permissions.line, `${where} grants \`${permissions.kind}\``, `${where}\0${permissions.kind}`, severity),
    ];
}
const tokenPermissions = {
    id: "token-permissions",
    audit: ({ workflow }) => {
        if (workflow.kind !== "workflow" || workflow.jobs.length === 0)
            return [];
        const privileged = workflow.jobs[0]?.reach.trigger === "privileged";
        const found = blanket(workflow.permissions, "the workflow", privileged);
        for (const job of workflow.jobs) {
            found.push(...blanket(job.permissions, `job ${job.id}`, privileged));
            if (job.reach.token === "default")
                found.push(workflowFinding("token-permissions", job.line, `job ${job.id} runs with the repository's default token scope (no \`permissions:\`)`, `${job.id}\0default`, privileged ? "error" : "warning"));
        }
        const writes = workflow.permissions?.writes ?? [];
        if (writes.length > 0 && workflow.jobs.length > 1 && workflow.permissions) {
            const scopes = writes.map((write) => write.scope).join(", ");
            found.push(workflowFinding("token-permissions", workflow.permissions.line, `workflow-level write scopes (${scopes}) reach all ${workflow.jobs.length} jobs`, `workflow\0${scopes}`));
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/unpinned-uses.ts
/**
 * `unpinned-uses`: an action or reusable workflow taken at a ref its owner can move. Graded by what it
 * is handed: a third-party action given a secret, or run where the token can write, is an error;
 * another third-party one a warning; GitHub's own a note.
 */



function givesSecret(entries) {
    return entries.some((entry) => {
        const text = entry.value?.string ?? "";
        return expressionsIn(text).some((expression) => storedSecrets(expression.body).length > 0 ||
            /\bgithub\.token\b|secrets\.github_token/i.test(expression.body));
    });
}
function describe(uses) {
    if (uses.kind === "docker")
        return `${uses.text} is not pinned to an image digest`;
    return uses.ref === ""
        ? `${uses.text} names no ref`
        : `${uses.text} is pinned to \`${uses.ref}\`, not a commit SHA`;
}
const unpinnedUses = {
    id: "unpinned-uses",
    audit: ({ workflow }) => {
        const found = [];
        for (const job of workflow.jobs) {
            const write = canWrite(job.reach);
            const calls = job.uses
                ? [{ uses: job.uses, given: job.reach.secrets.size > 0 || givesSecret(job.with) }]
                : [];
            const steps = job.steps.flatMap((step) => step.uses
                ? [{ uses: step.uses, given: givesSecret([...step.with, ...stepEnv(workflow, job, step)]) }]
                : []);
            for (const { uses, given } of [...calls, ...steps]) {
                if (uses.kind === "local" || isPinned(uses))
                    continue;
                const severity = uses.kind === "remote" && isFirstParty(uses) ? "note" : given || write ? "error" : "warning";
                const why = severity === "error"
                    ? given
                        ? "; it is given a secret or the token"
                        : "; the job's token can write"
                    : "";
                found.push(workflowFinding("unpinned-uses", uses.line, `${describe(uses)}${why}`, `${job.id}\0${uses.text}`, severity));
            }
        }
        return found;
    },
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/unredacted-secret.ts
/** `unredacted-secret`: a field of a JSON secret, which the runner's masking does not know. */


const unredactedSecret = expressionAudit("unredacted-secret", readsSecretPart, "takes a part of a secret that is not masked");

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/untrusted-checkout-exec.ts
/**
 * `untrusted-checkout-exec`: a `pull_request_target`, `workflow_run` or `issue_comment` job that checks
 * out the pull request's code and then runs it while it holds secrets or a token that can write. A job
 * that runs it with neither leaves the workflow a `privileged-trigger` note.
 */


const untrustedCheckoutExec = {
    id: "untrusted-checkout-exec",
    audit: ({ workflow }) => runsWithCredentials(workflow).map(({ job, code }) => workflowFinding("untrusted-checkout-exec", code.checkout, `job ${job.id} checks out the pull request's code and runs it with ${code.runs.what} (line ${code.runs.line}) while it holds secrets or a token that can write`, job.id)),
};

;// CONCATENATED MODULE: ./actions/lib/workflow/audits/index.ts



















const AUDITS = [
    pypiTokenPublish,
    registryTokenPublish,
    secretsInherit,
    allSecretsExposed,
    unredactedSecret,
    secretLogged,
    hardcodedCredential,
    githubPat,
    githubApp,
    untrustedCheckoutExec,
    privilegedTrigger,
    templateInjection,
    botConditions,
    insecureCommands,
    unpinnedUses,
    knownCompromisedAction,
    persistCredentials,
    tokenPermissions,
    secretWithoutEnvironment,
];

;// CONCATENATED MODULE: ./actions/lib/workflow/index.ts
/**
 * The workflow rules over one file: a workflow under `.github/workflows/` or a composite action's
 * `action.yml`. Offline and pure: the file's text in, findings out; a file of the repository that an
 * audit follows (a script a step runs, a called workflow) comes through `repositoryFile`.
 */




const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;
/** A file the workflow rules read: a workflow, or what may be a composite action. */
function isWorkflowPath(file) {
    return WORKFLOW_FILE.test(file) || ACTION_FILE.test(file);
}
function auditWorkflow(file, text, context) {
    const { root, error } = parseYamlSource(text);
    const workflow = WORKFLOW_FILE.test(file);
    // An action.yml that is not YAML, or not a composite action, is not ours to judge.
    const composite = !workflow && root?.get("runs")?.get("using")?.string === "composite";
    if (!workflow && !composite)
        return [];
    const syntax = error
        ? [
            workflowFinding("workflow-syntax", error.line, `${file} is not valid YAML: ${error.message}`, error.message),
        ]
        : [];
    // A document that does not parse is one finding: what parsed of it is not what GitHub would run.
    if (error || !root?.isMap)
        return syntax;
    const model = buildWorkflow(file, root, workflow ? "workflow" : "composite");
    const found = AUDITS.flatMap((audit) => audit.audit({ ...context, workflow: model }));
    return [...syntax, ...found].sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: ./actions/lib/access/names.ts
var access_names = __webpack_require__(4109);
// EXTERNAL MODULE: ./actions/lib/access/readers.ts
var readers = __webpack_require__(8317);
;// CONCATENATED MODULE: ./actions/lib/scan/scanner.ts
/**
 * One pass over one file applies every per-file rule: SOPS status and the SOPS rules, the dotenv rule,
 * the secret patterns; then inline `secrets-allow` comments, the gitleaks allowlist and the policy
 * file drop what the repository accepts. Pure: paths and bytes in, findings out.
 */












/** Records the values (Latin-1 text: one character a byte) behind a finding, when they are asked for. */
function noting(values, finding, ...texts) {
    if (values && texts.length > 0)
        values.set(finding, texts);
    return finding;
}
/** Characters of a secret's line, each side, that identify where it is (its fingerprint). */
const CONTEXT = 80;
/** `sops-unknown-recipient`: a recipient of the file that the policy's names do not cover. */
function unknownRecipients(file, metadata, names) {
    const unnamed = [...new Set((0,readers/* groupRecipients */.WG)(metadata).flat())].filter((recipient) => !names.isNamed(recipient));
    return unnamed.map((recipient) => (0,rules/* newFinding */.iD)("sops-unknown-recipient", file, 1, `${file} is encrypted to ${(0,access_names/* shortRecipient */.GC)(recipient)}…, which no one named in recipients:`, recipient));
}
/** `secret-default`: literal defaults of secret-named variables in Python code. */
function secretDefaults(file, text, lines, inOwned, values) {
    return findSecretDefaults(text)
        .filter((found) => inOwned(found.index))
        .map((found) => noting(values, (0,rules/* newFinding */.iD)("secret-default", file, lines.lineOf(found.index), `${found.name} has a hard-coded default (${found.via}): ${(0,scan_values/* redact */.E$)(fromLatin1(found.value))}`, `${found.name}\0${found.via}`), found.value));
}
class Scanner {
    setup;
    policy;
    gitleaks;
    constructor(setup) {
        this.setup = setup;
        this.policy = setup.policy ?? scan_policy/* EMPTY_POLICY */.XD;
        this.gitleaks = setup.gitleaks ?? [];
    }
    /** How the secret patterns read a file: by its kind, its path and what kind of document it is. */
    patternOptions(file, apiDescription) {
        return {
            kind: (0,patterns/* fileKind */.h_)(file),
            sample: this.isSample(file),
            docstrings: file.endsWith(".py"),
            apiDescription,
            now: this.setup.now,
        };
    }
    /** Tests, fixtures, examples and docs: the policy's `sample-paths`, or the default. */
    isSample(file) {
        return (this.policy.samplePaths ?? patterns/* isSamplePath */.Q5)(file);
    }
    /** Files the policy accepts for every rule are not read at all. */
    wants(file) {
        return !(0,scan_policy/* policySkipsFile */.be)(this.policy, file);
    }
    scan(input) {
        const { path: file, bytes } = input;
        const binary = isBinary(bytes);
        // Decoded only when something needs the text: most files of a large scan never are.
        let decoded;
        const text = () => (decoded ??= binary ? "" : latin1(bytes));
        const lines = new lib_lines/* ByteLines */.Ei(bytes);
        const { owned } = input;
        const wholeFile = !owned || owned.from === 0;
        const inOwned = (index) => !owned || (index >= owned.from && index < owned.to);
        const status = binary || !wholeFile ? { kind: "plain" } : (0,sops_checks/* sopsStatusOf */.d2)(file, bytes, text);
        const found = wholeFile
            ? (0,sops_checks/* sopsFindings */._M)(file, status, text, this.setup.sops, { drift: input.historic !== true })
            : [];
        const secretLines = new Set();
        const values = input.values ? new Map() : undefined;
        if (!binary && !(0,scan_policy/* gitleaksSkipsFile */.XN)(this.gitleaks, file)) {
            const apiDescription = (0,patterns/* isApiDescription */.Pm)(input.head ?? bytes);
            for (const secret of this.secrets(file, bytes, lines, inOwned, apiDescription, values)) {
                secretLines.add(secret.line);
                found.push(secret);
            }
        }
        if (!binary && wholeFile && status.kind === "plain")
            found.push(...this.dotenv(file, text, secretLines, values));
        if (status.kind === "sops" && input.historic !== true && this.setup.names)
            found.push(...unknownRecipients(file, status.metadata, this.setup.names));
        if (!binary && file.endsWith(".py"))
            found.push(...secretDefaults(file, text(), lines, inOwned, values));
        if (!binary && wholeFile && input.historic !== true && isWorkflowPath(file))
            this.replaceWithWorkflowFindings(found, file, utf8(bytes, 0, bytes.length));
        // Each line is read once, however many findings it holds.
        const allowances = new Map();
        const allowed = (finding) => {
            if (!allowances.has(finding.line)) {
                const { start, end } = lines.bounds(finding.line);
                allowances.set(finding.line, inlineAllowance(latin1(bytes, start, end)));
            }
            const allowance = allowances.get(finding.line);
            return allowance === "all" || (allowance?.has(finding.rule) ?? false);
        };
        const findings = this.accepted(found.filter((finding) => !allowed(finding)));
        if (input.values && values)
            handValues(findings, values, input.values);
        return status.kind === "sops" ? { findings, sops: status } : { findings };
    }
    /**
     * The workflow rules of a workflow or composite action. A literal credential in `env:` or `with:` is
     * a `hardcoded-credential` finding, in place of the `secret-pattern` one on its line.
     */
    replaceWithWorkflowFindings(found, file, text) {
        const options = this.patternOptions(file, false);
        const workflowFindings = auditWorkflow(file, text, {
            repositoryFile: this.setup.repositoryFile ?? (() => undefined),
            credentials: (name, value) => (0,patterns/* findSecrets */.dL)(Buffer.from(`${name}: ${value}\n`), options),
        });
        const hardcoded = new Set(workflowFindings
            .filter((finding) => finding.rule === "hardcoded-credential")
            .map((finding) => finding.line));
        const kept = found.filter((finding) => finding.rule !== "secret-pattern" || !hardcoded.has(finding.line));
        found.splice(0, found.length, ...kept);
        // The same subject twice in a file (two identical `uses:` in a job) is two findings.
        const occurrences = new Map();
        for (const finding of workflowFindings) {
            const subject = `${finding.rule}\0${finding.subject}`;
            const occurrence = occurrences.get(subject) ?? 0;
            occurrences.set(subject, occurrence + 1);
            found.push({
                rule: finding.rule,
                severity: finding.severity,
                file,
                line: finding.line,
                message: finding.message,
                fingerprint: (0,scan_values/* fingerprint */.Rj)(finding.rule, file, occurrence === 0 ? finding.subject : `${finding.subject}\0${occurrence}`),
            });
        }
    }
    /** Drops the findings the policy file accepts. */
    accepted(findings) {
        return findings.filter((finding) => !(0,scan_policy/* policyAccepts */.Az)(this.policy, finding));
    }
    /** A commit that the gitleaks allowlist names (history scope). */
    acceptsCommit(commit) {
        return (0,scan_policy/* gitleaksAllowsCommit */.Eg)(this.gitleaks, commit);
    }
    /** `env-not-ignored`, from git's answer for `.env` (the caller asks git: .gitignore semantics are git's). */
    envNotIgnored(ignored) {
        if (ignored)
            return [];
        const finding = (0,rules/* newFinding */.iD)("env-not-ignored", ".gitignore", 1, ".gitignore does not ignore .env", "");
        return this.accepted([finding]);
    }
    secrets(file, bytes, lines, inOwned, apiDescription, values) {
        const findings = [];
        // The same line with the secret taken out can occur more than once: each is its own finding.
        const occurrences = new Map();
        // Many secrets on one (long) line read its text once.
        let cached;
        const hits = (0,patterns/* findSecrets */.dL)(bytes, this.patternOptions(file, apiDescription)).filter((hit) => inOwned(hit.index));
        for (const hit of hits) {
            const secret = fromLatin1(hit.secret);
            const line = lines.lineOf(hit.index);
            const lineStart = lines.startAt(hit.index);
            const lineEnd = lines.endAt(hit.index);
            if (this.gitleaks.length > 0) {
                if (cached?.start !== lineStart)
                    cached = { start: lineStart, text: utf8(bytes, lineStart, lineEnd) };
                if ((0,scan_policy/* gitleaksAllows */.zE)(this.gitleaks, { file, secret, line: cached.text }))
                    continue;
            }
            // What surrounds the secret on its line, none of the secret itself (a key may run over lines).
            const end = hit.index + hit.secret.length;
            const before = latin1(bytes, Math.max(lineStart, hit.index - CONTEXT), hit.index);
            const after = end <= lineEnd ? latin1(bytes, end, Math.min(lineEnd, end + CONTEXT)) : "";
            const context = `${hit.detector}\0${before.trim()}\0${after.trim()}`;
            const occurrence = occurrences.get(context) ?? 0;
            occurrences.set(context, occurrence + 1);
            const finding = {
                rule: "secret-pattern",
                severity: hit.severity,
                file,
                line,
                message: `${hit.label} in plaintext (${hit.detector}): ${(0,scan_values/* redact */.E$)(secret, hit.prefix)}`,
                fingerprint: (0,scan_values/* fingerprint */.Rj)("secret-pattern", file, `${context}\0${occurrence}`),
            };
            findings.push(noting(values, finding, hit.verbatim ?? hit.secret));
        }
        return findings;
    }
    /**
     * `plaintext-env-file`. The values behind its findings (for a purge plan) are those of secret-like
     * names that look real (what a template must not hold): `DEBUG=1` or `PORT=8080` are not secrets,
     * and replacing them everywhere in a history would change other text.
     */
    dotenv(file, text, secretLines, values) {
        const kind = (0,dotenv/* dotenvKind */.Fi)(file);
        if (!kind)
            return [];
        const assignments = (0,dotenv/* parseAssignments */.k6)(text());
        if (kind === "template") {
            return (0,dotenv/* realTemplateValues */.fb)(assignments)
                .filter((assignment) => !secretLines.has(assignment.line))
                .map((assignment) => noting(values, (0,rules/* newFinding */.iD)("plaintext-env-file", file, assignment.line, `template ${file} holds a real-looking value for ${assignment.name} (${(0,scan_values/* redact */.E$)(fromLatin1(assignment.value))}) instead of a placeholder`, assignment.name), assignment.value));
        }
        if ((0,dotenv/* isDotenvxFile */.px)(assignments)) {
            const plain = (0,dotenv/* firstDotenvxPlaintext */.AR)(assignments);
            return plain
                ? [
                    noting(values, (0,rules/* newFinding */.iD)("plaintext-env-file", file, plain.line, `dotenvx file ${file} holds ${plain.name} in plaintext`, plain.name), ...(values ? (0,dotenv/* realTemplateValues */.fb)(assignments).map((assignment) => assignment.value) : [])),
                ]
                : [];
        }
        const assigned = assignments.filter((assignment) => assignment.value !== "");
        if (assigned.length === 0)
            return [];
        // Settings only (`REDIS_HOST=127.0.0.1`): the file should not be tracked, but nothing leaked.
        const secretNamed = assigned.filter((assignment) => (0,patterns/* namesSecret */.L4)(assignment.name));
        const finding = (0,rules/* newFinding */.iD)("plaintext-env-file", file, assigned[0]?.line ?? 1, `${file} is a dotenv file in plaintext (${assigned.length} values, ${secretNamed.length} secret-named, neither SOPS- nor dotenvx-encrypted)`, "");
        const graded = secretNamed.length === 0 && secretLines.size === 0 ? { ...finding, severity: "warning" } : finding;
        return [
            noting(values, graded, ...(values ? (0,dotenv/* realTemplateValues */.fb)(assignments).map((assignment) => assignment.value) : [])),
        ];
    }
}
/** The values behind the findings that are reported (errors and warnings), to the sink. */
function handValues(findings, values, sink) {
    for (const finding of findings) {
        if (finding.severity === "note")
            continue;
        for (const text of values.get(finding) ?? [])
            sink({ finding, bytes: Buffer.from(text, "latin1") });
    }
}

// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/sops-config.ts
var sops_config = __webpack_require__(7958);
;// CONCATENATED MODULE: ./actions/common/scan-files.ts
/**
 * Scanning files of a repository, the same way on the main thread and in a scan worker: the scanner is
 * built from the repository's own policy, gitleaks allowlist and `.sops.yaml` (so that a worker, given
 * only where they are, builds an identical one), and each working-tree file or git blob becomes one
 * self-contained result that can cross a thread boundary.
 */










const POLICY_FILES = [".github/secrets-policy.yml", ".github/secrets-policy.yaml"];
/**
 * Larger working-tree files are read in windows, so memory stays bounded whatever is committed. A window
 * is also what threads share out: at 4 MB (tens of milliseconds) no thread waits long for another's
 * last one, and a worker never runs dry while this thread scans one.
 */
const WINDOW = 4 << 20;
/** Bytes read past a window, so that a secret that starts in it ends in it (private keys included). */
const OVERLAP = 64 << 10;
const toPosix = (file) => file.split((external_node_path_default()).sep).join("/");
function readText(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what} ${file} cannot be read: check the path`);
    }
}
function loadPolicy(root, explicit) {
    const candidates = explicit ? [explicit] : POLICY_FILES;
    const found = candidates.find((file) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, file)));
    if (!found) {
        if (explicit)
            throw new errors/* ConfigurationError */.j1(`config: ${explicit} does not exist in ${root}`);
        return scan_policy/* EMPTY_POLICY */.XD;
    }
    return (0,scan_policy/* parsePolicy */.ON)(readText(external_node_path_default().resolve(root, found), "policy file"), found);
}
function loadSops(root, explicit) {
    const file = (0,sops_config/* locateSopsConfig */.ah)(root, explicit ? { file: explicit, what: "sops-config" } : undefined);
    if (!file)
        return undefined;
    const relative = toPosix(external_node_path_default().relative(root, file));
    try {
        return {
            setup: {
                config: (0,sops_config/* readSopsConfig */.aU)(file, relative).config,
                dir: toPosix(external_node_path_default().dirname(relative)).replace(/^\.$/, ""),
                file: relative,
            },
            text: (0,external_node_fs_.readFileSync)(file, "utf8"),
        };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1((0,errors/* describeUnknown */.Ee)(error));
    }
}
function loadScanner(source) {
    const { root } = source;
    const policy = loadPolicy(root, source.policyFile);
    const gitleaksFile = external_node_path_default().join(root, ".gitleaks.toml");
    const gitleaks = (0,external_node_fs_.existsSync)(gitleaksFile)
        ? (0,scan_policy/* parseGitleaksAllowlists */.k_)(readText(gitleaksFile, "gitleaks config"), ".gitleaks.toml")
        : [];
    const found = loadSops(root, source.sopsConfigFile);
    const sops = found?.setup;
    const repositoryFile = (file) => readRepositoryFile(root, file);
    // Names are checked only where the repository names its recipients.
    const names = policy.recipients ? new access_names/* RecipientNames */.y(policy.recipients, found?.text) : undefined;
    const scanner = new Scanner({
        sops,
        policy,
        gitleaks,
        now: source.now,
        repositoryFile,
        ...(names ? { names } : {}),
    });
    return { scanner, policy, sops };
}
/** Scripts and workflows larger than this are not followed by the workflow rules. */
const FOLLOWED_BYTES = 1 << 20;
/**
 * A file of the working tree that a workflow names (a script a step runs, a called workflow), read as
 * the workflow rules follow it: inside the repository, never through a link, at most FOLLOWED_BYTES.
 */
function readRepositoryFile(root, file) {
    const relative = external_node_path_default().posix.normalize(file.replace(/\\/g, "/"));
    if (relative.startsWith("../") || relative === ".." || external_node_path_default().posix.isAbsolute(relative))
        return undefined;
    const absolute = external_node_path_default().join(root, relative);
    // A linked folder on the way could lead out of the repository (a pull request controls links).
    let folder;
    try {
        folder = (0,external_node_fs_.realpathSync)(external_node_path_default().dirname(absolute));
    }
    catch {
        return undefined;
    }
    const top = (0,external_node_fs_.realpathSync)(root);
    if (folder !== top && !folder.startsWith(`${top}${(external_node_path_default()).sep}`))
        return undefined;
    const opened = openRegular(external_node_path_default().join(folder, external_node_path_default().basename(absolute)));
    if (!opened)
        return undefined;
    try {
        if (opened.size > FOLLOWED_BYTES)
            return undefined;
        const buffer = Buffer.alloc(opened.size);
        return buffer.toString("utf8", 0, (0,external_node_fs_.readSync)(opened.fd, buffer, 0, opened.size, 0));
    }
    finally {
        (0,external_node_fs_.closeSync)(opened.fd);
    }
}
/**
 * Bytes read before a window: what precedes a secret at its start, as far back as a value's parents
 * are looked for (an example block), so that a window sees what the whole file shows.
 */
const scan_files_CONTEXT = patterns/* PARENT_BYTES */.Xr;
/** The offsets of a file's windows, WINDOW apart. */
function windowOffsets(size) {
    return Array.from({ length: Math.ceil(size / WINDOW) }, (_, index) => index * WINDOW);
}
/** Opened without following a link, and without waiting on a FIFO: what is not a regular file is skipped. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/** One thread's window and file buffers, reused: nothing read outlives its scan. */
let windowBuffer;
let fileBuffer;
/**
 * The window at `offset`: it reads CONTEXT bytes before and OVERLAP after its own WINDOW bytes, and
 * reports the secrets that start in its own part, so that one across an edge is reported once.
 */
function scanWindow(scanner, root, file, offset) {
    const fd = (0,external_node_fs_.openSync)(external_node_path_default().join(root, file), OPEN_FLAGS);
    try {
        const head = Buffer.alloc(8000);
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const binary = head.subarray(0, (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0)).includes(0);
        if (binary)
            return { findings: [], newlines: 0, contextNewlines: 0, binary, size };
        const start = Math.max(0, offset - scan_files_CONTEXT);
        const buffer = (windowBuffer ??= Buffer.allocUnsafe(scan_files_CONTEXT + WINDOW + OVERLAP));
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, start);
        const bytes = buffer.subarray(0, read);
        const from = offset - start;
        const to = Math.min(read, from + WINDOW);
        const { findings } = scanner.scan({ path: file, bytes, owned: { from, to }, head });
        return {
            findings,
            newlines: (0,lib_lines/* countNewlines */.Dn)(bytes, from, to),
            contextNewlines: (0,lib_lines/* countNewlines */.Dn)(bytes, 0, from),
            binary,
            size,
        };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A file's windows, in order, as one result: findings on the file's lines. */
function joinWindows(windows) {
    const size = windows[0]?.size ?? 0;
    if (windows.some((window) => window.binary))
        return { findings: [], size };
    const findings = [];
    let before = 0;
    for (const window of windows) {
        const shift = before - window.contextNewlines;
        for (const finding of window.findings)
            findings.push({ ...finding, line: finding.line + shift });
        before += window.newlines;
    }
    return { findings, size };
}
/** A regular file, opened, and its size; undefined when it is gone, a link or not a regular file. */
function openRegular(absolute) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolute, OPEN_FLAGS);
    }
    catch {
        return undefined; // Tracked but deleted in the work tree, or a link (it may point outside the repository).
    }
    const stat = (0,external_node_fs_.fstatSync)(fd);
    // Submodules are folders.
    if (stat.isFile())
        return { fd, size: stat.size };
    (0,external_node_fs_.closeSync)(fd);
    return undefined;
}
/**
 * A working-tree file; undefined when it is gone, a link or not a regular file. A file larger than a
 * window is scanned window after window here, or (`split`) only reported as large.
 */
function scanTreeFile(scanner, root, file, split) {
    const opened = openRegular(external_node_path_default().join(root, file));
    if (!opened)
        return undefined;
    const { fd, size } = opened;
    let bytes;
    try {
        if (size > WINDOW && split)
            return { large: size };
        if (size > WINDOW)
            return joinWindows(windowOffsets(size).map((offset) => scanWindow(scanner, root, file, offset)));
        // Read into this thread's reusable buffer: a large scan allocates nothing per file but its text.
        const buffer = (fileBuffer ??= Buffer.allocUnsafe(WINDOW + OVERLAP));
        bytes = buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, size, 0));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const result = scanner.scan({ path: file, bytes });
    return {
        findings: result.findings,
        size,
        // A SOPS file's bytes outlive the scan (its MAC is checked later): they get a copy of their own.
        ...(result.sops ? { sops: { format: result.sops.format, bytes: Buffer.from(bytes) } } : {}),
    };
}
/**
 * Objects read from git through one `git cat-file --batch`, in the order given; `after` runs after each.
 * `values` (a purge plan only) receives the plaintext behind each blob's reported findings, with the
 * blob's index: never part of a result, so never across threads (the pool never passes it).
 */
async function scanGitBlobs(scanner, root, blobs, historic, after = () => undefined, values) {
    const results = [];
    await (0,git/* readBlobs */.b4)(root, blobs, (index, bytes) => {
        const file = blobs[index];
        if (!file)
            return;
        const result = scanner.scan({
            path: file.path,
            bytes,
            historic,
            ...(values
                ? {
                    values: (found) => {
                        values(index, found);
                    },
                }
                : {}),
        });
        const scanned = {
            findings: result.findings,
            size: bytes.length,
            // Historic content is not the current tree: its MAC is not checked.
            ...(result.sops && !historic ? { sops: { format: result.sops.format, bytes } } : {}),
        };
        results[index] = scanned;
        after(index, scanned);
    });
    return results;
}


/***/ }),

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ groupRecipients),
/* harmony export */   We: () => (/* binding */ describeReaders),
/* harmony export */   cU: () => (/* binding */ readersOf)
/* harmony export */ });
/** Every master key of a group: age and age PQ recipients, and PGP fingerprints. */
function groupRecipients(metadata) {
    return metadata.keyGroups.map((group) => [
        ...group.age.map((key) => key.recipient),
        ...group.others.filter((key) => key.type === "pgp").map((key) => key.id),
    ]);
}
/** Shares needed: the file's threshold, all groups when it sets none, never more than there are. */
function thresholdOf(metadata) {
    const groups = metadata.keyGroups.length;
    if (groups <= 1)
        return 1;
    return metadata.shamirThreshold > 0 ? Math.min(metadata.shamirThreshold, groups) : groups;
}
function readersOf(metadata, names) {
    const threshold = thresholdOf(metadata);
    const shares = new Map();
    for (const group of groupRecipients(metadata)) {
        for (const name of new Set(group.map((recipient) => names.nameOf(recipient))))
            shares.set(name, (shares.get(name) ?? 0) + 1);
    }
    const alone = [];
    const partial = [];
    for (const [name, count] of [...shares].sort(([a], [b]) => a.localeCompare(b))) {
        if (count >= threshold)
            alone.push(name);
        else
            partial.push({ name, shares: count, threshold });
    }
    return { alone, partial };
}
/** `alice, ci (bob holds 1 of 2 shares: cannot read alone)`. */
function describeReaders(readers) {
    const alone = readers.alone.length > 0 ? readers.alone.join(", ") : "nobody alone";
    const partial = readers.partial.map((reader) => `${reader.name} holds ${reader.shares} of ${reader.threshold} shares: cannot read alone`);
    return partial.length > 0 ? `${alone} (${partial.join("; ")})` : alone;
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ firstDotenvxPlaintext),
/* harmony export */   Fi: () => (/* binding */ dotenvKind),
/* harmony export */   fb: () => (/* binding */ realTemplateValues),
/* harmony export */   k6: () => (/* binding */ parseAssignments),
/* harmony export */   px: () => (/* binding */ isDotenvxFile)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(146);
/**
 * The `plaintext-env-file` rule: which paths are dotenv files, which are templates, and whether a
 * dotenv file's content is SOPS- or dotenvx-encrypted.
 */

const TEMPLATE_WORDS = new Set(["example", "sample", "template", "dist", "defaults", "tpl"]);
/** `.env`, `.env.*` and `*.env` are dotenv files; a name with a template word in it is a template. */
function dotenvKind(file) {
    const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
    if (name !== ".env" && !name.startsWith(".env.") && !(name.endsWith(".env") && name.length > 4))
        return undefined;
    const words = name.split(".").filter((word) => word !== "" && word !== "env");
    return words.some((word) => TEMPLATE_WORDS.has(word)) ? "template" : "env";
}
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/;
/** The assignments of a dotenv file, with quotes and trailing comments removed. */
function parseAssignments(text) {
    const assignments = [];
    text.split("\n").forEach((raw, index) => {
        const match = ASSIGNMENT.exec(raw.replace(/\r$/, ""));
        if (!match)
            return;
        const [, name = "", rest = ""] = match;
        const quote = rest[0];
        let value;
        if (quote === '"' || quote === "'" || quote === "`") {
            const end = rest.indexOf(quote, 1);
            value = end === -1 ? rest.slice(1) : rest.slice(1, end);
        }
        else {
            value = rest.replace(/\s+#.*$/, "").trim();
        }
        assignments.push({ name, value, line: index + 1 });
    });
    return assignments;
}
const DOTENVX_PUBLIC = /^DOTENV_PUBLIC_KEY(?:_[A-Z0-9_]+)?$/;
/**
 * dotenvx encrypts every value to `encrypted:...` and keeps its `DOTENV_PUBLIC_KEY*` in the clear. The
 * first assignment that breaks this is returned (undefined: the file is fully encrypted).
 */
function firstDotenvxPlaintext(assignments) {
    return assignments.find((assignment) => assignment.value !== "" &&
        !assignment.value.startsWith("encrypted:") &&
        !DOTENVX_PUBLIC.test(assignment.name));
}
function isDotenvxFile(assignments) {
    return assignments.some((assignment) => assignment.value.startsWith("encrypted:"));
}
const SECRET_NAME = /(?:key|token|secret|passw(?:or)?d|pass|pwd|credentials?|auth|dsn|private)$/i;
/**
 * In a template, a value for a secret-like name must be a placeholder; anything long and random-looking
 * is a real value someone copied from their .env.
 */
function realTemplateValues(assignments) {
    return assignments.filter(({ name, value }) => SECRET_NAME.test(name.replace(/[-_.]/g, "")) &&
        value.length >= 12 &&
        !/^\$|^ENC\[|^encrypted:/.test(value) &&
        !(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(value) &&
        (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .entropy */ .Ue)(value) >= 3);
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xr: () => (/* binding */ PARENT_BYTES),
  h_: () => (/* binding */ fileKind),
  dL: () => (/* binding */ findSecrets),
  Pm: () => (/* binding */ isApiDescription),
  Q5: () => (/* binding */ isSamplePath),
  L4: () => (/* binding */ namesSecret)
});

// UNUSED EXPORTS: LOOK_ALIKE_LENGTH

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/scan/credentials.ts
var credentials = __webpack_require__(1304);
// EXTERNAL MODULE: ./actions/lib/scan/shapes.ts
var shapes = __webpack_require__(8262);
// EXTERNAL MODULE: ./actions/lib/lines.ts
var lines = __webpack_require__(701);
;// CONCATENATED MODULE: ./actions/lib/scan/literals.ts
/**
 * Finds every occurrence of many ASCII literals in one pass (Aho–Corasick, compiled to a full transition
 * table): one table lookup per byte, however many literals there are. A regex alternation of the same
 * hundred-odd literals makes the engine try them at every position and is several times slower.
 *
 * The table is indexed by byte class (bytes no literal holds share one), and holds each next state
 * already multiplied by the row length: the lookup is one addition, and the table small enough to stay
 * in cache. Each lookup waits for the one before it; large inputs are searched as two halves at once,
 * which the processor overlaps.
 */
const BYTES = 256;
/** Inputs shorter than this are searched in one stream: two would not pay for themselves. */
const TWO_STREAMS = 4096;
class LiteralSearch {
    words;
    /** transitions[state + classOf[byte]] = next state; states are row offsets (state number × classes). */
    transitions;
    classOf;
    classes;
    /** States from this one on have outputs. */
    firstOutput;
    /** The literals (indexes into `words`) that end in each output state, longest first. */
    outputs;
    lengths;
    longest;
    constructor(words) {
        this.words = words;
        this.lengths = Int32Array.from(words, (word) => word.length);
        const children = [new Map()];
        const ends = [[]];
        words.forEach((word, index) => {
            if (word === "" || !/^[\x20-\x7e]+$/.test(word))
                throw new Error(`literal ${JSON.stringify(word)}: ASCII only`);
            let state = 0;
            for (let at = 0; at < word.length; at++) {
                const code = word.charCodeAt(at);
                let next = children[state]?.get(code);
                if (next === undefined) {
                    next = children.length;
                    children.push(new Map());
                    ends.push([]);
                    children[state]?.set(code, next);
                }
                state = next;
            }
            ends[state]?.push(index);
        });
        if (children.length > 0xffff)
            throw new Error("too many literals for one search");
        const states = children.length;
        // Failure links and outputs over the trie, breadth first: a state's failure target is nearer the
        // root, so it is complete before the state is. The table is built once per process, at start-up, in
        // code the engine has not optimized yet: the links are found by walking the trie's few children
        // rather than by filling a row for every state and byte.
        const failure = new Int32Array(states);
        const outputs = ends;
        const queue = [...(children[0]?.values() ?? [])];
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head] ?? 0;
            outputs[state]?.push(...(outputs[failure[state] ?? 0] ?? []));
            for (const [code, child] of children[state] ?? []) {
                let fallback = failure[state] ?? 0;
                while (fallback !== 0 && !children[fallback]?.has(code))
                    fallback = failure[fallback] ?? 0;
                failure[child] = children[fallback]?.get(code) ?? 0;
                queue.push(child);
            }
        }
        // Renumber: states without output first (the root stays 0), so that the hot loop tests one bound.
        const renamed = new Int32Array(states);
        let next = 0;
        for (let state = 0; state < states; state++)
            if (outputs[state]?.length === 0)
                renamed[state] = next++;
        this.firstOutput = next;
        for (let state = 0; state < states; state++)
            if (outputs[state]?.length !== 0)
                renamed[state] = next++;
        // Class 0: every byte no literal holds (bytes above 127 included); then one class per byte used.
        this.classOf = new Uint8Array(BYTES);
        let classes = 1;
        for (const word of words)
            for (let at = 0; at < word.length; at++) {
                const code = word.charCodeAt(at);
                if (this.classOf[code] === 0)
                    this.classOf[code] = classes++;
            }
        this.classes = classes;
        // Each state's row is its failure target's (built before it, breadth first) with its own children
        // changed; class 0 leads every state back to the root.
        const transitions = new Int32Array(states * classes);
        const row = (state) => (renamed[state] ?? 0) * classes;
        for (const [code, child] of children[0] ?? [])
            transitions[this.classOf[code] ?? 0] = row(child);
        for (const state of queue) {
            const fallback = row(failure[state] ?? 0);
            transitions.copyWithin(row(state), fallback, fallback + classes);
            for (const [code, child] of children[state] ?? [])
                transitions[row(state) + (this.classOf[code] ?? 0)] = row(child);
        }
        this.transitions = transitions;
        this.longest = Math.max(0, ...this.lengths);
        this.outputs = outputs
            .filter((list) => list.length > 0)
            .map((list) => [...list].sort((a, b) => (words[b]?.length ?? 0) - (words[a]?.length ?? 0)));
        this.firstOutput *= this.classes;
    }
    /**
     * Every occurrence in the bytes, in the order they end (at one end, longest first): `visit(start,
     * word index)`. The caller keeps what it wants as it goes, so that no list of every occurrence (most
     * of which it drops) is ever built.
     */
    forEach(bytes, visit) {
        if (bytes.length < TWO_STREAMS) {
            this.stream(bytes, 0, bytes.length, visit);
            return;
        }
        // The second half starts with a fresh state `longest - 1` bytes early: an occurrence that ends in
        // it starts no earlier, so its states there are the one-stream states. Its occurrences (all ending
        // after the first half's) are kept until the first half's are visited.
        const middle = bytes.length >> 1;
        const later = [];
        const keep = (start, word) => later.push(start, word);
        const second = this.halves(bytes, middle, visit, keep);
        // An odd length leaves the second half one byte longer.
        this.stream(bytes, 2 * middle, bytes.length, keep, second);
        for (let pair = 0; pair < later.length; pair += 2)
            visit(later[pair] ?? 0, later[pair + 1] ?? 0);
    }
    /**
     * The two halves' first `middle` bytes each, at once; returns the second half's state. A loop of its
     * own: the optimizing compiler enters long loops midway (on-stack replacement), and code compiled
     * that way for `forEach` would hold its tail too, cold then, and leave it on every later call.
     */
    halves(bytes, middle, visit, keep) {
        const { transitions, classOf, firstOutput } = this;
        let first = 0;
        let second = 0;
        for (let other = middle - this.longest + 1; other < middle; other++)
            second = transitions[second + (classOf[bytes[other] ?? 0] ?? 0)] ?? 0;
        for (let at = 0; at < middle; at++) {
            first = transitions[first + (classOf[bytes[at] ?? 0] ?? 0)] ?? 0;
            second = transitions[second + (classOf[bytes[middle + at] ?? 0] ?? 0)] ?? 0;
            if (first >= firstOutput)
                this.report(first, at, visit);
            if (second >= firstOutput)
                this.report(second, middle + at, keep);
        }
        return second;
    }
    stream(bytes, from, to, visit, initial = 0) {
        const { transitions, classOf, firstOutput } = this;
        let state = initial;
        for (let at = from; at < to; at++) {
            state = transitions[state + (classOf[bytes[at] ?? 0] ?? 0)] ?? 0;
            if (state >= firstOutput)
                this.report(state, at, visit);
        }
    }
    /** The literals that end at `at` (the state reached there). */
    report(state, at, visit) {
        for (const word of this.outputs[(state - this.firstOutput) / this.classes] ?? [])
            visit(at + 1 - (this.lengths[word] ?? 0), word);
    }
}

// EXTERNAL MODULE: ./actions/lib/scan/values.ts
var values = __webpack_require__(146);
;// CONCATENATED MODULE: ./actions/lib/scan/patterns.ts
/**
 * The `secret-pattern` detectors, built from the credential table (credentials.ts). Speed comes from one
 * search for the formats' literal anchors (`glpat-`, `AKIA`, `-----BEGIN `, `://`, `*_TOKEN =`...) over
 * the file's bytes (literals.ts); only the lines where an anchor is found are decoded, and there the
 * formats behind it run their exact (sticky) patterns and checks.
 */






const CODE = new Set("js mjs cjs jsx ts mts cts tsx py rb go java kt kts cs php rs swift scala c h cc cpp hpp m map vue svelte dart lua pl r groovy ex exs erl clj fs".split(" "));
const DOCS = new Set("md markdown mdx txt rst adoc html htm".split(" "));
/** Folders whose files are tests, fixtures, examples or docs. */
const SAMPLE_FOLDERS = new Set("test tests __tests__ testing testdata test-data test_data spec specs __mocks__ mocks fixtures __fixtures__ fixture example examples sample samples demo demos doc docs documentation".split(" "));
const SAMPLE_FILE = /(?:^|[._-])(?:test|tests|spec|example|sample)[._-]|_test\.go$|Tests?\.(?:java|kt|cs|scala)$|^conftest\.py$/i;
/**
 * The default of `sample-paths`: a file under a test, fixture, example or docs folder, or named as a
 * test (`x_test.go`, `test_x.py`, `x.test.ts`, `XTest.java`), or a docs file (`.md`, `.txt`, ...).
 */
function isSamplePath(file) {
    const parts = file.toLowerCase().split("/");
    const name = file.slice(file.lastIndexOf("/") + 1);
    return (parts.slice(0, -1).some((part) => SAMPLE_FOLDERS.has(part)) ||
        SAMPLE_FILE.test(name) ||
        fileKind(file) === "docs");
}
/** By extension; anything unknown counts as configuration, the strictest kind. */
function fileKind(file) {
    const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
    const dot = name.lastIndexOf(".");
    const extension = dot > 0 ? name.slice(dot + 1) : "";
    if (CODE.has(extension))
        return "code";
    if (DOCS.has(extension))
        return "docs";
    return "config";
}
function isWordCode(code) {
    return ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95);
}
/** The match starts a token: no letter, digit or `_` right before it. */
function startsToken(text, at) {
    return at === 0 || !isWordCode(text.charCodeAt(at - 1));
}
function hit(detector, label, index, secret, severity = "error", prefix = "") {
    return { detector, label, severity, index, secret, prefix };
}
// --- Identifiers: a token-shaped match that is code, not a credential ---------------------------------
/**
 * Import lines: `import …` (JavaScript, Python, Go, Java), Python's `from x import`, and only the
 * JavaScript exports that import (`export … from`, `export {`, `export *`): `export NAME=value` is
 * how shells assign secrets.
 */
const IMPORT_LINE = /^\s*(?:import\s|from\s+[\w.]+\s+import\s|export\s*[{*]|export\s.*\bfrom\s+["'])|\brequire\(|\bimport\(/;
const SLASH = 47;
const DOT = 46;
const PAREN = 40;
/**
 * Decided by the characters around the match, as the best scanners do: a call or definition (`name(`),
 * a segment of a dotted or slashed path (`pkg/name/x`, `a.name.b`), or anything on an import line.
 */
function isIdentifierContext(text, start, end) {
    const next = text.charCodeAt(end);
    if (next === PAREN)
        return true;
    const previous = text.charCodeAt(start - 1);
    if ((previous === SLASH || previous === DOT) &&
        (next === SLASH || next === DOT) &&
        isWordCode(text.charCodeAt(end + 1)))
        return true;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    return start - lineStart < 400 && IMPORT_LINE.test(text.slice(lineStart, start));
}
/** Where the anchor literal sits in the shape, and how many fixed characters come before it. */
function anchorOf(format, segments) {
    const at = format.anchor
        ? segments.findIndex((segment) => segment.kind === "literal" && segment.options.includes(format.anchor ?? ""))
        : segments.findIndex((segment) => segment.kind === "literal");
    if (at < 0)
        throw new Error(`credential format ${format.id}: no literal to anchor ${format.shape}`);
    let lead = 0;
    for (const segment of segments.slice(0, at)) {
        const length = segment.kind === "class" && segment.min === segment.max
            ? segment.min
            : segment.kind === "literal" && segment.options.length === 1
                ? (segment.options[0] ?? "").length
                : undefined;
        if (length === undefined)
            throw new Error(`credential format ${format.id}: variable length before its anchor`);
        lead += length;
    }
    return { at, lead };
}
function lastClassCharacters(segments) {
    const last = segments[segments.length - 1];
    return last?.kind === "class" ? (0,shapes/* segmentSource */.TU)(last).slice(2, (0,shapes/* segmentSource */.TU)(last).indexOf("]")) : "";
}
function compile(format) {
    const segments = (0,shapes/* parseShape */.Tr)(format.shape);
    const { at, lead } = anchorOf(format, segments);
    // The token ends where its characters end: no word character (or one of its own class) follows.
    const boundary = `(?![A-Za-z0-9_${lastClassCharacters(segments)}])`;
    const pattern = new RegExp(segments.map(shapes/* segmentSource */.TU).join("") + boundary, "y");
    const anchored = segments.slice(at);
    const literalRun = anchored.findIndex((segment) => segment.kind !== "literal");
    const anchorSegments = anchored.slice(0, literalRun < 0 ? anchored.length : literalRun);
    const samples = (0,shapes/* literalExpansions */.cO)(anchorSegments);
    const prefixes = lead === 0 ? [...samples].sort((a, b) => b.length - a.length) : [];
    const classes = segments.filter((segment) => segment.kind === "class");
    const digitGroups = new Set(classes.flatMap((segment, group) => (segment.name === "digits" ? [group + 1] : [])));
    return {
        matcher: { format, pattern, lead, prefixes, digitGroups },
        anchor: anchorSegments.map(shapes/* segmentSource */.TU).join(""),
        samples,
    };
}
/** Below this entropy the random part of a known format is a made-up value, not a generated one. */
function minimumEntropy(format, body) {
    return Math.min(format.minEntropy ?? 3, Math.log2(body.length) - 1);
}
/** Below this, random letters read as words too often (`VoxJuehzHpyy`) to tell a look-alike by them. */
const LOOK_ALIKE_LENGTH = 16;
/** The longest random part of a match, digits-only groups (ids) aside: where a made-up value shows. */
function longestPart(match, digitGroups) {
    let longest = "";
    for (let group = 1; group < match.length; group++) {
        const part = match[group] ?? "";
        if (!digitGroups.has(group) && part.length > longest.length)
            longest = part;
    }
    return longest;
}
/**
 * All random parts of a match joined, digits-only groups aside: a format of several short groups
 * (1Password's) has its entropy and character classes in all of them together.
 */
function randomPart(match, digitGroups) {
    let body = "";
    for (let group = 1; group < match.length; group++)
        if (!digitGroups.has(group))
            body += match[group] ?? "";
    return body;
}
/**
 * The severity of a shape match: a placeholder or a made-up random part is a note (documentation
 * usually), a real-looking one the format's severity; undefined for an identifier, and for a random
 * part whose checksum fails (tests and docs write those on purpose).
 */
function judge(matcher, match) {
    const { format } = matcher;
    const longest = longestPart(match, matcher.digitGroups);
    const body = randomPart(match, matcher.digitGroups);
    const severity = format.testMode?.test(match[0]) ? "warning" : format.severity;
    // A checksum decides: a valid one is a credential whatever its body spells (`...FAKE...` by chance).
    if (format.valid)
        return format.valid(match[0]) ? severity : (0,values/* isPlaceholder */.wK)(longest) ? "note" : undefined;
    // A look-alike spells words where the format has random characters (`hf_downloadDatasetSnapshot…`).
    if (longest.length >= LOOK_ALIKE_LENGTH && (0,values/* readsAsWords */.z8)(longest))
        return undefined;
    // A placeholder or a made-up random part: documentation, not anyone's credential.
    if ((0,values/* isPlaceholder */.wK)(longest) ||
        (0,values/* entropy */.Ue)(body) < minimumEntropy(format, body) ||
        !(0,values/* hasCharacterClasses */.Kd)(body, format.minClasses ?? 2))
        return "note";
    return severity;
}
/** What may follow a known prefix in documentation: `<token>`, `${TOKEN}`, `{{ token }}`, `xxxx`. */
const PLACEHOLDER_TAIL = /<[^<>\s]{1,64}>|\$\{[^}\s]{1,64}\}|\{\{[^}\n]{1,64}\}\}|[A-Za-z0-9_.*-]{4,120}/y;
function placeholderAfter(text, from) {
    PLACEHOLDER_TAIL.lastIndex = from;
    const tail = PLACEHOLDER_TAIL.exec(text)?.[0];
    if (tail === undefined)
        return undefined;
    if (/^[<$]|^\{\{/.test(tail))
        return tail;
    const alphanumerics = tail.match(/[A-Za-z0-9]/g)?.length ?? 0;
    if (alphanumerics < 3)
        return undefined;
    // A short tail is too easily mostly one character by chance (`8884`, `6646-6866`): only a word or
    // one repeated character makes it a placeholder.
    if (alphanumerics < 12)
        return (0,values/* hasPlaceholderWord */._c)(tail) || /^(.)\1+$/.test(tail) ? tail : undefined;
    return (0,values/* isPlaceholder */.wK)(tail) ? tail : undefined;
}
/** A prefix that names its format on its own (`glpat-`, `sk_live_`): a placeholder after it is documentation. */
function namesItsFormat({ format, prefixes }) {
    return (!format.weakPrefix && prefixes.length > 0 && prefixes.every((prefix) => /^.{2,}[-_.~]$/.test(prefix)));
}
function shapeDetector(matchers) {
    const placeholderFormat = matchers.find(namesItsFormat)?.format;
    return (text, at, anchorEnd) => {
        for (const matcher of matchers) {
            const start = at - matcher.lead;
            if (start < 0 || !startsToken(text, start))
                continue;
            matcher.pattern.lastIndex = start;
            const match = matcher.pattern.exec(text);
            if (!match)
                continue;
            // A value that passes its format's checks is reported wherever it stands (`name(`, a path):
            // the context only tells look-alikes (the placeholder tail below) from documentation.
            const severity = judge(matcher, match);
            if (!severity)
                return undefined;
            const prefix = matcher.prefixes.find((literal) => match[0].startsWith(literal)) ?? "";
            return hit(matcher.format.id, matcher.format.label, start, match[0], severity, prefix);
        }
        if (!placeholderFormat || !startsToken(text, at))
            return undefined;
        const tail = placeholderAfter(text, anchorEnd);
        if (tail === undefined || isIdentifierContext(text, at, anchorEnd + tail.length))
            return undefined;
        const label = `${placeholderFormat.label} placeholder`;
        const prefix = text.slice(at, anchorEnd);
        return hit(placeholderFormat.id, label, at, prefix + tail, "note", prefix);
    };
}
const PRIVATE_KEY_HEADER = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/y;
/** Armor headers, line breaks and escaped line breaks (a key inside a string literal) after BEGIN. */
const PEM_PREAMBLE = /(?:\s|\\[nr]|(?:Proc-Type|DEK-Info|Comment|Version|Hash): [^\n\\]*)*/y;
const PEM_BODY = /(?:[A-Za-z0-9+/=]|\s|\\[nr])+/y;
const privateKey = (text, at) => {
    PRIVATE_KEY_HEADER.lastIndex = at;
    const header = PRIVATE_KEY_HEADER.exec(text);
    if (!header)
        return undefined;
    PEM_PREAMBLE.lastIndex = PRIVATE_KEY_HEADER.lastIndex;
    const preamble = PEM_PREAMBLE.exec(text);
    const bodyStart = PRIVATE_KEY_HEADER.lastIndex + (preamble?.[0].length ?? 0);
    PEM_BODY.lastIndex = bodyStart;
    const verbatim = PEM_BODY.exec(text)?.[0] ?? "";
    const body = verbatim.replace(/\s|\\[nr]/g, "");
    // A PEM parser's string constant has no key material after the header; a real key has lines of it.
    if (body.length < 64 || (0,values/* entropy */.Ue)(body.slice(0, 256)) < 4.5)
        return undefined;
    const encrypted = (header[1] ?? "").startsWith("ENCRYPTED") || preamble?.[0].includes("ENCRYPTED");
    // A passphrase-protected key still leaks when the passphrase is weak, but is not usable as it is.
    const found = hit("private-key", header[1] ?? "private key", bodyStart, body, encrypted ? "warning" : "error");
    return { ...found, verbatim: withoutTrailingBreaks(verbatim) };
};
/** A PEM body without the line breaks (and escaped ones, `\n` in a string) before its END line. */
function withoutTrailingBreaks(text) {
    let end = text.length;
    for (;;) {
        if (/\s/.test(text.charAt(end - 1)))
            end--;
        else if (text.charAt(end - 2) === "\\" && /[nr]/.test(text.charAt(end - 1)))
            end -= 2;
        else
            return text.slice(0, end);
    }
}
/** A break where a wrapped JWT goes on: after a `.`, an optional `\`, the line break and indentation. */
const JWT_BREAK = "(?:\\\\?\\r?\\n[ \\t]+)?";
const JWT = new RegExp(`eyJ[A-Za-z0-9_-]{10,}\\.${JWT_BREAK}eyJ[A-Za-z0-9_-]{10,}\\.${JWT_BREAK}[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])`, "y");
const SAMPLE_CLAIMS = /John Doe|Jane Doe|"1234567890"|example\.(?:com|org|net)/;
function base64UrlJson(part) {
    try {
        return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    }
    catch {
        return undefined;
    }
}
/** The HMAC keys that tutorials and jwt.io sign their example tokens with. */
const EXAMPLE_JWT_KEYS = [
    "secret",
    "your-256-bit-secret",
    "your-secret-key",
    "secret-key",
    "secretkey",
    "my-secret",
    "mysecret",
    "changeme",
];
const HMAC_HASHES = { hs256: "sha256", hs384: "sha384", hs512: "sha512" };
/** A token whose HMAC signature verifies with a key everyone knows is an example, not a credential. */
function signedWithExampleKey(token, alg) {
    const hash = HMAC_HASHES[alg.toLowerCase()];
    if (!hash)
        return false;
    const cut = token.lastIndexOf(".");
    const signature = token.slice(cut + 1);
    return EXAMPLE_JWT_KEYS.some((key) => (0,external_node_crypto_.createHmac)(hash, key).update(token.slice(0, cut)).digest("base64url") === signature);
}
const jwt = (text, at, _anchorEnd, options) => {
    if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1] ?? ""))
        return undefined;
    JWT.lastIndex = at;
    const match = JWT.exec(text);
    if (!match)
        return undefined;
    const token = match[0].replace(/\\?\r?\n[ \t]+/g, "");
    const [header = "", payload = ""] = token.split(".");
    const decodedHeader = base64UrlJson(header);
    const claims = Buffer.from(payload, "base64url").toString("utf8");
    if (typeof decodedHeader?.alg !== "string" || decodedHeader.alg.toLowerCase() === "none")
        return undefined;
    const decoded = base64UrlJson(payload);
    if (typeof decoded !== "object" || SAMPLE_CLAIMS.test(claims))
        return undefined;
    const expired = typeof decoded.exp === "number" && decoded.exp * 1000 < options.now;
    if (signedWithExampleKey(token, decodedHeader.alg))
        return hit("jwt", "JSON Web Token signed with a documentation key", at, match[0], "note", "eyJ");
    return hit("jwt", expired ? "expired JSON Web Token" : "JSON Web Token", at, match[0], expired ? "warning" : "error", "eyJ");
};
const URL_CREDENTIALS = /([^\s:/?#@"'`<>\\]{0,128}):([^\s/?#@"'`<>\\]{1,256})@([A-Za-z0-9._-]+)/y;
const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{1,31}$/;
/** Passwords that documentation writes instead of one: a URL holding one is an example, not a leak. */
const DUMMY_PASSWORDS = new Set("password pass passwd pwd secret root admin postgres mysql guest test user demo changeme token pw p".split(" "));
const SENTRY_DSN = /([0-9a-f]{32})(?::[0-9a-f]{32})?@([A-Za-z0-9.-]+)(?::\d+)?\/\d+/y;
/**
 * A high-entropy value assigned to a secret-named variable is an error where deployed code and
 * configuration live, and a warning in tests, fixtures, examples and docs, which are full of example
 * values and test vectors.
 */
function genericSeverity(options) {
    return options.kind === "docs" || options.sample === true ? "warning" : "error";
}
/**
 * A URL password: a placeholder is nothing, a short or low-entropy one (`s3cret`, `hunter22`) a warning,
 * anything else an error, whatever the host: `user:pw@example.com` in a README is still a real password
 * more often than not.
 */
function urlPasswordSeverity(user, password) {
    if (password === user ||
        DUMMY_PASSWORDS.has(password.toLowerCase()) ||
        /^[$%{<*[(]/.test(password) ||
        (0,values/* isPlaceholder */.wK)(password))
        return undefined;
    return password.length < 12 || (0,values/* entropy */.Ue)(password) < 3 ? "warning" : "error";
}
/** Everything that follows a `scheme://`: a Sentry DSN or a password in the URL. */
const url = (text, at, anchorEnd) => {
    const scheme = SCHEME.exec(text.slice(Math.max(0, at - 32), at))?.[0];
    if (!scheme)
        return undefined;
    SENTRY_DSN.lastIndex = anchorEnd;
    const dsn = SENTRY_DSN.exec(text);
    if (dsn?.[1] && /sentry/i.test(dsn[2] ?? ""))
        return hit("sentry-dsn", "Sentry DSN key", anchorEnd, dsn[1]);
    URL_CREDENTIALS.lastIndex = anchorEnd;
    const credentials = URL_CREDENTIALS.exec(text);
    if (!credentials)
        return undefined;
    const [, user = "", password = ""] = credentials;
    const severity = urlPasswordSeverity(user, password);
    return (severity && hit("url-password", "password in a URL", anchorEnd + user.length + 1, password, severity));
};
/** Secret-like name endings; `key` alone is too common in code (`cacheKey`, `primaryKey`). */
const SECRET_KEY_NAMES = /(?:api|secret|private|access|auth|signing|encryption|master|client|license|account|storage|subscription|session|webhook|admin|write|service|app|deploy|management|sdk|mobile|server)key$/;
const NOT_SECRET_NAMES = /(?:public|pub|publishable|search|searchapi|next|page|continuation|cancellation|sync|resume|refresh_?url|id|csrf|xsrf|authenticity|significant)(?:key|token)$|^(?:key|is\w*|has\w*)$|^(?:nextpublic|nuxtpublic|expopublic)/;
const NAME_CHARS = /[A-Za-z0-9_.-]{0,80}$/;
/** The keyword ends the name, so it is followed by an optional closing quote and the assignment. */
function isSecretName(name) {
    const normalized = name.toLowerCase().replace(/[-_.]/g, "");
    if (NOT_SECRET_NAMES.test(normalized))
        return false;
    // `bypass`, `compass`: only a whole word `pass` (DB_PASS, smtp.pass, dbPass) names a password.
    if (normalized.endsWith("pass") && !/(?:^|[-_.])pass$/i.test(name) && !/[a-z]Pass$/.test(name))
        return false;
    if (!normalized.endsWith("key"))
        return true;
    // Environment-style names (STRIPE_KEY, OPENAI_KEY) are secrets; code identifiers need a telling prefix.
    return (/^[A-Z0-9_]+$/.test(name) && name.length > 3) || SECRET_KEY_NAMES.test(normalized);
}
const QUOTED = { '"': /"([^"\n\\]{1,512})"/y, "'": /'([^'\n\\]{1,512})'/y, "`": /`([^`\n\\$]{1,512})`/y };
const UNQUOTED = /([^\s"'`,;&()[\]{}<>]{1,512})(?![^\s"'`,;&)\]}<>])/y;
const SPACES = /[ \t]*/y;
/** A one-line triple-quoted string (Python, Kotlin): `KEY = """value"""`. */
const TRIPLE_QUOTED = /("""|''')([^"'\n\\]{1,512})\1/y;
/** A value inside a JSON string (a notebook's source line): `\"api_key\": \"value\"`. */
const ESCAPED_QUOTED = /\\"([^"\\\n]{1,512})\\"/y;
function assignedValue(text, from, code) {
    SPACES.lastIndex = from;
    SPACES.exec(text);
    const start = SPACES.lastIndex;
    if (text.startsWith('"""', start) || text.startsWith("'''", start)) {
        TRIPLE_QUOTED.lastIndex = start;
        return TRIPLE_QUOTED.exec(text)?.[2];
    }
    if (text[start] === "\\" && text[start + 1] === '"') {
        ESCAPED_QUOTED.lastIndex = start;
        return ESCAPED_QUOTED.exec(text)?.[1];
    }
    const quote = text[start];
    const pattern = quote === '"' || quote === "'" || quote === "`" ? QUOTED[quote] : code ? undefined : UNQUOTED;
    if (!pattern)
        return undefined;
    pattern.lastIndex = start;
    return pattern.exec(text)?.[1];
}
/** One part of a path that is a word or words: `actions`, `create-github-app-token`, `resources`. */
function isWordSegment(segment) {
    if (segment === "" || (0,values/* readsAsWords */.z8)(segment))
        return true;
    const vowels = segment.match(/[aeiouy]/gi)?.length ?? 0;
    return /^[a-z]{2,}$/i.test(segment) && vowels * 4 >= segment.length;
}
/** A value that could be a generated secret: long, random-looking, with letters and digits, no template. */
function looksGenerated(value) {
    if (value.length < 16 || /\s/.test(value) || /^[$%{<(]|^ENC\[|^encrypted:/.test(value))
        return false;
    // Letters with digits or with both cases: generated keys are not always alphanumeric mixes.
    if (!/[A-Za-z]/.test(value) || !(0,values/* hasCharacterClasses */.Kd)(value, 2) || (0,values/* isPlaceholder */.wK)(value))
        return false;
    // Paths, URLs, dotted names and version strings are configuration, not secrets.
    if (/^[a-z][a-z0-9+.-]*:\/\/|^\.{0,2}\/|^[\w-]+(?:\.[\w-]+){2,}$/i.test(value))
        return false;
    // Names of things (`challengePassword`, `_EllipticCurvePrivateKey`, `?NonExpressionParenEnd`), and
    // paths of them (`actions/create-github-app-token`, `src/main/resources`).
    if ((0,values/* readsAsWords */.z8)(value.replace(/^[^A-Za-z]+/, "")))
        return false;
    if (value.includes("/") && value.split("/").every(isWordSegment))
        return false;
    // Hexadecimal has 16 symbols: a random hex key (or a UUID) of 20 to 40 characters reaches only about 3.5 to 3.8 bits.
    const ceiling = /^[0-9a-f-]+$/i.test(value) ? 3 : 3.5;
    return (0,values/* entropy */.Ue)(value) >= Math.min(ceiling, Math.log2(value.length) - 0.7);
}
/** Any variable name that names a secret (`HF_TOKEN`, `dbPassword`; not `REDIS_HOST`, `cacheKey`). */
function namesSecret(name) {
    const lower = name.toLowerCase();
    return SECRET_WORDS.some((word) => lower.endsWith(word)) && isSecretName(name);
}
/** Calls whose first two arguments are a name and its value: `setProperty("X", "v")`, `os.Setenv`. */
const SETTER_CALL = /(?:setProperty|[Ss]etenv|putenv|SetEnvironmentVariable|\.put|\.set)\(\s*$/;
function generic(text, at, nameEnd, anchorEnd, options) {
    const before = NAME_CHARS.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? "";
    const name = before + text.slice(at, nameEnd);
    // Four digits before the word: the inside of a random value (`…m85kchZR0i0EbkPWD=`), not a name.
    if (!isSecretName(name) || (before.match(/[0-9]/g)?.length ?? 0) >= 4)
        return undefined;
    // `"NAME", "value"` is an assignment only as the arguments of a setter.
    if (text.charCodeAt(anchorEnd - 1) === COMMA) {
        const quote = at - before.length - 1;
        if (!SETTER_CALL.test(text.slice(Math.max(0, quote - 48), quote)))
            return undefined;
    }
    const value = assignedValue(text, anchorEnd, options.kind === "code");
    if (value === undefined || !looksGenerated(value))
        return undefined;
    return hit("generic-secret", `high-entropy value of ${name.slice(0, 60)}`, text.indexOf(value, anchorEnd), value, genericSeverity(options));
}
const CODE_DETECTORS = {
    "private-key": { samples: ["-----BEGIN "], detect: privateKey },
    jwt: { samples: ["eyJ"], detect: jwt },
    url: { samples: ["://"], detect: url },
};
function buildDispatch() {
    const matchersBySample = new Map();
    const codes = new Set();
    for (const format of credentials/* CREDENTIAL_FORMATS */.Z) {
        if (format.detector === "generic")
            continue;
        if (format.detector !== "shape") {
            codes.add(format.detector);
            continue;
        }
        const { matcher, samples } = compile(format);
        for (const sample of samples)
            matchersBySample.set(sample, [...(matchersBySample.get(sample) ?? []), matcher]);
    }
    const own = new Map();
    for (const [sample, matchers] of matchersBySample)
        own.set(sample, [shapeDetector(matchers)]);
    for (const code of codes) {
        for (const sample of CODE_DETECTORS[code].samples)
            own.set(sample, [...(own.get(sample) ?? []), CODE_DETECTORS[code].detect]);
    }
    // `sk-ant-api03-` is also an `sk-`: when no Anthropic shape matches, the OpenAI one may.
    const samples = [...own.keys()].sort((a, b) => b.length - a.length);
    const dispatch = new Map();
    for (const sample of samples) {
        // Its prefixes that are samples too, longest first (the order the longer ones are tried in).
        const shorter = [];
        for (let length = sample.length - 1; length > 0; length--)
            if (own.has(sample.slice(0, length)))
                shorter.push(sample.slice(0, length));
        dispatch.set(sample, [sample, ...shorter].flatMap((anchor) => (own.get(anchor) ?? []).map((detect) => ({ detect, anchorLength: anchor.length }))));
    }
    return dispatch;
}
/** Words that name a secret when an assignment follows them (`API_KEY=`, `"password":`, `token =>`). */
const SECRET_WORDS = [
    "key",
    "token",
    "secret",
    "passphrase",
    "password",
    "passwd",
    "pass",
    "pwd",
    "credentials",
    "credential",
];
/** How names spell them: `apiKey`, `ApiKey`, `API_KEY` (one literal each keeps the search exact and fast). */
const SECRET_WORD_SPELLINGS = SECRET_WORDS.flatMap((word) => [
    word,
    (word[0] ?? "").toUpperCase() + word.slice(1),
    word.toUpperCase(),
]);
const DISPATCH = buildDispatch();
const SAMPLES = [...DISPATCH.keys()];
const URL_SAMPLE = SAMPLES.indexOf("://");
const SEARCH = new LiteralSearch([...SAMPLES, ...SECRET_WORD_SPELLINGS]);
const [QUOTE, APOSTROPHE, BACKTICK, SPACE, TAB, COLON, EQUALS, GREATER, AT, NEWLINE, CLOSE_BRACKET] = [
    34, 39, 96, 32, 9, 58, 61, 62, 64, 10, 93,
];
const [DASH, BACKSLASH] = [45, 92];
const [QUESTION, PLUS, COMMA, OPEN_BRACE, CLOSE_BRACE, LESS, STAR] = [63, 43, 44, 123, 125, 60, 42];
const VALUE_ATTRIBUTE = Buffer.from("value=");
const isQuoteByte = (code) => code === QUOTE || code === APOSTROPHE || code === BACKTICK;
/** `=` that is not `==`, at `at`: where the value starts after it, or -1. */
function equalsAt(bytes, at) {
    if (bytes[at] !== EQUALS)
        return -1;
    if (bytes[at + 1] === GREATER)
        return at + 2;
    return bytes[at + 1] === EQUALS ? -1 : at + 1;
}
/**
 * A line that assigns with a space (`ENV NAME value`, `ARG`, `setenv NAME value`, fish's `set -x NAME
 * value`, .netrc's `password value`): the name at `nameStart` is the line's first word or follows one
 * of those keywords.
 */
const SPACE_ASSIGNMENT_LINE = /^[ \t]*(?:(?:ENV|ARG|setenv|set(?:[ \t]+-[A-Za-z]+)+|machine[ \t].*)[ \t]+)?$/;
function spaceAssignment(bytes, nameStart) {
    let lineStart = nameStart;
    while (lineStart > 0 && nameStart - lineStart < 240 && bytes[lineStart - 1] !== NEWLINE)
        lineStart--;
    if (lineStart > 0 && bytes[lineStart - 1] !== NEWLINE)
        return false;
    return SPACE_ASSIGNMENT_LINE.test(Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, nameStart - lineStart).toString("latin1"));
}
/**
 * Where the value of an assignment starts after a secret word that ends at `from`, or -1: the word
 * must end the name, then come an assignment operator (`=`, `:`, `:=`, `::=`, `?=`, `.=`, `+=`, `=>`),
 * a quoted name's closing quote (`"api_key":`, `\"api_key\":` in a notebook's JSON string, a call's
 * `("NAME", "value")`), an XML element's `>`, a C# property's `{ get; set; } =`, a Go type
 * (`var apiKey string =`), or a space after a name that a keyword line assigns (`ENV NAME value`).
 * The text detector checks what the bytes can only suggest (the `<` of an element, the call).
 */
function assignmentEnd(bytes, nameStart, from) {
    let at = from;
    let quoted = false;
    if (bytes[at] === BACKSLASH && isQuoteByte(bytes[at + 1])) {
        at += 2;
        quoted = true;
    }
    else if (isQuoteByte(bytes[at])) {
        at++;
        quoted = true;
    }
    if (!quoted && bytes[at] === GREATER)
        return bytes[nameStart - 1] === LESS ? at + 1 : -1;
    const afterName = at;
    while (bytes[at] === SPACE || bytes[at] === TAB)
        at++;
    const operator = bytes[at];
    if (operator === COLON) {
        // `${NAME:-default}` and its kin are a shell's defaults, not assignments.
        if (bytes[at + 1] === DASH || bytes[at + 1] === QUESTION || bytes[at + 1] === PLUS)
            return -1;
        if (bytes[at + 1] === COLON && bytes[at + 2] === EQUALS)
            return at + 3;
        return bytes[at + 1] === EQUALS ? at + 2 : at + 1;
    }
    if (operator === EQUALS)
        return equalsAt(bytes, at);
    if ((operator === QUESTION || operator === DOT || operator === PLUS) && bytes[at + 1] === EQUALS)
        return at + 2;
    if (operator === COMMA)
        return quoted ? at + 1 : -1;
    // `<add key="ApiKey" value="..." />` (.NET app settings): the value is the next attribute.
    if (quoted && at > afterName && VALUE_ATTRIBUTE.equals(bytes.subarray(at, at + VALUE_ATTRIBUTE.length)))
        return at + VALUE_ATTRIBUTE.length;
    if (operator === OPEN_BRACE && !quoted) {
        let close = at + 1;
        while (close < at + 48 && bytes[close] !== CLOSE_BRACE && bytes[close] !== NEWLINE)
            close++;
        if (bytes[close] !== CLOSE_BRACE)
            return -1;
        close++;
        while (bytes[close] === SPACE || bytes[close] === TAB)
            close++;
        return equalsAt(bytes, close);
    }
    if (at === afterName || quoted || operator === undefined)
        return -1;
    if (isWordCode(operator)) {
        // A type between the name and `=` (Go, Kotlin without the colon), or the value of a keyword line.
        let typeEnd = at;
        while (isWordCode(bytes[typeEnd] ?? 0) || bytes[typeEnd] === DOT || bytes[typeEnd] === STAR)
            typeEnd++;
        let next = typeEnd;
        while (bytes[next] === SPACE || bytes[next] === TAB)
            next++;
        if (next > typeEnd && bytes[next] === EQUALS)
            return equalsAt(bytes, next);
    }
    if (operator === NEWLINE || operator === 13)
        return -1;
    return spaceAssignment(bytes, nameStart) ? at : -1;
}
/** Bytes of a name before a secret word (NAME_CHARS): `HF_` of `HF_TOKEN`, `smtp.` of `smtp.password`. */
const NAME_BYTES = new Uint8Array(256);
for (const range of ["AZ", "az", "09"])
    for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++)
        NAME_BYTES[code] = 1;
for (const code of [95, DOT, DASH])
    NAME_BYTES[code] = 1;
/** Bytes that end the user and password part of a URL (whitespace, `/?#"'\`<>\\`). */
const URL_STOP = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 47, 63, 35, 34, 39, 96, 60, 62, 92])
    URL_STOP[code] = 1;
/** Credentials (or a DSN key) follow `://` only when an `@` comes before the end of the authority. */
function credentialsAhead(bytes, from) {
    const end = Math.min(bytes.length, from + 386);
    for (let at = from; at < end; at++) {
        const code = bytes[at] ?? 0;
        if (code === AT)
            return true;
        if (URL_STOP[code] === 1)
            return false;
    }
    return false;
}
/**
 * The occurrences worth a detector, as (start, literal, anchor end) triples. Secret words need an
 * assignment after them and `://` an `@` ahead: checked on the bytes, so that a file whose occurrences
 * all fail (most source files) is never decoded.
 */
function candidates(bytes) {
    const kept = [];
    SEARCH.forEach(bytes, (at, word) => {
        const end = at + (SEARCH.words[word]?.length ?? 0);
        let anchorEnd = end;
        if (word >= SAMPLES.length) {
            let nameStart = at;
            while (nameStart > 0 && at - nameStart < 80 && NAME_BYTES[bytes[nameStart - 1] ?? 0] === 1)
                nameStart--;
            anchorEnd = assignmentEnd(bytes, nameStart, end);
            if (anchorEnd < 0)
                return;
        }
        else if (word === URL_SAMPLE && !credentialsAhead(bytes, end))
            return;
        // Occurrences come by end; callers want them by start, longest first at one start. A longer
        // literal ends later than a shorter one at its start, and rarely than one that starts after it:
        // moving the new one back past those few keeps the list in order.
        let place = kept.length;
        kept.push(at, word, anchorEnd);
        while (place >= 3) {
            const before = kept[place - 3] ?? 0;
            const beforeLength = SEARCH.words[kept[place - 2] ?? 0]?.length ?? 0;
            if (before < at || (before === at && beforeLength >= end - at))
                break;
            kept.copyWithin(place, place - 3, place);
            kept[place - 3] = at;
            kept[place - 2] = word;
            kept[place - 1] = anchorEnd;
            place -= 3;
        }
    });
    return kept;
}
function detectAt(text, at, word, anchorEnd, options) {
    const literal = SAMPLES[word];
    if (literal === undefined)
        return generic(text, at, at + (SEARCH.words[word]?.length ?? 0), anchorEnd, options);
    for (const { detect, anchorLength } of DISPATCH.get(literal) ?? []) {
        const found = detect(text, at, at + anchorLength, options);
        if (found)
            return found;
    }
    return undefined;
}
const PRIVATE_KEY_ANCHOR = "-----BEGIN ";
const PRIVATE_KEY_WORDS = Buffer.from("PRIVATE KEY");
/** Bytes of a PEM header's words (`RSA PRIVATE KEY-----`), and of its body (base64, `\s`, `\n` escapes). */
const [HEADER_BYTES, BODY_BYTES] = [new Uint8Array(256), new Uint8Array(256)];
for (const range of ["AZ", "09"])
    for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++)
        HEADER_BYTES[code] = 1;
for (const code of [SPACE, DASH])
    HEADER_BYTES[code] = 1;
for (const range of ["AZ", "az", "09"])
    for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++)
        BODY_BYTES[code] = 1;
for (const code of [43, 47, EQUALS, BACKSLASH, 9, 10, 11, 12, 13, 32, 0xa0])
    BODY_BYTES[code] = 1;
const PREAMBLE_NAMES = ["Proc-Type: ", "DEK-Info: ", "Comment: ", "Version: ", "Hash: "].map((name) => Buffer.from(name));
/**
 * Where the private key detector stops reading at the latest: past the header's words, its body and
 * armor lines (a bound, not a parse: a superset of what PRIVATE_KEY_HEADER, PEM_PREAMBLE and PEM_BODY
 * can match).
 */
function privateKeyEnd(bytes, from) {
    let at = from;
    while (at < bytes.length && HEADER_BYTES[bytes[at] ?? 0] === 1)
        at++;
    while (at < bytes.length) {
        if (BODY_BYTES[bytes[at] ?? 0] === 1) {
            at++;
            continue;
        }
        const name = PREAMBLE_NAMES.find((candidate) => bytes.subarray(at, at + candidate.length).equals(candidate));
        if (!name)
            break;
        at += name.length;
        while (at < bytes.length && bytes[at] !== NEWLINE && bytes[at] !== BACKSLASH)
            at++;
    }
    return at;
}
/**
 * The text a detector runs on for the candidate at `at`: the candidate's whole line(s), decoded. Every
 * detector looks only within the line of its anchor (no character class or literal of a format holds a
 * line break, and the look-behinds stop at it), except a private key's body, which runs over lines up
 * to privateKeyEnd. Decoding lines instead of whole files is most of what makes a large scan fast:
 * most files with a candidate hold no secret.
 */
function lineText(bytes, at, anchorEnd, word) {
    const start = (0,lines/* lineStartAt */.CM)(bytes, at);
    // `-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----` has the most words before `PRIVATE KEY`.
    const privateKey = SAMPLES[word] === PRIVATE_KEY_ANCHOR &&
        bytes.subarray(anchorEnd, anchorEnd + 32).indexOf(PRIVATE_KEY_WORDS) !== -1;
    let lineEnd = (0,lines/* lineEndAt */.fT)(bytes, privateKey ? privateKeyEnd(bytes, anchorEnd) : anchorEnd);
    if (SAMPLES[word] === JWT_ANCHOR)
        lineEnd = jwtContinuationEnd(bytes, lineEnd);
    // With its newline: the text ends where the line does.
    const end = Math.min(bytes.length, lineEnd + 1);
    return { start, text: bytes.toString("latin1", start, end) };
}
const JWT_ANCHOR = "eyJ";
/**
 * A JWT wrapped after a `.` (`.\` in a .properties file, or a plain line break and indentation in
 * YAML or docs) goes on over the next lines: where the last of them ends, at most two more.
 */
function jwtContinuationEnd(bytes, lineEnd) {
    let end = lineEnd;
    for (let more = 0; more < 2 && end < bytes.length; more++) {
        let last = end - 1;
        if (bytes[last] === 13)
            last--;
        if (bytes[last] === BACKSLASH)
            last--;
        if (bytes[last] !== DOT)
            break;
        let next = end + 1;
        while (bytes[next] === SPACE || bytes[next] === TAB)
            next++;
        if (next === end + 1 || !isWordCode(bytes[next] ?? 0))
            break;
        end = (0,lines/* lineEndAt */.fT)(bytes, next);
    }
    return end;
}
const COMMENT_START = /^[ \t]*(?:\/\/|\/\*|\*|#)/;
const ESCAPED_NEWLINE = Buffer.from("\\n");
/** What stands before a string that is a value, not a docstring: an assignment, a call, a list. */
const STRING_VALUE_BEFORE = /[=(,:[{]\s*[rRbBuUfF]{0,2}$/;
const TRIPLE_QUOTES = [Buffer.from('"""'), Buffer.from("'''")];
/**
 * In source code, a value on a comment line (`//`, `#`, `/*`, ` * ` of a doc comment, also
 * after a `\n` escape, as in a source map's embedded sources) or in a Python docstring is
 * documentation: examples live there, and the code that runs does not read them.
 */
function inCodeDocumentation(text, index, docstrings) {
    const { bytes } = text;
    let start = text.lines.startAt(index);
    // The last `\n` that ends before the hit, if it is on the hit's line.
    const escaped = text.escapedNewlines.lastAtOrBefore(index - ESCAPED_NEWLINE.length);
    if (escaped >= start)
        start = escaped + ESCAPED_NEWLINE.length;
    if (COMMENT_START.test(bytes.toString("latin1", start, Math.min(index, start + 64))))
        return true;
    if (!docstrings)
        return false;
    // Inside a docstring when an odd number of triple quotes comes before (asked only for hits), and the
    // one that opened it is not a value (`KEY = """…`, `f("""…`).
    return TRIPLE_QUOTES.some((quotes) => {
        let count = 0;
        let opening = -1;
        for (let at = bytes.indexOf(quotes); at !== -1 && at < index; at = bytes.indexOf(quotes, at + 3)) {
            count++;
            opening = at;
        }
        if (count % 2 === 0)
            return false;
        const before = bytes.toString("latin1", (0,lines/* lineStartAt */.CM)(bytes, opening), opening);
        return !STRING_VALUE_BEFORE.test(before);
    });
}
function indentationAt(bytes, lineStart) {
    let at = lineStart;
    while (bytes[at] === SPACE || bytes[at] === TAB)
        at++;
    return at - lineStart;
}
/** A key that opens an example in an API description or schema (OpenAPI, JSON Schema): `"examples": {`. */
const EXAMPLE_KEY = /^[ \t-]*["']?(?:examples?|x-examples?|sample(?:Value)?)["']?[ \t]*:/;
/**
 * How far above a value its parents are looked for: the same in a whole file and in a window of a
 * large one (which reads this much before its own part), so both give the same answer.
 */
const PARENT_BYTES = 256 << 10;
/**
 * A value inside an `example` or `examples` block of a JSON or YAML document (an API description's
 * sample response, a schema's example): the document says it is an example. The parents are the
 * lines above with less indentation, within PARENT_BYTES.
 */
function insideExampleBlock(text, index) {
    const { bytes } = text;
    let lineStart = text.lines.startAt(index);
    let indent = indentationAt(bytes, lineStart);
    const limit = index - PARENT_BYTES;
    while (lineStart > 0 && indent > 0) {
        lineStart = (0,lines/* lineStartAt */.CM)(bytes, lineStart - 1);
        // A line that starts beyond the limit is not read, in a whole file as in a window of it.
        if (lineStart <= limit)
            return false;
        const lineIndent = indentationAt(bytes, lineStart);
        if (lineIndent >= indent || bytes[lineStart + lineIndent] === NEWLINE)
            continue;
        indent = lineIndent;
        if (EXAMPLE_KEY.test(bytes.toString("latin1", lineStart, Math.min(bytes.length, lineStart + 96))))
            return true;
    }
    return false;
}
const API_DESCRIPTION = /^[\s{]*["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*["']?[23]\./m;
/** An OpenAPI or Swagger description, by its first bytes (a window of a large one reads them too). */
function isApiDescription(head) {
    return API_DESCRIPTION.test((0,lines/* asBuffer */.bS)(head).toString("latin1", 0, Math.min(head.length, 4096)));
}
/** Values the providers publish in their documentation (the table's `published`): notes, not secrets. */
const PUBLISHED = new Set(credentials/* CREDENTIAL_FORMATS */.Z.flatMap((format) => format.published ?? []).map(({ value }) => value));
function asPublished(hit) {
    return PUBLISHED.has(hit.secret)
        ? { ...hit, severity: "note", label: `${hit.label} (the provider's documentation example)` }
        : hit;
}
/**
 * Every secret in the bytes, in order, with offsets into the bytes (and into their Latin-1 decoding:
 * the same offsets). Values inside SOPS `ENC[...]` and dotenvx `encrypted:` values never count.
 */
function findSecrets(bytes, options) {
    const found = candidates(bytes);
    // Most files hold no candidate at all: nothing of them is decoded.
    if (found.length === 0)
        return [];
    const buffer = (0,lines/* asBuffer */.bS)(bytes);
    const hits = [];
    const text = new HitText(buffer);
    let covered = 0;
    let previous = -1;
    let line;
    for (let triple = 0; triple < found.length; triple += 3) {
        const at = found[triple] ?? 0;
        // At one start only the longest literal runs: its detectors include those of its prefixes.
        if (at === previous || at < covered)
            continue;
        previous = at;
        const word = found[triple + 1] ?? 0;
        const anchorEnd = found[triple + 2] ?? 0;
        // A private key's text runs over the lines after its header: a line decoded for an earlier
        // candidate (`export KEY="-----BEGIN…`) is too short for it.
        if (!line || anchorEnd >= line.end || SAMPLES[word] === PRIVATE_KEY_ANCHOR) {
            const decoded = lineText(buffer, at, anchorEnd, word);
            line = { ...decoded, end: decoded.start + decoded.text.length };
        }
        const inLine = detectAt(line.text, at - line.start, word, anchorEnd - line.start, options);
        if (!inLine)
            continue;
        let hit = asPublished({ ...inLine, index: inLine.index + line.start });
        if (hit.severity !== "note" && insideExampleBlock(text, hit.index))
            hit = { ...hit, severity: "note", label: `${hit.label} (in an example block)` };
        else if (hit.severity === "error" &&
            options.kind === "code" &&
            inCodeDocumentation(text, hit.index, options.docstrings === true))
            hit = { ...hit, severity: "warning", label: `${hit.label} in documentation of the code` };
        else if (hit.severity === "error" && options.apiDescription === true)
            hit = { ...hit, severity: "warning", label: `${hit.label} in an API description` };
        if (isEncryptedValue(text, hit.index))
            continue;
        hits.push(hit);
        // A generic assignment's value may hold a known token (`apiKey: "AIza..."`): let the specific
        // detector inside it run, and keep only its hit.
        if (hit.detector !== "generic-secret")
            covered = hit.index + hit.secret.length;
    }
    return withoutCoveredGeneric(hits);
}
/** Where a value starts: after JavaScript's `\s` (within Latin-1, as the text detectors see it), a quote or `=`. */
const VALUE_START = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, QUOTE, APOSTROPHE, EQUALS])
    VALUE_START[code] = 1;
const ENC_OPEN = Buffer.from("ENC[");
const DOTENVX_PREFIX = Buffer.from("encrypted:");
/**
 * The bytes a file's hits are judged on, with what the judging asks of them again and again, found once:
 * the line around a hit, and where `ENC[` and a `\n` escape occur. Each hit then costs the same, however
 * long its line (a minified file's hits all share one).
 */
class HitText {
    bytes;
    lines;
    encryptedOpenings;
    escapedNewlines;
    constructor(bytes) {
        this.bytes = bytes;
        this.lines = new lines/* LineBounds */.oS(bytes);
        this.encryptedOpenings = new lines/* Occurrences */.R8((from) => bytes.indexOf(ENC_OPEN, from));
        this.escapedNewlines = new lines/* Occurrences */.R8((from) => bytes.indexOf(ESCAPED_NEWLINE, from));
    }
}
/**
 * SOPS `ENC[...]` values and dotenvx `encrypted:` values are ciphertext, whatever they contain. Asked
 * only for hits, on the bytes: an `ENC[` earlier on the hit's line without its `]` before the hit, or
 * `encrypted:` where the hit's value starts.
 */
function isEncryptedValue(text, index) {
    const { bytes } = text;
    const open = text.encryptedOpenings.lastAtOrBefore(index);
    if (open !== -1 && open >= text.lines.startAt(index)) {
        const close = bytes.indexOf(CLOSE_BRACKET, open);
        if (close === -1 || close >= index)
            return true;
    }
    let start = index;
    while (start > 0 && VALUE_START[bytes[start - 1] ?? 0] !== 1)
        start--;
    return bytes.subarray(start, start + DOTENVX_PREFIX.length).equals(DOTENVX_PREFIX);
}
/**
 * A generic assignment that overlaps a specific token's hit is dropped for it. Hits come in text order,
 * so overlaps are found in one pass over the hits sorted by start, not by comparing every pair.
 */
function withoutCoveredGeneric(hits) {
    const order = hits.map((hit, position) => ({ hit, position })).sort((a, b) => a.hit.index - b.hit.index);
    const covered = new Set();
    for (const [at, { hit, position }] of order.entries()) {
        const end = hit.index + hit.secret.length;
        // Every overlap is seen from the hit that starts first: the later hits that start before its end.
        for (let next = at + 1; next < order.length && (order[next]?.hit.index ?? Infinity) < end; next++) {
            covered.add(position);
            covered.add(order[next]?.position ?? -1);
        }
    }
    return hits.filter((hit, position) => hit.detector !== "generic-secret" || !covered.has(position));
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ verifyMac),
/* harmony export */   _M: () => (/* binding */ sopsFindings),
/* harmony export */   d2: () => (/* binding */ sopsStatusOf)
/* harmony export */ });
/* harmony import */ var _sops_cipher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2581);
/* harmony import */ var _sops_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1037);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _sops_formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1481);
/* harmony import */ var _sops_inspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6040);
/* harmony import */ var _sops_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7616);
/* harmony import */ var _sops_tree_cipher_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1635);
/* harmony import */ var _sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(840);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(967);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4801);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(701);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(146);












/**
 * What the file is, when it can be a SOPS file at all: source code and docs quote SOPS files in strings,
 * so only data files (by extension) and config files are inspected.
 */
function sopsStatusOf(file, bytes, text) {
    if (!(0,_sops_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .formatForPath */ .G9)(file) && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_8__/* .fileKind */ .h_)(file) !== "config")
        return { kind: "plain" };
    // Every SOPS file, whole or broken, holds `sops` (its metadata) or `ENC[` (its values): a file with
    // neither is plain without being decoded.
    const raw = (0,_lines_js__WEBPACK_IMPORTED_MODULE_11__/* .asBuffer */ .bS)(bytes);
    if (!raw.includes("sops") && !raw.includes("ENC["))
        return { kind: "plain" };
    return (0,_sops_inspect_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectSops */ .e)(file, bytes, text());
}
function plaintextValues(file, text, status) {
    const { metadata } = status;
    const problems = [];
    const broken = (problem) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-value-not-encrypted", file, 1, `${file} has broken sops metadata: ${problem}`, problem);
    if (metadata.mac === "")
        problems.push(broken("no MAC"));
    const leaves = (0,_sops_tree_cipher_js__WEBPACK_IMPORTED_MODULE_6__/* .selectLeaves */ .Tb)(status.branches, {
        rule: metadata.cryptRule,
        macOnlyEncrypted: metadata.macOnlyEncrypted,
    });
    const lines = new _lines_js__WEBPACK_IMPORTED_MODULE_11__/* .LineIndex */ .rr(text);
    for (const leaf of leaves) {
        if (!leaf.encrypted || (typeof leaf.value === "string" && (0,_sops_cipher_js__WEBPACK_IMPORTED_MODULE_0__/* .isEncryptedValue */ .m2)(leaf.value)))
            continue;
        const where = (0,_sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPath */ .jV)(leaf.location) || "(root)";
        const shown = typeof leaf.value === "string" ? `: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .redact */ .E$)(leaf.value)}` : "";
        problems.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-value-not-encrypted", file, (0,_sops_inspect_js__WEBPACK_IMPORTED_MODULE_4__/* .keyLine */ .Y)(text, lines, leaf.location), `${where} is plaintext but ${metadata.cryptRule.name}: ${metadata.cryptRule.value} says it must be encrypted${shown}`, where));
    }
    return problems;
}
function recipientsDrift(file, setup, metadata, rule) {
    const comparison = (0,_sops_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .compareRecipients */ .Wm)(metadata.keyGroups, rule);
    // A rule without age recipients (PGP/KMS only) cannot be compared with age recipients.
    if (!comparison.comparable || comparison.inSync)
        return [];
    const { missing, unnamedOtherKeys } = comparison;
    const extra = [...comparison.extra, ...unnamedOtherKeys];
    const rules = `creation rule ${rule.index + 1} of ${setup.file}`;
    const parts = [
        missing.length > 0 ? `missing ${missing.join(", ")}` : "",
        extra.length > 0 ? `extra ${extra.join(", ")}` : "",
    ].filter((part) => part !== "");
    const what = parts.length > 0 ? parts.join("; ") : "the same recipients in different key groups";
    return [
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-recipients-drift", file, 1, `${file}: age recipients differ from ${rules}: ${what}; run \`sops updatekeys ${file}\``, `${[...missing].sort().join(",")}|${[...extra].sort().join(",")}|${comparison.regrouped ? "regrouped" : ""}`),
    ];
}
/** All SOPS findings of one file. `drift` is off for content that is not the current tree (history). */
function sopsFindings(file, status, text, setup, { drift = true } = {}) {
    const rule = (0,_sops_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .creationRuleFor */ .rV)(setup, file);
    switch (status.kind) {
        case "plain":
            // A rule without path_regex is sops' default for `sops encrypt`, not a claim on every file.
            return rule?.pathRegex
                ? [
                    (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-rule-not-encrypted", file, 1, `${file} matches creation rule ${rule.index + 1} (path_regex ${rule.pathRegex}) of ${setup?.file ?? ".sops.yaml"} but is not a SOPS file`, ""),
                ]
                : [];
        case "broken":
            return [
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-value-not-encrypted", file, 1, `${file} is not a valid ${status.format} SOPS file: ${status.problem}`, status.problem),
            ];
        case "sops":
            return [
                ...plaintextValues(file, text(), status),
                ...(drift && rule && setup ? recipientsDrift(file, setup, status.metadata, rule) : []),
            ];
    }
}
/**
 * With a key: decrypt to check the MAC (the plaintext is dropped at once). A file none of the keys opens
 * is not a finding: it is returned as a note.
 */
async function verifyMac(file, bytes, format, identities) {
    try {
        // The engine (and its ciphers) is loaded only when a key is given: a plain scan never needs it.
        const { decrypt } = await Promise.all(/* import() */[__webpack_require__.e(569), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 1472));
        await decrypt(bytes, { format, identities });
        return {};
    }
    catch (error) {
        if (error instanceof _sops_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsError */ .gb && error.code === "MAC_MISMATCH") {
            return {
                finding: (0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .newFinding */ .iD)("sops-value-not-encrypted", file, 1, `${file}: ${error.message}`, "mac"),
            };
        }
        return { note: `${file}: MAC not verified: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeUnknown */ .Ee)(error)}` };
    }
}


/***/ })

};
;
//# sourceMappingURL=394.index.js.map