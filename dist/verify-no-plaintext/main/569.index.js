"use strict";
exports.id = 569;
exports.ids = [569];
exports.modules = {

/***/ 4569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  go: () => (/* binding */ parseIdentities),
  HL: () => (/* binding */ unwrapDataKey)
});

// UNUSED EXPORTS: AgeIdentity, generateAgeIdentity, wrapDataKey

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@scure/base/index.js
var base = __webpack_require__(4929);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __webpack_require__(1037);
;// CONCATENATED MODULE: ./actions/lib/sops/age-x25519.ts
/**
 * Opening the small age files sops stores in its metadata (one data key each) when the identity is an
 * X25519 key, with node:crypto's X25519, HKDF-SHA-256, HMAC-SHA-256 and ChaCha20-Poly1305. Decrypting a
 * secret file is the common case in CI, and age-encryption's start-up (its post-quantum and P-256 code,
 * web streams) costs more than the whole decryption; it is still used for everything else: post-quantum
 * identities, encryption, and any file this reader does not recognise.
 *
 * The format follows the age v1 specification (C2SP age.md): a text header of recipient stanzas
 * authenticated by an HMAC keyed from the file key, then a 16-byte nonce and the ChaCha20-Poly1305
 * STREAM payload in 64 KiB chunks.
 */



const X25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const VERSION_LINE = "age-encryption.org/v1";
const X25519_LABEL = "age-encryption.org/v1/X25519";
const CHUNK_SIZE = 64 * 1024;
const TAG_BYTES = 16;
const FILE_KEY_BYTES = 16;
const BASE64_NO_PADDING = /^[A-Za-z0-9+/]*$/;
/** Parse an `AGE-SECRET-KEY-1...` identity; undefined when the text is not a valid X25519 identity. */
function parseX25519Identity(text) {
    const decoded = base/* bech32 */.I.decodeUnsafe(text.toLowerCase(), false);
    if (!decoded || decoded.prefix !== "age-secret-key-")
        return undefined;
    const secret = base/* bech32 */.I.fromWordsUnsafe(decoded.words);
    if (!secret || secret.length !== 32)
        return undefined;
    const privateKey = (0,external_node_crypto_.createPrivateKey)({
        key: Buffer.concat([X25519_PKCS8_PREFIX, secret]),
        format: "der",
        type: "pkcs8",
    });
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey)
        .export({ format: "der", type: "spki" })
        .subarray(X25519_SPKI_PREFIX.length);
    return { privateKey, publicKey, recipient: base/* bech32 */.I.encodeFromBytes("age", publicKey) };
}
function hkdf(key, salt, info) {
    return Buffer.from((0,external_node_crypto_.hkdfSync)("sha256", key, salt, info, 32));
}
/** ChaCha20-Poly1305 open; null when the tag does not verify. */
function age_x25519_open(key, nonce, sealed) {
    if (sealed.length < TAG_BYTES)
        return null;
    const decipher = (0,external_node_crypto_.createDecipheriv)("chacha20-poly1305", key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    try {
        return Buffer.concat([plaintext, decipher.final()]);
    }
    catch {
        return null;
    }
}
/** Canonical unpadded base64 as age writes it; undefined for anything else. */
function decodeBase64(text) {
    if (!BASE64_NO_PADDING.test(text) || text.length % 4 === 1)
        return undefined;
    const bytes = Buffer.from(text, "base64");
    return bytes.toString("base64").replace(/=+$/, "") === text ? bytes : undefined;
}
/** Parse the header strictly; undefined when it is not something this reader handles. */
function parseHeader(file) {
    const stanzas = [];
    let position = 0;
    const nextLine = () => {
        const end = file.indexOf(0x0a, position);
        if (end === -1)
            return undefined;
        const line = Buffer.from(file.subarray(position, end)).toString("latin1");
        position = end + 1;
        return line;
    };
    if (nextLine() !== VERSION_LINE)
        return undefined;
    for (;;) {
        const lineStart = position;
        const line = nextLine();
        if (line === undefined)
            return undefined;
        if (line.startsWith("--- ")) {
            const mac = decodeBase64(line.slice(4));
            if (!mac || mac.length !== 32)
                return undefined;
            return {
                stanzas,
                authenticated: file.subarray(0, lineStart + 3),
                mac,
                payload: file.subarray(position),
            };
        }
        if (!line.startsWith("-> "))
            return undefined;
        const [type, ...args] = line.slice(3).split(" ");
        if (!type || args.some((arg) => arg === "" || !/^[\x21-\x7e]+$/.test(arg)))
            return undefined;
        const body = [];
        for (;;) {
            const bodyLine = nextLine();
            if (bodyLine === undefined || bodyLine.length > 64)
                return undefined;
            const bytes = decodeBase64(bodyLine);
            if (!bytes)
                return undefined;
            body.push(bytes);
            if (bodyLine.length < 64)
                break;
        }
        stanzas.push({ type, args, body: Buffer.concat(body) });
    }
}
function unwrapFileKey(stanza, identity) {
    const [shareText] = stanza.args;
    const share = stanza.args.length === 1 && shareText ? decodeBase64(shareText) : undefined;
    if (!share || share.length !== 32 || stanza.body.length !== FILE_KEY_BYTES + TAG_BYTES) {
        throw (0,errors/* malformed */.Qm)("an age X25519 stanza is malformed");
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)({
        key: Buffer.concat([X25519_SPKI_PREFIX, share]),
        format: "der",
        type: "spki",
    });
    let shared;
    try {
        shared = (0,external_node_crypto_.diffieHellman)({ privateKey: identity.privateKey, publicKey });
    }
    catch {
        // OpenSSL refuses to derive from a low-order point (an all-zero shared secret).
        shared = Buffer.alloc(32);
    }
    if (shared.every((byte) => byte === 0))
        throw (0,errors/* malformed */.Qm)("an age X25519 stanza has a low-order share");
    const wrapKey = hkdf(shared, Buffer.concat([share, identity.publicKey]), X25519_LABEL);
    return age_x25519_open(wrapKey, Buffer.alloc(12), stanza.body);
}
/** Decrypt a binary age file with X25519 identities. Throws MALFORMED when the file is corrupt. */
function openWithX25519(file, identities) {
    const header = parseHeader(file);
    if (!header || !header.stanzas.some((stanza) => stanza.type === "X25519"))
        return { status: "unhandled" };
    let fileKey = null;
    for (const stanza of header.stanzas) {
        if (stanza.type !== "X25519")
            continue;
        for (const identity of identities) {
            fileKey = unwrapFileKey(stanza, identity);
            if (fileKey)
                break;
        }
        if (fileKey)
            break;
    }
    if (!fileKey)
        return { status: "no-match" };
    const expected = (0,external_node_crypto_.createHmac)("sha256", hkdf(fileKey, Buffer.alloc(0), "header"))
        .update(header.authenticated)
        .digest();
    if (!(0,external_node_crypto_.timingSafeEqual)(expected, header.mac))
        throw (0,errors/* malformed */.Qm)("an age header MAC does not verify: the key entry was modified");
    const { payload } = header;
    if (payload.length < 16 + TAG_BYTES)
        throw (0,errors/* malformed */.Qm)("an age payload is truncated");
    const payloadKey = hkdf(fileKey, payload.subarray(0, 16), "payload");
    const ciphertext = payload.subarray(16);
    // A data key or Shamir share is far below one chunk; longer payloads go to age-encryption.
    if (ciphertext.length > CHUNK_SIZE + TAG_BYTES)
        return { status: "unhandled" };
    const lastChunkNonce = Buffer.alloc(12);
    lastChunkNonce[11] = 1;
    const plaintext = age_x25519_open(payloadKey, lastChunkNonce, ciphertext);
    if (!plaintext)
        throw (0,errors/* malformed */.Qm)("an age payload does not authenticate: the key entry was modified");
    return { status: "opened", payload: plaintext };
}
const ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
const ARMOR_END = "-----END AGE ENCRYPTED FILE-----";
/** The strict PEM-like armor of age (64-column padded base64); undefined when it is not canonical. */
function decodeArmor(text) {
    const lines = text.trim().split(/\r?\n/);
    if (lines.length < 3 || lines[0] !== ARMOR_BEGIN || lines[lines.length - 1] !== ARMOR_END)
        return undefined;
    const body = lines.slice(1, -1);
    if (body.some((line, index) => line.length > 64 || (index < body.length - 1 && line.length !== 64)))
        return undefined;
    const joined = body.join("");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(joined) || joined.length % 4 !== 0)
        return undefined;
    const bytes = Buffer.from(joined, "base64");
    return bytes.toString("base64") === joined ? new Uint8Array(bytes) : undefined;
}

// EXTERNAL MODULE: ./actions/lib/sops/cipher.ts
var cipher = __webpack_require__(2581);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/sops/metadata.ts
var sops_metadata = __webpack_require__(2995);
// EXTERNAL MODULE: ./actions/lib/sops/shamir.ts
var shamir = __webpack_require__(8204);
;// CONCATENATED MODULE: ./actions/lib/sops/age.ts
/**
 * age master keys: parsing identities (key files, SOPS_AGE_KEY), unwrapping the data key from a file's
 * age stanzas (combining Shamir shares across key groups), and wrapping a data key for recipients.
 * X25519 data keys are opened with node:crypto (age-x25519.ts); age-encryption does everything else
 * and is loaded only when needed. Failures never echo key material.
 */







let ageEncryption;
function loadAgeEncryption() {
    ageEncryption ??= __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 8922));
    return ageEncryption;
}
/** One age identity. The secret is held in private fields so that logging the object cannot leak it. */
class AgeIdentity {
    recipient;
    source;
    #secret;
    #x25519;
    constructor(secret, x25519, 
    /** The public key (`age1...`, `age1pq1...`) this identity decrypts for. */
    recipient, 
    /** Where it came from, for messages: "SOPS_AGE_KEY line 2". */
    source) {
        this.recipient = recipient;
        this.source = source;
        this.#secret = secret;
        this.#x25519 = x25519;
    }
    static async parse(secret, source) {
        const x25519 = secret.startsWith("AGE-SECRET-KEY-1") ? parseX25519Identity(secret) : undefined;
        if (x25519)
            return new AgeIdentity(secret, x25519, x25519.recipient, source);
        try {
            const { identityToRecipient } = await loadAgeEncryption();
            return new AgeIdentity(secret, undefined, await identityToRecipient(secret), source);
        }
        catch {
            throw (0,errors/* badInput */.AN)(`${source} is not a valid age identity (bad encoding or checksum)`);
        }
    }
    /** The node:crypto form of an X25519 identity; undefined for post-quantum identities. */
    get x25519() {
        return this.#x25519;
    }
    /** Hand the secret to age-encryption; the only place it leaves this object. */
    addTo(decrypter) {
        decrypter.addIdentity(this.#secret);
    }
    toString() {
        return `AgeIdentity(${this.recipient})`;
    }
    toJSON() {
        return this.toString();
    }
    [external_node_util_.inspect.custom]() {
        return this.toString();
    }
}
const IDENTITY_PREFIX = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;
/**
 * Parse a key file or SOPS_AGE_KEY value: identities separated by newlines (CRLF tolerated) or, since
 * sops 3.13, by whitespace on one line; blank lines and `#` comments are skipped.
 */
async function parseIdentities(text, source) {
    const identities = [];
    const lines = text.split(/\r?\n/);
    for (const [index, rawLine] of lines.entries()) {
        const line = rawLine.trim();
        if (line === "" || line.startsWith("#"))
            continue;
        for (const token of line.split(/\s+/)) {
            const where = `${source} line ${index + 1}`;
            if (token.startsWith("AGE-PLUGIN-")) {
                throw new errors/* SopsError */.gb("UNSUPPORTED", `${where}: age plugin identities are not supported`);
            }
            if (!IDENTITY_PREFIX.test(token)) {
                throw (0,errors/* badInput */.AN)(`${where} is not an age identity: expected AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...`);
            }
            identities.push(await AgeIdentity.parse(token, where));
        }
    }
    if (identities.length === 0)
        throw (0,errors/* badInput */.AN)(`${source} holds no age identity`);
    return identities;
}
function isSupportedRecipient(recipient) {
    // X25519 (`age1` + 58 bech32 chars) or hybrid post-quantum (`age1pq1...`); plugin recipients have a
    // second `1` in their human-readable part and are not supported.
    return /^age1[02-9ac-hj-np-z]{58}$/.test(recipient) || /^age1pq1[02-9ac-hj-np-z]+$/.test(recipient);
}
/** Encrypt a data key (or Shamir share) to one recipient, armored as sops stores it. */
async function wrapDataKey(dataKey, recipient) {
    if (!isSupportedRecipient(recipient)) {
        throw badInput(`"${printable(recipient, 80)}" is not a supported age recipient (expected age1... or age1pq1...)`);
    }
    const { Encrypter, armor } = await loadAgeEncryption();
    const encrypter = new Encrypter();
    try {
        encrypter.addRecipient(recipient);
    }
    catch {
        throw badInput(`"${printable(recipient, 80)}" is not a valid age recipient (bad encoding or checksum)`);
    }
    return { recipient, enc: armor.encode(await encrypter.encrypt(dataKey)) };
}
/** The age library's own decryption: post-quantum identities and files the native reader leaves alone. */
async function openWithAgeEncryption(file, identities, entry) {
    const { Decrypter } = await loadAgeEncryption();
    const decrypter = new Decrypter();
    for (const identity of identities)
        identity.addTo(decrypter);
    try {
        return await decrypter.decrypt(file);
    }
    catch (error) {
        // age-encryption reports "no identity matched" for a wrong key; anything else is a damaged stanza.
        if (error instanceof Error && /no identity matched/i.test(error.message))
            return null;
        throw (0,errors/* malformed */.Qm)(`the age key entry for ${(0,lib_errors/* printable */.g$)(entry.recipient)} is damaged and cannot be decrypted`);
    }
}
async function openStanza(entry, identities, expectedLength) {
    const file = decodeArmor(entry.enc);
    if (!file)
        throw (0,errors/* malformed */.Qm)(`the age key entry for ${(0,lib_errors/* printable */.g$)(entry.recipient)} is not a valid armored age file`);
    const x25519 = identities.flatMap((identity) => (identity.x25519 ? [identity.x25519] : []));
    const native = x25519.length > 0 ? openWithX25519(file, x25519) : { status: "unhandled" };
    let payload = null;
    if (native.status === "opened") {
        payload = native.payload;
    }
    else {
        // Post-quantum identities, and stanzas the native reader does not handle, go to age-encryption.
        const others = native.status === "no-match" ? identities.filter((identity) => !identity.x25519) : identities;
        if (others.length > 0)
            payload = await openWithAgeEncryption(file, others, entry);
    }
    if (payload && payload.length !== expectedLength) {
        throw (0,errors/* malformed */.Qm)(`the age key entry for ${(0,lib_errors/* printable */.g$)(entry.recipient)} holds ${payload.length} bytes; a SOPS data key is ${expectedLength}`);
    }
    return payload;
}
/**
 * Recover the file's data key. Entries whose recipient matches a supplied identity are tried first,
 * the others after (sops does not require the recipient to match).
 */
async function unwrapDataKey(metadata, identities) {
    const groups = metadata.keyGroups;
    const shareLength = groups.length > 1 ? cipher/* DATA_KEY_BYTES */.lM + 1 : cipher/* DATA_KEY_BYTES */.lM;
    const ours = new Set(identities.map((identity) => identity.recipient));
    const parts = [];
    for (const group of groups) {
        const ordered = [...group.age].sort((a, b) => Number(ours.has(b.recipient)) - Number(ours.has(a.recipient)));
        for (const entry of ordered) {
            const part = await openStanza(entry, identities, shareLength);
            if (part) {
                parts.push(part);
                break;
            }
        }
    }
    const threshold = groups.length > 1 ? metadata.shamirThreshold || groups.length : 1;
    if (parts.length >= threshold) {
        return groups.length > 1 ? (0,shamir/* combine */.k)(parts) : parts[0];
    }
    const given = identities.map((identity) => `${identity.recipient} (${identity.source})`).join(", ");
    const needs = groups.length > 1 ? ` (${threshold} of ${groups.length} key groups needed, ${parts.length} opened)` : "";
    throw new errors/* SopsError */.gb("NO_MATCHING_KEY", `encrypted to ${(0,sops_metadata/* describeMasterKeys */.ud)(metadata).join(", ")}; the keys given are ${given || "none"}${needs}. ` +
        "Use a matching age key, or add yours with `sops updatekeys`");
}
/**
 * A new X25519 identity, as age-keygen makes one: the secret (`AGE-SECRET-KEY-1...`) for a key file the
 * caller writes with mode 0600, and its recipient. The only function that hands out a secret.
 */
async function generateAgeIdentity() {
    const { generateIdentity, identityToRecipient } = await loadAgeEncryption();
    const secret = await generateIdentity();
    return { secret, recipient: await identityToRecipient(secret) };
}


/***/ }),

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ combine)
/* harmony export */ });
/* unused harmony export split */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1037);
/**
 * Shamir secret sharing over GF(2^8) exactly as sops' `shamir` package (forked from HashiCorp Vault)
 * does it, so that files with several key groups interoperate: each share is the secret's length plus
 * one byte, the share's x-coordinate (1-based group index) in the LAST byte.
 */


/** Multiplication in the Rijndael field (reduction polynomial x^8 + x^4 + x^3 + x + 1). */
function multiply(a, b) {
    let product = 0;
    let x = a;
    let y = b;
    while (y > 0) {
        if (y & 1)
            product ^= x;
        x = x & 0x80 ? ((x << 1) ^ 0x11b) & 0xff : x << 1;
        y >>= 1;
    }
    return product;
}
/** a^254 = a^-1 in GF(2^8); the inverse of 0 is never needed (x-coordinates are distinct and non-zero). */
function inverse(a) {
    let result = 1;
    let base = a;
    let exponent = 254;
    while (exponent > 0) {
        if (exponent & 1)
            result = multiply(result, base);
        base = multiply(base, base);
        exponent >>= 1;
    }
    return result;
}
function divide(a, b) {
    return multiply(a, inverse(b));
}
function evaluate(coefficients, x) {
    // Horner's method from the highest coefficient down.
    let result = 0;
    for (let i = coefficients.length - 1; i >= 0; i--)
        result = multiply(result, x) ^ (coefficients[i] ?? 0);
    return result;
}
/** Split `secret` into `parts` shares, any `threshold` of which recover it. */
function split(secret, parts, threshold) {
    if (parts < threshold)
        throw badInput("Shamir: the number of key groups must be at least the threshold");
    if (parts > 255)
        throw badInput("Shamir: at most 255 key groups");
    if (threshold < 2)
        throw badInput("Shamir: the threshold must be at least 2");
    if (secret.length === 0)
        throw badInput("Shamir: cannot split an empty secret");
    const shares = Array.from({ length: parts }, (_, index) => {
        const share = new Uint8Array(secret.length + 1);
        share[secret.length] = index + 1;
        return share;
    });
    for (let byteIndex = 0; byteIndex < secret.length; byteIndex++) {
        const coefficients = new Uint8Array(randomBytes(threshold));
        coefficients[0] = secret[byteIndex] ?? 0;
        for (const share of shares)
            share[byteIndex] = evaluate(coefficients, share[secret.length] ?? 0);
    }
    return shares;
}
/** Recover the secret from shares by Lagrange interpolation at x = 0. */
function combine(shares) {
    if (shares.length < 2)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("Shamir: at least two shares are needed");
    const length = shares[0]?.length ?? 0;
    if (length < 2 || shares.some((share) => share.length !== length)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("Shamir: the shares have different or too short lengths");
    }
    const xs = shares.map((share) => share[length - 1] ?? 0);
    if (new Set(xs).size !== xs.length)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("Shamir: two shares have the same x-coordinate");
    if (xs.includes(0))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .malformed */ .Qm)("Shamir: a share has x-coordinate 0");
    const secret = new Uint8Array(length - 1);
    for (let byteIndex = 0; byteIndex < length - 1; byteIndex++) {
        let value = 0;
        xs.forEach((xi, i) => {
            let basis = 1;
            xs.forEach((xj, j) => {
                if (i !== j)
                    basis = multiply(basis, divide(xj, xj ^ xi));
            });
            value ^= multiply(basis, shares[i]?.[byteIndex] ?? 0);
        });
        secret[byteIndex] = value;
    }
    return secret;
}


/***/ })

};
;
//# sourceMappingURL=569.index.js.map