/**
 * What the runner tells a step through its environment, read in one place. Actions take these values
 * from here rather than from process.env, so every entry point agrees on the fallbacks.
 */
export interface RunnerEnvironment {
  /** GITHUB_WORKSPACE, or the current folder outside a runner. */
  workspace: string;
  /** RUNNER_TEMP: a folder the runner empties after the job; undefined outside a runner. */
  runnerTemp: string | undefined;
  /** GITHUB_EVENT_NAME (`pull_request`, `push`, ...); empty outside a runner. */
  eventName: string;
  /** GITHUB_EVENT_PATH: the event payload file. */
  eventPath: string | undefined;
  /** GITHUB_ENV: whether later steps can receive variables. */
  canExportVariables: boolean;
  /** GITHUB_STEP_SUMMARY: whether the step can write a job summary. */
  hasStepSummary: boolean;
  /** GITHUB_REPOSITORY (`owner/repo`); empty outside a runner. */
  repository: string;
  /** GITHUB_SERVER_URL, for links (GHES has its own). */
  serverUrl: string;
}

export function readRunnerEnvironment(env: NodeJS.ProcessEnv = process.env): RunnerEnvironment {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || undefined,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    canExportVariables: Boolean(env.GITHUB_ENV),
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    repository: env.GITHUB_REPOSITORY ?? "",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
  };
}
