/**
 * Issues a command keeps in a repository and finds again by their label (never by search, which
 * installation tokens cannot use for private repositories): rotate-reminder's and offboard's rotation
 * issues, and the inventory's pinned issue.
 */
import type { GitHubClient } from "./github.js";
import type { ExistingIssue } from "../lib/rotation/issues.js";

export interface LabelledIssue extends ExistingIssue {
  /** The GraphQL id, for what only GraphQL does (pinning). */
  nodeId: string;
}

export interface Label {
  name: string;
  color: string;
  description: string;
}

/** Every issue (open or closed, pull requests left out) that carries `label`. */
export async function labelledIssues(
  client: GitHubClient,
  repository: string,
  label: string,
): Promise<LabelledIssue[]> {
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
      nodeId: issue.node_id,
    }));
}

/** Creates the label unless the repository has it (creating an issue with an unknown label needs push access). */
export async function ensureLabel(client: GitHubClient, repository: string, label: Label): Promise<void> {
  const [owner = "", repo = ""] = repository.split("/");
  try {
    await client.rest.issues.getLabel({ owner, repo, name: label.name });
  } catch {
    await client.rest.issues.createLabel({ owner, repo, ...label });
  }
}
