/**
 * The report of rotate-reminder: one entry per secret with its age, the policy that applies, its
 * status and hygiene notes; stable ids; the job summary rows; the hygiene checks on decrypted values
 * (which see digests and lengths only, never values).
 */
import { ageInDays } from "../sops/policy.js";
import { ruleFor, type RotationPolicy, type SecretSource } from "./policy.js";

export type SecretScope = "repository" | "environment" | "organization" | "dependabot";
export type RotationStatus = "ok" | "due-soon" | "overdue";

/** A secret found somewhere, before the policy is applied. */
export interface FoundSecret {
  name: string;
  source: SecretSource;
  /** SOPS: the file and its key path; GitHub: undefined. */
  file?: string;
  key?: string;
  /** `owner/repo` the secret belongs to (GitHub) or lives in (SOPS). */
  repository: string;
  scope?: SecretScope;
  environment?: string;
  lastChanged: string;
  /** The commit of the change (SOPS); undefined for GitHub secrets (`updated_at`). */
  commit?: string;
  exact: boolean;
  hygiene?: readonly string[];
  /** 1-based line of the key in the file, for annotations. */
  line?: number;
}

export interface ReportEntry {
  id: string;
  name: string;
  source: SecretSource;
  file: string | null;
  key: string | null;
  repository: string;
  scope: SecretScope | null;
  environment: string | null;
  "last-changed": string;
  commit: string | null;
  "age-days": number;
  exact: boolean;
  "max-age-days": number;
  status: RotationStatus;
  hygiene: string[];
  /** Not part of the output: who to assign, what to link, where to annotate. */
  owner?: string | undefined;
  /** Why it must be rotated when the reason is not its age (an offboarded reader could open it). */
  reason?: string | undefined;
  runbook?: string | undefined;
  line?: number | undefined;
}

export function secretId(secret: FoundSecret): string {
  if (secret.source === "sops") return `sops:${secret.file ?? ""}:${secret.name}`;
  const where = secret.scope === "environment" ? `environment:${secret.environment ?? ""}` : secret.scope;
  return `github:${secret.repository}:${where ?? "repository"}:${secret.name}`;
}

export function statusOf(ageDays: number, maxAgeDays: number, warnBeforeDays: number): RotationStatus {
  if (ageDays >= maxAgeDays) return "overdue";
  if (ageDays >= maxAgeDays - warnBeforeDays) return "due-soon";
  return "ok";
}

const ORDER: Record<RotationStatus, number> = { overdue: 0, "due-soon": 1, ok: 2 };

/** Entries for every secret the policy does not ignore, overdue first, then oldest first. */
export function buildReport(
  secrets: readonly FoundSecret[],
  policy: RotationPolicy,
  now: number,
): ReportEntry[] {
  const entries: ReportEntry[] = [];
  for (const secret of secrets) {
    const rule = ruleFor(policy, secret.name, secret.source);
    if (rule.ignore) continue;
    const age = ageInDays(secret.lastChanged, now);
    entries.push({
      id: secretId(secret),
      name: secret.name,
      source: secret.source,
      file: secret.file ?? null,
      key: secret.key ?? null,
      repository: secret.repository,
      scope: secret.scope ?? null,
      environment: secret.environment ?? null,
      "last-changed": secret.lastChanged,
      commit: secret.commit ?? null,
      "age-days": age,
      exact: secret.exact,
      "max-age-days": rule.maxAgeDays,
      status: statusOf(age, rule.maxAgeDays, rule.warnBeforeDays),
      hygiene: [...(secret.hygiene ?? [])],
      owner: rule.owner,
      runbook: rule.runbook,
      line: secret.line,
    });
  }
  return entries.sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || b["age-days"] - a["age-days"] || (a.id < b.id ? -1 : 1),
  );
}

/** The `report` output: the documented fields only. */
export function reportOutput(entries: readonly ReportEntry[]): object[] {
  return entries.map((entry) => {
    const output: Partial<ReportEntry> = { ...entry };
    delete output.owner;
    delete output.runbook;
    delete output.line;
    return output;
  });
}

/** What the hygiene checks know of a decrypted value: never the value. */
export interface ValueFacts {
  name: string;
  file: string;
  length: number;
  /** A keyed digest of the value, equal for equal values within one run. */
  digest: string;
  /** The value is a known default or placeholder, or the key's own name. */
  weak: boolean;
}

const WEAK_VALUES = new Set([
  "juniper",
  "changeme",
  "change-me",
  "password",
  "secret",
  "test",
  "admin",
  "default",
  "example",
  "123456",
  "token",
  "key",
]);

/** Whether a value is a known default: checked where the value is, so that only the answer travels. */
export function isWeakValue(name: string, value: string): boolean {
  const lower = value.trim().toLowerCase();
  return WEAK_VALUES.has(lower) || lower === name.toLowerCase() || /^(.)\1*$/.test(lower);
}

/** Hygiene notes per secret (`file:name` → notes), from facts about the values. */
export function hygieneNotes(facts: readonly ValueFacts[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (fact: ValueFacts, note: string) => {
    const key = `${fact.file}:${fact.name}`;
    notes.set(key, [...(notes.get(key) ?? []), note]);
  };
  const byDigest = new Map<string, ValueFacts[]>();
  for (const fact of facts) byDigest.set(fact.digest, [...(byDigest.get(fact.digest) ?? []), fact]);
  for (const fact of facts) {
    if (fact.length < 16) add(fact, `shorter than 16 characters (${fact.length})`);
    if (fact.weak) add(fact, "a known default or placeholder value");
    const twins = (byDigest.get(fact.digest) ?? []).filter((other) => other !== fact);
    if (twins.length > 0) {
      add(
        fact,
        `the same value as ${twins.map((other) => (other.file === fact.file ? other.name : `${other.name} in ${other.file}`)).join(", ")}`,
      );
    }
  }
  return notes;
}
