import { booleanInput, choiceInput, integerInput, listInput, stringInput } from "../common/inputs.js";
import type { OutputFormat } from "../lib/env/output-file.js";

export interface DecryptEnvInputs {
  files: string[];
  ageKey: string;
  exportEnv: boolean;
  outputFile: string;
  outputFormat: OutputFormat;
  keys: string[];
  prefix: string;
  nestedDelimiter: string;
  uppercase: boolean;
  maskMinLength: number;
  allowNames: string[];
  ignoreMissing: boolean;
  ignoreMac: boolean;
  cleanup: boolean;
}

export function getInputs(): DecryptEnvInputs {
  return {
    files: listInput("files", { required: true }),
    ageKey: stringInput("age-key"),
    exportEnv: booleanInput("export-env", true),
    outputFile: stringInput("output-file"),
    outputFormat: choiceInput("output-format", ["dotenv", "json", "yaml"], "dotenv"),
    keys: listInput("keys"),
    prefix: stringInput("prefix"),
    nestedDelimiter: stringInput("nested-delimiter") || "__",
    uppercase: booleanInput("uppercase", false),
    maskMinLength: integerInput("mask-min-length", 4),
    allowNames: listInput("allow-names"),
    ignoreMissing: booleanInput("ignore-missing", false),
    ignoreMac: booleanInput("ignore-mac", false),
    cleanup: booleanInput("cleanup", true),
  };
}
