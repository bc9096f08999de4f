/**
 * cross-repo-dispatch end to end: the bundled action runs as the runner runs it (under this machine's
 * Node and Node 24) against the fake GitHub, which checks every request against GitHub's OpenAPI
 * description. GITHUB_API_URL points the action at it, as on GHES.
 *
 * Runs move one step each time an answer shows them, never on the clock, so every outcome and request
 * count here is the same on a loaded machine. The only waits that end are those of a test with a run
 * that never completes (or is never found), alone in its test.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type RunStep,
} from "../tools/fake-github/server.mjs";
import { runBundle, type StepResult } from "../tools/runner.mjs";
import { RUN_NAME_HINT } from "../actions/lib/dispatch/correlation.js";
import { backoffDelay } from "../actions/lib/dispatch/schedule.js";
import { RUNTIMES } from "./support/runtimes.js";

const TOKEN = "ghs_e2eInstallationToken4b1d9c27f0a6e3";
const ACTION = "cross-repo-dispatch";
const POLL_INTERVAL_MS = 50;
/**
 * A wait-timeout no run here reaches unless it never completes: the others need a few reads (well under
 * a second of backoff, plus the requests, even on a loaded machine). Below jest's 60 s, so that a run
 * that wrongly never completes fails with the action's own report.
 */
const UNREACHED_TIMEOUT = "40s";

interface Result {
  repository: string;
  status: string;
  run_id: number | null;
  run_url: string | null;
  conclusion: string | null;
  error: string | null;
}

let github: FakeGitHub | undefined;

afterEach(async () => {
  expect(github?.responseProblems ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function serve(options: FakeGitHubOptions): Promise<FakeGitHub> {
  github = await startFakeGitHub({ token: TOKEN, checkResponses: true, ...options });
  return github;
}

async function dispatch(
  node: string,
  server: FakeGitHub,
  inputs: Record<string, string>,
): Promise<StepResult> {
  const { main } = await runBundle(ACTION, {
    node,
    workspace: mkdtempSync(path.join(tmpdir(), "dispatch-e2e-")),
    inputs: {
      token: TOKEN,
      "poll-interval": `${POLL_INTERVAL_MS}ms`,
      "wait-timeout": UNREACHED_TIMEOUT,
      ...inputs,
    },
    env: { GITHUB_API_URL: server.url },
  });
  expectTokenHidden(main);
  return main;
}

/** The token shows up only in the ::add-mask:: command that hides it, first thing. */
function expectTokenHidden(step: StepResult): void {
  const lines = step.stdout.split("\n").filter((line) => line.includes(TOKEN));
  expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  expect(step.stdout.split("\n")[0]).toBe(`::add-mask::${TOKEN}`);
  expect(step.stderr).not.toContain(TOKEN);
  expect(step.summary + JSON.stringify(step.outputs)).not.toContain(TOKEN);
}

function results(step: StepResult): Result[] {
  return JSON.parse(step.outputs.results ?? "null") as Result[];
}

const messages = (step: StepResult, command: string) =>
  step.commands.filter((entry) => entry.command === command).map((entry) => entry.message);

/** Queued in the first answer that shows the run, in progress in the next `running`, then concluded. */
const schedule = (conclusion: string, running = 1): RunStep[] => [
  { status: "queued" },
  { status: "in_progress", polls: running },
  { status: "completed", conclusion },
];

/** In progress from the first answer on, for ever. */
const NEVER_COMPLETES: RunStep[] = [{ status: "in_progress" }];

/** The statuses the action logged for `repository`'s run, in order (it logs each change). */
const logged = (step: StepResult, repository: string) =>
  step.stdout.split("\n").flatMap((line) => {
    const match = /^(\S+): run \d+ (.+)$/.exec(line);
    return match?.[1] === repository && match[2] !== undefined ? [match[2]] : [];
  });

/**
 * The most reads a wait of `timeoutMs` can take: one per backoff delay until the delays reach the
 * deadline (the last one cut to it). Requests take time, so a real wait reads fewer; one more is allowed
 * because a timer may fire a millisecond early and leave room for a last read at the deadline.
 */
function mostReads(timeoutMs: number): number {
  let elapsed = 0;
  let reads = 0;
  while (elapsed < timeoutMs) elapsed += backoffDelay(POLL_INTERVAL_MS, reads++);
  return reads + 1;
}

const names = (count: number) =>
  Array.from({ length: count }, (_, index) => `juniper/repo-${String(index + 1).padStart(2, "0")}`);

describe.each(RUNTIMES)("cross-repo-dispatch under $name", ({ node }) => {
  test("repository_dispatch fan-out to 20 repositories: one 404, one 5xx then success, one secondary rate limit", async () => {
    const repositories = names(20);
    const [, flaky = "", limited = ""] = repositories;
    const server = await serve({
      repositories: repositories
        .filter((name) => name !== "juniper/repo-20")
        .map((fullName) => ({ fullName })),
    });
    server.fault("server-error", { repository: flaky });
    server.fault("secondary-rate-limit", { repository: limited, retryAfter: 1 });

    const step = await dispatch(node, server, {
      repositories: repositories.join("\n"),
      "event-type": "juniper-data-published",
      "client-payload": JSON.stringify({ version: "1.4.0", sha: "0123abc" }),
    });

    expect(step.exitCode).toBe(1);
    const got = results(step);
    expect(got.map((result) => result.repository)).toEqual(repositories);
    expect(got.filter((result) => result.status === "dispatched")).toHaveLength(19);
    expect(got[19]).toEqual({
      repository: "juniper/repo-20",
      status: "error",
      run_id: null,
      run_url: null,
      conclusion: null,
      error:
        "repository juniper/repo-20 not found or the token cannot see it: check the name and that the token (or the GitHub App installation) covers it",
    });
    expect(step.outputs.failed).toBe("1");
    expect(messages(step, "error").at(-1)).toMatch(
      /^cross-repo-dispatch failed: 1 of 20 repositories failed: juniper\/repo-20 \(/,
    );
    expect(messages(step, "warning").join("\n")).toContain(
      "secondary rate limit (POST /repos/{owner}/{repo}/dispatches): retrying in 1s",
    );

    // One request per repository, plus the retry of each injected failure.
    const counts = repositories.map((name) => server.requestCount(name));
    expect(counts).toEqual(repositories.map((name) => (name === flaky || name === limited ? 2 : 1)));
    const bodies = server.requests.filter((request) => request.status === 204).map((request) => request.body);
    expect(bodies).toHaveLength(19);
    for (const body of bodies) {
      expect(body).toEqual({
        event_type: "juniper-data-published",
        client_payload: { version: "1.4.0", sha: "0123abc" },
      });
    }
    expect(step.summary.split("\n").filter((line) => line.startsWith("| `juniper/"))).toHaveLength(20);
  });

  test("workflow_dispatch, waiting for a mix of conclusions (return_run_details gives the run ids)", async () => {
    // [repository, schedule, statuses the action logs, reads of the run until it concluded]
    const outcomes: [string, RunStep[], string[], number][] = [
      ["juniper/succeeds", schedule("success"), ["queued", "in_progress", "completed (success)"], 3],
      ["juniper/fails", schedule("failure", 3), ["queued", "in_progress", "completed (failure)"], 5],
      [
        "juniper/cancelled",
        [
          { status: "queued", polls: 2 },
          { status: "completed", conclusion: "cancelled" },
        ],
        ["queued", "completed (cancelled)"],
        3,
      ],
      ["juniper/skipped", [{ status: "completed", conclusion: "skipped" }], ["completed (skipped)"], 1],
      [
        "juniper/startup",
        [{ status: "completed", conclusion: "startup_failure" }],
        ["completed (startup_failure)"],
        1,
      ],
    ];
    const server = await serve({
      repositories: outcomes.map(([fullName, steps]) => ({
        fullName,
        defaultBranch: "develop",
        branches: ["develop"],
        workflows: [{ file: "integration.yml", inputs: ["version", "dry_run"], schedule: steps }],
      })),
    });

    const step = await dispatch(node, server, {
      repositories: outcomes.map(([name]) => name).join(", "),
      workflow: "integration.yml",
      inputs: '{"version": "1.4.0", "dry_run": true}',
      wait: "true",
      "fail-on": "never",
    });

    expect(step.exitCode).toBe(0);
    const got = results(step);
    expect(got.map((result) => [result.repository, result.status, result.conclusion, result.error])).toEqual([
      ["juniper/succeeds", "completed", "success", null],
      ["juniper/fails", "failed", "failure", null],
      ["juniper/cancelled", "failed", "cancelled", null],
      ["juniper/skipped", "completed", "skipped", null],
      ["juniper/startup", "failed", "startup_failure", null],
    ]);
    for (const result of got) {
      const run = server.runs(result.repository)[0];
      expect(result.run_id).toBe(run?.id);
      expect(result.run_url).toBe(`https://github.com/${result.repository}/actions/runs/${run?.id}`);
      expect(run).toMatchObject({
        event: "workflow_dispatch",
        head_branch: "develop",
        inputs: { version: "1.4.0", dry_run: "true" },
        status: "completed",
        conclusion: result.conclusion,
      });
    }
    // Each run read until the answer that concluded it, not once more; each status change logged once.
    expect(
      outcomes.map(([name]) => [
        name,
        logged(step, name),
        server.requestCount(name, "actions/get-workflow-run"),
      ]),
    ).toEqual(outcomes.map(([name, , statuses, reads]) => [name, statuses, reads]));
    expect(step.outputs.failed).toBe("3");
    expect(messages(step, "warning")).toEqual([
      `juniper/fails: failed (failure) ${got[1]?.run_url}`,
      `juniper/cancelled: failed (cancelled) ${got[2]?.run_url}`,
      `juniper/startup: failed (startup_failure) ${got[4]?.run_url}`,
    ]);
    expect(step.summary).toContain(
      `| \`juniper/fails\` | ❌ failed | [#${got[1]?.run_id}](${got[1]?.run_url}) | failure |  |`,
    );
    // The default branch is read once; the dispatch returns the run; then only run reads.
    expect(server.requestCount("juniper/succeeds", "repos/get")).toBe(1);
    expect(server.requestCount("juniper/succeeds", "actions/create-workflow-dispatch")).toBe(1);
    expect(server.requestCount("juniper/succeeds", "actions/list-workflow-runs")).toBe(0);
  });

  test("wait-timeout: a run that never completes is read, backing off, until the deadline; the step fails", async () => {
    const server = await serve({
      repositories: [
        { fullName: "juniper/slow", workflows: [{ file: "integration.yml", schedule: NEVER_COMPLETES }] },
      ],
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/slow",
      workflow: "integration.yml",
      wait: "true",
      "wait-timeout": "2s",
    });

    expect(step.exitCode).toBe(1);
    const run = server.runs("juniper/slow")[0];
    expect(results(step)).toEqual([
      {
        repository: "juniper/slow",
        status: "timed-out",
        run_id: run?.id,
        run_url: `https://github.com/juniper/slow/actions/runs/${run?.id}`,
        conclusion: null,
        error: "still in_progress when wait-timeout (2s) ended",
      },
    ]);
    expect(run).toMatchObject({ status: "in_progress", conclusion: null });
    expect(logged(step, "juniper/slow")).toEqual(["in_progress"]);
    expect(step.outputs.failed).toBe("1");
    expect(messages(step, "error")).toEqual([
      `juniper/slow: timed-out ${run?.html_url}: still in_progress when wait-timeout (2s) ended`,
      "cross-repo-dispatch failed: 1 of 1 repositories failed: juniper/slow (timed out)",
    ]);
    expect(step.summary).toContain(
      `| \`juniper/slow\` | ⏱️ timed-out | [#${run?.id}](${run?.html_url}) |  | still in_progress when wait-timeout (2s) ended |`,
    );
    // Backoff: 2 s at 50 ms growing 1.5x allows 11 reads at most (a fixed 50 ms would be 40).
    const reads = server.requestCount("juniper/slow", "actions/get-workflow-run");
    expect(mostReads(2000)).toBe(11);
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(mostReads(2000));
  });

  test("GHES without return_run_details: retried without it, the run found by its correlation id", async () => {
    const server = await serve({
      ghes: true,
      repositories: [
        {
          fullName: "juniper/tracked",
          workflows: [
            {
              file: "ci.yml",
              inputs: ["correlation_id"],
              runName: "${{ github.workflow }} ${{ inputs.correlation_id }}",
              schedule: schedule("success"),
              hiddenFromLists: 2,
            },
          ],
        },
        {
          fullName: "juniper/undeclared",
          workflows: [{ file: "ci.yml", inputs: [], schedule: schedule("success") }],
        },
      ],
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/tracked\njuniper/undeclared",
      workflow: "ci.yml",
      ref: "main",
      wait: "true",
    });

    expect(step.exitCode).toBe(0);
    const [tracked, undeclared] = results(step);
    const run = server.runs("juniper/tracked")[0];
    expect(run?.display_title).toMatch(/^ci dispatch-[0-9a-f]{12}$/);
    expect(tracked).toMatchObject({ status: "completed", conclusion: "success", run_id: run?.id });
    // Two lists leave the new run out, the third finds it queued; two reads follow it to its end.
    expect(server.requestCount("juniper/tracked", "actions/list-workflow-runs")).toBe(3);
    expect(server.requestCount("juniper/tracked", "actions/get-workflow-run")).toBe(2);
    expect(logged(step, "juniper/tracked")).toEqual(["queued", "in_progress", "completed (success)"]);
    expect(undeclared).toMatchObject({ status: "dispatched", run_id: null, error: null });
    expect(server.runs("juniper/undeclared")).toHaveLength(1);
    expect(messages(step, "notice")).toEqual([
      'juniper/undeclared: dispatched, run not tracked: GitHub returned no run id; give the target workflow an input `correlation_id` under on.workflow_dispatch.inputs and run-name: "${{ github.workflow }} ${{ inputs.correlation_id }}"',
    ]);
    const posts = (name: string) =>
      server.requests
        .filter((request) => request.repository === name && request.method === "POST")
        .map((request) => [
          request.status,
          Object.keys(request.body as object)
            .sort()
            .join(","),
        ]);
    expect(posts("juniper/tracked")).toEqual([
      [422, "inputs,ref,return_run_details"],
      [204, "inputs,ref"],
    ]);
    expect(posts("juniper/undeclared")).toEqual([
      [422, "inputs,ref,return_run_details"],
      [422, "inputs,ref"],
      [204, "inputs,ref"],
    ]);
  });

  test("repository_dispatch correlation: the run whose run-name carries the id, not another run of the event", async () => {
    const server = await serve({
      repositories: [
        {
          fullName: "juniper/juniper-cascor",
          workflows: [
            // Another workflow on the same event, and a run of it, must not be mistaken for ours.
            {
              file: "other.yml",
              types: ["juniper-data-published"],
              schedule: [{ status: "completed", conclusion: "failure" }],
            },
            {
              file: "retest.yml",
              types: ["juniper-data-published"],
              runName: "Re-test ${{ github.event.client_payload.correlation_id }}",
              schedule: schedule("success"),
              hiddenFromLists: 1,
            },
          ],
        },
      ],
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/juniper-cascor",
      "event-type": "juniper-data-published",
      "client-payload": '{"version": "1.4.0"}',
      wait: "true",
    });

    expect(step.exitCode).toBe(0);
    const [cascor] = results(step);
    const runs = server.runs("juniper/juniper-cascor");
    const ours = runs.find((run) => run.name === "retest");
    expect(cascor).toMatchObject({ status: "completed", conclusion: "success", run_id: ours?.id });
    const sent = ours?.client_payload as { version: string; correlation_id: string };
    expect(sent.version).toBe("1.4.0");
    expect(ours?.display_title).toBe(`Re-test ${sent.correlation_id}`);
    expect(messages(step, "notice")).toEqual([]);
    // The first list shows only the other run; the second finds ours queued; two reads of ours follow.
    expect(server.requestCount("juniper/juniper-cascor", "actions/list-workflow-runs-for-repo")).toBe(2);
    const reads = server.requests.filter((request) => request.operationId === "actions/get-workflow-run");
    expect(reads.map((request) => request.path)).toEqual([
      `/repos/juniper/juniper-cascor/actions/runs/${ours?.id}`,
      `/repos/juniper/juniper-cascor/actions/runs/${ours?.id}`,
    ]);
    expect(logged(step, "juniper/juniper-cascor")).toEqual(["queued", "in_progress", "completed (success)"]);
  });

  test("repository_dispatch correlation: without run-name the run is never found, and not tracked when the wait ends", async () => {
    const server = await serve({
      repositories: [
        {
          fullName: "juniper/juniper-data-client",
          workflows: [{ file: "retest.yml", schedule: schedule("success") }],
        },
      ],
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/juniper-data-client",
      "event-type": "juniper-data-published",
      "client-payload": '{"version": "1.4.0"}',
      wait: "true",
      "wait-timeout": "2s",
    });

    expect(step.exitCode).toBe(0);
    expect(results(step)).toEqual([
      {
        repository: "juniper/juniper-data-client",
        status: "dispatched",
        run_id: null,
        run_url: null,
        conclusion: null,
        error: null,
      },
    ]);
    const [run] = server.runs("juniper/juniper-data-client");
    const { correlation_id: id } = run?.client_payload as { correlation_id: string };
    expect(messages(step, "notice")).toEqual([
      `juniper/juniper-data-client: dispatched, run not tracked: no run whose name carries ${id} appeared within 2s; give the target workflow ${RUN_NAME_HINT.repository}`,
    ]);
    expect(step.summary).toContain("| `juniper/juniper-data-client` | 📨 dispatched | not tracked |  |  |");
    // Listed, backing off, until the wait ended; never followed.
    const lists = server.requestCount("juniper/juniper-data-client", "actions/list-workflow-runs-for-repo");
    expect(lists).toBeGreaterThanOrEqual(1);
    expect(lists).toBeLessThanOrEqual(mostReads(2000));
    expect(server.requestCount("juniper/juniper-data-client", "actions/get-workflow-run")).toBe(0);
  });

  test("specific errors: no such workflow, no workflow_dispatch trigger, no permission, no such ref", async () => {
    const server = await serve({
      repositories: [
        { fullName: "juniper/no-workflow", workflows: [{ file: "other.yml" }] },
        { fullName: "juniper/push-only", workflows: [{ file: "ci.yml", on: ["push"] }] },
        { fullName: "juniper/forbidden", workflows: [{ file: "ci.yml" }] },
        { fullName: "juniper/fine", workflows: [{ file: "ci.yml" }] },
      ],
    });
    server.fault("forbidden", {
      repository: "juniper/forbidden",
      operationId: "actions/create-workflow-dispatch",
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/no-workflow, juniper/push-only, juniper/forbidden, juniper/fine, juniper/gone",
      workflow: "ci.yml",
      ref: "main",
    });

    expect(step.exitCode).toBe(1);
    expect(results(step).map((result) => [result.status, result.error])).toEqual([
      [
        "error",
        'workflow "ci.yml" not found in juniper/no-workflow: give the file name under .github/workflows (e.g. ci.yml) or its numeric id',
      ],
      [
        "error",
        'workflow "ci.yml" in juniper/push-only has no workflow_dispatch trigger: add `on: workflow_dispatch` to it on main',
      ],
      [
        "error",
        "the token lacks actions: write on juniper/forbidden, needed for workflow_dispatch (GitHub said: Resource not accessible by integration)",
      ],
      ["dispatched", null],
      [
        "error",
        "repository juniper/gone not found or the token cannot see it: check the name and that the token (or the GitHub App installation) covers it",
      ],
    ]);
    expect(step.outputs.failed).toBe("4");
    expect(messages(step, "error").slice(0, 4)).toEqual([
      expect.stringMatching(/^juniper\/no-workflow: error: workflow "ci.yml" not found/),
      expect.stringMatching(/^juniper\/push-only: error: /),
      expect.stringMatching(/^juniper\/forbidden: error: /),
      expect.stringMatching(/^juniper\/gone: error: /),
    ]);

    const refStep = await dispatch(node, server, {
      repositories: "juniper/fine",
      workflow: "ci.yml",
      ref: "nope",
    });
    expect(results(refStep)[0]?.error).toBe(
      'ref "nope" does not exist in juniper/fine: give an existing branch or tag, or leave ref empty for the default branch',
    );
  });

  test.each([
    [
      "11 payload keys",
      {
        "event-type": "go",
        "client-payload": JSON.stringify(
          Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])),
        ),
      },
      "cross-repo-dispatch failed: input `client-payload` has 11 top-level keys; GitHub allows at most 10: wrap your payload in one top-level key",
    ],
    [
      "a bad repository name",
      { "event-type": "go", repositories: "juniper/ok\nnot-a-repo" },
      'cross-repo-dispatch failed: input `repositories`: "not-a-repo" is not owner/repo',
    ],
    [
      "a bad duration",
      { "event-type": "go", "poll-interval": "soon" },
      "input `poll-interval` must be a duration",
    ],
  ])("pre-flight: %s fails before any request", async (_case, inputs, text) => {
    const server = await serve({ repositories: [{ fullName: "juniper/ok" }] });
    const step = await dispatch(node, server, { repositories: "juniper/ok", ...inputs });
    expect(step.exitCode).toBe(1);
    expect(messages(step, "error")).toEqual([expect.stringContaining(text)]);
    expect(server.requests).toEqual([]);
  });
});
