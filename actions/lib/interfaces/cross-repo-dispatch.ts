import type { ActionInterface } from "./spec.js";

export const CROSS_REPO_DISPATCH = {
  name: "cross-repo-dispatch",
  inputs: {
    token: { kind: "secret", required: true },
    repositories: { kind: "list", required: true },
    "event-type": { kind: "string", default: "" },
    "client-payload": { kind: "string", default: "" },
    workflow: { kind: "string", default: "" },
    ref: { kind: "string", default: "" },
    inputs: { kind: "string", default: "" },
    wait: { kind: "boolean", default: false },
    "wait-timeout": { kind: "duration", default: "30m" },
    "poll-interval": { kind: "duration", default: "10s" },
    "fail-on": { kind: "choice", default: "any-failure", choices: ["any-failure", "never"] },
    "max-concurrency": { kind: "integer", default: 5, min: 1 },
  },
  outputs: ["results", "failed"],
  post: false,
} as const satisfies ActionInterface;
