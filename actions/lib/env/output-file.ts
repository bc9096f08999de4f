/**
 * The plaintext file decrypt-env writes for docker compose and pydantic-settings. dotenv has several
 * grammars; every value is quoted so that python-dotenv (what pydantic-settings reads) and docker
 * compose both read back exactly the decrypted text:
 * - single quotes are literal in compose and in python-dotenv (which only un-escapes `\\` and `\'`), and
 *   neither expands `$` inside them;
 * - double quotes are needed for `'`, `\\` and a trailing `\`; both grammars then un-escape `\\`, `\"`
 *   and `\n`, but compose expands `$` there and python-dotenv does not read `$$`, so a value that needs
 *   double quotes and holds a `$` has no common form and is refused;
 * - python-dotenv (0.21, Debian's) expands `${NAME}` whatever the quoting and has no escape for it, so
 *   such values are refused too: they reach programs intact through export-env or a JSON/YAML file.
 */
import { DECRYPT_ENV } from "../interfaces/decrypt-env.js";
import { inputName } from "../interfaces/spec.js";
import { ConfigurationError } from "../errors.js";
import { createStore } from "../sops/formats.js";
import { TreeMap } from "../sops/tree.js";
import type { PlannedVariable } from "./plan.js";

export type OutputFormat = "dotenv" | "json" | "yaml";

function singleQuotable(value: string): boolean {
  return !value.includes("'") && !value.includes("\\\\") && !value.endsWith("\\");
}

const PYTHON_DOTENV_VARIABLE = /\$\{[^}:]*(?::-[^}]*)?\}/;

function dotenvLine(name: string, value: string): string {
  if (PYTHON_DOTENV_VARIABLE.test(value)) {
    throw new ConfigurationError(
      `the value of ${name} contains \${...}, which python-dotenv expands in any quoting; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`,
    );
  }
  const multiLine = /[\r\n]/.test(value);
  if (singleQuotable(value) && !multiLine) return `${name}='${value}'`;
  if (!value.includes("$")) {
    const escaped = value
      .replace(/\\/g, "\\\\")
      .replace(/"/g, '\\"')
      .replace(/\n/g, "\\n")
      .replace(/\r/g, "\\r");
    return `${name}="${escaped}"`;
  }
  if (singleQuotable(value)) return `${name}='${value}'`;
  throw new ConfigurationError(
    `the value of ${name} contains a $ together with a quote or backslash sequence that docker compose and python-dotenv quote differently; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml`,
  );
}

export function renderOutputFile(variables: readonly PlannedVariable[], format: OutputFormat): string {
  if (format === "dotenv")
    return variables.map((variable) => `${dotenvLine(variable.name, variable.value)}\n`).join("");
  const tree = new TreeMap(variables.map((variable) => ({ key: variable.name, value: variable.value })));
  return Buffer.from(createStore(format).emitPlain([tree])).toString("utf8");
}
