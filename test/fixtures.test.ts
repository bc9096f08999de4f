/**
 * Fidelity: every age-encrypted file written by the real sops binary decrypts to exactly what an
 * independent decryptor produced, with the MAC verified.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import { parseIdentities } from "../actions/lib/sops/age.js";
import { decrypt } from "../actions/lib/sops/engine.js";
import { detectEncryptedFormat } from "../actions/lib/sops/formats.js";
import { treeToPlain } from "../tools/plain.js";
import { expectedFor, fixturePath, fixtureRows, readFixture } from "./support/fixtures.js";

const ageRows = fixtureRows().filter((row) => row.table === "age");

async function decryptFixture(file: string, keyFile: string) {
  const identities = await parseIdentities(readFileSync(fixturePath(keyFile), "utf8"), keyFile);
  const bytes = readFixture(file);
  return decrypt(bytes, { format: detectEncryptedFormat(file, bytes), identities });
}

function plainDocument(branches: Awaited<ReturnType<typeof decryptFixture>>["branches"]) {
  const [first] = branches;
  return first ? treeToPlain(first) : undefined;
}

describe("real sops files encrypted to age", () => {
  test("the SOURCES.md table lists the age fixtures", () => {
    expect(ageRows.length).toBeGreaterThanOrEqual(30);
  });

  const verified = ageRows.filter((row) => row.check === "MAC OK");
  test.each(verified.map((row) => ({ name: row.file, row })))("$name decrypts exactly", async ({ row }) => {
    const expected = expectedFor(row.file);
    const decrypted = await decryptFixture(row.file, row.keyFile ?? "");
    if (expected === undefined) {
      // Only the post-quantum file has no expected tree; SOURCES.md gives its plaintext.
      expect(row.file).toMatch(/age-pq\.yaml$/);
      expect(plainDocument(decrypted.branches)).toMatchObject({ stringData: { key: "value" } });
      return;
    }
    expect(plainDocument(decrypted.branches)).toEqual(expected);
  });

  test("the post-quantum (ML-KEM-768 + X25519) file recovers the documented data key", async () => {
    const file = "fluxcd__kustomize-controller/internal/controller/testdata/sops/algorithms/age-pq.yaml";
    const decrypted = await decryptFixture(
      file,
      "fluxcd__kustomize-controller/internal/controller/testdata/sops/keys/age-pq.txt",
    );
    expect(Buffer.from(decrypted.dataKey).toString("hex")).toBe(
      "bf6be4009ce5de949f482d70825a646bfddf6da4b8a79ec8c07099ac53f25eed",
    );
  });

  test("the worked vector of the spec recovers its data key and typed values", async () => {
    const decrypted = await decryptFixture(
      "humphd__sops-age/tests/data/secret.enc.yaml",
      "humphd__sops-age/key.txt",
    );
    expect(Buffer.from(decrypted.dataKey).toString("hex")).toBe(
      "81d247290bee0b25484e76101e727f63fc984896953fe4888864f49db529e73a",
    );
    const [branch] = decrypted.branches;
    expect(branch?.get("int")).toBe(7n);
    expect(branch?.get("float")).toBe(3.14);
    expect(branch?.get("boolean")).toBe(true);
  });

  test("a wrong key is NO_MATCHING_KEY and names the file's recipients and the key given", async () => {
    const error = await decryptFixture(
      "humphd__sops-age/tests/data/secret.enc.yaml",
      "gibbz00__rops/KEY.age-key.txt",
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "NO_MATCHING_KEY" });
    const message = (error as Error).message;
    expect(message).toContain("age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr");
    expect(message).not.toMatch(/AGE-SECRET-KEY/);
  });
});
