/**
 * Conversion between the typed tree and plain JavaScript values (objects, arrays, strings, numbers),
 * for JSON-shaped consumers: action outputs, `set` values, comparisons with expected plaintext.
 */
import { valueToString } from "./goformat.js";
import { Comment, SopsTime, TreeMap, isTreeList, isTreeMap, type TreeValue } from "./tree.js";

export type PlainValue =
  string | number | bigint | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/** Comments are dropped; ints beyond 2^53 stay bigint; times and bytes become strings. */
export function treeToPlain(value: TreeValue): PlainValue {
  if (isTreeMap(value)) {
    const object: Record<string, PlainValue> = {};
    for (const entry of value.entries()) object[entry.key] = treeToPlain(entry.value);
    return object;
  }
  if (isTreeList(value))
    return value.filter((item) => !(item instanceof Comment)).map((item) => treeToPlain(item as TreeValue));
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (value instanceof SopsTime || value instanceof Uint8Array) return valueToString(value);
  return value;
}

/** Plain values to the tree: integral numbers are ints (bigint), others floats. */
export function plainToTree(value: unknown): TreeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "bigint") return value;
  if (Array.isArray(value)) return value.map(plainToTree);
  if (typeof value === "object") {
    return new TreeMap(Object.entries(value).map(([key, item]) => ({ key, value: plainToTree(item) })));
  }
  throw new TypeError(`cannot represent a ${typeof value} as a SOPS value`);
}
