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
import {
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  timingSafeEqual,
  type KeyObject,
} from "node:crypto";
import { bech32 } from "@scure/base";
import { malformed } from "./errors.js";

const X25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const VERSION_LINE = "age-encryption.org/v1";
const X25519_LABEL = "age-encryption.org/v1/X25519";
const CHUNK_SIZE = 64 * 1024;
const TAG_BYTES = 16;
const FILE_KEY_BYTES = 16;
const BASE64_NO_PADDING = /^[A-Za-z0-9+/]*$/;

export interface X25519Identity {
  privateKey: KeyObject;
  /** The raw 32-byte public key, part of the HKDF salt. */
  publicKey: Buffer;
  /** `age1...` */
  recipient: string;
}

/** Parse an `AGE-SECRET-KEY-1...` identity; undefined when the text is not a valid X25519 identity. */
export function parseX25519Identity(text: string): X25519Identity | undefined {
  const decoded = bech32.decodeUnsafe(text.toLowerCase(), false);
  if (!decoded || decoded.prefix !== "age-secret-key-") return undefined;
  const secret = bech32.fromWordsUnsafe(decoded.words);
  if (!secret || secret.length !== 32) return undefined;
  const privateKey = createPrivateKey({
    key: Buffer.concat([X25519_PKCS8_PREFIX, secret]),
    format: "der",
    type: "pkcs8",
  });
  const publicKey = createPublicKey(privateKey)
    .export({ format: "der", type: "spki" })
    .subarray(X25519_SPKI_PREFIX.length);
  return { privateKey, publicKey, recipient: bech32.encodeFromBytes("age", publicKey) };
}

function hkdf(key: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", key, salt, info, 32));
}

/** ChaCha20-Poly1305 open; null when the tag does not verify. */
function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([plaintext, decipher.final()]);
  } catch {
    return null;
  }
}

/** Canonical unpadded base64 as age writes it; undefined for anything else. */
function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64_NO_PADDING.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64").replace(/=+$/, "") === text ? bytes : undefined;
}

interface Stanza {
  type: string;
  args: string[];
  body: Buffer;
}

interface Header {
  stanzas: Stanza[];
  /** The header bytes the MAC covers: everything up to and including `---`. */
  authenticated: Uint8Array;
  mac: Buffer;
  payload: Uint8Array;
}

/** Parse the header strictly; undefined when it is not something this reader handles. */
function parseHeader(file: Uint8Array): Header | undefined {
  const stanzas: Stanza[] = [];
  let position = 0;
  const nextLine = (): string | undefined => {
    const end = file.indexOf(0x0a, position);
    if (end === -1) return undefined;
    const line = Buffer.from(file.subarray(position, end)).toString("latin1");
    position = end + 1;
    return line;
  };
  if (nextLine() !== VERSION_LINE) return undefined;
  for (;;) {
    const lineStart = position;
    const line = nextLine();
    if (line === undefined) return undefined;
    if (line.startsWith("--- ")) {
      const mac = decodeBase64(line.slice(4));
      if (!mac || mac.length !== 32) return undefined;
      return {
        stanzas,
        authenticated: file.subarray(0, lineStart + 3),
        mac,
        payload: file.subarray(position),
      };
    }
    if (!line.startsWith("-> ")) return undefined;
    const [type, ...args] = line.slice(3).split(" ");
    if (!type || args.some((arg) => arg === "" || !/^[\x21-\x7e]+$/.test(arg))) return undefined;
    const body: Buffer[] = [];
    for (;;) {
      const bodyLine = nextLine();
      if (bodyLine === undefined || bodyLine.length > 64) return undefined;
      const bytes = decodeBase64(bodyLine);
      if (!bytes) return undefined;
      body.push(bytes);
      if (bodyLine.length < 64) break;
    }
    stanzas.push({ type, args, body: Buffer.concat(body) });
  }
}

function unwrapFileKey(stanza: Stanza, identity: X25519Identity): Buffer | null {
  const [shareText] = stanza.args;
  const share = stanza.args.length === 1 && shareText ? decodeBase64(shareText) : undefined;
  if (!share || share.length !== 32 || stanza.body.length !== FILE_KEY_BYTES + TAG_BYTES) {
    throw malformed("an age X25519 stanza is malformed");
  }
  const publicKey = createPublicKey({
    key: Buffer.concat([X25519_SPKI_PREFIX, share]),
    format: "der",
    type: "spki",
  });
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: identity.privateKey, publicKey });
  } catch {
    // OpenSSL refuses to derive from a low-order point (an all-zero shared secret).
    shared = Buffer.alloc(32);
  }
  if (shared.every((byte) => byte === 0)) throw malformed("an age X25519 stanza has a low-order share");
  const wrapKey = hkdf(shared, Buffer.concat([share, identity.publicKey]), X25519_LABEL);
  return open(wrapKey, Buffer.alloc(12), stanza.body);
}

export type NativeOpenResult =
  /** The payload, header MAC and every chunk verified. */
  | { status: "opened"; payload: Buffer }
  /** Well-formed, but no X25519 stanza is for these identities. */
  | { status: "no-match" }
  /** Stanza types or a layout this reader leaves to age-encryption. */
  | { status: "unhandled" };

/** Decrypt a binary age file with X25519 identities. Throws MALFORMED when the file is corrupt. */
export function openWithX25519(file: Uint8Array, identities: readonly X25519Identity[]): NativeOpenResult {
  const header = parseHeader(file);
  if (!header || !header.stanzas.some((stanza) => stanza.type === "X25519")) return { status: "unhandled" };
  let fileKey: Buffer | null = null;
  for (const stanza of header.stanzas) {
    if (stanza.type !== "X25519") continue;
    for (const identity of identities) {
      fileKey = unwrapFileKey(stanza, identity);
      if (fileKey) break;
    }
    if (fileKey) break;
  }
  if (!fileKey) return { status: "no-match" };

  const expected = createHmac("sha256", hkdf(fileKey, Buffer.alloc(0), "header"))
    .update(header.authenticated)
    .digest();
  if (!timingSafeEqual(expected, header.mac))
    throw malformed("an age header MAC does not verify: the key entry was modified");

  const { payload } = header;
  if (payload.length < 16 + TAG_BYTES) throw malformed("an age payload is truncated");
  const payloadKey = hkdf(fileKey, payload.subarray(0, 16), "payload");
  const ciphertext = payload.subarray(16);
  // A data key or Shamir share is far below one chunk; longer payloads go to age-encryption.
  if (ciphertext.length > CHUNK_SIZE + TAG_BYTES) return { status: "unhandled" };
  const lastChunkNonce = Buffer.alloc(12);
  lastChunkNonce[11] = 1;
  const plaintext = open(payloadKey, lastChunkNonce, ciphertext);
  if (!plaintext) throw malformed("an age payload does not authenticate: the key entry was modified");
  return { status: "opened", payload: plaintext };
}

const ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
const ARMOR_END = "-----END AGE ENCRYPTED FILE-----";

/** The strict PEM-like armor of age (64-column padded base64); undefined when it is not canonical. */
export function decodeArmor(text: string): Uint8Array | undefined {
  const lines = text.trim().split(/\r?\n/);
  if (lines.length < 3 || lines[0] !== ARMOR_BEGIN || lines[lines.length - 1] !== ARMOR_END) return undefined;
  const body = lines.slice(1, -1);
  if (body.some((line, index) => line.length > 64 || (index < body.length - 1 && line.length !== 64)))
    return undefined;
  const joined = body.join("");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(joined) || joined.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(joined, "base64");
  return bytes.toString("base64") === joined ? new Uint8Array(bytes) : undefined;
}
