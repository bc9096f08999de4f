/**
 * A workflow's YAML as the audits read it: every node knows the line it stands on, aliases and merge
 * keys are followed (GitHub Actions accepts anchors), and text inside a scalar is located in the file's
 * own source, so a finding points at the line a person has to change, however the value is quoted or
 * folded.
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from "yaml";

/** The text of a file and where its lines start. */
export class YamlSource {
  readonly lineCounter = new LineCounter();
  constructor(readonly text: string) {}

  lineOf(offset: number): number {
    return this.lineCounter.linePos(offset).line;
  }
}

/** One key of a mapping: its name and line, and its value (absent for `key:` with nothing after it). */
export interface Entry {
  key: string;
  keyLine: number;
  value: Node | undefined;
}

/** Aliases deeper than this are a billion-laughs document, not a workflow: they are not followed. */
const MAX_ALIAS_DEPTH = 32;

/** One wrapper per YAML node, so that what a wrapper works out once (its entries) is kept. */
const wrappers = new WeakMap<YamlNode, Node>();

export class Node {
  private ownEntries: Entry[] | undefined;

  private constructor(
    private readonly document: Document,
    private readonly node: YamlNode,
    readonly source: YamlSource,
  ) {}

  /** The node, its aliases resolved; undefined for an alias that leads nowhere or round in a loop. */
  static of(document: Document, node: unknown, source: YamlSource): Node | undefined {
    let current = node;
    for (let depth = 0; isAlias(current); depth++) {
      if (depth === MAX_ALIAS_DEPTH) return undefined;
      current = current.resolve(document);
    }
    if (!isMap(current) && !isSeq(current) && !isScalar(current)) return undefined;
    const known = wrappers.get(current);
    if (known) return known;
    const wrapper = new Node(document, current, source);
    wrappers.set(current, wrapper);
    return wrapper;
  }

  get line(): number {
    return this.source.lineOf(this.node.range?.[0] ?? 0);
  }

  get isMap(): boolean {
    return isMap(this.node);
  }

  get isSeq(): boolean {
    return isSeq(this.node);
  }

  /** A scalar's value as text (`true`, `3` included); undefined for a mapping, a list or null. */
  get string(): string | undefined {
    if (!isScalar(this.node)) return undefined;
    const value: unknown = this.node.value;
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
      return String(value);
    return undefined;
  }

  private spelled: string | undefined;

  /** The node as the file spells it. */
  get raw(): string {
    if (this.spelled === undefined) {
      const [start = 0, end = start] = this.node.range ?? [];
      this.spelled = this.source.text.slice(start, end);
    }
    return this.spelled;
  }

  /**
   * The line of the first occurrence of `needle` in this node's own source at or after `from` (an
   * offset into `raw`); the node's line when the source does not spell it (an escaped quote).
   */
  lineOfText(needle: string, from = 0): { line: number; next: number } {
    const start = this.node.range?.[0] ?? 0;
    const at = this.raw.indexOf(needle, from);
    if (at < 0) return { line: this.line, next: from };
    return { line: this.source.lineOf(start + at), next: at + needle.length };
  }

  /** The entries of a mapping, merge keys (`<<: *defaults`) expanded behind the keys written here. */
  entries(): Entry[] {
    return (this.ownEntries ??= this.readEntries(0));
  }

  private readEntries(depth: number): Entry[] {
    if (!isMap(this.node)) return [];
    const own: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of this.node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const keyLine = this.source.lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);
      if ((key === "<<" || typeof key === "symbol") && depth < MAX_ALIAS_DEPTH) {
        const target = Node.of(this.document, pair.value, this.source);
        const sources = target?.isSeq ? target.items() : target ? [target] : [];
        for (const source of sources) merged.push(...source.readEntries(depth + 1));
        continue;
      }
      if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") continue;
      own.push({ key: String(key), keyLine, value: Node.of(this.document, pair.value, this.source) });
    }
    const written = new Set(own.map((entry) => entry.key));
    return [...own, ...merged.filter((entry) => !written.has(entry.key))];
  }

  entry(key: string): Entry | undefined {
    return this.entries().find((entry) => entry.key === key);
  }

  get(key: string): Node | undefined {
    return this.entry(key)?.value;
  }

  /** The items of a list. */
  items(): Node[] {
    if (!isSeq(this.node)) return [];
    return this.node.items.flatMap((item) => Node.of(this.document, item, this.source) ?? []);
  }

  /** Every scalar under this node (itself included), each once, however many aliases lead to it. */
  scalars(): Node[] {
    const found: Node[] = [];
    const seen = new Set<YamlNode>();
    const visit = (node: Node, depth: number) => {
      if (seen.has(node.node) || depth > MAX_ALIAS_DEPTH * 4) return;
      seen.add(node.node);
      if (isScalar(node.node)) found.push(node);
      for (const entry of node.entries()) if (entry.value) visit(entry.value, depth + 1);
      for (const item of node.items()) visit(item, depth + 1);
    };
    visit(this, 0);
    return found;
  }
}

export interface ParsedYaml {
  root: Node | undefined;
  /** The first syntax error: its line and what the parser says. */
  error?: { line: number; message: string };
}

/**
 * Parses one YAML document; a syntax error is reported, never thrown. The document is never turned
 * into plain values, so an alias bomb costs nothing: aliases are followed one node at a time.
 */
export function parseYamlSource(text: string): ParsedYaml {
  const source = new YamlSource(text);
  const document = parseDocument(text, {
    lineCounter: source.lineCounter,
    merge: true,
    prettyErrors: false,
  });
  const root = Node.of(document, document.contents, source);
  const first = document.errors[0];
  if (!first) return { root };
  const offset = first.pos[0];
  const message = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
  return { root, error: { line: source.lineOf(offset), message } };
}
