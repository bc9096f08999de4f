import { choiceInput, listInput, stringInput } from "../common/inputs.js";
import { SCOPES, type Scope } from "../lib/scan/event.js";

export type FailOn = "error" | "warning" | "never";

export interface VerifyInputs {
  scope: Scope;
  paths: string[];
  config: string;
  sopsConfig: string;
  failOn: FailOn;
  sarifFile: string;
  ageKey: string;
}

export function getInputs(): VerifyInputs {
  return {
    scope: choiceInput("scope", SCOPES, "auto"),
    paths: listInput("paths"),
    config: stringInput("config"),
    sopsConfig: stringInput("sops-config"),
    failOn: choiceInput("fail-on", ["error", "warning", "never"], "error"),
    sarifFile: stringInput("sarif-file"),
    ageKey: stringInput("age-key"),
  };
}
