/**
 * Turning decrypted SOPS documents into flat name/value pairs for environment variables and dotenv
 * files: nested maps joined with a delimiter (pydantic-settings' `env_nested_delimiter`), lists as one
 * JSON string (how pydantic-settings reads complex fields), and for every pair whether it came from
 * encrypted values (those are secrets; unencrypted ones are configuration).
 */
import { formatFloatJson, valueToString } from "../sops/goformat.js";
import type { Leaf } from "../sops/tree-cipher.js";
import {
  Comment,
  SopsTime,
  isTreeList,
  isTreeMap,
  type Scalar,
  type TreeMap,
  type TreeValue,
} from "../sops/tree.js";

export interface FlatEntry {
  /** Path components joined with the delimiter, before any prefix or case change. */
  name: string;
  value: string;
  /** True when any value that makes up this entry was stored encrypted. */
  secret: boolean;
  /** The encrypted values inside the entry (list elements, the value itself), each to be masked. */
  secretParts: string[];
}

function compactJson(value: TreeValue): string {
  if (isTreeMap(value)) {
    return `{${value
      .entries()
      .map((entry) => `${JSON.stringify(entry.key)}:${compactJson(entry.value)}`)
      .join(",")}}`;
  }
  if (isTreeList(value)) {
    return `[${value
      .filter((item) => !(item instanceof Comment))
      .map((item) => compactJson(item as TreeValue))
      .join(",")}]`;
  }
  if (value === null) return "null";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number")
    return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify(valueToString(value));
  if (typeof value === "boolean") return String(value);
  if (value instanceof SopsTime || value instanceof Uint8Array) return JSON.stringify(valueToString(value));
  return JSON.stringify(value);
}

/**
 * A scalar as an environment variable: floats in JSON's form, so that the integral floats of old sops
 * JSON files (`7` stored as `type:float`) read `7`, not sops' dotenv form `7.0`.
 */
function scalarText(value: TreeValue): string {
  return typeof value === "number" && Number.isFinite(value)
    ? formatFloatJson(value)
    : valueToString(value as Scalar);
}

function locationKey(document: number, location: ReadonlyArray<string | number>): string {
  return JSON.stringify([document, ...location]);
}

/** Flatten one decrypted document stream (documents in order; later ones override earlier keys). */
export function flattenDocuments(
  branches: readonly TreeMap[],
  leaves: readonly Leaf[],
  delimiter: string,
): FlatEntry[] {
  const encrypted = new Map<string, string[]>();
  for (const leaf of leaves) {
    if (!leaf.encrypted || leaf.value === null) continue;
    // Register the leaf's value under every ancestor, so a list entry knows its encrypted elements.
    for (let depth = 1; depth <= leaf.location.length; depth++) {
      const key = locationKey(leaf.document, leaf.location.slice(0, depth));
      const parts = encrypted.get(key) ?? [];
      parts.push(valueToString(leaf.value));
      encrypted.set(key, parts);
    }
  }

  const entries: FlatEntry[] = [];
  const visit = (value: TreeValue, document: number, location: string[]) => {
    if (isTreeMap(value)) {
      for (const entry of value.entries()) visit(entry.value, document, [...location, entry.key]);
      return;
    }
    const secretParts = encrypted.get(locationKey(document, location)) ?? [];
    entries.push({
      name: location.join(delimiter),
      value: isTreeList(value) ? compactJson(value) : scalarText(value),
      secret: secretParts.length > 0,
      secretParts,
    });
  };
  branches.forEach((branch, document) => {
    visit(branch, document, []);
  });
  return entries;
}
