/**
 * The pure core of cross-repo-dispatch: input validation and GitHub's limits, the run status model, the
 * poll schedule, correlation ids, error messages, results and the job summary.
 */
import { describe, expect, test } from "@jest/globals";
import { ConfigurationError } from "../actions/lib/errors.js";
import { createLimiter } from "../actions/lib/dispatch/concurrency.js";
import { CORRELATION_ID_LENGTH, correlatedRuns, correlationId } from "../actions/lib/dispatch/correlation.js";
import { formatDuration, parseDuration } from "../actions/lib/dispatch/duration.js";
import { describeFailure, rejectsInput, rejectsRunDetails } from "../actions/lib/dispatch/errors.js";
import { LIMITS, planDispatch, type PlanInputs } from "../actions/lib/dispatch/plan.js";
import { failedCount, failureLine, type DispatchResult } from "../actions/lib/dispatch/results.js";
import { summaryMarkdown } from "../actions/cross-repo-dispatch/summary.js";
import { backoffDelay, nextPollDelay } from "../actions/lib/dispatch/schedule.js";
import { runPhase } from "../actions/lib/dispatch/status.js";
import { thrownBy } from "./support/errors.js";

const BASE: PlanInputs = {
  repositories: ["juniper/juniper-cascor"],
  eventType: "",
  workflow: "",
  ref: "",
  inputs: "",
  clientPayload: "",
  wait: false,
  maxConcurrency: 5,
};

const keys = (count: number, prefix = "k"): string =>
  JSON.stringify(
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}`, index])),
  );

function planError(inputs: Partial<PlanInputs>): string {
  const error = thrownBy(() => planDispatch({ ...BASE, ...inputs }));
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe("parseDuration", () => {
  test.each([
    ["50ms", 50],
    ["10s", 10_000],
    ["30m", 1_800_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["1m30s", 90_000],
    ["1.5s", 1500],
    ["90", 90_000],
    [" 2m ", 120_000],
  ])("%s is %d ms", (text, ms) => {
    expect(parseDuration(text, "poll-interval")).toBe(ms);
  });

  test.each(["", "0s", "ten seconds", "10x", "-5s", "1h 30m", "s", "10sm"])("%j is refused", (text) => {
    const error = thrownBy(() => parseDuration(text, "wait-timeout"));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("input `wait-timeout` must be a duration such as 50ms");
  });

  test.each([
    [50, "50ms"],
    [1500, "1.5s"],
    [90_000, "1m30s"],
    [5_400_000, "1h30m"],
    [1_800_000, "30m"],
  ])("formatDuration(%d) is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("planDispatch: what is valid", () => {
  test("repository_dispatch with a payload", () => {
    expect(
      planDispatch({
        ...BASE,
        repositories: ["juniper/juniper-cascor", "Juniper/juniper-data-client"],
        eventType: "juniper-data-published",
        clientPayload: '{"version": "1.2.3", "nested": {"a": [1]}}',
      }),
    ).toEqual({
      repositories: [
        { owner: "juniper", repo: "juniper-cascor", fullName: "juniper/juniper-cascor" },
        { owner: "Juniper", repo: "juniper-data-client", fullName: "Juniper/juniper-data-client" },
      ],
      mode: {
        kind: "repository_dispatch",
        eventType: "juniper-data-published",
        clientPayload: { version: "1.2.3", nested: { a: [1] } },
      },
    });
  });

  test("workflow_dispatch: inputs become strings, a .github/workflows/ prefix is dropped", () => {
    expect(
      planDispatch({
        ...BASE,
        workflow: ".github/workflows/ci.yml",
        ref: "release/1.x",
        inputs: '{"version": "1.2.3", "attempts": 3, "dry_run": false, "empty": ""}',
      }).mode,
    ).toEqual({
      kind: "workflow_dispatch",
      workflow: "ci.yml",
      ref: "release/1.x",
      inputs: { version: "1.2.3", attempts: "3", dry_run: "false", empty: "" },
    });
  });

  test.each([
    ["exactly 10 keys without wait", { clientPayload: keys(10) }],
    ["9 keys with wait (the correlation id is the 10th)", { clientPayload: keys(9), wait: true }],
    ["just under 64 KB", { clientPayload: JSON.stringify({ d: "x".repeat(LIMITS.clientPayloadBytes - 9) }) }],
    ["a 100-character event type", { eventType: "e".repeat(100) }],
    ["100 characters outside the BMP count once each", { eventType: "😀".repeat(100) }],
  ])("limits: %s", (_case, inputs) => {
    expect(() => planDispatch({ ...BASE, eventType: "go", ...inputs })).not.toThrow();
  });

  test("25 workflow inputs and a numeric workflow id", () => {
    expect(planDispatch({ ...BASE, workflow: "161335", inputs: keys(25) }).mode).toMatchObject({
      workflow: "161335",
    });
  });
});

describe("planDispatch: each violation names the input, the limit and the fix", () => {
  test.each<[string, Partial<PlanInputs>, string[]]>([
    ["neither event-type nor workflow", {}, ["set `event-type`", "or `workflow`"]],
    [
      "both event-type and workflow",
      { eventType: "go", workflow: "ci.yml" },
      ["set either `event-type` (repository_dispatch) or `workflow` (workflow_dispatch), not both"],
    ],
    ["no repositories", { eventType: "go", repositories: [] }, ["input `repositories` is required"]],
    [
      "a repository without owner",
      { eventType: "go", repositories: ["juniper-cascor"] },
      ['"juniper-cascor" is not owner/repo', "e.g. juniper/juniper-data"],
    ],
    [
      "a URL instead of owner/repo",
      { eventType: "go", repositories: ["https://github.com/juniper/x"] },
      ["is not owner/repo"],
    ],
    [
      "an owner with a double hyphen",
      { eventType: "go", repositories: ["jun--iper/x"] },
      ["is not owner/repo"],
    ],
    ["a repository named ..", { eventType: "go", repositories: ["juniper/.."] }, ["is not owner/repo"]],
    [
      "a repository listed twice",
      { eventType: "go", repositories: ["juniper/a", "JUNIPER/A"] },
      ["lists juniper/a twice"],
    ],
    [
      "11 payload keys",
      { eventType: "go", clientPayload: keys(11) },
      ["has 11 top-level keys; GitHub allows at most 10", "wrap your payload in one top-level key"],
    ],
    [
      "10 payload keys with wait",
      { eventType: "go", clientPayload: keys(10), wait: true },
      ['plus the "correlation_id" the action adds because wait is true', "wrap your payload"],
    ],
    [
      "a payload of 64 KB",
      { eventType: "go", clientPayload: JSON.stringify({ d: "x".repeat(LIMITS.clientPayloadBytes - 8) }) },
      ["is 65536 bytes as JSON; GitHub needs it under 65536 (64 KB)", "send a reference instead"],
    ],
    [
      "a payload pushed over 64 KB by the correlation id",
      {
        eventType: "go",
        wait: true,
        clientPayload: JSON.stringify({
          d: "x".repeat(LIMITS.clientPayloadBytes - 9 - CORRELATION_ID_LENGTH),
        }),
      },
      ["bytes as JSON; GitHub needs it under 65536"],
    ],
    [
      "multi-byte characters counted as bytes",
      { eventType: "go", clientPayload: JSON.stringify({ d: "é".repeat(33_000) }) },
      ["GitHub needs it under 65536"],
    ],
    [
      "a payload with its own correlation_id when waiting",
      { eventType: "go", wait: true, clientPayload: '{"correlation_id": "mine"}' },
      ['has a "correlation_id" key, which the action sets itself'],
    ],
    [
      "a 101-character event type",
      { eventType: "e".repeat(101) },
      ["input `event-type` is 101 characters; GitHub allows at most 100", "shorten it"],
    ],
    [
      "invalid JSON",
      { eventType: "go", clientPayload: "{version: 1}" },
      ["input `client-payload` is not valid JSON", 'give a JSON object such as {"version": "1.2.3"}'],
    ],
    [
      "a JSON array payload",
      { eventType: "go", clientPayload: "[1, 2]" },
      ["must be a JSON object", "not an array"],
    ],
    ["a JSON string payload", { eventType: "go", clientPayload: '"text"' }, ["not a string"]],
    ["a null payload", { eventType: "go", clientPayload: "null" }, ["not null"]],
    [
      "inputs with event-type",
      { eventType: "go", inputs: '{"a": "1"}' },
      ["input `inputs` applies to `workflow` only", "put the values in client-payload"],
    ],
    [
      "ref with event-type",
      { eventType: "go", ref: "main" },
      ["input `ref` applies to `workflow` only", "default branch"],
    ],
    [
      "client-payload with workflow",
      { workflow: "ci.yml", clientPayload: '{"a": 1}' },
      ["input `client-payload` applies to `event-type` only"],
    ],
    [
      "26 workflow inputs",
      { workflow: "ci.yml", inputs: keys(26) },
      ["has 26 keys; GitHub allows at most 25 workflow_dispatch inputs", "combine some into one JSON string"],
    ],
    [
      "an object workflow input",
      { workflow: "ci.yml", inputs: '{"matrix": {"os": "linux"}}' },
      ['"matrix" is an object, but workflow inputs are strings', "fromJSON()"],
    ],
    ["an array workflow input", { workflow: "ci.yml", inputs: '{"list": [1]}' }, ['"list" is an array']],
    [
      "a null workflow input",
      { workflow: "ci.yml", inputs: '{"x": null}' },
      ['"x" is null', 'give "" for an empty value'],
    ],
    ["invalid JSON inputs", { workflow: "ci.yml", inputs: "{" }, ["input `inputs` is not valid JSON"]],
    [
      "a workflow that is a name, not a file",
      { workflow: "CI tests" },
      ['input `workflow` must be a workflow file name such as ci.yml (or its numeric id), not "CI tests"'],
    ],
    ["a workflow path elsewhere", { workflow: "ci/ci.yml" }, ["must be a workflow file name"]],
    [
      "a ref with spaces",
      { workflow: "ci.yml", ref: "my branch" },
      ["input `ref` must be a branch or tag name"],
    ],
    ["max-concurrency 0", { eventType: "go", maxConcurrency: 0 }, ["between 1 and 10, not 0"]],
    ["max-concurrency 11", { eventType: "go", maxConcurrency: 11 }, ["between 1 and 10, not 11"]],
  ])("%s", (_case, inputs, fragments) => {
    const message = planError(inputs);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe("the run status model", () => {
  test.each([
    ...["requested", "queued", "pending", "waiting", "in_progress"].map((status) => [
      status,
      null,
      "running",
    ]),
    ...["success", "neutral", "skipped"].map((conclusion) => ["completed", conclusion, "success"]),
    ...["failure", "cancelled", "timed_out", "startup_failure", "action_required", "stale"].map(
      (conclusion) => ["completed", conclusion, "failure"],
    ),
    ["completed", null, "running"],
    ["completed", "some_future_conclusion", "failure"],
    ["some_future_status", null, "running"],
    [null, null, "running"],
  ] as [string | null, string | null, string][])(
    "status %s, conclusion %s: %s",
    (status, conclusion, phase) => {
      expect(runPhase({ status, conclusion })).toBe(phase);
    },
  );
});

describe("the poll schedule", () => {
  test.each([
    [10_000, [10_000, 15_000, 22_500, 33_750, 50_625, 60_000, 60_000]],
    [50, [50, 75, 113, 169, 253, 300, 300]],
    [120_000, [120_000, 120_000, 120_000]],
  ])("interval %d ms backs off 1.5x up to six intervals or a minute", (interval, delays) => {
    expect(delays.map((_, attempt) => backoffDelay(interval, attempt))).toEqual(delays);
  });

  test.each([
    ["well before the deadline", 0, 0, 100_000, 10_000],
    ["clipped to the deadline", 3, 95_000, 100_000, 5000],
    ["at the deadline", 0, 100_000, 100_000, undefined],
    ["after the deadline", 0, 100_001, 100_000, undefined],
  ])("%s", (_case, attempt, now, deadline, expected) => {
    expect(nextPollDelay(10_000, attempt, now, deadline)).toBe(expected);
  });
});

describe("correlation ids", () => {
  test("an id is dispatch- and 12 hex digits of the random bytes", () => {
    const id = correlationId(Uint8Array.from([0, 1, 0xab, 0xcd, 0xef, 0xff, 9]));
    expect(id).toBe("dispatch-0001abcdefff");
    expect(id).toHaveLength(CORRELATION_ID_LENGTH);
  });

  test("too few random bytes is a programming error", () => {
    expect(() => correlationId(new Uint8Array(5))).toThrow("needs 6 random bytes");
  });

  test("runs are matched by display_title or name, oldest first", () => {
    const id = "dispatch-0001abcdefff";
    const runs = [
      { id: 30, name: "CI", display_title: `re-test ${id}` },
      { id: 20, name: "CI", display_title: "re-test dispatch-ffffffffffff" },
      { id: 10, name: `deploy ${id}`, display_title: null },
      { id: 5, name: null, display_title: "push to main" },
    ];
    expect(correlatedRuns(runs, id).map((run) => run.id)).toEqual([10, 30]);
    expect(correlatedRuns(runs, "dispatch-000000000000")).toEqual([]);
  });
});

describe("error messages", () => {
  const repository = "juniper/juniper-cascor";
  test.each<[string, Parameters<typeof describeFailure>, string[]]>([
    [
      "404 on the repository",
      [
        { status: 404, message: "Not Found" },
        { operation: "repository-dispatch", repository },
      ],
      ["repository juniper/juniper-cascor not found or the token cannot see it"],
    ],
    [
      "404 on the workflow",
      [
        { status: 404, message: "Not Found" },
        { operation: "workflow-dispatch", repository, workflow: "ci.yml" },
      ],
      ['workflow "ci.yml" not found in juniper/juniper-cascor', "file name under .github/workflows"],
    ],
    [
      "403 on repository_dispatch",
      [
        { status: 403, message: "Resource not accessible by integration" },
        { operation: "repository-dispatch", repository },
      ],
      ["the token lacks contents: write on juniper/juniper-cascor", "Resource not accessible by integration"],
    ],
    [
      "403 on workflow_dispatch",
      [
        { status: 403, message: "Resource not accessible by integration" },
        { operation: "workflow-dispatch", repository },
      ],
      ["the token lacks actions: write"],
    ],
    [
      "403 reading runs",
      [
        { status: 403, message: "Resource not accessible by integration" },
        { operation: "read-runs", repository },
      ],
      ["actions: read"],
    ],
    [
      "422 without a workflow_dispatch trigger",
      [
        { status: 422, message: "Workflow does not have 'workflow_dispatch' trigger" },
        { operation: "workflow-dispatch", repository, workflow: "ci.yml", ref: "main" },
      ],
      [
        'workflow "ci.yml" in juniper/juniper-cascor has no workflow_dispatch trigger',
        "`on: workflow_dispatch`",
        "on main",
      ],
    ],
    [
      "422 unexpected inputs",
      [
        { status: 422, message: 'Unexpected inputs provided: ["x"]' },
        { operation: "workflow-dispatch", repository },
      ],
      ['Unexpected inputs provided: ["x"]', "declare them under on.workflow_dispatch.inputs"],
    ],
    [
      "422 unknown ref",
      [
        { status: 422, message: "No ref found for: nope" },
        { operation: "workflow-dispatch", repository, ref: "nope" },
      ],
      ['ref "nope" does not exist in juniper/juniper-cascor'],
    ],
    [
      "422 with GitHub's words",
      [
        {
          status: 422,
          message: "Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.",
        },
        { operation: "repository-dispatch", repository },
      ],
      ["(422): No more than 10 properties are allowed; 11 were supplied."],
    ],
    [
      "401",
      [
        { status: 401, message: "Bad credentials" },
        { operation: "repository-dispatch", repository },
      ],
      ["GitHub rejected the token (401 Bad credentials)", "installation tokens last one hour"],
    ],
    [
      "a persistent secondary rate limit",
      [
        { status: 403, message: "You have exceeded a secondary rate limit. Please wait" },
        { operation: "repository-dispatch", repository },
      ],
      ["secondary rate limit persisted after retries", "lower max-concurrency"],
    ],
    [
      "an exhausted primary limit",
      [
        {
          status: 403,
          message: "API rate limit exceeded for installation ID 1.",
          rateLimitReset: 1_800_000_000,
        },
        { operation: "repository-dispatch", repository },
      ],
      ["rate limit is exhausted; it resets at 2027-01-15T08:00:00.000Z"],
    ],
    [
      "a 502 after retries",
      [
        { status: 502, message: "Server Error" },
        { operation: "repository-dispatch", repository },
      ],
      ["GitHub answered 502 for juniper/juniper-cascor and still did after retries: Server Error"],
    ],
    [
      "no answer at all",
      [
        { status: undefined, message: "connect ECONNREFUSED 127.0.0.1:1" },
        { operation: "repository-dispatch", repository },
      ],
      ["request to GitHub failed: connect ECONNREFUSED"],
    ],
  ])("%s", (_case, [failure, context], fragments) => {
    const message = describeFailure(failure, context);
    for (const fragment of fragments) expect(message).toContain(fragment);
    expect(message).not.toContain("\n");
  });

  test.each([
    [400, 'Invalid request.\n\n"return_run_details" is not a permitted key.', true],
    [422, 'Invalid request.\n\n"return_run_details" is not a permitted key.', true],
    [422, "Workflow does not have 'workflow_dispatch' trigger", false],
    [500, "return_run_details", false],
  ])("rejectsRunDetails(%d, %j) is %s", (status, message, expected) => {
    expect(rejectsRunDetails({ status, message })).toBe(expected);
  });

  test.each([
    [422, 'Unexpected inputs provided: ["correlation_id"]', true],
    [422, 'Unexpected inputs provided: ["other"]', false],
    [404, "correlation_id", false],
  ])("rejectsInput(%d, %j) is %s", (status, message, expected) => {
    expect(rejectsInput({ status, message }, "correlation_id")).toBe(expected);
  });
});

describe("results and the summary", () => {
  const result = (
    repository: string,
    status: DispatchResult["status"],
    fields: Partial<DispatchResult> = {},
  ) => ({
    repository,
    status,
    run_id: null,
    run_url: null,
    conclusion: null,
    error: null,
    ...fields,
  });
  const results: DispatchResult[] = [
    result("juniper/a", "completed", {
      run_id: 1,
      run_url: "https://github.com/juniper/a/actions/runs/1",
      conclusion: "success",
    }),
    result("juniper/b", "failed", {
      run_id: 2,
      run_url: "https://github.com/juniper/b/actions/runs/2",
      conclusion: "timed_out",
    }),
    result("juniper/c", "timed-out", { run_id: 3, run_url: "https://github.com/juniper/c/actions/runs/3" }),
    result("juniper/d", "error", { error: "GitHub refused | the <request> (422)\nfor juniper/d" }),
    result("juniper/e", "dispatched"),
  ];

  test("failed, timed-out and error count as failures; dispatched and completed do not", () => {
    expect(failedCount(results)).toBe(3);
    expect(failureLine(results)).toBe(
      "3 of 5 repositories failed: juniper/b (run timed_out); juniper/c (timed out); juniper/d (GitHub refused | the <request> (422)\nfor juniper/d)",
    );
  });

  test("the failure line names five repositories and counts the rest", () => {
    const many = Array.from({ length: 8 }, (_, index) =>
      result(`juniper/r${index}`, "error", { error: "x" }),
    );
    expect(failureLine(many)).toMatch(/^8 of 8 repositories failed: .*juniper\/r4 \(x\), and 3 more$/);
  });

  test("the summary has one row per repository with a link to each run", () => {
    const markdown = summaryMarkdown(results, {
      what: "repository_dispatch `go`",
      waited: true,
      elapsedMs: 65_000,
    });
    expect(markdown.split("\n")).toEqual([
      "### cross-repo-dispatch",
      "",
      "repository_dispatch `go` to 5 repositories: 1 completed, 1 failed, 1 timed-out, 1 error, 1 dispatched (1m5s, waited for the runs).",
      "",
      "| Repository | Status | Run | Conclusion | Details |",
      "| --- | --- | --- | --- | --- |",
      "| `juniper/a` | ✅ completed | [#1](https://github.com/juniper/a/actions/runs/1) | success |  |",
      "| `juniper/b` | ❌ failed | [#2](https://github.com/juniper/b/actions/runs/2) | timed_out |  |",
      "| `juniper/c` | ⏱️ timed-out | [#3](https://github.com/juniper/c/actions/runs/3) |  | still running when the wait ended |",
      "| `juniper/d` | ⚠️ error |  |  | GitHub refused \\| the &lt;request&gt; (422) for juniper/d |",
      "| `juniper/e` | 📨 dispatched | not tracked |  |  |",
      "",
    ]);
  });
});

describe("the concurrency limiter", () => {
  test.each([1, 3, 5])(
    "runs %d tasks at once, starts each waiting one in order as a slot frees up, and runs them all",
    async (max) => {
      const limit = createLimiter(max);
      const started: number[] = [];
      const finishers = new Map<number, () => void>();
      const task = async (index: number) => {
        started.push(index);
        // Each task ends when the test says so: no timer decides the order.
        await new Promise<void>((resolve) => finishers.set(index, resolve));
        if (index === 4) throw new Error("task 4 fails");
        return index;
      };
      const settled = Promise.allSettled(Array.from({ length: 12 }, (_, index) => limit(() => task(index))));
      // Every promise reaction queued so far runs before the next macrotask.
      const settle = () => new Promise((resolve) => setImmediate(resolve));
      const upTo = (count: number) => Array.from({ length: Math.min(count, 12) }, (_, index) => index);
      await settle();
      expect(started).toEqual(upTo(max));
      // Finish the newest running task each time (task 4 among them, which throws): the oldest waiting
      // task takes its slot, and never more than `max` run.
      for (let done = 1; done <= 12; done++) {
        const running = started.filter((index) => finishers.has(index));
        expect(running).toHaveLength(Math.min(max, 12 - done + 1));
        const newest = running.at(-1) ?? -1;
        finishers.get(newest)?.();
        finishers.delete(newest);
        await settle();
        expect(started).toEqual(upTo(max + done));
      }
      expect((await settled).map((outcome) => outcome.status)).toEqual(
        upTo(12).map((index) => (index === 4 ? "rejected" : "fulfilled")),
      );
    },
  );

  test.each([0, 1.5, -1])("a limit of %d is refused", (max) => {
    expect(() => createLimiter(max)).toThrow("createLimiter needs a whole number of at least 1");
  });
});
