/**
 * Text handling tuned for scanning speed: files are decoded as Latin-1 (one character per byte, the
 * fastest decoding V8 has; every pattern is ASCII, so matches and offsets are the same as in UTF-8 bytes)
 * and line numbers are counted only up to the matches.
 */
import { asBuffer } from "../lines.js";
import { rulesForZizmor } from "../workflow/rule-info.js";

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
/** `# secrets-actions: ignore[rule, rule]` and zizmor's `# zizmor: ignore[audit, audit]`. */
const IGNORE = /\b(secrets-actions|zizmor):\s*ignore\[([a-z0-9, -]*)\]/g;

/**
 * What an inline comment on a line accepts: every rule, some rules, or nothing.
 * - `secrets-allow` (any comment syntax) accepts every finding on its line, `secrets-allow: rule-id,
 *   rule-id` only those rules; `gitleaks:allow` is honoured like a bare one, so repositories that used
 *   gitleaks keep their inline allowances;
 * - `secrets-actions: ignore[rule-id, ...]` accepts those rules, and zizmor's `zizmor: ignore[audit]`
 *   the workflow rules that match its audits, so repositories keep the triage they did with zizmor.
 */
export function inlineAllowance(line: string): "all" | ReadonlySet<string> | undefined {
  const rules = new Set<string>();
  const match = ALLOW.exec(line);
  if (match) {
    if (match[1] === undefined) return "all";
    for (const rule of match[1].split(",")) rules.add(rule.trim());
  }
  for (const [, tool, list = ""] of line.matchAll(IGNORE)) {
    for (const id of list.split(",").map((item) => item.trim())) {
      if (tool === "zizmor") for (const rule of rulesForZizmor(id)) rules.add(rule);
      else rules.add(id);
    }
  }
  return rules.size > 0 ? rules : undefined;
}
