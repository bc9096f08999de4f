/**
 * What a candidate secret looks like: its entropy, whether it is a placeholder, and how it is shown
 * (never in full) and fingerprinted.
 */
import { createHash } from "node:crypto";

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// `\u00e2\u0080\u00a6` is an ellipsis (…) in UTF-8 bytes read as Latin-1, as the scanner reads files.
const PLACEHOLDER_WORDS =
  /example|sample|placeholder|change[-_ ]?me|your[-_]|dummy|fake|not[-_]?real|redacted|replace|insert|todo|foobar|lorem|xxxx|\*\*\*|\.\.\.|\u2026|\u00e2\u0080\u00a6|<[^>]*>|\$\{|\{\{|%\(|%s/i;

/** A documentation word or template syntax (`your_`, `xxxx`, `<token>`, `${VAR}`), whatever the length. */
export function hasPlaceholderWord(value: string): boolean {
  return PLACEHOLDER_WORDS.test(value);
}

/** `12345`, `abcde`: five characters counting up. */
function hasAscendingRun(text: string, length: number): boolean {
  let run = 1;
  for (let index = 1; index < text.length; index++) {
    run = text.charCodeAt(index) === text.charCodeAt(index - 1) + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * True for values people write instead of a real secret: documentation words, template syntax, a
 * character repeated, or a run like `12345`/`abcde`.
 */
export function isPlaceholder(value: string): boolean {
  if (value === "") return true;
  if (PLACEHOLDER_WORDS.test(value) || /(.)\1{4}/.test(value)) return true;
  const lower = value.toLowerCase();
  const first = lower[0] ?? "";
  if (lower.split(first).length - 1 >= lower.length * 0.6) return true;
  return hasAscendingRun(lower, 5);
}

/** camelCase, PascalCase, snake_case or kebab-case spelling of two or more words. */
const WORD_SPELLING = /^(?:[a-z]*(?:[A-Z][a-z]+)+|[a-z]+(?:[_-][a-z]+)+|(?:[A-Z][a-z]+)+)$/;
const VOWELS = /[aeiouy]/g;

/**
 * Text that reads as words (`downloadDatasetSnapshot`, `challengePassword`, `allow-windows-escape`):
 * the name of something, not a generated value. Random letters fall into camelCase runs often enough
 * (`SskqFqycnfl`), but seldom into words that each have a vowel for every four letters, and in a
 * part of 16 or more characters hardly ever.
 */
export function readsAsWords(text: string): boolean {
  if (!WORD_SPELLING.test(text)) return false;
  const words = text.match(/[A-Z]?[a-z]+/g) ?? [];
  const vowels = (word: string) => word.toLowerCase().match(VOWELS)?.length ?? 0;
  // The last word may be cut short (`…SnapshotWithr`): it needs a vowel, the others one in four letters
  // and, but for the first, three letters (`SvumpiqpIdRyo` is random).
  return (
    words.length >= 2 &&
    words.every((word, index) =>
      index === words.length - 1
        ? vowels(word) > 0
        : word.length >= (index === 0 ? 2 : 3) && vowels(word) * 4 >= word.length,
    )
  );
}

/** At least `count` of: lower case, upper case, digits, other characters. */
export function hasCharacterClasses(value: string, count: number): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((regex) => regex.test(value));
  return classes.length >= count;
}

/**
 * The only form in which a secret is ever shown: the fixed prefix of its format when the detector that
 * found it knows one (`ghp_`, `hf_`, `sk-ant-api03-`), then its length. No character of the secret's own
 * body is shown, and no prefix is guessed from the value: a password that happens to start like a token
 * format must not show its first characters.
 */
export function redact(secret: string, prefix = ""): string {
  const shown = prefix !== "" && secret.startsWith(prefix) && secret.length > prefix.length ? prefix : "";
  return `${shown}… (${Array.from(secret).length} chars)`;
}

/**
 * A short stable id of a finding: the rule, the file and where it is (a key name, a key path, the line
 * with the secret taken out, which occurrence), never the secret itself: a fingerprint must not be a
 * way to test guesses of the value, and it stays the same when the secret is rotated in place.
 */
export function fingerprint(rule: string, file: string, context: string): string {
  return createHash("sha256").update(`${rule}\0${file}\0${context}`).digest("hex").slice(0, 20);
}
