import type { ActionInterface } from "./spec.js";

export const ROTATE_REMINDER = {
  name: "rotate-reminder",
  inputs: {
    files: { kind: "list", default: "" },
    "age-key": { kind: "secret", default: "" },
    policy: { kind: "string", default: ".github/secret-rotation.yml" },
    "github-secrets": { kind: "choice", default: "true", choices: ["true", "false", "required"] },
    token: { kind: "secret", default: "${{ github.token }}" },
    "secrets-token": { kind: "secret", default: "" },
    repositories: { kind: "list", default: "" },
    issues: { kind: "boolean", default: true },
    label: { kind: "string", default: "secret-rotation" },
    "fail-on": { kind: "choice", default: "never", choices: ["never", "overdue", "due-soon"] },
  },
  outputs: ["report", "overdue", "due-soon", "issues"],
  post: false,
} as const satisfies ActionInterface;
