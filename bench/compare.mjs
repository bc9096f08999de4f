// Both decrypters must agree before their speed means anything. Values are compared as JSON-shaped
// data: ints as numbers (sops-age parses them with parseInt), bytes as their text.
import { isDeepStrictEqual } from "node:util";

const decoder = new TextDecoder();

function normalize(value) {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return decoder.decode(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalize(item)]));
  }
  return value;
}

/** The first differing key path, or undefined when both trees hold the same values. */
export function firstDifference(ours, theirs, path = "") {
  const a = normalize(ours);
  const b = normalize(theirs);
  if (isDeepStrictEqual(a, b)) return undefined;
  if (
    a !== null &&
    b !== null &&
    typeof a === "object" &&
    typeof b === "object" &&
    Array.isArray(a) === Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(a[key], b[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  // Only the path and the kinds are printed: values may be secrets.
  const kind = (value) =>
    value === undefined ? "missing" : Array.isArray(value) ? "list" : value === null ? "null" : typeof value;
  return `${path || "/"} (ours: ${kind(a)}, sops-age: ${kind(b)})`;
}
