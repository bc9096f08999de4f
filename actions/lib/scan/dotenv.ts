/**
 * The `plaintext-env-file` rule: which paths are dotenv files, which are templates, and whether a
 * dotenv file's content is SOPS- or dotenvx-encrypted.
 */
import { isPlaceholder, entropy } from "./values.js";

export type DotenvKind = "env" | "template";

const TEMPLATE_WORDS = new Set(["example", "sample", "template", "dist", "defaults", "tpl"]);

/** `.env`, `.env.*` and `*.env` are dotenv files; a name with a template word in it is a template. */
export function dotenvKind(file: string): DotenvKind | undefined {
  const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  if (name !== ".env" && !name.startsWith(".env.") && !(name.endsWith(".env") && name.length > 4))
    return undefined;
  const words = name.split(".").filter((word) => word !== "" && word !== "env");
  return words.some((word) => TEMPLATE_WORDS.has(word)) ? "template" : "env";
}

export interface Assignment {
  name: string;
  value: string;
  line: number;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/;

/** The assignments of a dotenv file, with quotes and trailing comments removed. */
export function parseAssignments(text: string): Assignment[] {
  const assignments: Assignment[] = [];
  text.split("\n").forEach((raw, index) => {
    const match = ASSIGNMENT.exec(raw.replace(/\r$/, ""));
    if (!match) return;
    const [, name = "", rest = ""] = match;
    const quote = rest[0];
    let value: string;
    if (quote === '"' || quote === "'" || quote === "`") {
      const end = rest.indexOf(quote, 1);
      value = end === -1 ? rest.slice(1) : rest.slice(1, end);
    } else {
      value = rest.replace(/\s+#.*$/, "").trim();
    }
    assignments.push({ name, value, line: index + 1 });
  });
  return assignments;
}

const DOTENVX_PUBLIC = /^DOTENV_PUBLIC_KEY(?:_[A-Z0-9_]+)?$/;

/**
 * dotenvx encrypts every value to `encrypted:...` and keeps its `DOTENV_PUBLIC_KEY*` in the clear. The
 * first assignment that breaks this is returned (undefined: the file is fully encrypted).
 */
export function firstDotenvxPlaintext(assignments: readonly Assignment[]): Assignment | undefined {
  return assignments.find(
    (assignment) =>
      assignment.value !== "" &&
      !assignment.value.startsWith("encrypted:") &&
      !DOTENVX_PUBLIC.test(assignment.name),
  );
}

export function isDotenvxFile(assignments: readonly Assignment[]): boolean {
  return assignments.some((assignment) => assignment.value.startsWith("encrypted:"));
}

const SECRET_NAME = /(?:key|token|secret|passw(?:or)?d|pass|pwd|credentials?|auth|dsn|private)$/i;

/**
 * In a template, a value for a secret-like name must be a placeholder; anything long and random-looking
 * is a real value someone copied from their .env.
 */
export function realTemplateValues(assignments: readonly Assignment[]): Assignment[] {
  return assignments.filter(
    ({ name, value }) =>
      SECRET_NAME.test(name.replace(/[-_.]/g, "")) &&
      value.length >= 12 &&
      !/^\$|^ENC\[|^encrypted:/.test(value) &&
      !isPlaceholder(value) &&
      entropy(value) >= 3,
  );
}
