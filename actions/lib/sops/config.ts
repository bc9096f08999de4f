/**
 * `.sops.yaml`: creation rules (first match wins, `path_regex` tested unanchored against the file's
 * path relative to the config's folder) and store settings.
 */
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { badInput } from "./errors.js";
import { CRYPT_RULE_NAMES, type CryptRule } from "./metadata.js";
import { compileRe2 } from "./re2.js";

export interface CreationRule {
  /** Position in `creation_rules`, for messages. */
  index: number;
  pathRegex: string | undefined;
  /** age recipients per key group (one group unless `key_groups` has several). */
  ageGroups: string[][];
  /** Master keys of other types named by the rule (`pgp:FP`, `kms:ARN`): not supported for encryption. */
  otherKeys: string[];
  shamirThreshold: number;
  cryptRule: CryptRule | undefined;
  macOnlyEncrypted: boolean;
}

export interface SopsConfig {
  source: string;
  creationRules: CreationRule[];
  yamlIndent: number | undefined;
  jsonIndent: number | undefined;
}

type Raw = Record<string, unknown>;

/** Fields of a creation rule or key group that name master keys other than age. */
export const OTHER_KEY_FIELDS = [
  "pgp",
  "kms",
  "gcp_kms",
  "hckms",
  "azure_keyvault",
  "hc_vault_transit_uri",
  "hc_vault",
];

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** sops' `parseKeyField`: a comma-separated string (trimmed, empties dropped) or a list of strings. */
function keyField(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") {
    return value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      if (typeof item === "string") return item.trim();
      if (isRecord(item)) {
        const id = Object.values(item).find((field) => typeof field === "string");
        if (typeof id === "string") return id;
      }
      throw badInput(`${where}[${index}] must be a string`);
    });
  }
  throw badInput(`${where} must be a comma-separated string or a list`);
}

function otherKeysOf(source: Raw, where: string): string[] {
  return OTHER_KEY_FIELDS.flatMap((field) =>
    keyField(source[field], `${where}.${field}`).map((id) => `${field}:${id}`),
  );
}

function parseRule(raw: unknown, index: number, source: string): CreationRule {
  const where = `${source}: creation_rules[${index}]`;
  if (!isRecord(raw)) throw badInput(`${where} must be a mapping`);
  const pathRegex = raw.path_regex;
  if (pathRegex !== undefined && typeof pathRegex !== "string")
    throw badInput(`${where}.path_regex must be a string`);
  if (pathRegex) compileRe2(pathRegex);

  let ageGroups: string[][];
  let otherKeys: string[];
  const groups = raw.key_groups;
  if (Array.isArray(groups) && groups.length > 0) {
    ageGroups = [];
    otherKeys = [];
    groups.forEach((group: unknown, groupIndex) => {
      const groupWhere = `${where}.key_groups[${groupIndex}]`;
      if (!isRecord(group)) throw badInput(`${groupWhere} must be a mapping`);
      const merged = [group, ...(Array.isArray(group.merge) ? (group.merge as unknown[]) : [])].filter(
        isRecord,
      );
      const age = [...new Set(merged.flatMap((part) => keyField(part.age, `${groupWhere}.age`)))];
      ageGroups.push(age);
      otherKeys.push(...merged.flatMap((part) => otherKeysOf(part, groupWhere)));
    });
  } else {
    ageGroups = [keyField(raw.age, `${where}.age`)];
    otherKeys = otherKeysOf(raw, where);
  }

  const rules = CRYPT_RULE_NAMES.flatMap((name) => {
    const value = raw[name];
    if (value === undefined || value === null || value === "") return [];
    if (typeof value !== "string") throw badInput(`${where}.${name} must be a string`);
    return [{ name, value }];
  });
  if (rules.length > 1)
    throw badInput(`${where} sets ${rules.map((rule) => rule.name).join(" and ")}: only one is allowed`);
  const rule = rules[0];
  if (rule && rule.name.includes("regex")) compileRe2(rule.value);

  const threshold = raw.shamir_threshold ?? 0;
  if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 0) {
    throw badInput(`${where}.shamir_threshold must be a whole number`);
  }
  return {
    index,
    pathRegex: pathRegex || undefined,
    ageGroups,
    otherKeys,
    shamirThreshold: threshold,
    cryptRule: rule,
    macOnlyEncrypted: raw.mac_only_encrypted === true,
  };
}

function indentOf(stores: Raw, store: string, source: string): number | undefined {
  const settings = stores[store];
  if (!isRecord(settings) || settings.indent === undefined) return undefined;
  if (typeof settings.indent !== "number")
    throw badInput(`${source}: stores.${store}.indent must be a number`);
  return settings.indent;
}

export function parseSopsConfig(text: string, source: string): SopsConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw badInput(`${source} is not valid YAML${line ? ` (line ${line})` : ""}`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (!isRecord(raw)) throw badInput(`${source} must be a YAML mapping`);
  const rules = raw.creation_rules ?? [];
  if (!Array.isArray(rules)) throw badInput(`${source}: creation_rules must be a list`);
  const stores = isRecord(raw.stores) ? raw.stores : {};
  return {
    source,
    creationRules: rules.map((rule, index) => parseRule(rule, index, source)),
    yamlIndent: indentOf(stores, "yaml", source),
    jsonIndent: indentOf(stores, "json", source),
  };
}

/** The path sops matches `path_regex` against: relative to the config's folder, with `/` separators. */
export function pathForRules(configDir: string, filePath: string): string {
  const relative = path.relative(path.resolve(configDir), path.resolve(filePath));
  return relative.split(path.sep).join("/");
}

export function findCreationRule(config: SopsConfig, relativePath: string): CreationRule | undefined {
  return config.creationRules.find(
    (rule) => !rule.pathRegex || compileRe2(rule.pathRegex).test(relativePath),
  );
}
