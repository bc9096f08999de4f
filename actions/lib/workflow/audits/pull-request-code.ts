/**
 * Where a privileged workflow takes a pull request's code and runs it: shared by
 * `untrusted-checkout-exec` (it does) and `privileged-trigger` (it does not).
 */
import { holdsCredentials, input, isCheckout, type Job, type Step, type Workflow } from "../model.js";
import { runsCheckedOutCode, scriptLines } from "../scripts.js";

/** The triggers that run with the base repository's secrets for a pull request or a comment on one. */
export const PULL_REQUEST_CODE_TRIGGERS = new Set(["pull_request_target", "workflow_run", "issue_comment"]);

/** An expression or ref that names the pull request's code rather than the base branch. */
const PULL_REQUEST_REF =
  /github\.event\.pull_request\.(?:head\.(?:sha|ref|repo)|merge_commit_sha|number)|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.(?:head_sha|head_branch|head_commit|head_repository|pull_requests)|github\.event\.issue\.number|(?:steps|needs)\.[\w-]+\.outputs\.[\w-]*(?:head|pr|pull|sha|ref|branch)/i;
/** Shell commands that fetch or check out a pull request. */
const PULL_REQUEST_FETCH =
  /\bgh\s+pr\s+checkout\b|\bhub\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b.*\bpull\/|\bgit\s+(?:checkout|switch|reset)\b.*(?:\$\{\{\s*github\.event\.(?:pull_request|workflow_run)|\$\{?(?:HEAD|PR)_?\w*)/i;
/** Actions that run the code of the repository they are given. */
const RUNS_REPOSITORY_CODE =
  /^(?:docker\/build-push-action|pre-commit\/action|gradle\/(?:gradle-build-action|actions)|cypress-io\/github-action|borales\/actions-yarn|github\/codeql-action)$/;

type Run = { line: number; what: string };

interface PullRequestCode {
  /** The line that takes the code: the checkout's `ref:` (or `repository:`), or the command that fetches it. */
  checkout: number;
  /** The first later line that runs it, if any. */
  runs?: Run;
}

interface Taken {
  line: number;
  /** The folder the code went to, when not the workspace itself. */
  path?: string;
}

function takesPullRequest(step: Step): Taken | undefined {
  if (isCheckout(step)) {
    const ref = input(step, "ref");
    const repository = input(step, "repository");
    const path = input(step, "path")?.value?.string;
    const folder = path === undefined ? undefined : relative(path);
    const at = PULL_REQUEST_REF.test(ref?.value?.string ?? "")
      ? ref
      : /head\.repo|head_repository/.test(repository?.value?.string ?? "")
        ? repository
        : undefined;
    if (!at) return undefined;
    return { line: at.value?.line ?? at.keyLine, ...(folder && folder !== "." ? { path: folder } : {}) };
  }
  if (!step.run) return undefined;
  const line = scriptLines(step.run).find((candidate) => PULL_REQUEST_FETCH.test(candidate.text))?.line;
  return line === undefined ? undefined : { line };
}

/** `./pr/x` → `pr/x`; `pr/` → `pr`. */
const relative = (word: string) => word.replace(/^\.\//, "").replace(/\/+$/, "");

/** Whether a word (a path, or an option's `--x=path` value) names `folder` or something in it. */
function inFolder(word: string, folder: string): boolean {
  const target = relative(word.slice(word.indexOf("=") + 1));
  return target === folder || target.startsWith(`${folder}/`);
}

const INTERPRETERS = /^(?:bash|sh|zsh|python3?|node|deno|bun|ruby|perl|pwsh|php)$/;

/**
 * Whether a command runs code of the pull request checked out into `folder`: a program in it; an
 * interpreter whose script is in it; a build or package tool given the folder in any argument (`npm
 * --prefix pr ci`, `make -C pr`, `pip install ./pr`, `eslint pr/`: they run its scripts and configs).
 * A base-branch script given the folder (`node build-site.js --content ./pr`) reads it as data.
 */
function runsFolderCode(words: readonly string[], folder: string): boolean {
  const [program = "", ...rest] = words;
  if (inFolder(program, folder)) return true;
  if (INTERPRETERS.test(program)) {
    const script = rest.find((word) => !word.startsWith("-"));
    // `python -m pip install ./pr`, `bash -c "..."`: no script of its own, so the arguments decide.
    if (script !== undefined && rest[rest.indexOf(script) - 1] !== "-m" && rest[0] !== "-c")
      return inFolder(script, folder);
  }
  return /^\.{1,2}\/|^\w[\w.-]*\/[\w./-]+$/.test(program)
    ? false
    : rest.some((word) => inFolder(word, folder));
}

/** The working directory a step's `run:` starts in: its own, else the job's `defaults.run`. */
function workingDirectory(step: Step, job: Job): string {
  return (
    step.node.get("working-directory")?.string ??
    job.node.get("defaults")?.get("run")?.get("working-directory")?.string ??
    ""
  );
}

/** The first line of a script, after a given line, that runs checked-out code (in `folder`, when given). */
function runsInScript(step: Step, job: Job, after: number, folder: string | undefined): Run | undefined {
  const startsInFolder = folder === undefined || inFolder(workingDirectory(step, job), folder);
  let here = startsInFolder;
  for (const line of step.run ? scriptLines(step.run) : []) {
    if (line.line <= after) continue;
    let command: readonly string[] | undefined;
    for (const words of line.commands) {
      // `cd <folder>` moves into the pull request's code for the rest of the script.
      if (folder !== undefined && words[0] === "cd" && words[1] !== undefined && inFolder(words[1], folder))
        here = true;
      else if (
        runsCheckedOutCode(words) &&
        (here || (folder !== undefined && runsFolderCode(words, folder)))
      ) {
        command = words;
        break;
      }
    }
    if (command) return { line: line.line, what: `\`${command.slice(0, 2).join(" ")}\`` };
  }
  return undefined;
}

function runsCode(step: Step, job: Job, folder: string | undefined): Run | undefined {
  if (step.uses?.kind === "local" && (folder === undefined || inFolder(step.uses.text, folder)))
    return { line: step.uses.line, what: `local action ${step.uses.text}` };
  if (step.uses?.kind === "remote" && RUNS_REPOSITORY_CODE.test(step.uses.repository) && folder === undefined)
    return { line: step.uses.line, what: step.uses.repository };
  return runsInScript(step, job, 0, folder);
}

/** Whether the workflow can run for a pull request's code with the base repository's privileges. */
function hasPullRequestCodeTrigger(workflow: Workflow): boolean {
  return workflow.triggers.some((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name));
}

/**
 * The first step of a job that takes the pull request's code, and the first that runs it after. Code
 * checked out into a folder of its own (`path:`) runs only from that folder (runsFolderCode): a local
 * action under it, a script in it, a build tool given it, commands run in it (`working-directory`, the
 * job's `defaults.run`, `cd`); a script of the base branch reading it as data does not run it.
 */
function pullRequestCode(job: Job): PullRequestCode | undefined {
  for (const [index, step] of job.steps.entries()) {
    const taken = takesPullRequest(step);
    if (!taken) continue;
    const runs =
      runsInScript(step, job, taken.line, taken.path) ??
      job.steps
        .slice(index + 1)
        .map((later) => runsCode(later, job, taken.path))
        .find((found) => found !== undefined);
    return runs ? { checkout: taken.line, runs } : { checkout: taken.line };
  }
  return undefined;
}

/** The jobs that run a pull request's code while they hold secrets or a token that can write. */
export function runsWithCredentials(
  workflow: Workflow,
): { job: Job; code: PullRequestCode & { runs: Run } }[] {
  if (!hasPullRequestCodeTrigger(workflow)) return [];
  return workflow.jobs.flatMap((job) => {
    const code = pullRequestCode(job);
    return code?.runs && holdsCredentials(job.reach) ? [{ job, code: { ...code, runs: code.runs } }] : [];
  });
}
