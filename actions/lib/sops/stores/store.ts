/**
 * A store turns the bytes of one file format into the shared tree model and back, both for plaintext
 * files and for SOPS-encrypted files (where it also separates the `sops` metadata). Stores know nothing
 * about cryptography: encrypted values are plain `ENC[...]` strings (and `Comment("ENC[...]")`) to them.
 */
import type { TreeMap, TreeValue } from "../tree.js";

export type Format = "yaml" | "json" | "dotenv" | "ini" | "binary";

export const FORMATS: readonly Format[] = ["yaml", "json", "dotenv", "ini", "binary"];

export interface EncryptedDocument {
  /** Data branches: one per YAML document, exactly one for every other store. */
  branches: TreeMap[];
  /**
   * The `sops` metadata as a nested tree, in file order. Flat stores (dotenv, INI) un-flatten it
   * (`sops_age__list_0__map_enc` becomes `age: [{enc: ...}]`) and leave every value a string; the
   * metadata reader coerces types the way mapstructure's weak typing does.
   */
  metadata: TreeMap;
}

export interface StoreOptions {
  /** `stores.yaml.indent` / `stores.json.indent` from `.sops.yaml` (JSON: -1 = tab, 0 = one line). */
  indent?: number;
}

export interface Store {
  readonly format: Format;
  /** Parse a plaintext file. Throws SopsError MALFORMED on syntax errors, duplicate keys, non-map roots. */
  parsePlain(bytes: Uint8Array): TreeMap[];
  /** Parse an encrypted file. Throws SopsError NOT_SOPS_FILE when there is no `sops` metadata. */
  parseEncrypted(bytes: Uint8Array): EncryptedDocument;
  /** Write plaintext branches in this format. */
  emitPlain(branches: TreeMap[]): Uint8Array;
  /** Write encrypted branches with their metadata (appended as the last key / section / lines). */
  emitEncrypted(branches: TreeMap[], metadata: TreeMap): Uint8Array;
  /** Write a single extracted value (`sops decrypt --extract`): scalars as their text, trees in this format. */
  emitValue(value: TreeValue): Uint8Array;
}
