/**
 * Reading one repository's inventory JSON (schema.ts) from untrusted text: every field the schema
 * declares is checked (type, enum, date, digest and commit shapes), fields it does not declare are
 * ignored and not carried on. A file that fails is not an error of the merge: the caller names it and
 * skips it.
 */
import { isRepositoryName } from "../repository-name.js";
import { printable } from "../errors.js";
import {
  INVENTORY_SCHEMA,
  type GitHubScope,
  type InventorySecret,
  type RepositoryInventory,
  type RotationState,
  type SecretSource,
  type VerifyCounts,
} from "./schema.js";

export type ParsedInventory = { ok: true; inventory: RepositoryInventory } | { ok: false; reason: string };

class Invalid extends Error {}

type Json = Record<string, unknown>;

const SOURCES: readonly SecretSource[] = ["sops", "github"];
const SCOPES: readonly GitHubScope[] = ["repository", "environment", "organization", "dependabot"];
const STATES: readonly RotationState[] = ["ok", "due-soon", "overdue"];

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DIGEST = /^[0-9a-f]{64}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** What a value is, for a message: its type, or a short quote of a string (escaped, cut). */
function describe(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return printable(JSON.stringify(value), 40);
  if (typeof value === "object") return "an object";
  return typeof value === "number" ? String(value) : typeof value;
}

function fail(where: string, expected: string, value: unknown): never {
  throw new Invalid(`${where}: expected ${expected}, found ${describe(value)}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(where, "an object", value);
  return value as Json;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, "an array", value);
  return value;
}

function string(value: unknown, where: string, { empty = false } = {}): string {
  if (typeof value !== "string") fail(where, "a string", value);
  if (!empty && value === "") fail(where, "a non-empty string", value);
  return value;
}

function strings(value: unknown, where: string): string[] {
  return array(value, where).map((item, index) => string(item, `${where}[${index}]`));
}

function count(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    fail(where, "a whole number of 0 or more", value);
  return value;
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== "boolean") fail(where, "true or false", value);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value))
    fail(where, allowed.map((item) => JSON.stringify(item)).join(" or "), value);
  return value as T;
}

function date(value: unknown, where: string): string {
  if (typeof value !== "string" || !DATE.test(value) || Number.isNaN(Date.parse(value)))
    fail(where, "an ISO 8601 date (2026-01-31T12:00:00Z)", value);
  return value;
}

function commit(value: unknown, where: string): string {
  if (typeof value !== "string" || !COMMIT.test(value)) fail(where, "a full commit hash", value);
  return value.toLowerCase();
}

/** An optional field: absent (or undefined) stays absent; present, it must be valid. */
function optional<T>(json: Json, key: string, where: string, read: (value: unknown, where: string) => T) {
  return json[key] === undefined ? undefined : read(json[key], `${where}.${key}`);
}

function verifyCounts(value: unknown, where: string): VerifyCounts {
  const json = object(value, where);
  const rules = object(json.by_rule, `${where}.by_rule`);
  // No prototype: a rule id "__proto__" from a file is a key like any other.
  const byRule = Object.create(null) as Record<string, number>;
  for (const [rule, found] of Object.entries(rules)) {
    if (rule === "") fail(`${where}.by_rule`, "rule ids that are not empty", rule);
    byRule[rule] = count(found, `${where}.by_rule[${printable(JSON.stringify(rule), 40)}]`);
  }
  return {
    errors: count(json.errors, `${where}.errors`),
    warnings: count(json.warnings, `${where}.warnings`),
    notes: count(json.notes, `${where}.notes`),
    by_rule: byRule,
  };
}

function secret(value: unknown, where: string): InventorySecret {
  const json = object(value, where);
  const digest = json.digest;
  if (digest !== null && (typeof digest !== "string" || !DIGEST.test(digest)))
    fail(`${where}.digest`, "null or 64 hexadecimal digits (HMAC-SHA256)", digest);
  const result: InventorySecret = {
    name: string(json.name, `${where}.name`),
    source: oneOf(json.source, SOURCES, `${where}.source`),
    last_changed: date(json.last_changed, `${where}.last_changed`),
    age_days: count(json.age_days, `${where}.age_days`),
    exact: boolean(json.exact, `${where}.exact`),
    max_age_days: count(json.max_age_days, `${where}.max_age_days`),
    status: oneOf(json.status, STATES, `${where}.status`),
    digest: digest === null ? null : digest.toLowerCase(),
  };
  const file = optional(json, "file", where, string);
  const key = optional(json, "key", where, string);
  const scope = optional(json, "scope", where, (item, at) => oneOf(item, SCOPES, at));
  const environment = optional(json, "environment", where, string);
  const readers = optional(json, "readers", where, strings);
  const at = optional(json, "commit", where, commit);
  if (file !== undefined) result.file = file;
  if (key !== undefined) result.key = key;
  if (scope !== undefined) result.scope = scope;
  if (environment !== undefined) result.environment = environment;
  if (readers !== undefined) result.readers = readers;
  if (at !== undefined) result.commit = at;
  return result;
}

function inventory(value: unknown): RepositoryInventory {
  const json = object(value, "the document");
  if (json.schema !== INVENTORY_SCHEMA) fail("schema", JSON.stringify(INVENTORY_SCHEMA), json.schema);
  const repository = string(json.repository, "repository");
  if (!isRepositoryName(repository)) fail("repository", "OWNER/NAME", repository);
  const verify = object(json.verify, "verify");
  const unread = json.unread === undefined ? undefined : string(json.unread, "unread");
  // A repository that was not read has nothing read to report: secrets would be merged as if it had.
  if (unread !== undefined && Array.isArray(json.secrets) && json.secrets.length > 0)
    fail("secrets", "none in an unread repository's inventory", json.secrets);
  return {
    schema: INVENTORY_SCHEMA,
    repository,
    commit: json.commit === null ? null : commit(json.commit, "commit"),
    generated_at: date(json.generated_at, "generated_at"),
    adopted: boolean(json.adopted, "adopted"),
    recipients: array(json.recipients, "recipients").map((item, index) => {
      const entry = object(item, `recipients[${index}]`);
      return {
        name: string(entry.name, `recipients[${index}].name`),
        recipients: strings(entry.recipients, `recipients[${index}].recipients`),
      };
    }),
    secrets: array(json.secrets, "secrets").map((item, index) => secret(item, `secrets[${index}]`)),
    verify: {
      tree: verifyCounts(verify.tree, "verify.tree"),
      history: verify.history === null ? null : verifyCounts(verify.history, "verify.history"),
    },
    problems: array(json.problems, "problems").map((item, index) =>
      string(item, `problems[${index}]`, { empty: true }),
    ),
    ...(unread === undefined ? {} : { unread }),
  };
}

/** One inventory from the text of a file: the checked inventory, or why it is not one (one line). */
export function parseInventory(text: string): ParsedInventory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${printable(error instanceof Error ? error.message : "", 80)})` };
  }
  try {
    return { ok: true, inventory: inventory(value) };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, reason: `not a ${INVENTORY_SCHEMA} file: ${error.message}` };
    throw error;
  }
}
