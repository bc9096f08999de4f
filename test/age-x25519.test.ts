/**
 * The node:crypto X25519 reader against age-encryption (the reference implementation in JS) and the
 * age CLI: same recipients, same payloads, and every kind of damage refused.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "@jest/globals";
import { Decrypter, Encrypter, armor, identityToRecipient } from "age-encryption";
import {
  decodeArmor,
  openWithX25519,
  parseX25519Identity,
  type X25519Identity,
} from "../actions/lib/sops/age-x25519.js";
import { thrownBy } from "./support/errors.js";
import { ageSecretKey } from "./support/keys.js";
import { random } from "./support/random.js";

function identity(): { secret: string; parsed: X25519Identity } {
  const secret = ageSecretKey();
  const parsed = parseX25519Identity(secret);
  if (!parsed) throw new Error("a generated identity did not parse");
  return { secret, parsed };
}

async function encryptTo(payload: Uint8Array, ...recipients: string[]): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(payload);
}

/** Replace one character of the text header, keeping the file otherwise intact. */
function editHeader(file: Uint8Array, edit: (header: string) => string): Uint8Array {
  const end = Buffer.from(file).indexOf("\n---") + 1;
  const lineEnd = Buffer.from(file).indexOf("\n", end) + 1;
  const header = Buffer.from(file.subarray(0, lineEnd)).toString("latin1");
  return Buffer.concat([Buffer.from(edit(header), "latin1"), file.subarray(lineEnd)]);
}

describe("X25519 identities", () => {
  test("recipients agree with age-encryption for random keys", async () => {
    for (let round = 0; round < 20; round++) {
      const { secret, parsed } = identity();
      expect(parsed.recipient).toBe(await identityToRecipient(secret));
    }
  });

  test.each([
    ["a PQ identity", "AGE-SECRET-KEY-PQ-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQSG6K2W"],
    ["a bad checksum", "AGE-SECRET-KEY-1QXRVEJH9S4NQU0FPD6V79ESZQ8S6PXH3L8V40EVPTHFH6KNKD4DQ7SKC4Q"],
    ["a recipient", "age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr"],
  ])("%s is not an X25519 identity", (_name, text) => {
    expect(parseX25519Identity(text)).toBeUndefined();
  });
});

describe("opening age files with node:crypto", () => {
  test("payloads from age-encryption open identically, whichever stanza is ours", async () => {
    const [alice, bob] = [identity(), identity()];
    for (const size of [32, 33, 1, 1000]) {
      const payload = random.bytes(size);
      const file = await encryptTo(payload, alice.parsed.recipient, bob.parsed.recipient);
      for (const who of [alice, bob]) {
        expect(openWithX25519(file, [who.parsed])).toEqual({ status: "opened", payload });
        const decrypter = new Decrypter();
        decrypter.addIdentity(who.secret);
        expect(Buffer.from(await decrypter.decrypt(file))).toEqual(payload);
      }
    }
  });

  test("a file from the age CLI opens", () => {
    const { parsed } = identity();
    const payload = random.bytes(32);
    const armored = execFileSync("age", ["-a", "-r", parsed.recipient], { input: payload }).toString();
    const file = decodeArmor(armored);
    expect(file).toBeDefined();
    expect(openWithX25519(file as Uint8Array, [parsed])).toEqual({ status: "opened", payload });
  });

  test("a wrong key is no match, not an error", async () => {
    const [alice, mallory] = [identity(), identity()];
    const file = await encryptTo(random.bytes(32), alice.parsed.recipient);
    expect(openWithX25519(file, [mallory.parsed])).toEqual({ status: "no-match" });
  });

  test("stanzas it does not know are left to age-encryption", async () => {
    const { parsed } = identity();
    const file = editHeader(await encryptTo(random.bytes(32), parsed.recipient), (header) =>
      header.replace("-> X25519 ", "-> other "),
    );
    expect(openWithX25519(file, [parsed])).toEqual({ status: "unhandled" });
  });

  test.each([
    [
      "a modified header MAC",
      (header: string) => header.replace(/--- (.)/, (_m, c: string) => `--- ${c === "A" ? "B" : "A"}`),
      /header MAC/,
    ],
    ["an added stanza", (header: string) => header.replace("\n---", "\n-> extra arg\n\n---"), /header MAC/],
  ])("%s is refused", async (_name, edit, message) => {
    const { parsed } = identity();
    const file = editHeader(await encryptTo(random.bytes(32), parsed.recipient), edit);
    expect(thrownBy(() => openWithX25519(file, [parsed]))).toMatchObject({
      code: "MALFORMED",
      message: expect.stringMatching(message),
    });
  });

  test("a modified payload is refused", async () => {
    const { parsed } = identity();
    const file = await encryptTo(random.bytes(32), parsed.recipient);
    file[file.length - 1] = (file.at(-1) ?? 0) ^ 1;
    expect(thrownBy(() => openWithX25519(file, [parsed]))).toMatchObject({
      code: "MALFORMED",
      message: expect.stringMatching(/payload/),
    });
  });

  test("a low-order (all-zero) ephemeral share is refused", async () => {
    const { parsed } = identity();
    const file = editHeader(await encryptTo(random.bytes(32), parsed.recipient), (header) =>
      header.replace(/-> X25519 \S+/, `-> X25519 ${Buffer.alloc(32).toString("base64").replace(/=+$/, "")}`),
    );
    expect(thrownBy(() => openWithX25519(file, [parsed]))).toMatchObject({
      code: "MALFORMED",
      message: expect.stringMatching(/low-order/),
    });
  });

  test("armor: canonical files decode, anything else does not", async () => {
    const { parsed } = identity();
    const file = await encryptTo(random.bytes(32), parsed.recipient);
    const armored = armor.encode(file);
    expect(decodeArmor(armored)).toEqual(file);
    expect(decodeArmor(armored.replace("\n", "\r\n"))).toEqual(file);
    expect(decodeArmor(armored.replace("-----BEGIN AGE", "-----BEGIN OTHER"))).toBeUndefined();
    expect(decodeArmor(armored.replace(/\n(.)/, "\n $1"))).toBeUndefined();
    expect(
      decodeArmor("-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----"),
    ).toBeUndefined();
  });
});
