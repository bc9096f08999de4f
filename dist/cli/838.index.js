"use strict";
exports.id = 838;
exports.ids = [838];
exports.modules = {

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ pathForRules),
/* harmony export */   V_: () => (/* binding */ parseSopsConfig),
/* harmony export */   dT: () => (/* binding */ OTHER_KEY_FIELDS),
/* harmony export */   nJ: () => (/* binding */ findCreationRule)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2995);
/* harmony import */ var _re2_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2213);
/**
 * `.sops.yaml`: creation rules (first match wins, `path_regex` tested unanchored against the file's
 * path relative to the config's folder) and store settings.
 */





/** Fields of a creation rule or key group that name master keys other than age. */
const OTHER_KEY_FIELDS = [
    "pgp",
    "kms",
    "gcp_kms",
    "hckms",
    "azure_keyvault",
    "hc_vault_transit_uri",
    "hc_vault",
];
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** sops' `parseKeyField`: a comma-separated string (trimmed, empties dropped) or a list of strings. */
function keyField(value, where) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === "string") {
        return value
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item !== "");
    }
    if (Array.isArray(value)) {
        return value.map((item, index) => {
            if (typeof item === "string")
                return item.trim();
            if (isRecord(item)) {
                const id = Object.values(item).find((field) => typeof field === "string");
                if (typeof id === "string")
                    return id;
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where}[${index}] must be a string`);
        });
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where} must be a comma-separated string or a list`);
}
function otherKeysOf(source, where) {
    return OTHER_KEY_FIELDS.flatMap((field) => keyField(source[field], `${where}.${field}`).map((id) => `${field}:${id}`));
}
function parseRule(raw, index, source) {
    const where = `${source}: creation_rules[${index}]`;
    if (!isRecord(raw))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where} must be a mapping`);
    const pathRegex = raw.path_regex;
    if (pathRegex !== undefined && typeof pathRegex !== "string")
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where}.path_regex must be a string`);
    if (pathRegex)
        (0,_re2_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRe2 */ .X)(pathRegex);
    let ageGroups;
    let otherKeys;
    const groups = raw.key_groups;
    if (Array.isArray(groups) && groups.length > 0) {
        ageGroups = [];
        otherKeys = [];
        groups.forEach((group, groupIndex) => {
            const groupWhere = `${where}.key_groups[${groupIndex}]`;
            if (!isRecord(group))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${groupWhere} must be a mapping`);
            const merged = [group, ...(Array.isArray(group.merge) ? group.merge : [])].filter(isRecord);
            const age = [...new Set(merged.flatMap((part) => keyField(part.age, `${groupWhere}.age`)))];
            ageGroups.push(age);
            otherKeys.push(...merged.flatMap((part) => otherKeysOf(part, groupWhere)));
        });
    }
    else {
        ageGroups = [keyField(raw.age, `${where}.age`)];
        otherKeys = otherKeysOf(raw, where);
    }
    const rules = _metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .CRYPT_RULE_NAMES */ .zN.flatMap((name) => {
        const value = raw[name];
        if (value === undefined || value === null || value === "")
            return [];
        if (typeof value !== "string")
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where}.${name} must be a string`);
        return [{ name, value }];
    });
    if (rules.length > 1)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where} sets ${rules.map((rule) => rule.name).join(" and ")}: only one is allowed`);
    const rule = rules[0];
    if (rule && rule.name.includes("regex"))
        (0,_re2_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRe2 */ .X)(rule.value);
    const threshold = raw.shamir_threshold ?? 0;
    if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 0) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${where}.shamir_threshold must be a whole number`);
    }
    return {
        index,
        pathRegex: pathRegex || undefined,
        ageGroups,
        otherKeys,
        shamirThreshold: threshold,
        cryptRule: rule,
        macOnlyEncrypted: raw.mac_only_encrypted === true,
    };
}
function indentOf(stores, store, source) {
    const settings = stores[store];
    if (!isRecord(settings) || settings.indent === undefined)
        return undefined;
    if (typeof settings.indent !== "number")
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${source}: stores.${store}.indent must be a number`);
    return settings.indent;
}
function parseSopsConfig(text, source) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { uniqueKeys: true });
    }
    catch (error) {
        const line = error.linePos?.[0]?.line;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${source} is not valid YAML${line ? ` (line ${line})` : ""}`);
    }
    if (raw === null || raw === undefined)
        raw = {};
    if (!isRecord(raw))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${source} must be a YAML mapping`);
    const rules = raw.creation_rules ?? [];
    if (!Array.isArray(rules))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${source}: creation_rules must be a list`);
    const stores = isRecord(raw.stores) ? raw.stores : {};
    return {
        source,
        creationRules: rules.map((rule, index) => parseRule(rule, index, source)),
        yamlIndent: indentOf(stores, "yaml", source),
        jsonIndent: indentOf(stores, "json", source),
    };
}
/** The path sops matches `path_regex` against: relative to the config's folder, with `/` separators. */
function pathForRules(configDir, filePath) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(configDir), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(filePath));
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join("/");
}
function findCreationRule(config, relativePath) {
    return config.creationRules.find((rule) => !rule.pathRegex || (0,_re2_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRe2 */ .X)(rule.pathRegex).test(relativePath));
}


/***/ }),

/***/ 1481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y$: () => (/* binding */ createStore),
  X$: () => (/* binding */ detectEncryptedFormat),
  G9: () => (/* binding */ formatForPath),
  Xc: () => (/* binding */ parseFormat)
});

// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __webpack_require__(1037);
// EXTERNAL MODULE: ./actions/lib/sops/tree.ts
var tree = __webpack_require__(8866);
// EXTERNAL MODULE: ./actions/lib/sops/stores/json.ts
var stores_json = __webpack_require__(125);
// EXTERNAL MODULE: ./actions/lib/sops/utf8.ts
var utf8 = __webpack_require__(7721);
;// CONCATENATED MODULE: ./actions/lib/sops/stores/binary.ts
/**
 * The binary store (sops `stores/json/store.go` `BinaryStore`): any file that is not YAML, JSON, dotenv or
 * INI is one opaque value under the key `data`, wrapped in the JSON store's encrypted format.
 */




const DATA_KEY = "data";
const UTF8 = new TextEncoder();
function createBinaryStore(options) {
    const json = (0,stores_json/* createJsonStore */.u)(options);
    return {
        format: "binary",
        // Text stays a Go string (`type:str`), a BOM included; other bytes stay bytes so that none are lost.
        parsePlain: (bytes) => [new tree/* TreeMap */.rR([{ key: DATA_KEY, value: (0,utf8/* textOrBytes */.Q8)(new Uint8Array(bytes)) }])],
        parseEncrypted(bytes) {
            const document = json.parseEncrypted(bytes);
            if (document.branches[0]?.get(DATA_KEY) === undefined) {
                throw (0,errors/* malformed */.Qm)("the encrypted binary file has no top-level `data` key");
            }
            return document;
        },
        emitPlain(branches) {
            const [branch] = branches;
            if (branch === undefined || branches.length > 1) {
                throw (0,errors/* badInput */.AN)(`a binary file holds exactly one document, got ${branches.length}`);
            }
            const value = branch.get(DATA_KEY);
            if (value === undefined)
                throw (0,errors/* malformed */.Qm)("binary store needs a `data` key");
            if (typeof value === "string")
                return UTF8.encode(value);
            if (value instanceof Uint8Array)
                return new Uint8Array(value);
            throw (0,errors/* malformed */.Qm)("the binary store's `data` value must be a string");
        },
        emitEncrypted: (branches, metadata) => json.emitEncrypted(branches, metadata),
        emitValue() {
            throw (0,errors/* badInput */.AN)("a binary file is not structured: a single value cannot be extracted from it");
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/sops/goformat.ts
var goformat = __webpack_require__(8179);
;// CONCATENATED MODULE: ./actions/lib/sops/stores/flatten.ts
/**
 * What the flat stores (dotenv, INI) share. They cannot nest, so sops writes its metadata as one key per
 * leaf: nested maps add `__map_<key>` and lists add `__list_<index>` to the key (`sops:stores/flatten.go`).
 * Values are always strings in the flat form; the metadata reader coerces them the way mapstructure's weak
 * typing does.
 */



/**
 * dotenv has no multi-line syntax, and sops' INI store escapes metadata the same way, so newlines travel as
 * the two characters `\n`. A literal backslash-n has no escape: it reads back as a newline (as in sops).
 */
const escapeNewlines = (text) => text.replaceAll("\n", "\\n");
const unescapeNewlines = (text) => text.replaceAll("\\n", "\n");
const MAP_SEPARATOR = "__map_";
const LIST_SEPARATOR = "__list_";
/** Real metadata nests four levels (`key_groups` → group → key type → entry → field); the cap only stops hostile input. */
const MAX_DEPTH = 32;
/**
 * Flatten a metadata tree into `[prefix + path, text]` pairs sorted by key, as sops ≥ 3.8 writes them.
 * Nulls and empty lists/maps produce no pair, as in sops (a nil value is skipped, an empty container has
 * no leaves).
 */
function flattenMetadata(metadata, prefix) {
    const pairs = [];
    const visit = (path, value) => {
        if ((0,tree/* isTreeMap */.vD)(value)) {
            for (const { key, value: child } of value.entries())
                visit(`${path}${MAP_SEPARATOR}${key}`, child);
        }
        else if ((0,tree/* isTreeList */.rB)(value)) {
            withoutComments(value).forEach((child, index) => {
                visit(`${path}${LIST_SEPARATOR}${index}`, child);
            });
        }
        else if (value !== null) {
            pairs.push([path, (0,goformat/* valueToString */.U4)(value)]);
        }
    };
    for (const { key, value } of metadata.entries())
        visit(prefix + key, value);
    return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
function withoutComments(list) {
    return list.filter((item) => !(item instanceof tree/* Comment */.Mw));
}
/** Split `age__list_0__map_enc` into `age`, list index 0, map key `enc` (sops `tokenize`). */
function tokenize(flatKey) {
    const parts = flatKey.split(/(__map_|__list_)/);
    const segments = [{ kind: "map", key: parts[0] ?? "" }];
    for (let i = 1; i < parts.length; i += 2) {
        const text = parts[i + 1] ?? "";
        if (parts[i] === MAP_SEPARATOR) {
            segments.push({ kind: "map", key: text });
        }
        else {
            // sops ignores Atoi errors (an index of 0); a non-canonical index is refused here instead.
            if (!/^(0|[1-9][0-9]{0,8})$/.test(text)) {
                throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(flatKey)} has an invalid list index ${JSON.stringify(text)}`);
            }
            segments.push({ kind: "list", index: Number(text) });
        }
    }
    if (segments.some((segment) => segment.kind === "map" && segment.key === "")) {
        throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(flatKey)} has an empty name segment`);
    }
    if (segments.length > MAX_DEPTH)
        throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(flatKey)} nests too deeply`);
    return segments;
}
function getChild(node, segment, flatKey) {
    if (node.kind === "map" && segment.kind === "map")
        return node.children.get(segment.key);
    if (node.kind === "list" && segment.kind === "list")
        return node.children.get(segment.index);
    throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(flatKey)} mixes a list and a map at the same path`);
}
function setChild(node, segment, child) {
    if (node.kind === "map" && segment.kind === "map")
        node.children.set(segment.key, child);
    else if (node.kind === "list" && segment.kind === "list")
        node.children.set(segment.index, child);
}
function containerFor(segment) {
    return segment.kind === "map"
        ? { kind: "map", children: new Map() }
        : { kind: "list", children: new Map() };
}
/**
 * Rebuild the metadata tree from flattened pairs. Every key must start with `prefix`. A repeated key keeps
 * its first position and its last value (sops reads them into a Go map). Lists must hold every index from
 * 0 to their largest one; values stay strings.
 */
function unflattenMetadata(pairs, prefix) {
    const root = { kind: "map", children: new Map() };
    for (const [fullKey, value] of pairs) {
        if (!fullKey.startsWith(prefix))
            throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(fullKey)} lacks the prefix "${prefix}"`);
        const segments = tokenize(fullKey.slice(prefix.length));
        let node = root;
        segments.forEach((segment, i) => {
            const next = segments[i + 1];
            const existing = getChild(node, segment, fullKey);
            if (next === undefined) {
                if (existing !== undefined && typeof existing !== "string") {
                    throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(fullKey)} is both a value and a container`);
                }
                setChild(node, segment, value);
                return;
            }
            if (typeof existing === "string")
                throw (0,errors/* malformed */.Qm)(`metadata key ${JSON.stringify(fullKey)} is both a value and a container`);
            const child = existing ?? containerFor(next);
            if (existing === undefined)
                setChild(node, segment, child);
            node = child;
        });
    }
    return toTreeMap(root, (key) => prefix + key);
}
/** `path` is the flat key of `node`, used only to name the place of an error. */
function toTreeValue(node, path) {
    if (typeof node === "string")
        return node;
    if (node.kind === "map")
        return toTreeMap(node, (key) => `${path}${MAP_SEPARATOR}${key}`);
    const list = [];
    // With n distinct indices, any index >= n implies a gap below n, so checking 0..n-1 suffices.
    for (let index = 0; index < node.children.size; index++) {
        const child = node.children.get(index);
        if (child === undefined)
            throw (0,errors/* malformed */.Qm)(`metadata list ${path} is missing index ${index}`);
        list.push(toTreeValue(child, `${path}${LIST_SEPARATOR}${index}`));
    }
    return list;
}
function toTreeMap(node, childPath) {
    const map = new tree/* TreeMap */.rR();
    for (const [key, child] of node.children)
        map.items.push({ key, value: toTreeValue(child, childPath(key)) });
    return map;
}

;// CONCATENATED MODULE: ./actions/lib/sops/stores/dotenv.ts
/**
 * The dotenv store (`sops:stores/dotenv/store.go`). sops' dotenv is deliberately naive: no trimming, no
 * quotes, no `export`; the key is everything before the first `=`. Reproducing that exactly matters because
 * keys and values feed the MAC: `foo =x` has the key `foo ` (with its space).
 */





const SOPS_PREFIX = "sops_";
const utf8Encoder = new TextEncoder();
function parseItems(bytes) {
    const items = [];
    (0,utf8/* decodeUtf8 */._6)(bytes, "dotenv")
        .split("\n")
        .forEach((line, index) => {
        if (line === "")
            return;
        if (line.startsWith("#")) {
            items.push(new tree/* Comment */.Mw(line.slice(1)));
            return;
        }
        const equals = line.indexOf("=");
        // The line itself is not quoted: it may be a secret missing its `=`.
        if (equals === -1)
            throw (0,errors/* malformed */.Qm)(`dotenv line ${index + 1} has no "=" (expected KEY=VALUE)`);
        items.push({ key: line.slice(0, equals), value: unescapeNewlines(line.slice(equals + 1)) });
    });
    return items;
}
function scalarText(value, key) {
    if (!(0,tree/* isScalar */.jn)(value))
        throw (0,errors/* malformed */.Qm)(`dotenv cannot hold nested values (key ${key})`);
    return (0,goformat/* valueToString */.U4)(value);
}
function formatLines(items) {
    let text = "";
    for (const item of items) {
        if (item instanceof tree/* Comment */.Mw) {
            // One `#` per line: a multi-line comment (from YAML) would otherwise turn into broken KEY=VALUE lines.
            text += item.value
                .split("\n")
                .map((line) => `#${line}\n`)
                .join("");
            continue;
        }
        // sops writes such keys unchecked; they would read back as a different key or as a comment.
        if (item.key.includes("=") || item.key.includes("\n") || item.key.startsWith("#")) {
            throw (0,errors/* malformed */.Qm)(`dotenv cannot hold the key ${JSON.stringify(item.key)} (it contains "=", "#" or a newline)`);
        }
        text += `${item.key}=${escapeNewlines(scalarText(item.value, item.key))}\n`;
    }
    return text;
}
function singleBranch(branches) {
    const [branch] = branches;
    if (branch === undefined || branches.length > 1) {
        throw (0,errors/* malformed */.Qm)(`dotenv holds exactly one document, got ${branches.length}`);
    }
    return branch;
}
function checkDataKeys(branch) {
    for (const { key } of branch.entries()) {
        if (key.startsWith(SOPS_PREFIX)) {
            throw (0,errors/* malformed */.Qm)(`dotenv key ${key} starts with "${SOPS_PREFIX}", which is reserved for sops metadata`);
        }
    }
}
function createDotenvStore() {
    return {
        format: "dotenv",
        parsePlain(bytes) {
            return [new tree/* TreeMap */.rR(parseItems(bytes))];
        },
        parseEncrypted(bytes) {
            const data = [];
            const metadataPairs = [];
            for (const item of parseItems(bytes)) {
                if (!(item instanceof tree/* Comment */.Mw) && item.key.startsWith(SOPS_PREFIX)) {
                    metadataPairs.push([item.key, item.value]);
                }
                else {
                    data.push(item);
                }
            }
            if (metadataPairs.length === 0) {
                throw new errors/* SopsError */.gb("NOT_SOPS_FILE", `dotenv input has no "${SOPS_PREFIX}" metadata keys`);
            }
            return { branches: [new tree/* TreeMap */.rR(data)], metadata: unflattenMetadata(metadataPairs, SOPS_PREFIX) };
        },
        emitPlain(branches) {
            const branch = singleBranch(branches);
            checkDataKeys(branch);
            return utf8Encoder.encode(formatLines(branch.items));
        },
        emitEncrypted(branches, metadata) {
            const branch = singleBranch(branches);
            checkDataKeys(branch);
            const metadataItems = flattenMetadata(metadata, SOPS_PREFIX).map(([key, value]) => ({ key, value }));
            return utf8Encoder.encode(formatLines([...branch.items, ...metadataItems]));
        },
        emitValue(value) {
            if (value instanceof Uint8Array)
                return value;
            if (!(0,tree/* isScalar */.jn)(value))
                throw (0,errors/* malformed */.Qm)("dotenv can only extract a single value, not a map or list");
            return utf8Encoder.encode((0,goformat/* valueToString */.U4)(value));
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/sops/stores/ini.ts
/**
 * The INI store (`sops:stores/ini/store.go`). sops delegates INI syntax to go-ini v1.67 (loaded with
 * `AllowNonUniqueSections: true`, every other option at its default), so the parser and writer here follow
 * go-ini's rules, because the values they produce feed the MAC:
 *
 * - Lines are left-trimmed; a line starting with `#` or `;` is a comment; `[name]` opens a section (name not
 *   trimmed, anything after the last `]` ignored except a comment); other lines are `key = value` or
 *   `key: value` (first `=` or `:`), keys trimmed, optionally quoted with `"`, `"""` or a backtick.
 * - Values: `"""…"""` and backtick quotes are taken literally and may span lines; otherwise the value is
 *   trimmed, a trailing `\` continues it on the next line (IgnoreContinuation is false), the first `#` or `;`
 *   starts an inline comment (IgnoreInlineComment is false, SpaceBeforeInlineComment false: `a;b` is `a`),
 *   and one pair of surrounding `"` or `'` is removed.
 * - Comment lines accumulate and attach to the next section header or key; an inline comment is appended.
 *   A repeated key in a section keeps its first position and takes the last value and comment.
 * - Keys before the first header form the section `DEFAULT`, listed first.
 *
 * The tree holds one entry per section (repeated section names stay separate). A section comment is its
 * first item; a key's comment is the item right after the key (where sops puts it).
 */





const DEFAULT_SECTION = "DEFAULT";
const METADATA_SECTION = "sops";
// Go's unicode.IsSpace, which strings.TrimSpace and go-ini's trimming use (JavaScript's \s differs).
const GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const LEADING_SPACE = new RegExp(`^[${GO_SPACE}]+`, "u");
const TRAILING_SPACE = new RegExp(`[${GO_SPACE}]+$`, "u");
const trimLeft = (text) => text.replace(LEADING_SPACE, "");
const trim = (text) => trimLeft(text).replace(TRAILING_SPACE, "");
const ini_utf8Encoder = new TextEncoder();
const utf8Length = (text) => ini_utf8Encoder.encode(text).length;
function indexOfAny(text, chars, from = 0) {
    for (let i = from; i < text.length; i++) {
        if (chars.includes(text.charAt(i)))
            return i;
    }
    return -1;
}
/** go-ini `cleanComment`: the part of `text` from its first `#` or `;`, if any. */
function trailingComment(text) {
    const start = indexOfAny(text, "#;");
    return start === -1 ? undefined : text.slice(start);
}
/** go-ini `hasSurroundedQuote`: quoted at both ends with no other occurrence of the quote inside. */
function hasSurroundingQuote(text, quote) {
    return text.length >= 2 && text.startsWith(quote) && text.indexOf(quote, 1) === text.length - 1;
}
/** sops `stripCommentChar`: drop the run of markers and spaces that opens the comment. */
function stripCommentMarker(comment) {
    if (comment.startsWith(";"))
        return comment.replace(/^[; ]+/, "");
    if (comment.startsWith("#"))
        return comment.replace(/^[# ]+/, "");
    return comment;
}
/** A line-by-line reader shaped like go-ini's parser, which reads with `bufio.Reader.ReadBytes('\n')`. */
class IniParser {
    chunks;
    next = 0;
    eof = false;
    /** Comment lines (and inline comments) waiting for the section or key they belong to. */
    pendingComment = "";
    constructor(text) {
        this.chunks = text.split(/(?<=\n)/);
    }
    parse() {
        let section = { name: DEFAULT_SECTION, comment: "", keys: [] };
        const sections = [section];
        let keyIndex = new Map();
        let autoIncrement = 1;
        while (!this.eof) {
            const line = trimLeft(this.readLine());
            const lineNumber = this.next;
            if (line === "")
                continue;
            if (line.startsWith("#") || line.startsWith(";")) {
                this.pendingComment += line;
                continue;
            }
            if (line.startsWith("[")) {
                const close = line.lastIndexOf("]");
                if (close === -1)
                    throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: section header has no closing "]"`);
                const name = line.slice(1, close);
                if (name === "")
                    throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: empty section name`);
                this.pendingComment += trailingComment(line.slice(close + 1)) ?? "";
                section = { name, comment: this.takeComment(), keys: [] };
                sections.push(section);
                keyIndex = new Map();
                autoIncrement = 1;
                continue;
            }
            const { name: rawName, offset } = readKeyName(line, lineNumber);
            // go-ini's auto-increment keys: `- = a` and `- = b` become `#1` and `#2`.
            const name = rawName === "-" ? `#${autoIncrement++}` : rawName;
            const value = this.readValue(line.slice(offset), lineNumber);
            if (name === "")
                throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: empty key name`);
            let key = keyIndex.get(name);
            if (key === undefined) {
                key = { name, value, comment: "" };
                keyIndex.set(name, key);
                section.keys.push(key);
            }
            key.value = value;
            key.comment = this.takeComment();
        }
        return sections;
    }
    readLine() {
        const chunk = this.chunks[this.next] ?? "";
        if (this.next < this.chunks.length)
            this.next++;
        if (!chunk.endsWith("\n"))
            this.eof = true;
        return chunk;
    }
    takeComment() {
        const comment = trim(this.pendingComment);
        this.pendingComment = "";
        return comment;
    }
    readValue(rest, lineNumber) {
        let line = trimLeft(rest);
        if (line === "")
            return "";
        const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line.startsWith("`") ? "`" : "";
        if (quote !== "") {
            const body = line.slice(quote.length);
            const close = body.lastIndexOf(quote);
            return close === -1 ? this.readMultiline(body, quote, lineNumber) : body.slice(0, close);
        }
        line = trim(line);
        if (line.endsWith("\\"))
            return this.readContinuation(line.slice(0, -1));
        const commentStart = indexOfAny(line, "#;");
        if (commentStart !== -1) {
            this.pendingComment += line.slice(commentStart);
            line = trim(line.slice(0, commentStart));
        }
        if (hasSurroundingQuote(line, "'") || hasSurroundingQuote(line, '"'))
            line = line.slice(1, -1);
        return line;
    }
    readMultiline(start, quote, lineNumber) {
        let value = start;
        for (;;) {
            const line = this.readLine();
            const close = line.lastIndexOf(quote);
            if (close !== -1) {
                const comment = trailingComment(line.slice(close));
                if (comment !== undefined)
                    this.pendingComment += trim(comment);
                return value + line.slice(0, close);
            }
            value += line;
            if (this.eof)
                throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: quoted value is never closed`);
        }
    }
    readContinuation(start) {
        let value = start;
        for (;;) {
            const line = trim(this.readLine());
            if (line === "")
                return value;
            value += line;
            if (!value.endsWith("\\"))
                return value;
            value = value.slice(0, -1);
        }
    }
}
/** go-ini `readKeyName`; `offset` is where the value starts (after the delimiter). */
function readKeyName(line, lineNumber) {
    let quote = "";
    // go-ini compares byte lengths here.
    if (line.startsWith('"'))
        quote = utf8Length(line) > 6 && line.startsWith('"""') ? '"""' : '"';
    else if (line.startsWith("`"))
        quote = "`";
    if (quote !== "") {
        const close = line.indexOf(quote, quote.length);
        if (close === -1)
            throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: quoted key has no closing quote`);
        const delimiter = indexOfAny(line, "=:", close + quote.length);
        if (delimiter === -1)
            throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber}: no "=" or ":" after the key`);
        return { name: trim(line.slice(quote.length, close)), offset: delimiter + 1 };
    }
    const delimiter = indexOfAny(line, "=:");
    if (delimiter === -1) {
        throw (0,errors/* malformed */.Qm)(`INI line ${lineNumber} is not a section header, a comment or key = value`);
    }
    return { name: trim(line.slice(0, delimiter)), offset: delimiter + 1 };
}
function parseSections(bytes) {
    // go-ini skips a UTF-8 byte order mark.
    return new IniParser((0,utf8/* decodeUtf8 */._6)(bytes, "INI").replace(/^\uFEFF/, "")).parse();
}
function sectionsToTree(sections) {
    const root = new tree/* TreeMap */.rR();
    sections.forEach((section, index) => {
        // The implicit DEFAULT section (index 0) only appears when keys precede the first header.
        if (index === 0 && section.keys.length === 0)
            return;
        const items = [];
        if (section.comment !== "")
            items.push(new tree/* Comment */.Mw(stripCommentMarker(section.comment)));
        for (const key of section.keys) {
            items.push({ key: key.name, value: key.value });
            if (key.comment !== "")
                items.push(new tree/* Comment */.Mw(stripCommentMarker(key.comment)));
        }
        root.items.push({ key: section.name, value: new tree/* TreeMap */.rR(items) });
    });
    return root;
}
/** sops `encodeTree` for one section: a leading comment is the section's, any other the preceding key's. */
function treeToSection(name, map) {
    if (name === "" || name.includes("\n")) {
        throw (0,errors/* malformed */.Qm)(`INI cannot hold the section name ${JSON.stringify(name)}`);
    }
    const section = { name, comment: "", keys: [] };
    const keyIndex = new Map();
    let last;
    map.items.forEach((item, index) => {
        if (item instanceof tree/* Comment */.Mw) {
            if (index === 0)
                section.comment = item.value;
            else if (last !== undefined)
                last.comment = item.value;
            return;
        }
        if (!(0,tree/* isScalar */.jn)(item.value))
            throw (0,errors/* malformed */.Qm)(`INI cannot hold nested values (key ${name}.${item.key})`);
        const value = (0,goformat/* valueToString */.U4)(item.value);
        last = keyIndex.get(item.key);
        if (last === undefined) {
            last = { name: item.key, value, comment: "" };
            keyIndex.set(item.key, last);
            section.keys.push(last);
        }
        last.value = value;
    });
    return section;
}
function treeToSections(branch) {
    // Comments outside any section have nowhere to go in INI; sops drops them too.
    return branch.entries().map(({ key, value }) => {
        if (!(0,tree/* isTreeMap */.vD)(value))
            throw (0,errors/* malformed */.Qm)(`INI section ${key} must be a mapping of keys to values`);
        return treeToSection(key, value);
    });
}
/** go-ini's comment writer; it trims key comment lines but not section comment lines. */
function formatComment(comment, trimLines) {
    return comment
        .split("\n")
        .map((line) => {
        if (!line.startsWith("#") && !line.startsWith(";"))
            return `; ${trimLines ? trim(line) : line}\n`;
        return `${line.charAt(0)} ${trim(line.slice(1))}\n`;
    })
        .join("");
}
/**
 * go-ini's quoting comes first so that output matches sops byte for byte. go-ini writes some keys and values
 * in a form that reads back differently (`"q"` loses its quotes, a trailing `\\` continues the line, a key
 * starting with `#` becomes a comment); for those the other quote styles are tried, and a text no style can
 * carry is refused rather than silently changed.
 */
function chooseForm(candidates, readsBack) {
    return candidates.find((form) => {
        try {
            return readsBack(form);
        }
        catch {
            return false;
        }
    });
}
function quoteKey(name, sectionName) {
    const goIni = name.includes('"') || name.includes("=") || name.includes(":")
        ? `\`${name}\``
        : name.includes("`")
            ? `"""${name}"""`
            : name;
    const form = chooseForm([goIni, `\`${name}\``, `"""${name}"""`], (candidate) => {
        const [parsed] = new IniParser(`${candidate} = v\n`).parse();
        return parsed?.keys.length === 1 && parsed.keys[0]?.name === name;
    });
    if (form === undefined)
        throw (0,errors/* malformed */.Qm)(`INI cannot represent the key ${JSON.stringify(name)} in section ${sectionName}`);
    return form;
}
function quoteValue(value, where) {
    let goIni = value;
    if (value.includes("\n") || value.includes("`"))
        goIni = `"""${value}"""`;
    else if (value.includes("#") || value.includes(";"))
        goIni = `\`${value}\``;
    else if (trim(value) !== value)
        goIni = `"${value}"`;
    const form = chooseForm([goIni, `\`${value}\``, `"""${value}"""`, `"${value}"`], (candidate) => {
        const [parsed] = new IniParser(`k = ${candidate}\n`).parse();
        return parsed?.keys[0]?.value === value;
    });
    if (form === undefined)
        throw (0,errors/* malformed */.Qm)(`INI cannot represent the value of key ${where}`);
    return form;
}
/**
 * go-ini `WriteTo` with its default PrettyFormat: `=` aligned per section on the longest key (in bytes),
 * a blank line after each section, and a leading DEFAULT section written without its header (or not at all
 * when it has no keys). sops' own files end after the last key, without go-ini's final blank line.
 */
function writeSections(sections) {
    let text = "";
    sections.forEach((section, index) => {
        if (section.comment !== "")
            text += formatComment(section.comment, false);
        // go-ini compares the name case-insensitively, which would turn a leading [default] into DEFAULT.
        if (index > 0 || section.name !== DEFAULT_SECTION)
            text += `[${section.name}]\n`;
        else if (section.keys.length === 0)
            return;
        const names = section.keys.map((key) => quoteKey(key.name, section.name));
        const width = Math.max(0, ...names.map(utf8Length));
        section.keys.forEach((key, i) => {
            const name = names[i] ?? key.name;
            if (key.comment !== "")
                text += formatComment(key.comment, true);
            const value = quoteValue(key.value, `${section.name}.${key.name}`);
            text += `${name}${" ".repeat(width - utf8Length(name))} = ${value}\n`;
        });
        text += "\n";
    });
    // Only a section separator produces an empty line: every written line has content.
    return text.endsWith("\n\n") ? text.slice(0, -1) : text;
}
function createIniStore() {
    const emitPlain = (branches) => ini_utf8Encoder.encode(writeSections(branches.flatMap(treeToSections)));
    return {
        format: "ini",
        parsePlain(bytes) {
            return [sectionsToTree(parseSections(bytes))];
        },
        parseEncrypted(bytes) {
            const sections = parseSections(bytes);
            const metadataSection = sections.find((section) => section.name === METADATA_SECTION);
            if (metadataSection === undefined) {
                throw new errors/* SopsError */.gb("NOT_SOPS_FILE", `INI input has no [${METADATA_SECTION}] section`);
            }
            // sops ≤ 3.12 and ≥ 3.13.2 write newlines as `\n`; 3.13.0/3.13.1 wrote real ones inside """…""".
            const pairs = metadataSection.keys.map(({ name, value }) => [
                name,
                unescapeNewlines(value),
            ]);
            return {
                branches: [sectionsToTree(sections.filter((section) => section.name !== METADATA_SECTION))],
                metadata: unflattenMetadata(pairs, ""),
            };
        },
        emitPlain,
        emitEncrypted(branches, metadata) {
            const sections = branches.flatMap(treeToSections);
            if (sections.some((section) => section.name === METADATA_SECTION)) {
                throw (0,errors/* malformed */.Qm)(`INI section [${METADATA_SECTION}] is reserved for sops metadata`);
            }
            const metadataKeys = flattenMetadata(metadata, "").map(([name, value]) => ({
                name,
                value: escapeNewlines(value),
                comment: "",
            }));
            sections.push({ name: METADATA_SECTION, comment: "", keys: metadataKeys });
            return ini_utf8Encoder.encode(writeSections(sections));
        },
        emitValue(value) {
            if (value instanceof Uint8Array)
                return value;
            if ((0,tree/* isScalar */.jn)(value))
                return ini_utf8Encoder.encode((0,goformat/* valueToString */.U4)(value));
            if (!(0,tree/* isTreeMap */.vD)(value))
                throw (0,errors/* malformed */.Qm)("INI cannot extract a list");
            // One section's keys print as INI lines without a header; a map of sections prints as a document.
            if (value.entries().every((entry) => (0,tree/* isScalar */.jn)(entry.value))) {
                return ini_utf8Encoder.encode(writeSections([treeToSection(DEFAULT_SECTION, value)]));
            }
            return emitPlain([value]);
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/sops/stores/store.ts
const FORMATS = ["yaml", "json", "dotenv", "ini", "binary"];

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/sops/tree-path.ts
var tree_path = __webpack_require__(840);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
;// CONCATENATED MODULE: ./actions/lib/sops/stores/yaml-resolve.ts
/**
 * Scalar typing of the YAML store, as yaml.v3's `resolve()` does it: which Go value an untagged plain
 * scalar (or one tagged `!!int`, `!!float`...) becomes. Shared by the exact reader, the fast reader of
 * plain block YAML and the emitter (which quotes what would not read back as a string).
 */

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const FIXED_VALUES = new Map([
    ["true", true],
    ["True", true],
    ["TRUE", true],
    ["false", false],
    ["False", false],
    ["FALSE", false],
    ["~", null],
    ["null", null],
    ["Null", null],
    ["NULL", null],
    [".nan", NaN],
    [".NaN", NaN],
    [".NAN", NaN],
    [".inf", Infinity],
    [".Inf", Infinity],
    [".INF", Infinity],
    ["+.inf", Infinity],
    ["+.Inf", Infinity],
    ["+.INF", Infinity],
    ["-.inf", -Infinity],
    ["-.Inf", -Infinity],
    ["-.INF", -Infinity],
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
function hintOf(text) {
    const first = text[0] ?? "";
    if (first >= "0" && first <= "9")
        return "number";
    if (first === "+" || first === "-")
        return "number";
    if (first === ".")
        return "dot";
    if ("yYnNtTfFoO~".includes(first))
        return "map";
    return undefined;
}
/** Go `strconv.ParseInt(s, 0, 64)` / `ParseUint(s, 0, 64)` without range checks. */
function parseGoInteger(text, signed) {
    let rest = text;
    let negative = false;
    if (signed && (rest.startsWith("+") || rest.startsWith("-"))) {
        negative = rest.startsWith("-");
        rest = rest.slice(1);
    }
    let digits = /^[0-9]+$/;
    let prefix = "";
    if (/^0[xX]/.test(rest)) {
        digits = /^[0-9a-fA-F]+$/;
        prefix = "0x";
        rest = rest.slice(2);
    }
    else if (/^0[bB]/.test(rest)) {
        digits = /^[01]+$/;
        prefix = "0b";
        rest = rest.slice(2);
    }
    else if (/^0[oO]/.test(rest)) {
        digits = /^[0-7]+$/;
        prefix = "0o";
        rest = rest.slice(2);
    }
    else if (rest.startsWith("0") && rest.length > 1) {
        digits = /^[0-7]+$/;
        prefix = "0o";
    }
    if (!digits.test(rest))
        return undefined;
    const magnitude = BigInt(prefix + rest);
    return negative ? -magnitude : magnitude;
}
/** Go `strconv.ParseFloat(s, 64)` for the syntax yaml.v3 lets through; out of range is an error. */
function parseGoFloat(text) {
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * yaml.v3 `parseTimestamp`: the layouts `2006-1-2T15:4:5.999999999Z07:00` (also with `t`),
 * `2006-1-2 15:4:5.999999999` (UTC) and `2006-1-2`, with Go `time.Parse` field rules. Returns the Go
 * `time.MarshalText` form.
 */
function parseTimestamp(text) {
    const match = /^(\d{4})-(\d\d?)-(\d\d?)(?:([Tt ])(\d\d?):(\d\d?):(\d\d?)(?:[.,](\d+))?(Z|[-+]\d\d:\d\d)?)?$/.exec(text);
    if (!match)
        return undefined;
    const [, yearText = "", monthText = "", dayText = "", separator, hourText, minuteText, secondText, fraction, zone,] = match;
    const year = Number(yearText);
    const month = Number(monthText);
    const day = Number(dayText);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    const pad = (n, width = 2) => String(n).padStart(width, "0");
    const date = `${yearText}-${pad(month)}-${pad(day)}`;
    if (separator === undefined)
        return new tree/* SopsTime */.nA(`${date}T00:00:00Z`);
    // The space-separated layout has no zone; the `T` layouts require one.
    if ((separator === " ") !== (zone === undefined))
        return undefined;
    const hour = Number(hourText);
    const minute = Number(minuteText);
    const second = Number(secondText);
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    let zoneText = "Z";
    if (zone !== undefined && zone !== "Z") {
        const offsetHours = Number(zone.slice(1, 3));
        const offsetMinutes = Number(zone.slice(4, 6));
        if (offsetHours > 24 || offsetMinutes > 60)
            return undefined;
        if (offsetHours !== 0 || offsetMinutes !== 0)
            zoneText = zone;
    }
    const nanos = (fraction ?? "").slice(0, 9).padEnd(9, "0").replace(/0+$/, "");
    const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${nanos === "" ? "" : `.${nanos}`}`;
    return new tree/* SopsTime */.nA(`${date}T${time}${zoneText}`);
}
const STR = "!!str";
const BINARY = "!!binary";
function tagOf(value) {
    if (value === null)
        return "!!null";
    if (typeof value === "boolean")
        return "!!bool";
    if (typeof value === "bigint")
        return "!!int";
    if (typeof value === "number")
        return "!!float";
    if (value instanceof tree/* SopsTime */.nA)
        return "!!timestamp";
    return STR;
}
/** yaml.v3 `resolve(tag, in)` for the resolvable tags ("" meaning untagged plain). */
function resolveText(text, tag) {
    if (tag === STR || tag === BINARY)
        return text;
    if (text === "")
        return null;
    const hint = hintOf(text);
    if (hint === undefined)
        return text;
    const fixed = FIXED_VALUES.get(text);
    if (fixed !== undefined)
        return fixed;
    if (hint === "dot")
        return DOT_FLOAT.test(text) ? (parseGoFloat(text) ?? text) : text;
    if (hint === "number") {
        if (tag === "" || tag === "!!timestamp") {
            const time = parseTimestamp(text);
            if (time)
                return time;
        }
        const plain = text.replace(/_/g, "");
        const signed = parseGoInteger(plain, true);
        if (signed !== undefined && signed >= INT64_MIN && signed <= INT64_MAX)
            return signed;
        const unsigned = parseGoInteger(plain, false);
        if (unsigned !== undefined && unsigned <= UINT64_MAX)
            return Number(unsigned);
        if (YAML_STYLE_FLOAT.test(plain))
            return parseGoFloat(plain) ?? text;
    }
    return text;
}

;// CONCATENATED MODULE: ./actions/lib/sops/stores/yaml-fast.ts
/**
 * A fast reader for the YAML that sops and this engine write: one document of block mappings and block
 * sequences whose scalars are plain, single- or double-quoted on one line, or literal block scalars
 * (`|`, `|-`, `|+`), plus the empty flow collections `[]` and `{}` that older sops versions write in
 * their metadata. It builds the tree line by line, without the `yaml` library's tokens, nodes and
 * documents, which is where decrypting a large file spent most of its time.
 *
 * It reads no YAML differently from the exact reader (yaml.ts): whatever it does not recognise, it does
 * not try to read. Comments, anchors, aliases, merge keys, tags, flow collections with content, folded
 * or indented block scalars, escapes, multi-line quoted or plain scalars, several documents, document
 * markers and directives, tabs, carriage returns, control characters, duplicate keys and anything that
 * would be a syntax error all return `undefined`: the exact reader then reads the file, with its
 * results and its error messages.
 */


/** Thrown (and caught below) for anything outside the subset: the exact reader takes the file. */
class Unsupported extends Error {
}
function unsupported() {
    throw new Unsupported();
}
/**
 * Anything but line feeds and printable characters (YAML's c-printable without tab, CR, NEL, the
 * no-break space, the line and paragraph separators and the byte order mark, which the exact reader
 * may treat specially), or a `#` (a comment, or a character whose meaning depends on what precedes it).
 */
const OUTSIDE_SUBSET = /[^\n\x20-\x22\x24-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
/** Below yaml's limit on an implicit key's length (1024), past which the exact reader reports an error. */
const MAX_KEY_LENGTH = 1000;
/** Characters that give a plain scalar's first character another meaning (c-indicator). */
const INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
function indentOf(line) {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20)
        indent++;
    return indent;
}
/** A sequence entry's dash at `column`: `-` followed by a space or the end of the line. */
function isDash(line, column) {
    return line[column] === "-" && (line.length === column + 1 || line[column + 1] === " ");
}
/**
 * Deeper nesting is left to the exact reader, whose own limit depends on the stack: the fast reader
 * must never accept a file the exact one would refuse, nor hand the tree's recursive walks a deeper one.
 */
const yaml_fast_MAX_DEPTH = 100;
class BlockReader {
    lines;
    endsWithBreak;
    index = 0;
    depth = 0;
    constructor(lines, 
    /** Whether the last line ended with a line break (block scalars need it to know their end). */
    endsWithBreak) {
        this.lines = lines;
        this.endsWithBreak = endsWithBreak;
    }
    read() {
        const first = this.peek();
        if (first?.indent !== 0)
            unsupported();
        const root = this.mapping(0);
        if (this.peek() !== undefined)
            unsupported();
        return root;
    }
    /** The next line with content, without consuming it; blank lines before it are skipped. */
    peek() {
        for (; this.index < this.lines.length; this.index++) {
            const text = this.lines[this.index] ?? "";
            if (text === "")
                continue;
            const indent = indentOf(text);
            // Spaces alone, a document marker or a directive.
            if (indent === text.length)
                unsupported();
            if (indent === 0 && (text.startsWith("---") || text.startsWith("...") || text.startsWith("%")))
                unsupported();
            return { text, indent };
        }
        return undefined;
    }
    /** A block mapping whose keys sit at `column`; `first`, when given, is its first entry's line. */
    mapping(column, first) {
        this.enter();
        const map = new tree/* TreeMap */.rR();
        const keys = new Set();
        if (first !== undefined)
            this.entry(map, keys, first, column);
        for (let next = this.peek(); next && next.indent >= column; next = this.peek()) {
            if (next.indent > column)
                unsupported();
            this.index++;
            this.entry(map, keys, next.text, column);
        }
        this.depth--;
        return map;
    }
    enter() {
        if (++this.depth > yaml_fast_MAX_DEPTH)
            unsupported();
    }
    /** `key: value` or `key:` (its value on the following lines) at `column` of `line`. */
    entry(map, keys, line, column) {
        const colon = keyColon(line, column);
        if (colon < 0 || colon - column > MAX_KEY_LENGTH)
            unsupported();
        const key = keyText(line.slice(column, colon));
        if (keys.has(key))
            unsupported();
        keys.add(key);
        let value;
        if (colon === line.length - 1)
            value = this.nested(column);
        else if (line[colon + 1] !== " ")
            unsupported();
        else {
            // Only ASCII spaces separate: U+3000 and the other Unicode spaces that trimStart() removes are
            // text in YAML (an emitter writes a value that starts with one unquoted).
            const rest = line.slice(colon + 2);
            value = this.inline(rest.slice(indentOf(rest)), column);
        }
        map.items.push({ key, value });
    }
    /** The value of `key:` at `column`: a more indented block, a sequence at the key's own column, or null. */
    nested(column) {
        const next = this.peek();
        if (next === undefined || next.indent < column)
            return null;
        if (next.indent === column)
            return isDash(next.text, column) ? this.sequence(column) : null;
        return isDash(next.text, next.indent) ? this.sequence(next.indent) : this.mapping(next.indent);
    }
    /** A block sequence whose dashes sit at `column`. */
    sequence(column) {
        this.enter();
        const list = [];
        for (let next = this.peek(); next && next.indent >= column; next = this.peek()) {
            if (next.indent > column)
                unsupported();
            if (!isDash(next.text, column))
                break;
            this.index++;
            list.push(this.item(next.text, column));
        }
        this.depth--;
        return list;
    }
    /** What follows the dash at `column`: a compact mapping, a scalar, or a block on the next lines. */
    item(line, column) {
        if (line.length === column + 1) {
            const next = this.peek();
            if (next === undefined || next.indent <= column)
                return null;
            return isDash(next.text, next.indent) ? this.sequence(next.indent) : this.mapping(next.indent);
        }
        const start = indentOf(line.slice(column + 1)) + column + 1;
        const content = line.slice(start);
        // A nested compact sequence (`- - x`) is left to the exact reader.
        if (isDash(line, start))
            unsupported();
        return keyColon(line, start) < 0 ? this.inline(content, column) : this.mapping(start, line);
    }
    /**
     * A value written on its entry's line (`text`, without the separating spaces). `column` is the
     * entry's: no later line may be indented more, or the value would continue there.
     */
    inline(text, column) {
        if (text === "|" || text === "|-" || text === "|+")
            return this.literal(column, text[1]);
        let value;
        if (text === "[]")
            value = [];
        else if (text === "{}")
            value = new tree/* TreeMap */.rR();
        else if (text[0] === '"')
            value = doubleQuoted(text);
        else if (text[0] === "'")
            value = singleQuoted(text);
        else
            value = resolveText(plainText(text), "");
        const next = this.peek();
        if (next && next.indent > column)
            unsupported();
        return value;
    }
    /** A literal block scalar whose header ends the line of an entry at `column`; `chomp` is `-`, `+` or none. */
    literal(column, chomp) {
        const first = this.peek();
        // An empty block scalar, or an indentation to detect past leading blank lines, is left to the exact reader.
        if (first === undefined || first.indent <= column || this.lines[this.index - 1] === "")
            unsupported();
        const indent = first.indent;
        const body = [];
        let blanks = 0;
        for (; this.index < this.lines.length; this.index++) {
            const text = this.lines[this.index] ?? "";
            if (text === "") {
                blanks++;
                continue;
            }
            const lineIndent = indentOf(text);
            if (lineIndent === text.length)
                unsupported();
            if (lineIndent < indent)
                break;
            for (; blanks > 0; blanks--)
                body.push("");
            body.push(text.slice(indent));
        }
        // A last line without its line break: chomping has less to go on, left to the exact reader.
        if (this.index === this.lines.length && !this.endsWithBreak)
            unsupported();
        const content = body.join("\n");
        if (chomp === "-")
            return content;
        return chomp === "+" ? `${content}\n${"\n".repeat(blanks)}` : `${content}\n`;
    }
}
/** Where a quoted scalar opened at `open` closes (`''` being an escaped quote in single quotes), or -1. */
function closingQuote(line, open) {
    const quote = line[open] ?? "";
    let close = line.indexOf(quote, open + 1);
    while (quote === "'" && close >= 0 && line[close + 1] === "'")
        close = line.indexOf(quote, close + 2);
    return close;
}
/**
 * The `:` that ends an implicit key starting at `column` (followed by a space or the end of the line),
 * or -1 when the text there is not a key. A plain key ends at its first such `:`, as in YAML.
 */
function keyColon(line, column) {
    const quote = line[column];
    if (quote === '"' || quote === "'") {
        const colon = closingQuote(line, column) + 1;
        const ends = colon > 0 && line[colon] === ":" && (colon + 1 === line.length || line[colon + 1] === " ");
        return ends ? colon : -1;
    }
    for (let colon = line.indexOf(":", column); colon >= 0; colon = line.indexOf(":", colon + 1)) {
        if (colon + 1 === line.length || line[colon + 1] === " ")
            return colon;
    }
    return -1;
}
/**
 * A key's text. The exact reader keeps a plain key's source text whatever it resolves to (`1`, `true`),
 * so resolution does not matter here; a plain `<<` is a merge key, which it expands.
 */
function keyText(token) {
    if (token[0] === '"')
        return doubleQuoted(token);
    if (token[0] === "'")
        return singleQuoted(token);
    if (token === "<<")
        unsupported();
    return plainText(token);
}
function doubleQuoted(text) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith('"') || inner.includes('"') || inner.includes("\\"))
        unsupported();
    return inner;
}
function singleQuoted(text) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || inner.replaceAll("''", "").includes("'"))
        unsupported();
    return inner.replaceAll("''", "'");
}
/** A one-line plain scalar's text, when nothing in it means more than text. */
function plainText(text) {
    const first = text[0] ?? "";
    // `-`, `?` and `:` start a plain scalar when a non-space follows; the other indicators never do.
    const indicator = INDICATORS.includes(first) && !("-?:".includes(first) && text.length > 1 && text[1] !== " ");
    if (text === "" || indicator || text.endsWith(" ") || text.endsWith(":") || text.includes(": "))
        unsupported();
    return text;
}
/**
 * The document's tree when `text` (without its byte order mark) is in the subset above, else undefined.
 * Comments never reach the tree here: a file with any `#` is read by the exact reader.
 */
function readPlainBlockYaml(text) {
    if (OUTSIDE_SUBSET.test(text))
        return undefined;
    const endsWithBreak = text.endsWith("\n");
    const lines = (endsWithBreak ? text.slice(0, -1) : text).split("\n");
    try {
        return new BlockReader(lines, endsWithBreak).read();
    }
    catch (error) {
        // Unsupported, or anything unforeseen (a stack overflow on deep nesting): the exact reader decides.
        if (error instanceof Unsupported || error instanceof RangeError)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/sops/stores/yaml.ts
/**
 * The YAML store, reproducing sops 3.13's `stores/yaml` on top of go.yaml.in/yaml/v3.
 *
 * The `yaml` package only tokenises and composes here (failsafe schema, so every scalar arrives as
 * text): scalar typing follows yaml.v3's `resolve()`, comments are placed from their source positions,
 * and output comes from a small emitter that mirrors libyaml's indentation and scalar-style rules as
 * yaml.v3 configures them (indent 4, indented block sequences, no line folding, unicode output).
 * Encrypted files are first offered to yaml-fast.ts, which reads the plain block YAML sops writes to
 * the same tree without the `yaml` package, and leaves everything else to the reader here.
 *
 * Choices where sops itself would not produce a tree (or does not say):
 * - An empty stream (no document at all) is MALFORMED; `---` alone is one empty document.
 * - A mapping key that resolves to something other than a string (`1: x`, `true: x`) keeps its source
 *   text as a string key; sops fails later with "Tree contains a non-string key". Non-scalar keys are
 *   MALFORMED.
 * - Plain integers beyond int64 become float64 (yaml.v3 would yield uint64, which sops cannot walk).
 * - Merge keys (`<<`) are expanded in place: the merged entries appear where `<<` stood, explicit keys
 *   of the mapping win, earlier merge sources win over later ones.
 * - A comment on the same line as an entry becomes `Comment(text, true)` right after that entry; one on
 *   the line of a key whose value is a block collection (`key: # c`) too, and it is written back there.
 */









// ---------------------------------------------------------------------------------------------------
// Scalars the emitter may leave plain
const OLD_BOOLS = new Set([
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF",
]);
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** yaml.v3 `stringv`: may this string be written unquoted without changing its type? */
function canBePlain(text) {
    return typeof resolveText(text, "") === "string" && !OLD_BOOLS.has(text) && !BASE60_FLOAT.test(text);
}
// ---------------------------------------------------------------------------------------------------
// Parsing
const yaml_utf8Encoder = new TextEncoder();
function decodeBase64(text, where) {
    // Go's StdEncoding skips line breaks but nothing else, and requires padding.
    const compact = text.replace(/[\r\n]/g, "");
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
        throw (0,errors/* malformed */.Qm)(`!!binary value at ${where} contains invalid base64 data`);
    }
    return Uint8Array.from(atob(compact), (c) => c.charCodeAt(0));
}
function encodeBase64(bytes) {
    let binary = "";
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
function describePath(path) {
    return path.length === 0 ? "the top level" : (0,tree_path/* formatPath */.jV)(path);
}
/** Upper bound on values produced by alias expansion, against "billion laughs" documents. */
const ALIAS_EXPANSION_LIMIT = 1_000_000;
class DocumentReader {
    doc;
    lineStarts;
    text;
    containers = [];
    entries = [];
    expanded = 0;
    resolving = new Set();
    constructor(doc, lineStarts, text) {
        this.doc = doc;
        this.lineStarts = lineStarts;
        this.text = text;
    }
    lineOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    columnOf(offset) {
        return offset - (this.lineStarts[this.lineOf(offset)] ?? 0);
    }
    read(comments) {
        const contents = this.doc.contents;
        let root;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && this.isNullScalar(contents))) {
            root = new tree/* TreeMap */.rR();
            this.newContainer(0, undefined, root.items, (items) => (root.items = items));
        }
        else {
            const target = (0,dist/* isAlias */.Vj)(contents) ? this.resolveAlias(contents, []) : contents;
            if (!(0,dist/* isMap */.jh)(target))
                throw (0,errors/* malformed */.Qm)("top-level value must be a mapping, not a list or scalar");
            root = this.convert(contents, [], undefined, 0, true);
        }
        const rootContainer = this.containers[0];
        if (rootContainer === undefined)
            throw (0,errors/* malformed */.Qm)("top-level value must be a mapping");
        for (const comment of comments)
            this.place(comment, rootContainer);
        for (const container of this.containers)
            this.splice(container);
        return root;
    }
    isNullScalar(node) {
        return ((0,dist/* isScalar */.jn)(node) &&
            node.type === "PLAIN" &&
            node.tag === undefined &&
            resolveText(String(node.value), "") === null);
    }
    newContainer(column, parent, values, apply) {
        const container = {
            column,
            parent,
            entries: [],
            heads: [],
            afters: [],
            trailing: [],
            apply,
            values,
        };
        this.containers.push(container);
        return container;
    }
    register(container, depth, start) {
        if (container === undefined)
            return undefined;
        const line = this.lineOf(start);
        const entry = {
            container,
            index: container.entries.length,
            depth,
            startLine: line,
            endLine: line,
        };
        container.entries.push(entry);
        this.entries.push(entry);
        return entry;
    }
    finish(entry, node) {
        if (entry === undefined || !node?.range)
            return;
        const [start, valueEnd] = node.range;
        entry.endLine = Math.max(entry.endLine, this.lineOf(Math.max(start, valueEnd - 1)));
    }
    resolveAlias(node, path) {
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        const target = node.resolve(this.doc);
        if (target === undefined)
            throw (0,errors/* malformed */.Qm)(`unknown anchor referenced at ${describePath(path)}`);
        return target;
    }
    /**
     * Convert a node. `track` is false inside alias expansions and merged mappings: their source
     * positions belong to the anchor, so they take no part in comment placement.
     */
    convert(node, path, parent, depth, track) {
        if (node === null)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = this.resolveAlias(node, path);
            if (this.resolving.has(target))
                throw (0,errors/* malformed */.Qm)(`recursive alias at ${describePath(path)}`);
            this.resolving.add(target);
            try {
                return this.convert(target, path, undefined, depth, false);
            }
            finally {
                this.resolving.delete(target);
            }
        }
        if (!track && ++this.expanded > ALIAS_EXPANSION_LIMIT)
            throw (0,errors/* malformed */.Qm)("document contains excessive aliasing");
        if ((0,dist/* isScalar */.jn)(node))
            return this.scalar(node, path);
        const container = (values, apply) => track ? this.newContainer(this.columnOf(node.range?.[0] ?? 0), parent, values, apply) : undefined;
        if ((0,dist/* isSeq */.oP)(node)) {
            const list = [];
            const info = container(list, (items) => list.splice(0, list.length, ...items));
            node.items.forEach((item, index) => {
                const itemNode = item;
                const entry = this.register(info, depth, itemNode?.range?.[0] ?? node.range?.[0] ?? 0);
                list.push(this.convert(itemNode, [...path, index], info, depth + 1, track));
                this.finish(entry, itemNode);
            });
            return list;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const map = new tree/* TreeMap */.rR();
            const info = container(map.items, (items) => (map.items = items));
            this.mapping(node.items, map, path, info, depth, track);
            return map;
        }
        throw (0,errors/* malformed */.Qm)(`unsupported YAML node at ${describePath(path)}`);
    }
    mapping(pairs, map, path, info, depth, track) {
        const explicit = new Set();
        const keys = pairs.map((pair) => {
            if (this.isMergeKey(pair.key))
                return undefined;
            const key = this.key(pair.key, path);
            if (explicit.has(key))
                throw (0,errors/* malformed */.Qm)(`duplicate key ${JSON.stringify(key)} in ${describePath(path)}`);
            explicit.add(key);
            return key;
        });
        const present = new Set(explicit);
        pairs.forEach((pair, index) => {
            const key = keys[index];
            if (key === undefined) {
                for (const merged of this.mergeSources(pair.value, path)) {
                    if (present.has(merged.key))
                        continue;
                    present.add(merged.key);
                    map.items.push(merged);
                }
                return;
            }
            const entry = this.register(info, depth, pair.key?.range?.[0] ?? 0);
            const value = this.convert(pair.value, [...path, key], info, depth + 1, track);
            map.items.push({ key, value });
            this.finish(entry, pair.value ?? pair.key);
        });
    }
    isMergeKey(key) {
        return (key !== null && (0,dist/* isScalar */.jn)(key) && key.type === "PLAIN" && key.tag === undefined && key.value === "<<");
    }
    mergeSources(value, path) {
        const target = value === null ? null : this.resolveAlias(value, path);
        const sources = target !== null && (0,dist/* isSeq */.oP)(target) ? target.items : [target];
        const merged = [];
        for (const source of sources) {
            const converted = source === null ? null : this.convert(source, path, undefined, 0, false);
            if (!(0,tree/* isTreeMap */.vD)(converted))
                throw (0,errors/* malformed */.Qm)(`merge key in ${describePath(path)} must refer to mappings`);
            merged.push(...converted.entries());
        }
        return merged;
    }
    key(node, path) {
        const target = node === null ? null : this.resolveAlias(node, path);
        if (target === null)
            return "";
        if (!(0,dist/* isScalar */.jn)(target))
            throw (0,errors/* malformed */.Qm)(`mapping key in ${describePath(path)} is not a scalar`);
        const value = this.scalar(target, path);
        if (typeof value === "string")
            return value;
        return String(target.source ?? target.value);
    }
    scalar(node, path) {
        if (!(0,dist/* isScalar */.jn)(node))
            throw (0,errors/* malformed */.Qm)(`expected a scalar at ${describePath(path)}`);
        const text = String(node.value);
        const where = describePath(path);
        const tag = shortTag(node.tag);
        const quoted = node.type !== "PLAIN";
        if (tag === undefined || tag === "!" || tag === STR)
            return quoted || tag !== undefined ? text : resolveText(text, "");
        if (tag === BINARY) {
            return (0,utf8/* textOrBytes */.Q8)(decodeBase64(text, where));
        }
        if (tag === "!!null")
            return null;
        if (!["!!bool", "!!int", "!!float", "!!timestamp"].includes(tag))
            return text;
        const value = resolveText(text, tag);
        const resolved = tagOf(value);
        if (resolved === tag)
            return value;
        if (tag === "!!float" && typeof value === "bigint")
            return Number(value);
        throw (0,errors/* malformed */.Qm)(`cannot decode the ${resolved} value at ${where} as ${tag}`);
    }
    // Comment placement --------------------------------------------------------------------------
    place(comment, root) {
        const line = this.lineOf(comment.offset);
        const lineStart = this.lineStarts[line] ?? 0;
        const column = comment.offset - lineStart;
        const inline = this.text.slice(lineStart, comment.offset).trim() !== "";
        if (inline) {
            const owner = this.inlineOwner(line);
            if (owner) {
                owner.container.afters[owner.index] ??= [];
                owner.container.afters[owner.index]?.push(new tree/* Comment */.Mw(comment.value, true));
                return;
            }
        }
        const item = new tree/* Comment */.Mw(comment.value);
        const next = this.entries.find((entry) => entry.startLine > line);
        // Only entries inside the innermost entry still open at this line can end a container here.
        let open = -1;
        this.entries.forEach((entry, index) => {
            if (entry.startLine < line && entry.endLine >= line)
                open = index;
        });
        let previous;
        for (const entry of this.entries.slice(open + 1)) {
            if (entry.endLine >= line)
                continue;
            if (previous === undefined ||
                entry.endLine > previous.endLine ||
                (entry.endLine === previous.endLine && entry.depth >= previous.depth)) {
                previous = entry;
            }
        }
        for (let container = previous?.container; container; container = container.parent) {
            if (next && encloses(container, next.container))
                break;
            if (column >= container.column) {
                container.trailing.push(item);
                return;
            }
        }
        if (next) {
            next.container.heads[next.index] ??= [];
            next.container.heads[next.index]?.push(item);
        }
        else {
            root.trailing.push(item);
        }
    }
    inlineOwner(line) {
        let owner;
        for (const entry of this.entries) {
            if (entry.startLine !== line && entry.endLine !== line)
                continue;
            if (owner === undefined || entry.depth >= owner.depth)
                owner = entry;
        }
        return owner;
    }
    splice(container) {
        const items = [];
        container.values.forEach((value, index) => {
            items.push(...(container.heads[index] ?? []), value, ...(container.afters[index] ?? []));
        });
        items.push(...container.trailing);
        container.apply(items);
    }
}
function encloses(outer, inner) {
    for (let container = inner; container; container = container.parent) {
        if (container === outer)
            return true;
    }
    return false;
}
function shortTag(tag) {
    if (tag === undefined)
        return undefined;
    return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
function collectComments(token, out) {
    if (Array.isArray(token)) {
        for (const item of token)
            collectComments(item, out);
        return;
    }
    if (token === null || typeof token !== "object")
        return;
    const { type, offset, source } = token;
    if (type === "comment" && offset !== undefined && source !== undefined) {
        out.push({ offset, value: source.slice(1) });
        return;
    }
    for (const value of Object.values(token)) {
        if (typeof value === "object")
            collectComments(value, out);
    }
}
/** The parser's message without the fragments of input that some messages quote. */
function describeParseError(code, message) {
    if (code === "BAD_DQ_ESCAPE")
        return "invalid escape sequence in a double-quoted scalar";
    return (message.split("\n")[0] ?? code).replace(/: .*$/, "");
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === "\n")
            starts.push(i + 1);
    return starts;
}
/** @param fast try the fast reader (yaml-fast.ts) first: same trees, built without the `yaml` library */
function parseDocuments(bytes, fast) {
    const text = (0,utf8/* decodeUtf8 */._6)(bytes, "YAML").replace(/^\uFEFF/, "");
    const read = fast ? readPlainBlockYaml(text) : undefined;
    if (read)
        return [read];
    try {
        const tokens = [...new dist/* Parser */.iX().parse(text)];
        const docs = [
            ...new dist/* Composer */.Dk({
                schema: "failsafe",
                resolveKnownTags: false,
                uniqueKeys: false,
                keepSourceTokens: true,
                merge: false,
                prettyErrors: false,
                strict: false,
                logLevel: "silent",
            }).compose(tokens),
        ];
        if (docs.length === 0)
            throw (0,errors/* malformed */.Qm)("YAML input contains no document");
        const lineStarts = lineStartsOf(text);
        for (const doc of docs) {
            const error = doc.errors[0];
            if (error) {
                const line = lineStarts.filter((start) => start <= error.pos[0]).length;
                throw (0,errors/* malformed */.Qm)(`YAML syntax error on line ${line}: ${describeParseError(error.code, error.message)}`);
            }
        }
        // Each comment belongs to the last document that starts before it.
        const documentStarts = tokens.filter((token) => token.type === "document").map((token) => token.offset);
        const comments = docs.map(() => []);
        const all = [];
        collectComments(tokens, all);
        for (const comment of all.sort((a, b) => a.offset - b.offset)) {
            const index = Math.max(0, documentStarts.filter((start) => start <= comment.offset).length - 1);
            comments[Math.min(index, docs.length - 1)]?.push(comment);
        }
        return docs.map((doc, index) => new DocumentReader(doc, lineStarts, text).read(comments[index] ?? []));
    }
    catch (error) {
        if (error instanceof errors/* SopsError */.gb)
            throw error;
        throw (0,errors/* malformed */.Qm)(`cannot parse YAML: ${(0,lib_errors/* describeUnknown */.Ee)(error)}`);
    }
}
function yaml_withoutComments(value) {
    if ((0,tree/* isTreeMap */.vD)(value)) {
        return new tree/* TreeMap */.rR(value.entries().map((entry) => ({ key: entry.key, value: yaml_withoutComments(entry.value) })));
    }
    if ((0,tree/* isTreeList */.rB)(value)) {
        return value.filter((item) => !(item instanceof tree/* Comment */.Mw)).map(yaml_withoutComments);
    }
    return value;
}
function isBreak(cp) {
    return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
/** libyaml `is_printable` (yaml.v3 emits unicode, so only these decide escaping). */
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff));
}
function isBlankOrEnd(cp) {
    return cp === undefined || cp === 0x20 || cp === 0x09 || isBreak(cp) || cp === 0;
}
/** libyaml `yaml_emitter_analyze_scalar`, block context only. */
function analyzeScalar(value) {
    if (value === "") {
        return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
    }
    const cps = Array.from(value, (c) => c.codePointAt(0) ?? 0);
    let blockIndicators = value.startsWith("---") || value.startsWith("...");
    let lineBreaks = false;
    let special = false;
    let tabs = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let previousSpace = false;
    let previousBreak = false;
    let precededByWhitespace = true;
    for (const [i, cp] of cps.entries()) {
        const followedByWhitespace = isBlankOrEnd(cps[i + 1]);
        const c = String.fromCodePoint(cp);
        if (i === 0) {
            if ("#,[]{}&*!|>'\"%@`".includes(c))
                blockIndicators = true;
            else if ((c === "?" || c === ":" || c === "-") && followedByWhitespace)
                blockIndicators = true;
        }
        else if ((c === ":" && followedByWhitespace) || (c === "#" && precededByWhitespace)) {
            blockIndicators = true;
        }
        if (cp === 0x09)
            tabs = true;
        else if (!isPrintable(cp))
            special = true;
        const last = i === cps.length - 1;
        if (cp === 0x20) {
            if (i === 0)
                leadingSpace = true;
            if (last)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (isBreak(cp)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (last)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankOrEnd(cp);
    }
    let blockPlainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
    let singleQuotedAllowed = true;
    let blockAllowed = !trailingSpace;
    if (breakSpace || spaceBreak || tabs || special) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
    }
    if (spaceBreak || special)
        blockAllowed = false;
    if (lineBreaks || blockIndicators)
        blockPlainAllowed = false;
    return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}
/** libyaml `yaml_emitter_select_scalar_style` for block context. */
function selectStyle(value, requested, simpleKey) {
    const analysis = analyzeScalar(value);
    let style = requested;
    if (simpleKey && analysis.multiline)
        style = "double";
    if (style === "plain" && (!analysis.blockPlainAllowed || (value === "" && simpleKey)))
        style = "single";
    if (style === "single" && !analysis.singleQuotedAllowed)
        style = "double";
    if (style === "literal" && (!analysis.blockAllowed || simpleKey))
        style = "double";
    return style;
}
const ESCAPES = new Map([
    [0x00, "0"],
    [0x07, "a"],
    [0x08, "b"],
    [0x09, "t"],
    [0x0a, "n"],
    [0x0b, "v"],
    [0x0c, "f"],
    [0x0d, "r"],
    [0x1b, "e"],
    [0x22, '"'],
    [0x5c, "\\"],
    [0x85, "N"],
    [0xa0, "_"],
    [0x2028, "L"],
    [0x2029, "P"],
]);
function yaml_doubleQuoted(value) {
    let out = '"';
    for (const c of value) {
        const cp = c.codePointAt(0) ?? 0;
        if (isPrintable(cp) && cp !== 0xfeff && !isBreak(cp) && c !== '"' && c !== "\\") {
            out += c;
            continue;
        }
        const named = ESCAPES.get(cp);
        if (named !== undefined)
            out += `\\${named}`;
        else if (cp <= 0xff)
            out += `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}`;
        else if (cp <= 0xffff)
            out += `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
        else
            out += `\\U${cp.toString(16).toUpperCase().padStart(8, "0")}`;
    }
    return `${out}"`;
}
/** How yaml.v3's `Node.Encode` presents a scalar: its text, wished style and tag. */
function scalarForm(value) {
    if (value === null)
        return { text: "null", requested: "plain" };
    if (typeof value === "boolean")
        return { text: value ? "true" : "false", requested: "plain" };
    if (typeof value === "bigint")
        return { text: value.toString(), requested: "plain" };
    if (typeof value === "number")
        return { text: formatYamlFloat(value), requested: "plain" };
    if (value instanceof tree/* SopsTime */.nA)
        return { text: value.text, requested: "plain" };
    if (value instanceof Uint8Array) {
        const text = wrapBase64(encodeBase64(value));
        return { text, requested: text.includes("\n") ? "literal" : "plain", tag: BINARY };
    }
    // Re-reading a plain `<<` yields a merge-tagged node, which yaml.v3 then writes with its tag.
    if (value === "<<")
        return { text: value, requested: "plain", tag: "!!merge" };
    if (value.includes("\n"))
        return { text: value, requested: "literal" };
    return { text: value, requested: canBePlain(value) ? "plain" : "double" };
}
/** yaml.v3 `encodeBase64`: lines of 70 characters, each ending in a newline once there are several. */
function wrapBase64(encoded) {
    if (encoded.length < 70)
        return encoded;
    let out = "";
    for (let i = 0; i < encoded.length; i += 70)
        out += `${encoded.slice(i, i + 70)}\n`;
    return out;
}
/** yaml.v3 `floatv`: `strconv.FormatFloat(f, 'g', -1, 64)` with YAML's infinities and NaN. */
function formatYamlFloat(value) {
    if (Number.isNaN(value))
        return ".nan";
    if (value === Infinity)
        return ".inf";
    if (value === -Infinity)
        return "-.inf";
    return (0,goformat/* formatFloatGeneral */.kv)(value, "e");
}
/** Split container items into entries with the comments before and on the line of each. */
function groupItems(items) {
    const groups = [];
    let pending = [];
    for (const item of items) {
        if (item instanceof tree/* Comment */.Mw) {
            const last = groups[groups.length - 1];
            if (item.inline && pending.length === 0 && last && last.line === undefined)
                last.line = item.value;
            else
                pending.push(item.value);
            continue;
        }
        groups.push({ heads: pending, item });
        pending = [];
    }
    return { groups, trailing: pending };
}
class Emitter {
    best;
    out = "";
    column = 0;
    indention = true;
    whitespace = true;
    constructor(best) {
        this.best = best;
    }
    put(text) {
        this.out += text;
        this.column += Array.from(text).length;
    }
    putBreak() {
        this.out += "\n";
        this.column = 0;
        this.indention = true;
    }
    writeIndent(indent) {
        const target = Math.max(indent, 0);
        if (!this.indention || this.column > target || (this.column === target && !this.whitespace))
            this.putBreak();
        this.put(" ".repeat(Math.max(0, target - this.column)));
        this.whitespace = true;
    }
    writeIndicator(indicator, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(" ");
        this.put(indicator);
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
    }
    writeComments(indent, lines) {
        for (const line of lines) {
            this.writeIndent(indent);
            this.put(`#${line}`);
            this.putBreak();
            this.whitespace = true;
        }
    }
    writeLineComment(line) {
        if (line === undefined)
            return;
        if (!this.whitespace)
            this.put(" ");
        this.put(`#${line}`);
        this.putBreak();
        this.whitespace = true;
    }
    /** libyaml `increase_indent` for block nodes. */
    nextIndent(indent, inSequenceItem) {
        if (indent < 0)
            return 0;
        if (inSequenceItem)
            return indent + 2;
        return this.best * Math.floor((indent + this.best) / this.best);
    }
    finishDocument() {
        if (this.column > 0)
            this.putBreak();
    }
    /** Write a value whose parent node sits at `indent`; `line` is a comment for the end of its first line. */
    value(value, indent, inSequenceItem, line) {
        if ((0,tree/* isTreeMap */.vD)(value)) {
            const { groups } = groupItems(value.items);
            if (groups.length === 0)
                this.emptyCollection("{}", value.items, indent, line);
            else
                this.mapping(value, indent, inSequenceItem, line);
        }
        else if ((0,tree/* isTreeList */.rB)(value)) {
            const { groups } = groupItems(value);
            if (groups.length === 0)
                this.emptyCollection("[]", value, indent, line);
            else
                this.sequence(value, indent, inSequenceItem, line);
        }
        else {
            this.scalar(value, this.nextIndent(indent, inSequenceItem), false, line);
        }
    }
    emptyCollection(flow, items, indent, line) {
        // Comments of an otherwise empty collection cannot sit inside `{}`: they go before it at the top
        // level and after it elsewhere, where they read back as comments of the enclosing mapping.
        const comments = items
            .filter((item) => item instanceof tree/* Comment */.Mw)
            .map((item) => item.value);
        if (indent < 0)
            this.writeComments(0, comments);
        this.writeIndicator(flow[0] ?? "", true, true, false);
        this.writeIndicator(flow[1] ?? "", false, false, false);
        this.writeLineComment(line);
        if (indent >= 0)
            this.writeComments(this.nextIndent(indent, false), comments);
    }
    /** Comments that lead a mapping or list: written before the `- ` of the item that holds it. */
    leadingComments(value) {
        if ((0,tree/* isTreeMap */.vD)(value) && value.entries().length > 0)
            return groupItems(value.items).groups[0]?.heads ?? [];
        if ((0,tree/* isTreeList */.rB)(value) && value.some((item) => !(item instanceof tree/* Comment */.Mw))) {
            return groupItems(value).groups[0]?.heads ?? [];
        }
        return [];
    }
    mapping(map, parentIndent, inSequenceItem, keyLine) {
        const indent = this.nextIndent(parentIndent, inSequenceItem);
        this.writeLineComment(keyLine);
        const { groups, trailing } = groupItems(map.items);
        groups.forEach((group, index) => {
            if (index > 0 || !inSequenceItem)
                this.writeComments(indent, group.heads);
            this.writeIndent(indent);
            this.entry(group.item, indent, group.line);
        });
        this.writeComments(indent, trailing);
    }
    entry({ key, value }, indent, line) {
        const form = scalarForm(key);
        const simple = !form.text.includes("\n") && yaml_utf8Encoder.encode(form.text).length + (form.tag?.length ?? 0) <= 128;
        if (simple) {
            this.scalar(key, indent, true, undefined);
            this.writeIndicator(":", false, false, false);
        }
        else {
            this.writeIndicator("?", true, false, true);
            this.scalar(key, this.nextIndent(indent, false), false, undefined);
            this.writeIndent(indent);
            this.writeIndicator(":", true, false, true);
        }
        this.value(value, indent, false, line);
    }
    sequence(list, parentIndent, inSequenceItem, keyLine) {
        const indent = this.nextIndent(parentIndent, inSequenceItem);
        this.writeLineComment(keyLine);
        const { groups, trailing } = groupItems(list);
        groups.forEach((group, index) => {
            const heads = index > 0 || !inSequenceItem ? group.heads : [];
            this.writeComments(indent, [...heads, ...this.leadingComments(group.item)]);
            this.writeIndent(indent);
            this.writeIndicator("-", true, false, true);
            this.value(group.item, indent, true, group.line);
        });
        this.writeComments(indent, trailing);
    }
    scalar(value, indent, simpleKey, line) {
        const form = scalarForm(value);
        if (form.tag !== undefined)
            this.writeIndicator(form.tag, true, false, false);
        const style = selectStyle(form.text, form.requested, simpleKey);
        switch (style) {
            case "plain":
                if (form.text !== "" && !this.whitespace)
                    this.put(" ");
                this.put(form.text);
                this.whitespace = false;
                this.indention = false;
                break;
            case "single":
                this.writeIndicator("'", true, false, false);
                this.put(form.text.replace(/'/g, "''"));
                this.writeIndicator("'", false, false, false);
                break;
            case "double":
                this.writeIndicator('"', true, false, false);
                this.put(yaml_doubleQuoted(form.text).slice(1, -1));
                this.writeIndicator('"', false, false, false);
                break;
            case "literal":
                this.literal(form.text, indent, line);
                return;
        }
        this.writeLineComment(line);
    }
    literal(text, indent, line) {
        this.writeIndicator("|", true, false, false);
        const first = text.codePointAt(0) ?? 0;
        if (first === 0x20 || isBreak(first))
            this.writeIndicator(String(this.best), false, false, false);
        const endsWithBreak = text.endsWith("\n");
        const keep = text === "\n" || text.endsWith("\n\n");
        if (!endsWithBreak)
            this.writeIndicator("-", false, false, false);
        else if (keep)
            this.writeIndicator("+", false, false, false);
        if (line !== undefined)
            this.writeLineComment(line);
        else
            this.putBreak();
        this.whitespace = true;
        let atLineStart = true;
        for (const c of text) {
            if (c === "\n") {
                this.putBreak();
                atLineStart = true;
                continue;
            }
            if (atLineStart)
                this.writeIndent(indent);
            this.put(c);
            this.indention = false;
            atLineStart = false;
        }
    }
}
/** libyaml clamps the indent to 2..9; yaml.v3 turns 0 (unset) into 4. */
function bestIndent(indent) {
    if (indent === undefined || indent === 0)
        return 4;
    return indent < 2 || indent > 9 ? 2 : indent;
}
function emitDocuments(branches, indent) {
    const documents = branches.map((branch) => {
        const emitter = new Emitter(indent);
        emitter.value(branch, -1, false);
        emitter.finishDocument();
        return emitter.out;
    });
    return yaml_utf8Encoder.encode(documents.join("---\n"));
}
// ---------------------------------------------------------------------------------------------------
// Store
function createYamlStore(options) {
    const indent = bestIndent(options?.indent);
    return {
        format: "yaml",
        // A plaintext is written by hand, with comments and anything YAML allows: the exact reader alone.
        parsePlain(bytes) {
            return parseDocuments(bytes, false);
        },
        parseEncrypted(bytes) {
            const branches = parseDocuments(bytes, true);
            const metadata = branches[0]?.get("sops");
            if (metadata === undefined)
                throw new errors/* SopsError */.gb("NOT_SOPS_FILE", "no sops metadata found");
            if (!(0,tree/* isTreeMap */.vD)(metadata))
                throw new errors/* SopsError */.gb("NOT_SOPS_FILE", "the sops metadata is not a mapping");
            for (const branch of branches) {
                branch.items = branch.items.filter((item) => item instanceof tree/* Comment */.Mw || item.key !== "sops");
            }
            return { branches, metadata: yaml_withoutComments(metadata) };
        },
        emitPlain(branches) {
            return emitDocuments(branches, indent);
        },
        emitEncrypted(branches, metadata) {
            return emitDocuments(branches.map((branch) => new tree/* TreeMap */.rR([...branch.items, { key: "sops", value: metadata }])), indent);
        },
        emitValue(value) {
            if ((0,tree/* isTreeMap */.vD)(value) || (0,tree/* isTreeList */.rB)(value)) {
                const emitter = new Emitter(indent);
                emitter.value(value, -1, false);
                emitter.finishDocument();
                return yaml_utf8Encoder.encode(emitter.out);
            }
            return value instanceof Uint8Array ? value : yaml_utf8Encoder.encode((0,goformat/* valueToString */.U4)(value));
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/sops/formats.ts
/**
 * Which store reads a file: by extension as sops does, and, for the extensions sops does not know
 * (`.env.enc`, `.enc`, `secrets`), by looking at how the encrypted file is laid out.
 */







function createStore(format, options = {}) {
    switch (format) {
        case "yaml":
            return createYamlStore(options);
        case "json":
            return (0,stores_json/* createJsonStore */.u)(options);
        case "dotenv":
            return createDotenvStore();
        case "ini":
            return createIniStore();
        case "binary":
            return createBinaryStore(options);
    }
}
function parseFormat(text, what) {
    if (FORMATS.includes(text))
        return text;
    throw (0,errors/* badInput */.AN)(`${what} must be one of ${FORMATS.join(", ")}, not "${text.slice(0, 40)}"`);
}
/** sops' choice by extension (`formats.FormatForPath`): anything unknown is the binary store. */
function formatForPath(path) {
    const name = path.toLowerCase();
    if (name.endsWith(".yaml") || name.endsWith(".yml"))
        return "yaml";
    if (name.endsWith(".json"))
        return "json";
    if (name.endsWith(".env"))
        return "dotenv";
    if (name.endsWith(".ini"))
        return "ini";
    return undefined;
}
const decoder = new TextDecoder();
/**
 * The format of an encrypted file: by extension when sops knows it, otherwise from the layout of its
 * metadata (`{"data":..., "sops":...}` JSON is the binary store).
 */
function detectEncryptedFormat(path, bytes) {
    const byExtension = formatForPath(path);
    if (byExtension)
        return byExtension;
    const head = decoder.decode(bytes.subarray(0, 1 << 16));
    const text = head.trimStart();
    if (text.startsWith("{"))
        return isBinaryEnvelope(bytes) ? "binary" : "json";
    if (/^sops_(lastmodified|mac|version)=/m.test(head))
        return "dotenv";
    if (/^\[sops\]\s*$/m.test(head))
        return "ini";
    if (/^sops:\s*$/m.test(head))
        return "yaml";
    return "binary";
}
function isBinaryEnvelope(bytes) {
    try {
        const [branch] = (0,stores_json/* createJsonStore */.u)().parseEncrypted(bytes).branches;
        const keys = branch?.entries().map((entry) => entry.key) ?? [];
        return keys.length === 1 && keys[0] === "data";
    }
    catch {
        // Not even valid encrypted JSON: the JSON store will report what is wrong with it.
        return false;
    }
}


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ ageInDays),
/* harmony export */   Wm: () => (/* binding */ compareRecipients),
/* harmony export */   rV: () => (/* binding */ creationRuleFor)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9516);
/**
 * What the suite decides about a SOPS file against its `.sops.yaml`, with one meaning wherever it is
 * asked: which creation rule covers a file, whether the file's recipients are the rule's (updatekeys,
 * verify-no-plaintext, rotate-reminder), and how old the file is.
 */

/**
 * The creation rule sops would pick for a repository-relative file: the first that matches, and only
 * for files below the config's folder. The config file itself is never covered.
 */
function creationRuleFor(setup, file) {
    if (!setup || file === setup.file)
        return undefined;
    const relative = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .pathForRules */ .Cc)(setup.dir || ".", file);
    if (relative.startsWith("../"))
        return undefined;
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .findCreationRule */ .nJ)(setup.config, relative);
}
const groupShape = (groups) => JSON.stringify(groups
    .filter((group) => group.length > 0)
    .map((group) => [...new Set(group)].sort())
    .sort());
/**
 * The file's master keys against the creation rule's. Key groups are compared as sets of sets: the
 * order of groups and of keys inside a group does not matter, empty groups do not count.
 */
function compareRecipients(keyGroups, rule) {
    const wanted = rule.ageGroups.filter((group) => group.length > 0);
    const current = keyGroups.map((group) => group.age.map((key) => key.recipient));
    const have = new Set(current.flat());
    const want = new Set(wanted.flat());
    // In the rule's and the file's order, as a person reads them there.
    const missing = [...want].filter((recipient) => !have.has(recipient));
    const extra = [...have].filter((recipient) => !want.has(recipient));
    const named = new Set(rule.otherKeys);
    const unnamedOtherKeys = [
        ...new Set(keyGroups.flatMap((group) => group.others.map((key) => `${key.type}:${key.id}`))),
    ]
        .filter((key) => !named.has(key))
        .sort();
    const regrouped = missing.length === 0 && extra.length === 0 && groupShape(current) !== groupShape(wanted);
    const comparable = wanted.length > 0;
    return {
        comparable,
        missing,
        extra,
        unnamedOtherKeys,
        regrouped,
        inSync: comparable && missing.length === 0 && extra.length === 0 && unnamedOtherKeys.length === 0 && !regrouped,
    };
}
const DAY_MS = 86_400_000;
/** Whole days from an RFC 3339 time (SOPS `lastmodified`, a commit date) to `now`; never negative. */
function ageInDays(since, now) {
    return Math.max(0, Math.floor((now - Date.parse(since)) / DAY_MS));
}


/***/ }),

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ compileRe2)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/**
 * sops and `.sops.yaml` regexes are Go RE2 syntax. JavaScript's RegExp differs in ways that would
 * silently change which keys get encrypted (`\s`, `.`, `(?i)`, `\A`, `\z`, `(?P<name>`, POSIX classes),
 * so patterns are translated token by token; anything without an exact equivalent is refused.
 */

const POSIX_CLASSES = {
    alnum: "0-9A-Za-z",
    alpha: "A-Za-z",
    ascii: "\\x00-\\x7F",
    blank: "\\t ",
    cntrl: "\\x00-\\x1F\\x7F",
    digit: "0-9",
    graph: "!-~",
    lower: "a-z",
    print: " -~",
    punct: "!-\\/:-@\\[-`{-~",
    space: "\\t\\n\\v\\f\\r ",
    upper: "A-Z",
    word: "0-9A-Za-z_",
    xdigit: "0-9A-Fa-f",
};
const GO_SPACE = "\\t\\n\\f\\r ";
/** Characters that must stay escaped in a `u`-flag JavaScript pattern (outside a class). */
const JS_SYNTAX = new Set(Array.from("^$\\.*+?()[]{}|/"));
const JS_CLASS_SYNTAX = new Set(Array.from("\\]-^"));
class Translator {
    source;
    pos = 0;
    out = "";
    dotAll = false;
    flags = "u";
    constructor(source) {
        this.source = source;
    }
    fail(what) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`regex "${this.source}": ${what}; use RE2 syntax that JavaScript can express too`);
    }
    translate() {
        this.leadingFlags();
        while (this.pos < this.source.length)
            this.out += this.atom(false);
        try {
            return new RegExp(this.out, this.flags);
        }
        catch {
            return this.fail("it is not a valid regular expression");
        }
    }
    leadingFlags() {
        const match = /^\(\?([imsU]+)\)/.exec(this.source);
        if (!match)
            return;
        for (const flag of match[1] ?? "") {
            if (flag === "U")
                this.fail("the ungreedy flag (?U) is not supported");
            if (flag === "s")
                this.dotAll = true;
            else if (!this.flags.includes(flag))
                this.flags += flag;
        }
        this.pos = match[0].length;
    }
    atom(inClass) {
        const ch = this.source[this.pos++] ?? "";
        if (ch === "\\")
            return this.escape(inClass);
        if (inClass)
            return ch;
        if (ch === "[")
            return this.charClass();
        if (ch === ".")
            return this.dotAll ? "[\\s\\S]" : "[^\\n]";
        if (ch === "(")
            return this.group();
        return ch;
    }
    group() {
        const rest = this.source.slice(this.pos);
        if (!rest.startsWith("?"))
            return "(";
        // The rest of the group opener is copied by the main loop: "(" + "?:" or "(" + "?<name>".
        if (rest.startsWith("?:"))
            return "(";
        if (rest.startsWith("?P<")) {
            this.pos += 2;
            return "(?";
        }
        if (rest.startsWith("?<") && !rest.startsWith("?<=") && !rest.startsWith("?<!"))
            return "(";
        return this.fail("flag groups and look-around are not supported here");
    }
    charClass() {
        let body = "";
        if (this.source[this.pos] === "^") {
            body += "^";
            this.pos++;
        }
        // A leading ']' is a literal in RE2.
        if (this.source[this.pos] === "]") {
            body += "\\]";
            this.pos++;
        }
        for (;;) {
            if (this.pos >= this.source.length)
                this.fail("a character class is not closed");
            if (this.source[this.pos] === "]") {
                this.pos++;
                return `[${body}]`;
            }
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.source.slice(this.pos));
            if (posix) {
                const range = POSIX_CLASSES[posix[2] ?? ""];
                if (range === undefined)
                    this.fail(`unknown POSIX class [:${posix[2] ?? ""}:]`);
                if (posix[1])
                    this.fail("negated POSIX classes inside brackets are not supported");
                body += range;
                this.pos += posix[0].length;
                continue;
            }
            const ch = this.source[this.pos];
            if (ch === "[") {
                body += "\\[";
                this.pos++;
                continue;
            }
            body += this.atom(true);
        }
    }
    escape(inClass) {
        const ch = this.source[this.pos++];
        if (ch === undefined)
            return this.fail("it ends with a lone backslash");
        switch (ch) {
            case "A":
                if (inClass)
                    this.fail("\\A inside a character class");
                return "(?<![\\s\\S])";
            case "z":
                if (inClass)
                    this.fail("\\z inside a character class");
                return "(?![\\s\\S])";
            case "s":
                return inClass ? GO_SPACE : `[${GO_SPACE}]`;
            case "S":
                if (inClass)
                    this.fail("\\S inside a character class");
                return `[^${GO_SPACE}]`;
            case "d":
            case "D":
            case "w":
            case "W":
            case "t":
            case "n":
            case "r":
            case "f":
            case "v":
                return `\\${ch}`;
            case "b":
            case "B":
                if (inClass)
                    this.fail(`\\${ch} inside a character class`);
                return `\\${ch}`;
            case "a":
                return "\\x07";
            case "Q": {
                const end = this.source.indexOf("\\E", this.pos);
                const literal = this.source.slice(this.pos, end === -1 ? undefined : end);
                this.pos = end === -1 ? this.source.length : end + 2;
                return Array.from(literal)
                    .map((c) => this.literal(c, inClass))
                    .join("");
            }
            case "x":
                return this.hexEscape();
            case "p":
            case "P":
                return this.unicodeClass(ch);
            default:
                if (/[0-7]/.test(ch))
                    return this.octal(ch);
                if (/[A-Za-z0-9]/.test(ch))
                    return this.fail(`the escape \\${ch} is not supported`);
                return this.literal(ch, inClass);
        }
    }
    literal(ch, inClass) {
        const special = inClass ? JS_CLASS_SYNTAX : JS_SYNTAX;
        return special.has(ch) ? `\\${ch}` : ch;
    }
    hexEscape() {
        const rest = this.source.slice(this.pos);
        const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
        const plain = /^[0-9A-Fa-f]{2}/.exec(rest);
        const match = braced ?? plain;
        if (!match)
            return this.fail("\\x needs two hex digits or {hex}");
        this.pos += match[0].length;
        return `\\u{${braced ? (braced[1] ?? "") : match[0]}}`;
    }
    unicodeClass(ch) {
        const rest = this.source.slice(this.pos);
        const match = /^\{(\^?)([A-Za-z_]+)\}|^([A-Za-z])/.exec(rest);
        if (!match)
            return this.fail(`\\${ch} needs a class name`);
        this.pos += match[0].length;
        const name = match[2] ?? match[3] ?? "";
        const negate = (ch === "P") !== (match[1] === "^");
        const letter = negate ? "P" : "p";
        const general = /^(L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs)$/;
        if (name === "Any")
            return negate ? "[^\\s\\S]" : "[\\s\\S]";
        return general.test(name) ? `\\${letter}{${name}}` : `\\${letter}{Script=${name}}`;
    }
    octal(first) {
        const match = /^[0-7]{0,2}/.exec(this.source.slice(this.pos));
        const digits = first + (match?.[0] ?? "");
        if (first !== "0" && digits.length === 1)
            this.fail("backreferences are not supported in RE2");
        this.pos += digits.length - 1;
        return `\\u{${parseInt(digits, 8).toString(16)}}`;
    }
}
const cache = new Map();
/** Compile a Go RE2 pattern into an equivalent JavaScript RegExp, or throw BAD_INPUT. */
function compileRe2(pattern) {
    let compiled = cache.get(pattern);
    if (!compiled) {
        compiled = new Translator(pattern).translate();
        cache.set(pattern, compiled);
    }
    return compiled;
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseJsonValue),
/* harmony export */   u: () => (/* binding */ createJsonStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8179);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8866);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7721);
/**
 * The JSON store (sops `stores/json/store.go`, 3.13.2).
 *
 * Parsing uses a hand-written parser instead of `JSON.parse`: JavaScript objects move integer-like keys
 * ("1", "42") to the front and turn every number into a float64, while sops keeps document order and,
 * since 3.13.2, reads integers that fit int64 as Go ints (`normalizeJSONNumber`).
 *
 * Emission reproduces Go byte for byte: `json.Marshal` for every scalar and key, then `json.Indent`.
 */




const METADATA_KEY = "sops";
const MAX_DEPTH = 1000;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const NUMBER_PATTERN = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** A key path in the `--extract` syntax (`["a"][0]["b"]`): keys are not secret, values are. */
function formatPath(path) {
    const parts = [];
    for (let node = path; node !== undefined; node = node.parent) {
        parts.push(`[${typeof node.segment === "number" ? String(node.segment) : JSON.stringify(node.segment)}]`);
    }
    return parts.length === 0 ? "the top level" : parts.reverse().join("");
}
// ---------------------------------------------------------------------------------------------------
// Parsing
function positionText(text, index) {
    const lineStart = text.lastIndexOf("\n", index - 1) + 1;
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1))
        line++;
    return `line ${line}, column ${index - lineStart + 1}`;
}
/** Names what was found without quoting the document beyond one harmless character. */
function describeFound(text, index) {
    const char = text[index];
    if (char === undefined)
        return "end of input";
    if (char >= "!" && char <= "~")
        return `'${char}'`;
    if (char === "\uFEFF")
        return "a byte order mark";
    return char.charCodeAt(0) < 0x20 ? "a control character" : "a non-ASCII character";
}
class JsonParser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.pos >= this.text.length)
            throw this.error("the document is empty");
        if (this.text[this.pos] !== "{")
            throw this.error("top-level value must be a JSON object");
        return this.parseWhole();
    }
    /** Any single JSON value, e.g. the VALUE of `secrets-actions set`. */
    parseWhole() {
        this.skipWhitespace();
        if (this.pos >= this.text.length)
            throw this.error("the document is empty");
        const root = this.parseValue(undefined, 0);
        this.skipWhitespace();
        if (this.pos < this.text.length)
            throw this.error(`unexpected ${describeFound(this.text, this.pos)} after the top-level value`);
        return root;
    }
    error(message, at = this.pos) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`invalid JSON at ${positionText(this.text, at)}: ${message}`);
    }
    unexpected(expected) {
        return this.error(`expected ${expected}, found ${describeFound(this.text, this.pos)}`);
    }
    skipWhitespace() {
        for (;;) {
            const char = this.text[this.pos];
            if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r")
                return;
            this.pos++;
        }
    }
    parseValue(path, depth) {
        const char = this.text[this.pos];
        if (char === "{")
            return this.parseObject(path, depth + 1);
        if (char === "[")
            return this.parseArray(path, depth + 1);
        if (char === '"')
            return this.parseString();
        if (char === "-" || (char !== undefined && char >= "0" && char <= "9"))
            return this.parseNumber();
        for (const [word, value] of [
            ["true", true],
            ["false", false],
            ["null", null],
        ]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return value;
            }
        }
        throw this.unexpected("a value");
    }
    enter(path, depth) {
        if (depth > MAX_DEPTH)
            throw this.error(`nesting deeper than ${MAX_DEPTH} levels at ${formatPath(path)}`);
        this.pos++;
        this.skipWhitespace();
    }
    parseObject(path, depth) {
        this.enter(path, depth);
        const map = new _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .TreeMap */ .rR();
        if (this.text[this.pos] === "}") {
            this.pos++;
            return map;
        }
        const seen = new Set();
        for (;;) {
            if (this.text[this.pos] !== '"')
                throw this.unexpected("a string object key");
            const keyStart = this.pos;
            const key = this.parseString();
            const keyPath = { parent: path, segment: key };
            if (seen.has(key))
                throw this.error(`duplicate key ${formatPath(keyPath)}`, keyStart);
            seen.add(key);
            this.skipWhitespace();
            if (this.text[this.pos] !== ":")
                throw this.unexpected("':' after an object key");
            this.pos++;
            this.skipWhitespace();
            map.items.push({ key, value: this.parseValue(keyPath, depth) });
            this.skipWhitespace();
            const next = this.text[this.pos];
            this.pos++;
            if (next === "}")
                return map;
            if (next !== ",") {
                this.pos--;
                throw this.unexpected("',' or '}'");
            }
            this.skipWhitespace();
        }
    }
    parseArray(path, depth) {
        this.enter(path, depth);
        const list = [];
        if (this.text[this.pos] === "]") {
            this.pos++;
            return list;
        }
        for (;;) {
            list.push(this.parseValue({ parent: path, segment: list.length }, depth));
            this.skipWhitespace();
            const next = this.text[this.pos];
            this.pos++;
            if (next === "]")
                return list;
            if (next !== ",") {
                this.pos--;
                throw this.unexpected("',' or ']'");
            }
            this.skipWhitespace();
        }
    }
    parseNumber() {
        NUMBER_PATTERN.lastIndex = this.pos;
        const match = NUMBER_PATTERN.exec(this.text);
        const after = this.text[NUMBER_PATTERN.lastIndex] ?? "";
        if (match === null || /[0-9.eE+-]/.test(after))
            throw this.error("invalid number");
        const literal = match[0];
        const start = this.pos;
        this.pos += literal.length;
        if (match[1] === undefined && match[2] === undefined) {
            const integer = BigInt(literal);
            if (integer >= INT64_MIN && integer <= INT64_MAX)
                return integer;
        }
        // Like Go's strconv.ParseFloat, Number() rounds to the nearest float64.
        const float = Number(literal);
        if (!Number.isFinite(float))
            throw this.error("number out of the float64 range", start);
        return float;
    }
    parseString() {
        this.pos++;
        let out = "";
        let chunkStart = this.pos;
        for (;;) {
            const code = this.text.charCodeAt(this.pos);
            if (Number.isNaN(code))
                throw this.error("unterminated string");
            if (code === 0x22) {
                out += this.text.slice(chunkStart, this.pos);
                this.pos++;
                return out;
            }
            if (code < 0x20)
                throw this.error("control character in a string (it must be escaped)");
            if (code === 0x5c) {
                out += this.text.slice(chunkStart, this.pos) + this.parseEscape();
                chunkStart = this.pos;
            }
            else
                this.pos++;
        }
    }
    parseEscape() {
        const escapeStart = this.pos;
        const char = this.text[this.pos + 1];
        this.pos += 2;
        switch (char) {
            case '"':
            case "\\":
            case "/":
                return char;
            case "b":
                return "\b";
            case "f":
                return "\f";
            case "n":
                return "\n";
            case "r":
                return "\r";
            case "t":
                return "\t";
            case "u":
                return this.parseUnicodeEscape(escapeStart);
            default:
                throw this.error("invalid escape sequence in a string", escapeStart);
        }
    }
    readHex4(escapeStart) {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
            throw this.error("invalid \\u escape in a string", escapeStart);
        this.pos += 4;
        return parseInt(hex, 16);
    }
    parseUnicodeEscape(escapeStart) {
        const unit = this.readHex4(escapeStart);
        if (unit < 0xd800 || unit > 0xdfff)
            return String.fromCharCode(unit);
        if (unit <= 0xdbff && this.text.startsWith("\\u", this.pos)) {
            const save = this.pos;
            this.pos += 2;
            const low = this.readHex4(save);
            if (low >= 0xdc00 && low <= 0xdfff)
                return String.fromCharCode(unit, low);
            this.pos = save;
        }
        // Go's decoder turns an unpaired surrogate into U+FFFD instead of failing.
        return "\uFFFD";
    }
}
/** Parse one JSON value of any kind, with the same typing as the store (ints as bigint). */
function parseJsonValue(text) {
    return new JsonParser(text).parseWhole();
}
/** Parse a JSON document whose top level must be an object. */
function parseJsonObject(bytes) {
    return new JsonParser((0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(bytes, "JSON")).parseDocument();
}
// ---------------------------------------------------------------------------------------------------
// Emission
// Since Go 1.22 json.Marshal writes \b and \f by name; the rest of C0, and <, > and & (HTML escaping is
// on in json.Marshal), as \u00xx in lowercase hex.
const NAMED_ESCAPES = new Map([
    [0x22, '\\"'],
    [0x5c, "\\\\"],
    [0x08, "\\b"],
    [0x0c, "\\f"],
    [0x0a, "\\n"],
    [0x0d, "\\r"],
    [0x09, "\\t"],
]);
/** Go's escape for each ASCII character (`undefined` = written as is). */
const ASCII_ESCAPES = Array.from({ length: 0x80 }, (_, code) => {
    const named = NAMED_ESCAPES.get(code);
    if (named !== undefined)
        return named;
    if (code < 0x20 || code === 0x3c || code === 0x3e || code === 0x26)
        return `\\u00${code.toString(16).padStart(2, "0")}`;
    return undefined;
});
/** The escaped body of a Go string literal (without quotes) for well-formed text. */
function escapeText(text) {
    let out = "";
    let chunkStart = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let escape;
        if (code < 0x80)
            escape = ASCII_ESCAPES[code];
        else if (code === 0x2028 || code === 0x2029)
            escape = `\\u${code.toString(16)}`;
        else if (code >= 0xd800 && code <= 0xdfff) {
            const next = text.charCodeAt(i + 1);
            if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
                i++;
            else
                escape = "\\ufffd";
        }
        if (escape !== undefined) {
            out += text.slice(chunkStart, i) + escape;
            chunkStart = i + 1;
        }
    }
    return out + text.slice(chunkStart);
}
/** A Go string holding arbitrary bytes: every byte that starts no valid UTF-8 sequence becomes `\ufffd`. */
function escapeBytes(bytes) {
    let out = "";
    let runStart = 0;
    for (let i = 0; i < bytes.length;) {
        const length = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8SequenceLength */ .vg)(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += escapeText(UTF8_DECODER.decode(bytes.subarray(runStart, i))) + "\\ufffd";
        i++;
        runStart = i;
    }
    return out + escapeText(UTF8_DECODER.decode(bytes.subarray(runStart)));
}
function quote(text) {
    return `"${escapeText(text)}"`;
}
function encodeBytes(bytes) {
    // The tree keeps both Go []byte (type:bytes, which json.Marshal writes as base64) and type:str strings
    // that are not UTF-8 as Uint8Array. Only type:bytes can be valid UTF-8, and sops itself never writes
    // type:bytes, so invalid UTF-8 is treated as the far more common Go string.
    if ((0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidUtf8 */ .ql)(bytes))
        return `"${Buffer.from(bytes).toString("base64")}"`;
    return `"${escapeBytes(bytes)}"`;
}
class JsonEmitter {
    indent;
    constructor(indent) {
        this.indent = indent;
    }
    newline(depth) {
        return "\n" + this.indent.repeat(depth);
    }
    /** `json.Indent` output: `{}`/`[]` when empty, else one member per line at depth + 1. */
    container(open, close, members, depth) {
        if (members.length === 0)
            return open + close;
        const inner = this.newline(depth + 1);
        return open + inner + members.join("," + inner) + this.newline(depth) + close;
    }
    encode(value, depth, path) {
        if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeMap */ .vD)(value)) {
            const members = value
                .entries()
                .map(({ key, value: child }) => `${quote(key)}: ${this.encode(child, depth + 1, { parent: path, segment: key })}`);
            return this.container("{", "}", members, depth);
        }
        if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeList */ .rB)(value)) {
            const members = [];
            for (const item of value) {
                if (!(item instanceof _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .Comment */ .Mw))
                    members.push(this.encode(item, depth + 1, { parent: path, segment: members.length }));
            }
            return this.container("[", "]", members, depth);
        }
        if (value === null)
            return "null";
        if (typeof value === "string")
            return quote(value);
        if (typeof value === "bigint")
            return value.toString();
        if (typeof value === "boolean")
            return value ? "true" : "false";
        if (typeof value === "number") {
            if (!Number.isFinite(value))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`JSON cannot represent the non-finite number at ${formatPath(path)}`);
            return (0,_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFloatJson */ .Ak)(value);
        }
        if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsTime */ .nA)
            return quote(value.text);
        return encodeBytes(value);
    }
}
function indentString(indent) {
    if (indent === undefined || indent === -1)
        return "\t";
    if (!Number.isInteger(indent) || indent < -1) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`JSON indentation must be -1 (tab) or a number of spaces >= 0, got ${indent}`);
    }
    return " ".repeat(indent);
}
/** The `sops` key is the metadata; a `sops` key anywhere else is ordinary data. */
function splitMetadata(document) {
    const metadata = document.get(METADATA_KEY);
    if (metadata === undefined || metadata === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SopsError */ .gb("NOT_SOPS_FILE", "the JSON document has no top-level `sops` metadata key");
    }
    if (!(0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeMap */ .vD)(metadata))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SopsError */ .gb("NOT_SOPS_FILE", "the top-level `sops` value must be a JSON object");
    const data = new _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .TreeMap */ .rR(document.entries().filter((entry) => entry.key !== METADATA_KEY));
    return { branches: [data], metadata };
}
function createJsonStore(options = {}) {
    const emitter = new JsonEmitter(indentString(options.indent));
    const emitDocument = (value) => UTF8.encode(emitter.encode(value, 0, undefined) + "\n");
    return {
        format: "json",
        parsePlain: (bytes) => [parseJsonObject(bytes)],
        parseEncrypted: (bytes) => splitMetadata(parseJsonObject(bytes)),
        emitPlain(branches) {
            const [first] = branches;
            if (first === undefined)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)("there is no document to write as JSON");
            // A multi-document YAML stream has no single JSON object; its documents become an array.
            return emitDocument(branches.length === 1 ? first : branches);
        },
        emitEncrypted(branches, metadata) {
            const [first] = branches;
            if (first === undefined || branches.length > 1) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`an encrypted JSON file holds exactly one document, got ${branches.length}`);
            }
            return emitDocument(new _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .TreeMap */ .rR([...first.items, { key: METADATA_KEY, value: metadata }]));
        },
        emitValue(value) {
            // `sops decrypt --extract` writes a mapping as a whole file, any other tree through `json.Indent`
            // without a final newline, a string as its raw bytes and other scalars as their text.
            if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeMap */ .vD)(value))
                return emitDocument(value);
            if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeList */ .rB)(value))
                return UTF8.encode(emitter.encode(value, 0, undefined));
            if (value instanceof Uint8Array)
                return value;
            return UTF8.encode((0,_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .valueToString */ .U4)(value));
        },
    };
}


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sG: () => (/* binding */ decryptTree),
  OJ: () => (/* binding */ encryptTree),
  YC: () => (/* binding */ macAad),
  Tb: () => (/* binding */ selectLeaves)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/sops/cipher.ts
var cipher = __webpack_require__(2581);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __webpack_require__(1037);
// EXTERNAL MODULE: ./actions/lib/sops/goformat.ts
var goformat = __webpack_require__(8179);
// EXTERNAL MODULE: ./actions/lib/sops/re2.ts
var re2 = __webpack_require__(2213);
;// CONCATENATED MODULE: ./actions/lib/sops/selection.ts

function selectorFor(rule) {
    const { name, value } = rule;
    switch (name) {
        case "unencrypted_suffix":
            return (path) => !path.some((key) => key.endsWith(value));
        case "encrypted_suffix":
            return (path) => path.some((key) => key.endsWith(value));
        case "unencrypted_regex": {
            const regex = (0,re2/* compileRe2 */.X)(value);
            return (path) => !path.some((key) => regex.test(key));
        }
        case "encrypted_regex": {
            const regex = (0,re2/* compileRe2 */.X)(value);
            return (path) => path.some((key) => regex.test(key));
        }
        case "unencrypted_comment_regex": {
            const regex = (0,re2/* compileRe2 */.X)(value);
            return (_path, comments) => !comments.some((level) => level.some((comment) => regex.test(comment)));
        }
        case "encrypted_comment_regex": {
            const regex = (0,re2/* compileRe2 */.X)(value);
            return (_path, comments, isComment) => comments.some((level, depth) => {
                // The marker comment itself stays readable: it is the last entry of the innermost level.
                const own = isComment && depth === comments.length - 1 ? level.slice(0, -1) : level;
                return own.some((comment) => regex.test(comment));
            });
        }
    }
}

// EXTERNAL MODULE: ./actions/lib/sops/tree-path.ts
var tree_path = __webpack_require__(840);
// EXTERNAL MODULE: ./actions/lib/sops/tree.ts
var tree = __webpack_require__(8866);
;// CONCATENATED MODULE: ./actions/lib/sops/tree-cipher.ts
/**
 * Encrypting and decrypting a whole document: the tree walk of sops' `Tree.Encrypt`/`Tree.Decrypt`,
 * which also feeds every non-comment plaintext leaf (in document order, across documents) into the
 * SHA-512 MAC.
 */







/** SHA-256("sops"): prefixed to the MAC input when only encrypted values are authenticated. */
const MAC_ONLY_ENCRYPTED_PREFIX = Buffer.from("8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69", "hex");
function describe(location) {
    return (0,tree_path/* formatPath */.jV)(location) || "(root)";
}
class Walker {
    direction;
    dataKey;
    settings;
    stash;
    iv;
    select;
    hash = (0,external_node_crypto_.createHash)("sha512");
    leaves = [];
    plaintextComments = 0;
    document = 0;
    constructor(direction, dataKey, settings, stash, iv) {
        this.direction = direction;
        this.dataKey = dataKey;
        this.settings = settings;
        this.stash = stash;
        this.iv = iv;
        this.select = selectorFor(settings.rule);
        if (settings.macOnlyEncrypted)
            this.hash.update(MAC_ONLY_ENCRYPTED_PREFIX);
    }
    run(branches) {
        const out = branches.map((branch, index) => {
            this.document = index;
            return this.walkMap(branch, [], [], []);
        });
        return {
            branches: out,
            mac: this.hash.digest("hex").toUpperCase(),
            leaves: this.leaves,
            plaintextComments: this.plaintextComments,
        };
    }
    walkMap(map, path, location, stack) {
        const level = [];
        const levels = [...stack, level];
        const items = map.items.map((item) => {
            if (item instanceof tree/* Comment */.Mw)
                return this.comment(item, path, levels, level);
            const value = this.walkValue(item.value, [...path, item.key], [...location, item.key], levels);
            level.length = 0;
            return { key: item.key, value };
        });
        return new tree/* TreeMap */.rR(items);
    }
    walkList(list, path, location, stack) {
        const level = [];
        const levels = [...stack, level];
        return list.map((item, index) => {
            if (item instanceof tree/* Comment */.Mw)
                return this.comment(item, path, levels, level);
            const value = this.walkValue(item, path, [...location, index], levels);
            level.length = 0;
            return value;
        });
    }
    walkValue(value, path, location, stack) {
        if ((0,tree/* isTreeMap */.vD)(value))
            return this.walkMap(value, path, location, stack);
        if ((0,tree/* isTreeList */.rB)(value))
            return this.walkList(value, path, location, stack);
        if (value === null)
            return null;
        const selected = this.select(path, stack, false);
        if (this.direction === "select") {
            this.leaves.push({ location, document: this.document, value, encrypted: selected && value !== "" });
            return value;
        }
        // Only comments transform into comments, so a scalar leaf stays a scalar.
        const result = (selected ? this.transform(value, path, location) : value);
        const plaintext = this.direction === "encrypt" ? value : result;
        if (!this.settings.macOnlyEncrypted || selected) {
            // A string goes in as is: node hashes its UTF-8, the bytes canonicalBytes would copy it into.
            this.hash.update(typeof plaintext === "string" ? plaintext : (0,goformat/* canonicalBytes */.Mr)(plaintext));
        }
        this.leaves.push({
            location,
            document: this.document,
            value: plaintext,
            encrypted: selected && plaintext !== "",
        });
        return result;
    }
    comment(item, path, stack, level) {
        level.push(item.value);
        if (this.direction === "select" || !this.select(path, stack, true))
            return item;
        if (this.direction === "decrypt" && !(0,cipher/* isEncryptedValue */.m2)(item.value)) {
            this.plaintextComments++;
            return item;
        }
        const result = this.transform(item, path, []);
        level[level.length - 1] = this.direction === "encrypt" ? item.value : result.value;
        return new tree/* Comment */.Mw(result.value, item.inline);
    }
    transform(value, path, location) {
        const aad = path.length === 0 ? ":" : `${path.join(":")}:`;
        if (this.direction === "encrypt") {
            const text = this.stash?.get((0,cipher/* stashKey */.bN)(value, aad)) ?? (0,cipher/* encryptValue */.Rb)(value, this.dataKey, aad, this.iv?.());
            return value instanceof tree/* Comment */.Mw ? new tree/* Comment */.Mw(text, value.inline) : text;
        }
        const encrypted = value instanceof tree/* Comment */.Mw ? value.value : value;
        if (typeof encrypted !== "string" || (encrypted !== "" && !(0,cipher/* isEncryptedValue */.m2)(encrypted))) {
            throw (0,errors/* malformed */.Qm)(`the value at ${describe(location)} should be encrypted but is stored in plaintext`);
        }
        const plaintext = (0,cipher/* decryptValue */.pN)(encrypted, this.dataKey, aad, () => describe(location));
        if (encrypted !== "")
            this.stash?.set((0,cipher/* stashKey */.bN)(plaintext, aad), encrypted);
        return plaintext;
    }
}
function decryptTree(branches, dataKey, settings, stash) {
    return new Walker("decrypt", dataKey, settings, stash).run(branches);
}
/** @param iv deterministic IVs, for tests only */
function encryptTree(branches, dataKey, settings, stash, iv) {
    return new Walker("encrypt", dataKey, settings, stash, iv).run(branches);
}
/**
 * Which leaves the file's selection rules pick for encryption, without any cipher: what a checker needs
 * to tell a value that should be `ENC[...]` from one that may stay plaintext. The MAC of the result is
 * meaningless.
 */
function selectLeaves(branches, settings) {
    return new Walker("select", new Uint8Array(0), settings).run(branches).leaves;
}
/** Decrypt the stored MAC (AAD: lastmodified re-formatted as Go's RFC 3339) and compare. */
function macAad(lastModified) {
    // Go re-formats the parsed time: fractional seconds dropped, a zero offset written as Z.
    return lastModified.replace(/\.\d+(?=Z|[+-])/, "").replace(/[+-]00:00$/, "Z");
}


/***/ }),

/***/ 840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ setPath),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   d0: () => (/* binding */ unsetPath),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   rP: () => (/* binding */ parsePathExpression)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8866);
/**
 * sops' path expressions (`--extract '["a"]["b"][0]'`, `sops set FILE '["k"]' VALUE`) and the tree
 * operations they drive.
 */


function parsePathExpression(expression) {
    const parts = [];
    const token = /\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\s*\]/y;
    let position = 0;
    while (position < expression.length) {
        token.lastIndex = position;
        const match = token.exec(expression);
        if (!match) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`path "${expression.slice(0, 80)}" is not of the form ["key"][0]["other"] (at character ${position + 1})`);
        }
        const [, double, single, index] = match;
        if (index !== undefined)
            parts.push(Number(index));
        else
            parts.push((double ?? single ?? "").replace(/\\(.)/g, "$1"));
        position = token.lastIndex;
    }
    if (parts.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)('the path is empty: give at least one ["key"]');
    return parts;
}
function formatPath(parts) {
    return parts.map((part) => (typeof part === "number" ? `[${part}]` : `[${JSON.stringify(part)}]`)).join("");
}
function child(value, part) {
    if (typeof part === "string" && (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(value))
        return value.get(part);
    if (typeof part === "number" && (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(value)) {
        const items = value.filter((item) => !(item instanceof _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .Comment */ .Mw));
        return items[part];
    }
    return undefined;
}
function getPath(root, parts) {
    let current = root;
    parts.forEach((part, depth) => {
        const next = child(current, part);
        if (next === undefined)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${formatPath(parts.slice(0, depth + 1))} does not exist in the file`);
        current = next;
    });
    return current;
}
/** A copy of `root` with the value at `parts` replaced (missing map keys are created, as `sops set` does). */
function setPath(root, parts, value) {
    return replaceIn(root, parts, 0, value);
}
/** A copy of `root` without the value at `parts`. */
function unsetPath(root, parts) {
    getPath(root, parts);
    return replaceIn(root, parts, 0, undefined);
}
function replaceIn(node, parts, depth, value) {
    const part = parts[depth];
    const last = depth === parts.length - 1;
    const where = formatPath(parts.slice(0, depth + 1));
    if (typeof part === "string") {
        if (!(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(node))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${where}: the parent is not a mapping`);
        const items = [...node.items];
        const at = items.findIndex((item) => !(item instanceof _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .Comment */ .Mw) && item.key === part);
        const existing = at >= 0 ? items[at].value : new _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .TreeMap */ .rR();
        const next = last ? value : replaceIn(existing, parts, depth + 1, value);
        if (next === undefined)
            items.splice(at, 1);
        else if (at >= 0)
            items[at] = { key: part, value: next };
        else
            items.push({ key: part, value: next });
        return new _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .TreeMap */ .rR(items);
    }
    if (!(0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(node))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${where}: the parent is not a list`);
    const positions = node.flatMap((item, index) => (item instanceof _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .Comment */ .Mw ? [] : [index]));
    const at = positions[part];
    if (at === undefined) {
        if (part !== positions.length || value === undefined)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${where} is past the end of the list`);
        return [...node, last ? value : replaceIn(new _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .TreeMap */ .rR(), parts, depth + 1, value)];
    }
    const list = [...node];
    const next = last ? value : replaceIn(list[at], parts, depth + 1, value);
    if (next === undefined)
        list.splice(at, 1);
    else
        list[at] = next;
    return list;
}


/***/ })

};
;
//# sourceMappingURL=838.index.js.map