/**
 * Property-based tests of the engine with fast-check: damaged real files and random input only ever
 * produce a SopsError (never another exception, never a hang), and random documents survive an
 * encrypt/decrypt round trip unchanged. A failure prints the seed and the shrunk counterexample.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { parseIdentities, type AgeIdentity } from "../actions/lib/sops/age.js";
import { decrypt, encrypt, type Decrypted } from "../actions/lib/sops/engine.js";
import { SopsError } from "../actions/lib/sops/errors.js";
import { createStore, type Format } from "../actions/lib/sops/formats.js";
import { canonicalBytes } from "../actions/lib/sops/goformat.js";
import { treeToPlain } from "../tools/plain.js";
import { FORMATS } from "../actions/lib/sops/stores/store.js";
import { TreeMap, type Scalar, type TreeValue } from "../actions/lib/sops/tree.js";
import { readFixture } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";

const bytesOf = (text: string) => Buffer.from(text, "utf8");
const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

/** The default run counts keep this file under 30 s on 2 cores; PROPERTY_RUNS_SCALE=10 fuzzes ten times longer. */
const runs = (count: number) => Math.round(count * Number(process.env.PROPERTY_RUNS_SCALE ?? 1));

/** A hang guard per property (fast-check's timeout), far above what any run takes even on a loaded machine. */
const HANG_MS = 60_000;

let key: TestKey;
beforeAll(async () => {
  key = await newKey();
});

/** Fails the property with a readable reason unless `error` is a SopsError with a one-line message. */
function expectSopsError(error: unknown): void {
  if (!(error instanceof SopsError)) {
    const description =
      error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
    throw new Error(`expected a SopsError, got ${description}`);
  }
  expect(error.message).not.toMatch(/[\r\n]/);
}

/** Runs `action` and returns its result, or undefined when it threw a SopsError; anything else fails. */
async function settle<T>(action: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    expectSopsError(error);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// (a) Real files, damaged.

type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "insert"; at: number; byte: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "duplicateLine"; line: number }
  | { kind: "deleteLine"; line: number };

/** Bytes that mean something to one of the grammars, so that insertions reach past the first syntax error. */
const SIGNIFICANT = [...Buffer.from(" \t\n\r:-{}[],\"'=#&*!|>\\~?%@`;"), 0x00, 0x7f, 0xc3, 0xff];

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicateLine" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("deleteLine" as const), line: fc.nat() }),
);

function mutate(bytes: Buffer, mutation: Mutation): Buffer {
  const size = Math.max(bytes.length, 1);
  switch (mutation.kind) {
    case "flip": {
      const copy = Buffer.from(bytes);
      if (copy.length > 0)
        copy[mutation.at % size] = (copy[mutation.at % size] as number) ^ (1 << mutation.bit);
      return copy;
    }
    case "insert": {
      const at = mutation.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([mutation.byte]), bytes.subarray(at)]);
    }
    case "delete": {
      const at = mutation.at % size;
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + mutation.length)]);
    }
    case "truncate":
      return bytes.subarray(0, mutation.at % size);
    case "duplicateLine":
    case "deleteLine": {
      const lines = textOf(bytes).split("\n");
      const index = mutation.line % lines.length;
      const replacement = mutation.kind === "duplicateLine" ? [lines[index] ?? "", lines[index] ?? ""] : [];
      lines.splice(index, 1, ...replacement);
      return bytesOf(lines.join("\n"));
    }
  }
}

const hex = (value: Exclude<Scalar, null>) => Buffer.from(canonicalBytes(value)).toString("hex");

/**
 * What a decryption proves authentic: every encrypted value at its key path (the AAD binds the path, list
 * indices excluded) and, unless mac_only_encrypted, the bytes of all values in order (the MAC is a hash of
 * their concatenation, so neither value boundaries, nulls nor key names of plaintext values are covered).
 */
function authenticated(decrypted: Decrypted) {
  const present = decrypted.leaves.filter((leaf) => leaf.value !== null);
  return {
    encrypted: present
      .filter((leaf) => leaf.encrypted)
      .map((leaf) => ({
        document: leaf.document,
        path: leaf.location.filter((part) => typeof part === "string"),
        value: hex(leaf.value as Exclude<Scalar, null>),
      })),
    all: decrypted.metadata.macOnlyEncrypted
      ? ""
      : present.map((leaf) => hex(leaf.value as Exclude<Scalar, null>)).join(""),
  };
}

const HUMPHD_KEY = "humphd__sops-age/key.txt";
const FLUX_KEY = "fluxcd__kustomize-controller/internal/controller/testdata/sops/keys/age.txt";
const MUTATED: Array<{ file: string; keyFile: string; format: Format }> = [
  { file: "humphd__sops-age/tests/data/secret.enc.yaml", keyFile: HUMPHD_KEY, format: "yaml" },
  { file: "humphd__sops-age/tests/data/secret.enc.json", keyFile: HUMPHD_KEY, format: "json" },
  { file: "humphd__sops-age/tests/data/secret.enc.env", keyFile: HUMPHD_KEY, format: "dotenv" },
  {
    file: "fluxcd__kustomize-controller/internal/controller/testdata/sops/files/file.txt",
    keyFile: FLUX_KEY,
    format: "binary",
  },
  // Plaintext values next to encrypted ones (encrypted_regex), and a MAC over encrypted values only.
  {
    file: "fluxcd__kustomize-controller/internal/controller/testdata/sops/algorithms/age.yaml",
    keyFile: FLUX_KEY,
    format: "yaml",
  },
  {
    file: "gibbz00__rops/crates/lib/tests/sops_references/age_mac_only_encrypted.yaml",
    keyFile: "gibbz00__rops/KEY.age-key.txt",
    format: "yaml",
  },
];

describe("damaged real files decrypt to the original or fail with a SopsError", () => {
  test.each(MUTATED)("$file", async ({ file, keyFile, format }) => {
    const identities = await parseIdentities(textOf(readFixture(keyFile)), keyFile);
    const original = readFixture(file);
    const expected = authenticated(await decrypt(original, { format, identities }));
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const damaged = mutations.reduce(mutate, original);
        const result = await settle(() => decrypt(damaged, { format, identities }));
        if (result) expect(authenticated(result)).toEqual(expected);
      }),
      { numRuns: runs(120), plugins: [fc.timeout(HANG_MS)] },
    );
  });

  test("ini (no real age-encrypted INI file exists): an encrypted file, damaged", async () => {
    const original = Buffer.from(
      await encrypt(bytesOf("[db]\npassword = s3cr3t\nport = 5432\n\n[api]\ntoken = abc\n"), {
        format: "ini",
        ageGroups: [[key.recipient]],
      }),
    );
    const identities = [key.identity];
    const expected = authenticated(await decrypt(original, { format: "ini", identities }));
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const result = await settle(() =>
          decrypt(mutations.reduce(mutate, original), { format: "ini", identities }),
        );
        if (result) expect(authenticated(result)).toEqual(expected);
      }),
      { numRuns: runs(120), plugins: [fc.timeout(HANG_MS)] },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// (b) Random input.

/** Fragments of each grammar: random strings of them get further into a parser than random bytes. */
const TOKENS: Record<Format, string[]> = {
  yaml: [
    "sops:",
    "\n",
    "  ",
    "    ",
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "!!binary ",
    "!!int ",
    "<<: ",
    "'",
    '"',
    "#",
    "|",
    ">-",
    "---\n",
    "...\n",
    "\t",
    "? ",
    "%YAML 1.2\n",
    "age:",
    "enc: ",
    "recipient: ",
    "lastmodified: ",
    "2024-01-01T00:00:00Z",
    "key",
    "1",
    "0x1F",
    ".inf",
    "~",
    "null",
    "true",
    "ENC[AES256_GCM,data:",
    ",iv:",
    ",tag:",
    ",type:str]",
  ],
  json: [
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    '"',
    '"sops"',
    '"data"',
    '"age"',
    '"enc"',
    '"lastmodified"',
    "1e999",
    "-",
    "0",
    ".5",
    "\\u",
    "d800",
    "\\",
    "true",
    "null",
    " ",
    "\n",
    "\uFEFF",
    "12345678901234567890",
  ],
  dotenv: [
    "sops_",
    "age__list_0__map_",
    "age__list_",
    "__map_",
    "__list_",
    "enc",
    "recipient",
    "lastmodified",
    "mac",
    "version",
    "shamir_threshold",
    "=",
    "\n",
    "\\n",
    "#",
    "A",
    "0",
    "-1",
    "2024-01-01T00:00:00Z",
    " ",
  ],
  ini: [
    "[",
    "]",
    "sops",
    "=",
    ":",
    "\n",
    '"""',
    '"',
    "'",
    ";",
    "#",
    " ",
    "\t",
    "key",
    "age__list_0__map_enc",
    "lastmodified",
    "\\",
    "`",
    "-",
    "DEFAULT",
  ],
  binary: [
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    '"',
    '"sops"',
    '"data"',
    '"age"',
    '"enc"',
    '"lastmodified"',
    "1",
    "true",
    "null",
    " ",
    "\n",
  ],
};

function inputsFor(format: Format): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: "binary", maxLength: 200 }).map(bytesOf),
    fc.string({ unit: fc.constantFrom(...TOKENS[format]), maxLength: 60 }).map(bytesOf),
  );
}

const METADATA_KEYS = [
  "age",
  "key_groups",
  "recipient",
  "enc",
  "lastmodified",
  "mac",
  "shamir_threshold",
  "version",
  "pgp",
  "fp",
  "kms",
  "arn",
  "encrypted_regex",
  "unencrypted_suffix",
  "mac_only_encrypted",
  "created_at",
];
const METADATA_TEXTS = [
  "",
  "x",
  "2024-01-01T00:00:00Z",
  "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
  "-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
  "true",
  "2",
  "-1",
  "abc",
  "ENC[AES256_GCM,data:AA==,iv:AA==,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]",
];

/** Metadata trees of the right vocabulary and any shape: every field may be missing, mistyped or nested. */
const metadataArbitrary: fc.Arbitrary<TreeMap> = fc.letrec<{ value: TreeValue; map: TreeMap }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<Scalar>(...METADATA_TEXTS, 0n, 3n, 1.5, true, null),
    fc.array(tie("value"), { maxLength: 3 }),
    tie("map"),
  ),
  map: fc
    .uniqueArray(fc.tuple(fc.constantFrom(...METADATA_KEYS), tie("value")), {
      selector: ([name]) => name,
      maxLength: 5,
    })
    .map((entries) => new TreeMap(entries.map(([name, value]) => ({ key: name, value })))),
})).map;

describe("random input only ever fails with a SopsError", () => {
  test.each([...FORMATS])("%s store: parsePlain and parseEncrypted", async (format) => {
    const store = createStore(format);
    await fc.assert(
      fc.asyncProperty(inputsFor(format), async (bytes) => {
        await settle(() => store.parsePlain(bytes));
        await settle(() => store.parseEncrypted(bytes));
      }),
      { numRuns: runs(400) },
    );
  });

  test.each([...FORMATS])("%s: decrypt", async (format) => {
    const identities: AgeIdentity[] = [key.identity];
    await fc.assert(
      fc.asyncProperty(inputsFor(format), async (bytes) => {
        await settle(() => decrypt(bytes, { format, identities }));
      }),
      { numRuns: runs(150), plugins: [fc.timeout(HANG_MS)] },
    );
  });

  test.each([...FORMATS])("%s: decrypt with random metadata trees", async (format) => {
    const store = createStore(format);
    const identities: AgeIdentity[] = [key.identity];
    const plaintext =
      format === "ini"
        ? "[s]\npassword = s3cr3t\n"
        : format === "dotenv"
          ? "PASSWORD=s3cr3t\n"
          : format === "json"
            ? '{"password": "s3cr3t"}'
            : "password: s3cr3t\n";
    const encrypted = await encrypt(bytesOf(plaintext), { format, ageGroups: [[key.recipient]] });
    const { branches } = store.parseEncrypted(encrypted);
    await fc.assert(
      fc.asyncProperty(metadataArbitrary, async (metadata) => {
        const bytes = await settle(() => store.emitEncrypted(branches, metadata));
        if (bytes) await settle(() => decrypt(bytes, { format, identities }));
      }),
      { numRuns: runs(150), plugins: [fc.timeout(HANG_MS)] },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// (c) Round trips.

/** Strings the emitters must quote or escape to read them back as the same string. */
const TRICKY_STRINGS = [
  "true",
  "False",
  "null",
  "~",
  "1",
  "-0",
  "0x1f",
  "0o17",
  "1e3",
  ".inf",
  ".NaN",
  "yes",
  "no",
  "on",
  "-",
  "? ",
  "'",
  '"',
  "#",
  " leading",
  "trailing ",
  "a: b",
  "- x",
  "",
  "\n",
  "\t",
  "\r\n",
  "\u2028",
  "\u0085",
  "\uFEFF",
  "+1",
  "1_000",
  "2001-12-14",
  "2001-12-14T21:59:43Z",
  "12:30:00",
  "<<",
  "=",
  "[",
  "{",
  "&a",
  "*a",
  "!tag",
  "%",
  "@",
  "`",
  "\\",
  "\u0000",
];

const stringArbitrary = fc.oneof(
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.constantFrom(...TRICKY_STRINGS),
);
const INT64 = 2n ** 63n;

/** Every scalar YAML and JSON hold; JSON has no NaN or infinities. */
const scalarArbitrary = (format: "yaml" | "json"): fc.Arbitrary<Scalar> =>
  fc.oneof(
    stringArbitrary,
    fc.bigInt({ min: -INT64, max: INT64 - 1n }),
    fc.double({ noNaN: format === "json", noDefaultInfinity: format === "json" }),
    fc.boolean(),
    fc.constant(null),
  );

/**
 * The document as the store reads it back. Both write a float64 the way Go does, without a decimal point
 * when it is integral and small enough: YAML with `strconv.FormatFloat(v, 'g', -1, 64)` (`5`, `-0`, but
 * `1e+06` from 10^6 on), JSON with `encoding/json` (`5`, up to 10^21). Such a number reads back as an int
 * when it fits int64, as with sops, whose stores type numbers by their text. Everything else keeps its type.
 */
function asReadBack(format: "yaml" | "json", value: TreeValue): TreeValue {
  if (value instanceof TreeMap) {
    return new TreeMap(
      value.entries().map((entry) => ({ key: entry.key, value: asReadBack(format, entry.value) })),
    );
  }
  if (Array.isArray(value)) return value.map((item) => asReadBack(format, item as TreeValue));
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    Math.abs(value) < (format === "json" ? 1e21 : 1e6)
  ) {
    // The int read back is the shortest decimal that identifies the float, as JavaScript prints it below 10^21.
    const integer = BigInt(String(value));
    if (integer >= -INT64 && integer < INT64) return integer;
  }
  return value;
}

const documentArbitrary = (format: "yaml" | "json"): fc.Arbitrary<TreeMap> =>
  fc
    .letrec<{ value: TreeValue; list: TreeValue[]; map: TreeMap }>((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalarArbitrary(format), tie("list"), tie("map")),
      list: fc.array(tie("value"), { maxLength: 4 }),
      map: fc
        .uniqueArray(fc.tuple(stringArbitrary, tie("value")), { selector: ([name]) => name, maxLength: 4 })
        .map((entries) => new TreeMap(entries.map(([name, value]) => ({ key: name, value })))),
    }))
    // A top-level `sops` key marks a file as encrypted already; encrypt refuses it by design.
    .map.filter((document) => document.get("sops") === undefined);

describe("encrypt then decrypt gives back the same document", () => {
  test.each([["yaml" as const], ["json" as const]])("%s: random trees", async (format) => {
    const store = createStore(format);
    await fc.assert(
      fc.asyncProperty(documentArbitrary(format), async (document) => {
        const plaintext = store.emitPlain([document]);
        const encrypted = await encrypt(plaintext, { format, ageGroups: [[key.recipient]] });
        const decrypted = await decrypt(encrypted, { format, identities: [key.identity] });
        const expected = asReadBack(format, document);
        expect(decrypted.branches.map(treeToPlain)).toEqual([treeToPlain(expected)]);
        // treeToPlain maps small ints and floats alike to numbers; the tree itself keeps the Go type.
        expect(decrypted.branches).toEqual([expected]);
      }),
      { numRuns: runs(80) },
    );
  });

  /*
   * sops' dotenv has no escape for a backslash: a value's newlines are written as the two characters `\n`
   * and every `\n` read is turned into a newline, so a value holding a literal backslash followed by `n`
   * reads back as a newline (getsops/sops#1271). Such values are left out. Keys follow the usual
   * environment-variable form; sops takes anything before the first `=` (no `=`, `#` or newline in keys).
   */
  test("dotenv: random keys and values", async () => {
    const entryArbitrary = fc.tuple(
      fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,15}$/),
      stringArbitrary.filter((value) => !value.includes("\\n")),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entryArbitrary, { selector: ([name]) => name, minLength: 1, maxLength: 6 }),
        async (entries) => {
          const plaintext = entries
            .map(([name, value]) => `${name}=${value.replaceAll("\n", "\\n")}\n`)
            .join("");
          const encrypted = await encrypt(bytesOf(plaintext), {
            format: "dotenv",
            ageGroups: [[key.recipient]],
          });
          const decrypted = await decrypt(encrypted, { format: "dotenv", identities: [key.identity] });
          const [branch] = decrypted.branches;
          expect(branch?.entries().map((entry) => [entry.key, entry.value])).toEqual(entries);
          expect(branch && treeToPlain(branch)).toEqual(Object.fromEntries(entries));
        },
      ),
      { numRuns: runs(80) },
    );
  });

  // Found by the properties above: kept as examples so the failure is obvious without a seed.
  test.each<[Format, string]>([
    ["yaml", "token: \uFEFFsecret\n"],
    ["json", '{"token": "\uFEFFsecret"}\n'],
    ["dotenv", "TOKEN=\uFEFFsecret\n"],
    ["ini", "[s]\ntoken = \uFEFFsecret\n"],
    ["binary", "\uFEFFsecret"],
  ])("%s: a value that starts with a byte order mark", async (format, plaintext) => {
    const encrypted = await encrypt(bytesOf(plaintext), { format, ageGroups: [[key.recipient]] });
    const decrypted = await decrypt(encrypted, { format, identities: [key.identity] });
    expect(decrypted.leaves.map((leaf) => leaf.value)).toEqual(["\uFEFFsecret"]);
  });
});
