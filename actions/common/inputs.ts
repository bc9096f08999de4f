/**
 * Reading action inputs through the action's declared interface (actions/lib/interfaces): defaults,
 * required inputs and choices come from the declaration, so `action.yml`, the code and the messages
 * cannot drift apart. Each action's `getInputs()` is the only place that reads its inputs.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/errors.js";
import type { ActionInterface, InputSpec } from "../lib/interfaces/spec.js";

type ChoiceOf<S> = S extends { choices: readonly (infer C)[] } ? C : never;

/** What an input holds, cut short for a message (inputs that are secrets are never quoted). */
const quoted = (value: string) => `"${value.slice(0, 40)}"`;

export function inputReader<A extends ActionInterface>(action: A) {
  type Name = keyof A["inputs"] & string;
  const specOf = <K extends InputSpec["kind"]>(name: Name, kind: K): Extract<InputSpec, { kind: K }> => {
    const spec = action.inputs[name];
    if (spec?.kind !== kind) throw new Error(`input ${name} of ${action.name} is not declared as ${kind}`);
    return spec as Extract<InputSpec, { kind: K }>;
  };
  const raw = (name: Name, spec: InputSpec): string => {
    const value = core.getInput(name).trim();
    if ("required" in spec && spec.required && value === "")
      throw new ConfigurationError(`input \`${name}\` is required`);
    return value;
  };
  return {
    string(name: Name): string {
      const spec = specOf(name, "string");
      return raw(name, spec) || spec.default;
    },
    /** Registered with the runner's masking before anything else can print it. */
    secret(name: Name): string {
      const value = raw(name, specOf(name, "secret"));
      if (value !== "") core.setSecret(value);
      return value;
    },
    list(name: Name): string[] {
      const spec = specOf(name, "list");
      const items = raw(name, spec)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== "");
      if (spec.required && items.length === 0) throw new ConfigurationError(`input \`${name}\` is required`);
      return items;
    },
    boolean(name: Name): boolean {
      const spec = specOf(name, "boolean");
      const value = raw(name, spec).toLowerCase();
      if (value === "") return spec.default;
      if (value === "true") return true;
      if (value === "false") return false;
      throw new ConfigurationError(`input \`${name}\` must be true or false, not ${quoted(value)}`);
    },
    integer(name: Name): number {
      const spec = specOf(name, "integer");
      const value = raw(name, spec);
      if (value === "") return spec.default;
      if (!/^\d+$/.test(value) || Number(value) < spec.min) {
        throw new ConfigurationError(
          `input \`${name}\` must be a whole number of at least ${spec.min}, not ${quoted(value)}`,
        );
      }
      return Number(value);
    },
    choice<N extends Name>(name: N): ChoiceOf<A["inputs"][N]> {
      const spec = specOf(name, "choice");
      const value = raw(name, spec) || spec.default;
      if (!spec.choices.includes(value)) {
        throw new ConfigurationError(
          `input \`${name}\` must be one of ${spec.choices.join(", ")}, not ${quoted(value)}`,
        );
      }
      return value as ChoiceOf<A["inputs"][N]>;
    },
    /** The duration text (`30m`); the action parses it. */
    duration(name: Name): string {
      const spec = specOf(name, "duration");
      return raw(name, spec) || spec.default;
    },
  };
}
