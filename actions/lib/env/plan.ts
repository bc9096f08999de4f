/**
 * From decrypted files to the variables decrypt-env exports: flattening, selection, naming, overrides,
 * name safety and what to mask. Pure: the action shell does the I/O.
 */
import { DECRYPT_ENV } from "../interfaces/decrypt-env.js";
import { inputName } from "../interfaces/spec.js";
import { ConfigurationError } from "../errors.js";
import type { Leaf } from "../sops/tree-cipher.js";
import type { TreeMap } from "../sops/tree.js";
import { flattenDocuments } from "./flatten.js";
import { isUnrepresentableName, nameProblem, wildcardMatcher } from "./names.js";

export interface DecryptedSource {
  /** The file as the user named it (workspace-relative), for messages. */
  file: string;
  branches: readonly TreeMap[];
  leaves: readonly Leaf[];
}

export interface PlanOptions {
  keys: readonly string[];
  prefix: string;
  nestedDelimiter: string;
  uppercase: boolean;
  allowNames: readonly string[];
  maskMinLength: number;
  /** How messages name the `keys` and `allow-names` settings: decrypt-env's inputs by default. */
  optionName?: (option: "keys" | "allow-names") => string;
}

export interface PlannedVariable {
  name: string;
  value: string;
  secret: boolean;
  file: string;
}

export interface Override {
  name: string;
  file: string;
  overridden: string;
}

export interface Plan {
  variables: PlannedVariable[];
  overrides: Override[];
  /** Every string to register as a secret, whole values and their lines, de-duplicated. */
  masks: string[];
  /** Names of secret variables left unmasked because they are shorter than mask-min-length. */
  unmaskedShort: string[];
}

function linesOf(value: string): string[] {
  return value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function characterCount(text: string): number {
  return Array.from(text).length;
}

export function planVariables(sources: readonly DecryptedSource[], options: PlanOptions): Plan {
  const optionName =
    options.optionName ?? ((option: "keys" | "allow-names") => inputName(DECRYPT_ENV, option));
  const selected = wildcardMatcher(options.keys);
  const allowed = new Set(options.allowNames);
  const byName = new Map<string, PlannedVariable & { parts: string[] }>();
  const overrides: Override[] = [];

  for (const source of sources) {
    for (const entry of flattenDocuments(source.branches, source.leaves, options.nestedDelimiter)) {
      const base = options.uppercase ? entry.name.toUpperCase() : entry.name;
      if (!selected(base)) continue;
      const name = `${options.prefix}${base}`;
      const previous = byName.get(name);
      if (previous) overrides.push({ name, file: source.file, overridden: previous.file });
      // Re-inserting moves the name to its latest position, the order later steps would see it in.
      byName.delete(name);
      byName.set(name, {
        name,
        value: entry.value,
        secret: entry.secret,
        file: source.file,
        parts: entry.secretParts,
      });
    }
  }

  for (const variable of byName.values()) {
    if (isUnrepresentableName(variable.name)) {
      throw new ConfigurationError(
        `${variable.file}: the key ${JSON.stringify(variable.name)} cannot be an environment variable name (it is empty or contains "=" or a line break)`,
      );
    }
    const problem = nameProblem(variable.name);
    if (problem && !allowed.has(variable.name)) {
      const why =
        problem.kind === "invalid"
          ? "is not a valid environment variable name (letters, digits and _, not starting with a digit)"
          : "could take over the runner or later steps";
      throw new ConfigurationError(
        `${variable.file}: the key ${problem.kind === "invalid" ? JSON.stringify(variable.name) : variable.name} ${why}; rename it, select other keys with \`${optionName("keys")}\`, or list it in \`${optionName("allow-names")}\`${problem.kind === "refused" ? ` (it steers ${problem.family.what})` : ""}`,
      );
    }
  }

  const masks = new Set<string>();
  const unmaskedShort: string[] = [];
  for (const variable of byName.values()) {
    if (!variable.secret) continue;
    const candidates = [variable.value, ...variable.parts].flatMap((text) => [text, ...linesOf(text)]);
    let skipped = false;
    for (const candidate of candidates) {
      if (candidate.trim() === "") continue;
      if (characterCount(candidate) < options.maskMinLength) skipped = true;
      else masks.add(candidate);
    }
    if (skipped) unmaskedShort.push(variable.name);
  }

  return {
    variables: [...byName.values()].map(({ name, value, secret, file }) => ({ name, value, secret, file })),
    overrides,
    masks: [...masks],
    unmaskedShort,
  };
}
