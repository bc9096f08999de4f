/**
 * The `sops` metadata block: reading it from the raw tree a store hands over (any sops version, any
 * store, weakly typed like mapstructure), and writing it back the way sops 3.13 does (keys sorted
 * alphabetically at every level, one key group flattened to top-level lists, `omitempty` lists).
 */
import { malformed, SopsError } from "./errors.js";
import { printable } from "../errors.js";
import { parseGoBool } from "./goformat.js";
import { Comment, SopsTime, TreeMap, isTreeList, isTreeMap, type TreeValue } from "./tree.js";

export const SOPS_VERSION = "3.13.2";

export const CRYPT_RULE_NAMES = [
  "unencrypted_suffix",
  "encrypted_suffix",
  "unencrypted_regex",
  "encrypted_regex",
  "unencrypted_comment_regex",
  "encrypted_comment_regex",
] as const;
export type CryptRuleName = (typeof CRYPT_RULE_NAMES)[number];

export interface CryptRule {
  name: CryptRuleName;
  value: string;
}

export const DEFAULT_CRYPT_RULE: CryptRule = { name: "unencrypted_suffix", value: "_unencrypted" };

export interface AgeKeyEntry {
  recipient: string;
  /** The armored age file holding the data key (or one Shamir share of it). */
  enc: string;
}

/** Master key types this engine cannot unwrap; kept so files can be re-written without losing them. */
export const OTHER_KEY_TYPES = ["kms", "gcp_kms", "hckms", "azure_kv", "hc_vault", "pgp"] as const;
export type OtherKeyType = (typeof OTHER_KEY_TYPES)[number];

export interface OtherKeyEntry {
  type: OtherKeyType;
  /** What identifies the key to a person: fingerprint, ARN, resource id, vault URL. */
  id: string;
  entry: TreeMap;
}

export interface KeyGroup {
  age: AgeKeyEntry[];
  others: OtherKeyEntry[];
}

export interface Metadata {
  keyGroups: KeyGroup[];
  /** 0 when the file does not set it. */
  shamirThreshold: number;
  lastModified: string;
  /** The encrypted MAC, `""` when the file has none. */
  mac: string;
  cryptRule: CryptRule;
  macOnlyEncrypted: boolean;
  version: string | undefined;
}

const OTHER_KEY_ID_FIELDS: Record<OtherKeyType, string[]> = {
  kms: ["arn"],
  gcp_kms: ["resource_id"],
  hckms: ["key_id"],
  azure_kv: ["vault_url", "name"],
  hc_vault: ["vault_address", "engine_path", "key_name"],
  pgp: ["fp"],
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function scalarText(value: TreeValue | undefined, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  // An unquoted `lastmodified: 2023-12-25T10:31:01Z` is a YAML timestamp; sops reads it as text.
  if (value instanceof SopsTime) return value.text;
  throw malformed(`sops metadata: ${field} must be a string`);
}

function requiredText(map: TreeMap, field: string, where: string): string {
  const text = scalarText(map.get(field), `${where}${field}`);
  if (text === undefined) throw malformed(`sops metadata: ${where}${field} is missing`);
  return text;
}

function listOf(value: TreeValue | undefined, field: string): TreeMap[] {
  if (value === undefined || value === null) return [];
  if (!isTreeList(value)) throw malformed(`sops metadata: ${field} must be a list`);
  return value.map((item, index) => {
    if (!isTreeMap(item)) throw malformed(`sops metadata: ${field}[${index}] must be a mapping`);
    return item;
  });
}

function readGroup(source: TreeMap, where: string): KeyGroup {
  const age = listOf(source.get("age"), `${where}age`).map((entry, index) => ({
    recipient: requiredText(entry, "recipient", `${where}age[${index}].`).trim(),
    enc: requiredText(entry, "enc", `${where}age[${index}].`),
  }));
  const others: OtherKeyEntry[] = [];
  for (const type of OTHER_KEY_TYPES) {
    listOf(source.get(type), `${where}${type}`).forEach((entry) => {
      const id = OTHER_KEY_ID_FIELDS[type]
        .map((field) => scalarText(entry.get(field), `${where}${type}.${field}`) ?? "")
        .filter((part) => part !== "")
        .join("/");
      others.push({ type, id: id || "(unnamed)", entry });
    });
  }
  return { age, others };
}

function groupSize(group: KeyGroup): number {
  return group.age.length + group.others.length;
}

function readInt(value: TreeValue | undefined, field: string): number {
  const text = scalarText(value, field);
  if (text === undefined || text === "") return 0;
  // mapstructure's weak typing accepts "2" and, from old dotenv files, "2.0".
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw malformed(`sops metadata: ${field} must be a whole number`);
  return parsed;
}

function readBool(value: TreeValue | undefined, field: string): boolean {
  const text = scalarText(value, field);
  if (text === undefined || text === "") return false;
  const parsed = parseGoBool(text);
  if (parsed === undefined) throw malformed(`sops metadata: ${field} must be true or false`);
  return parsed;
}

/** Interpret a raw metadata tree. Throws NOT_SOPS_FILE / MALFORMED with the field at fault. */
export function readMetadata(raw: TreeMap): Metadata {
  const topLevel = readGroup(raw, "");
  let keyGroups: KeyGroup[];
  if (groupSize(topLevel) > 0) {
    keyGroups = [topLevel];
  } else {
    keyGroups = listOf(raw.get("key_groups"), "key_groups").map((group, index) =>
      readGroup(group, `key_groups[${index}].`),
    );
    keyGroups = keyGroups.filter((group) => groupSize(group) > 0);
  }
  if (keyGroups.length === 0)
    throw malformed("sops metadata: no keys found in file (no age, pgp or kms entries)");

  const lastModified = requiredText(raw, "lastmodified", "");
  if (!RFC3339.test(lastModified))
    throw malformed("sops metadata: lastmodified is not an RFC 3339 timestamp");

  const rules = CRYPT_RULE_NAMES.flatMap((name) => {
    const value = scalarText(raw.get(name), name);
    return value === undefined || value === "" ? [] : [{ name, value }];
  });
  if (rules.length > 1) {
    throw malformed(`sops metadata: only one of ${rules.map((rule) => rule.name).join(", ")} may be set`);
  }

  return {
    keyGroups,
    shamirThreshold: readInt(raw.get("shamir_threshold"), "shamir_threshold"),
    lastModified,
    mac: scalarText(raw.get("mac"), "mac") ?? "",
    cryptRule: rules[0] ?? DEFAULT_CRYPT_RULE,
    macOnlyEncrypted: readBool(raw.get("mac_only_encrypted"), "mac_only_encrypted"),
    version: scalarText(raw.get("version"), "version"),
  };
}

function sortedMap(entries: Array<[string, TreeValue]>): TreeMap {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new TreeMap(sorted.map(([key, value]) => ({ key, value })));
}

function sortedCopy(map: TreeMap): TreeMap {
  return sortedMap(
    map.items
      .filter((item) => !(item instanceof Comment))
      .map((item) => {
        const entry = item as { key: string; value: TreeValue };
        return [entry.key, isTreeMap(entry.value) ? sortedCopy(entry.value) : entry.value];
      }),
  );
}

function groupEntries(group: KeyGroup): Array<[string, TreeValue]> {
  const entries: Array<[string, TreeValue]> = [];
  if (group.age.length > 0) {
    entries.push([
      "age",
      group.age.map((key) =>
        sortedMap([
          ["recipient", key.recipient],
          ["enc", key.enc],
        ]),
      ),
    ]);
  }
  for (const type of OTHER_KEY_TYPES) {
    const keys = group.others.filter((key) => key.type === type);
    if (keys.length > 0) entries.push([type, keys.map((key) => sortedCopy(key.entry))]);
  }
  return entries;
}

/**
 * The metadata tree sops 3.13 writes, ready for a store's `emitEncrypted`. The binary store omits the
 * selection rule (sops >= 3.11 ignores it there).
 */
export function writeMetadata(metadata: Metadata, { cryptRule = true } = {}): TreeMap {
  const entries: Array<[string, TreeValue]> = [];
  const [onlyGroup] = metadata.keyGroups;
  if (metadata.keyGroups.length === 1 && onlyGroup) {
    entries.push(...groupEntries(onlyGroup));
  } else {
    entries.push(["key_groups", metadata.keyGroups.map((group) => sortedMap(groupEntries(group)))]);
  }
  if (metadata.shamirThreshold > 0) entries.push(["shamir_threshold", BigInt(metadata.shamirThreshold)]);
  entries.push(["lastmodified", metadata.lastModified]);
  entries.push(["mac", metadata.mac]);
  if (metadata.macOnlyEncrypted) entries.push(["mac_only_encrypted", true]);
  if (cryptRule) entries.push([metadata.cryptRule.name, metadata.cryptRule.value]);
  entries.push(["version", metadata.version ?? SOPS_VERSION]);
  return sortedMap(entries);
}

/** All recipients/ids of the file's master keys, for messages (`age1...`, `pgp:FINGERPRINT`). */
export function describeMasterKeys(metadata: Metadata): string[] {
  return metadata.keyGroups.flatMap((group) => [
    ...group.age.map((key) => printable(key.recipient)),
    ...group.others.map((key) => `${key.type}:${printable(key.id)}`),
  ]);
}

export function assertHasAgeKeys(metadata: Metadata, file: string): void {
  if (metadata.keyGroups.some((group) => group.age.length > 0)) return;
  throw new SopsError(
    "UNSUPPORTED",
    `${file} has no age recipients; its master keys are ${describeMasterKeys(metadata).join(", ")}. ` +
      "Only age keys are supported: add an age recipient with `sops updatekeys` or `sops rotate --add-age`",
  );
}
