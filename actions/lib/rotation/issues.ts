/**
 * One issue per overdue secret, found again by a hidden marker with the secret's id (never by the
 * search API, which installation tokens cannot use). The plan is computed from the report and the
 * issues that exist, before anything is written; running it twice makes no write the second time.
 */
import type { ReportEntry } from "./report.js";

export const MARKER_PREFIX = "<!-- secrets-actions:rotation id=";

export interface ExistingIssue {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
}

export type IssueAction =
  | { kind: "open"; id: string; title: string; body: string; assignees: string[] }
  | { kind: "update"; id: string; number: number; title: string; body: string }
  | { kind: "reopen"; id: string; number: number; title: string; body: string }
  | { kind: "close"; id: string; number: number; comment: string }
  | { kind: "unchanged"; id: string; number: number };

export function markerOf(id: string): string {
  return `${MARKER_PREFIX}${encodeURIComponent(id)} -->`;
}

/** The id an issue body carries, if it is one of ours. */
export function idOf(body: string): string | undefined {
  const start = body.indexOf(MARKER_PREFIX);
  if (start === -1) return undefined;
  const end = body.indexOf(" -->", start);
  try {
    return decodeURIComponent(body.slice(start + MARKER_PREFIX.length, end));
  } catch {
    return undefined;
  }
}

export interface IssueContext {
  /** `https://github.com/owner/repo` of the repository the SOPS files live in. */
  repositoryUrl: string;
}

const where = (entry: ReportEntry) =>
  entry.source === "sops"
    ? `\`${entry.file ?? ""}\``
    : `the GitHub ${entry.scope === "environment" ? `environment \`${entry.environment ?? ""}\`` : (entry.scope ?? "repository")} secrets of ${entry.repository}`;

export function issueTitle(entry: ReportEntry): string {
  return entry.source === "sops"
    ? `Rotate ${entry.name} (${entry.file ?? ""})`
    : `Rotate ${entry.name} (GitHub ${entry.scope === "environment" ? `environment ${entry.environment ?? ""}` : (entry.scope ?? "repository")} secret of ${entry.repository})`;
}

/** The issue body: what, where, since when, the policy, who, and how to rotate. Never a value. */
export function issueBody(entry: ReportEntry, context: IssueContext): string {
  const changed =
    entry.source === "sops"
      ? `${entry.exact ? "" : "at most "}${entry["age-days"]} days ago, in ${entry.commit ? `[${entry.commit.slice(0, 12)}](${context.repositoryUrl}/commit/${entry.commit})` : "an unknown commit"} (${entry["last-changed"]}): the newest commit that changed this value${entry.exact ? "" : "'s ciphertext; without the key (or for revisions no key opens) this is an upper bound"}`
      : `${entry["age-days"]} days ago (${entry["last-changed"]}): when the secret was last written to GitHub (\`updated_at\`), which is not necessarily when it was rotated at its provider`;
  const rotate =
    entry.source === "sops"
      ? [
          "1. Revoke the old value at its provider and create a new one.",
          `2. \`secrets-actions set ${entry.file ?? "FILE"} '${JSON.stringify([entry.key ?? entry.name])}' '"NEW VALUE"'\` and commit the file.`,
        ]
      : [
          "1. Revoke the old value at its provider and create a new one.",
          `2. Update the GitHub secret (\`gh secret set ${entry.name}${entry.scope === "environment" ? ` --env ${entry.environment ?? ""}` : entry.scope === "dependabot" ? " --app dependabot" : entry.scope === "organization" ? " --org OWNER" : ""} --repo ${entry.repository}\`).`,
        ];
  const facts = entry.reason
    ? [`**${entry.name}** in ${where(entry)} must be rotated: ${entry.reason}.`]
    : [
        `**${entry.name}** in ${where(entry)} is overdue for rotation.`,
        "",
        `- Last changed: ${changed}.`,
        `- Policy: rotate every ${entry["max-age-days"]} days.`,
      ];
  return [
    markerOf(entry.id),
    ...facts,
    ...(entry.owner ? [`- Owner: @${entry.owner}`] : []),
    ...(entry.runbook ? [`- Runbook: ${entry.runbook}`] : []),
    ...(entry.hygiene.length > 0 ? [`- Also: ${entry.hygiene.join("; ")}.`] : []),
    "",
    "How to rotate:",
    ...rotate,
    "",
    entry.reason
      ? "This issue is kept by `secrets-actions offboard` and closed by its next run once the value has changed."
      : "This issue is kept by rotate-reminder and closed when the secret has been rotated.",
  ].join("\n");
}

function closeComment(entry: ReportEntry | undefined): string {
  if (!entry) return "This secret no longer exists where it was found: closing.";
  const when = entry.commit ? `commit ${entry.commit.slice(0, 12)}` : `an update on ${entry["last-changed"]}`;
  return `Rotated: ${entry.name} changed in ${when}, ${entry["age-days"]} days ago, within the policy's ${entry["max-age-days"]} days.`;
}

/**
 * What to do with the issues: open one for each overdue secret without one, update or reopen the
 * ones that exist, close those whose secret was rotated or is gone.
 */
export function planIssues(
  entries: readonly ReportEntry[],
  existing: readonly ExistingIssue[],
  context: IssueContext & {
    /** Whether this run looked where the secret of an id lives: only then may its issue be closed. */
    covers: (id: string) => boolean;
    /** The comment that closes an issue whose secret is no longer due (default: rotated or gone). */
    closing?: string;
  },
): IssueAction[] {
  const byId = new Map<string, ExistingIssue[]>();
  for (const issue of existing) {
    const id = idOf(issue.body);
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), issue]);
  }
  // The open one if there is one, else the newest.
  const pick = (issues: ExistingIssue[]) =>
    issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
  const actions: IssueAction[] = [];
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    if (entry.status !== "overdue") continue;
    const issue = pick(byId.get(entry.id) ?? []);
    const title = issueTitle(entry);
    const body = issueBody(entry, context);
    if (!issue)
      actions.push({ kind: "open", id: entry.id, title, body, assignees: entry.owner ? [entry.owner] : [] });
    else if (issue.state === "closed")
      actions.push({ kind: "reopen", id: entry.id, number: issue.number, title, body });
    else if (issue.body !== body || issue.title !== title)
      actions.push({ kind: "update", id: entry.id, number: issue.number, title, body });
    else actions.push({ kind: "unchanged", id: entry.id, number: issue.number });
  }
  for (const [id, issues] of byId) {
    const entry = entryById.get(id);
    if (entry?.status === "overdue" || (!entry && !context.covers(id))) continue;
    for (const issue of issues.filter((candidate) => candidate.state === "open"))
      actions.push({
        kind: "close",
        id,
        number: issue.number,
        comment: entry || context.closing === undefined ? closeComment(entry) : context.closing,
      });
  }
  return actions;
}
