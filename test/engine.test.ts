/**
 * The engine end to end: encrypt then decrypt for every store, key groups with Shamir thresholds,
 * set/unset and updatekeys keeping other ciphertexts byte-identical, and tampering detection.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import type { CreationRule } from "../actions/lib/sops/config.js";
import {
  decrypt,
  emitPlaintext,
  encrypt,
  isEncrypted,
  setValue,
  updateKeys,
} from "../actions/lib/sops/engine.js";
import type { Format } from "../actions/lib/sops/formats.js";
import { rejectionOf } from "./support/errors.js";
import { newKey, type TestKey } from "./support/keys.js";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const bytesOf = (value: string) => Buffer.from(value, "utf8");

const PLAINTEXTS: Record<Format, string> = {
  yaml: [
    "# database settings",
    "database:",
    "    url: postgres://user:pa%ss@db/juniper",
    "    port: 5432",
    "    ratio: 0.75",
    "    enabled: true",
    "api_keys:",
    "    - key-one",
    "    - key-two",
    "public_unencrypted: visible",
    'empty: ""',
    "nothing: null",
    "multi: |",
    "    line one",
    "    line two",
    "",
  ].join("\n"),
  json: '{\n\t"HF_TOKEN": "hf_abcdefghijklmnopqrstuvwxyz",\n\t"nested": {\n\t\t"n": 1234567890123456789,\n\t\t"f": 1.5,\n\t\t"list": [\n\t\t\t1,\n\t\t\t"two",\n\t\t\tnull\n\t\t]\n\t},\n\t"html": "\\u003ca \\u0026 b\\u003e"\n}\n',
  dotenv:
    "#comment\nANTHROPIC_API_KEY=sk-ant-secret\nSENTRY_SDK_DSN=https://abc@o1.ingest.sentry.io/2\nMULTI=a\\nb\nPLAIN_unencrypted=x\n",
  ini: "[database]\nuser     = admin\npassword = s3cr3t\n\n[api]\nkey = value with spaces\n",
  binary: "raw \u0000 bytes\nwithout a trailing newline",
};

let alice: TestKey;
let bob: TestKey;
let carol: TestKey;
let pq: TestKey;

beforeAll(async () => {
  [alice, bob, carol, pq] = await Promise.all([newKey(), newKey(), newKey(), newKey("pq")]);
});

describe("encrypt then decrypt", () => {
  test.each(Object.keys(PLAINTEXTS) as Format[])("%s round-trips to the same plaintext", async (format) => {
    const plaintext = bytesOf(PLAINTEXTS[format]);
    const encrypted = await encrypt(plaintext, { format, ageGroups: [[alice.recipient, pq.recipient]] });
    expect(text(encrypted)).not.toContain("s3cr3t");
    expect(text(encrypted)).not.toContain("sk-ant-secret");
    expect(isEncrypted(encrypted, { format })).toBe(true);
    for (const key of [alice, pq]) {
      const decrypted = await decrypt(encrypted, { format, identities: [key.identity] });
      expect(text(emitPlaintext(decrypted, format))).toBe(PLAINTEXTS[format]);
    }
  });

  test("unencrypted keys stay readable and values keep their types", async () => {
    const encrypted = text(
      await encrypt(bytesOf(PLAINTEXTS.yaml), { format: "yaml", ageGroups: [[alice.recipient]] }),
    );
    expect(encrypted).toContain("public_unencrypted: visible");
    expect(encrypted).toMatch(/port: ENC\[AES256_GCM,.*type:int\]/);
    expect(encrypted).toMatch(/ratio: ENC\[AES256_GCM,.*type:float\]/);
    expect(encrypted).toMatch(/enabled: ENC\[AES256_GCM,.*type:bool\]/);
    expect(encrypted).toMatch(/^#ENC\[AES256_GCM,.*type:comment\]$/m);
    expect(encrypted).toContain("unencrypted_suffix: _unencrypted");
    expect(encrypted).toMatch(/lastmodified: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
  });

  test("encrypted_regex selects what is encrypted and mac_only_encrypted lets plaintext change", async () => {
    const plaintext = bytesOf("kind: Secret\nstringData:\n    token: abc\n");
    const encrypted = text(
      await encrypt(plaintext, {
        format: "yaml",
        ageGroups: [[alice.recipient]],
        cryptRule: { name: "encrypted_regex", value: "(?i)^STRINGDATA$" },
        macOnlyEncrypted: true,
      }),
    );
    expect(encrypted).toContain("kind: Secret");
    expect(encrypted).not.toContain("abc");
    const edited = bytesOf(encrypted.replace("kind: Secret", "kind: ConfigMap"));
    const decrypted = await decrypt(edited, { format: "yaml", identities: [alice.identity] });
    expect(text(emitPlaintext(decrypted, "yaml"))).toBe("kind: ConfigMap\nstringData:\n    token: abc\n");
  });
});

describe("multi-document YAML", () => {
  test("every document is encrypted with its own sops block and decrypts; JSON output is an array", async () => {
    const plaintext = "a: one\n---\nb: two\n";
    const encrypted = await encrypt(bytesOf(plaintext), { format: "yaml", ageGroups: [[alice.recipient]] });
    expect(text(encrypted).match(/^sops:$/gm)).toHaveLength(2);
    const decrypted = await decrypt(encrypted, { format: "yaml", identities: [alice.identity] });
    expect(text(emitPlaintext(decrypted, "yaml"))).toBe(plaintext);
    expect(JSON.parse(text(emitPlaintext(decrypted, "json")))).toEqual([{ a: "one" }, { b: "two" }]);
  });
});

describe("key groups with a Shamir threshold", () => {
  test("2-of-3: any two keys decrypt, one does not", async () => {
    const encrypted = await encrypt(bytesOf("secret: value\n"), {
      format: "yaml",
      ageGroups: [[alice.recipient], [bob.recipient], [carol.recipient]],
      shamirThreshold: 2,
    });
    expect(text(encrypted)).toContain("key_groups:");
    expect(text(encrypted)).toContain("shamir_threshold: 2");
    for (const pair of [
      [alice, bob],
      [alice, carol],
      [bob, carol],
    ]) {
      const decrypted = await decrypt(encrypted, {
        format: "yaml",
        identities: pair.map((key) => key.identity),
      });
      expect(text(emitPlaintext(decrypted, "yaml"))).toBe("secret: value\n");
    }
    for (const single of [alice, bob, carol]) {
      const error = await rejectionOf(decrypt(encrypted, { format: "yaml", identities: [single.identity] }));
      expect(error).toMatchObject({
        code: "NO_MATCHING_KEY",
        message: expect.stringContaining("2 of 3 key groups needed, 1 opened"),
      });
    }
  });
});

describe("set, unset and updatekeys", () => {
  const lines = (bytes: Uint8Array) => text(bytes).split("\n");

  test("set changes one value and keeps every other ciphertext byte-identical", async () => {
    const original = await encrypt(bytesOf("a: one\nb: two\nc:\n    d: three\n"), {
      format: "yaml",
      ageGroups: [[alice.recipient]],
      now: new Date("2020-01-01T00:00:00Z"),
    });
    const updated = await setValue(original, {
      format: "yaml",
      identities: [alice.identity],
      path: ["b"],
      value: "changed",
    });
    const [before, after] = [lines(original), lines(updated)];
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after.slice(2, 4)).toEqual(before.slice(2, 4));
    expect(text(updated)).not.toContain("2020-01-01T00:00:00Z");
    const decrypted = await decrypt(updated, { format: "yaml", identities: [alice.identity] });
    expect(text(emitPlaintext(decrypted, "yaml"))).toBe("a: one\nb: changed\nc:\n    d: three\n");
  });

  test("set creates nested keys and unset removes one", async () => {
    const original = await encrypt(bytesOf("a: one\n"), { format: "yaml", ageGroups: [[alice.recipient]] });
    const added = await setValue(original, {
      format: "yaml",
      identities: [alice.identity],
      path: ["x", "z"],
      value: 5n,
    });
    const removed = await setValue(added, {
      format: "yaml",
      identities: [alice.identity],
      path: ["a"],
      value: undefined,
    });
    const decrypted = await decrypt(removed, { format: "yaml", identities: [alice.identity] });
    expect(text(emitPlaintext(decrypted, "yaml"))).toBe("x:\n    z: 5\n");
  });

  test("updatekeys re-wraps the same data key and leaves values, MAC and lastmodified untouched", async () => {
    const original = await encrypt(bytesOf(PLAINTEXTS.dotenv), {
      format: "dotenv",
      ageGroups: [[alice.recipient]],
    });
    const rule: CreationRule = {
      index: 0,
      pathRegex: undefined,
      ageGroups: [[bob.recipient, carol.recipient]],
      otherKeys: [],
      shamirThreshold: 0,
      cryptRule: undefined,
      macOnlyEncrypted: false,
    };
    const result = await updateKeys(original, { format: "dotenv", identities: [alice.identity], rule });
    expect(result).toMatchObject({
      changed: true,
      added: [bob.recipient, carol.recipient],
      removed: [alice.recipient],
    });
    const keep = (bytes: Uint8Array) => lines(bytes).filter((line) => !line.startsWith("sops_age"));
    expect(keep(result.bytes)).toEqual(keep(original));
    await expect(
      decrypt(result.bytes, { format: "dotenv", identities: [alice.identity] }),
    ).rejects.toMatchObject({ code: "NO_MATCHING_KEY" });
    const decrypted = await decrypt(result.bytes, { format: "dotenv", identities: [carol.identity] });
    expect(text(emitPlaintext(decrypted, "dotenv"))).toBe(PLAINTEXTS.dotenv);
    const again = await updateKeys(result.bytes, { format: "dotenv", identities: [carol.identity], rule });
    expect(again.changed).toBe(false);
  });
});

describe("tampering is detected", () => {
  let encrypted: string;
  beforeAll(async () => {
    encrypted = text(
      await encrypt(
        bytesOf("first: alpha\nsecond: beta\nnote_unencrypted: plain\nlist:\n    - x\n    - y\n"),
        { format: "yaml", ageGroups: [[alice.recipient]] },
      ),
    );
  });

  const valueOf = (key: string) => new RegExp(`^(\\s*${key}: )(.*)$`, "m").exec(encrypted)?.[2] ?? "";
  const attempt = (mutated: string) =>
    rejectionOf(decrypt(bytesOf(mutated), { format: "yaml", identities: [alice.identity] }));

  test.each([
    ["a value replaced by plaintext", () => encrypted.replace(valueOf("first"), "alpha"), "MALFORMED"],
    [
      "two ciphertexts swapped",
      () =>
        encrypted
          .replace(valueOf("first"), "@@")
          .replace(valueOf("second"), valueOf("first"))
          .replace("@@", valueOf("second")),
      "MAC_MISMATCH",
    ],
    [
      "list items reordered",
      () => encrypted.replace(/- (ENC\[[^\n]+)\n(\s+)- (ENC\[[^\n]+)/, "- $3\n$2- $1"),
      "MAC_MISMATCH",
    ],
    [
      "an unencrypted value changed",
      () => encrypted.replace("note_unencrypted: plain", "note_unencrypted: other"),
      "MAC_MISMATCH",
    ],
    [
      "lastmodified changed",
      () => encrypted.replace(/lastmodified: "[^"]+"/, 'lastmodified: "2001-01-01T00:00:00Z"'),
      "MAC_MISMATCH",
    ],
    ["the MAC removed", () => encrypted.replace(/^\s+mac: .*\n/m, ""), "MAC_MISMATCH"],
    ["a value removed", () => encrypted.replace(/^second: .*\n/m, ""), "MAC_MISMATCH"],
  ])("%s is rejected", async (_name, mutate, code) => {
    const mutated = mutate();
    expect(mutated).not.toBe(encrypted);
    expect(await attempt(mutated)).toMatchObject({ code });
  });

  test("ignoreMac decrypts a modified file but warns", async () => {
    const mutated = encrypted.replace("note_unencrypted: plain", "note_unencrypted: other");
    const decrypted = await decrypt(bytesOf(mutated), {
      format: "yaml",
      identities: [alice.identity],
      ignoreMac: true,
    });
    expect(decrypted.warnings.join(" ")).toMatch(/MAC verification skipped/);
  });
});
