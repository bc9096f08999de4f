/**
 * The command line's GitHub client: the client's warnings (retries, rate limits) on stderr, one line
 * each, its debug messages nowhere.
 */
import { forLogLine } from "../common/escape.js";
import { createGitHubClient, type GitHubClient } from "../common/github.js";
import { ConfigurationError } from "../lib/errors.js";

/** The token the command line takes, as gh does: GITHUB_TOKEN, else GH_TOKEN. */
export const tokenFrom = (env: Readonly<Record<string, string | undefined>>): string | undefined =>
  env.GITHUB_TOKEN || env.GH_TOKEN || undefined;

/**
 * The token an option needs, asked for before the command writes anything: a missing one must not
 * leave files changed and the GitHub side undone.
 */
export function requiredToken(
  env: Readonly<Record<string, string | undefined>>,
  option: string,
  permission: string,
): string {
  const token = tokenFrom(env);
  if (!token)
    throw new ConfigurationError(`${option} needs a token with ${permission} in GITHUB_TOKEN or GH_TOKEN`);
  return token;
}

export function cliGitHubClient(options: {
  token: string;
  /** The command, for the User-Agent (`secrets-actions inventory`). */
  command: string;
  concurrency: number;
  stderr: (text: string) => void;
}): GitHubClient {
  return createGitHubClient({
    token: options.token,
    action: options.command,
    concurrency: options.concurrency,
    report: {
      debug: () => undefined,
      warning: (message) => {
        options.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
      },
    },
  });
}
