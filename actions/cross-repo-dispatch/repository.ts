/**
 * One target repository: dispatch (inside the concurrency limit), then, when waiting, find the run and
 * follow it to its conclusion. API failures end as an `error` result for this repository only.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import * as core from "@actions/core";
import {
  CORRELATION_KEY,
  RUN_NAME_HINT,
  correlatedRuns,
  correlationId,
} from "../lib/dispatch/correlation.js";
import { formatDuration } from "../lib/dispatch/duration.js";
import {
  describeFailure,
  rejectsInput,
  rejectsRunDetails,
  type FailureContext,
  type ApiOperation,
} from "../lib/dispatch/errors.js";
import { LIMITS, type DispatchMode, type Repository } from "../lib/dispatch/plan.js";
import type { DispatchResult } from "../lib/dispatch/results.js";
import { DISCOVERY_WINDOW_MS, nextPollDelay } from "../lib/dispatch/schedule.js";
import { runPhase, type ResultStatus } from "../lib/dispatch/status.js";
import { toFailure, type GitHubClient } from "../common/github.js";
import type { ApiFailure } from "../lib/errors.js";

export interface Settings {
  client: GitHubClient;
  mode: DispatchMode;
  wait: boolean;
  pollIntervalMs: number;
  waitTimeoutMs: number;
  /** Epoch ms when waiting ends for every repository. */
  deadline: number;
}

/** What a dispatch leaves to follow. */
export type Dispatched =
  | { kind: "done"; result: DispatchResult }
  | { kind: "run"; runId: number; runUrl: string }
  | { kind: "search"; correlationId: string; since: number; workflowId?: number | string };

interface Run {
  id: number;
  html_url: string;
  status: string | null;
  conclusion: string | null;
}

/** The 200 answer to a workflow_dispatch with `return_run_details: true`. */
function isRunDetails(data: unknown): data is { workflow_run_id: number; html_url: string } {
  const details = data as { workflow_run_id?: unknown; html_url?: unknown } | null | undefined;
  return typeof details?.workflow_run_id === "number" && typeof details.html_url === "string";
}

/** Runs are searched from a little before the dispatch: the runner's clock and GitHub's may differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

class ApiCallError extends Error {
  constructor(
    readonly failure: ApiFailure,
    readonly context: FailureContext,
  ) {
    super(failure.message);
  }
}

async function callApi<T>(context: FailureContext, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new ApiCallError(toFailure(error), context);
  }
}

function result(
  repository: string,
  status: ResultStatus,
  fields: Partial<DispatchResult> = {},
): DispatchResult {
  return { repository, status, run_id: null, run_url: null, conclusion: null, error: null, ...fields };
}

function untracked(repository: Repository, wait: boolean, why: string): Dispatched {
  if (wait)
    core.notice(`${repository.fullName}: dispatched, run not tracked: ${why}`, {
      title: "cross-repo-dispatch",
    });
  return { kind: "done", result: result(repository.fullName, "dispatched") };
}

export async function dispatchTo(settings: Settings, repository: Repository): Promise<Dispatched> {
  try {
    const mode = settings.mode;
    if (mode.kind === "workflow_dispatch") return await dispatchWorkflow(settings, repository, mode);
    const id = settings.wait ? correlationId(randomBytes(6)) : undefined;
    const since = Date.now();
    await callApi({ operation: "repository-dispatch", repository: repository.fullName }, () =>
      settings.client.rest.repos.createDispatchEvent({
        owner: repository.owner,
        repo: repository.repo,
        event_type: mode.eventType,
        client_payload:
          id === undefined ? mode.clientPayload : { ...mode.clientPayload, [CORRELATION_KEY]: id },
      }),
    );
    return id === undefined
      ? { kind: "done", result: result(repository.fullName, "dispatched") }
      : { kind: "search", correlationId: id, since };
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    return {
      kind: "done",
      result: result(repository.fullName, "error", { error: describeFailure(error.failure, error.context) }),
    };
  }
}

async function dispatchWorkflow(
  settings: Settings,
  repository: Repository,
  mode: Extract<DispatchMode, { kind: "workflow_dispatch" }>,
): Promise<Dispatched> {
  const { client } = settings;
  const { owner, repo, fullName } = repository;
  const context = (name: ApiOperation, ref: string): FailureContext => ({
    operation: name,
    repository: fullName,
    workflow: mode.workflow,
    ref,
  });
  const readRepository = (ref: string) =>
    callApi(context("read-repository", ref), () => client.rest.repos.get({ owner, repo }));
  const ref = mode.ref || (await readRepository("")).data.default_branch;
  const workflowId = /^\d+$/.test(mode.workflow) ? Number(mode.workflow) : mode.workflow;
  const send = async (extra: { inputs?: Record<string, string>; return_run_details?: boolean }) => {
    try {
      return await client.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: workflowId,
        ref,
        inputs: { ...mode.inputs, ...extra.inputs },
        ...(extra.return_run_details ? { return_run_details: true } : {}),
      });
    } catch (error) {
      const failure = toFailure(error);
      // A 404 names no culprit: the repository, or the workflow in it.
      if (failure.status === 404 && mode.ref !== "") await readRepository(ref);
      throw new ApiCallError(failure, context("workflow-dispatch", ref));
    }
  };

  try {
    // The generated types still describe only the 204 answer.
    const { data } = (await send({ return_run_details: true })) as { data: unknown };
    if (isRunDetails(data)) return { kind: "run", runId: data.workflow_run_id, runUrl: data.html_url };
    return untracked(repository, settings.wait, "GitHub answered without the run id");
  } catch (error) {
    if (!(error instanceof ApiCallError) || !rejectsRunDetails(error.failure)) throw error;
  }

  core.info(`${fullName}: this GitHub does not know return_run_details (older GHES); dispatching without it`);
  const since = Date.now();
  const room = Object.keys(mode.inputs).length < LIMITS.workflowInputs && !(CORRELATION_KEY in mode.inputs);
  if (settings.wait && room) {
    const id = correlationId(randomBytes(6));
    try {
      await send({ inputs: { [CORRELATION_KEY]: id } });
      return { kind: "search", correlationId: id, since, workflowId };
    } catch (error) {
      if (!(error instanceof ApiCallError) || !rejectsInput(error.failure, CORRELATION_KEY)) throw error;
    }
  }
  await send({});
  return untracked(
    repository,
    settings.wait,
    `GitHub returned no run id; give the target workflow ${RUN_NAME_HINT.workflow}`,
  );
}

/** Follow what `dispatchTo` left until the run concludes or the deadline passes. */
export async function follow(
  settings: Settings,
  repository: Repository,
  dispatched: Dispatched,
): Promise<DispatchResult> {
  if (dispatched.kind === "done") return dispatched.result;
  if (!settings.wait) {
    const run = dispatched.kind === "run" ? { run_id: dispatched.runId, run_url: dispatched.runUrl } : {};
    return result(repository.fullName, "dispatched", run);
  }
  try {
    if (dispatched.kind === "run") {
      const initial = { id: dispatched.runId, html_url: dispatched.runUrl, status: null, conclusion: null };
      return await waitFor(settings, repository, initial);
    }
    const run = await search(settings, repository, dispatched);
    if (run) return await waitFor(settings, repository, run);
    const hint = dispatched.workflowId === undefined ? RUN_NAME_HINT.repository : RUN_NAME_HINT.workflow;
    core.notice(
      `${repository.fullName}: dispatched, run not tracked: no run whose name carries ${dispatched.correlationId} appeared within ${formatDuration(Math.min(DISCOVERY_WINDOW_MS, settings.waitTimeoutMs))}; give the target workflow ${hint}`,
      { title: "cross-repo-dispatch" },
    );
    return result(repository.fullName, "dispatched");
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    return result(repository.fullName, "error", {
      error: `dispatched, but ${describeFailure(error.failure, error.context)}`,
    });
  }
}

/** 5xx and network failures while polling are worth another poll; the rest end the wait. */
function transient(failure: ApiFailure): boolean {
  return failure.status === undefined || failure.status >= 500;
}

async function search(
  settings: Settings,
  repository: Repository,
  dispatched: Extract<Dispatched, { kind: "search" }>,
): Promise<Run | undefined> {
  const { owner, repo, fullName } = repository;
  const until = Math.min(settings.deadline, dispatched.since + DISCOVERY_WINDOW_MS);
  const created = `>=${new Date(dispatched.since - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  const context: FailureContext = { operation: "read-runs", repository: fullName };
  for (let attempt = 0; ; attempt++) {
    const delay = nextPollDelay(settings.pollIntervalMs, attempt, Date.now(), until);
    if (delay === undefined) return undefined;
    await sleep(delay);
    const workflowId = dispatched.workflowId;
    let runs: Run[];
    try {
      const response = await callApi(context, () =>
        workflowId === undefined
          ? settings.client.rest.actions.listWorkflowRunsForRepo({
              owner,
              repo,
              event: "repository_dispatch",
              created,
              per_page: 100,
            })
          : settings.client.rest.actions.listWorkflowRuns({
              owner,
              repo,
              workflow_id: workflowId,
              event: "workflow_dispatch",
              created,
              per_page: 100,
            }),
      );
      runs = response.data.workflow_runs;
    } catch (error) {
      if (error instanceof ApiCallError && transient(error.failure)) continue;
      throw error;
    }
    const matches = correlatedRuns(runs, dispatched.correlationId);
    const [first] = matches;
    if (!first) continue;
    if (matches.length > 1) {
      core.notice(
        `${fullName}: ${matches.length} runs carry ${dispatched.correlationId}; following the first, run ${first.id}`,
        { title: "cross-repo-dispatch" },
      );
    }
    core.info(`${fullName}: found run ${first.id} (${first.html_url})`);
    return first;
  }
}

async function waitFor(settings: Settings, repository: Repository, initial: Run): Promise<DispatchResult> {
  const { owner, repo, fullName } = repository;
  const context: FailureContext = { operation: "read-runs", repository: fullName };
  let run = initial;
  let reported: string | null = null;
  for (let attempt = 0; ; attempt++) {
    if (run.status !== reported && run.status !== null) {
      core.info(`${fullName}: run ${run.id} ${run.status}${run.conclusion ? ` (${run.conclusion})` : ""}`);
      reported = run.status;
    }
    const phase = runPhase(run);
    if (phase !== "running") {
      return result(fullName, phase === "success" ? "completed" : "failed", {
        run_id: run.id,
        run_url: run.html_url,
        conclusion: run.conclusion,
      });
    }
    const delay = nextPollDelay(settings.pollIntervalMs, attempt, Date.now(), settings.deadline);
    if (delay === undefined) {
      return result(fullName, "timed-out", {
        run_id: run.id,
        run_url: run.html_url,
        error: `still ${run.status ?? "queued"} when wait-timeout (${formatDuration(settings.waitTimeoutMs)}) ended`,
      });
    }
    await sleep(delay);
    try {
      const id = run.id;
      run = (
        await callApi(context, () => settings.client.rest.actions.getWorkflowRun({ owner, repo, run_id: id }))
      ).data;
    } catch (error) {
      if (!(error instanceof ApiCallError) || !transient(error.failure)) throw error;
      core.warning(`${fullName}: could not read run ${run.id} (${error.failure.message}); trying again`);
    }
  }
}
