/**
 * The plaintext file decrypt-env writes for docker compose, pydantic-settings (python-dotenv) and CI
 * scripts that run `set -a; source .env` in bash. Each value is written so that all three read back
 * exactly the decrypted text and none of them runs or expands anything:
 * - single quotes when the value allows (no `'`, no `\\`, no trailing `\`): literal in all three;
 * - else double quotes with `\\` and `"` escaped, when the value holds no `$`, backtick or line break;
 * - else, and for `${NAME}` (which python-dotenv 0.21, Debian's, expands whatever the quoting), the value
 *   is refused with a pointer to JSON/YAML or export-env, which carry any value intact.
 */
import { DECRYPT_ENV } from "../interfaces/decrypt-env.js";
import { inputName } from "../interfaces/spec.js";
import { ConfigurationError } from "../errors.js";
import { createStore } from "../sops/formats.js";
import { TreeMap } from "../sops/tree.js";
import type { PlannedVariable } from "./plan.js";

export type OutputFormat = "dotenv" | "json" | "yaml";

/**
 * Literal in all three readers: bash and docker compose take single-quoted text as it is (newlines
 * included), python-dotenv un-escapes only `\\` and `\'` in it.
 */
function singleQuotable(value: string): boolean {
  return !value.includes("'") && !value.includes("\\\\") && !value.endsWith("\\");
}

/**
 * Double quotes read the same in bash, compose and python-dotenv once `\\` and `"` are escaped, as long
 * as the value has nothing any of them expands or that they escape differently: `$` (compose and bash
 * expand it), a backtick (bash runs it), a line break (bash keeps `\n` as two characters).
 */
function doubleQuotable(value: string): boolean {
  return !/[$`\r\n]/.test(value);
}

const PYTHON_DOTENV_VARIABLE = /\$\{[^}:]*(?::-[^}]*)?\}/;

function dotenvLine(name: string, value: string): string {
  if (PYTHON_DOTENV_VARIABLE.test(value)) {
    throw new ConfigurationError(
      `the value of ${name} contains \${...}, which python-dotenv expands in any quoting; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`,
    );
  }
  if (singleQuotable(value)) return `${name}='${value}'`;
  if (doubleQuotable(value)) return `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  throw new ConfigurationError(
    `the value of ${name} holds a quote or backslash together with a $, a backtick or a line break, which bash, docker compose and python-dotenv cannot all read back unchanged from one dotenv line; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`,
  );
}

export function renderOutputFile(variables: readonly PlannedVariable[], format: OutputFormat): string {
  if (format === "dotenv")
    return variables.map((variable) => `${dotenvLine(variable.name, variable.value)}\n`).join("");
  const tree = new TreeMap(variables.map((variable) => ({ key: variable.name, value: variable.value })));
  return Buffer.from(createStore(format).emitPlain([tree])).toString("utf8");
}
