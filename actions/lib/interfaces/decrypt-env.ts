import type { ActionInterface } from "./spec.js";

export const DECRYPT_ENV = {
  name: "decrypt-env",
  inputs: {
    files: { kind: "list", required: true },
    "age-key": { kind: "secret", default: "" },
    "export-env": { kind: "boolean", default: true },
    "output-file": { kind: "string", default: "" },
    "output-format": { kind: "choice", default: "dotenv", choices: ["dotenv", "json", "yaml"] },
    keys: { kind: "list", default: "" },
    prefix: { kind: "string", default: "" },
    "nested-delimiter": { kind: "string", default: "__" },
    uppercase: { kind: "boolean", default: false },
    "mask-min-length": { kind: "integer", default: 4, min: 0 },
    "allow-names": { kind: "list", default: "" },
    "ignore-missing": { kind: "boolean", default: false },
    "ignore-mac": { kind: "boolean", default: false },
    cleanup: { kind: "boolean", default: true },
  },
  outputs: ["keys", "files", "output-file", "lastmodified"],
  post: true,
} as const satisfies ActionInterface;
