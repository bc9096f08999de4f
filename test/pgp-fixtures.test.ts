/**
 * The PGP-encrypted fixtures cover what no age fixture has: INI files in both metadata styles,
 * encrypted YAML comments, plaintext comments from old sops, and a file without a MAC. The engine only
 * does age, so gpg (the reference OpenPGP implementation, with the fixtures' public test keys) recovers
 * the data key and the engine does everything else.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { decrypt, emitPlaintext } from "../actions/lib/sops/engine.js";
import { createStore, detectEncryptedFormat } from "../actions/lib/sops/formats.js";
import { readMetadata } from "../actions/lib/sops/metadata.js";
import { treeToPlain } from "../tools/plain.js";
import { rejectionOf } from "./support/errors.js";
import { fixturePath, fixtureRows, readFixture } from "./support/fixtures.js";

let gnupgHome: string;

beforeAll(() => {
  gnupgHome = mkdtempSync(path.join(tmpdir(), "sops-gpg-"));
  for (const key of [
    "getsops__sops/pgp/sops_functional_tests_key.asc",
    "jkroepke__helm-secrets/tests/assets/gpg/private.gpg",
  ]) {
    execFileSync("gpg", ["--batch", "--quiet", "--import", fixturePath(key)], {
      env: { ...process.env, GNUPGHOME: gnupgHome },
      stdio: "ignore",
    });
  }
});

afterAll(() => {
  execFileSync("gpgconf", ["--kill", "all"], {
    env: { ...process.env, GNUPGHOME: gnupgHome },
    stdio: "ignore",
  });
  rmSync(gnupgHome, { recursive: true, force: true });
});

function pgpDataKey(file: string): Uint8Array {
  const bytes = readFixture(file);
  const document = createStore(detectEncryptedFormat(file, bytes)).parseEncrypted(bytes);
  const [pgp] = readMetadata(document.metadata).keyGroups.flatMap((group) =>
    group.others.filter((key) => key.type === "pgp"),
  );
  const enc = pgp?.entry.get("enc");
  if (typeof enc !== "string") throw new Error(`${file} has no PGP key entry`);
  return new Uint8Array(
    execFileSync("gpg", ["--batch", "--quiet", "--decrypt"], {
      input: enc,
      env: { ...process.env, GNUPGHOME: gnupgHome },
    }),
  );
}

async function decryptWithGpg(file: string) {
  const bytes = readFixture(file);
  const format = detectEncryptedFormat(file, bytes);
  return { format, decrypted: await decrypt(bytes, { format, identities: [], dataKey: pgpDataKey(file) }) };
}

const RES = "getsops__sops/functional-tests/res";

describe("PGP fixtures decrypted with a data key recovered by gpg", () => {
  const verified = fixtureRows().filter((row) => row.table === "pgp" && row.check === "MAC OK");

  test.each(verified.map((row) => ({ name: row.file, file: row.file })))(
    "$name verifies its MAC",
    async ({ file }) => {
      const { decrypted } = await decryptWithGpg(file);
      expect(decrypted.leaves.length).toBeGreaterThan(0);
    },
  );

  test.each([
    [`${RES}/format.enc.yaml`, "foo: bar\n"],
    [`${RES}/format.enc.json`, '{\n\t"foo": "bar"\n}\n'],
    [`${RES}/format.enc.env`, "foo = bar\n"],
    [`${RES}/format.enc.ini`, "[foo]\nbar = baz\n"],
    [`${RES}/format-2.enc.ini`, "[foo]\nbar = baz\n"],
  ])("%s prints what sops decrypt prints", async (file, expected) => {
    const { format, decrypted } = await decryptWithGpg(file);
    expect(Buffer.from(emitPlaintext(decrypted, format)).toString()).toBe(expected);
  });

  test.each([`${RES}/comments.enc.yaml`, `${RES}/comments_unencrypted_comments.yaml`])(
    "%s decrypts its comments back to comments.yaml",
    async (file) => {
      const { decrypted } = await decryptWithGpg(file);
      // The fixture has no final newline; sops' YAML output always ends with one.
      const expected = `${readFixture(`${RES}/comments.yaml`).toString()}\n`;
      expect(Buffer.from(emitPlaintext(decrypted, "yaml")).toString()).toBe(expected);
    },
  );

  test("some-secrets.yaml (encrypted_regex ^.+$) matches its decrypted twin", async () => {
    const { decrypted } = await decryptWithGpg(
      "jkroepke__helm-secrets/tests/assets/values/sops/some-secrets.yaml",
    );
    const twin = createStore("yaml").parsePlain(
      readFixture("jkroepke__helm-secrets/tests/assets/values/sops/some-secrets.dec.yaml"),
    );
    expect(treeToPlain(decrypted.branches[0] ?? null)).toEqual(treeToPlain(twin[0] ?? null));
  });

  test("the binary file decrypts to its raw twin byte for byte", async () => {
    const { decrypted } = await decryptWithGpg(
      "jkroepke__helm-secrets/tests/assets/values/sops/secrets.trailing-newline.raw",
    );
    expect(Buffer.from(emitPlaintext(decrypted, "binary"))).toEqual(
      readFixture("jkroepke__helm-secrets/tests/assets/values/sops/secrets.trailing-newline.dec.raw"),
    );
  });

  test("the negative fixture without a MAC is rejected as MAC_MISMATCH", async () => {
    const error = await rejectionOf(decryptWithGpg(`${RES}/no_mac.yaml`));
    expect(error).toMatchObject({ code: "MAC_MISMATCH", message: expect.stringContaining("no MAC") });
  });

  test("without a data key, a PGP-only file is UNSUPPORTED and lists its master keys", async () => {
    const bytes = readFixture(`${RES}/format.enc.yaml`);
    const error = await rejectionOf(decrypt(bytes, { format: "yaml", identities: [] }));
    expect(error).toMatchObject({
      code: "UNSUPPORTED",
      message: expect.stringContaining("pgp:FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"),
    });
  });
});
