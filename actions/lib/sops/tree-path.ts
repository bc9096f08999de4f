/**
 * sops' path expressions (`--extract '["a"]["b"][0]'`, `sops set FILE '["k"]' VALUE`) and the tree
 * operations they drive.
 */
import { badInput } from "./errors.js";
import { Comment, TreeMap, isTreeList, isTreeMap, type TreeValue } from "./tree.js";

export type PathPart = string | number;

export function parsePathExpression(expression: string): PathPart[] {
  const parts: PathPart[] = [];
  const token = /\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\s*\]/y;
  let position = 0;
  while (position < expression.length) {
    token.lastIndex = position;
    const match = token.exec(expression);
    if (!match) {
      throw badInput(
        `path "${expression.slice(0, 80)}" is not of the form ["key"][0]["other"] (at character ${position + 1})`,
      );
    }
    const [, double, single, index] = match;
    if (index !== undefined) parts.push(Number(index));
    else parts.push((double ?? single ?? "").replace(/\\(.)/g, "$1"));
    position = token.lastIndex;
  }
  if (parts.length === 0) throw badInput('the path is empty: give at least one ["key"]');
  return parts;
}

export function formatPath(parts: readonly PathPart[]): string {
  return parts.map((part) => (typeof part === "number" ? `[${part}]` : `[${JSON.stringify(part)}]`)).join("");
}

function child(value: TreeValue, part: PathPart): TreeValue | undefined {
  if (typeof part === "string" && isTreeMap(value)) return value.get(part);
  if (typeof part === "number" && isTreeList(value)) {
    const items = value.filter((item) => !(item instanceof Comment));
    return items[part] as TreeValue | undefined;
  }
  return undefined;
}

export function getPath(root: TreeMap, parts: readonly PathPart[]): TreeValue {
  let current: TreeValue = root;
  parts.forEach((part, depth) => {
    const next = child(current, part);
    if (next === undefined)
      throw badInput(`${formatPath(parts.slice(0, depth + 1))} does not exist in the file`);
    current = next;
  });
  return current;
}

/** A copy of `root` with the value at `parts` replaced (missing map keys are created, as `sops set` does). */
export function setPath(root: TreeMap, parts: readonly PathPart[], value: TreeValue): TreeMap {
  return replaceIn(root, parts, 0, value) as TreeMap;
}

/** A copy of `root` without the value at `parts`. */
export function unsetPath(root: TreeMap, parts: readonly PathPart[]): TreeMap {
  getPath(root, parts);
  return replaceIn(root, parts, 0, undefined) as TreeMap;
}

function replaceIn(
  node: TreeValue,
  parts: readonly PathPart[],
  depth: number,
  value: TreeValue | undefined,
): TreeValue {
  const part = parts[depth] as PathPart;
  const last = depth === parts.length - 1;
  const where = formatPath(parts.slice(0, depth + 1));
  if (typeof part === "string") {
    if (!isTreeMap(node)) throw badInput(`${where}: the parent is not a mapping`);
    const items = [...node.items];
    const at = items.findIndex((item) => !(item instanceof Comment) && item.key === part);
    const existing = at >= 0 ? (items[at] as { value: TreeValue }).value : new TreeMap();
    const next = last ? value : replaceIn(existing, parts, depth + 1, value);
    if (next === undefined) items.splice(at, 1);
    else if (at >= 0) items[at] = { key: part, value: next };
    else items.push({ key: part, value: next });
    return new TreeMap(items);
  }
  if (!isTreeList(node)) throw badInput(`${where}: the parent is not a list`);
  const positions = node.flatMap((item, index) => (item instanceof Comment ? [] : [index]));
  const at = positions[part];
  if (at === undefined) {
    if (part !== positions.length || value === undefined)
      throw badInput(`${where} is past the end of the list`);
    return [...node, last ? value : replaceIn(new TreeMap(), parts, depth + 1, value)];
  }
  const list = [...node];
  const next = last ? value : replaceIn(list[at] as TreeValue, parts, depth + 1, value);
  if (next === undefined) list.splice(at, 1);
  else list[at] = next;
  return list;
}
