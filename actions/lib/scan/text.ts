/**
 * Text handling tuned for scanning speed: files are decoded as Latin-1 (one character per byte, the
 * fastest decoding V8 has; every pattern is ASCII, so matches and offsets are the same as in UTF-8 bytes)
 * and line numbers are counted only up to the matches.
 */
import { asBuffer } from "../lines.js";

/** git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** `bytes[start, end)` as Latin-1 text, the way the detectors see it. */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return asBuffer(bytes).toString("latin1", start, end);
}

/** `bytes[start, end)` as what they mean (UTF-8), for what is compared with what users wrote. */
export function utf8(bytes: Uint8Array, start: number, end: number): string {
  return asBuffer(bytes).toString("utf8", start, end);
}

/** Latin-1 text back to what the UTF-8 bytes meant, for the few characters that are ever shown. */
export function fromLatin1(text: string): string {
  return Buffer.from(text, "latin1").toString("utf8");
}

const ALLOW = /(?:secrets-allow(?::\s*([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*))?|gitleaks:allow)/;

/**
 * An inline `secrets-allow` comment (any comment syntax) accepts every finding on its line;
 * `secrets-allow: rule-id, rule-id` only those rules. `gitleaks:allow` is honoured like a bare one, so
 * repositories that used gitleaks keep their inline allowances.
 */
/** What an inline `secrets-allow` comment on a line accepts: every rule, some rules, or nothing. */
export function inlineAllowance(line: string): "all" | ReadonlySet<string> | undefined {
  const match = ALLOW.exec(line);
  if (!match) return undefined;
  const rules = match[1];
  return rules === undefined ? "all" : new Set(rules.split(",").map((item) => item.trim()));
}
