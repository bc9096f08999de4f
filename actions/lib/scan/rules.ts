/**
 * The rules of verify-no-plaintext: stable ids (used in annotations, SARIF, the policy file and inline
 * `secrets-allow` comments), default severities and the one-line fix every message ends with.
 */
import { fingerprint } from "./values.js";
import { WORKFLOW_RULE_IDS, WORKFLOW_RULES } from "../workflow/rule-info.js";
/**
 * `note`: a placeholder or a provider's documentation example in a credential's format. Counted and
 * kept in SARIF (level note), never annotated and never failing: it is not anyone's secret.
 */
export type Severity = "error" | "warning" | "note";

const FILE_RULE_IDS = [
  "plaintext-env-file",
  "sops-rule-not-encrypted",
  "sops-value-not-encrypted",
  "sops-recipients-drift",
  "sops-unknown-recipient",
  "secret-pattern",
  "secret-default",
  "env-not-ignored",
] as const;

/** The rules of files, then those of workflows and composite actions. */
export const RULE_IDS = [...FILE_RULE_IDS, ...WORKFLOW_RULE_IDS] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  title: string;
  description: string;
  fix: string;
}

const FILE_RULES: Record<(typeof FILE_RULE_IDS)[number], RuleInfo> = {
  "plaintext-env-file": {
    id: "plaintext-env-file",
    severity: "error",
    title: "Plaintext dotenv file",
    description:
      "A tracked dotenv file (.env, .env.*, *.env) is neither SOPS- nor dotenvx-encrypted, or a template " +
      "(.env.example, .env.sample, .env.template, .env.dist) holds a real-looking value instead of a placeholder.",
    fix: "encrypt it (`sops encrypt -i FILE`) or remove it from git (`git rm --cached FILE`) and rotate its values",
  },
  "sops-rule-not-encrypted": {
    id: "sops-rule-not-encrypted",
    severity: "error",
    title: "File matches a .sops.yaml creation rule but is not encrypted",
    description:
      "The file's path matches the path_regex of a .sops.yaml creation rule (first match, as sops " +
      "decides), so it must be a SOPS file, but it has no SOPS metadata.",
    fix: "encrypt it with `sops encrypt -i FILE` and rotate any value that was committed in plaintext",
  },
  "sops-value-not-encrypted": {
    id: "sops-value-not-encrypted",
    severity: "error",
    title: "SOPS file holds a plaintext value or broken metadata",
    description:
      "A value that the SOPS file's own selection rules (unencrypted_suffix, encrypted_regex, ...) say " +
      "must be encrypted is stored in plaintext, or the sops metadata is broken (no MAC, no lastmodified, " +
      "no key), or the MAC does not match the content.",
    fix: "restore the file and change values with `sops edit`/`sops set`, or re-encrypt it from its plaintext",
  },
  "sops-recipients-drift": {
    id: "sops-recipients-drift",
    severity: "error",
    title: "SOPS file recipients differ from its creation rule",
    description:
      "The age recipients of a SOPS file differ from those of the .sops.yaml creation rule for its path: " +
      "missing recipients lock people or CI out, extra ones keep access that was meant to be removed.",
    fix: "run `sops updatekeys FILE` (or `secrets-actions updatekeys FILE`) with a key that can decrypt it",
  },
  "sops-unknown-recipient": {
    id: "sops-unknown-recipient",
    severity: "warning",
    title: "SOPS file encrypted to a recipient with no name",
    description:
      "The policy file names who each recipient is (`recipients:` in .github/secrets-policy.yml, or a comment beside it in .sops.yaml), and this SOPS file can be opened by a recipient nobody named: a key nobody can account for. Checked only when the policy file has `recipients:`.",
    fix: "name the recipient under `recipients:` (a person, a team, CI), or take it out with `secrets-actions offboard RECIPIENT`",
  },
  "secret-pattern": {
    id: "secret-pattern",
    severity: "error",
    title: "Credential in plaintext",
    description:
      "A credential in one of the formats of the credential table (GitHub, GitLab, AWS, Google, Hugging Face, " +
      "Anthropic, OpenAI, Slack, Stripe, npm, PyPI, Sentry, private keys, age keys, JWTs and 80 more; see " +
      "verify-no-plaintext-rules.md), a password in a URL, or a high-entropy value assigned to a " +
      "*_KEY/*_TOKEN/*_SECRET/PASSWORD-style name. A placeholder or a provider's documentation example in a " +
      "known format is a note (never annotated, never failing); a generic value is an error in configuration " +
      "and code and a warning in tests, fixtures, examples and docs (`sample-paths`).",
    fix: "revoke and rotate the credential, then move it into a SOPS file or a secret store",
  },
  "secret-default": {
    id: "secret-default",
    severity: "error",
    title: "Hard-coded default of a secret in Python code",
    description:
      'A Python file gives a secret-named variable a literal default: `os.getenv("X", "...")`, ' +
      '`os.environ.get`/`setdefault`, a pydantic-settings field (`x: str = "..."`, `Field(default="...")`) ' +
      'or `SecretStr("...")`, for names with KEY, TOKEN, SECRET, PASSWORD, AUTH or DSN. The service then ' +
      "runs with a value everyone can read whenever the variable is missing. Empty strings and None are fine.",
    fix: 'require the variable; no default (`os.environ["X"]`, a settings field without a default) and rotate the value if it was ever used',
  },
  "env-not-ignored": {
    id: "env-not-ignored",
    severity: "warning",
    title: ".env is not git-ignored",
    description:
      "The repository's .gitignore does not ignore .env, so a local .env can be committed by accident.",
    fix: "add `.env` and `.env.*` (with `!.env.example`) to .gitignore",
  },
};

export const RULES: Record<RuleId, RuleInfo> = {
  ...FILE_RULES,
  ...(Object.fromEntries(
    WORKFLOW_RULE_IDS.map((id) => {
      const { severity, title, description, fix } = WORKFLOW_RULES[id];
      return [id, { id, severity, title, description, fix }];
    }),
  ) as Record<(typeof WORKFLOW_RULE_IDS)[number], RuleInfo>),
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Repository-relative path with `/` separators. */
  file: string;
  /** 1-based; 1 for findings about a whole file. */
  line: number;
  /** What was found, never the secret itself; the rule's fix is appended when reported. */
  message: string;
  /** Stable across line moves: accepts the finding in the policy file. */
  fingerprint: string;
  /** The commit that holds this content (history scope only). */
  commit?: string;
}

/** A finding with its rule's severity and its fingerprint (of rule, file and what was found). */
export function newFinding(
  rule: RuleId,
  file: string,
  line: number,
  message: string,
  subject: string,
): Finding {
  return {
    rule,
    severity: RULES[rule].severity,
    file,
    line,
    message,
    fingerprint: fingerprint(rule, file, subject),
  };
}

/** How many findings of each severity: what every summary line counts. */
export function countSeverities(findings: readonly Pick<Finding, "severity">[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The findings worth a person's attention: errors and warnings (notes are only counted). */
export function reportable<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return findings.filter((finding) => finding.severity !== "note");
}

/** `4 placeholders or documentation examples ignored`: the notes, as summaries count them. */
export function describeNotes(notes: number): string {
  return `${notes} placeholder${notes === 1 ? "" : "s"} or documentation example${notes === 1 ? "" : "s"} ignored`;
}

/** The message as every output shows it: what was found, then the fix. */
export function describeFinding(finding: Finding): string {
  if (finding.severity === "note")
    return `${finding.message}; not a secret: a placeholder or a documentation example, nothing to rotate`;
  return `${finding.message}; fix: ${RULES[finding.rule].fix}`;
}
