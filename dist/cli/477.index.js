"use strict";
exports.id = 477;
exports.ids = [477,472];
exports.modules = {

/***/ 5940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dw: () => (/* binding */ loadRotationPolicy),
  QK: () => (/* binding */ rotationFiles),
  NB: () => (/* binding */ sopsRevisionsOfPaths),
  Rv: () => (/* binding */ sopsSecrets)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/sops-config.ts
var sops_config = __webpack_require__(7958);
// EXTERNAL MODULE: ./actions/lib/env/flatten.ts
var flatten = __webpack_require__(2932);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/rotation/policy.ts
var policy = __webpack_require__(2163);
// EXTERNAL MODULE: ./actions/lib/scan/policy.ts
var scan_policy = __webpack_require__(2134);
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

// EXTERNAL MODULE: ./actions/lib/rotation/report.ts
var report = __webpack_require__(6419);
// EXTERNAL MODULE: ./actions/lib/sops/engine.ts
var engine = __webpack_require__(1472);
// EXTERNAL MODULE: ./actions/lib/sops/formats.ts + 8 modules
var formats = __webpack_require__(1481);
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
const digest = (value, key = DIGEST_KEY) => (0,external_node_crypto_.createHmac)("sha256", key).update(value).digest("hex");
/** The flattened name of a leaf: its map keys down to the first list (a list is one variable). */
function nameOf(location) {
    const end = location.findIndex((part) => typeof part === "number");
    return end === -1 ? location : location.slice(0, end);
}
async function readRevision(meta, bytes, identities, keepValues, notice, unwrapped) {
    const format = (0,formats/* formatForPath */.G9)(meta.path) ?? (0,formats/* detectEncryptedFormat */.X$)(meta.path, bytes);
    const status = (0,inspect/* inspectSops */.e)(meta.path, bytes, bytes.toString("utf8"));
    if (status.kind === "broken")
        notice(`${meta.path} at commit ${meta.commit.slice(0, 12)} has broken SOPS metadata (${status.problem}): that revision is skipped`);
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
    const ciphertexts = new Map((0,flatten/* flattenDocuments */.d)(status.branches, leaves, DELIMITER)
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
        const decrypted = await (0,engine.decrypt)(bytes, {
            format,
            identities,
            parsed: { branches: status.branches, metadata },
            ...(cachedKey ? { dataKey: cachedKey } : {}),
        });
        if (!cachedKey)
            unwrapped.set(wrapped, decrypted.dataKey);
        const plain = (0,flatten/* flattenDocuments */.d)(decrypted.branches, decrypted.leaves, DELIMITER).filter((entry) => entry.secret);
        const plaintexts = new Map(plain.map((entry) => [entry.name, digest(entry.value)]));
        const values = keepValues ? new Map(plain.map((entry) => [entry.name, entry.value])) : undefined;
        return {
            revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts },
            metadata,
            dataKey: digest(decrypted.dataKey),
            ...(values ? { values } : {}),
            ...known,
        };
    }
    catch (error) {
        notice(`${meta.path} at commit ${meta.commit.slice(0, 12)} cannot be decrypted (${(0,errors/* describeUnknown */.Ee)(error)}): its ages are compared by ciphertext there and marked inexact`);
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
    const unwrapped = new Map();
    for (const [index, meta] of metas.entries()) {
        const bytes = blobs[index];
        read.push(bytes ? await readRevision(meta, bytes, identities, keep(index), notice, unwrapped) : undefined);
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
        digest: digest(value, digestKey),
        weak: (0,report/* isWeakValue */.ih)(name, value),
    }));
    return { secrets, facts };
}
/** The rotation policy file (repository-relative); the default name may be absent, another may not. */
function loadRotationPolicy(root, file, defaultFile) {
    const absolute = external_node_path_default().resolve(root, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        if (file === defaultFile)
            return policy/* DEFAULT_POLICY */.zj;
        throw new errors/* ConfigurationError */.j1(`policy: ${file} does not exist in ${root}: fix the path or remove it`);
    }
    return (0,policy/* parseRotationPolicy */.IR)((0,external_node_fs_.readFileSync)(absolute, "utf8"), file);
}
function sopsSetup(root) {
    const file = (0,sops_config/* locateSopsConfig */.ah)(root);
    if (!file)
        return undefined;
    const relative = external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join("/");
    return {
        config: (0,sops_config/* readSopsConfig */.aU)(file, relative).config,
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
        const files = tracked.filter((0,scan_policy/* globMatcher */.fU)(globs));
        if (files.length === 0)
            throw new errors/* ConfigurationError */.j1(`files: ${globs.join(", ")} matches no tracked file: fix the globs`);
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


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ flattenDocuments)
/* harmony export */ });
/* harmony import */ var _sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8866);
/**
 * Turning decrypted SOPS documents into flat name/value pairs for environment variables and dotenv
 * files: nested maps joined with a delimiter (pydantic-settings' `env_nested_delimiter`), lists as one
 * JSON string (how pydantic-settings reads complex fields), and for every pair whether it came from
 * encrypted values (those are secrets; unencrypted ones are configuration).
 */


function compactJson(value) {
    if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(value)) {
        return `{${value
            .entries()
            .map((entry) => `${JSON.stringify(entry.key)}:${compactJson(entry.value)}`)
            .join(",")}}`;
    }
    if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(value)) {
        return `[${value
            .filter((item) => !(item instanceof _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .Comment */ .Mw))
            .map((item) => compactJson(item))
            .join(",")}]`;
    }
    if (value === null)
        return "null";
    if (typeof value === "bigint")
        return value.toString();
    if (typeof value === "number")
        return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value));
    if (typeof value === "boolean")
        return String(value);
    if (value instanceof _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsTime */ .nA || value instanceof Uint8Array)
        return JSON.stringify((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value));
    return JSON.stringify(value);
}
/**
 * A scalar as an environment variable: floats in JSON's form, so that the integral floats of old sops
 * JSON files (`7` stored as `type:float`) read `7`, not sops' dotenv form `7.0`.
 */
function scalarText(value) {
    return typeof value === "number" && Number.isFinite(value)
        ? (0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFloatJson */ .Ak)(value)
        : (0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value);
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
            parts.push((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(leaf.value));
            encrypted.set(key, parts);
        }
    }
    const entries = [];
    const visit = (value, document, location) => {
        if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(value)) {
            for (const entry of value.entries())
                visit(entry.value, document, [...location, entry.key]);
            return;
        }
        const secretParts = encrypted.get(locationKey(document, location)) ?? [];
        entries.push({
            name: location.join(delimiter),
            value: (0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(value) ? compactJson(value) : scalarText(value),
            secret: secretParts.length > 0,
            secretParts,
        });
    };
    branches.forEach((branch, document) => {
        visit(branch, document, []);
    });
    return entries;
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ ROTATE_REMINDER)
/* harmony export */ });
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


/***/ }),

/***/ 2163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ parseRotationPolicy),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports BUILT_IN_DEFAULTS, parseDays */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const at = (node) => `${source}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
    const fail = (node, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${at(node)}: ${message}`);
    };
    if (document.errors.length > 0) {
        const [error] = document.errors;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}:${error?.linePos?.[0].line ?? 1}: not valid YAML (${error?.code ?? "syntax"}): fix the syntax`);
    }
    const root = document.contents;
    if (root === null)
        return { ...DEFAULT_POLICY, source };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        return fail(root, "must be a mapping with `defaults:` and `secrets:`");
    const days = (node, what) => {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? String(node.value) : "";
        const parsed = parseDays(value);
        if (parsed === undefined)
            return fail(node, `${what} must be a duration such as 90d or 12w, not "${value.slice(0, 20)}"`);
        return parsed;
    };
    const nonEmptyText = (node, what) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== "string" || node.value.trim() === "")
            return fail(node, `${what} must be a non-empty string`);
        return node.value.trim();
    };
    const defaults = { ...BUILT_IN_DEFAULTS };
    const entries = [];
    for (const pair of root.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : "";
        if (key === "defaults") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value))
                return fail(pair.value, "defaults must be a mapping");
            for (const item of pair.value.items) {
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : "";
                if (!DEFAULT_KEYS.has(name))
                    fail(item.key, `unknown key \`${name}\` in defaults: use max-age or warn-before`);
                if (name === "max-age")
                    defaults.maxAgeDays = days(item.value, "defaults.max-age");
                if (name === "warn-before")
                    defaults.warnBeforeDays = days(item.value, "defaults.warn-before");
            }
        }
        else if (key === "secrets") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value))
                return fail(pair.value, "secrets must be a list of entries with `match:`");
            pair.value.items.forEach((item, index) => {
                const where = `secrets[${index}]`;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
                    return fail(item, `${where} must be a mapping with \`match:\``);
                const entry = { source: "any" };
                for (const field of item.items) {
                    const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(field.key) ? String(field.key.value) : "";
                    if (!ENTRY_KEYS.has(name))
                        fail(field.key, `unknown key \`${name}\` in ${where}: use ${[...ENTRY_KEYS].join(", ")}`);
                    const value = field.value;
                    switch (name) {
                        case "match": {
                            const glob = nonEmptyText(value, `${where}.match`);
                            if (/[[\]{}]/.test(glob) && !isBalanced(glob))
                                fail(value, `${where}.match "${glob.slice(0, 40)}" is not a valid glob`);
                            entry.match = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(glob, { dot: true, nocase: false });
                            break;
                        }
                        case "source": {
                            const chosen = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? String(value.value) : "";
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
                            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) || typeof value.value !== "boolean")
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


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   fX: () => (/* binding */ hygieneNotes),
/* harmony export */   ih: () => (/* binding */ isWeakValue)
/* harmony export */ });
/* unused harmony exports secretId, statusOf, reportOutput */
/* harmony import */ var _sops_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7616);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2163);
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
        const rule = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleFor */ .sG)(policy, secret.name, secret.source);
        if (rule.ignore)
            continue;
        const age = (0,_sops_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .ageInDays */ .QR)(secret.lastChanged, now);
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


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ replacePlaintext),
/* harmony export */   KY: () => (/* binding */ setValue),
/* harmony export */   ZM: () => (/* binding */ emitPlaintext),
/* harmony export */   decrypt: () => (/* binding */ decrypt),
/* harmony export */   hY: () => (/* binding */ rotateDataKey),
/* harmony export */   im: () => (/* binding */ updateKeys),
/* harmony export */   ph: () => (/* binding */ isEncrypted),
/* harmony export */   w: () => (/* binding */ encrypt)
/* harmony export */ });
/* harmony import */ var _age_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4569);
/* harmony import */ var _cipher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1481);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2995);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7616);
/* harmony import */ var _shamir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8204);
/* harmony import */ var _tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1635);
/* harmony import */ var _tree_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(840);
/**
 * The SOPS engine's operations on whole files: decrypt (with MAC verification), encrypt, set/unset a
 * value, updatekeys and filestatus. Bytes in, bytes out: callers do the file system and key lookup.
 */









function settingsOf(metadata) {
    return { rule: metadata.cryptRule, macOnlyEncrypted: metadata.macOnlyEncrypted };
}
/** sops writes lastmodified in UTC with second precision. */
function timestamp(now) {
    return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function readEncrypted(bytes, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const document = store.parseEncrypted(bytes);
    return { store, branches: document.branches, metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .readMetadata */ ._6)(document.metadata) };
}
/**
 * `sops decrypt`: every document's plaintext tree, after the MAC over it was verified (unless
 * `ignoreMac`). Nothing is returned for a file whose MAC does not match.
 * @throws SopsError NOT_SOPS_FILE (no metadata), MALFORMED (syntax, damaged values or metadata),
 *   UNSUPPORTED (only PGP/KMS/Vault master keys), NO_MATCHING_KEY (no identity opens the data key),
 *   MAC_MISMATCH (changed without re-encryption), BAD_INPUT (a bad identity).
 */
async function decrypt(bytes, options) {
    const { branches, metadata } = options.parsed ?? readEncrypted(bytes, options);
    let dataKey = options.dataKey;
    if (!dataKey) {
        (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
        dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    }
    const stash = new Map();
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .decryptTree */ .sG)(branches, dataKey, settingsOf(metadata), options.keepCiphertexts ? stash : undefined);
    const warnings = [];
    if (walked.plaintextComments > 0) {
        warnings.push(`${walked.plaintextComments} comment(s) are not encrypted (file written by an old sops)`);
    }
    if (options.ignoreMac) {
        warnings.push("MAC verification skipped (ignore-mac): the content is not authenticated");
    }
    else {
        verifyMac(metadata, dataKey, walked.mac);
    }
    return {
        format: options.format,
        branches: walked.branches,
        metadata,
        leaves: walked.leaves,
        warnings,
        dataKey,
        stash,
    };
}
function verifyMac(metadata, dataKey, computed) {
    if (metadata.mac === "") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the file has no MAC: it was modified or truncated; re-encrypt it with sops");
    }
    let stored;
    try {
        stored = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptValue */ .pN)(metadata.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified), "sops.mac");
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the MAC cannot be decrypted: lastmodified or the MAC was modified without re-encryption; re-encrypt the file with sops");
    }
    if (stored !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "MAC mismatch: the file was modified without re-encryption (values changed, added, removed or reordered); " +
            "restore it or re-encrypt it with sops");
    }
}
/**
 * Plaintext of a decrypted file in any output format (`sops decrypt --output-type`).
 * @throws SopsError MALFORMED when the tree cannot be written in that format (a list as dotenv).
 */
function emitPlaintext(decrypted, format, storeOptions) {
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(format, storeOptions).emitPlain(decrypted.branches);
}
async function wrapForGroups(dataKey, recipients) {
    const ageGroups = recipients.ageGroups.filter((group) => group.length > 0);
    if (ageGroups.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("no age recipients: give --age or a .sops.yaml creation rule with age keys");
    if (ageGroups.length === 1) {
        const entries = await Promise.all((ageGroups[0] ?? []).map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(dataKey, recipient)));
        return { groups: [{ age: entries, others: [] }], threshold: 0 };
    }
    const threshold = recipients.shamirThreshold || ageGroups.length;
    if (threshold > ageGroups.length) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`shamir_threshold ${threshold} is larger than the number of key groups (${ageGroups.length})`);
    }
    const shares = (0,_shamir_js__WEBPACK_IMPORTED_MODULE_6__/* .split */ .l)(dataKey, ageGroups.length, threshold);
    const groups = await Promise.all(ageGroups.map(async (group, index) => {
        const share = shares[index];
        const age = await Promise.all(group.map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(share, recipient)));
        return { age, others: [] };
    }));
    return { groups, threshold };
}
function sealed(branches, metadata, dataKey, options, stash) {
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .encryptTree */ .OJ)(branches, dataKey, settingsOf(metadata), stash);
    const mac = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptValue */ .Rb)(walked.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified));
    const written = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, mac }, { cryptRule: options.format !== "binary" });
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).emitEncrypted(walked.branches, written);
}
/**
 * `sops encrypt`: a new data key wrapped for every recipient (split across key groups by Shamir when
 * there are several), each selected value encrypted, MAC and lastmodified written.
 * @throws SopsError MALFORMED (the plaintext does not parse, or is already a SOPS file), BAD_INPUT (a bad
 *   recipient, no recipient, an impossible Shamir threshold).
 */
async function encrypt(plaintext, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const branches = store.parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file already has a sops metadata key: it is encrypted already (or a key is named `sops`)");
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const { groups, threshold } = await wrapForGroups(dataKey, options);
    // The binary store ignores selection rules (sops >= 3.11).
    const binary = options.format === "binary";
    const metadata = {
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
        mac: "",
        cryptRule: binary ? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch : (options.cryptRule ?? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch),
        macOnlyEncrypted: binary ? false : (options.macOnlyEncrypted ?? false),
        version: _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .SOPS_VERSION */ .DT,
    };
    return sealed(branches, metadata, dataKey, options);
}
/**
 * `sops set` / `sops unset`: change one value, keep every other ciphertext byte-identical, update the
 * MAC and lastmodified.
 * @throws SopsError as `decrypt` does, and BAD_INPUT for a path that does not fit the tree.
 */
async function setValue(bytes, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const [first, ...rest] = decrypted.branches;
    if (!first)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file has no document to change");
    const changed = options.value === undefined
        ? (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .unsetPath */ .d0)(first, options.path)
        : (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .setPath */ .SO)(first, options.path, options.value);
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed([changed, ...rest], metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * Saving `sops edit`: the file's new plaintext (in its own format) encrypted under the same data key.
 * Every value whose key path and plaintext did not change keeps its exact ciphertext, so a diff shows
 * only what changed; MAC and lastmodified are written anew.
 * @throws SopsError as `decrypt` does; MALFORMED when the new plaintext does not parse.
 */
async function replacePlaintext(bytes, plaintext, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const branches = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the new content has a key named `sops`, which holds the metadata: rename it");
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed(branches, metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * `sops rotate`: a new data key, every value encrypted again under it, the new key wrapped for the same
 * age recipients in the same key groups (for when someone who could read the file leaves). MAC and
 * lastmodified are written anew.
 * @throws SopsError as `decrypt` does; UNSUPPORTED when the file also holds non-age master keys (they
 *   cannot be re-wrapped here: use sops, or drop them with updatekeys first).
 */
async function rotateDataKey(bytes, options) {
    const decrypted = await decrypt(bytes, options);
    const others = decrypted.metadata.keyGroups.flatMap((group) => group.others);
    if (others.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `the file also has ${others.map((key) => key.type).join(", ")} master keys, which this engine cannot wrap a new data key for`);
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const keep = options.keep ?? (() => true);
    const ageGroups = decrypted.metadata.keyGroups.map((group) => group.age.map((key) => key.recipient).filter(keep));
    if (ageGroups.some((group) => group.length === 0))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("a key group would be left without a recipient: nobody could open its share of the data key");
    const { groups, threshold } = await wrapForGroups(dataKey, {
        ageGroups,
        shamirThreshold: Math.min(decrypted.metadata.shamirThreshold, ageGroups.length),
    });
    const metadata = {
        ...decrypted.metadata,
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
    };
    return sealed(decrypted.branches, metadata, dataKey, options);
}
/**
 * `sops updatekeys`: re-wrap the existing data key for the creation rule's recipients. Values, MAC and
 * lastmodified stay as they are; a file already in sync (policy.ts `compareRecipients`) is returned as is.
 * @throws SopsError NOT_SOPS_FILE, MALFORMED, NO_MATCHING_KEY as `decrypt` does; UNSUPPORTED when the
 *   rule names non-age keys; BAD_INPUT for a bad recipient.
 */
async function updateKeys(bytes, options) {
    const { store, branches, metadata } = readEncrypted(bytes, options);
    const wanted = options.rule.ageGroups.filter((group) => group.length > 0);
    if (options.rule.otherKeys.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `creation rule ${options.rule.index} names non-age keys (${options.rule.otherKeys.join(", ")}); only age keys are supported`);
    }
    const comparison = (0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .compareRecipients */ .Wm)(metadata.keyGroups, options.rule);
    if (comparison.inSync)
        return { changed: false, bytes, added: [], removed: [] };
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
    const dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    if (dataKey.length !== _cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_KEY_BYTES */ .lM)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the recovered data key has the wrong length");
    const threshold = Math.min(metadata.shamirThreshold || options.rule.shamirThreshold, wanted.length);
    const { groups, threshold: written } = await wrapForGroups(dataKey, {
        ageGroups: wanted,
        shamirThreshold: threshold,
    });
    const updated = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, keyGroups: groups, shamirThreshold: written }, { cryptRule: options.format !== "binary" });
    return {
        changed: true,
        bytes: store.emitEncrypted(branches, updated),
        added: comparison.missing,
        removed: [...comparison.extra, ...comparison.unnamedOtherKeys],
    };
}
/** `sops filestatus`: whether the bytes hold SOPS metadata for this format. Raises nothing for bad input. */
function isEncrypted(bytes, options) {
    try {
        readEncrypted(bytes, options);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb)
            return false;
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=477.index.js.map