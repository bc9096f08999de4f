import { describe, expect, test } from "@jest/globals";
import { thrownBy } from "./support/errors.js";
import { decryptValue, encryptValue } from "../actions/lib/sops/cipher.js";
import { Comment, SopsTime } from "../actions/lib/sops/tree.js";

const KEY = Buffer.from("81d247290bee0b25484e76101e727f63fc984896953fe4888864f49db529e73a", "hex");
// From the spec's worked vector (humphd secret.enc.yaml, key path "secret:").
const VECTOR =
  "ENC[AES256_GCM,data:ME9a8+qqBCwXn0eqF010rw==,iv:uhdG6vcUoywenIi6EDaXDvyhWb/2Lv6kL4MiLdLb/kU=,tag:llVdEID432oMefr5T2tl2g==,type:str]";

describe("the ENC[AES256_GCM,...] value cipher", () => {
  test.each([
    ["str", "a secret"],
    ["unicode str", "pässwörd ✓"],
    ["multi-line str", "line1\nline2\n"],
    ["int", 42n],
    ["negative int", -7n],
    ["float", 3.5],
    ["bool", true],
    ["time", new SopsTime("2024-01-01T00:00:00Z")],
    ["non-UTF-8 bytes", Uint8Array.of(0xff, 0xfe, 0x00)],
  ])("%s round-trips with its type", (_name, value) => {
    const encrypted = encryptValue(value, KEY, "a:b:");
    expect(encrypted).toMatch(
      /^ENC\[AES256_GCM,data:[^,]+,iv:[A-Za-z0-9+/]{43}=,tag:[A-Za-z0-9+/]{22}==,type:(str|int|float|bool|time)\]$/,
    );
    expect(decryptValue(encrypted, KEY, "a:b:", "x")).toEqual(value);
  });

  test("comments are encrypted with type:comment", () => {
    const encrypted = encryptValue(new Comment(" note"), KEY, ":");
    expect(encrypted).toContain("type:comment]");
    expect(decryptValue(encrypted, KEY, ":", "x")).toEqual(new Comment(" note"));
  });

  test("empty strings stay unencrypted", () => {
    expect(encryptValue("", KEY, "a:")).toBe("");
    expect(decryptValue("", KEY, "a:", "x")).toBe("");
  });

  test("a real sops ciphertext decrypts", () => {
    expect(decryptValue(VECTOR, KEY, "secret:", "secret")).toBe("this is a secret");
  });

  test("a value moved to another key path fails authentication", () => {
    expect(thrownBy(() => decryptValue(VECTOR, KEY, "string:", "string"))).toMatchObject({
      code: "MAC_MISMATCH",
    });
  });

  test.each([
    ["not ENC", "plain"],
    [
      "bad base64 data",
      "ENC[AES256_GCM,data:@@@,iv:uhdG6vcUoywenIi6EDaXDvyhWb/2Lv6kL4MiLdLb/kU=,tag:Sd1zNwZPj8b82wzJ4vXQHA==,type:str]",
    ],
    [
      "short tag",
      "ENC[AES256_GCM,data:ME9a8+qqBCwXn0eqF010rw==,iv:uhdG6vcUoywenIi6EDaXDvyhWb/2Lv6kL4MiLdLb/kU=,tag:Sd1z,type:str]",
    ],
    ["empty iv", "ENC[AES256_GCM,data:ME9a8+qqBCwXn0eqF010rw==,iv:,tag:Sd1zNwZPj8b82wzJ4vXQHA==,type:str]"],
  ])("%s is MALFORMED", (_name, text) => {
    expect(thrownBy(() => decryptValue(text, KEY, "secret:", "secret"))).toMatchObject({ code: "MALFORMED" });
  });

  test("an unknown type is MALFORMED and says so", () => {
    const encrypted = encryptValue("x", KEY, "k:").replace("type:str", "type:matrix");
    expect(() => decryptValue(encrypted, KEY, "k:", "k")).toThrow(/unknown ENC\[\] value type "matrix"/);
  });

  test("errors never contain the plaintext", () => {
    const encrypted = encryptValue("hunter2-secret", KEY, "k:").replace("type:str", "type:int");
    expect((thrownBy(() => decryptValue(encrypted, KEY, "k:", "k")) as Error).message).not.toContain(
      "hunter2",
    );
  });
});
