/**
 * The organisation's inventory as one issue of the central repository: found again by a hidden marker
 * and its label, updated in place, reopened if
 * someone closed it, never duplicated, and pinned so that it heads the issue list.
 */
import { toFailure, type GitHubClient } from "./github.js";
import { ensureLabel, labelledIssues } from "./labelled-issues.js";
import { ISSUE_BODY_LIMIT } from "../lib/inventory/markdown.js";

export const INVENTORY_MARKER = "<!-- secrets-actions:inventory -->";
export const INVENTORY_LABEL = "secrets-inventory";
export const INVENTORY_TITLE = "Secrets inventory";

export interface PublishedIssue {
  number: number;
  action: "opened" | "updated" | "reopened" | "unchanged";
  /** Why pinning failed (the issue itself was written), if it did. */
  notPinned?: string;
}

/**
 * Writes the report into the issue. `markdown(limit)` renders it in at most `limit` characters, so
 * that with the marker before it the body stays within GitHub's limit without being cut mid-row.
 */
export async function publishInventoryIssue(
  client: GitHubClient,
  repository: string,
  markdown: (limit: number) => string,
): Promise<PublishedIssue> {
  const [owner = "", repo = ""] = repository.split("/");
  const body = `${INVENTORY_MARKER}\n${markdown(ISSUE_BODY_LIMIT - INVENTORY_MARKER.length - 1)}`;
  const issues = (await labelledIssues(client, repository, INVENTORY_LABEL)).filter((issue) =>
    issue.body.includes(INVENTORY_MARKER),
  );
  // The open one if there is one, else the newest.
  const existing =
    issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
  let published: PublishedIssue;
  let nodeId: string;
  if (!existing) {
    await ensureLabel(client, repository, {
      name: INVENTORY_LABEL,
      color: "0e8a16",
      description: "The organisation's secrets inventory",
    });
    const { data } = await client.rest.issues.create({
      owner,
      repo,
      title: INVENTORY_TITLE,
      body,
      labels: [INVENTORY_LABEL],
    });
    published = { number: data.number, action: "opened" };
    nodeId = data.node_id;
  } else {
    nodeId = existing.nodeId;
    const closed = existing.state === "closed";
    if (!closed && existing.body === body && existing.title === INVENTORY_TITLE)
      return { number: existing.number, action: "unchanged" };
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      title: INVENTORY_TITLE,
      body,
      ...(closed ? { state: "open" as const } : {}),
    });
    published = { number: existing.number, action: closed ? "reopened" : "updated" };
  }
  try {
    await client.graphql("mutation($id: ID!) { pinIssue(input: {issueId: $id}) { issue { number } } }", {
      id: nodeId,
    });
  } catch (error) {
    return { ...published, notPinned: toFailure(error).message };
  }
  return published;
}
