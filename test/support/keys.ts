/** Throwaway age keys generated per test run. */
import { generateHybridIdentity, generateX25519Identity, identityToRecipient } from "age-encryption";
import { parseIdentities, type AgeIdentity } from "../../actions/lib/sops/age.js";

export interface TestKey {
  secret: string;
  recipient: string;
  identity: AgeIdentity;
}

export async function newKey(kind: "x25519" | "pq" = "x25519"): Promise<TestKey> {
  const secret = kind === "pq" ? await generateHybridIdentity() : await generateX25519Identity();
  const [identity] = await parseIdentities(secret, "test key");
  return { secret, recipient: await identityToRecipient(secret), identity: identity as AgeIdentity };
}
