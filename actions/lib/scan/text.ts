/**
 * Text handling tuned for scanning speed: files are decoded as Latin-1 (one character per byte, the
 * fastest decoding V8 has; every pattern is ASCII, so matches and offsets are the same as in UTF-8 bytes)
 * and line numbers are counted only up to the matches.
 */

/** git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** Latin-1 text back to what the UTF-8 bytes meant, for the few characters that are ever shown. */
export function fromLatin1(text: string): string {
  return Buffer.from(text, "latin1").toString("utf8");
}

/** 1-based line numbers of increasing offsets, counting each newline once. */
export class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineOf(index: number): number {
    if (index < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    let at = this.text.indexOf("\n", this.offset);
    while (at !== -1 && at < index) {
      this.line++;
      at = this.text.indexOf("\n", at + 1);
    }
    this.offset = index;
    return this.line;
  }
}

/** The line that holds `index`, without its newline. */
export function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

const ALLOW = /(?:secrets-allow(?::\s*([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*))?|gitleaks:allow)/;

/**
 * An inline `secrets-allow` comment (any comment syntax) accepts every finding on its line;
 * `secrets-allow: rule-id, rule-id` only those rules. `gitleaks:allow` is honoured like a bare one, so
 * repositories that used gitleaks keep their inline allowances.
 */
export function isAllowedInline(line: string, rule: string): boolean {
  const match = ALLOW.exec(line);
  if (!match) return false;
  const rules = match[1];
  return rules === undefined || rules.split(",").some((item) => item.trim() === rule);
}
