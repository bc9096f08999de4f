/**
 * What the flat stores (dotenv, INI) share. They cannot nest, so sops writes its metadata as one key per
 * leaf: nested maps add `__map_<key>` and lists add `__list_<index>` to the key (`sops:stores/flatten.go`).
 * Values are always strings in the flat form; the metadata reader coerces them the way mapstructure's weak
 * typing does.
 */
import { malformed } from "../errors.js";
import { valueToString } from "../goformat.js";
import { Comment, TreeMap, isTreeList, isTreeMap, type TreeList, type TreeValue } from "../tree.js";

/**
 * dotenv has no multi-line syntax, and sops' INI store escapes metadata the same way, so newlines travel as
 * the two characters `\n`. A literal backslash-n has no escape: it reads back as a newline (as in sops).
 */
export const escapeNewlines = (text: string): string => text.replaceAll("\n", "\\n");
export const unescapeNewlines = (text: string): string => text.replaceAll("\\n", "\n");

const MAP_SEPARATOR = "__map_";
const LIST_SEPARATOR = "__list_";

/** Real metadata nests four levels (`key_groups` → group → key type → entry → field); the cap only stops hostile input. */
const MAX_DEPTH = 32;

/**
 * Flatten a metadata tree into `[prefix + path, text]` pairs sorted by key, as sops ≥ 3.8 writes them.
 * Nulls and empty lists/maps produce no pair, as in sops (a nil value is skipped, an empty container has
 * no leaves).
 */
export function flattenMetadata(metadata: TreeMap, prefix: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const visit = (path: string, value: TreeValue): void => {
    if (isTreeMap(value)) {
      for (const { key, value: child } of value.entries()) visit(`${path}${MAP_SEPARATOR}${key}`, child);
    } else if (isTreeList(value)) {
      withoutComments(value).forEach((child, index) => {
        visit(`${path}${LIST_SEPARATOR}${index}`, child);
      });
    } else if (value !== null) {
      pairs.push([path, valueToString(value)]);
    }
  };
  for (const { key, value } of metadata.entries()) visit(prefix + key, value);
  return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function withoutComments(list: TreeList): TreeValue[] {
  return list.filter((item): item is TreeValue => !(item instanceof Comment));
}

type Segment = { kind: "map"; key: string } | { kind: "list"; index: number };

interface MapNode {
  kind: "map";
  children: Map<string, Node>;
}

interface ListNode {
  kind: "list";
  /** Keyed by index so that a hostile `__list_999999999` costs nothing until the completeness check. */
  children: Map<number, Node>;
}

type Node = MapNode | ListNode | string;

/** Split `age__list_0__map_enc` into `age`, list index 0, map key `enc` (sops `tokenize`). */
function tokenize(flatKey: string): Segment[] {
  const parts = flatKey.split(/(__map_|__list_)/);
  const segments: Segment[] = [{ kind: "map", key: parts[0] ?? "" }];
  for (let i = 1; i < parts.length; i += 2) {
    const text = parts[i + 1] ?? "";
    if (parts[i] === MAP_SEPARATOR) {
      segments.push({ kind: "map", key: text });
    } else {
      // sops ignores Atoi errors (an index of 0); a non-canonical index is refused here instead.
      if (!/^(0|[1-9][0-9]{0,8})$/.test(text)) {
        throw malformed(
          `metadata key ${JSON.stringify(flatKey)} has an invalid list index ${JSON.stringify(text)}`,
        );
      }
      segments.push({ kind: "list", index: Number(text) });
    }
  }
  if (segments.some((segment) => segment.kind === "map" && segment.key === "")) {
    throw malformed(`metadata key ${JSON.stringify(flatKey)} has an empty name segment`);
  }
  if (segments.length > MAX_DEPTH)
    throw malformed(`metadata key ${JSON.stringify(flatKey)} nests too deeply`);
  return segments;
}

function getChild(node: MapNode | ListNode, segment: Segment, flatKey: string): Node | undefined {
  if (node.kind === "map" && segment.kind === "map") return node.children.get(segment.key);
  if (node.kind === "list" && segment.kind === "list") return node.children.get(segment.index);
  throw malformed(`metadata key ${JSON.stringify(flatKey)} mixes a list and a map at the same path`);
}

function setChild(node: MapNode | ListNode, segment: Segment, child: Node): void {
  if (node.kind === "map" && segment.kind === "map") node.children.set(segment.key, child);
  else if (node.kind === "list" && segment.kind === "list") node.children.set(segment.index, child);
}

function containerFor(segment: Segment): MapNode | ListNode {
  return segment.kind === "map"
    ? { kind: "map", children: new Map() }
    : { kind: "list", children: new Map() };
}

/**
 * Rebuild the metadata tree from flattened pairs. Every key must start with `prefix`. A repeated key keeps
 * its first position and its last value (sops reads them into a Go map). Lists must hold every index from
 * 0 to their largest one; values stay strings.
 */
export function unflattenMetadata(pairs: Array<[string, string]>, prefix: string): TreeMap {
  const root: MapNode = { kind: "map", children: new Map() };
  for (const [fullKey, value] of pairs) {
    if (!fullKey.startsWith(prefix))
      throw malformed(`metadata key ${JSON.stringify(fullKey)} lacks the prefix "${prefix}"`);
    const segments = tokenize(fullKey.slice(prefix.length));
    let node: MapNode | ListNode = root;
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      const existing = getChild(node, segment, fullKey);
      if (next === undefined) {
        if (existing !== undefined && typeof existing !== "string") {
          throw malformed(`metadata key ${JSON.stringify(fullKey)} is both a value and a container`);
        }
        setChild(node, segment, value);
        return;
      }
      if (typeof existing === "string")
        throw malformed(`metadata key ${JSON.stringify(fullKey)} is both a value and a container`);
      const child = existing ?? containerFor(next);
      if (existing === undefined) setChild(node, segment, child);
      node = child;
    });
  }
  return toTreeMap(root, (key) => prefix + key);
}

/** `path` is the flat key of `node`, used only to name the place of an error. */
function toTreeValue(node: Node, path: string): TreeValue {
  if (typeof node === "string") return node;
  if (node.kind === "map") return toTreeMap(node, (key) => `${path}${MAP_SEPARATOR}${key}`);
  const list: TreeList = [];
  // With n distinct indices, any index >= n implies a gap below n, so checking 0..n-1 suffices.
  for (let index = 0; index < node.children.size; index++) {
    const child = node.children.get(index);
    if (child === undefined) throw malformed(`metadata list ${path} is missing index ${index}`);
    list.push(toTreeValue(child, `${path}${LIST_SEPARATOR}${index}`));
  }
  return list;
}

function toTreeMap(node: MapNode, childPath: (key: string) => string): TreeMap {
  const map = new TreeMap();
  for (const [key, child] of node.children)
    map.items.push({ key, value: toTreeValue(child, childPath(key)) });
  return map;
}
