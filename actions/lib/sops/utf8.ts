/**
 * UTF-8 as Go sees it: decoding a file's bytes as text for the stores, and telling Go strings that are
 * text from those that are not. Invalid UTF-8 is reported with its line and column
 * (never with the bytes themselves); a leading byte order mark is kept for the store to decide on.
 */
import { malformed } from "./errors.js";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Length of the valid UTF-8 sequence starting at `i` (Go's utf8.DecodeRune rules), or 0 for none. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k] ?? 0;
    // Only the second byte has a lead-dependent range; the others are plain continuation bytes.
    if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) === -1;
}

/** A Go string as JavaScript sees it: text when the bytes are UTF-8 (a BOM included), else the bytes. */
export function textOrBytes(bytes: Uint8Array): string | Uint8Array {
  return isValidUtf8(bytes) ? STRICT_UTF8.decode(bytes) : bytes;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array, format: string): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, invalid - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = STRICT_UTF8.decode(bytes.subarray(lineStart, invalid)).length + 1;
    throw malformed(`invalid ${format} at line ${line}, column ${column}: the file is not valid UTF-8`);
  }
}
