/**
 * age master keys: parsing identities (key files, SOPS_AGE_KEY), unwrapping the data key from a file's
 * age stanzas (combining Shamir shares across key groups), and wrapping a data key for recipients.
 * X25519 data keys are opened with node:crypto (age-x25519.ts); age-encryption does everything else
 * and is loaded only when needed. Failures never echo key material.
 */
import { inspect } from "node:util";
import { decodeArmor, openWithX25519, parseX25519Identity, type X25519Identity } from "./age-x25519.js";
import { DATA_KEY_BYTES } from "./cipher.js";
import { SopsError, badInput, malformed } from "./errors.js";
import { printable } from "../errors.js";
import { describeMasterKeys, type AgeKeyEntry, type Metadata } from "./metadata.js";
import { combine } from "./shamir.js";

type AgeEncryption = typeof import("age-encryption");
let ageEncryption: Promise<AgeEncryption> | undefined;

function loadAgeEncryption(): Promise<AgeEncryption> {
  ageEncryption ??= import("age-encryption");
  return ageEncryption;
}

/** One age identity. The secret is held in private fields so that logging the object cannot leak it. */
export class AgeIdentity {
  readonly #secret: string;
  readonly #x25519: X25519Identity | undefined;

  private constructor(
    secret: string,
    x25519: X25519Identity | undefined,
    /** The public key (`age1...`, `age1pq1...`) this identity decrypts for. */
    readonly recipient: string,
    /** Where it came from, for messages: "SOPS_AGE_KEY line 2". */
    readonly source: string,
  ) {
    this.#secret = secret;
    this.#x25519 = x25519;
  }

  static async parse(secret: string, source: string): Promise<AgeIdentity> {
    const x25519 = secret.startsWith("AGE-SECRET-KEY-1") ? parseX25519Identity(secret) : undefined;
    if (x25519) return new AgeIdentity(secret, x25519, x25519.recipient, source);
    try {
      const { identityToRecipient } = await loadAgeEncryption();
      return new AgeIdentity(secret, undefined, await identityToRecipient(secret), source);
    } catch {
      throw badInput(`${source} is not a valid age identity (bad encoding or checksum)`);
    }
  }

  /** The node:crypto form of an X25519 identity; undefined for post-quantum identities. */
  get x25519(): X25519Identity | undefined {
    return this.#x25519;
  }

  /** Hand the secret to age-encryption; the only place it leaves this object. */
  addTo(decrypter: InstanceType<AgeEncryption["Decrypter"]>): void {
    decrypter.addIdentity(this.#secret);
  }

  toString(): string {
    return `AgeIdentity(${this.recipient})`;
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

const IDENTITY_PREFIX = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;

/**
 * Parse a key file or SOPS_AGE_KEY value: identities separated by newlines (CRLF tolerated) or, since
 * sops 3.13, by whitespace on one line; blank lines and `#` comments are skipped.
 */
export async function parseIdentities(text: string, source: string): Promise<AgeIdentity[]> {
  const identities: AgeIdentity[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    for (const token of line.split(/\s+/)) {
      const where = `${source} line ${index + 1}`;
      if (token.startsWith("AGE-PLUGIN-")) {
        throw new SopsError("UNSUPPORTED", `${where}: age plugin identities are not supported`);
      }
      if (!IDENTITY_PREFIX.test(token)) {
        throw badInput(
          `${where} is not an age identity: expected AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...`,
        );
      }
      identities.push(await AgeIdentity.parse(token, where));
    }
  }
  if (identities.length === 0) throw badInput(`${source} holds no age identity`);
  return identities;
}

function isSupportedRecipient(recipient: string): boolean {
  // X25519 (`age1` + 58 bech32 chars) or hybrid post-quantum (`age1pq1...`); plugin recipients have a
  // second `1` in their human-readable part and are not supported.
  return /^age1[02-9ac-hj-np-z]{58}$/.test(recipient) || /^age1pq1[02-9ac-hj-np-z]+$/.test(recipient);
}

/** Encrypt a data key (or Shamir share) to one recipient, armored as sops stores it. */
export async function wrapDataKey(dataKey: Uint8Array, recipient: string): Promise<AgeKeyEntry> {
  if (!isSupportedRecipient(recipient)) {
    throw badInput(
      `"${printable(recipient, 80)}" is not a supported age recipient (expected age1... or age1pq1...)`,
    );
  }
  const { Encrypter, armor } = await loadAgeEncryption();
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch {
    throw badInput(`"${printable(recipient, 80)}" is not a valid age recipient (bad encoding or checksum)`);
  }
  return { recipient, enc: armor.encode(await encrypter.encrypt(dataKey)) };
}

/** The age library's own decryption: post-quantum identities and files the native reader leaves alone. */
async function openWithAgeEncryption(
  file: Uint8Array,
  identities: readonly AgeIdentity[],
  entry: AgeKeyEntry,
) {
  const { Decrypter } = await loadAgeEncryption();
  const decrypter = new Decrypter();
  for (const identity of identities) identity.addTo(decrypter);
  try {
    return await decrypter.decrypt(file);
  } catch (error) {
    // age-encryption reports "no identity matched" for a wrong key; anything else is a damaged stanza.
    if (error instanceof Error && /no identity matched/i.test(error.message)) return null;
    throw malformed(`the age key entry for ${printable(entry.recipient)} is damaged and cannot be decrypted`);
  }
}

async function openStanza(
  entry: AgeKeyEntry,
  identities: readonly AgeIdentity[],
  expectedLength: number,
): Promise<Uint8Array | null> {
  const file = decodeArmor(entry.enc);
  if (!file)
    throw malformed(`the age key entry for ${printable(entry.recipient)} is not a valid armored age file`);
  const x25519 = identities.flatMap((identity) => (identity.x25519 ? [identity.x25519] : []));
  const native = x25519.length > 0 ? openWithX25519(file, x25519) : { status: "unhandled" as const };
  let payload: Uint8Array | null = null;
  if (native.status === "opened") {
    payload = native.payload;
  } else {
    // Post-quantum identities, and stanzas the native reader does not handle, go to age-encryption.
    const others =
      native.status === "no-match" ? identities.filter((identity) => !identity.x25519) : identities;
    if (others.length > 0) payload = await openWithAgeEncryption(file, others, entry);
  }
  if (payload && payload.length !== expectedLength) {
    throw malformed(
      `the age key entry for ${printable(entry.recipient)} holds ${payload.length} bytes; a SOPS data key is ${expectedLength}`,
    );
  }
  return payload;
}

/**
 * Recover the file's data key. Entries whose recipient matches a supplied identity are tried first,
 * the others after (sops does not require the recipient to match).
 */
export async function unwrapDataKey(metadata: Metadata, identities: AgeIdentity[]): Promise<Uint8Array> {
  const groups = metadata.keyGroups;
  const shareLength = groups.length > 1 ? DATA_KEY_BYTES + 1 : DATA_KEY_BYTES;
  const ours = new Set(identities.map((identity) => identity.recipient));

  const parts: Uint8Array[] = [];
  for (const group of groups) {
    const ordered = [...group.age].sort(
      (a, b) => Number(ours.has(b.recipient)) - Number(ours.has(a.recipient)),
    );
    for (const entry of ordered) {
      const part = await openStanza(entry, identities, shareLength);
      if (part) {
        parts.push(part);
        break;
      }
    }
  }

  const threshold = groups.length > 1 ? metadata.shamirThreshold || groups.length : 1;
  if (parts.length >= threshold) {
    return groups.length > 1 ? combine(parts) : (parts[0] as Uint8Array);
  }
  const given = identities.map((identity) => `${identity.recipient} (${identity.source})`).join(", ");
  const needs =
    groups.length > 1 ? ` (${threshold} of ${groups.length} key groups needed, ${parts.length} opened)` : "";
  throw new SopsError(
    "NO_MATCHING_KEY",
    `encrypted to ${describeMasterKeys(metadata).join(", ")}; the keys given are ${given || "none"}${needs}. ` +
      "Use a matching age key, or add yours with `sops updatekeys`",
  );
}

/**
 * A new X25519 identity, as age-keygen makes one: the secret (`AGE-SECRET-KEY-1...`) for a key file the
 * caller writes with mode 0600, and its recipient. The only function that hands out a secret.
 */
export async function generateAgeIdentity(): Promise<{ secret: string; recipient: string }> {
  const { generateIdentity, identityToRecipient } = await loadAgeEncryption();
  const secret = await generateIdentity();
  return { secret, recipient: await identityToRecipient(secret) };
}
