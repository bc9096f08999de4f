import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { SopsError } from "../actions/lib/sops/errors.js";
import { flattenMetadata } from "../actions/lib/sops/stores/flatten.js";
import { createIniStore } from "../actions/lib/sops/stores/ini.js";
import { Comment, TreeMap, type MapItem, type TreeValue } from "../actions/lib/sops/tree.js";
import { expectParsersFailCleanly, sopsErrorFrom } from "./support/errors.js";
import { FIXTURES_DIR } from "../tools/fixture-sources.mjs";

const RES = path.join(FIXTURES_DIR, "getsops__sops/functional-tests/res");
const store = createIniStore();
const utf8 = new TextEncoder();
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(RES, name)));

function plain(value: TreeValue): unknown {
  if (value instanceof TreeMap) {
    return Object.fromEntries(value.entries().map(({ key, value: child }) => [key, plain(child)]));
  }
  if (Array.isArray(value)) return value.map((item) => plain(item as TreeValue));
  return value;
}

const section = (name: string, items: MapItem[]): MapItem => ({ key: name, value: new TreeMap(items) });
const parse = (input: string): TreeMap[] => store.parsePlain(utf8.encode(input));
const emit = (sections: MapItem[]): string => text(store.emitPlain([new TreeMap(sections)]));

describe("INI fixtures written by sops", () => {
  test("format.enc.ini (3.13.2, metadata newlines as \\n) round-trips byte for byte", () => {
    const bytes = fixture("format.enc.ini");
    const { branches, metadata } = store.parseEncrypted(bytes);
    expect(branches).toEqual([
      new TreeMap([
        section("foo", [
          { key: "bar", value: expect.stringMatching(/^ENC\[AES256_GCM,data:Upwq,/) as unknown as string },
        ]),
      ]),
    ]);
    const meta = plain(metadata) as { pgp: Array<Record<string, string>>; version: string };
    expect(meta.version).toBe("3.13.2");
    expect(meta.pgp[0]?.fp).toBe("FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4");
    expect(meta.pgp[0]?.enc).toMatch(
      /^-----BEGIN PGP MESSAGE-----\n\nwcBM[^\\]+\n=Axgz\n-----END PGP MESSAGE-----$/,
    );
    expect(text(store.emitEncrypted(branches, metadata))).toBe(text(bytes));
  });

  test('format-2.enc.ini (3.13.1, real newlines in """…""") reads to the same structure with real newlines', () => {
    const bytes = fixture("format-2.enc.ini");
    const document = store.parseEncrypted(bytes);
    const reference = store.parseEncrypted(fixture("format.enc.ini"));
    const keys = (metadata: TreeMap): string[] => flattenMetadata(metadata, "").map(([key]) => key);
    expect(keys(document.metadata)).toEqual(keys(reference.metadata));
    expect(document.branches[0]?.entries().map((entry) => entry.key)).toEqual(["foo"]);

    const enc = (plain(document.metadata) as { pgp: Array<{ enc: string }> }).pgp[0]?.enc;
    const quoted = /"""([\s\S]*?)"""/.exec(text(bytes))?.[1];
    expect(enc).toBe(quoted);
    expect(enc).toMatch(/^-----BEGIN PGP MESSAGE-----\n\nwcBM[\s\S]+\n=j3Rn\n-----END PGP MESSAGE-----$/);

    // Written back in the 3.13.2 style: one line, newlines escaped, and it reads back the same.
    const rewritten = text(store.emitEncrypted(document.branches, document.metadata));
    expect(rewritten).toContain("pgp__list_0__map_enc        = -----BEGIN PGP MESSAGE-----\\n\\nwcBM");
    expect(rewritten).not.toContain('"""');
    expect(store.parseEncrypted(utf8.encode(rewritten))).toEqual(document);
  });

  test("no [sops] section is NOT_SOPS_FILE", () => {
    expect(sopsErrorFrom(() => store.parseEncrypted(utf8.encode("hello=2"))).code).toBe("NOT_SOPS_FILE");
  });
});

describe("INI parsing (go-ini v1.67 rules)", () => {
  test.each<[string, string, MapItem[]]>([
    [
      "keys and values are trimmed, surrounding quotes removed (sops store_test)",
      '[database]\nserver=192.0.2.62     \nport=143\nfile="payroll.dat"\n',
      [
        section("database", [
          { key: "server", value: "192.0.2.62" },
          { key: "port", value: "143" },
          { key: "file", value: "payroll.dat" },
        ]),
      ],
    ],
    [
      "single quotes, unbalanced quotes, : delimiter",
      '[s]\na = \'x\'\nb = "x\ny: z\nc = "a"b"\n',
      [
        section("s", [
          { key: "a", value: "x" },
          { key: "b", value: '"x' },
          { key: "y", value: "z" },
          { key: "c", value: '"a"b"' },
        ]),
      ],
    ],
    [
      "keys before any section are DEFAULT, listed first",
      "top = 1\n[s]\nk = v\n",
      [section("DEFAULT", [{ key: "top", value: "1" }]), section("s", [{ key: "k", value: "v" }])],
    ],
    [
      "no DEFAULT when nothing precedes the first section",
      "\n\n[s]\nk = v\n",
      [section("s", [{ key: "k", value: "v" }])],
    ],
    [
      "a section comment is the first item, a key comment follows its key",
      "; about s\n[s]\n; about k\nk = v\nj = w\n# about i\ni = x\n",
      [
        section("s", [
          new Comment("about s"),
          { key: "k", value: "v" },
          new Comment("about k"),
          { key: "j", value: "w" },
          { key: "i", value: "x" },
          new Comment("about i"),
        ]),
      ],
    ],
    [
      "comments before the first DEFAULT key belong to that key",
      "; first\na = 1\n",
      [section("DEFAULT", [{ key: "a", value: "1" }, new Comment("first")])],
    ],
    [
      "inline comments: any ; or # ends the value and joins the key's comment",
      "[s]\n; above\nk = v ; inline\nurl = http://x/#frag\nn = a;b\n",
      [
        section("s", [
          { key: "k", value: "v" },
          new Comment("above\n; inline"),
          { key: "url", value: "http://x/" },
          new Comment("frag"),
          { key: "n", value: "a" },
          new Comment("b"),
        ]),
      ],
    ],
    [
      "a comment after a section header",
      "[s] ; note\nk = v\n",
      [section("s", [new Comment("note"), { key: "k", value: "v" }])],
    ],
    [
      "backtick and triple-quote values keep ; # and spaces",
      '[s]\na = `x ; y # z`\nb = """ p;q """\n',
      [
        section("s", [
          { key: "a", value: "x ; y # z" },
          { key: "b", value: " p;q " },
        ]),
      ],
    ],
    [
      "multi-line triple-quoted values",
      '[s]\nm = """line1\n\nline3"""\nn = after\n',
      [
        section("s", [
          { key: "m", value: "line1\n\nline3" },
          { key: "n", value: "after" },
        ]),
      ],
    ],
    [
      "a trailing comment after a closing multi-line quote",
      "[s]\nm = `a\nb` ; c\n",
      [section("s", [{ key: "m", value: "a\nb" }, new Comment("c")])],
    ],
    [
      "line continuation: a trailing backslash joins the next trimmed line (the space before it stays)",
      "[s]\nk = one \\\n   two\\\n three\nj = x\n",
      [
        section("s", [
          { key: "k", value: "one twothree" },
          { key: "j", value: "x" },
        ]),
      ],
    ],
    [
      "quoted key names",
      '[s]\n"a=b" = 1\n`c:d` = 2\n"""e`f""" = 3\n',
      [
        section("s", [
          { key: "a=b", value: "1" },
          { key: "c:d", value: "2" },
          { key: "e`f", value: "3" },
        ]),
      ],
    ],
    [
      "a repeated key keeps its first position and takes the last value",
      "[s]\nk = 1\nj = 2\nk = 3\n",
      [
        section("s", [
          { key: "k", value: "3" },
          { key: "j", value: "2" },
        ]),
      ],
    ],
    [
      "repeated sections stay separate",
      "[s]\na = 1\n[s]\nb = 2\n",
      [section("s", [{ key: "a", value: "1" }]), section("s", [{ key: "b", value: "2" }])],
    ],
    [
      "an explicit [DEFAULT] header is its own section",
      "[DEFAULT]\na = 1\n",
      [section("DEFAULT", [{ key: "a", value: "1" }])],
    ],
    [
      "CRLF line endings, indentation, empty values, section names kept verbatim",
      "\uFEFF[ s ]\r\n  k = v\r\n  e =\r\n",
      [
        section(" s ", [
          { key: "k", value: "v" },
          { key: "e", value: "" },
        ]),
      ],
    ],
    [
      "auto-increment keys",
      "[s]\n- = a\n- = b\n",
      [
        section("s", [
          { key: "#1", value: "a" },
          { key: "#2", value: "b" },
        ]),
      ],
    ],
    [
      "trailing comments with no key are dropped",
      "[s]\nk = v\n; dangling\n",
      [section("s", [{ key: "k", value: "v" }])],
    ],
  ])("%s", (_name, input, sections) => {
    expect(parse(input)).toEqual([new TreeMap(sections)]);
  });

  test.each<[string, string, string]>([
    ["an unclosed section header", "[s]\nk = v\n[broken\n", "line 3"],
    ["an empty section name", "[]\n", "line 1"],
    ["a line that is not key = value", "[s]\nk = v\nsupersecretvalue\n", "line 3"],
    ["an empty key", "[s]\n = v\n", "line 2"],
    ["an unclosed quoted key", '[s]\n"supersecret = v\n', "line 2"],
    ["an unterminated multi-line value", '[s]\nk = """supersecret\nmore\n', "line 2"],
  ])("rejects %s as MALFORMED, naming the line but not its content", (_name, input, where) => {
    const error = sopsErrorFrom(() => parse(input));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toContain(where);
    expect(error.message).not.toContain("supersecret");
  });

  test("invalid UTF-8 is MALFORMED", () => {
    expect(
      sopsErrorFrom(() => store.parsePlain(new Uint8Array([0x5b, 0x73, 0x5d, 0x0a, 0x6b, 0x3d, 0xff]))).code,
    ).toBe("MALFORMED");
  });

  const garbage = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          "[",
          "]",
          "sops",
          "=",
          ":",
          ";",
          "#",
          '"',
          '"""',
          "`",
          "\\",
          "\n",
          " ",
          "x",
          "__list_",
          "1",
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => utf8.encode(parts.join(""))),
  );

  test("random input gives a tree or MALFORMED/NOT_SOPS_FILE, never another exception", () => {
    expectParsersFailCleanly(store, garbage);
  });
});

describe("INI emission (go-ini PrettyFormat)", () => {
  test("aligns = per section, blank line between sections, DEFAULT without header", () => {
    const output = emit([
      section("DEFAULT", [{ key: "a", value: "1" }]),
      section("first", [
        { key: "k", value: "v" },
        { key: "longer_key", value: "w" },
      ]),
      section("second", [{ key: "x", value: "y" }]),
    ]);
    expect(output).toBe("a = 1\n\n[first]\nk          = v\nlonger_key = w\n\n[second]\nx = y\n");
  });

  test("aligns on UTF-8 byte length, as Go's len() does (so a 2-byte é gets one space less)", () => {
    expect(
      emit([
        section("s", [
          { key: "é", value: "1" },
          { key: "abc", value: "2" },
        ]),
      ]),
    ).toBe("[s]\né  = 1\nabc = 2\n");
  });

  test.each<[string, string, string]>([
    ["plain", "value", "k = value"],
    ["empty", "", "k = "],
    ["leading/trailing spaces in double quotes", " padded ", 'k = " padded "'],
    ["; or # in backticks", "a;b#c", "k = `a;b#c`"],
    ["newlines in triple quotes", "l1\nl2", 'k = """l1\nl2"""'],
    ["a backtick in triple quotes", "a`b", 'k = """a`b"""'],
  ])("quotes values: %s", (_name, value, line) => {
    expect(emit([section("s", [{ key: "k", value }])])).toBe(`[s]\n${line}\n`);
  });

  test.each<[string, string, string]>([
    ["surrounding double quotes, which go-ini would strip", '"q"', 'k = `"q"`'],
    ["surrounding single quotes", "'q'", "k = `'q'`"],
    ["a trailing backslash, which go-ini would read as a continuation", "a\\", "k = `a\\`"],
    ["a leading triple quote", '"""x', 'k = `"""x`'],
    ["spaces and quotes", ' "q" ', 'k = ` "q" `'],
  ])("quotes values go-ini would write ambiguously: %s", (_name, value, line) => {
    expect(emit([section("s", [{ key: "k", value }])])).toBe(`[s]\n${line}\n`);
  });

  test.each<[string, string, string]>([
    ["with = or :", "a=b", "`a=b` = 1"],
    ["with a double quote", 'a"b', '`a"b` = 1'],
    ["with a backtick", "a`b", '"""a`b""" = 1'],
    ["starting with #", "#1", "`#1` = 1"],
    ["starting with [", "[x", "`[x` = 1"],
  ])("quotes keys %s", (_name, key, line) => {
    expect(emit([section("s", [{ key, value: "1" }])])).toBe(`[s]\n${line}\n`);
  });

  test("comments: section comment before the header, key comment before its key, ; prefix added", () => {
    const output = emit([
      section("s", [
        new Comment("about s"),
        { key: "k", value: "v" },
        new Comment("about k"),
        { key: "j", value: "w" },
        new Comment("#hash"),
      ]),
      section("t", [{ key: "e", value: "x" }, new Comment("ENC[AES256_GCM,data:abc,type:comment]")]),
    ]);
    expect(output).toBe(
      "; about s\n[s]\n; about k\nk = v\n# hash\nj = w\n\n[t]\n; ENC[AES256_GCM,data:abc,type:comment]\ne = x\n",
    );
  });

  test("an empty leading DEFAULT section is not written", () => {
    expect(emit([section("DEFAULT", []), section("s", [{ key: "k", value: "v" }])])).toBe("[s]\nk = v\n");
  });

  test("non-strings go through ValToString", () => {
    const output = emit([
      section("s", [
        { key: "i", value: 5n },
        { key: "f", value: 2 },
        { key: "b", value: false },
        { key: "n", value: null },
      ]),
    ]);
    expect(output).toBe("[s]\ni = 5\nf = 2.0\nb = false\nn = \n");
  });

  test("parse(emit(tree)) gives the tree back for awkward values, keys and comments", () => {
    const tree = new TreeMap([
      section("DEFAULT", [{ key: "top", value: "t" }]),
      section("s", [
        new Comment("section"),
        { key: "spaces", value: "  both  " },
        new Comment("about spaces"),
        { key: "semi", value: "a;b" },
        { key: "multi", value: "l1\n\nl3\n" },
        { key: "quote", value: '"q"' },
        { key: "a=b", value: "x" },
        { key: "#k", value: "y" },
      ]),
      section("s", [{ key: "again", value: "z" }]),
    ]);
    expect(store.parsePlain(store.emitPlain([tree]))).toEqual([tree]);
  });

  test("random sections either read back unchanged or are refused as MALFORMED", () => {
    const piece = fc.constantFrom(
      "a",
      " ",
      "=",
      ":",
      ";",
      "#",
      '"',
      "'",
      "`",
      '"""',
      "\\",
      "\n",
      "[",
      "]",
      "-",
      "é",
    );
    const textOf = (maxLength: number) => fc.array(piece, { maxLength }).map((parts) => parts.join(""));
    const sections = fc.array(
      fc.tuple(
        textOf(4).map((name) => `s${name}`),
        fc.uniqueArray(fc.tuple(textOf(4), textOf(8)), { selector: ([key]) => key, maxLength: 4 }),
      ),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(sections, (generated) => {
        const tree = new TreeMap(
          generated.map(([name, keys]) =>
            section(
              name,
              keys.map(([key, value]) => ({ key, value })),
            ),
          ),
        );
        let bytes: Uint8Array;
        try {
          bytes = store.emitPlain([tree]);
        } catch (error) {
          expect(error).toBeInstanceOf(SopsError);
          expect((error as SopsError).code).toBe("MALFORMED");
          return;
        }
        expect(store.parsePlain(bytes)).toEqual([tree]);
      }),
      { numRuns: 1000 },
    );
  });

  test.each<[string, MapItem[], RegExp]>([
    [
      "nested values",
      [section("s", [{ key: "k", value: new TreeMap() }])],
      /INI cannot hold nested values \(key s\.k\)/,
    ],
    [
      "a list value",
      [section("s", [{ key: "k", value: ["x"] }])],
      /INI cannot hold nested values \(key s\.k\)/,
    ],
    ["a scalar where a section belongs", [{ key: "k", value: "v" }], /INI section k must be a mapping/],
    ["an empty key", [section("s", [{ key: "", value: "v" }])], /cannot represent the key "" in section s/],
    [
      "a key with surrounding spaces",
      [section("s", [{ key: " a", value: "v" }])],
      /cannot represent the key " a"/,
    ],
    [
      "a key with a newline",
      [section("s", [{ key: "a\nb", value: "v" }])],
      /cannot represent the key "a\\nb"/,
    ],
    ["the auto-increment key -", [section("s", [{ key: "-", value: "v" }])], /cannot represent the key "-"/],
    [
      "a value no quote style can carry",
      [section("s", [{ key: "k", value: '`"""\n"""` secret' }])],
      /cannot represent the value of key s\.k$/,
    ],
    ["an empty section name", [section("", [])], /cannot hold the section name ""/],
  ])("rejects %s", (_name, sections, message) => {
    const error = sopsErrorFrom(() => emit(sections));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toMatch(message);
  });

  test("emitEncrypted refuses a [sops] data section", () => {
    const error = sopsErrorFrom(() =>
      store.emitEncrypted([new TreeMap([section("sops", [])])], new TreeMap()),
    );
    expect(error.code).toBe("MALFORMED");
  });

  test("emitValue: scalars as text, a section's keys as INI lines, lists refused", () => {
    expect(text(store.emitValue("a b"))).toBe("a b");
    expect(text(store.emitValue(3n))).toBe("3");
    expect(
      text(
        store.emitValue(
          new TreeMap([
            { key: "k", value: "v" },
            { key: "long", value: "w" },
          ]),
        ),
      ),
    ).toBe("k    = v\nlong = w\n");
    expect(text(store.emitValue(new TreeMap([section("s", [{ key: "k", value: "v" }])])))).toBe(
      "[s]\nk = v\n",
    );
    expect(sopsErrorFrom(() => store.emitValue(["x"])).code).toBe("MALFORMED");
    expect(
      sopsErrorFrom(() => store.emitValue(new TreeMap([section("s", [{ key: "k", value: new TreeMap() }])])))
        .code,
    ).toBe("MALFORMED");
  });
});
