/**
 * The fake GitHub the action tests run against: it must refuse what GitHub refuses (checked against the
 * official OpenAPI description), answer in GitHub's shapes, paginate and rate-limit like GitHub, and
 * inject the faults the tests ask for.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { getOctokit } from "@actions/github";
import { startFakeGitHub, type FakeGitHub, type FakeWorkflow } from "../tools/fake-github/server.mjs";

const TOKEN = "ghs_fakeGitHubTestToken0000000000000000";
const REPO = "juniper/juniper-data";

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function api(
  server: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `token ${TOKEN}` },
): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
  };
}

const message = (answer: Answer): string => (answer.body as { message?: string } | undefined)?.message ?? "";
const keys = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]));

let github: FakeGitHub;

/** The server's clock: it moves only with github.advance(), so no answer depends on when it is read. */
const START_MS = Date.parse("2026-07-01T09:00:00Z");

beforeAll(async () => {
  github = await startFakeGitHub({
    token: TOKEN,
    checkResponses: true,
    clock: () => START_MS,
    repositories: [
      {
        fullName: REPO,
        branches: ["main", "v1.0.0"],
        workflows: [
          {
            file: "ci.yml",
            name: "CI",
            on: ["workflow_dispatch"],
            inputs: ["version", "correlation_id"],
            runName: "CI ${{ inputs.version || 'latest' }} ${{ inputs.correlation_id }}",
            schedule: [
              { status: "queued" },
              { status: "in_progress", polls: 2 },
              { status: "completed", conclusion: "failure" },
            ],
          },
          { file: "push-only.yml", on: ["push"] },
          {
            file: "retest.yml",
            on: ["repository_dispatch"],
            types: ["published"],
            runName: "Re-test ${{ github.event.client_payload.correlation_id }}",
            hiddenFromLists: 1,
          },
        ],
        labels: [{ name: "secrets", color: "b60205" }],
        issues: Array.from({ length: 45 }, (_, index) => ({
          title: `issue ${index + 1}`,
          labels: index % 3 === 0 ? ["rotation"] : [],
          createdAt: Date.parse("2026-01-01T00:00:00Z") + index * 60_000,
        })),
        secrets: [
          { name: "HF_TOKEN", created_at: "2025-01-10T10:00:00Z", updated_at: "2025-06-01T08:30:00Z" },
          {
            name: "JUNIPER_DATA_API_KEY",
            created_at: "2025-02-01T00:00:00Z",
            updated_at: "2025-02-01T00:00:00Z",
          },
        ],
        environments: {
          production: [
            { name: "DEPLOY_KEY", created_at: "2025-03-01T00:00:00Z", updated_at: "2025-09-01T00:00:00Z" },
          ],
        },
      },
      { fullName: "juniper/other" },
    ],
    orgSecrets: {
      juniper: [
        {
          name: "SOPS_AGE_KEY",
          created_at: "2024-01-01T00:00:00Z",
          updated_at: "2024-12-01T00:00:00Z",
          visibility: "selected",
        },
      ],
    },
  });
}, 120_000);

afterAll(async () => {
  await github.close();
});

afterEach(() => {
  // Every answer a handler gave in these tests matches the description's response schema.
  expect(github.responseProblems).toEqual([]);
});

describe("requests are checked against GitHub's OpenAPI description", () => {
  test.each<[string, string, string, unknown, number, string]>([
    [
      "11 client_payload keys",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: "go", client_payload: keys(11) },
      422,
      "Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.",
    ],
    [
      "no event_type",
      "POST",
      `/repos/${REPO}/dispatches`,
      { client_payload: {} },
      422,
      '"event_type" wasn\'t supplied.',
    ],
    [
      "a 101-character event_type",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: "e".repeat(101) },
      422,
      "is too long (maximum is 100 characters)",
    ],
    [
      "a numeric event_type",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: 7 },
      422,
      "For 'properties/event_type', 7 is not a string.",
    ],
    [
      "an unknown body key",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: "go", payload: {} },
      422,
      '"payload" is not a permitted key.',
    ],
    [
      "a payload of 64 KB",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: "go", client_payload: { data: "x".repeat(65_536) } },
      422,
      "client_payload is too large",
    ],
    [
      "a workflow_dispatch without ref",
      "POST",
      `/repos/${REPO}/actions/workflows/ci.yml/dispatches`,
      { inputs: {} },
      422,
      '"ref" wasn\'t supplied.',
    ],
    [
      "26 workflow inputs",
      "POST",
      `/repos/${REPO}/actions/workflows/ci.yml/dispatches`,
      { ref: "main", inputs: keys(26) },
      422,
      "No more than 25 properties are allowed; 26 were supplied.",
    ],
    [
      "return_run_details that is not a boolean",
      "POST",
      `/repos/${REPO}/actions/workflows/ci.yml/dispatches`,
      { ref: "main", return_run_details: "yes" },
      422,
      "For 'properties/return_run_details', \"yes\" is not a boolean.",
    ],
    [
      "a run id that is not a number",
      "GET",
      `/repos/${REPO}/actions/runs/latest`,
      undefined,
      422,
      '"latest" is not a valid value for run_id.',
    ],
    [
      "a status outside the enum",
      "GET",
      `/repos/${REPO}/actions/runs?status=done`,
      undefined,
      422,
      '"done" is not a valid value for status.',
    ],
    [
      "a body that is not JSON",
      "POST",
      `/repos/${REPO}/dispatches`,
      "{event_type:",
      400,
      "Problems parsing JSON",
    ],
    [
      "a missing body",
      "POST",
      `/repos/${REPO}/dispatches`,
      undefined,
      422,
      "A JSON request body is required.",
    ],
    ["a path GitHub does not have", "GET", `/repos/${REPO}/nothing-here`, undefined, 404, "Not Found"],
    ["a method the path does not take", "DELETE", `/repos/${REPO}/dispatches`, undefined, 404, "Not Found"],
  ])("%s is refused", async (_case, method, path, body, status, text) => {
    const answer = await api(github, method, path, body);
    expect(answer.status).toBe(status);
    expect(message(answer)).toContain(text);
    expect(answer.body).toMatchObject({
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/rest/),
    });
    if (status === 422) {
      expect(answer.body).toMatchObject({ errors: [expect.objectContaining({ code: "invalid" })] });
    }
  });

  test.each<[string, string, string, unknown, number]>([
    [
      "10 client_payload keys",
      "POST",
      `/repos/${REPO}/dispatches`,
      { event_type: "go", client_payload: keys(10) },
      204,
    ],
    ["a workflow id as a number", "GET", `/repos/${REPO}/actions/workflows/1`, undefined, 404],
    [
      "created with search syntax",
      "GET",
      `/repos/${REPO}/actions/runs?created=%3E%3D2026-01-01T00:00:00Z`,
      undefined,
      200,
    ],
    [
      "25 declared-or-not inputs on a workflow that takes any",
      "POST",
      `/repos/juniper/other/actions/workflows/none.yml/dispatches`,
      { ref: "main", inputs: keys(25) },
      404,
    ],
  ])("%s passes the description", async (_case, method, path, body, status) => {
    expect((await api(github, method, path, body)).status).toBe(status);
  });

  test("an operation the fake does not implement is a 404 that names it", async () => {
    const answer = await api(github, "GET", `/repos/${REPO}/pulls`);
    expect(answer.status).toBe(404);
    expect(message(answer)).toBe("Not Found (the fake GitHub does not implement pulls/list)");
    expect(github.unimplemented).toContain("pulls/list (GET /repos/{owner}/{repo}/pulls)");
  });
});

describe("authentication and injected faults", () => {
  test.each([
    ["no token", {}, "Requires authentication"],
    ["a wrong token", { authorization: "token ghs_wrong" }, "Bad credentials"],
  ])("%s: 401", async (_case, headers, text) => {
    const answer = await api(github, "GET", `/repos/${REPO}`, undefined, headers);
    expect(answer.status).toBe(401);
    expect(message(answer)).toBe(text);
  });

  test("a Bearer token is accepted too", async () => {
    expect(
      (await api(github, "GET", `/repos/${REPO}`, undefined, { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(200);
  });

  test("a 5xx burst hits only the repository and operation named, as many times as asked", async () => {
    github.fault("server-error", { repository: REPO, operationId: "repos/get", times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push((await api(github, "GET", `/repos/${REPO}`)).status);
    statuses.push((await api(github, "GET", "/repos/juniper/other")).status);
    expect(statuses).toEqual([502, 502, 200, 200]);
  });

  test.each([
    [403, undefined, "1"],
    [429, 7, "7"],
  ])("a secondary rate limit: %d with retry-after", async (status, retryAfter, header) => {
    github.fault("secondary-rate-limit", { repository: REPO, status, ...(retryAfter ? { retryAfter } : {}) });
    const answer = await api(github, "POST", `/repos/${REPO}/dispatches`, { event_type: "go" });
    expect(answer.status).toBe(status);
    expect(answer.headers.get("retry-after")).toBe(header);
    expect(message(answer)).toMatch(/^You have exceeded a secondary rate limit/);
    expect((await api(github, "POST", `/repos/${REPO}/dispatches`, { event_type: "go" })).status).toBe(204);
  });

  test.each([
    ["unauthorized", 401, "Bad credentials"],
    ["forbidden", 403, "Resource not accessible by integration"],
    ["not-found", 404, "Not Found"],
  ] as const)("%s", async (kind, status, text) => {
    github.fault(kind, { repository: "juniper/other" });
    const answer = await api(github, "GET", "/repos/juniper/other");
    expect([answer.status, message(answer)]).toEqual([status, text]);
  });

  test("latency delays every answer", async () => {
    github.setLatency(120);
    const started = performance.now();
    await api(github, "GET", `/repos/${REPO}`);
    github.setLatency(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });
});

describe("rate-limit headers", () => {
  test("every answer carries x-ratelimit-*, and remaining counts down", async () => {
    const first = await api(github, "GET", `/repos/${REPO}`);
    const second = await api(github, "GET", `/repos/${REPO}`);
    for (const answer of [first, second]) {
      expect(answer.headers.get("x-ratelimit-limit")).toBe("5000");
      expect(answer.headers.get("x-ratelimit-resource")).toBe("core");
      expect(answer.headers.get("x-ratelimit-reset")).toBe(String(START_MS / 1000 + 3600));
    }
    const remaining = (answer: Answer) => Number(answer.headers.get("x-ratelimit-remaining"));
    expect(remaining(first) - remaining(second)).toBe(1);
    expect(Number(second.headers.get("x-ratelimit-used")) + remaining(second)).toBe(5000);
  });

  test("an exhausted primary limit answers 403 with remaining 0 until the reset", async () => {
    github.setRateLimit({ remaining: 0, resetSeconds: 1 });
    const answer = await api(github, "GET", `/repos/${REPO}`);
    expect(answer.status).toBe(403);
    expect(message(answer)).toMatch(/^API rate limit exceeded/);
    expect(answer.headers.get("x-ratelimit-remaining")).toBe("0");
    const reset = answer.headers.get("x-ratelimit-reset");
    expect(reset).toBe(String(START_MS / 1000 + 1));
    // A millisecond before the reset it still refuses; at the reset the limit is full again.
    github.advance(999);
    const before = await api(github, "GET", `/repos/${REPO}`);
    expect([before.status, before.headers.get("x-ratelimit-reset")]).toEqual([403, reset]);
    github.advance(1);
    const after = await api(github, "GET", `/repos/${REPO}`);
    expect([after.status, after.headers.get("x-ratelimit-remaining")]).toEqual([200, "4999"]);
    github.setRateLimit({ remaining: 5000 });
  });
});

describe("pagination", () => {
  test("Link headers as GitHub sends them", async () => {
    const first = await api(github, "GET", `/repos/${REPO}/issues?per_page=20`);
    expect(first.body).toHaveLength(20);
    const url = `${github.url}/repos/${REPO}/issues`;
    expect(first.headers.get("link")).toBe(
      `<${url}?per_page=20&page=2>; rel="next", <${url}?per_page=20&page=3>; rel="last"`,
    );
    const last = await api(github, "GET", `/repos/${REPO}/issues?per_page=20&page=3`);
    expect(last.body).toHaveLength(5);
    expect(last.headers.get("link")).toBe(
      `<${url}?per_page=20&page=1>; rel="first", <${url}?per_page=20&page=2>; rel="prev"`,
    );
    const single = await api(github, "GET", `/repos/${REPO}/labels`);
    expect(single.headers.get("link")).toBeNull();
  });

  test("octokit's paginate follows them to every item, newest first", async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: github.url });
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: "juniper",
      repo: "juniper-data",
      per_page: 10,
    });
    expect(issues.map((issue) => issue.number)).toEqual(Array.from({ length: 45 }, (_, index) => 45 - index));
  });
});

describe("workflows and runs", () => {
  test("workflow_dispatch with return_run_details answers 200 with the run; each answer moves it one step", async () => {
    const answer = await api(github, "POST", `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, {
      ref: "main",
      inputs: { version: "1.2.3" },
      return_run_details: true,
    });
    expect(answer.status).toBe(200);
    const {
      workflow_run_id: id,
      run_url,
      html_url,
    } = answer.body as { workflow_run_id: number; run_url: string; html_url: string };
    expect(run_url).toBe(`${github.url}/repos/${REPO}/actions/runs/${id}`);
    expect(html_url).toBe(`https://github.com/${REPO}/actions/runs/${id}`);
    const read = async () =>
      (await api(github, "GET", `/repos/${REPO}/actions/runs/${id}`)).body as Record<string, unknown>;
    const listed = async (status: string) => {
      const { workflow_runs: runs } = (
        await api(github, "GET", `/repos/${REPO}/actions/workflows/ci.yml/runs?status=${status}`)
      ).body as { workflow_runs: Record<string, unknown>[] };
      return runs.find((run) => run.id === id);
    };
    const inspected = () => github.runs(REPO).find((run) => run.id === id);
    const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
    expect(inspected()).toMatchObject({ status: "queued", conclusion: null });
    const first = await read();
    expect(first).toMatchObject({
      id,
      status: "queued",
      conclusion: null,
      display_title: "CI 1.2.3 ",
      event: "workflow_dispatch",
      name: "CI",
    });
    const created = Date.parse(String(first.created_at));
    expect(first.updated_at).toBe(first.created_at);
    // A status filter looks at the step the next answer shows; a list that leaves the run out moves nothing.
    expect(await listed("queued")).toBeUndefined();
    github.advance(60_000);
    // A list that shows the run is an answer too: the second step, which lasts two answers.
    expect(await listed("in_progress")).toMatchObject({ status: "in_progress", conclusion: null });
    github.advance(60_000);
    expect(await read()).toMatchObject({
      status: "in_progress",
      conclusion: null,
      updated_at: stamp(created + 60_000),
    });
    // Looking from the test side moves nothing.
    expect(inspected()).toMatchObject({ status: "in_progress", conclusion: null });
    github.advance(60_000);
    expect(await read()).toMatchObject({
      status: "completed",
      conclusion: "failure",
      updated_at: stamp(created + 180_000),
    });
    // The last step lasts for ever.
    expect(await read()).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(inspected()).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  test("without return_run_details: 204", async () => {
    expect(
      (await api(github, "POST", `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, { ref: "v1.0.0" }))
        .status,
    ).toBe(204);
  });

  test.each([
    [
      "an undeclared input",
      "ci.yml",
      { ref: "main", inputs: { other: "x" } },
      422,
      'Unexpected inputs provided: ["other"]',
    ],
    [
      "a workflow without workflow_dispatch",
      "push-only.yml",
      { ref: "main" },
      422,
      "Workflow does not have 'workflow_dispatch' trigger",
    ],
    ["a ref that does not exist", "ci.yml", { ref: "nope" }, 422, "No ref found for: nope"],
    ["a workflow that does not exist", "missing.yml", { ref: "main" }, 404, "Not Found"],
  ])("%s is refused", async (_case, workflow, body, status, text) => {
    const answer = await api(github, "POST", `/repos/${REPO}/actions/workflows/${workflow}/dispatches`, body);
    expect([answer.status, message(answer)]).toEqual([status, text]);
  });

  test("repository_dispatch starts the workflows listening to the type; runs show up after hiddenFromLists lists", async () => {
    const before = github.runs(REPO).length;
    expect(
      (
        await api(github, "POST", `/repos/${REPO}/dispatches`, {
          event_type: "published",
          client_payload: { correlation_id: "dispatch-0123456789ab" },
        })
      ).status,
    ).toBe(204);
    const runs = github.runs(REPO).slice(before);
    expect(runs.map((run) => [run.name, run.display_title, run.event, run.head_branch])).toEqual([
      ["retest", "Re-test dispatch-0123456789ab", "repository_dispatch", "main"],
    ]);
    const list = async () =>
      (
        (await api(github, "GET", `/repos/${REPO}/actions/runs?event=repository_dispatch`)).body as {
          workflow_runs: { id: number; status: string }[];
        }
      ).workflow_runs.map((run) => [run.id, run.status]);
    // A list of other runs does not count: only lists that would show it.
    expect((await api(github, "GET", `/repos/${REPO}/actions/runs?event=workflow_dispatch`)).status).toBe(
      200,
    );
    expect(await list()).not.toContainEqual([runs[0]?.id, expect.anything()]);
    // The list that left it out was no answer: the next one shows its first step.
    expect(await list()).toContainEqual([runs[0]?.id, "queued"]);
    expect(await list()).toContainEqual([runs[0]?.id, "in_progress"]);
  });

  test("run lists filter by created, newest first", async () => {
    const future = await api(github, "GET", `/repos/${REPO}/actions/runs?created=%3E%3D2099-01-01`);
    expect(future.body).toEqual({ total_count: 0, workflow_runs: [] });
    const all = (await api(github, "GET", `/repos/${REPO}/actions/workflows/ci.yml/runs`)).body as {
      workflow_runs: { id: number }[];
    };
    const ids = all.workflow_runs.map((run) => run.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });

  test.each<[string, Record<string, unknown>, string]>([
    [
      "a step timed in ms",
      { schedule: [{ atMs: 0, status: "queued" }] },
      "the schedule of ci.yml: steps last `polls` answers, not `atMs`",
    ],
    ["an empty schedule", { schedule: [] }, "the schedule of ci.yml: give at least one step"],
    [
      "a step of no answers",
      { schedule: [{ status: "queued", polls: 0 }, { status: "completed" }] },
      "polls must be a whole number of at least 1, not 0",
    ],
    [
      "a delay in ms",
      { appearAfterMs: 100 },
      "ci.yml: appearAfterMs is gone; hiddenFromLists counts run lists",
    ],
  ])(
    "a workflow with %s is refused: runs move per answer, never on the clock",
    async (_case, fields, text) => {
      const workflow = { file: "ci.yml", ...fields } as FakeWorkflow;
      await expect(
        startFakeGitHub({ repositories: [{ fullName: "juniper/timed", workflows: [workflow] }] }),
      ).rejects.toThrow(text);
    },
  );

  test("workflows are listed and found by file name or id", async () => {
    const list = (await api(github, "GET", `/repos/${REPO}/actions/workflows`)).body as {
      workflows: { id: number; path: string }[];
    };
    expect(list.workflows.map((workflow) => workflow.path)).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/push-only.yml",
      ".github/workflows/retest.yml",
    ]);
    const byId = await api(github, "GET", `/repos/${REPO}/actions/workflows/${list.workflows[0]?.id}`);
    expect(byId.body).toMatchObject({ name: "CI", state: "active" });
  });
});

describe("GHES mode (GHES 3.19's description)", () => {
  let ghes: FakeGitHub;
  beforeAll(async () => {
    ghes = await startFakeGitHub({
      ghes: true,
      checkResponses: true,
      repositories: [{ fullName: REPO, workflows: [{ file: "ci.yml" }] }],
    });
  }, 120_000);
  afterAll(async () => {
    await ghes.close();
  });

  test("return_run_details is refused the way GHES refuses unknown keys", async () => {
    const answer = await api(ghes, "POST", `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, {
      ref: "main",
      return_run_details: true,
    });
    expect(answer.status).toBe(422);
    expect(message(answer)).toBe('Invalid request.\n\n"return_run_details" is not a permitted key.');
    expect(answer.headers.get("x-github-enterprise-version")).toBe("3.19.0");
  });

  test("without it the dispatch answers 204; GHES allows 10 inputs", async () => {
    expect(
      (await api(ghes, "POST", `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, { ref: "main" })).status,
    ).toBe(204);
    const eleven = await api(ghes, "POST", `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, {
      ref: "main",
      inputs: keys(11),
    });
    expect(message(eleven)).toContain("No more than 10 properties are allowed; 11 were supplied.");
    expect(ghes.responseProblems).toEqual([]);
  });
});

describe("issues, labels and Actions secrets metadata", () => {
  test("create an issue with labels (unknown ones are created), filter by label, comment, close", async () => {
    const created = await api(github, "POST", `/repos/${REPO}/issues`, {
      title: "Rotate HF_TOKEN",
      body: "last updated 2025-06-01",
      labels: ["secrets", "rotation-due"],
    });
    expect(created.status).toBe(201);
    const issue = created.body as { number: number; labels: { name: string }[] };
    expect(issue.labels.map((label) => label.name)).toEqual(["secrets", "rotation-due"]);
    const found = (await api(github, "GET", `/repos/${REPO}/issues?labels=rotation-due`)).body as {
      number: number;
    }[];
    expect(found.map((item) => item.number)).toEqual([issue.number]);
    expect(
      (await api(github, "POST", `/repos/${REPO}/issues/${issue.number}/comments`, { body: "still due" }))
        .status,
    ).toBe(201);
    const comments = (await api(github, "GET", `/repos/${REPO}/issues/${issue.number}/comments`)).body as {
      body: string;
    }[];
    expect(comments.map((comment) => comment.body)).toEqual(["still due"]);
    const closed = await api(github, "PATCH", `/repos/${REPO}/issues/${issue.number}`, {
      state: "closed",
      state_reason: "completed",
    });
    expect(closed.body).toMatchObject({ state: "closed", state_reason: "completed", comments: 1 });
    const open = (await api(github, "GET", `/repos/${REPO}/issues?labels=rotation-due`)).body as unknown[];
    expect(open).toEqual([]);
  });

  test("labels: create, refuse a duplicate, add to an issue", async () => {
    expect(
      (await api(github, "POST", `/repos/${REPO}/labels`, { name: "stale-secret", color: "fbca04" })).status,
    ).toBe(201);
    const duplicate = await api(github, "POST", `/repos/${REPO}/labels`, {
      name: "Stale-Secret",
      color: "fbca04",
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toMatchObject({
      message: "Validation Failed",
      errors: [{ resource: "Label", code: "already_exists", field: "name" }],
    });
    const added = await api(github, "POST", `/repos/${REPO}/issues/2/labels`, { labels: ["stale-secret"] });
    expect((added.body as { name: string }[]).map((label) => label.name)).toEqual(["stale-secret"]);
  });

  test("repository, environment and organization secrets: names and dates, never values", async () => {
    const list = await api(github, "GET", `/repos/${REPO}/actions/secrets?per_page=1`);
    expect(list.body).toEqual({
      total_count: 2,
      secrets: [{ name: "HF_TOKEN", created_at: "2025-01-10T10:00:00Z", updated_at: "2025-06-01T08:30:00Z" }],
    });
    expect(list.headers.get("link")).toContain('rel="next"');
    expect((await api(github, "GET", `/repos/${REPO}/actions/secrets/hf_token`)).body).toMatchObject({
      updated_at: "2025-06-01T08:30:00Z",
    });
    expect((await api(github, "GET", `/repos/${REPO}/actions/secrets/NOPE`)).status).toBe(404);
    expect((await api(github, "GET", `/repos/${REPO}/environments/production/secrets`)).body).toMatchObject({
      total_count: 1,
      secrets: [{ name: "DEPLOY_KEY", updated_at: "2025-09-01T00:00:00Z" }],
    });
    expect((await api(github, "GET", "/orgs/juniper/actions/secrets")).body).toEqual({
      total_count: 1,
      secrets: [
        {
          name: "SOPS_AGE_KEY",
          created_at: "2024-01-01T00:00:00Z",
          updated_at: "2024-12-01T00:00:00Z",
          visibility: "selected",
          selected_repositories_url: `${github.url}/orgs/juniper/actions/secrets/SOPS_AGE_KEY/repositories`,
        },
      ],
    });
  });
});

test("requests are counted per repository and operation", () => {
  expect(github.requestCount(REPO)).toBeGreaterThan(github.requestCount(REPO, "repos/create-dispatch-event"));
  expect(github.requestCount("juniper/nobody")).toBe(0);
  expect(github.requestCount(undefined, "actions/list-org-secrets")).toBe(1);
});
