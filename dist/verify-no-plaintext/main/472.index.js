"use strict";
exports.id = 472;
exports.ids = [472];
exports.modules = {

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decrypt: () => (/* binding */ decrypt)
/* harmony export */ });
/* unused harmony exports emitPlaintext, encrypt, setValue, replacePlaintext, rotateDataKey, updateKeys, isEncrypted */
/* harmony import */ var _age_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4569);
/* harmony import */ var _cipher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6251);
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
    return createStore(format, storeOptions).emitPlain(decrypted.branches);
}
async function wrapForGroups(dataKey, recipients) {
    const ageGroups = recipients.ageGroups.filter((group) => group.length > 0);
    if (ageGroups.length === 0)
        throw badInput("no age recipients: give --age or a .sops.yaml creation rule with age keys");
    if (ageGroups.length === 1) {
        const entries = await Promise.all((ageGroups[0] ?? []).map((recipient) => wrapDataKey(dataKey, recipient)));
        return { groups: [{ age: entries, others: [] }], threshold: 0 };
    }
    const threshold = recipients.shamirThreshold || ageGroups.length;
    if (threshold > ageGroups.length) {
        throw badInput(`shamir_threshold ${threshold} is larger than the number of key groups (${ageGroups.length})`);
    }
    const shares = split(dataKey, ageGroups.length, threshold);
    const groups = await Promise.all(ageGroups.map(async (group, index) => {
        const share = shares[index];
        const age = await Promise.all(group.map((recipient) => wrapDataKey(share, recipient)));
        return { age, others: [] };
    }));
    return { groups, threshold };
}
function sealed(branches, metadata, dataKey, options, stash) {
    const walked = encryptTree(branches, dataKey, settingsOf(metadata), stash);
    const mac = encryptValue(walked.mac, dataKey, macAad(metadata.lastModified));
    const written = writeMetadata({ ...metadata, mac }, { cryptRule: options.format !== "binary" });
    return createStore(options.format, options.storeOptions).emitEncrypted(walked.branches, written);
}
/**
 * `sops encrypt`: a new data key wrapped for every recipient (split across key groups by Shamir when
 * there are several), each selected value encrypted, MAC and lastmodified written.
 * @throws SopsError MALFORMED (the plaintext does not parse, or is already a SOPS file), BAD_INPUT (a bad
 *   recipient, no recipient, an impossible Shamir threshold).
 */
async function encrypt(plaintext, options) {
    const store = createStore(options.format, options.storeOptions);
    const branches = store.parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined)) {
        throw badInput("the file already has a sops metadata key: it is encrypted already (or a key is named `sops`)");
    }
    const dataKey = newDataKey();
    const { groups, threshold } = await wrapForGroups(dataKey, options);
    // The binary store ignores selection rules (sops >= 3.11).
    const binary = options.format === "binary";
    const metadata = {
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
        mac: "",
        cryptRule: binary ? DEFAULT_CRYPT_RULE : (options.cryptRule ?? DEFAULT_CRYPT_RULE),
        macOnlyEncrypted: binary ? false : (options.macOnlyEncrypted ?? false),
        version: SOPS_VERSION,
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
        throw badInput("the file has no document to change");
    const changed = options.value === undefined
        ? unsetPath(first, options.path)
        : setPath(first, options.path, options.value);
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
    const branches = createStore(options.format, options.storeOptions).parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined))
        throw badInput("the new content has a key named `sops`, which holds the metadata: rename it");
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
        throw new SopsError("UNSUPPORTED", `the file also has ${others.map((key) => key.type).join(", ")} master keys, which this engine cannot wrap a new data key for`);
    }
    const dataKey = newDataKey();
    const keep = options.keep ?? (() => true);
    const ageGroups = decrypted.metadata.keyGroups.map((group) => group.age.map((key) => key.recipient).filter(keep));
    if (ageGroups.some((group) => group.length === 0))
        throw badInput("a key group would be left without a recipient: nobody could open its share of the data key");
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
        throw new SopsError("UNSUPPORTED", `creation rule ${options.rule.index} names non-age keys (${options.rule.otherKeys.join(", ")}); only age keys are supported`);
    }
    const comparison = compareRecipients(metadata.keyGroups, options.rule);
    if (comparison.inSync)
        return { changed: false, bytes, added: [], removed: [] };
    assertHasAgeKeys(metadata, "the file");
    const dataKey = await unwrapDataKey(metadata, [...options.identities]);
    if (dataKey.length !== DATA_KEY_BYTES)
        throw badInput("the recovered data key has the wrong length");
    const threshold = Math.min(metadata.shamirThreshold || options.rule.shamirThreshold, wanted.length);
    const { groups, threshold: written } = await wrapForGroups(dataKey, {
        ageGroups: wanted,
        shamirThreshold: threshold,
    });
    const updated = writeMetadata({ ...metadata, keyGroups: groups, shamirThreshold: written }, { cryptRule: options.format !== "binary" });
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
        if (error instanceof SopsError)
            return false;
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=472.index.js.map