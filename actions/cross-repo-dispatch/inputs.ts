import { inputReader } from "../common/inputs.js";
import { ConfigurationError } from "../lib/errors.js";
import { parseDuration } from "../lib/dispatch/duration.js";
import type { PlanInputs } from "../lib/dispatch/plan.js";
import { CROSS_REPO_DISPATCH } from "../lib/interfaces/cross-repo-dispatch.js";

export interface CrossRepoDispatchInputs extends PlanInputs {
  token: string;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  failOn: "any-failure" | "never";
}

export function getInputs(): CrossRepoDispatchInputs {
  const input = inputReader(CROSS_REPO_DISPATCH);
  // Masked before anything else can fail and print.
  const token = input.secret("token");
  // An HTTP client quotes a header value it refuses: never let a malformed token reach one.
  if (/\s/.test(token))
    throw new ConfigurationError("input `token` contains white space or a line break: pass the token alone");
  return {
    token,
    repositories: input.list("repositories"),
    eventType: input.string("event-type"),
    workflow: input.string("workflow"),
    ref: input.string("ref"),
    inputs: input.string("inputs"),
    clientPayload: input.string("client-payload"),
    wait: input.boolean("wait"),
    waitTimeoutMs: parseDuration(input.duration("wait-timeout"), "wait-timeout"),
    pollIntervalMs: parseDuration(input.duration("poll-interval"), "poll-interval"),
    failOn: input.choice("fail-on"),
    maxConcurrency: input.integer("max-concurrency"),
  };
}
