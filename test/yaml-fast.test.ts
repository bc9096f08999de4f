/**
 * The fast YAML reader (stores/yaml-fast.ts) against the exact one (the `yaml` library, stores/yaml.ts):
 * whatever the fast reader reads must be exactly what the exact reader reads, on the real sops-written
 * fixtures, on documents written by our emitter and on fuzzed text; everything else falls back. The
 * random cases draw from the file's seed (printed on failure; TEST_SEED replays it).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { decrypt, encrypt } from "../actions/lib/sops/engine.js";
import { SopsError } from "../actions/lib/sops/errors.js";
import { readPlainBlockYaml } from "../actions/lib/sops/stores/yaml-fast.js";
import { createYamlStore } from "../actions/lib/sops/stores/yaml.js";
import { SopsTime, TreeMap, type Scalar, type TreeValue } from "../actions/lib/sops/tree.js";
import { newKey } from "./support/keys.js";
import { FIXTURES_DIR, fixtureRows } from "../tools/fixture-sources.mjs";

const store = createYamlStore();
const bytesOf = (text: string) => new TextEncoder().encode(text);

type Exact = { documents: TreeMap[] } | { error: string };

/** The exact reader's result, or its error message. */
function exact(text: string): Exact {
  try {
    return { documents: store.parsePlain(bytesOf(text)) };
  } catch (error) {
    if (error instanceof SopsError) return { error: error.message };
    throw error;
  }
}

/** The fast reader may only read what the exact reader reads as one document, and must read it the same. */
function expectAgreement(text: string): TreeMap | undefined {
  const fast = readPlainBlockYaml(text);
  if (fast !== undefined) expect(exact(text)).toEqual({ documents: [fast] });
  return fast;
}

describe("the real sops-written YAML fixtures", () => {
  const files = readdirSync(FIXTURES_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();

  test.each(files)("%s", (file) => {
    expectAgreement(readFileSync(path.join(FIXTURES_DIR, file), "utf8").replace(/^\uFEFF/, ""));
  });

  test("encrypted files without comments or several documents take the fast path", () => {
    const encrypted = fixtureRows(FIXTURES_DIR)
      .filter((row) => row.format === "yaml")
      .map((row) => readFileSync(path.join(FIXTURES_DIR, row.file), "utf8"))
      .filter((text) => !text.includes("#") && !/^---/m.test(text));
    expect(encrypted.length).toBeGreaterThan(10);
    for (const text of encrypted) expect(readPlainBlockYaml(text)).toBeInstanceOf(TreeMap);
  });
});

/** Scalars of every type, and strings that look like other types, need quoting or span lines. */
const scalarArbitrary: fc.Arbitrary<Scalar> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_./+=-]{1,12}$/) },
  fc.constantFrom(
    "",
    "true",
    "yes",
    "~",
    "null",
    "1",
    "0x1F",
    "1_000",
    "1.5e3",
    ".inf",
    "12:30:45",
    "2024-01-01",
    "-x",
    "- x",
    "a: b",
    "a #b",
    "it's",
    'say "hi"',
    "two\nlines\n",
    "no final break\nhere",
    "kept\n\n",
    " leading",
    "trailing ",
    "tab\there",
    "back\\slash",
    "<<",
    "ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]",
  ),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(new SopsTime("2024-01-01T00:00:00Z"), new SopsTime("2024-05-06T07:08:09.5+02:00")),
);

const keyArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "a",
      "b",
      "api_key",
      "sops",
      "1",
      "true",
      "~",
      "2024-01-01",
      "app.kubernetes.io/name",
      ".dockerconfigjson",
      "-x",
      "a b",
      "a:b",
      "a[0]",
      "{x}",
      "it's",
      'say "x"',
      "<<",
      "?",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

const { tree: treeArbitrary } = fc.letrec<{ tree: TreeMap; value: TreeValue }>((tie) => ({
  tree: fc
    .uniqueArray(fc.tuple(keyArbitrary, tie("value")), { maxLength: 5, selector: ([key]) => key })
    .map((entries) => new TreeMap(entries.map(([key, value]) => ({ key, value })))),
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarArbitrary,
    tie("tree"),
    fc.array(tie("value"), { maxLength: 4 }),
  ),
}));

describe("documents written by our emitter", () => {
  test("read the same by both readers, at every indentation", () => {
    let fastReads = 0;
    fc.assert(
      fc.property(treeArbitrary, fc.constantFrom(2, 4, 6), (tree, indent) => {
        const text = new TextDecoder().decode(createYamlStore({ indent }).emitPlain([tree]));
        if (expectAgreement(text)) fastReads++;
      }),
      { numRuns: 400 },
    );
    // A good part of them (about a quarter) have nothing the fast reader leaves to the exact one.
    expect(fastReads).toBeGreaterThan(50);
  });

  test("an encrypted file as this engine writes it takes the fast path", async () => {
    const key = await newKey();
    const plain = "db:\n  password: s3cr3t\n  port: 5432\n  hosts:\n    - a.internal\n    - b.internal\n";
    const encrypted = await encrypt(bytesOf(plain), { format: "yaml", ageGroups: [[key.recipient]] });
    const text = new TextDecoder().decode(encrypted);
    expect(expectAgreement(text)).toBeInstanceOf(TreeMap);
  });
});

describe("fuzzed YAML", () => {
  const key = fc.constantFrom(
    "a",
    "b",
    "key",
    "1",
    "true",
    ".x",
    "a b",
    "a:b",
    "a[0]",
    '"q"',
    "'q''s'",
    "<<",
    "-x",
  );
  const separator = fc.constantFrom(": ", ": ", ": ", ": ", ":", ":", ":  ", ":x", " :");
  const value = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "",
        "x",
        "1",
        "-1",
        "0x1F",
        "1.5",
        ".inf",
        "yes",
        "~",
        "2024-01-01",
        "'s''q'",
        '"d"',
        "|",
        "|-",
        "|+",
        "[]",
        "{}",
        "ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]",
        "é",
        "?x",
        "a:b",
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "'a",
        '"e\\n"',
        "|2",
        ">",
        "[a]",
        "&a x",
        "*a",
        "!!int 3",
        "a: b",
        "a:",
        "a #c",
        "x ",
        "- y",
        "@x",
        "\tx",
        "x\r",
      ),
    },
  );
  /**
   * A line as deep as the one before, or shallower, or one level deeper after an entry that opens a
   * block (or now and then anyway): mostly well indented, with keys numbered apart now and then.
   */
  type Entry = readonly [key: string, separator: string, value: string];
  const line = fc.record({
    depth: fc.constantFrom(-2, -1, 0, 0, 0, 0, 1),
    dash: fc.constantFrom("", "", "", "", "", "- ", "- ", "-", "-  ", "- - "),
    entry: fc.oneof(
      { weight: 4, arbitrary: fc.tuple(key, separator, value).map((parts): Entry => parts) },
      { weight: 1, arbitrary: value.map((text): Entry => ["", "", text]) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom("", "  ", "# c", "---", "...", "%YAML 1.2", " text")
          .map((text): Entry => ["", "", text]),
      },
    ),
    numbered: fc.boolean(),
  });
  const documentArbitrary = fc
    .tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom(2, 4), fc.boolean())
    .map(([lines, step, finalBreak]) => {
      let depth = 0;
      let opens = false;
      const text = lines.map(({ depth: change, dash, entry: [key, separator, value], numbered }, index) => {
        depth = Math.max(0, depth + (opens ? 1 : change));
        opens = value === "" && separator.trim() === ":";
        return (
          " ".repeat(depth * step) + dash + key + (numbered && key ? String(index) : "") + separator + value
        );
      });
      return text.join("\n") + (finalBreak ? "\n" : "");
    });

  test("the fast reader reads nothing the exact reader reads otherwise or rejects", () => {
    let fastReads = 0;
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        if (expectAgreement(text)) fastReads++;
      }),
      { numRuns: 10_000 },
    );
    // Most fuzzed documents are not YAML at all; enough are in the subset (about one in 80) for the
    // comparison to mean something.
    expect(fastReads).toBeGreaterThan(50);
  });
});

describe("what the fast reader leaves to the exact one", () => {
  test.each([
    ["an empty document", ""],
    ["a comment", "a: 1 # one\n"],
    ["a comment line", "# top\na: 1\n"],
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a merge key", "base: {}\nc:\n  <<: {}\n"],
    ["a tag", "a: !!str 1\n"],
    ["a flow collection with content", "a: [1, 2]\n"],
    ["a folded block scalar", "a: >\n  text\n"],
    ["an indentation indicator", "a: |2\n   text\n"],
    ["an escape", 'a: "x\\ty"\n'],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["a document marker", "---\na: 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a tab", "a:\tx\n"],
    ["a carriage return", "a: 1\r\nb: 2\r\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a quoted key with an escape", '"a\\tb": 1\n'],
    ["a list at the top", "- a\n"],
    ["a scalar at the top", "text\n"],
    ["a compact nested sequence", "a:\n  - - x\n"],
    ["a block scalar at the end without a line break", "a: |\n  text"],
    ["a nested mapping on a value's line", "a: b: c\n"],
    ["a bad indentation", "a:\n    b: 1\n  c: 2\n"],
    [
      "nesting deeper than the fast reader's limit",
      Array.from({ length: 101 }, (_, depth) => `${" ".repeat(depth)}a:`).join("\n") +
        `\n${" ".repeat(101)}b: 1\n`,
    ],
  ])("%s", (_name, text) => {
    expect(readPlainBlockYaml(text)).toBeUndefined();
  });

  // JavaScript's trimStart() also removes these, which YAML reads as text, not as separating space.
  const unicodeSpaces = ["\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000"];
  test.each(
    unicodeSpaces.flatMap((space) => [
      `a: ${space}x\n`,
      `k:\n- a: ${space}x\n`,
      `a: ${space}|\n  x\n`,
      `a: ${space}[]\n`,
      `a: ${space}'x'\n`,
      `a: ${space}ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]\n`,
    ]),
  )("a value that starts with a Unicode space is read as the exact reader reads it: %j", (text) => {
    expectAgreement(text);
  });

  test("a value that starts with an ideographic space round-trips through encrypt and decrypt", async () => {
    const key = await newKey();
    const plain = "greeting_unencrypted: \u3000こんにちは\npassword: s3cr3t\n";
    const encrypted = await encrypt(bytesOf(plain), { format: "yaml", ageGroups: [[key.recipient]] });
    const result = await decrypt(encrypted, { format: "yaml", identities: [key.identity] });
    expect(store.emitPlain(result.branches)).toEqual(bytesOf(plain));
  });

  test("nesting up to the limit is read, and read as the exact reader reads it", () => {
    const text =
      Array.from({ length: 99 }, (_, depth) => `${" ".repeat(depth)}a:`).join("\n") +
      `\n${" ".repeat(99)}b: 1\n`;
    expect(expectAgreement(text)).toBeDefined();
  });

  test("errors are the exact reader's, through the store", () => {
    const encrypted = createYamlStore();
    for (const text of ["a: 1\na: 2\nsops:\n  version: 3.9.0\n", "a: b: c\nsops:\n  version: 3.9.0\n"]) {
      expect(() => encrypted.parseEncrypted(bytesOf(text))).toThrow((exact(text) as { error: string }).error);
    }
  });

  test("anchors, merge keys and comments in an encrypted file read as before", () => {
    const text =
      "base: &b\n  x: ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]\n" +
      "c:\n  <<: *b\n  y: 1 # note\nsops:\n  version: 3.9.0\n";
    const { branches } = store.parseEncrypted(bytesOf(text));
    const [plain] = store.parsePlain(bytesOf(text));
    expect(branches).toEqual([
      new TreeMap(plain?.items.filter((item) => !("key" in item) || item.key !== "sops")),
    ]);
  });
});
