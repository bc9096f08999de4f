import * as core from "@actions/core";
import { booleanInput, choiceInput, integerInput, listInput, stringInput } from "../common/inputs.js";
import { parseDuration } from "../lib/dispatch/duration.js";
import type { PlanInputs } from "../lib/dispatch/plan.js";

export interface CrossRepoDispatchInputs extends PlanInputs {
  token: string;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  failOn: "any-failure" | "never";
}

export function getInputs(): CrossRepoDispatchInputs {
  // Masked before anything else can fail and print.
  const token = stringInput("token", { required: true });
  core.setSecret(token);
  return {
    token,
    repositories: listInput("repositories", { required: true }),
    eventType: stringInput("event-type"),
    workflow: stringInput("workflow"),
    ref: stringInput("ref"),
    inputs: stringInput("inputs"),
    clientPayload: stringInput("client-payload"),
    wait: booleanInput("wait", false),
    waitTimeoutMs: parseDuration(stringInput("wait-timeout") || "30m", "wait-timeout"),
    pollIntervalMs: parseDuration(stringInput("poll-interval") || "10s", "poll-interval"),
    failOn: choiceInput("fail-on", ["any-failure", "never"], "any-failure"),
    maxConcurrency: integerInput("max-concurrency", 5, { min: 1 }),
  };
}
