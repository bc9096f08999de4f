/**
 * verify-no-plaintext: check the files of the event's scope for plaintext secrets and report each
 * finding as an annotation, in the job summary and in SARIF; fail the step according to `fail-on`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { loadActionIdentities } from "../common/action-identities.js";
import { runAction } from "../common/boundary.js";
import { forAnnotation, forSummaryHtml } from "../common/escape.js";
import { readRunnerEnvironment, type RunnerEnvironment } from "../common/runner.js";
import { writeFileSafely } from "../common/safe-write.js";
import { ConfigurationError } from "../lib/errors.js";
import { resolveScope } from "../lib/scan/event.js";
import {
  RULE_IDS,
  countSeverities,
  describeFinding,
  describeNotes,
  reportable,
  type Finding,
} from "../lib/scan/rules.js";
import { buildSarif } from "../lib/scan/sarif.js";
import { getInputs, type VerifyInputs } from "./inputs.js";
import { verify, type Source, type VerifyResult } from "../common/verify.js";

const ACTION = "verify-no-plaintext";

function readEvent(file: string | undefined): unknown {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new ConfigurationError(`the event payload ${file} (GITHUB_EVENT_PATH) cannot be read as JSON`);
  }
}

function sourceFor(inputs: VerifyInputs, runner: RunnerEnvironment): Source {
  const resolved = resolveScope(inputs.scope, runner.eventName, readEvent(runner.eventPath));
  if (resolved.scope === "all" && resolved.note) core.notice(`${ACTION}: ${resolved.note}`);
  return resolved.scope === "changed"
    ? { scope: "changed", range: resolved.range }
    : { scope: resolved.scope };
}

function annotate(finding: Finding): void {
  const where = finding.commit ? ` (content of commit ${finding.commit.slice(0, 12)})` : "";
  const properties = { title: finding.rule, file: finding.file, startLine: finding.line };
  const message = forAnnotation(describeFinding(finding) + where);
  if (finding.severity === "error") core.error(message, properties);
  else core.warning(message, properties);
}

const MAX_ROWS = 200;

async function writeSummary(
  runner: RunnerEnvironment,
  result: VerifyResult,
  source: Source,
  counts: ReturnType<typeof countSeverities>,
): Promise<void> {
  if (!runner.hasStepSummary) return;
  const groups = new Map<string, Finding[]>();
  const ordered = reportable(result.findings).sort(
    (a, b) =>
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
  for (const finding of ordered) {
    const key = `${finding.rule}\0${finding.file}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const rows = [...groups.values()].slice(0, MAX_ROWS).map((group) => {
    const [first] = group as [Finding, ...Finding[]];
    const lines = [...new Set(group.map((finding) => finding.line))];
    return [
      `<code>${first.rule}</code>`,
      `<code>${forSummaryHtml(first.file)}</code>`,
      group.some((finding) => finding.severity === "error") ? "error" : "warning",
      String(group.length),
      lines.slice(0, 10).join(", ") + (lines.length > 10 ? ", …" : ""),
    ];
  });
  const summary = core.summary.addHeading(ACTION, 3);
  summary.addRaw(
    `Scope <b>${source.scope}</b>: ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB) checked` +
      (result.policy ? `; policy <code>${forSummaryHtml(result.policy)}</code>` : "") +
      `${result.sopsConfig ? `; <code>${forSummaryHtml(result.sopsConfig)}</code>` : "; no .sops.yaml"}.`,
    true,
  );
  if (rows.length > 0) {
    summary.addTable([
      [
        { data: "Rule", header: true },
        { data: "File", header: true },
        { data: "Severity", header: true },
        { data: "Findings", header: true },
        { data: "Lines", header: true },
      ],
      ...rows,
    ]);
    if (groups.size > MAX_ROWS)
      summary.addRaw(`(${groups.size - MAX_ROWS} more rule/file rows not shown)`, true);
  }
  const notes = counts.note > 0 ? ` ${describeNotes(counts.note)} (SARIF level note).` : "";
  summary.addRaw(
    counts.error + counts.warning === 0
      ? `No plaintext secrets found.${notes}`
      : `${counts.error} errors, ${counts.warning} warnings.${notes} Secrets are never shown: each finding gives the fixed prefix of a known format, the length and a fingerprint to accept it in the policy file.`,
    true,
  );
  await summary.write();
}

function writeSarif(file: string, findings: readonly Finding[], runner: RunnerEnvironment): string {
  const written = writeFileSafely(
    path.resolve(runner.workspace, file),
    `${JSON.stringify(buildSarif(findings), null, 2)}\n`,
    { what: `sarif-file ${file}`, roots: [runner.workspace, runner.runnerTemp], mode: 0o644, replace: true },
  );
  return written.file.path;
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const inputs = getInputs();
    const identities = await loadActionIdentities({
      ageKey: inputs.ageKey,
      inputName: "age-key",
      fallBackToEnvironment: false,
    });
    const runner = readRunnerEnvironment();
    const workspace = runner.workspace;
    const source = sourceFor(inputs, runner);
    const result = await verify({
      cwd: workspace,
      source,
      include: inputs.paths,
      policyFile: inputs.config,
      sopsConfigFile: inputs.sopsConfig,
      identities,
      now: Date.now(),
      threads: inputs.threads,
    });
    for (const note of result.notes) core.notice(forAnnotation(`${ACTION}: ${note}`));
    const shown = reportable(result.findings);
    for (const finding of shown) annotate(finding);
    const counts = countSeverities(result.findings);
    const { error: errors, warning: warnings } = counts;
    core.info(
      `${ACTION}: ${result.files} files checked (scope ${source.scope}): ${errors} errors, ${warnings} warnings, ${describeNotes(counts.note)}`,
    );
    const sarif = inputs.sarifFile ? writeSarif(inputs.sarifFile, result.findings, runner) : "";
    core.setOutput("findings", String(shown.length));
    core.setOutput("errors", String(errors));
    core.setOutput("warnings", String(warnings));
    core.setOutput("notes", String(counts.note));
    core.setOutput("sarif-file", sarif);
    await writeSummary(runner, result, source, counts);
    const failing = inputs.failOn === "error" ? errors : inputs.failOn === "warning" ? shown.length : 0;
    if (failing > 0) {
      const rules = [...new Set(shown.map((finding) => finding.rule))].join(", ");
      core.setFailed(
        `${ACTION} failed: ${errors} errors, ${warnings} warnings (${rules}); see the annotations and the job summary`,
      );
    }
  });
}
