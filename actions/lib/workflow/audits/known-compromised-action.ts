/**
 * `known-compromised-action`: an action whose tags were moved to malicious code (the list and its
 * sources: compromised-actions.ts), taken at a moved ref or at a malicious commit.
 */
import { COMPROMISED_ACTIONS, type CompromisedAction } from "../compromised-actions.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Uses } from "../model.js";

/** `v45`, `v45.0`, `v45.0.7`, `45.0.7` as numbers (a missing part is -1); undefined for a branch. */
function version(ref: string): number[] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(ref);
  if (!match) return undefined;
  return match.slice(1).map((part: string | undefined) => (part === undefined ? -1 : Number(part)));
}

/** -1, 0 or 1; a part the ref leaves out (`v45`) matches any. */
function compare(found: readonly number[], other: readonly number[]): number {
  for (const [index, part] of found.entries()) {
    if (part === -1) return 0;
    const bound = other[index] ?? 0;
    if (part !== bound) return part < bound ? -1 : 1;
  }
  return 0;
}

function affected(entry: CompromisedAction, ref: string): boolean {
  const lower = ref.toLowerCase();
  if (entry.maliciousCommits.includes(lower)) return true;
  if (/^[0-9a-f]{40}$/.test(lower)) return false;
  const { tags, below, from, unprefixed, every } = entry.refs;
  if (every || tags?.includes(lower)) return true;
  const found = version(lower);
  if (!found || !below || (unprefixed && lower.startsWith("v"))) return false;
  // A major-only tag (`v45`) is below the fix when its major is.
  const underFix = found[1] === -1 ? (found[0] ?? 0) < (below[0] ?? 0) : compare(found, below) < 0;
  return underFix && (!from || compare(found, from) >= 0);
}

export const knownCompromisedAction: Audit = {
  id: "known-compromised-action",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      for (const uses of [job.uses, ...job.steps.map((step) => step.uses)]) {
        if (uses?.kind !== "remote") continue;
        const entry = COMPROMISED_ACTIONS.find((candidate) => candidate.action === target(uses));
        if (!entry || !affected(entry, uses.ref)) continue;
        found.push(
          workflowFinding(
            "known-compromised-action",
            uses.line,
            `${uses.text}: ${entry.summary} (${entry.advisory})`,
            `${job.id}\0${uses.text}`,
          ),
        );
      }
    }
    return found;
  },
};

function target(uses: Uses): string {
  return uses.path ? `${uses.repository}/${uses.path}` : uses.repository;
}
