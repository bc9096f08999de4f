export type RunStatusName = "requested" | "queued" | "pending" | "waiting" | "in_progress" | "completed";

/** From `atMs` after the run is created, it has this status (and, once completed, this conclusion). */
export interface RunStep {
  atMs: number;
  status: RunStatusName;
  conclusion?: string;
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
  schedule?: RunStep[];
  /** Runs show up in run lists only this long after they are created. */
  appearAfterMs?: number;
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
  /** Move the server's clock forward: runs advance along their schedules as if `ms` had passed. */
  advance(ms: number): void;
  setRateLimit(settings: { limit?: number; remaining?: number; resetSeconds?: number }): void;
  requestCount(repository?: string, operationId?: string): number;
  runs(repository: string): FakeRun[];
  issues(repository: string): Record<string, unknown>[];
  /** A repository secret as `PUT .../actions/secrets/{name}` stored it, opened; undefined when absent. */
  sealedSecret(repository: string, name: string): string | undefined;
  close(): Promise<void>;
}

export function startFakeGitHub(options?: FakeGitHubOptions): Promise<FakeGitHub>;
