/**
 * The REST client every action uses: @actions/github's octokit (GITHUB_API_URL, so GHES works), with
 * octokit's retry plugin for 5xx and its throttling plugin for primary and secondary rate limits. Each
 * action names itself (the throttling group) and says how many requests it runs at once.
 */
import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import type { ApiFailure } from "../lib/errors.js";

/** GitHub's secondary limit on content-creating requests (dispatches, issues, comments): 80 a minute. */
const WRITES_PER_MINUTE = 80;
const SECONDARY_RETRIES = 3;
const PRIMARY_RETRIES = 1;
/** Waiting longer than this for the primary limit to reset is worse than reporting the error. */
const PRIMARY_MAX_WAIT_S = 60;

export interface ClientOptions {
  token: string;
  /** The action's name: its throttling group, so that two actions in one job do not share a budget. */
  action: string;
  /** Requests the action runs at once; write requests may burst up to this many. */
  concurrency: number;
  /** Where the client's own messages go: the runner's log commands by default; the CLI's stderr. */
  report?: { debug: (message: string) => void; warning: (message: string) => void };
}

const RUNNER_LOG = {
  debug: (message: string) => {
    core.debug(message);
  },
  warning: (message: string) => {
    core.warning(message);
  },
};

export function createGitHubClient({ token, action, concurrency, report = RUNNER_LOG }: ClientOptions) {
  return getOctokit(
    token,
    {
      // Read when the client is made, not when the module loaded: GHES, and tests that start a server.
      baseUrl: (process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
      log: {
        debug: report.debug,
        info: report.debug,
        warn: report.warning,
        error: report.warning,
      },
      retry: {
        // 429 belongs to the throttling plugin, which honours retry-after.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        id: action,
        // The plugin's default spaces writes a second apart, one at a time (20 dispatches: 20 s). A token
        // bucket allows bursts of `concurrency` while keeping under GitHub's 80 writes a minute.
        write: new Bottleneck.Group({
          maxConcurrent: concurrency,
          minTime: 0,
          reservoir: WRITES_PER_MINUTE,
          reservoirIncreaseInterval: 60_000 / WRITES_PER_MINUTE,
          reservoirIncreaseAmount: 1,
          reservoirIncreaseMaximum: WRITES_PER_MINUTE,
        }),
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
          const retrying = retryCount < PRIMARY_RETRIES && retryAfter <= PRIMARY_MAX_WAIT_S;
          report.warning(
            `API rate limit exhausted (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`,
          );
          return retrying;
        },
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
          const retrying = retryCount < SECONDARY_RETRIES;
          report.warning(
            `secondary rate limit (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`,
          );
          return retrying;
        },
      },
    },
    retry,
    throttling,
  );
}

export type GitHubClient = ReturnType<typeof createGitHubClient>;

/** Every repository a GitHub App installation token can see, `owner/name`, 100 a page. */
export async function installationRepositories(client: GitHubClient): Promise<string[]> {
  const repositories = await client.paginate(client.rest.apps.listReposAccessibleToInstallation, {
    per_page: 100,
  });
  return repositories.map((repository) => repository.full_name);
}

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

/**
 * The text of an error raised before GitHub answered (the HTTP client refusing a header, a network
 * failure): such messages quote what they refused, which can be the token or another header value, so
 * every quoted part is cut out.
 */
export function sanitizeClientError(text: string): string {
  return text
    .replace(/(["'`])[^]*?\1/g, "…")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * An octokit error (or any thrown value) reduced to status and GitHub's message; no headers, no token.
 * GitHub's own `message` is kept; anything else passes through `sanitizeClientError`.
 */
export function toFailure(error: unknown): ApiFailure {
  const shape = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const data = shape.response?.data;
  const apiMessage =
    typeof data === "object" && data !== null && typeof (data as { message?: unknown }).message === "string"
      ? (data as { message: string }).message
      : undefined;
  const reset = shape.response?.headers?.["x-ratelimit-reset"];
  const remaining = shape.response?.headers?.["x-ratelimit-remaining"];
  return {
    status: typeof shape.status === "number" ? shape.status : undefined,
    message:
      apiMessage ?? sanitizeClientError(typeof shape.message === "string" ? shape.message : String(error)),
    rateLimitReset: String(remaining) === "0" && reset !== undefined ? Number(reset) : undefined,
  };
}
