/**
 * What a repository accepts: its policy file (`.github/secrets-policy.yml`: path globs, rule ids and
 * fingerprints of accepted findings, each with a reason) and the `[allowlist]` of an existing
 * `.gitleaks.toml`, so that repositories moving from gitleaks keep their allowlists.
 */
import picomatch from "picomatch";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { ConfigurationError, describeUnknown } from "../errors.js";
import { compileRe2 } from "../sops/re2.js";
import { RULE_IDS, type Finding, type RuleId } from "./rules.js";
import { isRecipient, looksLikeIdentity, shortRecipient } from "../access/names.js";

export interface AllowEntry {
  reason: string;
  paths?: (file: string) => boolean;
  rules?: RuleId[];
  fingerprints?: string[];
}

export interface Policy {
  source: string | undefined;
  allow: AllowEntry[];
  /**
   * `sample-paths`: the files whose secret-named values are examples (a warning, not an error); in
   * place of the default (isSamplePath) when the policy file names them.
   */
  samplePaths?: (file: string) => boolean;
  /** `recipients:`: who each age, age PQ or PGP recipient is (a person, a team, CI), by name. */
  recipients?: ReadonlyMap<string, readonly string[]>;
}

export const EMPTY_POLICY: Policy = { source: undefined, allow: [] };

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw new ConfigurationError(`${where} must be a list of non-empty strings`);
  }
  return (list as string[]).map((item) => item.trim());
}

/** Globs as in .gitignore-style tools: `**` crosses folders, dot files match, `/` separators. */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  const matcher = picomatch([...globs], { dot: true });
  return (file) => matcher(file);
}

const ENTRY_KEYS = new Set(["reason", "paths", "rules", "fingerprints"]);
const POLICY_KEYS = new Set(["version", "allow", "sample-paths", "recipients"]);

/** Parses `.github/secrets-policy.yml`; every mistake names the file and the entry. */
export function parsePolicy(text: string, source: string): Policy {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch {
    throw new ConfigurationError(`${source} is not valid YAML: fix its syntax`);
  }
  if (raw === null || raw === undefined) return { source, allow: [] };
  if (!isRecord(raw)) throw new ConfigurationError(`${source} must be a YAML mapping with an \`allow\` list`);
  const unknown = Object.keys(raw).filter((key) => !POLICY_KEYS.has(key));
  if (unknown.length > 0)
    throw new ConfigurationError(
      `${source}: unknown key \`${unknown[0] ?? ""}\` (expected allow, sample-paths, recipients)`,
    );
  const samplePaths = stringList(raw["sample-paths"], `${source}: sample-paths`);
  const list = raw.allow ?? [];
  if (!Array.isArray(list)) throw new ConfigurationError(`${source}: allow must be a list`);
  const allow = list.map((item: unknown, index): AllowEntry => {
    const where = `${source}: allow[${index}]`;
    if (!isRecord(item)) throw new ConfigurationError(`${where} must be a mapping`);
    const extra = Object.keys(item).find((key) => !ENTRY_KEYS.has(key));
    if (extra)
      throw new ConfigurationError(
        `${where}: unknown key \`${extra}\` (expected reason, paths, rules, fingerprints)`,
      );
    if (typeof item.reason !== "string" || item.reason.trim() === "")
      throw new ConfigurationError(`${where} needs a reason: say why these findings are accepted`);
    const paths = stringList(item.paths, `${where}.paths`);
    const rules = stringList(item.rules, `${where}.rules`);
    const fingerprints = stringList(item.fingerprints, `${where}.fingerprints`);
    const unknownRule = rules?.find((rule) => !(RULE_IDS as readonly string[]).includes(rule));
    if (unknownRule)
      throw new ConfigurationError(
        `${where}.rules: unknown rule \`${unknownRule}\` (one of ${RULE_IDS.join(", ")})`,
      );
    if (!paths && !rules && !fingerprints)
      throw new ConfigurationError(
        `${where} must name paths, rules or fingerprints: an empty entry would accept everything`,
      );
    return {
      reason: item.reason.trim(),
      ...(paths ? { paths: globMatcher(paths) } : {}),
      ...(rules ? { rules: rules as RuleId[] } : {}),
      ...(fingerprints ? { fingerprints } : {}),
    };
  });
  const recipients = raw.recipients === undefined ? undefined : parseRecipientNames(raw.recipients, source);
  return {
    source,
    allow,
    ...(samplePaths ? { samplePaths: globMatcher(samplePaths) } : {}),
    ...(recipients ? { recipients } : {}),
  };
}

/** `recipients: {alice: [age1…, age1…], ci: age1…}`: each name with one or more recipients. */
function parseRecipientNames(value: unknown, source: string): Map<string, string[]> {
  if (!isRecord(value))
    throw new ConfigurationError(`${source}: recipients must map names to recipients (\`alice: age1…\`)`);
  const names = new Map<string, string[]>();
  const owner = new Map<string, string>();
  for (const [name, list] of Object.entries(value)) {
    const where = `${source}: recipients.${name}`;
    const recipients = stringList(list, where) ?? [];
    if (name.trim() === "" || recipients.length === 0)
      throw new ConfigurationError(`${where} needs a name and at least one recipient`);
    for (const [index, recipient] of recipients.entries()) {
      // The entry is never quoted: what is not a recipient may be a key or a token pasted by mistake.
      if (looksLikeIdentity(recipient))
        throw new ConfigurationError(
          `${where}: entry ${index + 1} is an age identity (a secret key), not a recipient: remove it from ${source}, put its recipient (age-keygen -y) there instead, and treat the key as exposed`,
        );
      if (!isRecipient(recipient))
        throw new ConfigurationError(
          `${where}: entry ${index + 1} (${recipient.length} characters) is not an age recipient (age1…, age1pq1…) or a PGP fingerprint (40 hex digits)`,
        );
      const earlier = owner.get(recipient);
      if (earlier !== undefined && earlier !== name)
        throw new ConfigurationError(
          `${where}: ${shortRecipient(recipient)}… is already named ${earlier}: give a recipient one name`,
        );
      owner.set(recipient, name);
    }
    names.set(name, recipients);
  }
  return names;
}

function entryAccepts(entry: AllowEntry, finding: Pick<Finding, "rule" | "file" | "fingerprint">): boolean {
  return (
    (!entry.paths || entry.paths(finding.file)) &&
    (!entry.rules || entry.rules.includes(finding.rule)) &&
    (!entry.fingerprints || entry.fingerprints.includes(finding.fingerprint))
  );
}

export function policyAccepts(
  policy: Policy,
  finding: Pick<Finding, "rule" | "file" | "fingerprint">,
): boolean {
  return policy.allow.some((entry) => entryAccepts(entry, finding));
}

/** Files every rule accepts: they are not even read. */
export function policySkipsFile(policy: Policy, file: string): boolean {
  return policy.allow.some((entry) => entry.paths?.(file) === true && !entry.rules && !entry.fingerprints);
}

export interface GitleaksAllowlist {
  paths: RegExp[];
  regexes: RegExp[];
  regexTarget: "secret" | "match" | "line";
  stopwords: string[];
  commits: string[];
  /** `AND`: every criterion given must match; `OR` (gitleaks' default): any one. */
  condition: "AND" | "OR";
}

function tomlStrings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
    throw new ConfigurationError(`${where} must be a list of strings`);
  return value as string[];
}

function re2List(value: unknown, where: string): RegExp[] {
  return tomlStrings(value, where).map((pattern, index) => {
    try {
      return compileRe2(pattern);
    } catch (error) {
      throw new ConfigurationError(`${where}[${index}]: ${describeUnknown(error)}`);
    }
  });
}

function readAllowlist(raw: Raw, where: string): GitleaksAllowlist {
  const target = raw.regexTarget ?? "secret";
  if (target !== "secret" && target !== "match" && target !== "line")
    throw new ConfigurationError(`${where}.regexTarget must be secret, match or line`);
  const condition = typeof raw.condition === "string" ? raw.condition.toUpperCase() : "OR";
  if (condition !== "AND" && condition !== "OR")
    throw new ConfigurationError(`${where}.condition must be AND or OR`);
  return {
    paths: re2List(raw.paths, `${where}.paths`),
    regexes: re2List(raw.regexes, `${where}.regexes`),
    regexTarget: target,
    stopwords: tomlStrings(raw.stopwords, `${where}.stopwords`).map((word) => word.toLowerCase()),
    commits: tomlStrings(raw.commits, `${where}.commits`),
    condition,
  };
}

/**
 * The global allowlists of a `.gitleaks.toml`: `[allowlist]` and the `[[allowlists]]` that do not target
 * specific gitleaks rules (those rule ids mean nothing here). Regexes are Go RE2, as gitleaks reads them.
 */
export function parseGitleaksAllowlists(text: string, source: string): GitleaksAllowlist[] {
  let raw: Raw;
  try {
    raw = parseToml(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid TOML: ${describeUnknown(error)}`);
  }
  const lists: GitleaksAllowlist[] = [];
  if (isRecord(raw.allowlist)) lists.push(readAllowlist(raw.allowlist, `${source}: [allowlist]`));
  if (Array.isArray(raw.allowlists)) {
    raw.allowlists.forEach((item: unknown, index) => {
      if (isRecord(item) && item.targetRules === undefined)
        lists.push(readAllowlist(item, `${source}: [[allowlists]][${index}]`));
    });
  }
  return lists;
}

export interface SecretContext {
  file: string;
  secret: string;
  /** The line that holds the secret (`regexTarget = "line"`). */
  line: string;
}

export function gitleaksAllows(lists: readonly GitleaksAllowlist[], context: SecretContext): boolean {
  return lists.some((list) => {
    const target = list.regexTarget === "line" ? context.line : context.secret;
    const checks = [
      list.paths.length > 0 ? list.paths.some((regex) => regex.test(context.file)) : undefined,
      list.regexes.length > 0 ? list.regexes.some((regex) => regex.test(target)) : undefined,
      list.stopwords.length > 0
        ? list.stopwords.some((word) => context.secret.toLowerCase().includes(word))
        : undefined,
    ].filter((check): check is boolean => check !== undefined);
    if (checks.length === 0) return false;
    return list.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
  });
}

/** History findings in a commit an `OR` allowlist names (gitleaks' `commits`). */
export function gitleaksAllowsCommit(lists: readonly GitleaksAllowlist[], commit: string): boolean {
  return lists.some((list) => list.condition === "OR" && list.commits.includes(commit));
}

/** Paths gitleaks skips entirely (an `OR` allowlist's paths): those files need no secret scan. */
export function gitleaksSkipsFile(lists: readonly GitleaksAllowlist[], file: string): boolean {
  return lists.some((list) => list.condition === "OR" && list.paths.some((regex) => regex.test(file)));
}
