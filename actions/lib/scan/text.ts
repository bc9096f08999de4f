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

/**
 * Line numbers and bounds of a text in O(log n) each, from its newline offsets (collected on first use,
 * once per text): a file with many findings costs the same per finding wherever they are.
 */
export class LineIndex {
  private newlines: number[] | undefined;

  constructor(private readonly text: string) {}

  private offsets(): number[] {
    if (!this.newlines) {
      const offsets: number[] = [];
      for (let at = this.text.indexOf("\n"); at !== -1; at = this.text.indexOf("\n", at + 1))
        offsets.push(at);
      this.newlines = offsets;
    }
    return this.newlines;
  }

  /** The 1-based line of the character at `index`: one more than the newlines before it. */
  lineOf(index: number): number {
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] ?? Infinity) < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  }

  /** Offset of the first character of a 1-based line. */
  startOf(line: number): number {
    return line <= 1 ? 0 : (this.offsets()[line - 2] ?? this.text.length) + 1;
  }

  /** Offset of the newline that ends a 1-based line (or the text's end). */
  endOf(line: number): number {
    return this.offsets()[line - 1] ?? this.text.length;
  }

  /** A 1-based line's text, without its newline. */
  line(line: number): string {
    return this.text.slice(this.startOf(line), this.endOf(line));
  }
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
