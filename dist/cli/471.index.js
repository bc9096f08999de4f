"use strict";
exports.id = 471;
exports.ids = [471];
exports.modules = {

/***/ 2581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ encryptValue),
/* harmony export */   bN: () => (/* binding */ stashKey),
/* harmony export */   lM: () => (/* binding */ DATA_KEY_BYTES),
/* harmony export */   m2: () => (/* binding */ isEncryptedValue),
/* harmony export */   pN: () => (/* binding */ decryptValue),
/* harmony export */   uU: () => (/* binding */ newDataKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1037);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8179);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8866);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7721);
/**
 * The `ENC[AES256_GCM,data:...,iv:...,tag:...,type:...]` value cipher (sops `aes/cipher.go`): AES-256-GCM
 * under the file's data key, a fresh 32-byte IV per value, the key path as additional data.
 */






const DATA_KEY_BYTES = 32;
const IV_BYTES = 32;
const TAG_BYTES = 16;
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF8 = new TextEncoder();
const ENC_PATTERN = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/s;
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Every value sops writes, in one pass: with no comma or bracket inside a field, the split is the one
 * ENC_PATTERN finds, and base64 characters with at most two `=` at the end are what BASE64_PATTERN
 * accepts when the length is a multiple of 4. Anything else is parsed (and reported) the exact way.
 */
const WELL_FORMED = /^ENC\[AES256_GCM,data:([A-Za-z0-9+/]+={0,2}),iv:([A-Za-z0-9+/]+={0,2}),tag:([A-Za-z0-9+/]+={0,2}),type:([a-z]+)\]$/;
function isEncryptedValue(text) {
    return text.startsWith("ENC[AES256_GCM,");
}
function decodeBase64(field, text) {
    if (!BASE64_PATTERN.test(text))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)(`the ENC[] value has an invalid base64 ${field}`);
    return Buffer.from(text, "base64");
}
function parseEncryptedValue(text) {
    const wellFormed = WELL_FORMED.exec(text);
    if (wellFormed?.slice(1, 4).every((field) => field.length % 4 === 0)) {
        const [, data = "", iv = "", tag = "", type = ""] = wellFormed;
        const decode = (field) => Buffer.from(field, "base64");
        return checked({ data: decode(data), iv: decode(iv), tag: decode(tag), type });
    }
    const match = ENC_PATTERN.exec(text);
    if (!match)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the value is not a valid ENC[AES256_GCM,...] string");
    const [, data = "", iv = "", tag = "", type = ""] = match;
    return checked({
        data: decodeBase64("data", data),
        iv: decodeBase64("iv", iv),
        tag: decodeBase64("tag", tag),
        type,
    });
}
function checked(parsed) {
    if (parsed.iv.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the ENC[] value has an empty iv");
    if (parsed.tag.length !== TAG_BYTES) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)(`the ENC[] value has a ${parsed.tag.length}-byte tag, expected ${TAG_BYTES}`);
    }
    return parsed;
}
function typeOf(value) {
    if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .Comment */ .Mw)
        return "comment";
    if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .SopsTime */ .nA)
        return "time";
    // Go's walk turns []byte into string before encrypting, so bytes are written as type:str.
    if (value instanceof Uint8Array || typeof value === "string")
        return "str";
    if (typeof value === "bigint")
        return "int";
    if (typeof value === "number")
        return "float";
    return "bool";
}
function plaintextBytes(value) {
    return value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .Comment */ .Mw ? UTF8.encode(value.value) : (0,_goformat_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalBytes */ .Mr)(value);
}
/**
 * Identifies a plaintext at a key path, so that re-encrypting an unchanged value can reuse its old
 * ciphertext (sops' cipher "stash"): `sops set` then changes only the lines it must.
 */
function stashKey(value, aad) {
    return `${aad}\u0000${typeOf(value)}\u0000${Buffer.from(plaintextBytes(value)).toString("base64")}`;
}
/** True for values sops leaves unencrypted: the empty string and the empty comment. */
function isEmptyPlaintext(value) {
    if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .Comment */ .Mw)
        return value.value === "";
    return typeof value === "string" && value === "";
}
/** Encrypt one value. `iv` is only for deterministic tests; production always draws a fresh one. */
function encryptValue(value, dataKey, aad, iv) {
    if (isEmptyPlaintext(value))
        return "";
    const nonce = iv ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(IV_BYTES);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)("aes-256-gcm", dataKey, nonce);
    cipher.setAAD(UTF8.encode(aad));
    const data = Buffer.concat([cipher.update(plaintextBytes(value)), cipher.final()]);
    const tag = cipher.getAuthTag();
    const b64 = (bytes) => Buffer.from(bytes).toString("base64");
    return `ENC[AES256_GCM,data:${b64(data)},iv:${b64(nonce)},tag:${b64(tag)},type:${typeOf(value)}]`;
}
function parseTyped(type, bytes) {
    const text = () => {
        try {
            return STRICT_UTF8.decode(bytes);
        }
        catch {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)(`the decrypted ${type} value is not valid UTF-8`);
        }
    };
    switch (type) {
        case "str": {
            // Decoded straight from the buffer; only bytes that are not text are copied out of it.
            const value = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .textOrBytes */ .Q8)(bytes);
            return typeof value === "string" ? value : new Uint8Array(bytes);
        }
        case "bytes":
            return new Uint8Array(bytes);
        case "comment":
            return new _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .Comment */ .Mw(text());
        case "int": {
            const digits = text();
            if (!/^[+-]?\d+$/.test(digits))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the decrypted int value is not an integer");
            const parsed = BigInt(digits);
            if (parsed > 2n ** 63n - 1n || parsed < -(2n ** 63n)) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the decrypted int value is out of the 64-bit range");
            }
            return parsed;
        }
        case "float": {
            const raw = text();
            const parsed = parseGoFloat(raw);
            if (parsed === undefined)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the decrypted float value is not a number");
            return parsed;
        }
        case "bool": {
            const parsed = (0,_goformat_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGoBool */ .MY)(text());
            if (parsed === undefined)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the decrypted bool value is not a boolean");
            return parsed;
        }
        case "time":
            return parseGoTime(text());
        default:
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)(`unknown ENC[] value type "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(type, 20)}"`);
    }
}
function parseGoFloat(text) {
    const lower = text.toLowerCase();
    if (["inf", "+inf", "infinity", "+infinity"].includes(lower))
        return Infinity;
    if (["-inf", "-infinity"].includes(lower))
        return -Infinity;
    if (lower === "nan")
        return NaN;
    if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text.replaceAll("_", ""));
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function parseGoTime(text) {
    if (!RFC3339.test(text))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("the decrypted time value is not RFC 3339");
    return new _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .SopsTime */ .nA(text);
}
/**
 * Decrypt one `ENC[...]` string. An empty string is an empty (never encrypted) value.
 * @param where the value's place for error messages; a function when it costs something to spell out,
 *   since it is needed only on failure
 */
function decryptValue(text, dataKey, aad, where) {
    if (text === "")
        return "";
    try {
        return decryptNonEmpty(text, dataKey, aad);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsError */ .gb))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsError */ .gb(error.code, `${typeof where === "string" ? where : where()}: ${error.message}`);
    }
}
function decryptNonEmpty(text, dataKey, aad) {
    const parsed = parseEncryptedValue(text);
    let bytes;
    try {
        const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)("aes-256-gcm", dataKey, parsed.iv);
        decipher.setAAD(UTF8.encode(aad));
        decipher.setAuthTag(parsed.tag);
        // GCM writes nothing in final(): it only checks the tag.
        bytes = decipher.update(parsed.data);
        decipher.final();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsError */ .gb("MAC_MISMATCH", `the value failed authentication: it was modified, moved to another key, or encrypted with another data key`);
    }
    return parseTyped(parsed.type, bytes);
}
function newDataKey() {
    return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(DATA_KEY_BYTES));
}


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ formatFloatJson),
/* harmony export */   MY: () => (/* binding */ parseGoBool),
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   U4: () => (/* binding */ valueToString),
/* harmony export */   kv: () => (/* binding */ formatFloatGeneral)
/* harmony export */ });
/* unused harmony exports formatFloatFixed, canonicalText */
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8866);
/**
 * Go's number and value formatting, reproduced where sops' output or MAC depends on it. JavaScript's
 * `String(number)` switches to exponent notation at different thresholds than Go, so each Go verb sops
 * uses gets its own function here.
 */

function shortestDigits(value) {
    const negative = value < 0 || Object.is(value, -0);
    const [mantissa = "0", exponentText = "0"] = Math.abs(value).toExponential().split("e");
    const digits = mantissa.replace(".", "");
    if (digits === "0")
        return { negative, digits, point: 1 };
    return { negative, digits, point: Number(exponentText) + 1 };
}
function special(value) {
    if (Number.isNaN(value))
        return "NaN";
    if (value === Infinity)
        return "+Inf";
    if (value === -Infinity)
        return "-Inf";
    return undefined;
}
function fixedNotation({ negative, digits, point }) {
    let text;
    if (point <= 0)
        text = `0.${"0".repeat(-point)}${digits}`;
    else if (point >= digits.length)
        text = digits + "0".repeat(point - digits.length);
    else
        text = `${digits.slice(0, point)}.${digits.slice(point)}`;
    if (digits === "0")
        text = "0";
    return negative ? `-${text}` : text;
}
function exponentNotation({ negative, digits, point }, e, minExponentDigits) {
    const exponent = digits === "0" ? 0 : point - 1;
    const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
    const sign = exponent < 0 ? "-" : "+";
    const magnitude = String(Math.abs(exponent)).padStart(minExponentDigits, "0");
    return `${negative ? "-" : ""}${mantissa}${e}${sign}${magnitude}`;
}
/** `strconv.FormatFloat(v, 'f', -1, 64)`: never exponent notation. Used by the MAC and by encryption. */
function formatFloatFixed(value) {
    return special(value) ?? fixedNotation(shortestDigits(value));
}
/** `strconv.FormatFloat(v, 'g' or 'G', -1, 64)`: exponent notation when the exponent is < -4 or >= 6. */
function formatFloatGeneral(value, e = "e") {
    const text = special(value);
    if (text !== undefined)
        return text;
    const digits = shortestDigits(value);
    const exponent = digits.digits === "0" ? 0 : digits.point - 1;
    // Go decides with precision 6 when formatting the shortest representation.
    if (exponent < -4 || exponent >= 6)
        return exponentNotation(digits, e, 2);
    return fixedNotation(digits);
}
/** `encoding/json` float64 encoding: fixed between 1e-6 and 1e21, else exponent like `1e-07` -> `1e-7`. */
function formatFloatJson(value) {
    const abs = Math.abs(value);
    const digits = shortestDigits(value);
    if (abs !== 0 && (abs < 1e-6 || abs >= 1e21))
        return exponentNotation(digits, "e", 1);
    return fixedNotation(digits);
}
/** Go `strconv.ParseBool`. */
function parseGoBool(text) {
    if (["1", "t", "T", "TRUE", "true", "True"].includes(text))
        return true;
    if (["0", "f", "F", "FALSE", "false", "False"].includes(text))
        return false;
    return undefined;
}
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
/** sops `ToBytes`: the bytes a value contributes to the MAC (and the plaintext it is encrypted as). */
function canonicalBytes(value) {
    if (value instanceof Uint8Array)
        return value;
    return utf8.encode(canonicalText(value));
}
/** The canonical plaintext text of a non-bytes scalar, as sops' cipher writes it. */
function canonicalText(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "bigint")
        return value.toString();
    if (typeof value === "number")
        return formatFloatFixed(value);
    if (typeof value === "boolean")
        return value ? "True" : "False";
    return value.text;
}
/**
 * sops `stores.ValToString`: how a scalar is written into a dotenv or INI file (note the lower-case
 * booleans, unlike the MAC's), and how `--extract` prints a scalar.
 */
function valueToString(value) {
    if (value === null)
        return "";
    if (value instanceof Uint8Array)
        return utf8Decoder.decode(value);
    if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_0__/* .SopsTime */ .nA)
        return value.text;
    if (typeof value === "boolean")
        return value ? "true" : "false";
    if (typeof value === "number") {
        const text = formatFloatGeneral(value, "e");
        return /^-?\d+$/.test(text) ? `${text}.0` : text;
    }
    return canonicalText(value);
}


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ SOPS_VERSION),
/* harmony export */   SG: () => (/* binding */ assertHasAgeKeys),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   ch: () => (/* binding */ DEFAULT_CRYPT_RULE),
/* harmony export */   f5: () => (/* binding */ writeMetadata),
/* harmony export */   ud: () => (/* binding */ describeMasterKeys),
/* harmony export */   zN: () => (/* binding */ CRYPT_RULE_NAMES)
/* harmony export */ });
/* unused harmony export OTHER_KEY_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8866);
/**
 * The `sops` metadata block: reading it from the raw tree a store hands over (any sops version, any
 * store, weakly typed like mapstructure), and writing it back the way sops 3.13 does (keys sorted
 * alphabetically at every level, one key group flattened to top-level lists, `omitempty` lists).
 */




const SOPS_VERSION = "3.13.2";
const CRYPT_RULE_NAMES = [
    "unencrypted_suffix",
    "encrypted_suffix",
    "unencrypted_regex",
    "encrypted_regex",
    "unencrypted_comment_regex",
    "encrypted_comment_regex",
];
const DEFAULT_CRYPT_RULE = { name: "unencrypted_suffix", value: "_unencrypted" };
/** Master key types this engine cannot unwrap; kept so files can be re-written without losing them. */
const OTHER_KEY_TYPES = ["kms", "gcp_kms", "hckms", "azure_kv", "hc_vault", "pgp"];
const OTHER_KEY_ID_FIELDS = {
    kms: ["arn"],
    gcp_kms: ["resource_id"],
    hckms: ["key_id"],
    azure_kv: ["vault_url", "name"],
    hc_vault: ["vault_address", "engine_path", "key_name"],
    pgp: ["fp"],
};
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function scalarText(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "string")
        return value;
    if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean")
        return String(value);
    // An unquoted `lastmodified: 2023-12-25T10:31:01Z` is a YAML timestamp; sops reads it as text.
    if (value instanceof _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsTime */ .nA)
        return value.text;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${field} must be a string`);
}
function requiredText(map, field, where) {
    const text = scalarText(map.get(field), `${where}${field}`);
    if (text === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${where}${field} is missing`);
    return text;
}
function listOf(value, field) {
    if (value === undefined || value === null)
        return [];
    if (!(0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeList */ .rB)(value))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${field} must be a list`);
    return value.map((item, index) => {
        if (!(0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeMap */ .vD)(item))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${field}[${index}] must be a mapping`);
        return item;
    });
}
function readGroup(source, where) {
    const age = listOf(source.get("age"), `${where}age`).map((entry, index) => ({
        recipient: requiredText(entry, "recipient", `${where}age[${index}].`).trim(),
        enc: requiredText(entry, "enc", `${where}age[${index}].`),
    }));
    const others = [];
    for (const type of OTHER_KEY_TYPES) {
        listOf(source.get(type), `${where}${type}`).forEach((entry) => {
            const id = OTHER_KEY_ID_FIELDS[type]
                .map((field) => scalarText(entry.get(field), `${where}${type}.${field}`) ?? "")
                .filter((part) => part !== "")
                .join("/");
            others.push({ type, id: id || "(unnamed)", entry });
        });
    }
    return { age, others };
}
function groupSize(group) {
    return group.age.length + group.others.length;
}
function readInt(value, field) {
    const text = scalarText(value, field);
    if (text === undefined || text === "")
        return 0;
    // mapstructure's weak typing accepts "2" and, from old dotenv files, "2.0".
    const parsed = Number(text);
    if (!Number.isInteger(parsed) || parsed < 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${field} must be a whole number`);
    return parsed;
}
function readBool(value, field) {
    const text = scalarText(value, field);
    if (text === undefined || text === "")
        return false;
    const parsed = (0,_goformat_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoBool */ .MY)(text);
    if (parsed === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: ${field} must be true or false`);
    return parsed;
}
/** Interpret a raw metadata tree. Throws NOT_SOPS_FILE / MALFORMED with the field at fault. */
function readMetadata(raw) {
    const topLevel = readGroup(raw, "");
    let keyGroups;
    if (groupSize(topLevel) > 0) {
        keyGroups = [topLevel];
    }
    else {
        keyGroups = listOf(raw.get("key_groups"), "key_groups").map((group, index) => readGroup(group, `key_groups[${index}].`));
        keyGroups = keyGroups.filter((group) => groupSize(group) > 0);
    }
    if (keyGroups.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)("sops metadata: no keys found in file (no age, pgp or kms entries)");
    const lastModified = requiredText(raw, "lastmodified", "");
    if (!RFC3339.test(lastModified))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)("sops metadata: lastmodified is not an RFC 3339 timestamp");
    const rules = CRYPT_RULE_NAMES.flatMap((name) => {
        const value = scalarText(raw.get(name), name);
        return value === undefined || value === "" ? [] : [{ name, value }];
    });
    if (rules.length > 1) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`sops metadata: only one of ${rules.map((rule) => rule.name).join(", ")} may be set`);
    }
    return {
        keyGroups,
        shamirThreshold: readInt(raw.get("shamir_threshold"), "shamir_threshold"),
        lastModified,
        mac: scalarText(raw.get("mac"), "mac") ?? "",
        cryptRule: rules[0] ?? DEFAULT_CRYPT_RULE,
        macOnlyEncrypted: readBool(raw.get("mac_only_encrypted"), "mac_only_encrypted"),
        version: scalarText(raw.get("version"), "version"),
    };
}
function sortedMap(entries) {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .TreeMap */ .rR(sorted.map(([key, value]) => ({ key, value })));
}
function sortedCopy(map) {
    return sortedMap(map.items
        .filter((item) => !(item instanceof _tree_js__WEBPACK_IMPORTED_MODULE_3__/* .Comment */ .Mw))
        .map((item) => {
        const entry = item;
        return [entry.key, (0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .isTreeMap */ .vD)(entry.value) ? sortedCopy(entry.value) : entry.value];
    }));
}
function groupEntries(group) {
    const entries = [];
    if (group.age.length > 0) {
        entries.push([
            "age",
            group.age.map((key) => sortedMap([
                ["recipient", key.recipient],
                ["enc", key.enc],
            ])),
        ]);
    }
    for (const type of OTHER_KEY_TYPES) {
        const keys = group.others.filter((key) => key.type === type);
        if (keys.length > 0)
            entries.push([type, keys.map((key) => sortedCopy(key.entry))]);
    }
    return entries;
}
/**
 * The metadata tree sops 3.13 writes, ready for a store's `emitEncrypted`. The binary store omits the
 * selection rule (sops >= 3.11 ignores it there).
 */
function writeMetadata(metadata, { cryptRule = true } = {}) {
    const entries = [];
    const [onlyGroup] = metadata.keyGroups;
    if (metadata.keyGroups.length === 1 && onlyGroup) {
        entries.push(...groupEntries(onlyGroup));
    }
    else {
        entries.push(["key_groups", metadata.keyGroups.map((group) => sortedMap(groupEntries(group)))]);
    }
    if (metadata.shamirThreshold > 0)
        entries.push(["shamir_threshold", BigInt(metadata.shamirThreshold)]);
    entries.push(["lastmodified", metadata.lastModified]);
    entries.push(["mac", metadata.mac]);
    if (metadata.macOnlyEncrypted)
        entries.push(["mac_only_encrypted", true]);
    if (cryptRule)
        entries.push([metadata.cryptRule.name, metadata.cryptRule.value]);
    entries.push(["version", metadata.version ?? SOPS_VERSION]);
    return sortedMap(entries);
}
/** All recipients/ids of the file's master keys, for messages (`age1...`, `pgp:FINGERPRINT`). */
function describeMasterKeys(metadata) {
    return metadata.keyGroups.flatMap((group) => [
        ...group.age.map((key) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(key.recipient)),
        ...group.others.map((key) => `${key.type}:${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(key.id)}`),
    ]);
}
function assertHasAgeKeys(metadata, file) {
    if (metadata.keyGroups.some((group) => group.age.length > 0))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SopsError */ .gb("UNSUPPORTED", `${file} has no age recipients; its master keys are ${describeMasterKeys(metadata).join(", ")}. ` +
        "Only age keys are supported: add an age recipient with `sops updatekeys` or `sops rotate --add-age`");
}


/***/ }),

/***/ 8866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ Comment),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   nA: () => (/* binding */ SopsTime),
/* harmony export */   rB: () => (/* binding */ isTreeList),
/* harmony export */   rR: () => (/* binding */ TreeMap),
/* harmony export */   vD: () => (/* binding */ isTreeMap)
/* harmony export */ });
/**
 * The in-memory document model shared by every store and by the cipher walk. It mirrors sops'
 * `TreeBranch`/`TreeItem` model: ordered mappings whose items are key/value pairs or comments, lists,
 * and typed scalars whose Go type decides both the `type:` tag and the bytes fed into the MAC.
 *
 * Scalar representation:
 * - `string`     Go string (`type:str`)
 * - `bigint`     Go int (`type:int`); ints are always bigint so that no precision is lost
 * - `number`     Go float64 (`type:float`)
 * - `boolean`    Go bool (`type:bool`)
 * - `SopsTime`   Go time.Time (`type:time`), kept as its canonical RFC 3339 text
 * - `Uint8Array` Go []byte: a `type:bytes` value, or a `type:str` value that is not valid UTF-8
 * - `null`       YAML/JSON null: never encrypted, never in the MAC
 */
class Comment {
    value;
    inline;
    constructor(value, 
    /** A YAML comment written on the same line as the preceding item (kept inline since sops 3.13). */
    inline = false) {
        this.value = value;
        this.inline = inline;
    }
}
class SopsTime {
    text;
    /** @param text Go `time.MarshalText` form, e.g. `2024-01-01T00:00:00Z`. */
    constructor(text) {
        this.text = text;
    }
}
class TreeMap {
    items;
    constructor(items = []) {
        this.items = items;
    }
    get(key) {
        for (const item of this.items) {
            if (!(item instanceof Comment) && item.key === key)
                return item.value;
        }
        return undefined;
    }
    entries() {
        return this.items.filter((item) => !(item instanceof Comment));
    }
}
function isTreeMap(value) {
    return value instanceof TreeMap;
}
function isTreeList(value) {
    return Array.isArray(value);
}
function isScalar(value) {
    return !isTreeMap(value) && !isTreeList(value);
}


/***/ }),

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ textOrBytes),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   ql: () => (/* binding */ isValidUtf8),
/* harmony export */   vg: () => (/* binding */ utf8SequenceLength)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1037);
/**
 * UTF-8 as Go sees it: decoding a file's bytes as text for the stores, and telling Go strings that are
 * text from those that are not. Invalid UTF-8 is reported with its line and column
 * (never with the bytes themselves); a leading byte order mark is kept for the store to decide on.
 */

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Length of the valid UTF-8 sequence starting at `i` (Go's utf8.DecodeRune rules), or 0 for none. */
function utf8SequenceLength(bytes, i) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80)
        return 1;
    let length;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead === 0xe0)
            low = 0xa0;
        if (lead === 0xed)
            high = 0x9f;
    }
    else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead === 0xf0)
            low = 0x90;
        if (lead === 0xf4)
            high = 0x8f;
    }
    else
        return 0;
    if (i + length > bytes.length)
        return 0;
    for (let k = 1; k < length; k++) {
        const byte = bytes[i + k] ?? 0;
        // Only the second byte has a lead-dependent range; the others are plain continuation bytes.
        if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf))
            return 0;
    }
    return length;
}
function isValidUtf8(bytes) {
    return firstInvalidUtf8(bytes) === -1;
}
/** A Go string as JavaScript sees it: text when the bytes are UTF-8 (a BOM included), else the bytes. */
function textOrBytes(bytes) {
    return isValidUtf8(bytes) ? STRICT_UTF8.decode(bytes) : bytes;
}
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const length = utf8SequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
function decodeUtf8(bytes, format) {
    try {
        return STRICT_UTF8.decode(bytes);
    }
    catch {
        const invalid = firstInvalidUtf8(bytes);
        const lineStart = bytes.lastIndexOf(0x0a, invalid - 1) + 1;
        const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
        const column = STRICT_UTF8.decode(bytes.subarray(lineStart, invalid)).length + 1;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .malformed */ .Qm)(`invalid ${format} at line ${line}, column ${column}: the file is not valid UTF-8`);
    }
}


/***/ })

};
;
//# sourceMappingURL=471.index.js.map