import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { createDotenvStore } from "../actions/lib/sops/stores/dotenv.js";
import { Comment, SopsTime, TreeMap, type MapItem, type TreeValue } from "../actions/lib/sops/tree.js";
import { expectParsersFailCleanly, sopsErrorFrom } from "./support/errors.js";
import { FIXTURES_DIR } from "../tools/fixture-sources.mjs";

const FIXTURES = FIXTURES_DIR;
const store = createDotenvStore();
const utf8 = new TextEncoder();
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const fixture = (relative: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, relative)));

function plain(value: TreeValue): unknown {
  if (value instanceof TreeMap) {
    return Object.fromEntries(value.entries().map(({ key, value: child }) => [key, plain(child)]));
  }
  if (Array.isArray(value)) return value.map((item) => plain(item as TreeValue));
  return value;
}

const sortedLines = (bytes: Uint8Array): string[] => text(bytes).split("\n").sort();

const FLUX = "fluxcd__kustomize-controller/internal/controller/testdata/sops";

describe("dotenv fixtures written by sops", () => {
  // Each fixture: its data keys, its age/pgp recipients and version. All of them list their metadata
  // sorted (sops >= 3.8), so the round trip is byte-for-byte; sorted lines are compared first so that a
  // failure shows which line differs.
  test.each([
    {
      file: "getsops__sops/functional-tests/res/format.enc.env",
      keys: ["foo "],
      version: "3.13.1",
      recipients: { pgp: ["FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"] },
    },
    {
      file: "humphd__sops-age/tests/data/secret.enc.env",
      keys: ["secret", "another_secret"],
      version: "3.8.1",
      recipients: {
        age: [
          "age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr",
          "age19j4d6v9j7rx5fs629fu387qz4zmlpsqjexa4s08tkfrrmfdl5cwqjlaupd",
          "age13runq29jhy9kfpaegczrzttykerswh0qprq59msgd754yermtfmsa3hwg2",
        ],
      },
    },
    ...["envs", "component", "remote"].map((dir) => ({
      file: `${FLUX}/${dir}/env.env`,
      keys: ["key"],
      version: "3.9.0",
      recipients: { age: ["age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29"] },
    })),
  ])("$file", ({ file, keys, version, recipients }) => {
    const bytes = fixture(file);
    const { branches, metadata } = store.parseEncrypted(bytes);
    expect(branches).toHaveLength(1);
    expect(branches[0]?.entries().map((entry) => entry.key)).toEqual(keys);
    for (const entry of branches[0]?.entries() ?? [])
      expect(entry.value).toMatch(/^ENC\[AES256_GCM,data:.*,type:str\]$/);

    const meta = plain(metadata) as Record<string, unknown>;
    expect(meta.version).toBe(version);
    expect(meta.lastmodified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(meta.mac).toMatch(/^ENC\[AES256_GCM,/);
    expect(meta.unencrypted_suffix).toBe("_unencrypted");
    if ("age" in recipients) {
      const age = meta.age as Array<Record<string, string>>;
      expect(age.map((entry) => entry.recipient)).toEqual(recipients.age);
      for (const entry of age) {
        expect(entry.enc).toMatch(
          /^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+\n-----END AGE ENCRYPTED FILE-----\n$/,
        );
      }
    } else {
      const pgp = meta.pgp as Array<Record<string, string>>;
      expect(pgp.map((entry) => entry.fp)).toEqual(recipients.pgp);
      expect(pgp[0]?.enc).toMatch(/^-----BEGIN PGP MESSAGE-----\n\n[\s\S]+\n-----END PGP MESSAGE-----$/);
    }

    const written = store.emitEncrypted(branches, metadata);
    expect(sortedLines(written)).toEqual(sortedLines(bytes));
    expect(text(written)).toBe(text(bytes));
  });

  test('format.enc.env keeps the key "foo " with its trailing space', () => {
    const [branch] = store.parseEncrypted(
      fixture("getsops__sops/functional-tests/res/format.enc.env"),
    ).branches;
    expect(branch?.items).toHaveLength(1);
    expect((branch?.items[0] as { key: string }).key).toBe("foo ");
  });

  test("metadata in random order (sops 3.7) reads the same and is written sorted", () => {
    const bytes = fixture("humphd__sops-age/tests/data/secret.enc.env");
    const lines = text(bytes).split("\n");
    const shuffled = [...lines.slice(0, 2), ...lines.slice(2, -1).reverse(), ""].join("\n");
    const parsed = store.parseEncrypted(utf8.encode(shuffled));
    expect(plain(parsed.metadata)).toMatchObject(plain(store.parseEncrypted(bytes).metadata) as object);
    expect(sortedLines(store.emitEncrypted(parsed.branches, parsed.metadata))).toEqual(sortedLines(bytes));
  });
});

describe("dotenv parsing", () => {
  test.each<[string, string, MapItem[]]>([
    [
      "KEY=VALUE lines",
      "A=1\nB=two\n",
      [
        { key: "A", value: "1" },
        { key: "B", value: "two" },
      ],
    ],
    ["\\n escapes become newlines", "A=line1\\nline2\\n\n", [{ key: "A", value: "line1\nline2\n" }]],
    [
      "a trailing \\r stays in the value",
      "A=1\r\nB=2\r\n",
      [
        { key: "A", value: "1\r" },
        { key: "B", value: "2\r" },
      ],
    ],
    ["= inside a value", "URL=a=b=c\n", [{ key: "URL", value: "a=b=c" }]],
    [
      "no trimming or quote handling",
      ' A = "x" \nexport B=1\n',
      [
        { key: " A ", value: ' "x" ' },
        { key: "export B", value: "1" },
      ],
    ],
    [
      "empty lines are dropped",
      "\n\nA=1\n\n\nB=\n",
      [
        { key: "A", value: "1" },
        { key: "B", value: "" },
      ],
    ],
    ["no final newline", "A=1", [{ key: "A", value: "1" }]],
    ["an empty key", "=v\n", [{ key: "", value: "v" }]],
    [
      "# at line start is a comment",
      "#c1\n# c2\nA=1\n",
      [new Comment("c1"), new Comment(" c2"), { key: "A", value: "1" }],
    ],
    [
      "# elsewhere is data",
      " #x=1\nA=v#not-a-comment\n",
      [
        { key: " #x", value: "1" },
        { key: "A", value: "v#not-a-comment" },
      ],
    ],
    ["a byte order mark is part of the first key", "\uFEFFA=1\n", [{ key: "\uFEFFA", value: "1" }]],
    [
      "duplicate keys are kept, as sops does",
      "A=1\nA=2\n",
      [
        { key: "A", value: "1" },
        { key: "A", value: "2" },
      ],
    ],
  ])("%s", (_name, input, items) => {
    expect(store.parsePlain(utf8.encode(input))).toEqual([new TreeMap(items)]);
  });

  test("a line without = names its line number, not its content", () => {
    const error = sopsErrorFrom(() => store.parsePlain(utf8.encode("A=1\n\nsupersecretvalue\n")));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toContain("line 3");
    expect(error.message).not.toContain("supersecret");
  });

  test("invalid UTF-8 is MALFORMED", () => {
    const error = sopsErrorFrom(() => store.parsePlain(new Uint8Array([0x41, 0x3d, 0xc3, 0x28, 0x0a])));
    expect(error.code).toBe("MALFORMED");
  });

  test("an encrypted file needs sops_ keys", () => {
    const error = sopsErrorFrom(() => store.parseEncrypted(utf8.encode("A=ENC[x]\n")));
    expect(error.code).toBe("NOT_SOPS_FILE");
  });

  test("metadata values un-escape \\n and comments stay with the data", () => {
    const document = store.parseEncrypted(
      utf8.encode(
        "#top\nA=x\nsops_age__list_0__map_enc=L1\\nL2\\n\nsops_age__list_0__map_recipient=age1r\nsops_version=3.13.1\n",
      ),
    );
    expect(document.branches).toEqual([new TreeMap([new Comment("top"), { key: "A", value: "x" }])]);
    expect(plain(document.metadata)).toEqual({
      age: [{ enc: "L1\nL2\n", recipient: "age1r" }],
      version: "3.13.1",
    });
  });

  test("incomplete metadata lists are MALFORMED", () => {
    const error = sopsErrorFrom(() => store.parseEncrypted(utf8.encode("sops_age__list_1__map_enc=x\n")));
    expect(error.code).toBe("MALFORMED");
  });

  const garbage = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc
      .array(
        fc.constantFrom("sops_", "age", "__list_", "__map_", "1", "0", "=", "\\n", "\n", "#", " ", "x", "\r"),
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

describe("dotenv emission", () => {
  const emit = (items: MapItem[]): string => text(store.emitPlain([new TreeMap(items)]));

  test.each<[string, MapItem[], string]>([
    [
      "strings",
      [
        { key: "A", value: "1" },
        { key: "B", value: "" },
      ],
      "A=1\nB=\n",
    ],
    ["newlines as \\n", [{ key: "A", value: "l1\nl2\n" }], "A=l1\\nl2\\n\n"],
    ["\\r as is", [{ key: "A", value: "x\r" }], "A=x\r\n"],
    ["comments", [new Comment(" hello"), { key: "A", value: "1" }], "# hello\nA=1\n"],
    ["multi-line comments, one # per line", [new Comment("a\nb")], "#a\n#b\n"],
    [
      "non-strings via ValToString",
      [
        { key: "I", value: 42n },
        { key: "F", value: 1.5 },
        { key: "W", value: 3 },
        { key: "T", value: true },
        { key: "N", value: null },
        { key: "D", value: new SopsTime("2024-01-01T00:00:00Z") },
      ],
      "I=42\nF=1.5\nW=3.0\nT=true\nN=\nD=2024-01-01T00:00:00Z\n",
    ],
  ])("%s", (_name, items, expected) => {
    expect(emit(items)).toBe(expected);
  });

  test("parse(emit(tree)) gives the tree back for strings with newlines and = signs", () => {
    const items: MapItem[] = [
      new Comment(" c"),
      { key: "A", value: "x=y\nz" },
      { key: "B ", value: " spaced " },
    ];
    expect(store.parsePlain(store.emitPlain([new TreeMap(items)]))).toEqual([new TreeMap(items)]);
  });

  test.each<[string, MapItem[], RegExp]>([
    [
      "a nested map",
      [{ key: "A", value: new TreeMap([{ key: "b", value: "1" }]) }],
      /dotenv cannot hold nested values \(key A\)/,
    ],
    ["a list", [{ key: "L", value: ["x"] }], /dotenv cannot hold nested values \(key L\)/],
    ["a sops_ data key", [{ key: "sops_x", value: "1" }], /sops_x starts with "sops_"/],
    ["a key with =", [{ key: "a=b", value: "1" }], /cannot hold the key "a=b"/],
    ["a key starting with #", [{ key: "#a", value: "1" }], /cannot hold the key "#a"/],
  ])("rejects %s", (_name, items, message) => {
    const error = sopsErrorFrom(() => store.emitPlain([new TreeMap(items)]));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toMatch(message);
  });

  test("emitEncrypted rejects sops_ data keys and more than one document", () => {
    const metadata = new TreeMap([{ key: "version", value: "3.13.1" }]);
    expect(
      sopsErrorFrom(() => store.emitEncrypted([new TreeMap([{ key: "sops_v", value: "1" }])], metadata)).code,
    ).toBe("MALFORMED");
    expect(
      sopsErrorFrom(() => store.emitEncrypted([new TreeMap(), new TreeMap()], metadata)).message,
    ).toMatch(/exactly one document/);
  });

  test("emitEncrypted appends sorted, flattened, newline-escaped metadata", () => {
    const metadata = new TreeMap([
      { key: "version", value: "3.13.1" },
      {
        key: "age",
        value: [
          new TreeMap([
            { key: "recipient", value: "r" },
            { key: "enc", value: "a\nb\n" },
          ]),
        ],
      },
    ]);
    const written = store.emitEncrypted([new TreeMap([{ key: "A", value: "ENC[x]" }])], metadata);
    expect(text(written)).toBe(
      "A=ENC[x]\nsops_age__list_0__map_enc=a\\nb\\n\nsops_age__list_0__map_recipient=r\nsops_version=3.13.1\n",
    );
  });

  test("emitValue writes scalars as text and refuses trees", () => {
    expect(text(store.emitValue("a\nb"))).toBe("a\nb");
    expect(text(store.emitValue(7n))).toBe("7");
    expect(text(store.emitValue(false))).toBe("false");
    expect(store.emitValue(new Uint8Array([0xff]))).toEqual(new Uint8Array([0xff]));
    expect(sopsErrorFrom(() => store.emitValue(new TreeMap())).code).toBe("MALFORMED");
    expect(sopsErrorFrom(() => store.emitValue(["x"])).code).toBe("MALFORMED");
  });
});
