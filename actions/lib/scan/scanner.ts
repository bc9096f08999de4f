/**
 * One pass over one file applies every per-file rule: SOPS status and the SOPS rules, the dotenv rule,
 * the secret patterns; then inline `secrets-allow` comments, the gitleaks allowlist and the policy
 * file drop what the repository accepts. Pure: paths and bytes in, findings out.
 */
import {
  dotenvKind,
  firstDotenvxPlaintext,
  isDotenvxFile,
  parseAssignments,
  realTemplateValues,
} from "./dotenv.js";
import {
  fileKind,
  findSecrets,
  isApiDescription,
  isSamplePath,
  namesSecret,
  type PatternOptions,
} from "./patterns.js";
import {
  EMPTY_POLICY,
  gitleaksAllows,
  gitleaksAllowsCommit,
  gitleaksSkipsFile,
  policyAccepts,
  policySkipsFile,
  type GitleaksAllowlist,
  type Policy,
} from "./policy.js";
import { findSecretDefaults } from "./python.js";
import { newFinding, type Finding } from "./rules.js";
import type { SopsStatus } from "../sops/inspect.js";
import type { SopsSetup } from "../sops/policy.js";
import { sopsFindings, sopsStatusOf } from "./sops-checks.js";
import { ByteLines } from "../lines.js";
import { fromLatin1, inlineAllowance, isBinary, latin1, utf8 } from "./text.js";
import { fingerprint, redact } from "./values.js";
import { auditWorkflow, isWorkflowPath } from "../workflow/index.js";
import { shortRecipient, type RecipientNames } from "../access/names.js";
import { groupRecipients } from "../access/readers.js";
import type { Metadata } from "../sops/metadata.js";

export interface ScanSetup {
  sops?: SopsSetup | undefined;
  policy?: Policy;
  gitleaks?: readonly GitleaksAllowlist[];
  /** Milliseconds since the epoch, for JWT expiry. */
  now: number;
  /**
   * A file of the repository by its path, for the workflow rules (a script a step runs, a workflow a
   * job calls); undefined when it does not exist or cannot be read.
   */
  repositoryFile?: (path: string) => string | undefined;
  /** Who each recipient is, when the policy file has `recipients:` (sops-unknown-recipient). */
  names?: RecipientNames;
}

export interface ScanInput {
  /** Repository-relative, `/` separators. */
  path: string;
  bytes: Uint8Array;
  /** Content of an earlier commit (history scope): recipients drift is about the current tree only. */
  historic?: boolean;
  /**
   * For one window of a large file: the part of `bytes` it reports on (offsets). The bytes around it
   * are context, so that a secret across an edge is reported once, by the window it starts in, and
   * whole-file rules (SOPS, dotenv) only by the window at the file's start.
   */
  owned?: { from: number; to: number };
  /** The file's first bytes, when `bytes` is a window of it: what kind of document it is. */
  head?: Uint8Array;
  /**
   * Asked for by a purge plan only (`secrets-actions verify --history --purge-plan`): receives the
   * plaintext of what each error or warning finding reports, as the file holds it, once the finding has
   * outlived inline allowances, the gitleaks allowlist and the policy. A finding never holds a value:
   * this is the only way one leaves a scan.
   */
  values?: ValueSink;
}

/** A secret's plaintext (its bytes, exactly as the file holds them) and the finding that reports it. */
export interface FoundValue {
  finding: Finding;
  bytes: Uint8Array;
}

export type ValueSink = (found: FoundValue) => void;

/** The plaintext behind findings, kept beside them (never in them) while one file is scanned. */
type ValuesOf = Map<Finding, string[]>;

/** Records the values (Latin-1 text: one character a byte) behind a finding, when they are asked for. */
function noting(values: ValuesOf | undefined, finding: Finding, ...texts: string[]): Finding {
  if (values && texts.length > 0) values.set(finding, texts);
  return finding;
}

export interface FileResult {
  findings: Finding[];
  /** Set for SOPS files, so that the caller can verify their MAC with a key. */
  sops?: Extract<SopsStatus, { kind: "sops" }>;
}

/** Characters of a secret's line, each side, that identify where it is (its fingerprint). */
const CONTEXT = 80;

/** `sops-unknown-recipient`: a recipient of the file that the policy's names do not cover. */
function unknownRecipients(file: string, metadata: Metadata, names: RecipientNames): Finding[] {
  const unnamed = [...new Set(groupRecipients(metadata).flat())].filter(
    (recipient) => !names.isNamed(recipient),
  );
  return unnamed.map((recipient) =>
    newFinding(
      "sops-unknown-recipient",
      file,
      1,
      `${file} is encrypted to ${shortRecipient(recipient)}…, which no one named in recipients:`,
      recipient,
    ),
  );
}

/** `secret-default`: literal defaults of secret-named variables in Python code. */
function secretDefaults(
  file: string,
  text: string,
  lines: ByteLines,
  inOwned: (index: number) => boolean,
  values: ValuesOf | undefined,
): Finding[] {
  return findSecretDefaults(text)
    .filter((found) => inOwned(found.index))
    .map((found) =>
      noting(
        values,
        newFinding(
          "secret-default",
          file,
          lines.lineOf(found.index),
          `${found.name} has a hard-coded default (${found.via}): ${redact(fromLatin1(found.value))}`,
          `${found.name}\0${found.via}`,
        ),
        found.value,
      ),
    );
}

export class Scanner {
  private readonly policy: Policy;
  private readonly gitleaks: readonly GitleaksAllowlist[];

  constructor(private readonly setup: ScanSetup) {
    this.policy = setup.policy ?? EMPTY_POLICY;
    this.gitleaks = setup.gitleaks ?? [];
  }

  /** How the secret patterns read a file: by its kind, its path and what kind of document it is. */
  patternOptions(file: string, apiDescription: boolean): PatternOptions {
    return {
      kind: fileKind(file),
      sample: this.isSample(file),
      docstrings: file.endsWith(".py"),
      apiDescription,
      now: this.setup.now,
    };
  }

  /** Tests, fixtures, examples and docs: the policy's `sample-paths`, or the default. */
  isSample(file: string): boolean {
    return (this.policy.samplePaths ?? isSamplePath)(file);
  }

  /** Files the policy accepts for every rule are not read at all. */
  wants(file: string): boolean {
    return !policySkipsFile(this.policy, file);
  }

  scan(input: ScanInput): FileResult {
    const { path: file, bytes } = input;
    const binary = isBinary(bytes);
    // Decoded only when something needs the text: most files of a large scan never are.
    let decoded: string | undefined;
    const text = () => (decoded ??= binary ? "" : latin1(bytes));
    const lines = new ByteLines(bytes);
    const { owned } = input;
    const wholeFile = !owned || owned.from === 0;
    const inOwned = (index: number) => !owned || (index >= owned.from && index < owned.to);
    const status: SopsStatus = binary || !wholeFile ? { kind: "plain" } : sopsStatusOf(file, bytes, text);
    const found: Finding[] = wholeFile
      ? sopsFindings(file, status, text, this.setup.sops, { drift: input.historic !== true })
      : [];
    const secretLines = new Set<number>();
    const values: ValuesOf | undefined = input.values ? new Map() : undefined;
    if (!binary && !gitleaksSkipsFile(this.gitleaks, file)) {
      const apiDescription = isApiDescription(input.head ?? bytes);
      for (const secret of this.secrets(file, bytes, lines, inOwned, apiDescription, values)) {
        secretLines.add(secret.line);
        found.push(secret);
      }
    }
    if (!binary && wholeFile && status.kind === "plain")
      found.push(...this.dotenv(file, text, secretLines, values));
    if (status.kind === "sops" && input.historic !== true && this.setup.names)
      found.push(...unknownRecipients(file, status.metadata, this.setup.names));
    if (!binary && file.endsWith(".py")) found.push(...secretDefaults(file, text(), lines, inOwned, values));
    if (!binary && wholeFile && input.historic !== true && isWorkflowPath(file))
      this.replaceWithWorkflowFindings(found, file, utf8(bytes, 0, bytes.length));
    // Each line is read once, however many findings it holds.
    const allowances = new Map<number, ReturnType<typeof inlineAllowance>>();
    const allowed = (finding: Finding) => {
      if (!allowances.has(finding.line)) {
        const { start, end } = lines.bounds(finding.line);
        allowances.set(finding.line, inlineAllowance(latin1(bytes, start, end)));
      }
      const allowance = allowances.get(finding.line);
      return allowance === "all" || (allowance?.has(finding.rule) ?? false);
    };
    const findings = this.accepted(found.filter((finding) => !allowed(finding)));
    if (input.values && values) handValues(findings, values, input.values);
    return status.kind === "sops" ? { findings, sops: status } : { findings };
  }

  /**
   * The workflow rules of a workflow or composite action. A literal credential in `env:` or `with:` is
   * a `hardcoded-credential` finding, in place of the `secret-pattern` one on its line.
   */
  private replaceWithWorkflowFindings(found: Finding[], file: string, text: string): void {
    const options = this.patternOptions(file, false);
    const workflowFindings = auditWorkflow(file, text, {
      repositoryFile: this.setup.repositoryFile ?? (() => undefined),
      credentials: (name, value) => findSecrets(Buffer.from(`${name}: ${value}\n`), options),
    });
    const hardcoded = new Set(
      workflowFindings
        .filter((finding) => finding.rule === "hardcoded-credential")
        .map((finding) => finding.line),
    );
    const kept = found.filter((finding) => finding.rule !== "secret-pattern" || !hardcoded.has(finding.line));
    found.splice(0, found.length, ...kept);
    // The same subject twice in a file (two identical `uses:` in a job) is two findings.
    const occurrences = new Map<string, number>();
    for (const finding of workflowFindings) {
      const subject = `${finding.rule}\0${finding.subject}`;
      const occurrence = occurrences.get(subject) ?? 0;
      occurrences.set(subject, occurrence + 1);
      found.push({
        rule: finding.rule,
        severity: finding.severity,
        file,
        line: finding.line,
        message: finding.message,
        fingerprint: fingerprint(
          finding.rule,
          file,
          occurrence === 0 ? finding.subject : `${finding.subject}\0${occurrence}`,
        ),
      });
    }
  }

  /** Drops the findings the policy file accepts. */
  accepted(findings: readonly Finding[]): Finding[] {
    return findings.filter((finding) => !policyAccepts(this.policy, finding));
  }

  /** A commit that the gitleaks allowlist names (history scope). */
  acceptsCommit(commit: string): boolean {
    return gitleaksAllowsCommit(this.gitleaks, commit);
  }

  /** `env-not-ignored`, from git's answer for `.env` (the caller asks git: .gitignore semantics are git's). */
  envNotIgnored(ignored: boolean): Finding[] {
    if (ignored) return [];
    const finding = newFinding("env-not-ignored", ".gitignore", 1, ".gitignore does not ignore .env", "");
    return this.accepted([finding]);
  }

  private secrets(
    file: string,
    bytes: Uint8Array,
    lines: ByteLines,
    inOwned: (index: number) => boolean,
    apiDescription: boolean,
    values: ValuesOf | undefined,
  ): Finding[] {
    const findings: Finding[] = [];
    // The same line with the secret taken out can occur more than once: each is its own finding.
    const occurrences = new Map<string, number>();
    // Many secrets on one (long) line read its text once.
    let cached: { start: number; text: string } | undefined;
    const hits = findSecrets(bytes, this.patternOptions(file, apiDescription)).filter((hit) =>
      inOwned(hit.index),
    );
    for (const hit of hits) {
      const secret = fromLatin1(hit.secret);
      const line = lines.lineOf(hit.index);
      const lineStart = lines.startAt(hit.index);
      const lineEnd = lines.endAt(hit.index);
      if (this.gitleaks.length > 0) {
        if (cached?.start !== lineStart) cached = { start: lineStart, text: utf8(bytes, lineStart, lineEnd) };
        if (gitleaksAllows(this.gitleaks, { file, secret, line: cached.text })) continue;
      }
      // What surrounds the secret on its line, none of the secret itself (a key may run over lines).
      const end = hit.index + hit.secret.length;
      const before = latin1(bytes, Math.max(lineStart, hit.index - CONTEXT), hit.index);
      const after = end <= lineEnd ? latin1(bytes, end, Math.min(lineEnd, end + CONTEXT)) : "";
      const context = `${hit.detector}\0${before.trim()}\0${after.trim()}`;
      const occurrence = occurrences.get(context) ?? 0;
      occurrences.set(context, occurrence + 1);
      const finding: Finding = {
        rule: "secret-pattern",
        severity: hit.severity,
        file,
        line,
        message: `${hit.label} in plaintext (${hit.detector}): ${redact(secret, hit.prefix)}`,
        fingerprint: fingerprint("secret-pattern", file, `${context}\0${occurrence}`),
      };
      findings.push(noting(values, finding, hit.verbatim ?? hit.secret));
    }
    return findings;
  }

  /**
   * `plaintext-env-file`. The values behind its findings (for a purge plan) are those of secret-like
   * names that look real (what a template must not hold): `DEBUG=1` or `PORT=8080` are not secrets,
   * and replacing them everywhere in a history would change other text.
   */
  private dotenv(
    file: string,
    text: () => string,
    secretLines: ReadonlySet<number>,
    values: ValuesOf | undefined,
  ): Finding[] {
    const kind = dotenvKind(file);
    if (!kind) return [];
    const assignments = parseAssignments(text());
    if (kind === "template") {
      return realTemplateValues(assignments)
        .filter((assignment) => !secretLines.has(assignment.line))
        .map((assignment) =>
          noting(
            values,
            newFinding(
              "plaintext-env-file",
              file,
              assignment.line,
              `template ${file} holds a real-looking value for ${assignment.name} (${redact(fromLatin1(assignment.value))}) instead of a placeholder`,
              assignment.name,
            ),
            assignment.value,
          ),
        );
    }
    if (isDotenvxFile(assignments)) {
      const plain = firstDotenvxPlaintext(assignments);
      return plain
        ? [
            noting(
              values,
              newFinding(
                "plaintext-env-file",
                file,
                plain.line,
                `dotenvx file ${file} holds ${plain.name} in plaintext`,
                plain.name,
              ),
              ...(values ? realTemplateValues(assignments).map((assignment) => assignment.value) : []),
            ),
          ]
        : [];
    }
    const assigned = assignments.filter((assignment) => assignment.value !== "");
    if (assigned.length === 0) return [];
    // Settings only (`REDIS_HOST=127.0.0.1`): the file should not be tracked, but nothing leaked.
    const secretNamed = assigned.filter((assignment) => namesSecret(assignment.name));
    const finding = newFinding(
      "plaintext-env-file",
      file,
      assigned[0]?.line ?? 1,
      `${file} is a dotenv file in plaintext (${assigned.length} values, ${secretNamed.length} secret-named, neither SOPS- nor dotenvx-encrypted)`,
      "",
    );
    const graded: Finding =
      secretNamed.length === 0 && secretLines.size === 0 ? { ...finding, severity: "warning" } : finding;
    return [
      noting(
        values,
        graded,
        ...(values ? realTemplateValues(assignments).map((assignment) => assignment.value) : []),
      ),
    ];
  }
}

/** The values behind the findings that are reported (errors and warnings), to the sink. */
function handValues(findings: readonly Finding[], values: ValuesOf, sink: ValueSink): void {
  for (const finding of findings) {
    if (finding.severity === "note") continue;
    for (const text of values.get(finding) ?? []) sink({ finding, bytes: Buffer.from(text, "latin1") });
  }
}
