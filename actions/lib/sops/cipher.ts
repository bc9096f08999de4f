/**
 * The `ENC[AES256_GCM,data:...,iv:...,tag:...,type:...]` value cipher (sops `aes/cipher.go`): AES-256-GCM
 * under the file's data key, a fresh 32-byte IV per value, the key path as additional data.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { malformed, SopsError } from "./errors.js";
import { printable } from "../errors.js";
import { canonicalBytes, parseGoBool } from "./goformat.js";
import { Comment, SopsTime, type Scalar } from "./tree.js";
import { textOrBytes } from "./utf8.js";

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 32;
const TAG_BYTES = 16;
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF8 = new TextEncoder();

export type ValueType = "str" | "int" | "float" | "bool" | "time" | "bytes" | "comment";

/** A plaintext leaf as the cipher sees it: a scalar, or a comment's text. */
export type Plaintext = Exclude<Scalar, null> | Comment;

interface EncryptedValue {
  data: Buffer;
  iv: Buffer;
  tag: Buffer;
  type: string;
}

const ENC_PATTERN = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/s;
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Every value sops writes, in one pass: with no comma or bracket inside a field, the split is the one
 * ENC_PATTERN finds, and base64 characters with at most two `=` at the end are what BASE64_PATTERN
 * accepts when the length is a multiple of 4. Anything else is parsed (and reported) the exact way.
 */
const WELL_FORMED =
  /^ENC\[AES256_GCM,data:([A-Za-z0-9+/]+={0,2}),iv:([A-Za-z0-9+/]+={0,2}),tag:([A-Za-z0-9+/]+={0,2}),type:([a-z]+)\]$/;

export function isEncryptedValue(text: string): boolean {
  return text.startsWith("ENC[AES256_GCM,");
}

function decodeBase64(field: string, text: string): Buffer {
  if (!BASE64_PATTERN.test(text)) throw malformed(`the ENC[] value has an invalid base64 ${field}`);
  return Buffer.from(text, "base64");
}

function parseEncryptedValue(text: string): EncryptedValue {
  const wellFormed = WELL_FORMED.exec(text);
  if (wellFormed?.slice(1, 4).every((field) => field.length % 4 === 0)) {
    const [, data = "", iv = "", tag = "", type = ""] = wellFormed;
    const decode = (field: string) => Buffer.from(field, "base64");
    return checked({ data: decode(data), iv: decode(iv), tag: decode(tag), type });
  }
  const match = ENC_PATTERN.exec(text);
  if (!match) throw malformed("the value is not a valid ENC[AES256_GCM,...] string");
  const [, data = "", iv = "", tag = "", type = ""] = match;
  return checked({
    data: decodeBase64("data", data),
    iv: decodeBase64("iv", iv),
    tag: decodeBase64("tag", tag),
    type,
  });
}

function checked(parsed: EncryptedValue): EncryptedValue {
  if (parsed.iv.length === 0) throw malformed("the ENC[] value has an empty iv");
  if (parsed.tag.length !== TAG_BYTES) {
    throw malformed(`the ENC[] value has a ${parsed.tag.length}-byte tag, expected ${TAG_BYTES}`);
  }
  return parsed;
}

function typeOf(value: Plaintext): ValueType {
  if (value instanceof Comment) return "comment";
  if (value instanceof SopsTime) return "time";
  // Go's walk turns []byte into string before encrypting, so bytes are written as type:str.
  if (value instanceof Uint8Array || typeof value === "string") return "str";
  if (typeof value === "bigint") return "int";
  if (typeof value === "number") return "float";
  return "bool";
}

function plaintextBytes(value: Plaintext): Uint8Array {
  return value instanceof Comment ? UTF8.encode(value.value) : canonicalBytes(value);
}

/**
 * Identifies a plaintext at a key path, so that re-encrypting an unchanged value can reuse its old
 * ciphertext (sops' cipher "stash"): `sops set` then changes only the lines it must.
 */
export function stashKey(value: Plaintext, aad: string): string {
  return `${aad}\u0000${typeOf(value)}\u0000${Buffer.from(plaintextBytes(value)).toString("base64")}`;
}

/** True for values sops leaves unencrypted: the empty string and the empty comment. */
function isEmptyPlaintext(value: Plaintext): boolean {
  if (value instanceof Comment) return value.value === "";
  return typeof value === "string" && value === "";
}

/** Encrypt one value. `iv` is only for deterministic tests; production always draws a fresh one. */
export function encryptValue(value: Plaintext, dataKey: Uint8Array, aad: string, iv?: Uint8Array): string {
  if (isEmptyPlaintext(value)) return "";
  const nonce = iv ?? randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", dataKey, nonce);
  cipher.setAAD(UTF8.encode(aad));
  const data = Buffer.concat([cipher.update(plaintextBytes(value)), cipher.final()]);
  const tag = cipher.getAuthTag();
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
  return `ENC[AES256_GCM,data:${b64(data)},iv:${b64(nonce)},tag:${b64(tag)},type:${typeOf(value)}]`;
}

function parseTyped(type: string, bytes: Buffer): Plaintext {
  const text = () => {
    try {
      return STRICT_UTF8.decode(bytes);
    } catch {
      throw malformed(`the decrypted ${type} value is not valid UTF-8`);
    }
  };
  switch (type) {
    case "str": {
      // Decoded straight from the buffer; only bytes that are not text are copied out of it.
      const value = textOrBytes(bytes);
      return typeof value === "string" ? value : new Uint8Array(bytes);
    }
    case "bytes":
      return new Uint8Array(bytes);
    case "comment":
      return new Comment(text());
    case "int": {
      const digits = text();
      if (!/^[+-]?\d+$/.test(digits)) throw malformed("the decrypted int value is not an integer");
      const parsed = BigInt(digits);
      if (parsed > 2n ** 63n - 1n || parsed < -(2n ** 63n)) {
        throw malformed("the decrypted int value is out of the 64-bit range");
      }
      return parsed;
    }
    case "float": {
      const raw = text();
      const parsed = parseGoFloat(raw);
      if (parsed === undefined) throw malformed("the decrypted float value is not a number");
      return parsed;
    }
    case "bool": {
      const parsed = parseGoBool(text());
      if (parsed === undefined) throw malformed("the decrypted bool value is not a boolean");
      return parsed;
    }
    case "time":
      return parseGoTime(text());
    default:
      throw malformed(`unknown ENC[] value type "${printable(type, 20)}"`);
  }
}

function parseGoFloat(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (["inf", "+inf", "infinity", "+infinity"].includes(lower)) return Infinity;
  if (["-inf", "-infinity"].includes(lower)) return -Infinity;
  if (lower === "nan") return NaN;
  if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text.replaceAll("_", ""));
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parseGoTime(text: string): SopsTime {
  if (!RFC3339.test(text)) throw malformed("the decrypted time value is not RFC 3339");
  return new SopsTime(text);
}

/**
 * Decrypt one `ENC[...]` string. An empty string is an empty (never encrypted) value.
 * @param where the value's place for error messages; a function when it costs something to spell out,
 *   since it is needed only on failure
 */
export function decryptValue(
  text: string,
  dataKey: Uint8Array,
  aad: string,
  where: string | (() => string),
): Plaintext {
  if (text === "") return "";
  try {
    return decryptNonEmpty(text, dataKey, aad);
  } catch (error) {
    if (!(error instanceof SopsError)) throw error;
    throw new SopsError(error.code, `${typeof where === "string" ? where : where()}: ${error.message}`);
  }
}

function decryptNonEmpty(text: string, dataKey: Uint8Array, aad: string): Plaintext {
  const parsed = parseEncryptedValue(text);
  let bytes: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", dataKey, parsed.iv);
    decipher.setAAD(UTF8.encode(aad));
    decipher.setAuthTag(parsed.tag);
    // GCM writes nothing in final(): it only checks the tag.
    bytes = decipher.update(parsed.data);
    decipher.final();
  } catch {
    throw new SopsError(
      "MAC_MISMATCH",
      `the value failed authentication: it was modified, moved to another key, or encrypted with another data key`,
    );
  }
  return parseTyped(parsed.type, bytes);
}

export function newDataKey(): Uint8Array {
  return new Uint8Array(randomBytes(DATA_KEY_BYTES));
}
