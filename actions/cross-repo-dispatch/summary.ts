/**
 * The job summary of cross-repo-dispatch: one row per repository with a link to its run. Every cell is
 * escaped for Markdown, since GitHub's messages and run fields are not ours.
 */
import { forSummaryMarkdownCell } from "../common/escape.js";
import { formatDuration } from "../lib/dispatch/duration.js";
import type { DispatchResult } from "../lib/dispatch/results.js";
import type { ResultStatus } from "../lib/dispatch/status.js";

const ICON: Record<ResultStatus, string> = {
  dispatched: "📨",
  completed: "✅",
  failed: "❌",
  "timed-out": "⏱️",
  error: "⚠️",
};

const cell = forSummaryMarkdownCell;

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
    return `| \`${cell(result.repository)}\` | ${ICON[result.status]} ${result.status} | ${run} | ${cell(result.conclusion ?? "")} | ${cell(details)} |`;
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
