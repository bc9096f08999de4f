/**
 * `secrets-actions verify --history --purge-plan FILE`: writes the `git filter-repo --replace-text`
 * expressions for every plaintext secret the history holds (mode 0600, a new file, never through a
 * link) and prints what to do with it. The values are in FILE only: what is printed counts them and
 * says where the ones left out were found, never what they are.
 */
import path from "node:path";
import { checkTarget, writeFileSafely, type WriteOptions } from "../common/safe-write.js";
import type { HistoryValue } from "../common/verify.js";
import { MIN_PURGE_BYTES, purgePlan } from "../lib/scan/purge-plan.js";

/** A word for a POSIX shell: as it is when it is plain, else in single quotes. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export class PurgePlanTarget {
  readonly target: string;
  private readonly options: WriteOptions;

  /** Refuses an existing file or a link at FILE now, before the history is read. */
  constructor(
    cwd: string,
    private readonly name: string,
  ) {
    this.target = path.resolve(cwd, name);
    // The CLI writes where its user asks (as `run --dotenv-file` does): the only root is the file system's.
    this.options = {
      what: `--purge-plan ${name}`,
      roots: [path.parse(this.target).root],
      mode: 0o600,
      replace: false,
    };
    checkTarget(this.target, this.options);
  }

  /**
   * Writes the plan (when it has a value) and returns what to print: counts and commands, no value.
   * `root`: the repository's work tree, where the plan had better not be.
   */
  write(values: readonly HistoryValue[], root: string): string[] {
    const plan = purgePlan(values);
    const written = plan.literals + plan.regexes;
    const lines: string[] = [];
    const file = shellWord(this.target);
    if (written === 0) {
      lines.push(
        `purge plan: no plaintext secret to replace in the history of HEAD: ${this.name} not written`,
      );
    } else {
      writeFileSafely(this.target, plan.expressions, this.options);
      lines.push(
        `purge plan: ${written} secret ${written === 1 ? "value" : "values"} written to ${this.name} (mode 0600) as \`git filter-repo --replace-text\` expressions` +
          (plan.regexes > 0 ? ` (${plan.regexes} over several lines, as byte-exact regex: lines)` : "") +
          ": it holds the secrets themselves; never commit, share or paste it",
      );
      const relative = path.relative(root, this.target);
      if (!relative.startsWith("..") && !path.isAbsolute(relative))
        lines.push(
          `${this.name} is inside the repository's work tree: keep it out of every commit (git add -A would take it), or move it out of the repository`,
        );
    }
    if (plan.tooShort.length > 0) {
      lines.push(
        `not in the plan: ${plan.tooShort.length} ${plan.tooShort.length === 1 ? "value" : "values"} shorter than ${MIN_PURGE_BYTES} characters (replacing them in every file of every commit would change other text); rotate them, and edit them out by hand if you must:`,
        ...plan.tooShort.map((where) => `  ${where}`),
      );
    }
    if (written === 0) return lines;
    lines.push(
      "",
      "1. FIRST revoke and rotate every one of these secrets at its provider. Purging does not un-leak anything: forks, other clones, caches, pull request refs (refs/pull/*) and CI logs keep the old history, and only GitHub Support can remove cached views and pull request refs.",
      "2. Rewrite a fresh mirror clone (filter-repo refuses any other repository unless given --force; never use --force on your working clone: the rewrite is irreversible and leaves no backup):",
      "     git clone --mirror <the repository's URL> purged.git    (a local path: git clone --mirror --no-local PATH purged.git)",
      "     cd purged.git",
      `     git filter-repo --replace-text ${file}    (add --replace-message ${file} to clean commit and tag messages too)`,
      "3. Check it: clone purged.git and run `secrets-actions verify --history` in that clone.",
      "4. Push the new history over the old one from purged.git: git push --force --mirror (every branch and tag, and deletes refs the rewrite removed; the server refuses refs it locks, such as refs/pull/*), or branch by branch: git push --force origin BRANCH, then git push --force --tags origin. Protected branches must allow a force push for that moment.",
      "5. Ask every collaborator to re-clone (a pull or merge from an old clone brings the secrets back), and ask GitHub Support to remove cached views and pull request refs.",
      `6. Delete ${this.name} when you are done: it holds the secrets.`,
      "The plan covers the history of HEAD (the branch checked out); filter-repo rewrites every branch: run this on any other branch that may hold secrets and add its plan's lines.",
    );
    return lines;
  }
}
