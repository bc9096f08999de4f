/**
 * The SOPS engine's operations on whole files: decrypt (with MAC verification), encrypt, set/unset a
 * value, updatekeys and filestatus. Bytes in, bytes out: callers do the file system and key lookup.
 */
import { wrapDataKey, unwrapDataKey, type AgeIdentity } from "./age.js";
import { decryptValue, encryptValue, newDataKey, DATA_KEY_BYTES } from "./cipher.js";
import type { CreationRule } from "./config.js";
import { SopsError, badInput } from "./errors.js";
import { createStore } from "./formats.js";
import {
  DEFAULT_CRYPT_RULE,
  SOPS_VERSION,
  assertHasAgeKeys,
  readMetadata,
  writeMetadata,
  type AgeKeyEntry,
  type CryptRule,
  type KeyGroup,
  type Metadata,
} from "./metadata.js";
import { compareRecipients } from "./policy.js";
import { split } from "./shamir.js";
import type { Format, StoreOptions } from "./stores/store.js";
import { decryptTree, encryptTree, macAad, type CiphertextStash, type Leaf } from "./tree-cipher.js";
import { setPath, unsetPath, type PathPart } from "./tree-path.js";
import type { TreeMap, TreeValue } from "./tree.js";

export interface ReadOptions {
  format: Format;
  storeOptions?: StoreOptions;
}

export interface DecryptOptions extends ReadOptions {
  identities: readonly AgeIdentity[];
  /** A data key recovered by other means (e.g. from a PGP master key by gpg); skips the age keys. */
  dataKey?: Uint8Array;
  /** Skip MAC verification. Never the default: a mismatch means the file was tampered with. */
  ignoreMac?: boolean;
  /** Keep each ciphertext by plaintext and key path, so that re-encryption can reuse it (`set`). */
  keepCiphertexts?: boolean;
  /** The file as inspectSops already parsed it from these bytes: not parsed a second time. */
  parsed?: { branches: TreeMap[]; metadata: Metadata };
}

export interface Decrypted {
  format: Format;
  branches: TreeMap[];
  metadata: Metadata;
  /** Every value in document order, with whether it was stored encrypted. */
  leaves: Leaf[];
  warnings: string[];
  dataKey: Uint8Array;
  /** Filled only with `keepCiphertexts`. */
  stash: CiphertextStash;
}

export interface Recipients {
  /** age recipients per key group; more than one group splits the data key with Shamir. */
  ageGroups: string[][];
  /** Shares needed to recover the data key; 0 means all groups. */
  shamirThreshold?: number;
}

export interface EncryptOptions extends ReadOptions, Recipients {
  cryptRule?: CryptRule;
  macOnlyEncrypted?: boolean;
  now?: Date;
}

function settingsOf(metadata: Metadata) {
  return { rule: metadata.cryptRule, macOnlyEncrypted: metadata.macOnlyEncrypted };
}

/** sops writes lastmodified in UTC with second precision. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function readEncrypted(bytes: Uint8Array, options: ReadOptions) {
  const store = createStore(options.format, options.storeOptions);
  const document = store.parseEncrypted(bytes);
  return { store, branches: document.branches, metadata: readMetadata(document.metadata) };
}

/**
 * `sops decrypt`: every document's plaintext tree, after the MAC over it was verified (unless
 * `ignoreMac`). Nothing is returned for a file whose MAC does not match.
 * @throws SopsError NOT_SOPS_FILE (no metadata), MALFORMED (syntax, damaged values or metadata),
 *   UNSUPPORTED (only PGP/KMS/Vault master keys), NO_MATCHING_KEY (no identity opens the data key),
 *   MAC_MISMATCH (changed without re-encryption), BAD_INPUT (a bad identity).
 */
export async function decrypt(bytes: Uint8Array, options: DecryptOptions): Promise<Decrypted> {
  const { branches, metadata } = options.parsed ?? readEncrypted(bytes, options);
  let dataKey = options.dataKey;
  if (!dataKey) {
    assertHasAgeKeys(metadata, "the file");
    dataKey = await unwrapDataKey(metadata, [...options.identities]);
  }
  const stash: CiphertextStash = new Map();
  const walked = decryptTree(
    branches,
    dataKey,
    settingsOf(metadata),
    options.keepCiphertexts ? stash : undefined,
  );
  const warnings: string[] = [];
  if (walked.plaintextComments > 0) {
    warnings.push(`${walked.plaintextComments} comment(s) are not encrypted (file written by an old sops)`);
  }
  if (options.ignoreMac) {
    warnings.push("MAC verification skipped (ignore-mac): the content is not authenticated");
  } else {
    verifyMac(metadata, dataKey, walked.mac);
  }
  return {
    format: options.format,
    branches: walked.branches,
    metadata,
    leaves: walked.leaves,
    warnings,
    dataKey,
    stash,
  };
}

function verifyMac(metadata: Metadata, dataKey: Uint8Array, computed: string): void {
  if (metadata.mac === "") {
    throw new SopsError(
      "MAC_MISMATCH",
      "the file has no MAC: it was modified or truncated; re-encrypt it with sops",
    );
  }
  let stored: unknown;
  try {
    stored = decryptValue(metadata.mac, dataKey, macAad(metadata.lastModified), "sops.mac");
  } catch {
    throw new SopsError(
      "MAC_MISMATCH",
      "the MAC cannot be decrypted: lastmodified or the MAC was modified without re-encryption; re-encrypt the file with sops",
    );
  }
  if (stored !== computed) {
    throw new SopsError(
      "MAC_MISMATCH",
      "MAC mismatch: the file was modified without re-encryption (values changed, added, removed or reordered); " +
        "restore it or re-encrypt it with sops",
    );
  }
}

/**
 * Plaintext of a decrypted file in any output format (`sops decrypt --output-type`).
 * @throws SopsError MALFORMED when the tree cannot be written in that format (a list as dotenv).
 */
export function emitPlaintext(
  decrypted: Pick<Decrypted, "branches">,
  format: Format,
  storeOptions?: StoreOptions,
): Uint8Array {
  return createStore(format, storeOptions).emitPlain(decrypted.branches);
}

async function wrapForGroups(
  dataKey: Uint8Array,
  recipients: Recipients,
): Promise<{ groups: KeyGroup[]; threshold: number }> {
  const ageGroups = recipients.ageGroups.filter((group) => group.length > 0);
  if (ageGroups.length === 0)
    throw badInput("no age recipients: give --age or a .sops.yaml creation rule with age keys");
  if (ageGroups.length === 1) {
    const entries = await Promise.all(
      (ageGroups[0] ?? []).map((recipient) => wrapDataKey(dataKey, recipient)),
    );
    return { groups: [{ age: entries, others: [] }], threshold: 0 };
  }
  const threshold = recipients.shamirThreshold || ageGroups.length;
  if (threshold > ageGroups.length) {
    throw badInput(
      `shamir_threshold ${threshold} is larger than the number of key groups (${ageGroups.length})`,
    );
  }
  const shares = split(dataKey, ageGroups.length, threshold);
  const groups = await Promise.all(
    ageGroups.map(async (group, index): Promise<KeyGroup> => {
      const share = shares[index] as Uint8Array;
      const age: AgeKeyEntry[] = await Promise.all(group.map((recipient) => wrapDataKey(share, recipient)));
      return { age, others: [] };
    }),
  );
  return { groups, threshold };
}

function sealed(
  branches: TreeMap[],
  metadata: Metadata,
  dataKey: Uint8Array,
  options: ReadOptions,
  stash?: CiphertextStash,
): Uint8Array {
  const walked = encryptTree(branches, dataKey, settingsOf(metadata), stash);
  const mac = encryptValue(walked.mac, dataKey, macAad(metadata.lastModified));
  const written = writeMetadata({ ...metadata, mac }, { cryptRule: options.format !== "binary" });
  return createStore(options.format, options.storeOptions).emitEncrypted(walked.branches, written);
}

/**
 * `sops encrypt`: a new data key wrapped for every recipient (split across key groups by Shamir when
 * there are several), each selected value encrypted, MAC and lastmodified written.
 * @throws SopsError MALFORMED (the plaintext does not parse, or is already a SOPS file), BAD_INPUT (a bad
 *   recipient, no recipient, an impossible Shamir threshold).
 */
export async function encrypt(plaintext: Uint8Array, options: EncryptOptions): Promise<Uint8Array> {
  const store = createStore(options.format, options.storeOptions);
  const branches = store.parsePlain(plaintext);
  if (branches.some((branch) => branch.get("sops") !== undefined)) {
    throw badInput(
      "the file already has a sops metadata key: it is encrypted already (or a key is named `sops`)",
    );
  }
  const dataKey = newDataKey();
  const { groups, threshold } = await wrapForGroups(dataKey, options);
  // The binary store ignores selection rules (sops >= 3.11).
  const binary = options.format === "binary";
  const metadata: Metadata = {
    keyGroups: groups,
    shamirThreshold: threshold,
    lastModified: timestamp(options.now ?? new Date()),
    mac: "",
    cryptRule: binary ? DEFAULT_CRYPT_RULE : (options.cryptRule ?? DEFAULT_CRYPT_RULE),
    macOnlyEncrypted: binary ? false : (options.macOnlyEncrypted ?? false),
    version: SOPS_VERSION,
  };
  return sealed(branches, metadata, dataKey, options);
}

export interface SetOptions extends DecryptOptions {
  path: readonly PathPart[];
  /** The new value; `undefined` removes the key (`sops unset`). */
  value: TreeValue | undefined;
  now?: Date;
}

/**
 * `sops set` / `sops unset`: change one value, keep every other ciphertext byte-identical, update the
 * MAC and lastmodified.
 * @throws SopsError as `decrypt` does, and BAD_INPUT for a path that does not fit the tree.
 */
export async function setValue(bytes: Uint8Array, options: SetOptions): Promise<Uint8Array> {
  const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
  const [first, ...rest] = decrypted.branches;
  if (!first) throw badInput("the file has no document to change");
  const changed =
    options.value === undefined
      ? unsetPath(first, options.path)
      : setPath(first, options.path, options.value);
  const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
  return sealed([changed, ...rest], metadata, decrypted.dataKey, options, decrypted.stash);
}

/**
 * Saving `sops edit`: the file's new plaintext (in its own format) encrypted under the same data key.
 * Every value whose key path and plaintext did not change keeps its exact ciphertext, so a diff shows
 * only what changed; MAC and lastmodified are written anew.
 * @throws SopsError as `decrypt` does; MALFORMED when the new plaintext does not parse.
 */
export async function replacePlaintext(
  bytes: Uint8Array,
  plaintext: Uint8Array,
  options: DecryptOptions & { now?: Date },
): Promise<Uint8Array> {
  const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
  const branches = createStore(options.format, options.storeOptions).parsePlain(plaintext);
  if (branches.some((branch) => branch.get("sops") !== undefined))
    throw badInput("the new content has a key named `sops`, which holds the metadata: rename it");
  const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
  return sealed(branches, metadata, decrypted.dataKey, options, decrypted.stash);
}

/**
 * `sops rotate`: a new data key, every value encrypted again under it, the new key wrapped for the same
 * age recipients in the same key groups (for when someone who could read the file leaves). MAC and
 * lastmodified are written anew.
 * @throws SopsError as `decrypt` does; UNSUPPORTED when the file also holds non-age master keys (they
 *   cannot be re-wrapped here: use sops, or drop them with updatekeys first).
 */
export async function rotateDataKey(
  bytes: Uint8Array,
  options: DecryptOptions & {
    now?: Date;
    /** Which recipients of each key group keep the file (offboarding); every one by default. */
    keep?: (recipient: string) => boolean;
  },
): Promise<Uint8Array> {
  const decrypted = await decrypt(bytes, options);
  const others = decrypted.metadata.keyGroups.flatMap((group) => group.others);
  if (others.length > 0) {
    throw new SopsError(
      "UNSUPPORTED",
      `the file also has ${others.map((key) => key.type).join(", ")} master keys, which this engine cannot wrap a new data key for`,
    );
  }
  const dataKey = newDataKey();
  const keep = options.keep ?? (() => true);
  const ageGroups = decrypted.metadata.keyGroups.map((group) =>
    group.age.map((key) => key.recipient).filter(keep),
  );
  if (ageGroups.some((group) => group.length === 0))
    throw badInput(
      "a key group would be left without a recipient: nobody could open its share of the data key",
    );
  const { groups, threshold } = await wrapForGroups(dataKey, {
    ageGroups,
    shamirThreshold: Math.min(decrypted.metadata.shamirThreshold, ageGroups.length),
  });
  const metadata: Metadata = {
    ...decrypted.metadata,
    keyGroups: groups,
    shamirThreshold: threshold,
    lastModified: timestamp(options.now ?? new Date()),
  };
  return sealed(decrypted.branches, metadata, dataKey, options);
}

export interface UpdateKeysResult {
  changed: boolean;
  bytes: Uint8Array;
  added: string[];
  removed: string[];
}

/**
 * `sops updatekeys`: re-wrap the existing data key for the creation rule's recipients. Values, MAC and
 * lastmodified stay as they are; a file already in sync (policy.ts `compareRecipients`) is returned as is.
 * @throws SopsError NOT_SOPS_FILE, MALFORMED, NO_MATCHING_KEY as `decrypt` does; UNSUPPORTED when the
 *   rule names non-age keys; BAD_INPUT for a bad recipient.
 */
export async function updateKeys(
  bytes: Uint8Array,
  options: ReadOptions & { identities: readonly AgeIdentity[]; rule: CreationRule },
): Promise<UpdateKeysResult> {
  const { store, branches, metadata } = readEncrypted(bytes, options);
  const wanted = options.rule.ageGroups.filter((group) => group.length > 0);
  if (options.rule.otherKeys.length > 0) {
    throw new SopsError(
      "UNSUPPORTED",
      `creation rule ${options.rule.index} names non-age keys (${options.rule.otherKeys.join(", ")}); only age keys are supported`,
    );
  }
  const comparison = compareRecipients(metadata.keyGroups, options.rule);
  if (comparison.inSync) return { changed: false, bytes, added: [], removed: [] };

  assertHasAgeKeys(metadata, "the file");
  const dataKey = await unwrapDataKey(metadata, [...options.identities]);
  if (dataKey.length !== DATA_KEY_BYTES) throw badInput("the recovered data key has the wrong length");
  const threshold = Math.min(metadata.shamirThreshold || options.rule.shamirThreshold, wanted.length);
  const { groups, threshold: written } = await wrapForGroups(dataKey, {
    ageGroups: wanted,
    shamirThreshold: threshold,
  });
  const updated = writeMetadata(
    { ...metadata, keyGroups: groups, shamirThreshold: written },
    { cryptRule: options.format !== "binary" },
  );
  return {
    changed: true,
    bytes: store.emitEncrypted(branches, updated),
    added: comparison.missing,
    removed: [...comparison.extra, ...comparison.unnamedOtherKeys],
  };
}

/** `sops filestatus`: whether the bytes hold SOPS metadata for this format. Raises nothing for bad input. */
export function isEncrypted(bytes: Uint8Array, options: ReadOptions): boolean {
  try {
    readEncrypted(bytes, options);
    return true;
  } catch (error) {
    if (error instanceof SopsError) return false;
    throw error;
  }
}
