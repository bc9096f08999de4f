/**
 * The typed tree as plain JavaScript values (objects, arrays, strings, numbers), for comparisons with
 * expected plaintext, in the tests and the benchmark (which compares with sops-age).
 */
import { valueToString } from "../actions/lib/sops/goformat.js";
import { Comment, SopsTime, isTreeList, isTreeMap, type TreeValue } from "../actions/lib/sops/tree.js";

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
