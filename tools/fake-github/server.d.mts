export type RunStatusName = "requested" | "queued" | "pending" | "waiting" | "in_progress" | "completed";

/**
 * One step of a run's life: the run has this status (and, once completed, this conclusion; default
 * success) in `polls` answers that show it (default 1), then moves to the next step. The last step lasts
 * for ever: a schedule that does not end completed is a run that never completes. An answer is a read
 * of the run or a run list that shows it; nothing moves on the wall clock.
 */
export interface RunStep {
  status: RunStatusName;
  conclusion?: string;
  polls?: number;
}

export const DEFAULT_SCHEDULE: RunStep[];

export interface FakeWorkflow {
  /** File name under .github/workflows, e.g. `ci.yml`. */
  file: string;
  id?: number;
  name?: string;
  /** Default: both dispatch events. */
  on?: ("workflow_dispatch" | "repository_dispatch" | "push")[];
  /** repository_dispatch `types:`; undefined: every event type. */
  types?: string[];
  /** Declared workflow_dispatch inputs; others are refused (422). Undefined: accept any. */
  inputs?: string[];
  requiredInputs?: string[];
  /** A `run-name:` template: `${{ inputs.x }}`, `${{ github.event.client_payload.x }}`, `a || 'b'`. */
  runName?: string;
  /** Default: `DEFAULT_SCHEDULE`, queued, in progress, then a success. */
  schedule?: RunStep[];
  /** Each new run is left out of this many run lists that would show it (GitHub lists a run late). */
  hiddenFromLists?: number;
  state?: "active" | "disabled_manually";
}

export interface FakeSecret {
  name: string;
  created_at: string;
  updated_at: string;
  visibility?: "all" | "private" | "selected";
  /** With visibility `selected`: the `owner/repo` names that may use it. */
  selectedRepositories?: string[];
}

export interface FakeRepository {
  /** `owner/repo`. */
  fullName: string;
  defaultBranch?: string;
  /** Branches and tags a workflow_dispatch `ref` may name; default: the default branch. */
  branches?: string[];
  private?: boolean;
  workflows?: FakeWorkflow[];
  issues?: {
    title: string;
    body?: string;
    labels?: string[];
    state?: "open" | "closed";
    createdAt?: number;
  }[];
  labels?: { name: string; color: string; description?: string }[];
  secrets?: FakeSecret[];
  /** Environment name → its secrets. */
  environments?: Record<string, FakeSecret[]>;
  dependabotSecrets?: FakeSecret[];
}

export interface FakeGitHubOptions {
  repositories?: FakeRepository[];
  /** Organization → its Actions secrets. */
  orgSecrets?: Record<string, FakeSecret[]>;
  /** Delay before answering every request. */
  latencyMs?: number;
  /** Validate against GHES 3.19's description (no `return_run_details`, 10 workflow inputs). */
  ghes?: boolean;
  /** Accepted token(s); requests without one get 401. Undefined: no authentication. */
  token?: string | string[];
  /** Check every handler's response against the description; problems land in `responseProblems`. */
  checkResponses?: boolean;
  /** Base of `html_url`s; default https://github.com. */
  htmlUrl?: string;
  rateLimit?: { limit?: number; remaining?: number; resetSeconds?: number };
  /** The server's time in epoch ms (timestamps, rate-limit resets); default `Date.now`. */
  clock?: () => number;
}

export type FaultKind = "server-error" | "secondary-rate-limit" | "unauthorized" | "forbidden" | "not-found";

export interface FaultSettings {
  /** Only requests to this `owner/repo`. */
  repository?: string;
  /** Only this operation, e.g. `repos/create-dispatch-event`. */
  operationId?: string;
  /** How many requests get the fault (default 1). */
  times?: number;
  /** Override the kind's status (e.g. 429 for a secondary limit, 503 for a server error). */
  status?: number;
  message?: string;
  /** Seconds, sent as `retry-after` (secondary limits default to 1). */
  retryAfter?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  repository: string | undefined;
  body: unknown;
  status?: number;
}

export interface FakeRun {
  id: number;
  name: string;
  display_title: string;
  status: string;
  conclusion: string | null;
  event: string;
  head_branch: string;
  html_url: string;
  inputs: Record<string, unknown> | undefined;
  client_payload: Record<string, unknown> | undefined;
  [field: string]: unknown;
}

export interface FakeGitHub {
  /** The API base URL: set GITHUB_API_URL to it. */
  readonly url: string;
  readonly htmlUrl: string;
  readonly requests: RecordedRequest[];
  readonly responseProblems: string[];
  /** Operations the description knows that the fake does not implement, as they were requested. */
  readonly unimplemented: string[];
  addRepository(repository: FakeRepository): void;
  /** The next matching request(s) get this error instead of their answer. */
  fault(kind: FaultKind, settings?: FaultSettings): void;
  setLatency(ms: number): void;
  /** Move the server's clock forward (timestamps, rate-limit resets); runs move only when read. */
  advance(ms: number): void;
  setRateLimit(settings: { limit?: number; remaining?: number; resetSeconds?: number }): void;
  requestCount(repository?: string, operationId?: string): number;
  /** The runs as the last answer showed each (never shown: its first step); calling this moves none. */
  runs(repository: string): FakeRun[];
  issues(repository: string): Record<string, unknown>[];
  /** A repository secret as `PUT .../actions/secrets/{name}` stored it, opened; undefined when absent. */
  sealedSecret(repository: string, name: string): string | undefined;
  close(): Promise<void>;
}

export function startFakeGitHub(options?: FakeGitHubOptions): Promise<FakeGitHub>;
