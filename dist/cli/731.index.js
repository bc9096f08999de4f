"use strict";
exports.id = 731;
exports.ids = [731,472];
exports.modules = {

/***/ 5731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sopsCommand: () => (/* binding */ sopsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_sops_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9516);
/* harmony import */ var _common_sops_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7958);
/* harmony import */ var _lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1472);
/* harmony import */ var _lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1037);
/* harmony import */ var _lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1481);
/* harmony import */ var _lib_sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(840);
/* harmony import */ var _lib_sops_stores_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(125);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4704);
/* harmony import */ var _common_escape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3167);
/**
 * The commands on one SOPS file, as sops has them: decrypt, encrypt, set, unset, updatekeys, rotate and
 * filestatus. Loaded by main.ts only when one of them runs: they are the ones that need the engine.
 */











/** Runs one of the commands; returns the exit code. */
async function sopsCommand(command, args, io) {
    switch (command) {
        case "decrypt":
            return decryptCommand(args, io);
        case "encrypt":
            return encryptCommand(args, io);
        case "set":
        case "unset":
            return setCommand(command, args, io);
        case "updatekeys":
            return updateKeysCommand(args, io);
        case "rotate":
            return rotateCommand(args, io);
        case "filestatus":
            return filestatusCommand(args, io);
    }
}
function parse(args, name, positionals, usageError) {
    const command = (0,_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .usageOf */ .Fs)(name);
    // The options are the usage table's: what it does not list is not an option of the command.
    const parsed = (0,_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)(command, args, (0,_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .listedOptions */ .O3)(command, { multiple: false }), usageError);
    if (parsed.positionals.length !== positionals) {
        throw usageError(`${name} takes ${positionals} argument(s) (${command.synopsis}), got ${parsed.positionals.length}`);
    }
    // Not `multiple`: each option has one value (the last given), never an array.
    return {
        values: parsed.values,
        positionals: parsed.positionals,
    };
}
function readInput(file, io) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file));
    }
    catch {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)("cannot be read: check that the file exists and is readable");
    }
}
function formatOption(value, what) {
    return typeof value === "string" ? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(value, what) : undefined;
}
function findConfig(io) {
    const explicit = io.env.SOPS_CONFIG;
    const file = (0,_common_sops_config_js__WEBPACK_IMPORTED_MODULE_3__/* .locateSopsConfig */ .ah)(io.cwd, explicit ? { file: explicit, what: "SOPS_CONFIG" } : undefined);
    return file ? (0,_common_sops_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readSopsConfig */ .aU)(file) : undefined;
}
async function decryptCommand(args, io) {
    const { values, positionals } = parse(args, "decrypt", 1, io.usageError);
    const file = positionals[0];
    const inputFormat = formatOption(values["input-type"], "--input-type");
    const outputOption = formatOption(values["output-type"], "--output-type");
    try {
        const bytes = readInput(file, io);
        const format = inputFormat ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectEncryptedFormat */ .X$)(file, bytes);
        const outputFormat = outputOption ?? format;
        const decrypted = await (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__.decrypt)(bytes, {
            format,
            identities: await io.identities(),
            ignoreMac: values["ignore-mac"] === true,
        });
        for (const warning of decrypted.warnings)
            io.stderr(`secrets-actions: ${file}: warning: ${warning}\n`);
        if (typeof values.extract === "string") {
            const [first] = decrypted.branches;
            if (!first)
                throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)("the file has no document");
            const value = (0,_lib_sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__/* .getPath */ .Yn)(first, (0,_lib_sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePathExpression */ .rP)(values.extract));
            io.stdout((0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .createStore */ .y$)(outputFormat).emitValue(value));
        }
        else {
            io.stdout((0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .emitPlaintext */ .ZM)(decrypted, outputFormat));
        }
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
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
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)("no recipients: pass --age age1...,age1... or create a .sops.yaml with a creation rule");
    const relative = (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_2__/* .pathForRules */ .Cc)(found.dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file));
    const rule = (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_2__/* .findCreationRule */ .nJ)(found.config, relative);
    if (!rule)
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)(`no creation rule in ${found.config.source} matches ${relative}`);
    if (rule.otherKeys.length > 0 && rule.ageGroups.every((group) => group.length === 0)) {
        throw new _lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SopsError */ .gb("UNSUPPORTED", `the creation rule for ${relative} has only non-age keys (${rule.otherKeys.join(", ")})`);
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
    const { values, positionals } = parse(args, "encrypt", 1, io.usageError);
    const file = positionals[0];
    try {
        const bytes = readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .formatForPath */ .G9)(file) ?? "binary";
        const outputFormat = formatOption(values["output-type"], "--output-type") ?? format;
        if (outputFormat !== format)
            throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)("encrypt writes the input's format: --output-type must match --input-type");
        const { config, ...recipients } = recipientsFor(file, typeof values.age === "string" ? values.age : undefined, io);
        const rule = "rule" in recipients ? recipients.rule : undefined;
        const encrypted = await (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .encrypt */ .w)(bytes, {
            format,
            storeOptions: storeOptionsFor(format, config),
            ageGroups: recipients.ageGroups,
            shamirThreshold: recipients.shamirThreshold,
            cryptRule: rule?.cryptRule,
            macOnlyEncrypted: rule?.macOnlyEncrypted,
        });
        io.stdout(encrypted);
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
    }
}
function parseValueArgument(text) {
    try {
        return (0,_lib_sops_stores_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonValue */ .Z)(text);
    }
    catch {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)('the value must be JSON, e.g. \'"a string"\', 42, true or \'{"nested": "map"}\'');
    }
}
async function setCommand(command, args, io) {
    const { values, positionals } = parse(args, command, command === "set" ? 3 : 2, io.usageError);
    const [file = "", expression = "", json] = positionals;
    try {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file);
        const bytes = readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectEncryptedFormat */ .X$)(file, bytes);
        const updated = await (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .setValue */ .KY)(bytes, {
            format,
            identities: await io.identities(),
            ignoreMac: values["ignore-mac"] === true,
            path: (0,_lib_sops_tree_path_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePathExpression */ .rP)(expression),
            value: json === undefined ? undefined : parseValueArgument(json),
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, updated);
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
    }
}
async function updateKeysCommand(args, io) {
    const { values, positionals } = parse(args, "updatekeys", 1, io.usageError);
    const file = positionals[0];
    try {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file);
        const bytes = readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectEncryptedFormat */ .X$)(file, bytes);
        const found = findConfig(io);
        if (!found)
            throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)("updatekeys needs a .sops.yaml with a creation rule for the file");
        const relative = (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_2__/* .pathForRules */ .Cc)(found.dir, target);
        const rule = (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_2__/* .findCreationRule */ .nJ)(found.config, relative);
        if (!rule)
            throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .badInput */ .AN)(`no creation rule in ${found.config.source} matches ${relative}`);
        const result = await (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .updateKeys */ .im)(bytes, { format, identities: await io.identities(), rule });
        if (!result.changed) {
            io.stderr(`secrets-actions: ${file}: already up to date\n`);
            return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, result.bytes);
        io.stderr(`secrets-actions: ${file}: keys updated (added: ${result.added.join(", ") || "none"}; removed: ${result.removed.join(", ") || "none"})\n`);
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
    }
}
async function rotateCommand(args, io) {
    const { values, positionals } = parse(args, "rotate", 1, io.usageError);
    const file = positionals[0];
    try {
        const bytes = readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectEncryptedFormat */ .X$)(file, bytes);
        const rotated = await (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .rotateDataKey */ .hY)(bytes, { format, identities: await io.identities() });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), rotated);
        io.stderr(`secrets-actions: ${(0,_common_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .forLogLine */ .kz)(file)}: new data key; every value encrypted again\n`);
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
    }
}
function filestatusCommand(args, io) {
    const { values, positionals } = parse(args, "filestatus", 1, io.usageError);
    const file = positionals[0];
    try {
        const bytes = readInput(file, io);
        const format = formatOption(values["input-type"], "--input-type") ?? (0,_lib_sops_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectEncryptedFormat */ .X$)(file, bytes);
        io.stdout(`${JSON.stringify({ encrypted: (0,_lib_sops_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .isEncrypted */ .ph)(bytes, { format }) })}\n`);
        return _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inFile */ .s5)(file, error);
    }
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
//# sourceMappingURL=731.index.js.map