/**
 * Hard-coded defaults of secrets in Python code: `os.getenv("CASCOR_AUTHKEY", "juniper")` runs with a
 * known key whenever the variable is missing, and nobody notices. Found: the default argument of
 * `os.getenv`, `os.environ.get` and `os.environ.setdefault`; the default of a pydantic-settings field
 * (`x: str = "..."`, `Field(default="...")`, `Field("...")`) in a class whose bases name `Settings`; and any
 * `SecretStr("...")` literal. Only for names that look like secrets; `""` and `None` are fine.
 */

export interface SecretDefault {
  /** The variable or field name. */
  name: string;
  /** Offset of the literal's content in the text. */
  index: number;
  value: string;
  /** Where it was found, for the message: `os.getenv`, `settings field`, `SecretStr`. */
  via: string;
}

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH(?!OR)|DSN/i;
/** Names that hold where a secret is or how it is used, not the secret itself. */
const NOT_A_SECRET =
  /(?:^|_)(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HEADER|NAME|ID|TYPE|ALGORITHM|ALG|PREFIX|ENABLED|REQUIRED|TTL|EXPIRY|EXPIRES|LENGTH|SIZE|SCHEME|METHOD|MODE|PUBLIC_KEY)$/i;

/** `CASCOR_AUTHKEY`, `hf_token`, `api_key`: a name that says it holds a secret. */
export function isSecretVariableName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_A_SECRET.test(name.replace(/([a-z])([A-Z])/g, "$1_$2"));
}

/** A one-line Python string literal (optional r/b/u/f prefix); group 2 is its content. */
const STRING = String.raw`[rRbBuUfF]{0,2}(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')`;

const ENVIRONMENT_DEFAULT = new RegExp(
  String.raw`\b(os\.getenv|getenv|os\.environ\.get|environ\.get|os\.environ\.setdefault|environ\.setdefault)\(\s*` +
    String.raw`(?:key\s*=\s*)?["']([A-Za-z_][A-Za-z0-9_]*)["']\s*,\s*(?:default\s*=\s*|value\s*=\s*)?` +
    STRING,
  "g",
);
const SECRET_STR = new RegExp(String.raw`\bSecretStr\(\s*` + STRING, "g");
const SETTINGS_CLASS = /^([ \t]*)class\s+\w+\s*\(([^)]*)\)\s*:/;
const FIELD = new RegExp(
  String.raw`^([ \t]+)([A-Za-z_][A-Za-z0-9_]*)\s*:\s*[^=\n]+?=\s*(?:(?:Field|SecretStr)\(\s*(?:default\s*=\s*)?)?` +
    STRING,
);

function literal(match: RegExpExecArray, group: number): { value: string; offset: number } {
  const value = match[group] ?? match[group + 1] ?? "";
  // The content ends one quote before the match does.
  return { value, offset: match.index + match[0].length - 1 - value.length };
}

/** True when `index` is after a `#` on its line (a comment; `#` inside strings is rare enough here). */
function inComment(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  return text.slice(lineStart, index).includes("#");
}

export function findSecretDefaults(text: string): SecretDefault[] {
  const found: SecretDefault[] = [];
  ENVIRONMENT_DEFAULT.lastIndex = 0;
  for (let match; (match = ENVIRONMENT_DEFAULT.exec(text)) !== null;) {
    const name = match[2] ?? "";
    const { value, offset } = literal(match, 3);
    if (value !== "" && isSecretVariableName(name) && !inComment(text, match.index))
      found.push({ name, index: offset, value, via: match[1] ?? "os.getenv" });
  }
  found.push(...settingsDefaults(text));
  SECRET_STR.lastIndex = 0;
  for (let match; (match = SECRET_STR.exec(text)) !== null;) {
    const { value, offset } = literal(match, 1);
    if (value === "" || inComment(text, match.index) || found.some((item) => item.index === offset)) continue;
    const lineStart = text.lastIndexOf("\n", match.index - 1) + 1;
    const name = /([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=\n]*)?=\s*$/.exec(
      text.slice(lineStart, match.index),
    )?.[1];
    found.push({ name: name ?? "SecretStr", index: offset, value, via: "SecretStr" });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Field defaults of the classes whose bases name `Settings` (`BaseSettings`, `JuniperSettings`...). */
function settingsDefaults(text: string): SecretDefault[] {
  const found: SecretDefault[] = [];
  let classIndent: number | undefined;
  let fieldIndent: number | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (classIndent !== undefined && indent <= classIndent) classIndent = fieldIndent = undefined;
    const declared = SETTINGS_CLASS.exec(line);
    if (declared) {
      if (/Settings\b/.test(declared[2] ?? "")) {
        classIndent = declared[1]?.length ?? 0;
        fieldIndent = undefined;
      }
      continue;
    }
    if (classIndent === undefined) continue;
    // Fields are the statements at the class body's own indentation, not those of its methods.
    fieldIndent ??= indent;
    if (indent !== fieldIndent) continue;
    const field = FIELD.exec(line);
    if (!field) continue;
    const name = field[2] ?? "";
    const { value, offset: at } = literal(field, 3);
    if (value !== "" && isSecretVariableName(name))
      found.push({ name, index: start + at, value, via: "settings field" });
  }
  return found;
}
