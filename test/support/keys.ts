/** Throwaway age keys, drawn from the test file's seeded generator. */
import { bech32 } from "@scure/base";
import { identityToRecipient } from "age-encryption";
import { parseIdentities, type AgeIdentity } from "../../actions/lib/sops/age.js";
import { random } from "./random.js";

export interface TestKey {
  secret: string;
  recipient: string;
  identity: AgeIdentity;
}

/** An age identity as age-keygen writes one: 32 random bytes in upper-case bech32 (the PQ one's a seed). */
export function ageSecretKey(kind: "x25519" | "pq" = "x25519"): string {
  const prefix = kind === "pq" ? "age-secret-key-pq-" : "age-secret-key-";
  return bech32.encode(prefix, bech32.toWords(random.bytes(32)), false).toUpperCase();
}

export async function newKey(kind: "x25519" | "pq" = "x25519"): Promise<TestKey> {
  const secret = ageSecretKey(kind);
  const [identity] = await parseIdentities(secret, "test key");
  return { secret, recipient: await identityToRecipient(secret), identity: identity as AgeIdentity };
}
