/**
 * Telling SOPS files from other files without a key.
 */
import { escapeRegExp } from "../regexp.js";
import { SopsError } from "./errors.js";
import { describeUnknown } from "../errors.js";
import { createStore, detectEncryptedFormat, formatForPath, type Format } from "./formats.js";
import { readMetadata, type Metadata } from "./metadata.js";
import type { LineIndex } from "../lines.js";
import type { Location } from "./tree-cipher.js";
import type { TreeMap } from "./tree.js";

export type SopsStatus =
  | { kind: "plain" }
  | { kind: "sops"; format: Format; branches: TreeMap[]; metadata: Metadata }
  | { kind: "broken"; format: Format; problem: string };

/** The metadata block of each store: `sops:` (YAML), `"sops": {` (JSON), `sops_...=` (dotenv), `[sops]` (INI). */
const METADATA =
  /^(?:sops:[ \t]*(?:#.*)?$|sops_(?:lastmodified|mac|version|age__)|\[sops\][ \t]*$)|"sops"[ \t]*:[ \t]*\{/m;
/** A key assigned an ENC value at the start of a line: a SOPS file whose metadata was cut off. */
const ENC_ASSIGNMENT = /^[ \t]*"?[^\s"=:]+"?[ \t]*[:=][ \t]*"?ENC\[AES256_GCM,data:/m;

/**
 * Whether the bytes are a SOPS file, without decrypting: plain, a SOPS file (its trees and metadata), or
 * broken (ENC values without metadata, metadata that does not parse). Only text with a SOPS metadata
 * block (or ENC values assigned at line starts) is parsed, so ordinary YAML and JSON cost one regex.
 */
/** The line-anchored pattern is slow on large files: most have no `ENC[` at all, which is quick to see. */
function hasEncryptedAssignment(text: string): boolean {
  return text.includes("ENC[AES256_GCM,data:") && ENC_ASSIGNMENT.test(text);
}

export function inspectSops(file: string, bytes: Uint8Array, text: string): SopsStatus {
  const hasMetadata = METADATA.test(text);
  if (!hasMetadata && !hasEncryptedAssignment(text)) return { kind: "plain" };
  const format = formatForPath(file) ?? detectEncryptedFormat(file, bytes);
  if (!hasMetadata)
    return { kind: "broken", format, problem: "it holds ENC[...] values but no sops metadata" };
  try {
    const document = createStore(format).parseEncrypted(bytes);
    return { kind: "sops", format, branches: document.branches, metadata: readMetadata(document.metadata) };
  } catch (error) {
    if (error instanceof SopsError && error.code === "NOT_SOPS_FILE") {
      return hasEncryptedAssignment(text)
        ? { kind: "broken", format, problem: "it holds ENC[...] values but no sops metadata" }
        : { kind: "plain" };
    }
    return { kind: "broken", format, problem: describeUnknown(error) };
  }
}

/**
 * The 1-based line where a key path is written, for annotations: each key searched after the previous
 * one, in the syntax of any store (`key:`, `key=`, `"key":`, `[section]`).
 */
export function keyLine(text: string, lines: LineIndex, location: Location): number {
  let from = 0;
  for (const part of location) {
    if (typeof part !== "string") continue;
    const key = escapeRegExp(part);
    const pattern = new RegExp(`^[ \\t]*\\[${key}\\][ \\t]*$|(?:^|[\\s"'{,])${key}["']?[ \\t]*[:=]`, "gm");
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    from = match.index + match[0].length;
  }
  return lines.lineOf(from);
}
