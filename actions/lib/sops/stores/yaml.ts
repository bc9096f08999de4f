/**
 * The YAML store, reproducing sops 3.13's `stores/yaml` on top of go.yaml.in/yaml/v3.
 *
 * The `yaml` package only tokenises and composes here (failsafe schema, so every scalar arrives as
 * text): scalar typing follows yaml.v3's `resolve()`, comments are placed from their source positions,
 * and output comes from a small emitter that mirrors libyaml's indentation and scalar-style rules as
 * yaml.v3 configures them (indent 4, indented block sequences, no line folding, unicode output).
 * Encrypted files are first offered to yaml-fast.ts, which reads the plain block YAML sops writes to
 * the same tree without the `yaml` package, and leaves everything else to the reader here.
 *
 * Choices where sops itself would not produce a tree (or does not say):
 * - An empty stream (no document at all) is MALFORMED; `---` alone is one empty document.
 * - A mapping key that resolves to something other than a string (`1: x`, `true: x`) keeps its source
 *   text as a string key; sops fails later with "Tree contains a non-string key". Non-scalar keys are
 *   MALFORMED.
 * - Plain integers beyond int64 become float64 (yaml.v3 would yield uint64, which sops cannot walk).
 * - Merge keys (`<<`) are expanded in place: the merged entries appear where `<<` stood, explicit keys
 *   of the mapping win, earlier merge sources win over later ones.
 * - A comment on the same line as an entry becomes `Comment(text, true)` right after that entry; one on
 *   the line of a key whose value is a block collection (`key: # c`) too, and it is written back there.
 */
import { Composer, Parser, isAlias, isMap, isScalar, isSeq } from "yaml";
import { decodeUtf8, textOrBytes } from "../utf8.js";
import { formatPath } from "../tree-path.js";
import type { Document, Node as YamlNode, Pair } from "yaml";
import { SopsError, malformed } from "../errors.js";
import { describeUnknown } from "../../errors.js";
import { formatFloatGeneral, valueToString } from "../goformat.js";
import { Comment, SopsTime, TreeMap, isTreeList, isTreeMap } from "../tree.js";
import type { ListItem, MapEntry, MapItem, Scalar, TreeList, TreeValue } from "../tree.js";
import type { EncryptedDocument, Store, StoreOptions } from "./store.js";
import { readPlainBlockYaml } from "./yaml-fast.js";
import { BINARY, STR, resolveText, tagOf } from "./yaml-resolve.js";

// ---------------------------------------------------------------------------------------------------
// Scalars the emitter may leave plain

const OLD_BOOLS = new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF",
]);
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** yaml.v3 `stringv`: may this string be written unquoted without changing its type? */
function canBePlain(text: string): boolean {
  return typeof resolveText(text, "") === "string" && !OLD_BOOLS.has(text) && !BASE60_FLOAT.test(text);
}

// ---------------------------------------------------------------------------------------------------
// Parsing

const utf8Encoder = new TextEncoder();

function decodeBase64(text: string, where: string): Uint8Array {
  // Go's StdEncoding skips line breaks but nothing else, and requires padding.
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw malformed(`!!binary value at ${where} contains invalid base64 data`);
  }
  return Uint8Array.from(atob(compact), (c) => c.charCodeAt(0));
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

type PathPart = string | number;

function describePath(path: readonly PathPart[]): string {
  return path.length === 0 ? "the top level" : formatPath(path);
}

/** A map or list whose items get comments spliced in once the whole document is read. */
interface Container {
  readonly column: number;
  readonly parent: Container | undefined;
  readonly entries: Entry[];
  readonly heads: Comment[][];
  readonly afters: Comment[][];
  readonly trailing: Comment[];
  readonly apply: (items: (MapItem | ListItem)[]) => void;
  readonly values: (MapItem | ListItem)[];
}

interface Entry {
  readonly container: Container;
  readonly index: number;
  readonly depth: number;
  readonly startLine: number;
  endLine: number;
}

interface SourceComment {
  readonly offset: number;
  readonly value: string;
}

/** Upper bound on values produced by alias expansion, against "billion laughs" documents. */
const ALIAS_EXPANSION_LIMIT = 1_000_000;

class DocumentReader {
  private readonly containers: Container[] = [];
  private readonly entries: Entry[] = [];
  private expanded = 0;
  private readonly resolving = new Set<YamlNode>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineStarts: readonly number[],
    private readonly text: string,
  ) {}

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private columnOf(offset: number): number {
    return offset - (this.lineStarts[this.lineOf(offset)] ?? 0);
  }

  read(comments: readonly SourceComment[]): TreeMap {
    const contents = this.doc.contents;
    let root: TreeMap;
    if (contents === null || (isScalar(contents) && this.isNullScalar(contents))) {
      root = new TreeMap();
      this.newContainer(0, undefined, root.items, (items) => (root.items = items as MapItem[]));
    } else {
      const target = isAlias(contents) ? this.resolveAlias(contents, []) : contents;
      if (!isMap(target)) throw malformed("top-level value must be a mapping, not a list or scalar");
      root = this.convert(contents, [], undefined, 0, true) as TreeMap;
    }
    const rootContainer = this.containers[0];
    if (rootContainer === undefined) throw malformed("top-level value must be a mapping");
    for (const comment of comments) this.place(comment, rootContainer);
    for (const container of this.containers) this.splice(container);
    return root;
  }

  private isNullScalar(node: YamlNode): boolean {
    return (
      isScalar(node) &&
      node.type === "PLAIN" &&
      node.tag === undefined &&
      resolveText(String(node.value), "") === null
    );
  }

  private newContainer(
    column: number,
    parent: Container | undefined,
    values: (MapItem | ListItem)[],
    apply: (items: (MapItem | ListItem)[]) => void,
  ): Container {
    const container: Container = {
      column,
      parent,
      entries: [],
      heads: [],
      afters: [],
      trailing: [],
      apply,
      values,
    };
    this.containers.push(container);
    return container;
  }

  private register(container: Container | undefined, depth: number, start: number): Entry | undefined {
    if (container === undefined) return undefined;
    const line = this.lineOf(start);
    const entry: Entry = {
      container,
      index: container.entries.length,
      depth,
      startLine: line,
      endLine: line,
    };
    container.entries.push(entry);
    this.entries.push(entry);
    return entry;
  }

  private finish(entry: Entry | undefined, node: YamlNode | null | undefined): void {
    if (entry === undefined || !node?.range) return;
    const [start, valueEnd] = node.range;
    entry.endLine = Math.max(entry.endLine, this.lineOf(Math.max(start, valueEnd - 1)));
  }

  private resolveAlias(node: YamlNode, path: readonly PathPart[]): YamlNode {
    if (!isAlias(node)) return node;
    const target = node.resolve(this.doc);
    if (target === undefined) throw malformed(`unknown anchor referenced at ${describePath(path)}`);
    return target;
  }

  /**
   * Convert a node. `track` is false inside alias expansions and merged mappings: their source
   * positions belong to the anchor, so they take no part in comment placement.
   */
  private convert(
    node: YamlNode | null,
    path: PathPart[],
    parent: Container | undefined,
    depth: number,
    track: boolean,
  ): TreeValue {
    if (node === null) return null;
    if (isAlias(node)) {
      const target = this.resolveAlias(node, path);
      if (this.resolving.has(target)) throw malformed(`recursive alias at ${describePath(path)}`);
      this.resolving.add(target);
      try {
        return this.convert(target, path, undefined, depth, false);
      } finally {
        this.resolving.delete(target);
      }
    }
    if (!track && ++this.expanded > ALIAS_EXPANSION_LIMIT)
      throw malformed("document contains excessive aliasing");
    if (isScalar(node)) return this.scalar(node, path);
    const container = (values: (MapItem | ListItem)[], apply: (items: (MapItem | ListItem)[]) => void) =>
      track ? this.newContainer(this.columnOf(node.range?.[0] ?? 0), parent, values, apply) : undefined;
    if (isSeq(node)) {
      const list: TreeList = [];
      const info = container(list, (items) => list.splice(0, list.length, ...(items as ListItem[])));
      node.items.forEach((item, index) => {
        const itemNode = item as YamlNode | null;
        const entry = this.register(info, depth, itemNode?.range?.[0] ?? node.range?.[0] ?? 0);
        list.push(this.convert(itemNode, [...path, index], info, depth + 1, track));
        this.finish(entry, itemNode);
      });
      return list;
    }
    if (isMap(node)) {
      const map = new TreeMap();
      const info = container(map.items, (items) => (map.items = items as MapItem[]));
      this.mapping(node.items as Pair<YamlNode | null, YamlNode | null>[], map, path, info, depth, track);
      return map;
    }
    throw malformed(`unsupported YAML node at ${describePath(path)}`);
  }

  private mapping(
    pairs: Pair<YamlNode | null, YamlNode | null>[],
    map: TreeMap,
    path: PathPart[],
    info: Container | undefined,
    depth: number,
    track: boolean,
  ): void {
    const explicit = new Set<string>();
    const keys: (string | undefined)[] = pairs.map((pair) => {
      if (this.isMergeKey(pair.key)) return undefined;
      const key = this.key(pair.key, path);
      if (explicit.has(key)) throw malformed(`duplicate key ${JSON.stringify(key)} in ${describePath(path)}`);
      explicit.add(key);
      return key;
    });
    const present = new Set(explicit);
    pairs.forEach((pair, index) => {
      const key = keys[index];
      if (key === undefined) {
        for (const merged of this.mergeSources(pair.value, path)) {
          if (present.has(merged.key)) continue;
          present.add(merged.key);
          map.items.push(merged);
        }
        return;
      }
      const entry = this.register(info, depth, pair.key?.range?.[0] ?? 0);
      const value = this.convert(pair.value, [...path, key], info, depth + 1, track);
      map.items.push({ key, value });
      this.finish(entry, pair.value ?? pair.key);
    });
  }

  private isMergeKey(key: YamlNode | null): boolean {
    return (
      key !== null && isScalar(key) && key.type === "PLAIN" && key.tag === undefined && key.value === "<<"
    );
  }

  private mergeSources(value: YamlNode | null, path: PathPart[]): MapEntry[] {
    const target = value === null ? null : this.resolveAlias(value, path);
    const sources = target !== null && isSeq(target) ? (target.items as (YamlNode | null)[]) : [target];
    const merged: MapEntry[] = [];
    for (const source of sources) {
      const converted = source === null ? null : this.convert(source, path, undefined, 0, false);
      if (!isTreeMap(converted)) throw malformed(`merge key in ${describePath(path)} must refer to mappings`);
      merged.push(...converted.entries());
    }
    return merged;
  }

  private key(node: YamlNode | null, path: readonly PathPart[]): string {
    const target = node === null ? null : this.resolveAlias(node, path);
    if (target === null) return "";
    if (!isScalar(target)) throw malformed(`mapping key in ${describePath(path)} is not a scalar`);
    const value = this.scalar(target, path);
    if (typeof value === "string") return value;
    return String(target.source ?? target.value);
  }

  private scalar(node: YamlNode, path: readonly PathPart[]): Scalar {
    if (!isScalar(node)) throw malformed(`expected a scalar at ${describePath(path)}`);
    const text = String(node.value);
    const where = describePath(path);
    const tag = shortTag(node.tag);
    const quoted = node.type !== "PLAIN";
    if (tag === undefined || tag === "!" || tag === STR)
      return quoted || tag !== undefined ? text : resolveText(text, "");
    if (tag === BINARY) {
      return textOrBytes(decodeBase64(text, where));
    }
    if (tag === "!!null") return null;
    if (!["!!bool", "!!int", "!!float", "!!timestamp"].includes(tag)) return text;
    const value = resolveText(text, tag);
    const resolved = tagOf(value);
    if (resolved === tag) return value;
    if (tag === "!!float" && typeof value === "bigint") return Number(value);
    throw malformed(`cannot decode the ${resolved} value at ${where} as ${tag}`);
  }

  // Comment placement --------------------------------------------------------------------------

  private place(comment: SourceComment, root: Container): void {
    const line = this.lineOf(comment.offset);
    const lineStart = this.lineStarts[line] ?? 0;
    const column = comment.offset - lineStart;
    const inline = this.text.slice(lineStart, comment.offset).trim() !== "";
    if (inline) {
      const owner = this.inlineOwner(line);
      if (owner) {
        owner.container.afters[owner.index] ??= [];
        owner.container.afters[owner.index]?.push(new Comment(comment.value, true));
        return;
      }
    }
    const item = new Comment(comment.value);
    const next = this.entries.find((entry) => entry.startLine > line);
    // Only entries inside the innermost entry still open at this line can end a container here.
    let open = -1;
    this.entries.forEach((entry, index) => {
      if (entry.startLine < line && entry.endLine >= line) open = index;
    });
    let previous: Entry | undefined;
    for (const entry of this.entries.slice(open + 1)) {
      if (entry.endLine >= line) continue;
      if (
        previous === undefined ||
        entry.endLine > previous.endLine ||
        (entry.endLine === previous.endLine && entry.depth >= previous.depth)
      ) {
        previous = entry;
      }
    }
    for (let container = previous?.container; container; container = container.parent) {
      if (next && encloses(container, next.container)) break;
      if (column >= container.column) {
        container.trailing.push(item);
        return;
      }
    }
    if (next) {
      next.container.heads[next.index] ??= [];
      next.container.heads[next.index]?.push(item);
    } else {
      root.trailing.push(item);
    }
  }

  private inlineOwner(line: number): Entry | undefined {
    let owner: Entry | undefined;
    for (const entry of this.entries) {
      if (entry.startLine !== line && entry.endLine !== line) continue;
      if (owner === undefined || entry.depth >= owner.depth) owner = entry;
    }
    return owner;
  }

  private splice(container: Container): void {
    const items: (MapItem | ListItem)[] = [];
    container.values.forEach((value, index) => {
      items.push(...(container.heads[index] ?? []), value, ...(container.afters[index] ?? []));
    });
    items.push(...container.trailing);
    container.apply(items);
  }
}

function encloses(outer: Container, inner: Container): boolean {
  for (let container: Container | undefined = inner; container; container = container.parent) {
    if (container === outer) return true;
  }
  return false;
}

function shortTag(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}

interface CstToken {
  type?: string;
  offset?: number;
  source?: string;
}

function collectComments(token: unknown, out: SourceComment[]): void {
  if (Array.isArray(token)) {
    for (const item of token) collectComments(item, out);
    return;
  }
  if (token === null || typeof token !== "object") return;
  const { type, offset, source } = token as CstToken;
  if (type === "comment" && offset !== undefined && source !== undefined) {
    out.push({ offset, value: source.slice(1) });
    return;
  }
  for (const value of Object.values(token)) {
    if (typeof value === "object") collectComments(value, out);
  }
}

/** The parser's message without the fragments of input that some messages quote. */
function describeParseError(code: string, message: string): string {
  if (code === "BAD_DQ_ESCAPE") return "invalid escape sequence in a double-quoted scalar";
  return (message.split("\n")[0] ?? code).replace(/: .*$/, "");
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** @param fast try the fast reader (yaml-fast.ts) first: same trees, built without the `yaml` library */
function parseDocuments(bytes: Uint8Array, fast: boolean): TreeMap[] {
  const text = decodeUtf8(bytes, "YAML").replace(/^\uFEFF/, "");
  const read = fast ? readPlainBlockYaml(text) : undefined;
  if (read) return [read];
  try {
    const tokens = [...new Parser().parse(text)];
    const docs = [
      ...new Composer({
        schema: "failsafe",
        resolveKnownTags: false,
        uniqueKeys: false,
        keepSourceTokens: true,
        merge: false,
        prettyErrors: false,
        strict: false,
        logLevel: "silent",
      }).compose(tokens),
    ];
    if (docs.length === 0) throw malformed("YAML input contains no document");
    const lineStarts = lineStartsOf(text);
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) {
        const line = lineStarts.filter((start) => start <= error.pos[0]).length;
        throw malformed(
          `YAML syntax error on line ${line}: ${describeParseError(error.code, error.message)}`,
        );
      }
    }
    // Each comment belongs to the last document that starts before it.
    const documentStarts = tokens.filter((token) => token.type === "document").map((token) => token.offset);
    const comments: SourceComment[][] = docs.map(() => []);
    const all: SourceComment[] = [];
    collectComments(tokens, all);
    for (const comment of all.sort((a, b) => a.offset - b.offset)) {
      const index = Math.max(0, documentStarts.filter((start) => start <= comment.offset).length - 1);
      comments[Math.min(index, docs.length - 1)]?.push(comment);
    }
    return docs.map((doc, index) => new DocumentReader(doc, lineStarts, text).read(comments[index] ?? []));
  } catch (error) {
    if (error instanceof SopsError) throw error;
    throw malformed(`cannot parse YAML: ${describeUnknown(error)}`);
  }
}

function withoutComments(value: TreeValue): TreeValue {
  if (isTreeMap(value)) {
    return new TreeMap(
      value.entries().map((entry) => ({ key: entry.key, value: withoutComments(entry.value) })),
    );
  }
  if (isTreeList(value)) {
    return value.filter((item): item is TreeValue => !(item instanceof Comment)).map(withoutComments);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Emitting (libyaml's emitter as yaml.v3 drives it)

type Style = "plain" | "single" | "double" | "literal";

interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function isBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** libyaml `is_printable` (yaml.v3 emits unicode, so only these decide escaping). */
function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

function isBlankOrEnd(cp: number | undefined): boolean {
  return cp === undefined || cp === 0x20 || cp === 0x09 || isBreak(cp) || cp === 0;
}

/** libyaml `yaml_emitter_analyze_scalar`, block context only. */
function analyzeScalar(value: string): ScalarAnalysis {
  if (value === "") {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const cps = Array.from(value, (c) => c.codePointAt(0) ?? 0);
  let blockIndicators = value.startsWith("---") || value.startsWith("...");
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  for (const [i, cp] of cps.entries()) {
    const followedByWhitespace = isBlankOrEnd(cps[i + 1]);
    const c = String.fromCodePoint(cp);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) blockIndicators = true;
      else if ((c === "?" || c === ":" || c === "-") && followedByWhitespace) blockIndicators = true;
    } else if ((c === ":" && followedByWhitespace) || (c === "#" && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (cp === 0x09) tabs = true;
    else if (!isPrintable(cp)) special = true;
    const last = i === cps.length - 1;
    if (cp === 0x20) {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(cp);
  }
  let blockPlainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleQuotedAllowed = true;
  let blockAllowed = !trailingSpace;
  if (breakSpace || spaceBreak || tabs || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) blockAllowed = false;
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/** libyaml `yaml_emitter_select_scalar_style` for block context. */
function selectStyle(value: string, requested: Style, simpleKey: boolean): Style {
  const analysis = analyzeScalar(value);
  let style = requested;
  if (simpleKey && analysis.multiline) style = "double";
  if (style === "plain" && (!analysis.blockPlainAllowed || (value === "" && simpleKey))) style = "single";
  if (style === "single" && !analysis.singleQuotedAllowed) style = "double";
  if (style === "literal" && (!analysis.blockAllowed || simpleKey)) style = "double";
  return style;
}

const ESCAPES = new Map<number, string>([
  [0x00, "0"],
  [0x07, "a"],
  [0x08, "b"],
  [0x09, "t"],
  [0x0a, "n"],
  [0x0b, "v"],
  [0x0c, "f"],
  [0x0d, "r"],
  [0x1b, "e"],
  [0x22, '"'],
  [0x5c, "\\"],
  [0x85, "N"],
  [0xa0, "_"],
  [0x2028, "L"],
  [0x2029, "P"],
]);

function doubleQuoted(value: string): string {
  let out = '"';
  for (const c of value) {
    const cp = c.codePointAt(0) ?? 0;
    if (isPrintable(cp) && cp !== 0xfeff && !isBreak(cp) && c !== '"' && c !== "\\") {
      out += c;
      continue;
    }
    const named = ESCAPES.get(cp);
    if (named !== undefined) out += `\\${named}`;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).toUpperCase().padStart(8, "0")}`;
  }
  return `${out}"`;
}

interface ScalarForm {
  text: string;
  requested: Style;
  tag?: string;
}

/** How yaml.v3's `Node.Encode` presents a scalar: its text, wished style and tag. */
function scalarForm(value: Scalar): ScalarForm {
  if (value === null) return { text: "null", requested: "plain" };
  if (typeof value === "boolean") return { text: value ? "true" : "false", requested: "plain" };
  if (typeof value === "bigint") return { text: value.toString(), requested: "plain" };
  if (typeof value === "number") return { text: formatYamlFloat(value), requested: "plain" };
  if (value instanceof SopsTime) return { text: value.text, requested: "plain" };
  if (value instanceof Uint8Array) {
    const text = wrapBase64(encodeBase64(value));
    return { text, requested: text.includes("\n") ? "literal" : "plain", tag: BINARY };
  }
  // Re-reading a plain `<<` yields a merge-tagged node, which yaml.v3 then writes with its tag.
  if (value === "<<") return { text: value, requested: "plain", tag: "!!merge" };
  if (value.includes("\n")) return { text: value, requested: "literal" };
  return { text: value, requested: canBePlain(value) ? "plain" : "double" };
}

/** yaml.v3 `encodeBase64`: lines of 70 characters, each ending in a newline once there are several. */
function wrapBase64(encoded: string): string {
  if (encoded.length < 70) return encoded;
  let out = "";
  for (let i = 0; i < encoded.length; i += 70) out += `${encoded.slice(i, i + 70)}\n`;
  return out;
}

/** yaml.v3 `floatv`: `strconv.FormatFloat(f, 'g', -1, 64)` with YAML's infinities and NaN. */
function formatYamlFloat(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  if (value === Infinity) return ".inf";
  if (value === -Infinity) return "-.inf";
  return formatFloatGeneral(value, "e");
}

interface Group<T> {
  heads: string[];
  item: T;
  line?: string;
}

/** Split container items into entries with the comments before and on the line of each. */
function groupItems<T>(items: readonly (T | Comment)[]): { groups: Group<T>[]; trailing: string[] } {
  const groups: Group<T>[] = [];
  let pending: string[] = [];
  for (const item of items) {
    if (item instanceof Comment) {
      const last = groups[groups.length - 1];
      if (item.inline && pending.length === 0 && last && last.line === undefined) last.line = item.value;
      else pending.push(item.value);
      continue;
    }
    groups.push({ heads: pending, item });
    pending = [];
  }
  return { groups, trailing: pending };
}

class Emitter {
  out = "";
  private column = 0;
  private indention = true;
  private whitespace = true;

  constructor(private readonly best: number) {}

  private put(text: string): void {
    this.out += text;
    this.column += Array.from(text).length;
  }

  private putBreak(): void {
    this.out += "\n";
    this.column = 0;
    this.indention = true;
  }

  private writeIndent(indent: number): void {
    const target = Math.max(indent, 0);
    if (!this.indention || this.column > target || (this.column === target && !this.whitespace))
      this.putBreak();
    this.put(" ".repeat(Math.max(0, target - this.column)));
    this.whitespace = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private writeComments(indent: number, lines: readonly string[]): void {
    for (const line of lines) {
      this.writeIndent(indent);
      this.put(`#${line}`);
      this.putBreak();
      this.whitespace = true;
    }
  }

  private writeLineComment(line: string | undefined): void {
    if (line === undefined) return;
    if (!this.whitespace) this.put(" ");
    this.put(`#${line}`);
    this.putBreak();
    this.whitespace = true;
  }

  /** libyaml `increase_indent` for block nodes. */
  private nextIndent(indent: number, inSequenceItem: boolean): number {
    if (indent < 0) return 0;
    if (inSequenceItem) return indent + 2;
    return this.best * Math.floor((indent + this.best) / this.best);
  }

  finishDocument(): void {
    if (this.column > 0) this.putBreak();
  }

  /** Write a value whose parent node sits at `indent`; `line` is a comment for the end of its first line. */
  value(value: TreeValue, indent: number, inSequenceItem: boolean, line?: string): void {
    if (isTreeMap(value)) {
      const { groups } = groupItems(value.items);
      if (groups.length === 0) this.emptyCollection("{}", value.items, indent, line);
      else this.mapping(value, indent, inSequenceItem, line);
    } else if (isTreeList(value)) {
      const { groups } = groupItems<TreeValue>(value);
      if (groups.length === 0) this.emptyCollection("[]", value, indent, line);
      else this.sequence(value, indent, inSequenceItem, line);
    } else {
      this.scalar(value, this.nextIndent(indent, inSequenceItem), false, line);
    }
  }

  private emptyCollection(
    flow: string,
    items: readonly (MapItem | ListItem)[],
    indent: number,
    line: string | undefined,
  ): void {
    // Comments of an otherwise empty collection cannot sit inside `{}`: they go before it at the top
    // level and after it elsewhere, where they read back as comments of the enclosing mapping.
    const comments = items
      .filter((item): item is Comment => item instanceof Comment)
      .map((item) => item.value);
    if (indent < 0) this.writeComments(0, comments);
    this.writeIndicator(flow[0] ?? "", true, true, false);
    this.writeIndicator(flow[1] ?? "", false, false, false);
    this.writeLineComment(line);
    if (indent >= 0) this.writeComments(this.nextIndent(indent, false), comments);
  }

  /** Comments that lead a mapping or list: written before the `- ` of the item that holds it. */
  private leadingComments(value: TreeValue): string[] {
    if (isTreeMap(value) && value.entries().length > 0) return groupItems(value.items).groups[0]?.heads ?? [];
    if (isTreeList(value) && value.some((item) => !(item instanceof Comment))) {
      return groupItems<TreeValue>(value).groups[0]?.heads ?? [];
    }
    return [];
  }

  private mapping(
    map: TreeMap,
    parentIndent: number,
    inSequenceItem: boolean,
    keyLine: string | undefined,
  ): void {
    const indent = this.nextIndent(parentIndent, inSequenceItem);
    this.writeLineComment(keyLine);
    const { groups, trailing } = groupItems<MapEntry>(map.items);
    groups.forEach((group, index) => {
      if (index > 0 || !inSequenceItem) this.writeComments(indent, group.heads);
      this.writeIndent(indent);
      this.entry(group.item, indent, group.line);
    });
    this.writeComments(indent, trailing);
  }

  private entry({ key, value }: MapEntry, indent: number, line: string | undefined): void {
    const form = scalarForm(key);
    const simple =
      !form.text.includes("\n") && utf8Encoder.encode(form.text).length + (form.tag?.length ?? 0) <= 128;
    if (simple) {
      this.scalar(key, indent, true, undefined);
      this.writeIndicator(":", false, false, false);
    } else {
      this.writeIndicator("?", true, false, true);
      this.scalar(key, this.nextIndent(indent, false), false, undefined);
      this.writeIndent(indent);
      this.writeIndicator(":", true, false, true);
    }
    this.value(value, indent, false, line);
  }

  private sequence(
    list: TreeList,
    parentIndent: number,
    inSequenceItem: boolean,
    keyLine: string | undefined,
  ): void {
    const indent = this.nextIndent(parentIndent, inSequenceItem);
    this.writeLineComment(keyLine);
    const { groups, trailing } = groupItems<TreeValue>(list);
    groups.forEach((group, index) => {
      const heads = index > 0 || !inSequenceItem ? group.heads : [];
      this.writeComments(indent, [...heads, ...this.leadingComments(group.item)]);
      this.writeIndent(indent);
      this.writeIndicator("-", true, false, true);
      this.value(group.item, indent, true, group.line);
    });
    this.writeComments(indent, trailing);
  }

  private scalar(value: Scalar, indent: number, simpleKey: boolean, line: string | undefined): void {
    const form = scalarForm(value);
    if (form.tag !== undefined) this.writeIndicator(form.tag, true, false, false);
    const style = selectStyle(form.text, form.requested, simpleKey);
    switch (style) {
      case "plain":
        if (form.text !== "" && !this.whitespace) this.put(" ");
        this.put(form.text);
        this.whitespace = false;
        this.indention = false;
        break;
      case "single":
        this.writeIndicator("'", true, false, false);
        this.put(form.text.replace(/'/g, "''"));
        this.writeIndicator("'", false, false, false);
        break;
      case "double":
        this.writeIndicator('"', true, false, false);
        this.put(doubleQuoted(form.text).slice(1, -1));
        this.writeIndicator('"', false, false, false);
        break;
      case "literal":
        this.literal(form.text, indent, line);
        return;
    }
    this.writeLineComment(line);
  }

  private literal(text: string, indent: number, line: string | undefined): void {
    this.writeIndicator("|", true, false, false);
    const first = text.codePointAt(0) ?? 0;
    if (first === 0x20 || isBreak(first)) this.writeIndicator(String(this.best), false, false, false);
    const endsWithBreak = text.endsWith("\n");
    const keep = text === "\n" || text.endsWith("\n\n");
    if (!endsWithBreak) this.writeIndicator("-", false, false, false);
    else if (keep) this.writeIndicator("+", false, false, false);
    if (line !== undefined) this.writeLineComment(line);
    else this.putBreak();
    this.whitespace = true;
    let atLineStart = true;
    for (const c of text) {
      if (c === "\n") {
        this.putBreak();
        atLineStart = true;
        continue;
      }
      if (atLineStart) this.writeIndent(indent);
      this.put(c);
      this.indention = false;
      atLineStart = false;
    }
  }
}

/** libyaml clamps the indent to 2..9; yaml.v3 turns 0 (unset) into 4. */
function bestIndent(indent: number | undefined): number {
  if (indent === undefined || indent === 0) return 4;
  return indent < 2 || indent > 9 ? 2 : indent;
}

function emitDocuments(branches: readonly TreeMap[], indent: number): Uint8Array {
  const documents = branches.map((branch) => {
    const emitter = new Emitter(indent);
    emitter.value(branch, -1, false);
    emitter.finishDocument();
    return emitter.out;
  });
  return utf8Encoder.encode(documents.join("---\n"));
}

// ---------------------------------------------------------------------------------------------------
// Store

export function createYamlStore(options?: StoreOptions): Store {
  const indent = bestIndent(options?.indent);
  return {
    format: "yaml",

    // A plaintext is written by hand, with comments and anything YAML allows: the exact reader alone.
    parsePlain(bytes: Uint8Array): TreeMap[] {
      return parseDocuments(bytes, false);
    },

    parseEncrypted(bytes: Uint8Array): EncryptedDocument {
      const branches = parseDocuments(bytes, true);
      const metadata = branches[0]?.get("sops");
      if (metadata === undefined) throw new SopsError("NOT_SOPS_FILE", "no sops metadata found");
      if (!isTreeMap(metadata)) throw new SopsError("NOT_SOPS_FILE", "the sops metadata is not a mapping");
      for (const branch of branches) {
        branch.items = branch.items.filter((item) => item instanceof Comment || item.key !== "sops");
      }
      return { branches, metadata: withoutComments(metadata) as TreeMap };
    },

    emitPlain(branches: TreeMap[]): Uint8Array {
      return emitDocuments(branches, indent);
    },

    emitEncrypted(branches: TreeMap[], metadata: TreeMap): Uint8Array {
      return emitDocuments(
        branches.map((branch) => new TreeMap([...branch.items, { key: "sops", value: metadata }])),
        indent,
      );
    },

    emitValue(value: TreeValue): Uint8Array {
      if (isTreeMap(value) || isTreeList(value)) {
        const emitter = new Emitter(indent);
        emitter.value(value, -1, false);
        emitter.finishDocument();
        return utf8Encoder.encode(emitter.out);
      }
      return value instanceof Uint8Array ? value : utf8Encoder.encode(valueToString(value));
    },
  };
}
