/**
 * One result per repository, the `failed` count, the failure line and the job summary table.
 */
import { formatDuration } from "./duration.js";
import { FAILING_STATUSES, type ResultStatus } from "./status.js";

/** An element of the `results` output; field names as the output documents them. */
export interface DispatchResult {
  repository: string;
  status: ResultStatus;
  run_id: number | null;
  /** The run's page (html_url). */
  run_url: string | null;
  conclusion: string | null;
  error: string | null;
}

export function isFailure(result: DispatchResult): boolean {
  return FAILING_STATUSES.includes(result.status);
}

export function failedCount(results: readonly DispatchResult[]): number {
  return results.filter(isFailure).length;
}

function reason(result: DispatchResult): string {
  if (result.status === "failed") return `run ${result.conclusion ?? "failed"}`;
  if (result.status === "timed-out") return "timed out";
  return result.error ?? result.status;
}

/** The one line the step fails with: how many failed and why, first few named. */
export function failureLine(results: readonly DispatchResult[]): string {
  const failed = results.filter(isFailure);
  const named = failed.slice(0, 5).map((result) => `${result.repository} (${reason(result)})`);
  const more = failed.length > named.length ? `, and ${failed.length - named.length} more` : "";
  return `${failed.length} of ${results.length} repositories failed: ${named.join("; ")}${more}`;
}

const ICON: Record<ResultStatus, string> = {
  dispatched: "📨",
  completed: "✅",
  failed: "❌",
  "timed-out": "⏱️",
  error: "⚠️",
};

/** Markdown table cell text: no line breaks, pipes escaped, no raw HTML. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .trim();
}

export interface SummaryContext {
  /** `repository_dispatch \`event\`` or `workflow_dispatch \`ci.yml\``. */
  what: string;
  waited: boolean;
  elapsedMs: number;
}

export function summaryMarkdown(results: readonly DispatchResult[], context: SummaryContext): string {
  const counts = new Map<ResultStatus, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const tally = [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
  const rows = results.map((result) => {
    const run =
      result.run_url !== null
        ? `[#${result.run_id ?? "run"}](${result.run_url})`
        : result.status === "error"
          ? ""
          : "not tracked";
    const details =
      result.error ?? (result.status === "timed-out" ? "still running when the wait ended" : "");
    return `| \`${result.repository}\` | ${ICON[result.status]} ${result.status} | ${run} | ${cell(result.conclusion ?? "")} | ${cell(details)} |`;
  });
  return [
    "### cross-repo-dispatch",
    "",
    `${context.what} to ${results.length} ${results.length === 1 ? "repository" : "repositories"}: ${tally} (${formatDuration(context.elapsedMs)}${context.waited ? ", waited for the runs" : ""}).`,
    "",
    "| Repository | Status | Run | Conclusion | Details |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
