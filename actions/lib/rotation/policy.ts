/**
 * The rotation policy (`.github/secret-rotation.yml`): defaults and per-secret entries, first match
 * wins. Every mistake is a one-line error naming the file, the line and the fix.
 */
import picomatch from "picomatch";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { ConfigurationError } from "../errors.js";

export type SecretSource = "sops" | "github";

export interface RotationRule {
  maxAgeDays: number;
  warnBeforeDays: number;
  owner: string | undefined;
  runbook: string | undefined;
  ignore: boolean;
}

interface Entry extends Partial<RotationRule> {
  match: (name: string) => boolean;
  source: SecretSource | "any";
}

export interface RotationPolicy {
  source: string | undefined;
  defaults: RotationRule;
  entries: readonly Entry[];
}

export const BUILT_IN_DEFAULTS: RotationRule = {
  maxAgeDays: 90,
  warnBeforeDays: 14,
  owner: undefined,
  runbook: undefined,
  ignore: false,
};

export const DEFAULT_POLICY: RotationPolicy = { source: undefined, defaults: BUILT_IN_DEFAULTS, entries: [] };

/** `90d`, `12w` → days. */
export function parseDays(text: string): number | undefined {
  const match = /^(\d{1,5})([dw])$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === "w" ? 7 : 1);
}

const DEFAULT_KEYS = new Set(["max-age", "warn-before"]);
const ENTRY_KEYS = new Set(["match", "source", "max-age", "warn-before", "owner", "runbook", "ignore"]);

export function parseRotationPolicy(text: string, source: string): RotationPolicy {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (node: Node | null | undefined) =>
    `${source}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new ConfigurationError(`${at(node)}: ${message}`);
  };
  if (document.errors.length > 0) {
    const [error] = document.errors;
    throw new ConfigurationError(
      `${source}:${error?.linePos?.[0].line ?? 1}: not valid YAML (${error?.code ?? "syntax"}): fix the syntax`,
    );
  }
  const root = document.contents;
  if (root === null) return { ...DEFAULT_POLICY, source };
  if (!isMap(root)) return fail(root, "must be a mapping with `defaults:` and `secrets:`");

  const days = (node: unknown, what: string): number => {
    const value = isScalar(node) ? String(node.value) : "";
    const parsed = parseDays(value);
    if (parsed === undefined)
      return fail(node as Node, `${what} must be a duration such as 90d or 12w, not "${value.slice(0, 20)}"`);
    return parsed;
  };
  const nonEmptyText = (node: unknown, what: string): string => {
    if (!isScalar(node) || typeof node.value !== "string" || node.value.trim() === "")
      return fail(node as Node, `${what} must be a non-empty string`);
    return node.value.trim();
  };

  const defaults = { ...BUILT_IN_DEFAULTS };
  const entries: Entry[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key === "defaults") {
      if (!isMap(pair.value)) return fail(pair.value, "defaults must be a mapping");
      for (const item of pair.value.items) {
        const name = isScalar(item.key) ? String(item.key.value) : "";
        if (!DEFAULT_KEYS.has(name))
          fail(item.key, `unknown key \`${name}\` in defaults: use max-age or warn-before`);
        if (name === "max-age") defaults.maxAgeDays = days(item.value, "defaults.max-age");
        if (name === "warn-before") defaults.warnBeforeDays = days(item.value, "defaults.warn-before");
      }
    } else if (key === "secrets") {
      if (!isSeq(pair.value)) return fail(pair.value, "secrets must be a list of entries with `match:`");
      pair.value.items.forEach((item, index) => {
        const where = `secrets[${index}]`;
        if (!isMap(item)) return fail(item, `${where} must be a mapping with \`match:\``);
        const entry: Partial<Entry> = { source: "any" };
        for (const field of item.items) {
          const name = isScalar(field.key) ? String(field.key.value) : "";
          if (!ENTRY_KEYS.has(name))
            fail(field.key, `unknown key \`${name}\` in ${where}: use ${[...ENTRY_KEYS].join(", ")}`);
          const value = field.value;
          switch (name) {
            case "match": {
              const glob = nonEmptyText(value, `${where}.match`);
              if (/[[\]{}]/.test(glob) && !isBalanced(glob))
                fail(value, `${where}.match "${glob.slice(0, 40)}" is not a valid glob`);
              entry.match = picomatch(glob, { dot: true, nocase: false });
              break;
            }
            case "source": {
              const chosen = isScalar(value) ? String(value.value) : "";
              if (chosen !== "sops" && chosen !== "github" && chosen !== "any")
                fail(value, `${where}.source must be sops, github or any, not "${chosen.slice(0, 20)}"`);
              entry.source = chosen as Entry["source"];
              break;
            }
            case "max-age":
              entry.maxAgeDays = days(value, `${where}.max-age`);
              break;
            case "warn-before":
              entry.warnBeforeDays = days(value, `${where}.warn-before`);
              break;
            case "owner":
              entry.owner = nonEmptyText(value, `${where}.owner`).replace(/^@/, "");
              break;
            case "runbook":
              entry.runbook = nonEmptyText(value, `${where}.runbook`);
              break;
            case "ignore":
              if (!isScalar(value) || typeof value.value !== "boolean")
                fail(value, `${where}.ignore must be true or false`);
              entry.ignore = (value as { value: boolean }).value;
              break;
          }
        }
        if (!entry.match) fail(item, `${where} needs a \`match:\` glob (e.g. match: HF_TOKEN)`);
        entries.push(entry as Entry);
      });
    } else {
      fail(pair.key, `unknown key \`${key}\`: use defaults and secrets`);
    }
  }
  return { source, defaults, entries };
}

function isBalanced(glob: string): boolean {
  let depth = 0;
  for (const char of glob) {
    if (char === "[" || char === "{") depth++;
    if (char === "]" || char === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The rule for a secret: the first entry whose glob and source match, over the defaults. */
export function ruleFor(policy: RotationPolicy, name: string, source: SecretSource): RotationRule {
  const entry = policy.entries.find(
    (candidate) => candidate.match(name) && (candidate.source === "any" || candidate.source === source),
  );
  if (!entry) return policy.defaults;
  return {
    maxAgeDays: entry.maxAgeDays ?? policy.defaults.maxAgeDays,
    warnBeforeDays: entry.warnBeforeDays ?? policy.defaults.warnBeforeDays,
    owner: entry.owner,
    runbook: entry.runbook,
    ignore: entry.ignore ?? false,
  };
}
