import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { createJsonStore } from "../actions/lib/sops/stores/json.js";
import {
  Comment,
  isTreeList,
  isTreeMap,
  SopsTime,
  TreeMap,
  type TreeValue,
} from "../actions/lib/sops/tree.js";
import { sopsErrorFrom, expectSopsError } from "./support/errors.js";
import { FIXTURES_DIR } from "../tools/fixture-sources.mjs";

const FIXTURES = path.dirname(FIXTURES_DIR);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, "sops", name)));
const expected = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(FIXTURES, "sops-expected", `${name}.json`)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function m(...entries: [string, TreeValue][]): TreeMap {
  return new TreeMap(entries.map(([key, value]) => ({ key, value })));
}

/** Every leaf's key path (list indices included), in document order. */
function keyPaths(value: TreeValue, prefix = ""): string[] {
  if (isTreeMap(value))
    return value.entries().flatMap((entry) => keyPaths(entry.value, `${prefix}/${entry.key}`));
  if (isTreeList(value))
    return value.flatMap((item, index) =>
      item instanceof Comment ? [] : keyPaths(item, `${prefix}/${index}`),
    );
  return [prefix];
}

const store = createJsonStore();

describe("JSON store: encrypted fixtures", () => {
  test("sops 3.13.1 file round-trips byte for byte with the default tab indent", () => {
    const bytes = fixture("getsops__sops/functional-tests/res/format.enc.json");
    const document = store.parseEncrypted(bytes);
    expect(text(store.emitEncrypted(document.branches, document.metadata))).toBe(text(bytes));
  });

  test("a 2-space indented file (sops 3.9.2, null key lists) round-trips with indent 2", () => {
    const bytes = fixture("humphd__sops-age/tests/data/secret.enc.json");
    const spaces = createJsonStore({ indent: 2 });
    const document = spaces.parseEncrypted(bytes);
    expect(document.metadata.get("kms")).toBeNull();
    expect(text(spaces.emitEncrypted(document.branches, document.metadata))).toBe(text(bytes));
  });

  // These files were committed without a final newline (the upstream repository strips it); sops
  // always ends its output with one, and everything else is identical.
  test.each([
    "dbsystel__cdk-sops-secrets/test-secrets/testsecret.sops.json",
    "dbsystel__cdk-sops-secrets/test-secrets/json/sopsfile.enc-age.json",
  ])("%s round-trips except for the final newline it lacks", (name) => {
    const bytes = fixture(name);
    expect(bytes.at(-1)).toBe("}".charCodeAt(0));
    const document = store.parseEncrypted(bytes);
    expect(text(store.emitEncrypted(document.branches, document.metadata))).toBe(`${text(bytes)}\n`);
  });

  test.each([
    "getsops__sops/functional-tests/res/format.enc.json",
    "humphd__sops-age/tests/data/secret.enc.json",
    "dbsystel__cdk-sops-secrets/test-secrets/testsecret.sops.json",
    "dbsystel__cdk-sops-secrets/test-secrets/json/sopsfile.enc-age.json",
  ])("%s: metadata split off, data keys match the decrypted expectation", (name) => {
    const document = store.parseEncrypted(fixture(name));
    expect(document.branches).toHaveLength(1);
    const [branch] = document.branches;
    expect(branch?.get("sops")).toBeUndefined();
    expect(document.metadata.get("lastmodified")).toEqual(expect.any(String));
    expect(document.metadata.get("mac")).toEqual(expect.stringMatching(/^ENC\[AES256_GCM,/));
    if (name.startsWith("getsops__sops")) {
      expect(branch?.entries().map((entry) => entry.key)).toEqual(["foo"]);
    } else {
      const [plain] = store.parsePlain(expected(name));
      expect(keyPaths(branch ?? new TreeMap())).toEqual(keyPaths(plain ?? new TreeMap()));
    }
  });
});

describe("JSON store: plaintext fixtures", () => {
  test("humphd secret.json keeps order and Go types", () => {
    const [tree] = store.parsePlain(fixture("humphd__sops-age/tests/data/secret.json"));
    expect(tree).toEqual(
      m(
        ["secret", "this is a secret"],
        ["string", "string"],
        ["int", 7n],
        ["float", 3.14],
        ["boolean", true],
        ["0word", "gotta match go"],
        ["complex", m(["value", "this is a secret"], ["array", ["one", "two", "three"]])],
      ),
    );
  });

  test("cdk _testsecret.json re-emitted with indent 4 differs only by Go's HTML escapes and the final newline", () => {
    const bytes = fixture("dbsystel__cdk-sops-secrets/test-secrets/_testsecret.json");
    const [tree] = store.parsePlain(bytes);
    expect(tree?.get("specific")).toEqual(
      m(
        ["SpecialCharacters", '"ajkscbuiuXA34%%&&='],
        ["HTMLEncodingTest1", "test <test@test.test>"],
        ["HTMLEncodingTest2", "&"],
        ["HTLMEncodingTest3", "@"],
        ["null", null],
        ["boolean", true],
        ["number1", 123n],
        ["number2", 123.456],
      ),
    );
    const goText = text(bytes)
      .replaceAll("<", "\\u003c")
      .replaceAll(">", "\\u003e")
      .replaceAll("&", "\\u0026");
    expect(text(createJsonStore({ indent: 4 }).emitPlain([tree ?? new TreeMap()]))).toBe(`${goText}\n`);
  });

  test("cdk json/sopsfile.json parses", () => {
    const [tree] = store.parsePlain(fixture("dbsystel__cdk-sops-secrets/test-secrets/json/sopsfile.json"));
    expect(tree?.entries().map((entry) => entry.key)).toEqual(["key1", "key2", "key3"]);
  });
});

describe("JSON parser", () => {
  const ok: [string, string, TreeMap][] = [
    [
      "integer-like keys keep document order",
      '{"1": 1, "0word": 2, "a": 3, "0": 4}',
      m(["1", 1n], ["0word", 2n], ["a", 3n], ["0", 4n]),
    ],
    [
      "ints beyond 2^53 stay exact",
      '{"n": 9007199254740993, "m": -9007199254740993}',
      m(["n", 9007199254740993n], ["m", -9007199254740993n]),
    ],
    [
      "int64 bounds are ints",
      '{"max": 9223372036854775807, "min": -9223372036854775808}',
      m(["max", 9223372036854775807n], ["min", -9223372036854775808n]),
    ],
    [
      "int64 overflow becomes a float",
      '{"a": 9223372036854775808, "b": -9223372036854775809}',
      // Both round to ±2^63 as float64.
      m(["a", 2 ** 63], ["b", -(2 ** 63)]),
    ],
    [
      "fractions and exponents are floats",
      '{"a": 3.14, "b": 1e2, "c": 1.0, "d": -0.0, "e": 1E-7, "f": 2.5e+3}',
      m(["a", 3.14], ["b", 100], ["c", 1], ["d", -0], ["e", 1e-7], ["f", 2500]),
    ],
    ["-0 without fraction is the int 0", '{"z": -0}', m(["z", 0n])],
    ["literals", '{"t": true, "f": false, "n": null}', m(["t", true], ["f", false], ["n", null])],
    [
      "empty containers",
      '{"o": {}, "l": [], "ol": [{}, []]}',
      m(["o", new TreeMap()], ["l", []], ["ol", [new TreeMap(), []]]),
    ],
    ["escapes", String.raw`{"s": "\"\\\/\b\f\n\r\t\u0041\u00e9\u2028"}`, m(["s", '"\\/\b\f\n\r\tAé\u2028'])],
    ["surrogate pair escape", String.raw`{"s": "\ud83d\ude00"}`, m(["s", "😀"])],
    [
      "unpaired surrogates become U+FFFD like Go",
      String.raw`{"s": "\ud800x\udc00\ud800\u0041"}`,
      m(["s", "\uFFFDx\uFFFD\uFFFDA"]),
    ],
    ["raw UTF-8 text", '{"é": "😀 ü"}', m(["é", "😀 ü"])],
    ["escaped keys", String.raw`{"a\u0062": 1}`, m(["ab", 1n])],
    ["all JSON whitespace", ' \t\r\n{ "a" :\n[ 1 ,\t2 ] }\r\n ', m(["a", [1n, 2n]])],
    ["a nested sops key is data", '{"x": {"sops": 1}}', m(["x", m(["sops", 1n])])],
  ];
  test.each(ok)("%s", (_name, input, tree) => {
    expect(store.parsePlain(utf8(input))).toEqual([tree]);
  });

  const nested = (depth: number): string => `{"a": ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
  test("1000 levels of nesting are accepted", () => {
    expect(() => store.parsePlain(utf8(nested(1000)))).not.toThrow();
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ["top-level array", "[1, 2]", /line 1, column 1: top-level value must be a JSON object/],
    ["top-level string", '"x"', /top-level value must be a JSON object/],
    ["top-level number", " 12", /line 1, column 2: top-level value must be a JSON object/],
    ["empty input", " \n", /the document is empty/],
    ["duplicate key", '{"a": {"b": 1,\n "b": 2}}', /line 2, column 2: duplicate key \["a"\]\["b"\]/],
    ["duplicate key in a list item", '{"l": [{"k": 1, "k": 1}]}', /duplicate key \["l"\]\[0\]\["k"\]/],
    ["truncated after a value", '{"a": 1', /expected ',' or '}', found end of input/],
    ["truncated string", '{"a": "sec', /unterminated string/],
    ["truncated list", '{"a": [1,', /expected a value, found end of input/],
    ["truncated key", '{"a"', /expected ':' after an object key/],
    ["truncated literal", '{"a": tru', /expected a value/],
    ["trailing garbage", '{"a": 1} x', /line 1, column 10: unexpected 'x' after the top-level value/],
    ["two objects", "{}{}", /unexpected '\{' after the top-level value/],
    ["trailing comma in object", '{"a": 1,}', /expected a string object key, found '\}'/],
    ["trailing comma in list", '{"a": [1,]}', /expected a value, found '\]'/],
    ["single quotes", "{'a': 1}", /expected a string object key, found '''/],
    ["unquoted key", "{a: 1}", /expected a string object key/],
    ["missing comma", '{"a": 1 "b": 2}', /expected ',' or '}', found '"'/],
    ["leading zero", '{"a": 01}', /invalid number/],
    ["bare fraction", '{"a": 1.}', /invalid number/],
    ["leading dot", '{"a": .5}', /expected a value, found '.'/],
    ["plus sign", '{"a": +1}', /expected a value/],
    ["lone minus", '{"a": -}', /invalid number/],
    ["empty exponent", '{"a": 1e}', /invalid number/],
    ["NaN", '{"a": NaN}', /expected a value/],
    ["float overflow", '{"a": 1e400}', /line 1, column 7: number out of the float64 range/],
    ["invalid escape", String.raw`{"a": "\x"}`, /invalid escape sequence/],
    ["short unicode escape", String.raw`{"a": "\u12"}`, /invalid \\u escape/],
    ["raw control character in a string", '{"a": "x\ty"}', /control character in a string/],
    ["byte order mark", "\uFEFF{}", /line 1, column 1: top-level value must be a JSON object/],
    [
      "invalid UTF-8",
      new Uint8Array([...utf8('{\n "é": "'), 0xff, ...utf8('"}')]),
      /line 2, column 8: the file is not valid UTF-8/,
    ],
    [
      "UTF-8 encoded surrogate",
      new Uint8Array([...utf8('{"a": "'), 0xed, 0xa0, 0x80, ...utf8('"}')]),
      /not valid UTF-8/,
    ],
    ["overlong UTF-8", new Uint8Array([...utf8('{"a": "'), 0xc0, 0xaf, ...utf8('"}')]), /not valid UTF-8/],
    ["nesting deeper than 1000", nested(1001), /nesting deeper than 1000 levels at \["a"\]/],
    ["very deep nesting", `{"a": ${"[".repeat(200_000)}`, /nesting deeper than 1000 levels/],
  ];
  test.each(bad)("%s is MALFORMED", (_name, input, message) => {
    const bytes = typeof input === "string" ? utf8(input) : input;
    expectSopsError(() => store.parsePlain(bytes), "MALFORMED", message);
    expectSopsError(() => store.parseEncrypted(bytes), "MALFORMED", message);
  });

  test.each([
    ['{"password": "hunter2-SECRET', "unterminated"],
    ['{"password": "hunter2-SECRET\u0001"}', "control character"],
    ['{"password": hunter2-SECRET}', "bare word"],
    ['{"password": "hunter2-SECRET", "password": "x"}', "duplicate"],
  ])("error messages do not quote values: %s (%s)", (input) => {
    expect(sopsErrorFrom(() => store.parsePlain(utf8(input))).message).not.toMatch(/hunter2|SECRET/);
  });
});

describe("JSON store: encrypted documents", () => {
  test("a missing or null sops key is NOT_SOPS_FILE", () => {
    expectSopsError(
      () => store.parseEncrypted(utf8('{"a": 1}')),
      "NOT_SOPS_FILE",
      /no top-level `sops` metadata key/,
    );
    expectSopsError(
      () => store.parseEncrypted(utf8('{"a": 1, "sops": null}')),
      "NOT_SOPS_FILE",
      /no top-level `sops`/,
    );
    expectSopsError(
      () => store.parseEncrypted(utf8('{"a": {"sops": {}}}')),
      "NOT_SOPS_FILE",
      /no top-level `sops`/,
    );
  });

  test("a sops value that is not an object is NOT_SOPS_FILE", () => {
    expectSopsError(
      () => store.parseEncrypted(utf8('{"sops": "x"}')),
      "NOT_SOPS_FILE",
      /must be a JSON object/,
    );
  });

  test("the metadata is removed from the data wherever it appears and appended last on emission", () => {
    const document = store.parseEncrypted(
      utf8('{"a": 1, "sops": {"version": "3.13.2", "age": null}, "b": [2]}'),
    );
    expect(document).toEqual({
      branches: [m(["a", 1n], ["b", [2n]])],
      metadata: m(["version", "3.13.2"], ["age", null]),
    });
    expect(text(createJsonStore({ indent: 1 }).emitEncrypted(document.branches, document.metadata))).toBe(
      '{\n "a": 1,\n "b": [\n  2\n ],\n "sops": {\n  "version": "3.13.2",\n  "age": null\n }\n}\n',
    );
  });

  test("emitEncrypted needs exactly one document", () => {
    expectSopsError(() => store.emitEncrypted([m(), m()], m()), "BAD_INPUT", /exactly one document, got 2/);
    expectSopsError(() => store.emitEncrypted([], m()), "BAD_INPUT", /exactly one document, got 0/);
  });
});

describe("JSON emission", () => {
  const emit = (value: TreeValue, indent?: number): string =>
    text(createJsonStore({ indent }).emitPlain([m(["k", value])]));
  const single = (value: TreeValue): string =>
    text(createJsonStore({ indent: 0 }).emitPlain([m(["k", value])])).slice(7, -3);

  test.each<[string, TreeValue, string]>([
    [
      "HTML characters",
      "<a href='x'>&amp;</a>",
      String.raw`"\u003ca href='x'\u003e\u0026amp;\u003c/a\u003e"`,
    ],
    ["line and paragraph separators", "a\u2028b\u2029c", String.raw`"a\u2028b\u2029c"`],
    ["named control escapes", '\n\r\t\b\f"\\', String.raw`"\n\r\t\b\f\"\\"`],
    [
      "other control characters in lowercase hex",
      "\u0000\u0001\u001f\u001b",
      String.raw`"\u0000\u0001\u001f\u001b"`,
    ],
    ["DEL, slash, non-ASCII and astral characters as is", "\u007f/é😀\uFFFD", '"\u007f/é😀\uFFFD"'],
    ["unpaired surrogate", "a\ud800b", String.raw`"a\ufffdb"`],
    ["big int", 123456789012345678901234567890n, "123456789012345678901234567890"],
    ["negative int", -5n, "-5"],
    ["float 1e21", 1e21, "1e+21"],
    ["float 1e20", 1e20, "100000000000000000000"],
    ["float 1e-7", 1e-7, "1e-7"],
    ["float 1.5e-10", 1.5e-10, "1.5e-10"],
    ["float 0.000001", 0.000001, "0.000001"],
    ["float 3.14", 3.14, "3.14"],
    ["float -0", -0, "-0"],
    ["integral float", 123.0, "123"],
    ["float 1e300", 1e300, "1e+300"],
    ["booleans", [true, false], "[\ntrue,\nfalse\n]"],
    ["null", null, "null"],
    ["time as its text", new SopsTime("2024-01-01T00:00:00.5+02:00"), '"2024-01-01T00:00:00.5+02:00"'],
    ["UTF-8 bytes (Go []byte) as base64", new Uint8Array([104, 105, 0xc3, 0xa9]), '"aGnDqQ=="'],
    [
      "non-UTF-8 bytes (Go string): each bad byte is \\ufffd",
      new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62, 0xef, 0xbf, 0xbd, 0x3c]),
      '"a\\ufffd\\ufffd\\ufffdb\uFFFD\\u003c"',
    ],
  ])("%s", (_name, value, json) => {
    expect(single(value)).toBe(json);
  });

  test("keys are escaped like values", () => {
    expect(text(store.emitPlain([m(["a<b\n", 1n])]))).toBe('{\n\t"a\\u003cb\\n": 1\n}\n');
  });

  test("non-finite floats cannot be written", () => {
    expectSopsError(
      () => store.emitPlain([m(["a", [m(["b", NaN])]])]),
      "BAD_INPUT",
      /non-finite number at \["a"\]\[0\]\["b"\]/,
    );
    expectSopsError(() => store.emitPlain([m(["a", -Infinity])]), "BAD_INPUT", /\["a"\]/);
  });

  const tree: TreeValue = m(["a", m(["b", [1n, m()]])], ["c", []]);
  test.each<[string, number | undefined, string]>([
    [
      "default is one tab",
      undefined,
      '{\n\t"k": {\n\t\t"a": {\n\t\t\t"b": [\n\t\t\t\t1,\n\t\t\t\t{}\n\t\t\t]\n\t\t},\n\t\t"c": []\n\t}\n}\n',
    ],
    [
      "-1 is one tab",
      -1,
      '{\n\t"k": {\n\t\t"a": {\n\t\t\t"b": [\n\t\t\t\t1,\n\t\t\t\t{}\n\t\t\t]\n\t\t},\n\t\t"c": []\n\t}\n}\n',
    ],
    // Go's json.Indent with an empty indent string still breaks lines; it only drops the indentation.
    ["0 breaks lines without indenting", 0, '{\n"k": {\n"a": {\n"b": [\n1,\n{}\n]\n},\n"c": []\n}\n}\n'],
    [
      "2 is two spaces",
      2,
      '{\n  "k": {\n    "a": {\n      "b": [\n        1,\n        {}\n      ]\n    },\n    "c": []\n  }\n}\n',
    ],
  ])("indent: %s", (_name, indent, json) => {
    expect(emit(tree, indent)).toBe(json);
  });

  test.each([-2, 1.5, NaN])("indent %p is BAD_INPUT", (indent) => {
    expectSopsError(() => createJsonStore({ indent }), "BAD_INPUT", /JSON indentation/);
  });

  test("an empty document is {}", () => {
    expect(text(store.emitPlain([m()]))).toBe("{}\n");
  });

  test("comments are dropped from maps and lists", () => {
    const commented = new TreeMap([
      new Comment("top"),
      { key: "l", value: [new Comment("x"), 1n, new Comment("y")] },
      new Comment("end"),
    ]);
    expect(text(store.emitPlain([commented]))).toBe('{\n\t"l": [\n\t\t1\n\t]\n}\n');
    expect(text(store.emitPlain([new TreeMap([new Comment("only")])]))).toBe("{}\n");
  });

  test("several documents (multi-document YAML) become an array", () => {
    expect(text(store.emitPlain([m(["a", 1n]), m(["b", 2n])]))).toBe(
      '[\n\t{\n\t\t"a": 1\n\t},\n\t{\n\t\t"b": 2\n\t}\n]\n',
    );
    expectSopsError(() => store.emitPlain([]), "BAD_INPUT", /no document/);
  });

  test("emission and parsing round-trip every scalar type that JSON keeps", () => {
    const original = m(
      ["s", "x<y"],
      ["i", -9223372036854775808n],
      ["f", 0.1],
      ["t", true],
      ["n", null],
      ["l", [m(["z", 1.5e300])]],
    );
    expect(store.parsePlain(store.emitPlain([original]))).toEqual([original]);
  });

  test.each<[string, TreeValue, string]>([
    ["string as is", 'a "b"\n', 'a "b"\n'],
    ["int", 42n, "42"],
    ["float in Go %v style", 1, "1.0"],
    ["bool", true, "true"],
    ["null", null, ""],
    ["time", new SopsTime("2024-01-01T00:00:00Z"), "2024-01-01T00:00:00Z"],
    ["list without final newline", ["a", 1n], '[\n\t"a",\n\t1\n]'],
    ["map as a whole document", m(["a", "<"]), '{\n\t"a": "\\u003c"\n}\n'],
  ])("emitValue: %s", (_name, value, output) => {
    expect(text(store.emitValue(value))).toBe(output);
  });

  test("emitValue writes non-UTF-8 bytes unchanged", () => {
    const bytes = new Uint8Array([0xff, 0x00, 0x41]);
    expect(store.emitValue(bytes)).toEqual(bytes);
  });
});
