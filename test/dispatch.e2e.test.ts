/**
 * cross-repo-dispatch end to end: the bundled action runs as the runner runs it (under this machine's
 * Node and Node 24) against the fake GitHub, which checks every request against GitHub's OpenAPI
 * description. GITHUB_API_URL points the action at it, as on GHES.
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
import { RUNTIMES } from "./support/runtimes.js";

const TOKEN = "ghs_e2eInstallationToken4b1d9c27f0a6e3";
const ACTION = "cross-repo-dispatch";

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
    inputs: { token: TOKEN, "poll-interval": "50ms", "wait-timeout": "10s", ...inputs },
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

const schedule = (conclusion: string, finishMs = 200): RunStep[] => [
  { atMs: 0, status: "queued" },
  { atMs: 60, status: "in_progress" },
  { atMs: finishMs, status: "completed", conclusion },
];

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
    const outcomes: [string, RunStep[]][] = [
      ["juniper/succeeds", schedule("success")],
      ["juniper/fails", schedule("failure")],
      ["juniper/cancelled", schedule("cancelled")],
      ["juniper/skipped", schedule("skipped", 80)],
      ["juniper/startup", schedule("startup_failure", 90)],
      ["juniper/slow", schedule("success", 60_000)],
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
      "wait-timeout": "1500ms",
      "fail-on": "never",
    });

    expect(step.exitCode).toBe(0);
    const got = results(step);
    expect(got.map((result) => [result.repository, result.status, result.conclusion])).toEqual([
      ["juniper/succeeds", "completed", "success"],
      ["juniper/fails", "failed", "failure"],
      ["juniper/cancelled", "failed", "cancelled"],
      ["juniper/skipped", "completed", "skipped"],
      ["juniper/startup", "failed", "startup_failure"],
      ["juniper/slow", "timed-out", null],
    ]);
    for (const result of got) {
      const run = server.runs(result.repository)[0];
      expect(result.run_id).toBe(run?.id);
      expect(result.run_url).toBe(`https://github.com/${result.repository}/actions/runs/${run?.id}`);
      expect(run).toMatchObject({
        event: "workflow_dispatch",
        head_branch: "develop",
        inputs: { version: "1.4.0", dry_run: "true" },
      });
    }
    expect(got[5]?.error).toBe("still in_progress when wait-timeout (1.5s) ended");
    expect(step.outputs.failed).toBe("4");
    expect(messages(step, "warning")).toHaveLength(4);
    expect(step.summary).toContain(
      `| \`juniper/fails\` | ❌ failed | [#${got[1]?.run_id}](${got[1]?.run_url}) | failure |  |`,
    );
    // The default branch is read once; the dispatch returns the run; then only run reads.
    expect(server.requestCount("juniper/succeeds", "repos/get")).toBe(1);
    expect(server.requestCount("juniper/succeeds", "actions/create-workflow-dispatch")).toBe(1);
    expect(server.requestCount("juniper/succeeds", "actions/list-workflow-runs")).toBe(0);
    // Backoff: a run watched for 1.5 s at 50 ms growing 1.5x is read a handful of times, not 30.
    expect(server.requestCount("juniper/slow", "actions/get-workflow-run")).toBeLessThanOrEqual(10);
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
              appearAfterMs: 120,
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
      "wait-timeout": "3s",
    });

    expect(step.exitCode).toBe(0);
    const [tracked, undeclared] = results(step);
    const run = server.runs("juniper/tracked")[0];
    expect(run?.display_title).toMatch(/^ci dispatch-[0-9a-f]{12}$/);
    expect(tracked).toMatchObject({ status: "completed", conclusion: "success", run_id: run?.id });
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

  test("repository_dispatch correlation: the run whose run-name carries the id; without run-name, not tracked", async () => {
    const server = await serve({
      repositories: [
        {
          fullName: "juniper/juniper-cascor",
          workflows: [
            // Another workflow on the same event, and a run of it, must not be mistaken for ours.
            { file: "other.yml", types: ["juniper-data-published"], schedule: schedule("failure", 100) },
            {
              file: "retest.yml",
              types: ["juniper-data-published"],
              runName: "Re-test ${{ github.event.client_payload.correlation_id }}",
              schedule: schedule("success", 250),
              appearAfterMs: 150,
            },
          ],
        },
        {
          fullName: "juniper/juniper-data-client",
          workflows: [{ file: "retest.yml", schedule: schedule("success") }],
        },
      ],
    });

    const step = await dispatch(node, server, {
      repositories: "juniper/juniper-cascor\njuniper/juniper-data-client",
      "event-type": "juniper-data-published",
      "client-payload": '{"version": "1.4.0"}',
      wait: "true",
      "wait-timeout": "2s",
    });

    expect(step.exitCode).toBe(0);
    const [cascor, client] = results(step);
    const ours = server.runs("juniper/juniper-cascor").find((run) => run.name === "retest");
    expect(cascor).toMatchObject({ status: "completed", conclusion: "success", run_id: ours?.id });
    const sent = ours?.client_payload as { version: string; correlation_id: string };
    expect(sent.version).toBe("1.4.0");
    expect(ours?.display_title).toBe(`Re-test ${sent.correlation_id}`);
    expect(client).toMatchObject({ status: "dispatched", run_id: null });
    const [notice] = messages(step, "notice");
    expect(notice).toMatch(
      /^juniper\/juniper-data-client: dispatched, run not tracked: no run whose name carries dispatch-[0-9a-f]{12} appeared within 2s; give the target workflow run-name: /,
    );
    expect(step.summary).toContain("| `juniper/juniper-data-client` | 📨 dispatched | not tracked |  |  |");
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
