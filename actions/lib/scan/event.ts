/**
 * Which commits a run checks, from the workflow event: the pull request's base and head
 * (`pull_request`, `pull_request_target`), the merge queue's (`merge_group`), a push's before/after.
 */
import { ConfigurationError } from "../errors.js";

export const SCOPES = ["auto", "changed", "all", "history"] as const;
export type Scope = (typeof SCOPES)[number];

export interface CommitRange {
  base: string;
  head: string;
}

export type ResolvedScope =
  { scope: "changed"; range: CommitRange } | { scope: "all"; note?: string } | { scope: "history" };

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const CHANGE_EVENTS = new Set(["pull_request", "pull_request_target", "merge_group"]);

function field(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" && SHA.test(current) ? current : undefined;
}

export function rangeFromEvent(eventName: string, payload: unknown): CommitRange | undefined {
  let base: string | undefined;
  let head: string | undefined;
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    base = field(payload, "pull_request", "base", "sha");
    head = field(payload, "pull_request", "head", "sha");
  } else if (eventName === "merge_group") {
    base = field(payload, "merge_group", "base_sha");
    head = field(payload, "merge_group", "head_sha");
  } else if (eventName === "push") {
    base = field(payload, "before");
    head = field(payload, "after");
    // A new branch has no `before`: there is nothing to diff against.
    if (base && /^0+$/.test(base)) base = undefined;
  }
  return base && head ? { base, head } : undefined;
}

export function resolveScope(scope: Scope, eventName: string, payload: unknown): ResolvedScope {
  if (scope === "all" || scope === "history") return { scope };
  const range = rangeFromEvent(eventName, payload);
  if (scope === "auto")
    return CHANGE_EVENTS.has(eventName) && range ? { scope: "changed", range } : { scope: "all" };
  if (range) return { scope: "changed", range };
  if (eventName === "push")
    return { scope: "all", note: "the push created a new branch: checking all tracked files" };
  throw new ConfigurationError(
    `scope: changed needs a pull_request, pull_request_target, merge_group or push event with its commits, not "${eventName || "none"}"; use scope: all`,
  );
}
