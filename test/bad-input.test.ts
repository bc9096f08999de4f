/**
 * Bad input of every kind the engine meets in the wild: damaged or hand-edited files, wrong or broken keys,
 * files it cannot handle. Each case checks the error code callers branch on, and that the message is one
 * line, points at what is wrong (field, key path, line) and never echoes a secret value or key material.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import { Encrypter, armor } from "age-encryption";
import YAML from "yaml";
import { parseIdentities, type AgeIdentity } from "../actions/lib/sops/age.js";
import { decrypt, encrypt } from "../actions/lib/sops/engine.js";
import { SopsError, type SopsErrorCode } from "../actions/lib/sops/errors.js";
import type { Format } from "../actions/lib/sops/formats.js";
import { rejectionOf } from "./support/errors.js";
import { expectedFor, readFixture } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";

const bytesOf = (text: string) => Buffer.from(text, "utf8");
const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

/** Every secret value in the files below contains this marker, so one check covers them all. */
const MARKER = "hunter2";

const PLAINTEXTS: Record<Format, string> = {
  yaml: `password: ${MARKER}-yaml\nnested:\n    token: ${MARKER}-yaml-token\n    port: 5432\n`,
  json: `{\n\t"password": "${MARKER}-json",\n\t"nested": {\n\t\t"token": "${MARKER}-json-token"\n\t}\n}\n`,
  dotenv: `PASSWORD=${MARKER}-dotenv\nTOKEN=${MARKER}-dotenv-token\n`,
  ini: `[db]\npassword = ${MARKER}-ini\ntoken = ${MARKER}-ini-token\n`,
  binary: `${MARKER}-binary`,
};

/** The name the first (encrypted) value of each base file has in messages. */
const FIRST_KEY: Record<Format, string> = {
  yaml: "password",
  json: "password",
  dotenv: "PASSWORD",
  ini: "password",
  binary: "data",
};

const STORES = Object.keys(PLAINTEXTS) as Format[];
type TextFormat = Exclude<Format, "binary">;
const TEXT_STORES: TextFormat[] = ["yaml", "json", "dotenv", "ini"];

const REAL = {
  yaml: { file: "humphd__sops-age/tests/data/secret.enc.yaml", key: "humphd__sops-age/key.txt" },
  json: { file: "humphd__sops-age/tests/data/secret.enc.json", key: "humphd__sops-age/key.txt" },
  dotenv: { file: "humphd__sops-age/tests/data/secret.enc.env", key: "humphd__sops-age/key.txt" },
  binary: {
    file: "fluxcd__kustomize-controller/internal/controller/testdata/sops/files/file.txt",
    key: "fluxcd__kustomize-controller/internal/controller/testdata/sops/keys/age.txt",
  },
} as const;

/** The PGP key of sops' own functional tests, the only master key of its `format.enc.*` files. */
const SOPS_TEST_PGP = "FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4";
const PGP_ONLY: Record<Format, { file: string; fingerprint: string }> = {
  yaml: { file: "getsops__sops/functional-tests/res/format.enc.yaml", fingerprint: SOPS_TEST_PGP },
  json: { file: "getsops__sops/functional-tests/res/format.enc.json", fingerprint: SOPS_TEST_PGP },
  dotenv: { file: "getsops__sops/functional-tests/res/format.enc.env", fingerprint: SOPS_TEST_PGP },
  ini: { file: "getsops__sops/functional-tests/res/format.enc.ini", fingerprint: SOPS_TEST_PGP },
  binary: {
    file: "jkroepke__helm-secrets/tests/assets/values/sops/secrets.trailing-newline.raw",
    fingerprint: "D6174A02027050E59C711075B430C4E58E2BBBA3",
  },
};

let alice: TestKey;
let bob: TestKey;
/** PLAINTEXTS encrypted to alice, as text. */
const base = {} as Record<Format, string>;

beforeAll(async () => {
  [alice, bob] = await Promise.all([newKey(), newKey()]);
  for (const format of STORES) {
    base[format] = textOf(
      await encrypt(bytesOf(PLAINTEXTS[format]), { format, ageGroups: [[alice.recipient]] }),
    );
  }
});

/** Secret strings no message may contain: the marker, the fixtures' plaintext values, key material. */
function forbiddenTexts(): string[] {
  const fixtureValues: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string" && value.length >= 8) fixtureValues.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const { file } of Object.values(REAL)) collect(expectedFor(file));
  // The secret keys' bodies, without the prefix (which the message check looks for separately).
  const keyBodies = [alice, bob].map((key) =>
    key.secret.slice("AGE-SECRET-KEY-1".length, "AGE-SECRET-KEY-1".length + 20),
  );
  return [MARKER, ...fixtureValues, ...keyBodies];
}

function expectReport(error: unknown, code: SopsErrorCode, names: ReadonlyArray<string | RegExp>): void {
  expect(error).toBeInstanceOf(SopsError);
  const { code: actual, message } = error as SopsError;
  expect({ code: actual, message }).toMatchObject({ code, message: expect.any(String) });
  expect(message).not.toMatch(/[\r\n]/);
  for (const name of names) expect(message).toMatch(name);
  // Key material never appears; the literal hint "AGE-SECRET-KEY-1..." (what a key looks like) may.
  expect(message).not.toMatch(/AGE-SECRET-KEY-(PQ-)?1[^.]/i);
  for (const secret of forbiddenTexts()) expect(message).not.toContain(secret);
}

interface Case {
  name: string;
  code: SopsErrorCode;
  /** What the message must name: the field, key path, line or keys at fault. */
  names: () => ReadonlyArray<string | RegExp>;
  run: () => Promise<unknown>;
}

const decryptText = (format: Format, text: string | Uint8Array, identities?: AgeIdentity[]) =>
  decrypt(typeof text === "string" ? bytesOf(text) : text, {
    format,
    identities: identities ?? [alice.identity],
  });

const encryptText = (format: Format, text: string | Uint8Array) =>
  encrypt(typeof text === "string" ? bytesOf(text) : text, { format, ageGroups: [[alice.recipient]] });

async function decryptReal(
  format: keyof typeof REAL,
  mutate: (bytes: Buffer) => Uint8Array,
): Promise<unknown> {
  const { file, key } = REAL[format];
  const identities = await parseIdentities(textOf(readFixture(key)), key);
  return decrypt(mutate(readFixture(file)), { format, identities });
}

// ---------------------------------------------------------------------------------------------------------
// Editing the `sops` metadata of an encrypted file, the same way for every store.

type Part = string | number;
type Edit = [path: Part[], value: string | undefined];

/** The flat-store key of a metadata path (`age__list_0__map_enc`). */
function flatKey(path: Part[]): string {
  return path
    .map((part, index) =>
      index === 0 ? part : typeof part === "number" ? `__list_${part}` : `__map_${part}`,
    )
    .join("");
}

function editTree(sops: Record<string, unknown>, [path, value]: Edit): void {
  let parent: Record<Part, unknown> = sops;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<Part, unknown>;
  const last = path[path.length - 1] as Part;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
}

function editFlat(format: "dotenv" | "ini", text: string, [path, value]: Edit): string {
  const key = (format === "dotenv" ? "sops_" : "") + flatKey(path);
  const lines = text.split("\n").filter((line) => line !== "");
  // Only the [sops] section (written last) is edited: a data section may hold a key of the same name.
  const metadataStart = format === "ini" ? lines.indexOf("[sops]") : 0;
  const kept = lines.filter((line, index) => {
    const name = line.slice(0, Math.max(line.indexOf("="), 0)).trim();
    return index < metadataStart || (name !== key && !name.startsWith(`${key}__`));
  });
  if (value !== undefined)
    kept.push(`${key}${format === "dotenv" ? "=" : " = "}${value.replaceAll("\n", "\\n")}`);
  return `${kept.join("\n")}\n`;
}

function editMetadata(format: Format, text: string, ...edits: Edit[]): string {
  if (format === "dotenv" || format === "ini")
    return edits.reduce((current, edit) => editFlat(format, current, edit), text);
  const document = (format === "yaml" ? YAML.parse(text) : JSON.parse(text)) as {
    sops: Record<string, unknown>;
  };
  for (const edit of edits) editTree(document.sops, edit);
  return format === "yaml"
    ? YAML.stringify(document, { lineWidth: 0 })
    : JSON.stringify(document, null, "\t");
}

/** Replace the first `ENC[...]` of the file (its first data value) with a damaged one. */
function damageFirstValue(text: string, damage: (fields: Record<string, string>) => string): string {
  return text.replace(
    /ENC\[AES256_GCM,data:([^,]*),iv:([^,]*),tag:([^,]*),type:([^\]]*)\]/,
    (_all, data: string, iv: string, tag: string, type: string) => damage({ data, iv, tag, type }),
  );
}

const enc = ({ data, iv, tag, type }: Record<string, string>) =>
  `ENC[AES256_GCM,data:${data},iv:${iv},tag:${tag},type:${type}]`;

async function armoredPayload(length: number, recipient: string): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return armor.encode(await encrypter.encrypt(new Uint8Array(length).fill(7)));
}

/** `text` with an invalid UTF-8 sequence inserted at `at`. */
const withBadBytes = (text: string, at: number) =>
  Buffer.concat([bytesOf(text.slice(0, at)), Buffer.from([0xc3, 0x28]), bytesOf(text.slice(at))]);

const lineOf = (text: string, at: number) => new RegExp(`line ${text.slice(0, at).split("\n").length}\\b`);

const forStores = <F extends Format>(stores: F[], make: (format: F) => Case): Case[] => stores.map(make);

// ---------------------------------------------------------------------------------------------------------

describe("damaged files", () => {
  const cases: Case[] = [
    ...(Object.keys(REAL) as Array<keyof typeof REAL>).map((format): Case => ({
      name: `${format}: a real sops file cut in half`,
      code: "MALFORMED",
      names: () => [
        format === "json" || format === "binary"
          ? /line \d+, column \d+/
          : /sops metadata: \S+ is missing|line \d+/,
      ],
      run: () => decryptReal(format, (bytes) => bytes.subarray(0, bytes.length >> 1)),
    })),
    {
      // No real age-encrypted INI file exists in the fixtures (the sops ones are PGP-only).
      name: "ini: an age-encrypted file cut in half",
      code: "MALFORMED",
      names: () => [/sops metadata: \S+ is missing|line \d+/],
      run: () => decryptText("ini", base.ini.slice(0, base.ini.length >> 1)),
    },
    ...forStores(["yaml", "dotenv", "ini"], (format) => ({
      name: `${format}: a file cut right before its metadata`,
      code: "NOT_SOPS_FILE",
      names: () => [/sops/],
      run: () => decryptText(format, base[format].slice(0, base[format].search(/^(sops:|sops_|\[sops\])/m))),
    })),
    // Invalid bytes somewhere in a long file are hard to find: the message must say on which line.
    ...forStores(TEXT_STORES, (format) => ({
      name: `${format}: plaintext that is not UTF-8`,
      code: "MALFORMED",
      names: () => [/UTF-8/, lineOf(PLAINTEXTS[format], 12)],
      run: () => encryptText(format, withBadBytes(PLAINTEXTS[format], 12)),
    })),
    ...forStores(STORES, (format) => ({
      name: `${format}: an encrypted file that is not UTF-8`,
      code: "MALFORMED",
      names: () => [/UTF-8/, lineOf(base[format], base[format].indexOf("\n", 3))],
      run: () => decryptText(format, withBadBytes(base[format], base[format].indexOf("\n", 3))),
    })),
  ];

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });
});

describe("syntax errors", () => {
  const rows: Array<{ name: string; format: Format; text: string; names: RegExp[] }> = [
    {
      name: "yaml: an unterminated quoted secret",
      format: "yaml",
      text: `a: 1\npassword: "${MARKER}-yaml\n`,
      names: [/line \d/],
    },
    {
      name: "yaml: tab indentation",
      format: "yaml",
      text: `a:\n\tpassword: ${MARKER}-yaml\n`,
      names: [/line 2/],
    },
    {
      name: "yaml: a mapping value where none is allowed",
      format: "yaml",
      text: `password: ${MARKER}: yaml\n`,
      names: [/line 1/],
    },
    {
      name: "yaml: an unclosed flow sequence",
      format: "yaml",
      text: `list: [${MARKER}, other\n`,
      names: [/line \d/],
    },
    {
      name: "yaml: an alias to an unknown anchor",
      format: "yaml",
      text: `a: *nowhere\n`,
      names: [/anchor|alias/i],
    },
    {
      name: "json: a trailing comma",
      format: "json",
      text: `{"password": "${MARKER}-json",}`,
      names: [/line 1, column \d+/],
    },
    {
      name: "json: an unquoted secret",
      format: "json",
      text: `{\n"password": ${MARKER}-json\n}`,
      names: [/line 2, column \d+/],
    },
    {
      name: "json: an unclosed object",
      format: "json",
      text: `{"password": "${MARKER}-json"`,
      names: [/line 1, column \d+/],
    },
    {
      name: "json: a raw control character in a string",
      format: "json",
      text: `{"password": "${MARKER}\u0001"}`,
      names: [/line 1, column \d+/],
    },
    {
      name: "json: a comment",
      format: "json",
      text: `{\n// ${MARKER}\n"a": 1}`,
      names: [/line 2, column 1/],
    },
    {
      name: "dotenv: a secret on a line without =",
      format: "dotenv",
      text: `A=1\n${MARKER}-dotenv\n`,
      names: [/line 2/],
    },
    {
      name: "ini: a section header without ]",
      format: "ini",
      text: `[db\npassword = ${MARKER}-ini\n`,
      names: [/line 1/],
    },
    {
      name: "ini: a secret on a line without =",
      format: "ini",
      text: `[db]\n${MARKER}-ini\n`,
      names: [/line 2/],
    },
  ];
  const cases = rows.flatMap(({ name, format, text, names }): Case[] => [
    {
      name: `${name} (plaintext, encrypt)`,
      code: "MALFORMED",
      names: () => names,
      run: () => encryptText(format, text),
    },
    {
      name: `${name} (decrypt)`,
      code: "MALFORMED",
      names: () => names,
      run: () => decryptText(format, text),
    },
  ]);

  cases.push(
    ...forStores(TEXT_STORES, (format) => ({
      name: `${format}: an encrypted file with a broken second line`,
      code: "MALFORMED",
      names: () => [/line 2/],
      run: () => {
        const broken = { yaml: '"unterminated', json: '"a" "b",', dotenv: "no equals", ini: "[unclosed" }[
          format
        ];
        const lines = base[format].split("\n");
        return decryptText(format, [lines[0], broken, ...lines.slice(1)].join("\n"));
      },
    })),
  );

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });
});

describe("the document structure", () => {
  const cases: Case[] = [
    {
      name: "yaml: a duplicate key (plaintext)",
      code: "MALFORMED",
      names: () => [/password/],
      run: () => encryptText("yaml", `password: ${MARKER}-1\npassword: ${MARKER}-2\n`),
    },
    {
      name: "json: a duplicate key (plaintext)",
      code: "MALFORMED",
      names: () => [/password/, /line 1, column \d+/],
      run: () => encryptText("json", `{"password": "${MARKER}-1", "password": "${MARKER}-2"}`),
    },
    {
      name: "yaml: a duplicate data key (encrypted)",
      code: "MALFORMED",
      names: () => [/password/],
      run: () => decryptText("yaml", base.yaml.replace(/^(password: .*\n)/m, "$1$1")),
    },
    {
      name: "json: a duplicate data key (encrypted)",
      code: "MALFORMED",
      names: () => [/password/, /line 3/],
      run: () => decryptText("json", base.json.replace(/^(\t"password": .*\n)/m, "$1$1")),
    },
    {
      name: "yaml: a duplicate metadata key",
      code: "MALFORMED",
      names: () => [/lastmodified/],
      run: () => decryptText("yaml", base.yaml.replace(/^( +lastmodified: .*\n)/m, "$1$1")),
    },
    {
      name: "json: a duplicate metadata key",
      code: "MALFORMED",
      names: () => [/lastmodified/],
      run: () => decryptText("json", base.json.replace(/^(\t+"lastmodified": .*\n)/m, "$1$1")),
    },
    {
      name: "yaml: a top-level list (plaintext)",
      code: "MALFORMED",
      names: () => [/top-level/],
      run: () => encryptText("yaml", `- ${MARKER}\n- b\n`),
    },
    {
      name: "json: a top-level list (plaintext)",
      code: "MALFORMED",
      names: () => [/top-level/],
      run: () => encryptText("json", `["${MARKER}"]`),
    },
    {
      name: "yaml: a top-level list (decrypt)",
      code: "MALFORMED",
      names: () => [/top-level/],
      run: () => decryptText("yaml", `- ${MARKER}\n- sops: {}\n`),
    },
    {
      name: "json: a top-level list (decrypt)",
      code: "MALFORMED",
      names: () => [/top-level/],
      run: () => decryptText("json", `[{"sops": {}}]`),
    },
    {
      name: "yaml: a top-level scalar (plaintext)",
      code: "MALFORMED",
      names: () => [/top-level/],
      run: () => encryptText("yaml", `${MARKER}\n`),
    },
    ...forStores(STORES, (format) => ({
      name: `${format}: a file without sops metadata`,
      code: "NOT_SOPS_FILE",
      names: () => [/sops/],
      run: () => decryptText(format, format === "binary" ? `{"data": "${MARKER}"}` : PLAINTEXTS[format]),
    })),
    {
      name: "yaml: a sops key that is not a mapping",
      code: "NOT_SOPS_FILE",
      names: () => [/sops/],
      run: () => decryptText("yaml", `password: ${MARKER}\nsops: 5\n`),
    },
    {
      name: "json: a sops key that is not an object",
      code: "NOT_SOPS_FILE",
      names: () => [/sops/],
      run: () => decryptText("json", `{"password": "${MARKER}", "sops": "x"}`),
    },
  ];

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });
});

describe("the sops metadata", () => {
  const metadataCase = (
    name: string,
    code: SopsErrorCode,
    names: () => Array<string | RegExp>,
    edits: () => Edit[],
  ) =>
    forStores(STORES, (format) => ({
      name: `${format}: ${name}`,
      code,
      names,
      run: () => decryptText(format, editMetadata(format, base[format], ...edits())),
    }));

  const cases: Case[] = [
    ...metadataCase(
      "no lastmodified",
      "MALFORMED",
      () => [/lastmodified/, /missing/],
      () => [[["lastmodified"], undefined]],
    ),
    ...metadataCase(
      "no keys at all",
      "MALFORMED",
      () => [/no keys/],
      () => [[["age"], undefined]],
    ),
    ...metadataCase(
      "age is not a list",
      "MALFORMED",
      () => [/\bage\b/, /list/],
      () => [[["age"], "not-a-list"]],
    ),
    ...metadataCase(
      "an age entry without enc",
      "MALFORMED",
      () => [/age\[0\]\.enc/],
      () => [[["age", 0, "enc"], undefined]],
    ),
    ...metadataCase(
      "lastmodified is not RFC 3339",
      "MALFORMED",
      () => [/lastmodified/, /RFC 3339/],
      () => [[["lastmodified"], "last tuesday"]],
    ),
    ...metadataCase(
      "shamir_threshold is not a number",
      "MALFORMED",
      () => [/shamir_threshold/],
      () => [[["shamir_threshold"], "abc"]],
    ),
    ...metadataCase(
      "mac_only_encrypted is not a boolean",
      "MALFORMED",
      () => [/mac_only_encrypted/],
      () => [[["mac_only_encrypted"], "perhaps"]],
    ),
    ...metadataCase(
      "two crypt rules",
      "MALFORMED",
      () => [/encrypted_regex/, /unencrypted_regex/],
      () => [
        [["encrypted_regex"], "^pass"],
        [["unencrypted_regex"], "^tok"],
      ],
    ),
    ...metadataCase(
      "no MAC",
      "MAC_MISMATCH",
      () => [/MAC/],
      () => [[["mac"], undefined]],
    ),
    ...metadataCase(
      "an age stanza that is not armored",
      "MALFORMED",
      () => [alice.recipient, /armored/],
      () => [[["age", 0, "enc"], "not armor"]],
    ),
    ...metadataCase(
      "an armored age stanza that is not an age file",
      "MALFORMED",
      () => [alice.recipient, /damaged/],
      () => [
        [
          ["age", 0, "enc"],
          "-----BEGIN AGE ENCRYPTED FILE-----\nbm9wZQ==\n-----END AGE ENCRYPTED FILE-----\n",
        ],
      ],
    ),
  ];

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });

  test.each(STORES)(
    "%s: an armored age payload of 16 bytes instead of a 32-byte data key",
    async (format) => {
      const armored = await armoredPayload(16, alice.recipient);
      const error = await rejectionOf(
        decryptText(format, editMetadata(format, base[format], [["age", 0, "enc"], armored])),
      );
      expectReport(error, "MALFORMED", [alice.recipient, /16 bytes/, /32/]);
    },
  );

  test("yaml: a 32-byte payload where a Shamir share of 33 bytes is expected", async () => {
    const file = textOf(
      await encrypt(bytesOf(PLAINTEXTS.yaml), {
        format: "yaml",
        ageGroups: [[alice.recipient], [bob.recipient]],
        shamirThreshold: 2,
      }),
    );
    const armored = await armoredPayload(32, alice.recipient);
    const edited = editMetadata("yaml", file, [["key_groups", 0, "age", 0, "enc"], armored]);
    const error = await rejectionOf(decryptText("yaml", edited, [alice.identity, bob.identity]));
    expectReport(error, "MALFORMED", [alice.recipient, /32 bytes/, /33/]);
  });
});

describe("ENC[] values", () => {
  const valueCase = (
    name: string,
    code: SopsErrorCode,
    extra: RegExp,
    damage: (fields: Record<string, string>) => string,
  ) =>
    forStores(STORES, (format) => ({
      name: `${format}: ${name}`,
      code,
      names: () => [FIRST_KEY[format], extra],
      run: () => decryptText(format, damageFirstValue(base[format], damage)),
    }));

  const cases: Case[] = [
    ...valueCase("data that is not base64", "MALFORMED", /base64 data/, (fields) =>
      enc({ ...fields, data: "@@not*base64" }),
    ),
    ...valueCase("an iv that is not base64", "MALFORMED", /base64 iv/, (fields) =>
      enc({ ...fields, iv: "!!" }),
    ),
    ...valueCase("a tag of the wrong length", "MALFORMED", /tag/, (fields) =>
      enc({ ...fields, tag: "AAAA" }),
    ),
    ...valueCase("another (valid) iv", "MAC_MISMATCH", /authentication/, (fields) =>
      enc({ ...fields, iv: Buffer.alloc(32, 1).toString("base64") }),
    ),
    ...valueCase("another (valid) tag", "MAC_MISMATCH", /authentication/, (fields) =>
      enc({ ...fields, tag: Buffer.alloc(16, 1).toString("base64") }),
    ),
    ...valueCase("an unknown type", "MALFORMED", /type/, (fields) => enc({ ...fields, type: "secretsauce" })),
    ...valueCase(
      "a value that is not ENC[AES256_GCM,...]",
      "MALFORMED",
      /ENC\[/,
      () => "ENC[AES256_GCM,garbage]",
    ),
  ];

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });
});

describe("key names in messages", () => {
  // A key name is not secret, but it is file content: a line break in it must not break the message into
  // lines (a CI log would start a new, possibly forged, line such as a workflow command).
  const cases: Case[] = [
    ...(
      [
        ["yaml", `"pass\\nword": ${MARKER}\n`],
        ["json", `{"pass\\nword": "${MARKER}"}`],
        ["dotenv", `PASS\rWORD=${MARKER}\n`],
      ] as Array<[Format, string]>
    ).map(([format, plaintext]): Case => ({
      name: `${format}: a damaged value under a key with a line break`,
      code: "MALFORMED",
      names: () => [/PASS|pass/, /WORD|word/, /base64 data/],
      run: async () => {
        const encrypted = textOf(await encryptText(format, plaintext));
        return decryptText(
          format,
          damageFirstValue(encrypted, (fields) => enc({ ...fields, data: "@@" })),
        );
      },
    })),
    {
      name: "yaml: a duplicate key with a line break",
      code: "MALFORMED",
      names: () => [/duplicate/, /pass/],
      run: () => encryptText("yaml", `"pass\\nword": ${MARKER}-1\n"pass\\nword": ${MARKER}-2\n`),
    },
    {
      name: "dotenv: a metadata key with a carriage return",
      code: "MALFORMED",
      names: () => [/age__list_0\b/],
      run: () =>
        decryptText(
          "dotenv",
          base.dotenv.replace("sops_age__list_0__map_enc=", "sops_age__list_0\r__map_enc="),
        ),
    },
  ];

  test.each(cases)("$name", async (item) => {
    expectReport(await rejectionOf(item.run()), item.code, item.names());
  });
});

describe("keys", () => {
  test.each(STORES)("%s: a wrong key names the file's recipients and the key given", async (format) => {
    const error = await rejectionOf(decryptText(format, base[format], [bob.identity]));
    expectReport(error, "NO_MATCHING_KEY", [alice.recipient, bob.recipient]);
  });

  test("a wrong key for a real file with three recipients names all of them", async () => {
    const { file } = REAL.yaml;
    const error = await rejectionOf(decryptText("yaml", readFixture(file), [bob.identity]));
    expectReport(error, "NO_MATCHING_KEY", [
      "age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr",
      "age19j4d6v9j7rx5fs629fu387qz4zmlpsqjexa4s08tkfrrmfdl5cwqjlaupd",
      "age13runq29jhy9kfpaegczrzttykerswh0qprq59msgd754yermtfmsa3hwg2",
      bob.recipient,
    ]);
  });

  test.each(STORES)("%s: a PGP-only file is UNSUPPORTED and names the PGP fingerprint", async (format) => {
    const { file, fingerprint } = PGP_ONLY[format];
    const error = await rejectionOf(decryptText(format, readFixture(file)));
    expectReport(error, "UNSUPPORTED", [fingerprint]);
  });

  const keyFileCases: Array<{
    name: string;
    text: () => string;
    code: SopsErrorCode;
    names: RegExp[];
    hidden: () => string[];
  }> = [
    { name: "an empty key file", text: () => "", code: "BAD_INPUT", names: [/keys\.txt/], hidden: () => [] },
    {
      name: "only comments and blank lines",
      text: () => "# created: today\n\n   \n",
      code: "BAD_INPUT",
      names: [/keys\.txt/],
      hidden: () => [],
    },
    {
      name: "a garbage line",
      text: () => `# my key\n\n${MARKER}-not-a-key\n${alice.secret}\n`,
      code: "BAD_INPUT",
      names: [/keys\.txt line 3/],
      hidden: () => [`${MARKER}-not-a-key`],
    },
    {
      name: "a key with a broken checksum",
      text: () => `${alice.secret.slice(0, -1)}${alice.secret.endsWith("Q") ? "P" : "Q"}\n`,
      code: "BAD_INPUT",
      names: [/keys\.txt line 1/],
      hidden: () => [alice.secret.slice(-30, -1)],
    },
    {
      name: "a lower-case key",
      text: () => `\n${alice.secret.toLowerCase()}\n`,
      code: "BAD_INPUT",
      names: [/keys\.txt line 2/],
      hidden: () => [alice.secret.slice(-30).toLowerCase()],
    },
    {
      name: "a good key followed by garbage on the same line",
      text: () => `${alice.secret} ${MARKER}\n`,
      code: "BAD_INPUT",
      names: [/keys\.txt line 1/],
      hidden: () => [],
    },
    {
      name: "a plugin identity",
      text: () => `${alice.secret}\nAGE-PLUGIN-YUBIKEY-1QQQQQQQQQQQQQQQQQQQQQQQQ\n`,
      code: "UNSUPPORTED",
      names: [/keys\.txt line 2/, /plugin/],
      hidden: () => ["QQQQQQQQQQQQQQQQ"],
    },
  ];

  test.each(keyFileCases)("key file: $name", async (item) => {
    const error = await rejectionOf(parseIdentities(item.text(), "keys.txt"));
    expectReport(error, item.code, item.names);
    for (const hidden of item.hidden()) expect((error as Error).message).not.toContain(hidden);
  });
});
