/**
 * The command line's GitHub client: the client's warnings (retries, rate limits) on stderr, one line
 * each, its debug messages nowhere.
 */
import { forLogLine } from "../common/escape.js";
import { createGitHubClient, type GitHubClient } from "../common/github.js";

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
