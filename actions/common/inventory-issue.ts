/**
 * The organisation's inventory as one issue of the central repository: found again by a hidden marker
 * and its label (never by search, which installation tokens cannot use), updated in place, reopened if
 * someone closed it, never duplicated, and pinned so that it heads the issue list.
 */
import { toFailure, type GitHubClient } from "./github.js";

export const INVENTORY_MARKER = "<!-- secrets-actions:inventory -->";
export const INVENTORY_LABEL = "secrets-inventory";
export const INVENTORY_TITLE = "Secrets inventory";
/** GitHub's limit on an issue body. */
const BODY_LIMIT = 65_536;

export interface PublishedIssue {
  number: number;
  action: "opened" | "updated" | "reopened" | "unchanged";
  /** Why pinning failed (the issue itself was written), if it did. */
  notPinned?: string;
}

function bodyOf(markdown: string): string {
  const body = `${INVENTORY_MARKER}\n${markdown}`;
  if (body.length <= BODY_LIMIT) return body;
  const note = "\n\n> Cut to GitHub's limit on an issue body: the full report is in the run's artifacts.\n";
  return body.slice(0, BODY_LIMIT - note.length) + note;
}

export async function publishInventoryIssue(
  client: GitHubClient,
  repository: string,
  markdown: string,
): Promise<PublishedIssue> {
  const [owner = "", repo = ""] = repository.split("/");
  const body = bodyOf(markdown);
  const issues = (
    await client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      state: "all",
      labels: INVENTORY_LABEL,
      per_page: 100,
    })
  ).filter((issue) => !issue.pull_request && (issue.body ?? "").includes(INVENTORY_MARKER));
  // The open one if there is one, else the newest.
  const existing =
    issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
  let published: PublishedIssue;
  let nodeId: string;
  if (!existing) {
    try {
      await client.rest.issues.getLabel({ owner, repo, name: INVENTORY_LABEL });
    } catch {
      await client.rest.issues.createLabel({
        owner,
        repo,
        name: INVENTORY_LABEL,
        color: "0e8a16",
        description: "The organisation's secrets inventory",
      });
    }
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
    nodeId = existing.node_id;
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
