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
import { createGitHubClient, type GitHubClient } from "../common/github.js";
import { readRunnerEnvironment } from "../common/runner.js";
import { loadRotationPolicy, rotationFiles, sopsSecrets } from "../common/sops-history.js";
import { ConfigurationError } from "../lib/errors.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";
import { planIssues, type ExistingIssue, type IssueAction } from "../lib/rotation/issues.js";
import {
  buildReport,
  hygieneNotes,
  reportOutput,
  type FoundSecret,
  type ReportEntry,
  type ValueFacts,
} from "../lib/rotation/report.js";
import { githubSecrets } from "./github-secrets.js";
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

async function writeSummary(entries: readonly ReportEntry[], issueLinks: Map<string, string>): Promise<void> {
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
  summary.addRaw(
    `${entries.length} secrets: ${overdue} overdue, ${entries.filter((entry) => entry.status === "due-soon").length} due soon. Ages "at most" are upper bounds (no key, or revisions no key opens); GitHub ages are when the secret was last written to GitHub.`,
    true,
  );
  await summary.write();
}

interface IssueResult {
  id: string;
  number: number;
  action: "opened" | "updated" | "reopened" | "closed" | "unchanged";
}

async function existingIssues(
  client: GitHubClient,
  repository: string,
  label: string,
): Promise<ExistingIssue[]> {
  const [owner = "", repo = ""] = repository.split("/");
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo,
    state: "all",
    labels: label,
    per_page: 100,
  });
  return issues
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({
      number: issue.number,
      state: issue.state === "closed" ? "closed" : "open",
      title: issue.title,
      body: issue.body ?? "",
    }));
}

async function applyIssues(
  client: GitHubClient,
  repository: string,
  label: string,
  actions: readonly IssueAction[],
): Promise<IssueResult[]> {
  const [owner = "", repo = ""] = repository.split("/");
  if (actions.some((action) => action.kind === "open")) {
    try {
      await client.rest.issues.getLabel({ owner, repo, name: label });
    } catch {
      await client.rest.issues.createLabel({
        owner,
        repo,
        name: label,
        color: "d93f0b",
        description: "A secret is due for rotation",
      });
    }
  }
  const results: IssueResult[] = [];
  for (const action of actions) {
    switch (action.kind) {
      case "open": {
        const { data } = await client.rest.issues.create({
          owner,
          repo,
          title: action.title,
          body: action.body,
          labels: [label],
          ...(action.assignees.length > 0 ? { assignees: action.assignees } : {}),
        });
        results.push({ id: action.id, number: data.number, action: "opened" });
        break;
      }
      case "update":
      case "reopen":
        await client.rest.issues.update({
          owner,
          repo,
          issue_number: action.number,
          title: action.title,
          body: action.body,
          ...(action.kind === "reopen" ? { state: "open" as const } : {}),
        });
        results.push({
          id: action.id,
          number: action.number,
          action: action.kind === "update" ? "updated" : "reopened",
        });
        break;
      case "close":
        await client.rest.issues.createComment({
          owner,
          repo,
          issue_number: action.number,
          body: action.comment,
        });
        await client.rest.issues.update({
          owner,
          repo,
          issue_number: action.number,
          state: "closed",
          state_reason: "completed",
        });
        results.push({ id: action.id, number: action.number, action: "closed" });
        break;
      case "unchanged":
        results.push({ id: action.id, number: action.number, action: "unchanged" });
        break;
    }
  }
  return results;
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
      const existing = await existingIssues(client, repository, inputs.label);
      const actions = planIssues(entries, existing, {
        repositoryUrl: `${runner.serverUrl}/${repository}`,
        covers,
      });
      // Then written.
      issueResults = await applyIssues(client, repository, inputs.label, actions);
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
      await writeSummary(entries, links);
    }
    const failing =
      inputs.failOn === "overdue" ? overdue : inputs.failOn === "due-soon" ? overdue + dueSoon : 0;
    if (failing > 0)
      throw new StepFailure(
        `${failing} secrets are ${inputs.failOn === "overdue" ? "overdue" : "overdue or due soon"}; see the job summary`,
      );
  });
}
