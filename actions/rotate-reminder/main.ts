/**
 * rotate-reminder: how old every secret is — SOPS files from their git history, GitHub secrets from
 * their metadata — against the rotation policy; a report, annotations, a job summary, and one issue per
 * overdue secret. Everything is computed first; only then are issues written.
 */
import * as core from "@actions/core";
import { loadActionIdentities } from "../common/action-identities.js";
import { StepFailure, runAction } from "../common/boundary.js";
import { forAnnotation, forSummaryHtml } from "../common/escape.js";
import { repositoryRoot } from "../common/git.js";
import { createGitHubClient } from "../common/github.js";
import { readRunnerEnvironment } from "../common/runner.js";
import { loadRotationPolicy, rotationFiles, sopsSecrets } from "../common/sops-history.js";
import { ConfigurationError } from "../lib/errors.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";
import { applyExistingIssues, type IssueResult } from "../common/rotation-issues.js";
import { currentReaders, loadRecipientNames } from "../common/access.js";
import type { Readers } from "../lib/access/readers.js";
import {
  buildReport,
  hygieneNotes,
  reportOutput,
  type FoundSecret,
  type ReportEntry,
  type ValueFacts,
} from "../lib/rotation/report.js";
import { githubSecrets } from "../common/github-secrets.js";
import { getInputs } from "./inputs.js";

const ACTION = "rotate-reminder";

function annotate(entry: ReportEntry): void {
  const where = entry.source === "sops" ? { file: entry.file ?? undefined, startLine: entry.line ?? 1 } : {};
  for (const note of entry.hygiene)
    core.warning(forAnnotation(`${entry.name}: ${note}`), { title: `${ACTION}: hygiene`, ...where });
  if (entry.status === "ok") return;
  const message = forAnnotation(
    `${entry.name}${entry.source === "github" ? ` (GitHub ${entry.scope ?? ""} secret of ${entry.repository})` : ""} is ${entry["age-days"]}${entry.exact ? "" : "+"} days old; the policy says ${entry["max-age-days"]}`,
  );
  if (entry.status === "overdue") core.error(message, { title: `${ACTION}: overdue`, ...where });
  else core.warning(message, { title: `${ACTION}: due soon`, ...where });
}

/** Names × files: who can open each SOPS file now, from its metadata and the policy's names. */
function accessTable(access: readonly { path: string; readers: Readers }[]): string[][] {
  const names = [
    ...new Set(
      access.flatMap(({ readers }) => [...readers.alone, ...readers.partial.map((reader) => reader.name)]),
    ),
  ].sort();
  return [
    ["File", ...names].map((cell) => forSummaryHtml(cell)),
    ...access.map(({ path, readers }) => [
      `<code>${forSummaryHtml(path)}</code>`,
      ...names.map((name) => {
        const partial = readers.partial.find((reader) => reader.name === name);
        if (readers.alone.includes(name)) return "reads";
        return partial ? `${partial.shares} of ${partial.threshold} shares` : "";
      }),
    ]),
  ];
}

async function writeSummary(
  entries: readonly ReportEntry[],
  issueLinks: Map<string, string>,
  access: readonly { path: string; readers: Readers }[],
): Promise<void> {
  const rows = entries.map((entry) => [
    `<code>${forSummaryHtml(entry.name)}</code>`,
    forSummaryHtml(
      entry.source === "sops"
        ? (entry.file ?? "")
        : `${entry.repository} ${entry.scope === "environment" ? `environment ${entry.environment ?? ""}` : (entry.scope ?? "")}`,
    ),
    `${entry["age-days"]}${entry.exact ? "" : " (at most)"}`,
    String(entry["max-age-days"]),
    entry.status,
    issueLinks.get(entry.id) ?? "",
  ]);
  const overdue = entries.filter((entry) => entry.status === "overdue").length;
  const summary = core.summary.addHeading(ACTION, 3);
  if (rows.length > 0) {
    summary.addTable([
      ["Secret", "Where", "Age (days)", "Max age", "Status", "Issue"].map((data) => ({ data, header: true })),
      ...rows,
    ]);
  }
  if (access.length > 0) {
    const [header = [], ...body] = accessTable(access);
    summary.addRaw("<h4>Who can read each SOPS file</h4>", true);
    summary.addTable([header.map((data) => ({ data, header: true })), ...body]);
  }
  summary.addRaw(
    `${entries.length} secrets: ${overdue} overdue, ${entries.filter((entry) => entry.status === "due-soon").length} due soon. Ages "at most" are upper bounds (no key, or revisions no key opens); GitHub ages are when the secret was last written to GitHub.`,
    true,
  );
  await summary.write();
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const inputs = getInputs();
    const runner = readRunnerEnvironment();
    const root = await repositoryRoot(runner.workspace);
    if (!root) {
      throw new ConfigurationError(
        `${runner.workspace} is not a git repository: check it out with actions/checkout and fetch-depth: 0`,
      );
    }
    const repository = runner.repository;
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
      throw new ConfigurationError("GITHUB_REPOSITORY is not set: run rotate-reminder as a workflow step");
    const now = Date.now();
    const policy = loadRotationPolicy(root, inputs.policy, ROTATE_REMINDER.inputs.policy.default);
    // The summary's readers by name: read with the policy, so that a bad policy file fails the step
    // before any issue is written, not after.
    const { names } = loadRecipientNames(root, "");
    const identities = await loadActionIdentities({
      ageKey: inputs.ageKey,
      inputName: "age-key",
      fallBackToEnvironment: true,
    });

    // Everything is computed first.
    const files = await rotationFiles(root, inputs.files);
    const found: FoundSecret[] = [];
    const facts: ValueFacts[] = [];
    for (const file of files) {
      const result = await sopsSecrets(root, file, repository, identities, (message) => {
        core.notice(forAnnotation(`${ACTION}: ${message}`));
      });
      found.push(...result.secrets);
      facts.push(...result.facts);
    }
    const notes = hygieneNotes(facts);
    for (const secret of found)
      if (secret.file) secret.hygiene = notes.get(`${secret.file}:${secret.name}`) ?? [];

    const listed = new Set<string>();
    if (inputs.githubSecrets !== "false") {
      const client = createGitHubClient({
        token: inputs.secretsToken || inputs.token,
        action: ACTION,
        concurrency: 4,
      });
      for (const target of [repository, ...inputs.repositories]) {
        const listing = await githubSecrets(client, target);
        if (listing.kind === "listed") {
          found.push(...listing.secrets);
          listed.add(target);
          continue;
        }
        const why = `the token cannot list the secrets of ${target} (${listing.status ?? "no answer"}): give rotate-reminder a GitHub App installation token or fine-grained PAT with Secrets read (secrets-token), or set github-secrets: false`;
        if (inputs.githubSecrets === "required") throw new ConfigurationError(why);
        core.notice(forAnnotation(`${ACTION}: ${why}; going on with SOPS files only`));
      }
    }

    const entries = buildReport(found, policy, now);
    const scanned = new Set(files);
    const covers = (id: string) => {
      const [source, where = ""] = id.split(":");
      return source === "sops"
        ? scanned.has(id.slice("sops:".length, id.lastIndexOf(":")))
        : listed.has(where);
    };
    let issueResults: IssueResult[] = [];
    if (inputs.issues) {
      const client = createGitHubClient({ token: inputs.token, action: ACTION, concurrency: 1 });
      issueResults = await applyExistingIssues(client, repository, inputs.label, entries, {
        repositoryUrl: `${runner.serverUrl}/${repository}`,
        covers,
      });
    }

    for (const entry of entries) annotate(entry);
    const overdue = entries.filter((entry) => entry.status === "overdue").length;
    const dueSoon = entries.filter((entry) => entry.status === "due-soon").length;
    core.info(
      `${ACTION}: ${entries.length} secrets in ${files.length} SOPS files and ${listed.size} repositories' GitHub secrets: ${overdue} overdue, ${dueSoon} due soon`,
    );
    core.setOutput("report", JSON.stringify(reportOutput(entries)));
    core.setOutput("overdue", String(overdue));
    core.setOutput("due-soon", String(dueSoon));
    core.setOutput("issues", JSON.stringify(issueResults));
    if (runner.hasStepSummary) {
      const links = new Map(
        issueResults.map((result) => [
          result.id,
          `<a href="${forSummaryHtml(`${runner.serverUrl}/${repository}/issues/${result.number}`)}">#${result.number}</a>`,
        ]),
      );
      await writeSummary(entries, links, currentReaders(root, files, names));
    }
    const failing =
      inputs.failOn === "overdue" ? overdue : inputs.failOn === "due-soon" ? overdue + dueSoon : 0;
    if (failing > 0)
      throw new StepFailure(
        `${failing} secrets are ${inputs.failOn === "overdue" ? "overdue" : "overdue or due soon"}; see the job summary`,
      );
  });
}
