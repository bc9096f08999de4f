/**
 * The INI store (`sops:stores/ini/store.go`). sops delegates INI syntax to go-ini v1.67 (loaded with
 * `AllowNonUniqueSections: true`, every other option at its default), so the parser and writer here follow
 * go-ini's rules, because the values they produce feed the MAC:
 *
 * - Lines are left-trimmed; a line starting with `#` or `;` is a comment; `[name]` opens a section (name not
 *   trimmed, anything after the last `]` ignored except a comment); other lines are `key = value` or
 *   `key: value` (first `=` or `:`), keys trimmed, optionally quoted with `"`, `"""` or a backtick.
 * - Values: `"""…"""` and backtick quotes are taken literally and may span lines; otherwise the value is
 *   trimmed, a trailing `\` continues it on the next line (IgnoreContinuation is false), the first `#` or `;`
 *   starts an inline comment (IgnoreInlineComment is false, SpaceBeforeInlineComment false: `a;b` is `a`),
 *   and one pair of surrounding `"` or `'` is removed.
 * - Comment lines accumulate and attach to the next section header or key; an inline comment is appended.
 *   A repeated key in a section keeps its first position and takes the last value and comment.
 * - Keys before the first header form the section `DEFAULT`, listed first.
 *
 * The tree holds one entry per section (repeated section names stay separate). A section comment is its
 * first item; a key's comment is the item right after the key (where sops puts it).
 */
import { SopsError, malformed } from "../errors.js";
import { valueToString } from "../goformat.js";
import { Comment, TreeMap, isScalar, isTreeMap, type MapItem, type TreeValue } from "../tree.js";
import { escapeNewlines, flattenMetadata, unescapeNewlines, unflattenMetadata } from "./flatten.js";
import { decodeUtf8 } from "../utf8.js";
import type { EncryptedDocument, Store } from "./store.js";

const DEFAULT_SECTION = "DEFAULT";
const METADATA_SECTION = "sops";

interface IniKey {
  name: string;
  value: string;
  /** Raw comment text with its `;`/`#` markers, lines joined by newlines; "" for none. */
  comment: string;
}

interface IniSection {
  name: string;
  comment: string;
  keys: IniKey[];
}

// Go's unicode.IsSpace, which strings.TrimSpace and go-ini's trimming use (JavaScript's \s differs).
const GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const LEADING_SPACE = new RegExp(`^[${GO_SPACE}]+`, "u");
const TRAILING_SPACE = new RegExp(`[${GO_SPACE}]+$`, "u");

const trimLeft = (text: string): string => text.replace(LEADING_SPACE, "");
const trim = (text: string): string => trimLeft(text).replace(TRAILING_SPACE, "");

const utf8Encoder = new TextEncoder();
const utf8Length = (text: string): number => utf8Encoder.encode(text).length;

function indexOfAny(text: string, chars: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (chars.includes(text.charAt(i))) return i;
  }
  return -1;
}

/** go-ini `cleanComment`: the part of `text` from its first `#` or `;`, if any. */
function trailingComment(text: string): string | undefined {
  const start = indexOfAny(text, "#;");
  return start === -1 ? undefined : text.slice(start);
}

/** go-ini `hasSurroundedQuote`: quoted at both ends with no other occurrence of the quote inside. */
function hasSurroundingQuote(text: string, quote: string): boolean {
  return text.length >= 2 && text.startsWith(quote) && text.indexOf(quote, 1) === text.length - 1;
}

/** sops `stripCommentChar`: drop the run of markers and spaces that opens the comment. */
function stripCommentMarker(comment: string): string {
  if (comment.startsWith(";")) return comment.replace(/^[; ]+/, "");
  if (comment.startsWith("#")) return comment.replace(/^[# ]+/, "");
  return comment;
}

/** A line-by-line reader shaped like go-ini's parser, which reads with `bufio.Reader.ReadBytes('\n')`. */
class IniParser {
  private readonly chunks: string[];
  private next = 0;
  private eof = false;
  /** Comment lines (and inline comments) waiting for the section or key they belong to. */
  private pendingComment = "";

  constructor(text: string) {
    this.chunks = text.split(/(?<=\n)/);
  }

  parse(): IniSection[] {
    let section: IniSection = { name: DEFAULT_SECTION, comment: "", keys: [] };
    const sections = [section];
    let keyIndex = new Map<string, IniKey>();
    let autoIncrement = 1;
    while (!this.eof) {
      const line = trimLeft(this.readLine());
      const lineNumber = this.next;
      if (line === "") continue;
      if (line.startsWith("#") || line.startsWith(";")) {
        this.pendingComment += line;
        continue;
      }
      if (line.startsWith("[")) {
        const close = line.lastIndexOf("]");
        if (close === -1) throw malformed(`INI line ${lineNumber}: section header has no closing "]"`);
        const name = line.slice(1, close);
        if (name === "") throw malformed(`INI line ${lineNumber}: empty section name`);
        this.pendingComment += trailingComment(line.slice(close + 1)) ?? "";
        section = { name, comment: this.takeComment(), keys: [] };
        sections.push(section);
        keyIndex = new Map();
        autoIncrement = 1;
        continue;
      }
      const { name: rawName, offset } = readKeyName(line, lineNumber);
      // go-ini's auto-increment keys: `- = a` and `- = b` become `#1` and `#2`.
      const name = rawName === "-" ? `#${autoIncrement++}` : rawName;
      const value = this.readValue(line.slice(offset), lineNumber);
      if (name === "") throw malformed(`INI line ${lineNumber}: empty key name`);
      let key = keyIndex.get(name);
      if (key === undefined) {
        key = { name, value, comment: "" };
        keyIndex.set(name, key);
        section.keys.push(key);
      }
      key.value = value;
      key.comment = this.takeComment();
    }
    return sections;
  }

  private readLine(): string {
    const chunk = this.chunks[this.next] ?? "";
    if (this.next < this.chunks.length) this.next++;
    if (!chunk.endsWith("\n")) this.eof = true;
    return chunk;
  }

  private takeComment(): string {
    const comment = trim(this.pendingComment);
    this.pendingComment = "";
    return comment;
  }

  private readValue(rest: string, lineNumber: number): string {
    let line = trimLeft(rest);
    if (line === "") return "";
    const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line.startsWith("`") ? "`" : "";
    if (quote !== "") {
      const body = line.slice(quote.length);
      const close = body.lastIndexOf(quote);
      return close === -1 ? this.readMultiline(body, quote, lineNumber) : body.slice(0, close);
    }
    line = trim(line);
    if (line.endsWith("\\")) return this.readContinuation(line.slice(0, -1));
    const commentStart = indexOfAny(line, "#;");
    if (commentStart !== -1) {
      this.pendingComment += line.slice(commentStart);
      line = trim(line.slice(0, commentStart));
    }
    if (hasSurroundingQuote(line, "'") || hasSurroundingQuote(line, '"')) line = line.slice(1, -1);
    return line;
  }

  private readMultiline(start: string, quote: string, lineNumber: number): string {
    let value = start;
    for (;;) {
      const line = this.readLine();
      const close = line.lastIndexOf(quote);
      if (close !== -1) {
        const comment = trailingComment(line.slice(close));
        if (comment !== undefined) this.pendingComment += trim(comment);
        return value + line.slice(0, close);
      }
      value += line;
      if (this.eof) throw malformed(`INI line ${lineNumber}: quoted value is never closed`);
    }
  }

  private readContinuation(start: string): string {
    let value = start;
    for (;;) {
      const line = trim(this.readLine());
      if (line === "") return value;
      value += line;
      if (!value.endsWith("\\")) return value;
      value = value.slice(0, -1);
    }
  }
}

/** go-ini `readKeyName`; `offset` is where the value starts (after the delimiter). */
function readKeyName(line: string, lineNumber: number): { name: string; offset: number } {
  let quote = "";
  // go-ini compares byte lengths here.
  if (line.startsWith('"')) quote = utf8Length(line) > 6 && line.startsWith('"""') ? '"""' : '"';
  else if (line.startsWith("`")) quote = "`";
  if (quote !== "") {
    const close = line.indexOf(quote, quote.length);
    if (close === -1) throw malformed(`INI line ${lineNumber}: quoted key has no closing quote`);
    const delimiter = indexOfAny(line, "=:", close + quote.length);
    if (delimiter === -1) throw malformed(`INI line ${lineNumber}: no "=" or ":" after the key`);
    return { name: trim(line.slice(quote.length, close)), offset: delimiter + 1 };
  }
  const delimiter = indexOfAny(line, "=:");
  if (delimiter === -1) {
    throw malformed(`INI line ${lineNumber} is not a section header, a comment or key = value`);
  }
  return { name: trim(line.slice(0, delimiter)), offset: delimiter + 1 };
}

function parseSections(bytes: Uint8Array): IniSection[] {
  // go-ini skips a UTF-8 byte order mark.
  return new IniParser(decodeUtf8(bytes, "INI").replace(/^\uFEFF/, "")).parse();
}

function sectionsToTree(sections: IniSection[]): TreeMap {
  const root = new TreeMap();
  sections.forEach((section, index) => {
    // The implicit DEFAULT section (index 0) only appears when keys precede the first header.
    if (index === 0 && section.keys.length === 0) return;
    const items: MapItem[] = [];
    if (section.comment !== "") items.push(new Comment(stripCommentMarker(section.comment)));
    for (const key of section.keys) {
      items.push({ key: key.name, value: key.value });
      if (key.comment !== "") items.push(new Comment(stripCommentMarker(key.comment)));
    }
    root.items.push({ key: section.name, value: new TreeMap(items) });
  });
  return root;
}

/** sops `encodeTree` for one section: a leading comment is the section's, any other the preceding key's. */
function treeToSection(name: string, map: TreeMap): IniSection {
  if (name === "" || name.includes("\n")) {
    throw malformed(`INI cannot hold the section name ${JSON.stringify(name)}`);
  }
  const section: IniSection = { name, comment: "", keys: [] };
  const keyIndex = new Map<string, IniKey>();
  let last: IniKey | undefined;
  map.items.forEach((item, index) => {
    if (item instanceof Comment) {
      if (index === 0) section.comment = item.value;
      else if (last !== undefined) last.comment = item.value;
      return;
    }
    if (!isScalar(item.value)) throw malformed(`INI cannot hold nested values (key ${name}.${item.key})`);
    const value = valueToString(item.value);
    last = keyIndex.get(item.key);
    if (last === undefined) {
      last = { name: item.key, value, comment: "" };
      keyIndex.set(item.key, last);
      section.keys.push(last);
    }
    last.value = value;
  });
  return section;
}

function treeToSections(branch: TreeMap): IniSection[] {
  // Comments outside any section have nowhere to go in INI; sops drops them too.
  return branch.entries().map(({ key, value }) => {
    if (!isTreeMap(value)) throw malformed(`INI section ${key} must be a mapping of keys to values`);
    return treeToSection(key, value);
  });
}

/** go-ini's comment writer; it trims key comment lines but not section comment lines. */
function formatComment(comment: string, trimLines: boolean): string {
  return comment
    .split("\n")
    .map((line) => {
      if (!line.startsWith("#") && !line.startsWith(";")) return `; ${trimLines ? trim(line) : line}\n`;
      return `${line.charAt(0)} ${trim(line.slice(1))}\n`;
    })
    .join("");
}

/**
 * go-ini's quoting comes first so that output matches sops byte for byte. go-ini writes some keys and values
 * in a form that reads back differently (`"q"` loses its quotes, a trailing `\\` continues the line, a key
 * starting with `#` becomes a comment); for those the other quote styles are tried, and a text no style can
 * carry is refused rather than silently changed.
 */
function chooseForm(candidates: string[], readsBack: (form: string) => boolean): string | undefined {
  return candidates.find((form) => {
    try {
      return readsBack(form);
    } catch {
      return false;
    }
  });
}

function quoteKey(name: string, sectionName: string): string {
  const goIni =
    name.includes('"') || name.includes("=") || name.includes(":")
      ? `\`${name}\``
      : name.includes("`")
        ? `"""${name}"""`
        : name;
  const form = chooseForm([goIni, `\`${name}\``, `"""${name}"""`], (candidate) => {
    const [parsed] = new IniParser(`${candidate} = v\n`).parse();
    return parsed?.keys.length === 1 && parsed.keys[0]?.name === name;
  });
  if (form === undefined)
    throw malformed(`INI cannot represent the key ${JSON.stringify(name)} in section ${sectionName}`);
  return form;
}

function quoteValue(value: string, where: string): string {
  let goIni = value;
  if (value.includes("\n") || value.includes("`")) goIni = `"""${value}"""`;
  else if (value.includes("#") || value.includes(";")) goIni = `\`${value}\``;
  else if (trim(value) !== value) goIni = `"${value}"`;
  const form = chooseForm([goIni, `\`${value}\``, `"""${value}"""`, `"${value}"`], (candidate) => {
    const [parsed] = new IniParser(`k = ${candidate}\n`).parse();
    return parsed?.keys[0]?.value === value;
  });
  if (form === undefined) throw malformed(`INI cannot represent the value of key ${where}`);
  return form;
}

/**
 * go-ini `WriteTo` with its default PrettyFormat: `=` aligned per section on the longest key (in bytes),
 * a blank line after each section, and a leading DEFAULT section written without its header (or not at all
 * when it has no keys). sops' own files end after the last key, without go-ini's final blank line.
 */
function writeSections(sections: IniSection[]): string {
  let text = "";
  sections.forEach((section, index) => {
    if (section.comment !== "") text += formatComment(section.comment, false);
    // go-ini compares the name case-insensitively, which would turn a leading [default] into DEFAULT.
    if (index > 0 || section.name !== DEFAULT_SECTION) text += `[${section.name}]\n`;
    else if (section.keys.length === 0) return;
    const names = section.keys.map((key) => quoteKey(key.name, section.name));
    const width = Math.max(0, ...names.map(utf8Length));
    section.keys.forEach((key, i) => {
      const name = names[i] ?? key.name;
      if (key.comment !== "") text += formatComment(key.comment, true);
      const value = quoteValue(key.value, `${section.name}.${key.name}`);
      text += `${name}${" ".repeat(width - utf8Length(name))} = ${value}\n`;
    });
    text += "\n";
  });
  // Only a section separator produces an empty line: every written line has content.
  return text.endsWith("\n\n") ? text.slice(0, -1) : text;
}

export function createIniStore(): Store {
  const emitPlain = (branches: TreeMap[]): Uint8Array =>
    utf8Encoder.encode(writeSections(branches.flatMap(treeToSections)));

  return {
    format: "ini",

    parsePlain(bytes: Uint8Array): TreeMap[] {
      return [sectionsToTree(parseSections(bytes))];
    },

    parseEncrypted(bytes: Uint8Array): EncryptedDocument {
      const sections = parseSections(bytes);
      const metadataSection = sections.find((section) => section.name === METADATA_SECTION);
      if (metadataSection === undefined) {
        throw new SopsError("NOT_SOPS_FILE", `INI input has no [${METADATA_SECTION}] section`);
      }
      // sops ≤ 3.12 and ≥ 3.13.2 write newlines as `\n`; 3.13.0/3.13.1 wrote real ones inside """…""".
      const pairs = metadataSection.keys.map(({ name, value }): [string, string] => [
        name,
        unescapeNewlines(value),
      ]);
      return {
        branches: [sectionsToTree(sections.filter((section) => section.name !== METADATA_SECTION))],
        metadata: unflattenMetadata(pairs, ""),
      };
    },

    emitPlain,

    emitEncrypted(branches: TreeMap[], metadata: TreeMap): Uint8Array {
      const sections = branches.flatMap(treeToSections);
      if (sections.some((section) => section.name === METADATA_SECTION)) {
        throw malformed(`INI section [${METADATA_SECTION}] is reserved for sops metadata`);
      }
      const metadataKeys = flattenMetadata(metadata, "").map(([name, value]) => ({
        name,
        value: escapeNewlines(value),
        comment: "",
      }));
      sections.push({ name: METADATA_SECTION, comment: "", keys: metadataKeys });
      return utf8Encoder.encode(writeSections(sections));
    },

    emitValue(value: TreeValue): Uint8Array {
      if (value instanceof Uint8Array) return value;
      if (isScalar(value)) return utf8Encoder.encode(valueToString(value));
      if (!isTreeMap(value)) throw malformed("INI cannot extract a list");
      // One section's keys print as INI lines without a header; a map of sections prints as a document.
      if (value.entries().every((entry) => isScalar(entry.value))) {
        return utf8Encoder.encode(writeSections([treeToSection(DEFAULT_SECTION, value)]));
      }
      return emitPlain([value]);
    },
  };
}
