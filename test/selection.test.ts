/**
 * Which leaves are encrypted, rule by rule, including the comment-regex rules that no public fixture
 * covers: encrypted with our engine and checked leaf by leaf.
 */
import { describe, expect, test } from "@jest/globals";
import { encrypt, decrypt, emitPlaintext } from "../actions/lib/sops/engine.js";
import type { CryptRule } from "../actions/lib/sops/metadata.js";
import { selectorFor } from "../actions/lib/sops/selection.js";
import { newKey } from "./support/keys.js";

describe("selection rules per path component", () => {
  test.each<[CryptRule, string[], boolean]>([
    [{ name: "unencrypted_suffix", value: "_unencrypted" }, ["db", "password"], true],
    [{ name: "unencrypted_suffix", value: "_unencrypted" }, ["db_unencrypted", "password"], false],
    [{ name: "encrypted_suffix", value: "_secret" }, ["db_secret", "user"], true],
    [{ name: "encrypted_suffix", value: "_secret" }, ["db", "user"], false],
    [{ name: "unencrypted_regex", value: "^public" }, ["publicKey"], false],
    [{ name: "unencrypted_regex", value: "^public" }, ["apiKey"], true],
    [{ name: "encrypted_regex", value: "(?i)^(data|stringdata)$" }, ["stringData", "token"], true],
    [{ name: "encrypted_regex", value: "(?i)^(data|stringdata)$" }, ["metadata", "name"], false],
  ])("%j on %j → %s", (rule, path, expected) => {
    expect(selectorFor(rule)(path, [], false)).toBe(expected);
  });

  test.each<[CryptRule, string[][], boolean, boolean]>([
    [{ name: "encrypted_comment_regex", value: "sops:enc" }, [["sops:enc"]], false, true],
    [{ name: "encrypted_comment_regex", value: "sops:enc" }, [["sops:enc"]], true, false],
    [{ name: "encrypted_comment_regex", value: "sops:enc" }, [["sops:enc", "other"]], true, true],
    [{ name: "encrypted_comment_regex", value: "sops:enc" }, [[]], false, false],
    [{ name: "unencrypted_comment_regex", value: "sops:noenc" }, [["sops:noenc"]], false, false],
    [{ name: "unencrypted_comment_regex", value: "sops:noenc" }, [["sops:noenc"]], true, false],
    [{ name: "unencrypted_comment_regex", value: "sops:noenc" }, [["x"]], false, true],
  ])("%j with comments %j (comment leaf: %s) → %s", (rule, comments, isComment, expected) => {
    expect(selectorFor(rule)(["key"], comments, isComment)).toBe(expected);
  });
});

describe("comment regexes through encrypt and decrypt", () => {
  const plaintext = "# sops:enc\npassword: hunter2\nuser: admin\n# sops:enc\n# second marker\ntoken: abc\n";

  test("encrypted_comment_regex encrypts only the value after a marker comment, never the marker itself", async () => {
    const key = await newKey();
    const encrypted = Buffer.from(
      await encrypt(Buffer.from(plaintext), {
        format: "yaml",
        ageGroups: [[key.recipient]],
        cryptRule: { name: "encrypted_comment_regex", value: "sops:enc" },
      }),
    ).toString();
    const lines = encrypted.split("\n");
    expect(lines[0]).toBe("# sops:enc");
    expect(lines[1]).toMatch(/^password: ENC\[/);
    expect(lines[2]).toBe("user: admin");
    expect(lines[3]).toBe("# sops:enc");
    expect(lines[4]).toMatch(/^#ENC\[.*type:comment\]$/);
    expect(lines[5]).toMatch(/^token: ENC\[/);
    const decrypted = await decrypt(Buffer.from(encrypted), { format: "yaml", identities: [key.identity] });
    expect(Buffer.from(emitPlaintext(decrypted, "yaml")).toString()).toBe(plaintext);
  });
});
