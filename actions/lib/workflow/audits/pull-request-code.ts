/**
 * Where a privileged workflow takes a pull request's code and runs it: shared by
 * `untrusted-checkout-exec` (it does) and `privileged-trigger` (it does not).
 */
import { input, isCheckout, type Job, type Step, type Workflow } from "../model.js";
import { commandsOf, runsCheckedOutCode, scriptLines } from "../scripts.js";

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

export interface PullRequestCode {
  /** The line that takes the code: the checkout's `uses:` or the command that fetches it. */
  checkout: number;
  /** The first later line that runs it, if any. */
  runs?: Run;
}

function takesPullRequest(step: Step): number | undefined {
  if (isCheckout(step)) {
    const ref = input(step, "ref")?.value?.string ?? "";
    const repository = input(step, "repository")?.value?.string ?? "";
    return PULL_REQUEST_REF.test(ref) || /head\.repo|head_repository/.test(repository)
      ? (step.uses?.line ?? step.line)
      : undefined;
  }
  if (!step.run) return undefined;
  return scriptLines(step.run).find((line) => PULL_REQUEST_FETCH.test(line.text))?.line;
}

/** The first line of a script, after a given line, that runs checked-out code. */
function runsInScript(step: Step, after: number): Run | undefined {
  for (const line of step.run ? scriptLines(step.run) : []) {
    const command = line.line > after ? commandsOf(line.text).find(runsCheckedOutCode) : undefined;
    if (command) return { line: line.line, what: `\`${command.slice(0, 2).join(" ")}\`` };
  }
  return undefined;
}

function runsCode(step: Step): Run | undefined {
  if (step.uses?.kind === "local") return { line: step.uses.line, what: `local action ${step.uses.text}` };
  if (step.uses?.kind === "remote" && RUNS_REPOSITORY_CODE.test(step.uses.repository))
    return { line: step.uses.line, what: step.uses.repository };
  return runsInScript(step, 0);
}

/** Whether the workflow can run for a pull request's code with the base repository's privileges. */
export function hasPullRequestCodeTrigger(workflow: Workflow): boolean {
  return workflow.triggers.some((trigger) => PULL_REQUEST_CODE_TRIGGERS.has(trigger.name));
}

/** The first step of a job that takes the pull request's code, and the first that runs it after. */
export function pullRequestCode(job: Job): PullRequestCode | undefined {
  for (const [index, step] of job.steps.entries()) {
    const checkout = takesPullRequest(step);
    if (checkout === undefined) continue;
    // A command on the same `run:` after the fetch counts, as does any later step.
    const runs =
      runsInScript(step, checkout) ??
      job.steps
        .slice(index + 1)
        .map(runsCode)
        .find((found) => found !== undefined);
    return runs ? { checkout, runs } : { checkout };
  }
  return undefined;
}
