/**
 * The JSON store (sops `stores/json/store.go`, 3.13.2).
 *
 * Parsing uses a hand-written parser instead of `JSON.parse`: JavaScript objects move integer-like keys
 * ("1", "42") to the front and turn every number into a float64, while sops keeps document order and,
 * since 3.13.2, reads integers that fit int64 as Go ints (`normalizeJSONNumber`).
 *
 * Emission reproduces Go byte for byte: `json.Marshal` for every scalar and key, then `json.Indent`.
 */
import { badInput, malformed, SopsError } from "../errors.js";
import { formatFloatJson, valueToString } from "../goformat.js";
import {
  Comment,
  isTreeList,
  isTreeMap,
  SopsTime,
  TreeMap,
  type MapEntry,
  type TreeList,
  type TreeValue,
} from "../tree.js";
import type { EncryptedDocument, Store, StoreOptions } from "./store.js";
import { decodeUtf8, isValidUtf8, utf8SequenceLength } from "../utf8.js";

const METADATA_KEY = "sops";
const MAX_DEPTH = 1000;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const NUMBER_PATTERN = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A key path as a list linked from the leaf up: cheap to extend at every key, formatted only on errors. */
interface KeyPath {
  readonly parent: KeyPath | undefined;
  readonly segment: string | number;
}

/** A key path in the `--extract` syntax (`["a"][0]["b"]`): keys are not secret, values are. */
function formatPath(path: KeyPath | undefined): string {
  const parts: string[] = [];
  for (let node = path; node !== undefined; node = node.parent) {
    parts.push(`[${typeof node.segment === "number" ? String(node.segment) : JSON.stringify(node.segment)}]`);
  }
  return parts.length === 0 ? "the top level" : parts.reverse().join("");
}

// ---------------------------------------------------------------------------------------------------
// Parsing

function positionText(text: string, index: number): string {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return `line ${line}, column ${index - lineStart + 1}`;
}

/** Names what was found without quoting the document beyond one harmless character. */
function describeFound(text: string, index: number): string {
  const char = text[index];
  if (char === undefined) return "end of input";
  if (char >= "!" && char <= "~") return `'${char}'`;
  if (char === "\uFEFF") return "a byte order mark";
  return char.charCodeAt(0) < 0x20 ? "a control character" : "a non-ASCII character";
}

class JsonParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseDocument(): TreeMap {
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw this.error("the document is empty");
    if (this.text[this.pos] !== "{") throw this.error("top-level value must be a JSON object");
    return this.parseWhole() as TreeMap;
  }

  /** Any single JSON value, e.g. the VALUE of `secrets-actions set`. */
  parseWhole(): TreeValue {
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw this.error("the document is empty");
    const root = this.parseValue(undefined, 0);
    this.skipWhitespace();
    if (this.pos < this.text.length)
      throw this.error(`unexpected ${describeFound(this.text, this.pos)} after the top-level value`);
    return root;
  }

  private error(message: string, at = this.pos): SopsError {
    return malformed(`invalid JSON at ${positionText(this.text, at)}: ${message}`);
  }

  private unexpected(expected: string): SopsError {
    return this.error(`expected ${expected}, found ${describeFound(this.text, this.pos)}`);
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.text[this.pos];
      if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") return;
      this.pos++;
    }
  }

  private parseValue(path: KeyPath | undefined, depth: number): TreeValue {
    const char = this.text[this.pos];
    if (char === "{") return this.parseObject(path, depth + 1);
    if (char === "[") return this.parseArray(path, depth + 1);
    if (char === '"') return this.parseString();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.parseNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    throw this.unexpected("a value");
  }

  private enter(path: KeyPath | undefined, depth: number): void {
    if (depth > MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH} levels at ${formatPath(path)}`);
    this.pos++;
    this.skipWhitespace();
  }

  private parseObject(path: KeyPath | undefined, depth: number): TreeMap {
    this.enter(path, depth);
    const map = new TreeMap();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return map;
    }
    const seen = new Set<string>();
    for (;;) {
      if (this.text[this.pos] !== '"') throw this.unexpected("a string object key");
      const keyStart = this.pos;
      const key = this.parseString();
      const keyPath: KeyPath = { parent: path, segment: key };
      if (seen.has(key)) throw this.error(`duplicate key ${formatPath(keyPath)}`, keyStart);
      seen.add(key);
      this.skipWhitespace();
      if (this.text[this.pos] !== ":") throw this.unexpected("':' after an object key");
      this.pos++;
      this.skipWhitespace();
      map.items.push({ key, value: this.parseValue(keyPath, depth) });
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "}") return map;
      if (next !== ",") {
        this.pos--;
        throw this.unexpected("',' or '}'");
      }
      this.skipWhitespace();
    }
  }

  private parseArray(path: KeyPath | undefined, depth: number): TreeList {
    this.enter(path, depth);
    const list: TreeList = [];
    if (this.text[this.pos] === "]") {
      this.pos++;
      return list;
    }
    for (;;) {
      list.push(this.parseValue({ parent: path, segment: list.length }, depth));
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "]") return list;
      if (next !== ",") {
        this.pos--;
        throw this.unexpected("',' or ']'");
      }
      this.skipWhitespace();
    }
  }

  private parseNumber(): bigint | number {
    NUMBER_PATTERN.lastIndex = this.pos;
    const match = NUMBER_PATTERN.exec(this.text);
    const after = this.text[NUMBER_PATTERN.lastIndex] ?? "";
    if (match === null || /[0-9.eE+-]/.test(after)) throw this.error("invalid number");
    const literal = match[0];
    const start = this.pos;
    this.pos += literal.length;
    if (match[1] === undefined && match[2] === undefined) {
      const integer = BigInt(literal);
      if (integer >= INT64_MIN && integer <= INT64_MAX) return integer;
    }
    // Like Go's strconv.ParseFloat, Number() rounds to the nearest float64.
    const float = Number(literal);
    if (!Number.isFinite(float)) throw this.error("number out of the float64 range", start);
    return float;
  }

  private parseString(): string {
    this.pos++;
    let out = "";
    let chunkStart = this.pos;
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (Number.isNaN(code)) throw this.error("unterminated string");
      if (code === 0x22) {
        out += this.text.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (code < 0x20) throw this.error("control character in a string (it must be escaped)");
      if (code === 0x5c) {
        out += this.text.slice(chunkStart, this.pos) + this.parseEscape();
        chunkStart = this.pos;
      } else this.pos++;
    }
  }

  private parseEscape(): string {
    const escapeStart = this.pos;
    const char = this.text[this.pos + 1];
    this.pos += 2;
    switch (char) {
      case '"':
      case "\\":
      case "/":
        return char;
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "u":
        return this.parseUnicodeEscape(escapeStart);
      default:
        throw this.error("invalid escape sequence in a string", escapeStart);
    }
  }

  private readHex4(escapeStart: number): number {
    const hex = this.text.slice(this.pos, this.pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error("invalid \\u escape in a string", escapeStart);
    this.pos += 4;
    return parseInt(hex, 16);
  }

  private parseUnicodeEscape(escapeStart: number): string {
    const unit = this.readHex4(escapeStart);
    if (unit < 0xd800 || unit > 0xdfff) return String.fromCharCode(unit);
    if (unit <= 0xdbff && this.text.startsWith("\\u", this.pos)) {
      const save = this.pos;
      this.pos += 2;
      const low = this.readHex4(save);
      if (low >= 0xdc00 && low <= 0xdfff) return String.fromCharCode(unit, low);
      this.pos = save;
    }
    // Go's decoder turns an unpaired surrogate into U+FFFD instead of failing.
    return "\uFFFD";
  }
}

/** Parse one JSON value of any kind, with the same typing as the store (ints as bigint). */
export function parseJsonValue(text: string): TreeValue {
  return new JsonParser(text).parseWhole();
}

/** Parse a JSON document whose top level must be an object. */
function parseJsonObject(bytes: Uint8Array): TreeMap {
  return new JsonParser(decodeUtf8(bytes, "JSON")).parseDocument();
}

// ---------------------------------------------------------------------------------------------------
// Emission

// Since Go 1.22 json.Marshal writes \b and \f by name; the rest of C0, and <, > and & (HTML escaping is
// on in json.Marshal), as \u00xx in lowercase hex.
const NAMED_ESCAPES = new Map([
  [0x22, '\\"'],
  [0x5c, "\\\\"],
  [0x08, "\\b"],
  [0x0c, "\\f"],
  [0x0a, "\\n"],
  [0x0d, "\\r"],
  [0x09, "\\t"],
]);

/** Go's escape for each ASCII character (`undefined` = written as is). */
const ASCII_ESCAPES: (string | undefined)[] = Array.from({ length: 0x80 }, (_, code) => {
  const named = NAMED_ESCAPES.get(code);
  if (named !== undefined) return named;
  if (code < 0x20 || code === 0x3c || code === 0x3e || code === 0x26)
    return `\\u00${code.toString(16).padStart(2, "0")}`;
  return undefined;
});

/** The escaped body of a Go string literal (without quotes) for well-formed text. */
function escapeText(text: string): string {
  let out = "";
  let chunkStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string | undefined;
    if (code < 0x80) escape = ASCII_ESCAPES[code];
    else if (code === 0x2028 || code === 0x2029) escape = `\\u${code.toString(16)}`;
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else escape = "\\ufffd";
    }
    if (escape !== undefined) {
      out += text.slice(chunkStart, i) + escape;
      chunkStart = i + 1;
    }
  }
  return out + text.slice(chunkStart);
}

/** A Go string holding arbitrary bytes: every byte that starts no valid UTF-8 sequence becomes `\ufffd`. */
function escapeBytes(bytes: Uint8Array): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += escapeText(UTF8_DECODER.decode(bytes.subarray(runStart, i))) + "\\ufffd";
    i++;
    runStart = i;
  }
  return out + escapeText(UTF8_DECODER.decode(bytes.subarray(runStart)));
}

function quote(text: string): string {
  return `"${escapeText(text)}"`;
}

function encodeBytes(bytes: Uint8Array): string {
  // The tree keeps both Go []byte (type:bytes, which json.Marshal writes as base64) and type:str strings
  // that are not UTF-8 as Uint8Array. Only type:bytes can be valid UTF-8, and sops itself never writes
  // type:bytes, so invalid UTF-8 is treated as the far more common Go string.
  if (isValidUtf8(bytes)) return `"${Buffer.from(bytes).toString("base64")}"`;
  return `"${escapeBytes(bytes)}"`;
}

class JsonEmitter {
  constructor(private readonly indent: string) {}

  private newline(depth: number): string {
    return "\n" + this.indent.repeat(depth);
  }

  /** `json.Indent` output: `{}`/`[]` when empty, else one member per line at depth + 1. */
  private container(open: string, close: string, members: string[], depth: number): string {
    if (members.length === 0) return open + close;
    const inner = this.newline(depth + 1);
    return open + inner + members.join("," + inner) + this.newline(depth) + close;
  }

  encode(value: TreeValue, depth: number, path: KeyPath | undefined): string {
    if (isTreeMap(value)) {
      const members = value
        .entries()
        .map(
          ({ key, value: child }: MapEntry) =>
            `${quote(key)}: ${this.encode(child, depth + 1, { parent: path, segment: key })}`,
        );
      return this.container("{", "}", members, depth);
    }
    if (isTreeList(value)) {
      const members: string[] = [];
      for (const item of value) {
        if (!(item instanceof Comment))
          members.push(this.encode(item, depth + 1, { parent: path, segment: members.length }));
      }
      return this.container("[", "]", members, depth);
    }
    if (value === null) return "null";
    if (typeof value === "string") return quote(value);
    if (typeof value === "bigint") return value.toString();
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        throw badInput(`JSON cannot represent the non-finite number at ${formatPath(path)}`);
      return formatFloatJson(value);
    }
    if (value instanceof SopsTime) return quote(value.text);
    return encodeBytes(value);
  }
}

function indentString(indent: number | undefined): string {
  if (indent === undefined || indent === -1) return "\t";
  if (!Number.isInteger(indent) || indent < -1) {
    throw badInput(`JSON indentation must be -1 (tab) or a number of spaces >= 0, got ${indent}`);
  }
  return " ".repeat(indent);
}

/** The `sops` key is the metadata; a `sops` key anywhere else is ordinary data. */
function splitMetadata(document: TreeMap): EncryptedDocument {
  const metadata = document.get(METADATA_KEY);
  if (metadata === undefined || metadata === null) {
    throw new SopsError("NOT_SOPS_FILE", "the JSON document has no top-level `sops` metadata key");
  }
  if (!isTreeMap(metadata))
    throw new SopsError("NOT_SOPS_FILE", "the top-level `sops` value must be a JSON object");
  const data = new TreeMap(document.entries().filter((entry) => entry.key !== METADATA_KEY));
  return { branches: [data], metadata };
}

export function createJsonStore(options: StoreOptions = {}): Store {
  const emitter = new JsonEmitter(indentString(options.indent));
  const emitDocument = (value: TreeValue): Uint8Array =>
    UTF8.encode(emitter.encode(value, 0, undefined) + "\n");

  return {
    format: "json",

    parsePlain: (bytes) => [parseJsonObject(bytes)],

    parseEncrypted: (bytes) => splitMetadata(parseJsonObject(bytes)),

    emitPlain(branches) {
      const [first] = branches;
      if (first === undefined) throw badInput("there is no document to write as JSON");
      // A multi-document YAML stream has no single JSON object; its documents become an array.
      return emitDocument(branches.length === 1 ? first : branches);
    },

    emitEncrypted(branches, metadata) {
      const [first] = branches;
      if (first === undefined || branches.length > 1) {
        throw badInput(`an encrypted JSON file holds exactly one document, got ${branches.length}`);
      }
      return emitDocument(new TreeMap([...first.items, { key: METADATA_KEY, value: metadata }]));
    },

    emitValue(value) {
      // `sops decrypt --extract` writes a mapping as a whole file, any other tree through `json.Indent`
      // without a final newline, a string as its raw bytes and other scalars as their text.
      if (isTreeMap(value)) return emitDocument(value);
      if (isTreeList(value)) return UTF8.encode(emitter.encode(value, 0, undefined));
      if (value instanceof Uint8Array) return value;
      return UTF8.encode(valueToString(value));
    },
  };
}
