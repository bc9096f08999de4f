import { inputReader } from "../common/inputs.js";
import type { OutputFormat } from "../lib/env/output-file.js";
import { DECRYPT_ENV } from "../lib/interfaces/decrypt-env.js";

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
  const input = inputReader(DECRYPT_ENV);
  return {
    ageKey: input.secret("age-key"),
    files: input.list("files"),
    exportEnv: input.boolean("export-env"),
    outputFile: input.string("output-file"),
    outputFormat: input.choice("output-format"),
    keys: input.list("keys"),
    prefix: input.string("prefix"),
    nestedDelimiter: input.string("nested-delimiter"),
    uppercase: input.boolean("uppercase"),
    maskMinLength: input.integer("mask-min-length"),
    allowNames: input.list("allow-names"),
    ignoreMissing: input.boolean("ignore-missing"),
    ignoreMac: input.boolean("ignore-mac"),
    cleanup: input.boolean("cleanup"),
  };
}
