import { SCOPES } from "../scan/event.js";
import type { ActionInterface } from "./spec.js";

export const VERIFY_NO_PLAINTEXT = {
  name: "verify-no-plaintext",
  inputs: {
    scope: { kind: "choice", default: "auto", choices: SCOPES },
    paths: { kind: "list", default: "" },
    config: { kind: "string", default: "" },
    "sops-config": { kind: "string", default: "" },
    "fail-on": { kind: "choice", default: "error", choices: ["error", "warning", "never"] },
    "sarif-file": { kind: "string", default: "" },
    "age-key": { kind: "secret", default: "" },
    threads: { kind: "integer", default: 0, min: 0 },
  },
  outputs: ["findings", "errors", "warnings", "notes", "sarif-file"],
  post: false,
} as const satisfies ActionInterface;
