/**
 * GitHub's encryption for Actions secrets: a libsodium sealed box (X25519 + XSalsa20-Poly1305, an
 * ephemeral key per message) to the repository's public key, both base64. libsodium does the crypto,
 * loaded only when a secret is stored (it is half the CLI's size).
 */

/** `value` sealed to `publicKey` (base64, as GET .../actions/secrets/public-key gives it), as base64. */
export async function sealForGitHub(value: string, publicKey: string): Promise<string> {
  const { default: sodium } = await import("libsodium-wrappers");
  await sodium.ready;
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
