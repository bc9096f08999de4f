/**
 * What the audits read in `run:` scripts: the script's lines with their line in the file, the commands
 * each line runs, and which environment variables hold a stored secret. A reading of shell, not a
 * shell: it follows the forms workflows use (commands joined by `;`, `&&`, `|`, `$(...)`), which is
 * where secrets and pull request code meet.
 */
import { escapeRegExp } from "../regexp.js";
import type { Entry, Node } from "./document.js";
import { expressionsIn, storedSecrets } from "./expressions.js";

export interface ScriptLine {
  /** The line's text, trimmed. */
  text: string;
  /** Its line in the workflow file. */
  line: number;
  /** The commands it runs (commandsOf), read once for every audit. */
  commands: string[][];
}

/** Every audit reads the same scripts: each is split once. */
const splitScripts = new WeakMap<Node, ScriptLine[]>();

/** The non-empty lines of a script, each located in the file. */
export function scriptLines(run: Node): ScriptLine[] {
  const known = splitScripts.get(run);
  if (known) return known;
  const lines: ScriptLine[] = [];
  let from = 0;
  for (const raw of (run.string ?? "").split("\n")) {
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) continue;
    const located = run.lineOfText(text, from);
    from = located.next;
    lines.push({ text, line: located.line, commands: commandsOf(text) });
  }
  splitScripts.set(run, lines);
  return lines;
}

/** Words that come before a command without being it. */
const PREFIXES = new Set([
  "sudo",
  "time",
  "exec",
  "then",
  "do",
  "else",
  "!",
  "command",
  "nohup",
  "xargs",
  "env",
]);

/**
 * The parts of a line between `;`, `&&`, `||`, `|`, `$(`, `(` and backquotes, the way a shell cuts
 * them: a separator inside quotes or inside a `${{ }}` expression does not cut (but `$(` inside double
 * quotes does: it is a command of its own).
 */
function commandParts(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quote: "'" | '"' | undefined;
  const cut = (at: number, skip: number) => {
    parts.push(line.slice(start, at));
    start = at + skip;
  };
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (line.startsWith("${{", index)) {
      const end = line.indexOf("}}", index + 3);
      index = end < 0 ? line.length : end + 1;
    } else if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (line.startsWith("$(", index)) {
      cut(index, 2);
      index++;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === "\\") index++;
    } else if (char === "'" || char === '"') quote = char;
    else if (line.startsWith("&&", index) || line.startsWith("||", index)) {
      cut(index, 2);
      index++;
    } else if (char === ";" || char === "|" || char === "(" || char === "`") cut(index, 1);
  }
  parts.push(line.slice(start));
  return parts;
}

/**
 * The commands a line runs: the first word of each part (after `sudo`, `then`, `VAR=value` and the
 * like), with the words that follow it, quotes taken off.
 */
function commandsOf(line: string): string[][] {
  const commands: string[][] = [];
  for (const part of commandParts(line)) {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((word) => word !== "");
    while (words.length > 0) {
      const first = words[0] ?? "";
      if (PREFIXES.has(first) || /^[A-Za-z_]\w*=/.test(first) || first === "{") words.shift();
      else break;
    }
    if (words.length > 0) commands.push(words.map((word) => word.replace(/^["']|["')]$/g, "")));
  }
  return commands;
}

/** Commands that print their arguments: text in them (`echo "run gh release create"`) is not run. */
const PRINTERS = new Set(["echo", "printf", "print", "Write-Host", "Write-Output"]);

/** A command of the line (not text a command prints) matches the pattern. */
export function runsCommand(line: ScriptLine, pattern: RegExp): boolean {
  return line.commands.some((words) => !PRINTERS.has(words[0] ?? "") && pattern.test(words.join(" ")));
}

/** Environment variables whose value reads a stored secret, with the secrets each reads. */
export function secretVariables(env: readonly Entry[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entry of env) {
    const text = entry.value?.string ?? "";
    const secrets = secretsExpanded(text);
    if (secrets.length > 0) found.set(entry.key, secrets);
  }
  return found;
}

/** Compiled references to a variable, by its name; cleared when a scan has seen very many names. */
const references = new Map<string, RegExp>();
const MAX_REFERENCES = 4096;

function referenceTo(name: string): RegExp {
  let reference = references.get(name);
  if (!reference) {
    if (references.size >= MAX_REFERENCES) references.clear();
    const escaped = escapeRegExp(name);
    reference = new RegExp(
      `\\$\\{?${escaped}\\b|\\$env:${escaped}\\b|%${escaped}%|\\benv\\.${escaped}\\b|environ(?:\\.get\\(|\\[)\\s*["']${escaped}["']|getenv\\(\\s*["']${escaped}["']`,
    );
    references.set(name, reference);
  }
  return reference;
}

/** Whether a line expands one of the variables (`$X`, `${X}`, `$env:X`, `%X%`, `env.X`, `environ["X"]`). */
export function expandsVariable(line: string, names: Iterable<string>): string | undefined {
  // Every form of reference holds the name itself: most lines are passed over at once.
  for (const name of names) if (line.includes(name) && referenceTo(name).test(line)) return name;
  return undefined;
}

/** The stored secrets a line expands directly (`${{ secrets.X }}`). */
export function secretsExpanded(line: string): string[] {
  return expressionsIn(line).flatMap((expression) => storedSecrets(expression.body));
}

/** A line that gives a secret to a command: directly, or through a variable that holds one. */
export function usesSecret(line: string, variables: ReadonlyMap<string, string[]>): string | undefined {
  const direct = secretsExpanded(line)[0];
  if (direct) return `secrets.${direct}`;
  const variable = expandsVariable(line, variables.keys());
  return variable ? `$${variable}` : undefined;
}

/**
 * Commands that run what a checkout brought: package managers and build tools (they run the project's
 * scripts), interpreters, and any `./script`.
 */
const RUNS_CODE = new Set(
  (
    "npm npx yarn pnpm bun node deno python python3 pip pip3 pipx poetry uv uvx pdm hatch tox nox pytest make " +
    "cmake ninja cargo go mvn mvnw ./mvnw gradle gradlew ./gradlew bundle bundler rake ruby gem composer php " +
    "dotnet msbuild sh bash zsh pwsh pre-commit docker docker-compose just swift mix sbt lein ant tsc jest " +
    "vitest eslint prettier lerna nx turbo rush playwright cypress setup.py conda mamba R Rscript julia perl"
  ).split(" "),
);

/** A command that reads or runs the checked-out code. */
export function runsCheckedOutCode(command: readonly string[]): boolean {
  const [program = ""] = command;
  if (RUNS_CODE.has(program)) return true;
  if (program === "source" || program === ".") return true;
  // A path of the repository in a command's place is a script of it (`./x`, `scripts/publish`).
  return /^\.{1,2}\/|^\w[\w.-]*\/[\w./-]+$/.test(program);
}

/** The repository scripts a command runs (`./scripts/x.sh`, `bash scripts/x.sh`, `python tools/x.py`). */
export function scriptsRun(command: readonly string[]): string[] {
  const [program = "", ...rest] = command;
  if (program === "make") return ["Makefile"];
  const interpreter = /^(?:bash|sh|zsh|python3?|node|ruby|perl|pwsh|uv|poetry)$/.test(program);
  const candidates = interpreter
    ? rest.filter((word) => !word.startsWith("-")).slice(0, program === "uv" || program === "poetry" ? 2 : 1)
    : [program];
  return candidates
    .filter((word) =>
      /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|js|mjs|rb|pl|ps1)$|^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+$/.test(
        word,
      ),
    )
    .map((word) => word.replace(/^\.\//, ""));
}
