/**
 * Reading action inputs with the validation every action needs. Each action's `getInputs()` uses these
 * and is the only place that reads its inputs.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/configuration-error.js";

export function stringInput(name: string, options: { required?: boolean } = {}): string {
  const value = core.getInput(name).trim();
  if (options.required && value === "") throw new ConfigurationError(`input \`${name}\` is required`);
  return value;
}

/** Newline- or comma-separated items, trimmed, empties dropped. */
export function listInput(name: string, options: { required?: boolean } = {}): string[] {
  const items = stringInput(name, options)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (options.required && items.length === 0) throw new ConfigurationError(`input \`${name}\` is required`);
  return items;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = stringInput(name).toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new ConfigurationError(`input \`${name}\` must be true or false, not "${value.slice(0, 40)}"`);
}

export function integerInput(name: string, fallback: number, { min = 0 } = {}): number {
  const value = stringInput(name);
  if (value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(
      `input \`${name}\` must be a whole number of at least ${min}, not "${value.slice(0, 40)}"`,
    );
  }
  return Number(value);
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = stringInput(name);
  if (value === "") return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigurationError(
      `input \`${name}\` must be one of ${choices.join(", ")}, not "${value.slice(0, 40)}"`,
    );
  }
  return value as T;
}
