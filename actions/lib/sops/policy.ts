/**
 * What the suite decides about a SOPS file against its `.sops.yaml`, with one meaning wherever it is
 * asked: which creation rule covers a file, whether the file's recipients are the rule's (updatekeys,
 * verify-no-plaintext, rotate-reminder), and how old the file is.
 */
import { findCreationRule, pathForRules, type CreationRule, type SopsConfig } from "./config.js";
import type { KeyGroup } from "./metadata.js";

/** A parsed `.sops.yaml` with where it lives, as the repository sees it. */
export interface SopsSetup {
  config: SopsConfig;
  /** Folder of the config, relative to the repository root (`""` for the root). */
  dir: string;
  /** The config file itself, relative to the repository root: never a file the rules cover. */
  file: string;
}

/**
 * The creation rule sops would pick for a repository-relative file: the first that matches, and only
 * for files below the config's folder. The config file itself is never covered.
 */
export function creationRuleFor(setup: SopsSetup | undefined, file: string): CreationRule | undefined {
  if (!setup || file === setup.file) return undefined;
  const relative = pathForRules(setup.dir || ".", file);
  if (relative.startsWith("../")) return undefined;
  return findCreationRule(setup.config, relative);
}

export interface RecipientComparison {
  /** Whether the rule names age recipients at all: a PGP/KMS-only rule cannot be compared. */
  comparable: boolean;
  /** Age recipients the rule names that the file is not encrypted to. */
  missing: string[];
  /** Age recipients the file is encrypted to that the rule does not name. */
  extra: string[];
  /** Master keys of other kinds (`pgp:FINGERPRINT`, ...) in the file that the rule does not name. */
  unnamedOtherKeys: string[];
  /** The same age recipients, but split into key groups differently (Shamir shares go per group). */
  regrouped: boolean;
  /** Nothing to update: `sops updatekeys` would leave the file as it is. */
  inSync: boolean;
}

const groupShape = (groups: readonly (readonly string[])[]): string =>
  JSON.stringify(
    groups
      .filter((group) => group.length > 0)
      .map((group) => [...new Set(group)].sort())
      .sort(),
  );

/**
 * The file's master keys against the creation rule's. Key groups are compared as sets of sets: the
 * order of groups and of keys inside a group does not matter, empty groups do not count.
 */
export function compareRecipients(keyGroups: readonly KeyGroup[], rule: CreationRule): RecipientComparison {
  const wanted = rule.ageGroups.filter((group) => group.length > 0);
  const current = keyGroups.map((group) => group.age.map((key) => key.recipient));
  const have = new Set(current.flat());
  const want = new Set(wanted.flat());
  // In the rule's and the file's order, as a person reads them there.
  const missing = [...want].filter((recipient) => !have.has(recipient));
  const extra = [...have].filter((recipient) => !want.has(recipient));
  const named = new Set(rule.otherKeys);
  const unnamedOtherKeys = [
    ...new Set(keyGroups.flatMap((group) => group.others.map((key) => `${key.type}:${key.id}`))),
  ]
    .filter((key) => !named.has(key))
    .sort();
  const regrouped = missing.length === 0 && extra.length === 0 && groupShape(current) !== groupShape(wanted);
  const comparable = wanted.length > 0;
  return {
    comparable,
    missing,
    extra,
    unnamedOtherKeys,
    regrouped,
    inSync:
      comparable && missing.length === 0 && extra.length === 0 && unnamedOtherKeys.length === 0 && !regrouped,
  };
}

const DAY_MS = 86_400_000;

/** Whole days from an RFC 3339 time (SOPS `lastmodified`, a commit date) to `now`; never negative. */
export function ageInDays(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / DAY_MS));
}
