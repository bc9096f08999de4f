/**
 * Interop with the reference age CLI (Debian's `age`): a data key wrapped by `age -a -r` opens with the
 * engine, and one wrapped by the engine opens with `age -d`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parseIdentities, wrapDataKey } from "../actions/lib/sops/age.js";
import { decrypt, emitPlaintext, encrypt } from "../actions/lib/sops/engine.js";
import { createStore } from "../actions/lib/sops/formats.js";
import { TreeMap } from "../actions/lib/sops/tree.js";
import { newKey, type TestKey } from "./support/keys.js";

let folder: string;
let ours: TestKey;
let theirs: { recipient: string; keyFile: string };

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "age-interop-"));
  ours = await newKey();
  const keyFile = path.join(folder, "keys.txt");
  execFileSync("age-keygen", ["-o", keyFile], { stdio: "ignore" });
  const recipient = execFileSync("age-keygen", ["-y", keyFile]).toString().trim();
  theirs = { recipient, keyFile };
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("the reference age CLI", () => {
  test("a data key wrapped by `age -a -r` opens with the engine", async () => {
    const plaintext = Buffer.from("TOKEN=from-the-cli\n");
    const encrypted = await encrypt(plaintext, { format: "dotenv", ageGroups: [[ours.recipient]] });
    const { dataKey } = await decrypt(encrypted, { format: "dotenv", identities: [ours.identity] });
    const armored = execFileSync("age", ["-a", "-r", theirs.recipient], { input: dataKey }).toString();
    expect(armored).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);

    const store = createStore("dotenv");
    const document = store.parseEncrypted(encrypted);
    const entry = new TreeMap([
      { key: "enc", value: armored },
      { key: "recipient", value: theirs.recipient },
    ]);
    const metadata = new TreeMap(
      document.metadata.items.map((item) =>
        "key" in item && item.key === "age" ? { key: "age", value: [entry] } : item,
      ),
    );
    const rewritten = store.emitEncrypted(document.branches, metadata);

    const identities = await parseIdentities(readFileSync(theirs.keyFile, "utf8"), "age-keygen key file");
    const decrypted = await decrypt(rewritten, { format: "dotenv", identities });
    expect(Buffer.from(decrypted.dataKey)).toEqual(Buffer.from(dataKey));
    expect(Buffer.from(emitPlaintext(decrypted, "dotenv")).toString()).toBe("TOKEN=from-the-cli\n");
  });

  test("a data key wrapped by the engine opens with `age -d`", async () => {
    const dataKey = new Uint8Array(32).map((_, index) => index * 7);
    const entry = await wrapDataKey(dataKey, theirs.recipient);
    const armoredFile = path.join(folder, "stanza.age");
    writeFileSync(armoredFile, entry.enc);
    const opened = execFileSync("age", ["-d", "-i", theirs.keyFile, armoredFile]);
    expect(new Uint8Array(opened)).toEqual(dataKey);
  });

  test("age-keygen key files (with their comment lines) parse as identities", async () => {
    const text = readFileSync(theirs.keyFile, "utf8");
    expect(text).toMatch(/^# created: /m);
    const identities = await parseIdentities(text, "keys.txt");
    expect(identities.map((identity) => identity.recipient)).toEqual([theirs.recipient]);
  });
});
