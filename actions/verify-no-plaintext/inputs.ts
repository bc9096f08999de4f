import { inputReader } from "../common/inputs.js";
import { VERIFY_NO_PLAINTEXT } from "../lib/interfaces/verify-no-plaintext.js";
import type { Scope } from "../lib/scan/event.js";

export type FailOn = "error" | "warning" | "never";

export interface VerifyInputs {
  scope: Scope;
  paths: string[];
  config: string;
  sopsConfig: string;
  failOn: FailOn;
  sarifFile: string;
  ageKey: string;
  threads: number;
}

export function getInputs(): VerifyInputs {
  const input = inputReader(VERIFY_NO_PLAINTEXT);
  return {
    ageKey: input.secret("age-key"),
    scope: input.choice("scope"),
    paths: input.list("paths"),
    config: input.string("config"),
    sopsConfig: input.string("sops-config"),
    failOn: input.choice("fail-on"),
    sarifFile: input.string("sarif-file"),
    threads: input.integer("threads"),
  };
}
