/**
 * Encrypting and decrypting a whole document: the tree walk of sops' `Tree.Encrypt`/`Tree.Decrypt`,
 * which also feeds every non-comment plaintext leaf (in document order, across documents) into the
 * SHA-512 MAC.
 */
import { createHash, type Hash } from "node:crypto";
import { decryptValue, encryptValue, isEncryptedValue, stashKey, type Plaintext } from "./cipher.js";
import { malformed } from "./errors.js";
import { canonicalBytes } from "./goformat.js";
import type { CryptRule } from "./metadata.js";
import { selectorFor, type Selector } from "./selection.js";
import { formatPath } from "./tree-path.js";
import {
  Comment,
  TreeMap,
  isTreeList,
  isTreeMap,
  type MapItem,
  type Scalar,
  type TreeList,
  type TreeValue,
} from "./tree.js";

/** SHA-256("sops"): prefixed to the MAC input when only encrypted values are authenticated. */
const MAC_ONLY_ENCRYPTED_PREFIX = Buffer.from(
  "8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69",
  "hex",
);

export type Location = Array<string | number>;

export interface Leaf {
  /** Mapping keys and list indices from the document root (documents of a stream are not counted). */
  location: Location;
  /** Index of the document in a multi-document stream. */
  document: number;
  value: Scalar;
  /** True when the value was (or is to be) stored encrypted in the file. */
  encrypted: boolean;
}

export interface WalkResult {
  branches: TreeMap[];
  /** Uppercase hex SHA-512 over the plaintext leaves, as sops computes it. */
  mac: string;
  leaves: Leaf[];
  /** Number of comments left in plaintext where the rules say they should be encrypted (old sops files). */
  plaintextComments: number;
}

/** Ciphertexts by plaintext and key path, filled by decryption and reused by re-encryption. */
export type CiphertextStash = Map<string, string>;

export interface CryptSettings {
  rule: CryptRule;
  macOnlyEncrypted: boolean;
}

/** `select` only records which leaves the rules pick: no cipher, no MAC. */
type Direction = "encrypt" | "decrypt" | "select";

function describe(location: Location): string {
  return formatPath(location) || "(root)";
}

class Walker {
  private readonly select: Selector;
  private readonly hash: Hash = createHash("sha512");
  readonly leaves: Leaf[] = [];
  plaintextComments = 0;
  private document = 0;

  constructor(
    private readonly direction: Direction,
    private readonly dataKey: Uint8Array,
    private readonly settings: CryptSettings,
    private readonly stash?: CiphertextStash,
    private readonly iv?: () => Uint8Array,
  ) {
    this.select = selectorFor(settings.rule);
    if (settings.macOnlyEncrypted) this.hash.update(MAC_ONLY_ENCRYPTED_PREFIX);
  }

  run(branches: TreeMap[]): WalkResult {
    const out = branches.map((branch, index) => {
      this.document = index;
      return this.walkMap(branch, [], [], []);
    });
    return {
      branches: out,
      mac: this.hash.digest("hex").toUpperCase(),
      leaves: this.leaves,
      plaintextComments: this.plaintextComments,
    };
  }

  private walkMap(map: TreeMap, path: string[], location: Location, stack: string[][]): TreeMap {
    const level: string[] = [];
    const levels = [...stack, level];
    const items = map.items.map((item): MapItem => {
      if (item instanceof Comment) return this.comment(item, path, levels, level);
      const value = this.walkValue(item.value, [...path, item.key], [...location, item.key], levels);
      level.length = 0;
      return { key: item.key, value };
    });
    return new TreeMap(items);
  }

  private walkList(list: TreeList, path: string[], location: Location, stack: string[][]): TreeList {
    const level: string[] = [];
    const levels = [...stack, level];
    return list.map((item, index) => {
      if (item instanceof Comment) return this.comment(item, path, levels, level);
      const value = this.walkValue(item, path, [...location, index], levels);
      level.length = 0;
      return value;
    });
  }

  private walkValue(value: TreeValue, path: string[], location: Location, stack: string[][]): TreeValue {
    if (isTreeMap(value)) return this.walkMap(value, path, location, stack);
    if (isTreeList(value)) return this.walkList(value, path, location, stack);
    if (value === null) return null;
    const selected = this.select(path, stack, false);
    if (this.direction === "select") {
      this.leaves.push({ location, document: this.document, value, encrypted: selected && value !== "" });
      return value;
    }
    // Only comments transform into comments, so a scalar leaf stays a scalar.
    const result = (selected ? this.transform(value, path, location) : value) as Exclude<Scalar, null>;
    const plaintext = this.direction === "encrypt" ? value : result;
    if (!this.settings.macOnlyEncrypted || selected) {
      // A string goes in as is: node hashes its UTF-8, the bytes canonicalBytes would copy it into.
      this.hash.update(typeof plaintext === "string" ? plaintext : canonicalBytes(plaintext));
    }
    this.leaves.push({
      location,
      document: this.document,
      value: plaintext,
      encrypted: selected && plaintext !== "",
    });
    return result;
  }

  private comment(item: Comment, path: string[], stack: string[][], level: string[]): Comment {
    level.push(item.value);
    if (this.direction === "select" || !this.select(path, stack, true)) return item;
    if (this.direction === "decrypt" && !isEncryptedValue(item.value)) {
      this.plaintextComments++;
      return item;
    }
    const result = this.transform(item, path, []) as Comment;
    level[level.length - 1] = this.direction === "encrypt" ? item.value : result.value;
    return new Comment(result.value, item.inline);
  }

  private transform(value: Plaintext, path: string[], location: Location): Plaintext | string {
    const aad = path.length === 0 ? ":" : `${path.join(":")}:`;
    if (this.direction === "encrypt") {
      const text =
        this.stash?.get(stashKey(value, aad)) ?? encryptValue(value, this.dataKey, aad, this.iv?.());
      return value instanceof Comment ? new Comment(text, value.inline) : text;
    }
    const encrypted = value instanceof Comment ? value.value : value;
    if (typeof encrypted !== "string" || (encrypted !== "" && !isEncryptedValue(encrypted))) {
      throw malformed(`the value at ${describe(location)} should be encrypted but is stored in plaintext`);
    }
    const plaintext = decryptValue(encrypted, this.dataKey, aad, () => describe(location));
    if (encrypted !== "") this.stash?.set(stashKey(plaintext, aad), encrypted);
    return plaintext;
  }
}

export function decryptTree(
  branches: TreeMap[],
  dataKey: Uint8Array,
  settings: CryptSettings,
  stash?: CiphertextStash,
): WalkResult {
  return new Walker("decrypt", dataKey, settings, stash).run(branches);
}

/** @param iv deterministic IVs, for tests only */
export function encryptTree(
  branches: TreeMap[],
  dataKey: Uint8Array,
  settings: CryptSettings,
  stash?: CiphertextStash,
  iv?: () => Uint8Array,
): WalkResult {
  return new Walker("encrypt", dataKey, settings, stash, iv).run(branches);
}

/**
 * Which leaves the file's selection rules pick for encryption, without any cipher: what a checker needs
 * to tell a value that should be `ENC[...]` from one that may stay plaintext. The MAC of the result is
 * meaningless.
 */
export function selectLeaves(branches: TreeMap[], settings: CryptSettings): Leaf[] {
  return new Walker("select", new Uint8Array(0), settings).run(branches).leaves;
}

/** Decrypt the stored MAC (AAD: lastmodified re-formatted as Go's RFC 3339) and compare. */
export function macAad(lastModified: string): string {
  // Go re-formats the parsed time: fractional seconds dropped, a zero offset written as Z.
  return lastModified.replace(/\.\d+(?=Z|[+-])/, "").replace(/[+-]00:00$/, "Z");
}
