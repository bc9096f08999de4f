/**
 * rotate-reminder's issues on GitHub, for every command that opens them (rotate-reminder, `offboard`):
 * the issues that carry the label are read, then the plan (lib/rotation/issues.ts) is written, one
 * request at a time.
 */
import type { GitHubClient } from "./github.js";
import { ensureLabel, labelledIssues } from "./labelled-issues.js";
import { planIssues, type IssueAction, type IssueContext } from "../lib/rotation/issues.js";
import type { ReportEntry } from "../lib/rotation/report.js";

export interface IssueResult {
  id: string;
  number: number;
  action: "opened" | "updated" | "reopened" | "closed" | "unchanged";
}

async function applyIssues(
  client: GitHubClient,
  repository: string,
  label: string,
  actions: readonly IssueAction[],
): Promise<IssueResult[]> {
  const [owner = "", repo = ""] = repository.split("/");
  if (actions.some((action) => action.kind === "open"))
    await ensureLabel(client, repository, {
      name: label,
      color: "d93f0b",
      description: "A secret is due for rotation",
    });
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

/** Reads the labelled issues, plans, writes: every command's whole round of rotation issues. */
export async function applyExistingIssues(
  client: GitHubClient,
  repository: string,
  label: string,
  entries: readonly ReportEntry[],
  context: IssueContext & { covers: (id: string) => boolean; closing?: string },
): Promise<IssueResult[]> {
  const existing = await labelledIssues(client, repository, label);
  return applyIssues(client, repository, label, planIssues(entries, existing, context));
}
