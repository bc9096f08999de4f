/**
 * A purge plan: the expressions file that `git filter-repo --replace-text` reads, made from the
 * plaintext of the secrets a history scan found (`secrets-actions verify --history --purge-plan FILE`).
 * Pure: values in, the file's bytes and counts out. The values go into the file only: nothing else this
 * module returns holds or describes one.
 *
 * filter-repo's syntax (git-filter-repo(1), "--replace-text"; its `get_replace_text`): one expression a
 * line, read as bytes with the line break stripped; the text after the last `==>` is the replacement;
 * `regex:` and `glob:` start a Python `re` pattern, `literal:` (the default) the exact bytes; there are
 * no comments (a `#` line is text to replace). So every line here names its kind and ends with
 * `==>***REMOVED***`: a value that itself holds `==>`, or starts with `regex:` or `#`, is still read as
 * the literal it is. A value over several lines (a private key) cannot be one literal line: it becomes
 * a `regex:` of its exact bytes, every byte but a letter or a digit written `\xHH` (no line break, no
 * `==>` left in the line). filter-repo replaces the literals in the order of the file, then the
 * regexes: longer values come first, so that one inside another does not keep the longer from matching.
 */
import type { Finding } from "./rules.js";

export const REMOVED = "***REMOVED***";

/**
 * Shorter values are left out of the plan: filter-repo replaces a value in every file of every commit,
 * and a short one (`juniper`, a password `hunter2`) is also other text.
 */
export const MIN_PURGE_BYTES = 8;

export interface PurgeValue {
  /** The plaintext, exactly as the file holds it. */
  bytes: Uint8Array;
  finding: Finding;
  /** The first commit that added the blob it was found in. */
  commit?: string | undefined;
}

export interface PurgePlan {
  /** The expressions file: one line per distinct value. Empty when no value can be written. */
  expressions: Buffer;
  /** Distinct values written as `literal:` lines. */
  literals: number;
  /** Distinct values over several lines, written as `regex:` lines. */
  regexes: number;
  /**
   * Where the values too short to be replaced everywhere were found (`file:line rule (commit …)`),
   * deduplicated and sorted; never the values.
   */
  tooShort: string[];
}

const LETTER_OR_DIGIT = /^[A-Za-z0-9]$/;

/** Every byte but a letter or a digit as `\xHH`: the value's exact bytes as a Python bytes pattern. */
function exactPattern(bytes: Buffer): string {
  let pattern = "";
  for (const byte of bytes) {
    const character = String.fromCharCode(byte);
    pattern += LETTER_OR_DIGIT.test(character) ? character : `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return pattern;
}

const overLines = (bytes: Buffer) => bytes.includes(0x0a) || bytes.includes(0x0d);

function expression(bytes: Buffer): Buffer {
  const kind = overLines(bytes)
    ? Buffer.from(`regex:${exactPattern(bytes)}`, "latin1")
    : Buffer.concat([Buffer.from("literal:"), bytes]);
  return Buffer.concat([kind, Buffer.from(`==>${REMOVED}\n`)]);
}

function whereOf(value: PurgeValue): string {
  const { file, line, rule } = value.finding;
  return `${file}:${line} ${rule}${value.commit ? ` (commit ${value.commit.slice(0, 12)})` : ""}`;
}

/** The plan for these values: each distinct value once, longest first, then in byte order. */
export function purgePlan(values: Iterable<PurgeValue>): PurgePlan {
  const distinct = new Map<string, Buffer>();
  const tooShort = new Set<string>();
  for (const value of values) {
    const bytes = Buffer.from(value.bytes);
    if (bytes.length < MIN_PURGE_BYTES) tooShort.add(whereOf(value));
    else distinct.set(bytes.toString("latin1"), bytes);
  }
  const sorted = [...distinct.values()].sort((a, b) => b.length - a.length || Buffer.compare(a, b));
  const regexes = sorted.filter(overLines).length;
  return {
    expressions: Buffer.concat(sorted.map(expression)),
    literals: sorted.length - regexes,
    regexes,
    tooShort: [...tooShort].sort(),
  };
}
