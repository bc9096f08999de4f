/**
 * A fast reader for the YAML that sops and this engine write: one document of block mappings and block
 * sequences whose scalars are plain, single- or double-quoted on one line, or literal block scalars
 * (`|`, `|-`, `|+`), plus the empty flow collections `[]` and `{}` that older sops versions write in
 * their metadata. It builds the tree line by line, without the `yaml` library's tokens, nodes and
 * documents, which is where decrypting a large file spent most of its time.
 *
 * It reads no YAML differently from the exact reader (yaml.ts): whatever it does not recognise, it does
 * not try to read. Comments, anchors, aliases, merge keys, tags, flow collections with content, folded
 * or indented block scalars, escapes, multi-line quoted or plain scalars, several documents, document
 * markers and directives, tabs, carriage returns, control characters, duplicate keys and anything that
 * would be a syntax error all return `undefined`: the exact reader then reads the file, with its
 * results and its error messages.
 */
import { TreeMap, type TreeList, type TreeValue } from "../tree.js";
import { resolveText } from "./yaml-resolve.js";

/** Thrown (and caught below) for anything outside the subset: the exact reader takes the file. */
class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

/**
 * Anything but line feeds and printable characters (YAML's c-printable without tab, CR, NEL, the
 * no-break space, the line and paragraph separators and the byte order mark, which the exact reader
 * may treat specially), or a `#` (a comment, or a character whose meaning depends on what precedes it).
 */
const OUTSIDE_SUBSET =
  /[^\n\x20-\x22\x24-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;

/** Below yaml's limit on an implicit key's length (1024), past which the exact reader reports an error. */
const MAX_KEY_LENGTH = 1000;

/** Characters that give a plain scalar's first character another meaning (c-indicator). */
const INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 0x20) indent++;
  return indent;
}

/** A sequence entry's dash at `column`: `-` followed by a space or the end of the line. */
function isDash(line: string, column: number): boolean {
  return line[column] === "-" && (line.length === column + 1 || line[column + 1] === " ");
}

interface Line {
  text: string;
  indent: number;
}

/**
 * Deeper nesting is left to the exact reader, whose own limit depends on the stack: the fast reader
 * must never accept a file the exact one would refuse, nor hand the tree's recursive walks a deeper one.
 */
const MAX_DEPTH = 100;

class BlockReader {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly lines: readonly string[],
    /** Whether the last line ended with a line break (block scalars need it to know their end). */
    private readonly endsWithBreak: boolean,
  ) {}

  read(): TreeMap {
    const first = this.peek();
    if (first?.indent !== 0) unsupported();
    const root = this.mapping(0);
    if (this.peek() !== undefined) unsupported();
    return root;
  }

  /** The next line with content, without consuming it; blank lines before it are skipped. */
  private peek(): Line | undefined {
    for (; this.index < this.lines.length; this.index++) {
      const text = this.lines[this.index] ?? "";
      if (text === "") continue;
      const indent = indentOf(text);
      // Spaces alone, a document marker or a directive.
      if (indent === text.length) unsupported();
      if (indent === 0 && (text.startsWith("---") || text.startsWith("...") || text.startsWith("%")))
        unsupported();
      return { text, indent };
    }
    return undefined;
  }

  /** A block mapping whose keys sit at `column`; `first`, when given, is its first entry's line. */
  private mapping(column: number, first?: string): TreeMap {
    this.enter();
    const map = new TreeMap();
    const keys = new Set<string>();
    if (first !== undefined) this.entry(map, keys, first, column);
    for (let next = this.peek(); next && next.indent >= column; next = this.peek()) {
      if (next.indent > column) unsupported();
      this.index++;
      this.entry(map, keys, next.text, column);
    }
    this.depth--;
    return map;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) unsupported();
  }

  /** `key: value` or `key:` (its value on the following lines) at `column` of `line`. */
  private entry(map: TreeMap, keys: Set<string>, line: string, column: number): void {
    const colon = keyColon(line, column);
    if (colon < 0 || colon - column > MAX_KEY_LENGTH) unsupported();
    const key = keyText(line.slice(column, colon));
    if (keys.has(key)) unsupported();
    keys.add(key);
    let value: TreeValue;
    if (colon === line.length - 1) value = this.nested(column);
    else if (line[colon + 1] !== " ") unsupported();
    else {
      // Only ASCII spaces separate: U+3000 and the other Unicode spaces that trimStart() removes are
      // text in YAML (an emitter writes a value that starts with one unquoted).
      const rest = line.slice(colon + 2);
      value = this.inline(rest.slice(indentOf(rest)), column);
    }
    map.items.push({ key, value });
  }

  /** The value of `key:` at `column`: a more indented block, a sequence at the key's own column, or null. */
  private nested(column: number): TreeValue {
    const next = this.peek();
    if (next === undefined || next.indent < column) return null;
    if (next.indent === column) return isDash(next.text, column) ? this.sequence(column) : null;
    return isDash(next.text, next.indent) ? this.sequence(next.indent) : this.mapping(next.indent);
  }

  /** A block sequence whose dashes sit at `column`. */
  private sequence(column: number): TreeList {
    this.enter();
    const list: TreeList = [];
    for (let next = this.peek(); next && next.indent >= column; next = this.peek()) {
      if (next.indent > column) unsupported();
      if (!isDash(next.text, column)) break;
      this.index++;
      list.push(this.item(next.text, column));
    }
    this.depth--;
    return list;
  }

  /** What follows the dash at `column`: a compact mapping, a scalar, or a block on the next lines. */
  private item(line: string, column: number): TreeValue {
    if (line.length === column + 1) {
      const next = this.peek();
      if (next === undefined || next.indent <= column) return null;
      return isDash(next.text, next.indent) ? this.sequence(next.indent) : this.mapping(next.indent);
    }
    const start = indentOf(line.slice(column + 1)) + column + 1;
    const content = line.slice(start);
    // A nested compact sequence (`- - x`) is left to the exact reader.
    if (isDash(line, start)) unsupported();
    return keyColon(line, start) < 0 ? this.inline(content, column) : this.mapping(start, line);
  }

  /**
   * A value written on its entry's line (`text`, without the separating spaces). `column` is the
   * entry's: no later line may be indented more, or the value would continue there.
   */
  private inline(text: string, column: number): TreeValue {
    if (text === "|" || text === "|-" || text === "|+") return this.literal(column, text[1]);
    let value: TreeValue;
    if (text === "[]") value = [];
    else if (text === "{}") value = new TreeMap();
    else if (text[0] === '"') value = doubleQuoted(text);
    else if (text[0] === "'") value = singleQuoted(text);
    else value = resolveText(plainText(text), "");
    const next = this.peek();
    if (next && next.indent > column) unsupported();
    return value;
  }

  /** A literal block scalar whose header ends the line of an entry at `column`; `chomp` is `-`, `+` or none. */
  private literal(column: number, chomp: string | undefined): string {
    const first = this.peek();
    // An empty block scalar, or an indentation to detect past leading blank lines, is left to the exact reader.
    if (first === undefined || first.indent <= column || this.lines[this.index - 1] === "") unsupported();
    const indent = first.indent;
    const body: string[] = [];
    let blanks = 0;
    for (; this.index < this.lines.length; this.index++) {
      const text = this.lines[this.index] ?? "";
      if (text === "") {
        blanks++;
        continue;
      }
      const lineIndent = indentOf(text);
      if (lineIndent === text.length) unsupported();
      if (lineIndent < indent) break;
      for (; blanks > 0; blanks--) body.push("");
      body.push(text.slice(indent));
    }
    // A last line without its line break: chomping has less to go on, left to the exact reader.
    if (this.index === this.lines.length && !this.endsWithBreak) unsupported();
    const content = body.join("\n");
    if (chomp === "-") return content;
    return chomp === "+" ? `${content}\n${"\n".repeat(blanks)}` : `${content}\n`;
  }
}

/** Where a quoted scalar opened at `open` closes (`''` being an escaped quote in single quotes), or -1. */
function closingQuote(line: string, open: number): number {
  const quote = line[open] ?? "";
  let close = line.indexOf(quote, open + 1);
  while (quote === "'" && close >= 0 && line[close + 1] === "'") close = line.indexOf(quote, close + 2);
  return close;
}

/**
 * The `:` that ends an implicit key starting at `column` (followed by a space or the end of the line),
 * or -1 when the text there is not a key. A plain key ends at its first such `:`, as in YAML.
 */
function keyColon(line: string, column: number): number {
  const quote = line[column];
  if (quote === '"' || quote === "'") {
    const colon = closingQuote(line, column) + 1;
    const ends = colon > 0 && line[colon] === ":" && (colon + 1 === line.length || line[colon + 1] === " ");
    return ends ? colon : -1;
  }
  for (let colon = line.indexOf(":", column); colon >= 0; colon = line.indexOf(":", colon + 1)) {
    if (colon + 1 === line.length || line[colon + 1] === " ") return colon;
  }
  return -1;
}

/**
 * A key's text. The exact reader keeps a plain key's source text whatever it resolves to (`1`, `true`),
 * so resolution does not matter here; a plain `<<` is a merge key, which it expands.
 */
function keyText(token: string): string {
  if (token[0] === '"') return doubleQuoted(token);
  if (token[0] === "'") return singleQuoted(token);
  if (token === "<<") unsupported();
  return plainText(token);
}

function doubleQuoted(text: string): string {
  const inner = text.slice(1, -1);
  if (text.length < 2 || !text.endsWith('"') || inner.includes('"') || inner.includes("\\")) unsupported();
  return inner;
}

function singleQuoted(text: string): string {
  const inner = text.slice(1, -1);
  if (text.length < 2 || !text.endsWith("'") || inner.replaceAll("''", "").includes("'")) unsupported();
  return inner.replaceAll("''", "'");
}

/** A one-line plain scalar's text, when nothing in it means more than text. */
function plainText(text: string): string {
  const first = text[0] ?? "";
  // `-`, `?` and `:` start a plain scalar when a non-space follows; the other indicators never do.
  const indicator =
    INDICATORS.includes(first) && !("-?:".includes(first) && text.length > 1 && text[1] !== " ");
  if (text === "" || indicator || text.endsWith(" ") || text.endsWith(":") || text.includes(": "))
    unsupported();
  return text;
}

/**
 * The document's tree when `text` (without its byte order mark) is in the subset above, else undefined.
 * Comments never reach the tree here: a file with any `#` is read by the exact reader.
 */
export function readPlainBlockYaml(text: string): TreeMap | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const endsWithBreak = text.endsWith("\n");
  const lines = (endsWithBreak ? text.slice(0, -1) : text).split("\n");
  try {
    return new BlockReader(lines, endsWithBreak).read();
  } catch (error) {
    // Unsupported, or anything unforeseen (a stack overflow on deep nesting): the exact reader decides.
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}
