// A local fake of GitHub's REST API for tests, benchmarks and the demo: Node `http` on 127.0.0.1 (random
// port), in-memory repositories, workflows, runs that move through statuses on a schedule (a step per
// answer that shows the run, never on the wall clock), issues, labels and Actions secrets metadata.
// Every request is checked against GitHub's OpenAPI description first and refused with 422 the way
// GitHub refuses it. Switches inject 5xx bursts, rate limits, 401/403/404 and latency; `ghes: true`
// validates against GHES 3.19, which has no `return_run_details`.
import sodium from "libsodium-wrappers";
import { randomUUID } from "node:crypto";
import http from "node:http";
import {
  documentationUrl,
  loadDescription,
  matchRoute,
  requestProblems,
  responseProblem,
} from "./openapi.mjs";
import {
  commentJson,
  iso,
  issueJson,
  labelJson,
  orgSecretJson,
  repositoryJson,
  runJson,
  runUrls,
  scheduleStep,
  secretJson,
  stepState,
  workflowJson,
} from "./resources.mjs";

/** Queued in the first answer that shows the run, in progress in the second, a success from the third on. */
export const DEFAULT_SCHEDULE = [
  { status: "queued" },
  { status: "in_progress" },
  { status: "completed", conclusion: "success" },
];

const SECONDARY_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
  "If you reach out to GitHub Support for help, please include the request ID";

const FAULTS = {
  "server-error": { status: 502, message: "Server Error" },
  "secondary-rate-limit": { status: 403, message: SECONDARY_MESSAGE },
  unauthorized: { status: 401, message: "Bad credentials" },
  forbidden: { status: 403, message: "Resource not accessible by integration" },
  "not-found": { status: 404, message: "Not Found" },
};

class HttpError extends Error {
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

const lower = (text) => String(text).toLowerCase();

/**
 * A workflow's run schedule, refused when it would not mean what it says: steps last a number of
 * answers (`polls`), never a time (`atMs`), so that no test outcome depends on how fast the machine is.
 */
function checkedSchedule(schedule, file) {
  const problem = (text) => new Error(`fake GitHub: the schedule of ${file}: ${text}`);
  if (!Array.isArray(schedule) || schedule.length === 0) throw problem("give at least one step");
  for (const step of schedule) {
    if ("atMs" in step) throw problem("steps last `polls` answers, not `atMs`");
    if (step.polls !== undefined && !(Number.isInteger(step.polls) && step.polls >= 1))
      throw problem(`polls must be a whole number of at least 1, not ${step.polls}`);
  }
  return schedule;
}

/** A `run-name:` template evaluated for one event: `${{ a.b.c }}` and `${{ a || 'text' }}`. */
function renderRunName(template, context) {
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_match, expression) => {
    for (const alternative of expression.split("||").map((part) => part.trim())) {
      const literal = /^'(.*)'$/.exec(alternative);
      if (literal) return literal[1];
      const value = alternative.split(".").reduce((parent, key) => parent?.[key], context);
      if (value !== undefined && value !== null && value !== "") return String(value);
    }
    return "";
  });
}

/** `created` filters: `>=DATE`, `<=DATE`, `>DATE`, `<DATE`, `DATE..DATE` or a bare date (that day). */
function createdFilter(text) {
  if (!text) return () => true;
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range) return (ms) => ms >= Date.parse(range[1]) && ms <= Date.parse(range[2]);
  const compare = /^(>=|<=|>|<)(.+)$/.exec(text);
  if (compare) {
    const bound = Date.parse(compare[2]);
    const tests = {
      ">=": (ms) => ms >= bound,
      "<=": (ms) => ms <= bound,
      ">": (ms) => ms > bound,
      "<": (ms) => ms < bound,
    };
    return tests[compare[1]];
  }
  const day = Date.parse(text);
  return (ms) => ms >= day && ms < day + 86_400_000;
}

export async function startFakeGitHub(options = {}) {
  await sodium.ready;
  const actionsKeyPair = () => {
    const pair = sodium.crypto_box_keypair();
    return { publicKey: pair.publicKey, privateKey: pair.privateKey };
  };
  // The server's time, for timestamps and rate-limit windows: the injected clock (default: real time)
  // plus what a test skipped with advance(). Runs do not look at it: they move on with each answer.
  let skippedMs = 0;
  const now = options.clock ?? Date.now;
  const clock = () => now() + skippedMs;
  const description = loadDescription(options.ghes ? "ghes" : "github");
  let nextId = 4_200_000_001;
  const newId = () => nextId++;
  const repos = new Map();
  const orgSecrets = new Map();
  const faults = [];
  const requests = [];
  const responseProblems = [];
  const unimplemented = [];
  const tokens = options.token === undefined ? undefined : [options.token].flat();
  let latencyMs = options.latencyMs ?? 0;
  const rate = {
    limit: options.rateLimit?.limit ?? 5000,
    remaining: options.rateLimit?.remaining ?? options.rateLimit?.limit ?? 5000,
    reset: Math.floor(clock() / 1000) + (options.rateLimit?.resetSeconds ?? 3600),
  };

  const server = {
    apiUrl: "",
    htmlUrl: options.htmlUrl ?? "https://github.com",
  };

  function addRepository(definition) {
    const [ownerName, name] = definition.fullName.split("/");
    const defaultBranch = definition.defaultBranch ?? "main";
    const repo = {
      id: newId(),
      owner: ownerName,
      name,
      fullName: definition.fullName,
      defaultBranch,
      branches: definition.branches ?? [defaultBranch],
      private: definition.private ?? true,
      workflows: [],
      runs: [],
      issues: [],
      labels: [],
      secrets: (definition.secrets ?? []).map((secret) => ({ ...secret })),
      actionsKey: { id: String(newId()), ...actionsKeyPair() },
      dependabotSecrets: (definition.dependabotSecrets ?? []).map((secret) => ({ ...secret })),
      environments: new Map(
        Object.entries(definition.environments ?? {}).map(([environment, secrets]) => [
          environment,
          secrets.map((secret) => ({ ...secret })),
        ]),
      ),
    };
    for (const workflow of definition.workflows ?? []) {
      const file = workflow.file;
      if ("appearAfterMs" in workflow)
        throw new Error(`fake GitHub: ${file}: appearAfterMs is gone; hiddenFromLists counts run lists`);
      repo.workflows.push({
        id: workflow.id ?? newId(),
        file,
        path: `.github/workflows/${file}`,
        name: workflow.name ?? file.replace(/\.ya?ml$/, ""),
        on: new Set(workflow.on ?? ["workflow_dispatch", "repository_dispatch"]),
        types: workflow.types,
        inputs: workflow.inputs,
        requiredInputs: workflow.requiredInputs ?? [],
        runName: workflow.runName,
        schedule: checkedSchedule(workflow.schedule ?? DEFAULT_SCHEDULE, file),
        hiddenFromLists: workflow.hiddenFromLists ?? 0,
        state: workflow.state ?? "active",
        runNumber: 0,
      });
    }
    for (const label of definition.labels ?? []) repo.labels.push({ id: newId(), ...label });
    for (const issue of definition.issues ?? []) createIssue(repo, issue);
    repos.set(lower(definition.fullName), repo);
    return repo;
  }

  function labelNamed(repo, name, create) {
    let label = repo.labels.find((candidate) => lower(candidate.name) === lower(name));
    if (!label && create) {
      label = { id: newId(), name, color: "ededed", description: null };
      repo.labels.push(label);
    }
    return label;
  }

  function createIssue(repo, fields) {
    const now = clock();
    const issue = {
      id: newId(),
      number: repo.issues.length + 1,
      title: fields.title,
      body: fields.body ?? null,
      state: fields.state ?? "open",
      stateReason: null,
      labels: (fields.labels ?? []).map((label) =>
        labelNamed(repo, typeof label === "string" ? label : label.name, true),
      ),
      assignees: [...(fields.assignees ?? [])],
      comments: [],
      createdAt: fields.createdAt ?? now,
      updatedAt: fields.createdAt ?? now,
      closedAt: fields.state === "closed" ? now : null,
    };
    repo.issues.push(issue);
    return issue;
  }

  function createRun(repo, workflow, event, headBranch, context) {
    workflow.runNumber += 1;
    const createdAt = clock();
    const run = {
      id: newId(),
      workflow,
      event,
      headBranch,
      runNumber: workflow.runNumber,
      createdAt,
      schedule: workflow.schedule,
      // How many answers have shown the run, the step the last one showed and when that step began.
      answers: 0,
      step: workflow.schedule[0],
      updatedAt: createdAt,
      hiddenFromLists: workflow.hiddenFromLists,
      displayTitle: workflow.runName
        ? renderRunName(workflow.runName, {
            ...context,
            github: { ...context.github, workflow: workflow.name },
          })
        : workflow.name,
      inputs: context.inputs,
      clientPayload: context.github.event.client_payload,
    };
    repo.runs.push(run);
    return run;
  }

  function findWorkflow(repo, id) {
    const workflow = repo.workflows.find((candidate) =>
      /^\d+$/.test(id) ? candidate.id === Number(id) : candidate.file === id,
    );
    if (!workflow) throw new HttpError(404, "Not Found");
    return workflow;
  }

  /** One page of `items` and its `Link` header, as GitHub paginates (per_page at most 100). */
  function paginate(request, items) {
    const perPage = Math.min(100, Math.max(1, Number(request.query.get("per_page") ?? 30)));
    const page = Math.max(1, Number(request.query.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (target) => {
      const query = new URLSearchParams(request.query);
      query.set("per_page", String(perPage));
      query.set("page", String(target));
      return `<${server.apiUrl}${request.pathname}?${query}>`;
    };
    const relations = [];
    if (page < last) relations.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) relations.push(`${link(1)}; rel="first"`, `${link(Math.min(page - 1, last))}; rel="prev"`);
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: relations.length > 0 ? { link: relations.join(", ") } : {},
    };
  }

  const json = (status, body, headers = {}) => ({ status, body, headers });

  /** The run as an answer shows it: its next step, and one step further along for the next answer. */
  function showRun(repo, run) {
    const step = scheduleStep(run.schedule, run.answers);
    run.answers += 1;
    if (step !== run.step) {
      run.step = step;
      run.updatedAt = clock();
    }
    return runJson(description, server, repo, run, { ...stepState(step), updatedAt: run.updatedAt });
  }

  /** The runs a list would show; a run still hidden from lists is left out, and one list closer to showing. */
  function visibleRuns(repo, request, workflow) {
    const query = request.query;
    const created = createdFilter(query.get("created"));
    const wanted = query.get("status");
    return repo.runs
      .filter((run) => !workflow || run.workflow === workflow)
      .filter((run) => !query.get("event") || run.event === query.get("event"))
      .filter((run) => !query.get("branch") || run.headBranch === query.get("branch"))
      .filter((run) => created(run.createdAt))
      .filter((run) => {
        if (run.hiddenFromLists <= 0) return true;
        run.hiddenFromLists -= 1;
        return false;
      })
      .filter((run) => {
        if (!wanted) return true;
        const state = stepState(scheduleStep(run.schedule, run.answers));
        return state.status === wanted || state.conclusion === wanted;
      })
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  }

  function runList(request, repo, workflow) {
    const runs = visibleRuns(repo, request, workflow);
    const { items, headers } = paginate(request, runs);
    return json(
      200,
      { total_count: runs.length, workflow_runs: items.map((run) => showRun(repo, run)) },
      headers,
    );
  }

  function issueFor(repo, number) {
    const issue = repo.issues.find((candidate) => candidate.number === Number(number));
    if (!issue) throw new HttpError(404, "Not Found");
    return issue;
  }

  function secretsList(request, secrets, toJson) {
    const { items, headers } = paginate(request, secrets);
    return json(200, { total_count: secrets.length, secrets: items.map(toJson) }, headers);
  }

  function namedSecret(secrets, name) {
    const secret = secrets.find((candidate) => candidate.name === name.toUpperCase());
    if (!secret) throw new HttpError(404, "Not Found");
    return secret;
  }

  function environmentSecrets(repo, name) {
    const secrets = repo.environments.get(name);
    if (!secrets) throw new HttpError(404, "Not Found");
    return secrets;
  }

  /** Handlers by operationId; `repo` is resolved (or 404) whenever the route has {owner}/{repo}. */
  const handlers = {
    "repos/get": ({ repo }) => json(200, repositoryJson(description, server, repo)),

    // An installation token sees every repository of the fake (one installation covers them all).
    "apps/list-repos-accessible-to-installation": (request) => {
      const all = [...repos.values()];
      const { items, headers } = paginate(request, all);
      return json(
        200,
        {
          total_count: all.length,
          repository_selection: "all",
          repositories: items.map((repo) => repositoryJson(description, server, repo)),
        },
        headers,
      );
    },

    "repos/create-dispatch-event": ({ repo, body }) => {
      if (Buffer.byteLength(JSON.stringify(body.client_payload ?? {})) >= 65_536) {
        throw new HttpError(422, "Invalid request.\n\nclient_payload is too large.", {
          errors: [{ resource: "Request", code: "invalid", message: "client_payload is too large." }],
        });
      }
      const context = {
        github: {
          event_name: "repository_dispatch",
          event: { action: body.event_type, client_payload: body.client_payload ?? {} },
        },
        inputs: {},
      };
      for (const workflow of repo.workflows) {
        if (workflow.state !== "active" || !workflow.on.has("repository_dispatch")) continue;
        if (workflow.types && !workflow.types.includes(body.event_type)) continue;
        createRun(repo, workflow, "repository_dispatch", repo.defaultBranch, context);
      }
      return json(204);
    },

    "actions/create-workflow-dispatch": ({ repo, params, body }) => {
      const workflow = findWorkflow(repo, params.workflow_id);
      if (!workflow.on.has("workflow_dispatch")) {
        throw new HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
      }
      if (workflow.state !== "active")
        throw new HttpError(422, "Cannot trigger a 'workflow_dispatch' on a disabled workflow");
      const branch = body.ref.replace(/^refs\/(heads|tags)\//, "");
      if (!repo.branches.includes(branch)) throw new HttpError(422, `No ref found for: ${body.ref}`);
      const inputs = body.inputs ?? {};
      if (workflow.inputs) {
        const unexpected = Object.keys(inputs).filter((name) => !workflow.inputs.includes(name));
        if (unexpected.length > 0) {
          throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
        }
      }
      const missing = workflow.requiredInputs.find((name) => !(name in inputs));
      if (missing) throw new HttpError(422, `Required input '${missing}' not provided`);
      const run = createRun(repo, workflow, "workflow_dispatch", branch, {
        github: { event_name: "workflow_dispatch", event: { inputs } },
        inputs,
      });
      if (body.return_run_details !== true) return json(204);
      const urls = runUrls(server, repo, run.id);
      return json(200, { workflow_run_id: run.id, run_url: urls.url, html_url: urls.html_url });
    },

    "actions/list-repo-workflows": (request) => {
      const { items, headers } = paginate(request, request.repo.workflows);
      return json(
        200,
        {
          total_count: request.repo.workflows.length,
          workflows: items.map((workflow) => workflowJson(description, server, request.repo, workflow)),
        },
        headers,
      );
    },
    "actions/get-workflow": ({ repo, params }) =>
      json(200, workflowJson(description, server, repo, findWorkflow(repo, params.workflow_id))),
    "actions/list-workflow-runs-for-repo": (request) => runList(request, request.repo),
    "actions/list-workflow-runs": (request) =>
      runList(request, request.repo, findWorkflow(request.repo, request.params.workflow_id)),
    "actions/get-workflow-run": ({ repo, params }) => {
      const run = repo.runs.find((candidate) => candidate.id === Number(params.run_id));
      if (!run) throw new HttpError(404, "Not Found");
      return json(200, showRun(repo, run));
    },

    "issues/list-for-repo": (request) => {
      const state = request.query.get("state") ?? "open";
      const labels = (request.query.get("labels") ?? "").split(",").filter(Boolean).map(lower);
      const issues = request.repo.issues
        .filter((issue) => state === "all" || issue.state === state)
        .filter((issue) => labels.every((name) => issue.labels.some((label) => lower(label.name) === name)))
        .sort((a, b) => b.createdAt - a.createdAt || b.number - a.number);
      const { items, headers } = paginate(request, issues);
      return json(
        200,
        items.map((issue) => issueJson(description, server, request.repo, issue)),
        headers,
      );
    },
    "issues/create": ({ repo, body }) =>
      json(201, issueJson(description, server, repo, createIssue(repo, body))),
    "issues/get": ({ repo, params }) =>
      json(200, issueJson(description, server, repo, issueFor(repo, params.issue_number))),
    "issues/update": ({ repo, params, body }) => {
      const issue = issueFor(repo, params.issue_number);
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      if (body.labels !== undefined) {
        issue.labels = body.labels.map((label) =>
          labelNamed(repo, typeof label === "string" ? label : label.name, true),
        );
      }
      if (body.state !== undefined && body.state !== issue.state) {
        issue.state = body.state;
        issue.closedAt = body.state === "closed" ? clock() : null;
        issue.stateReason = body.state === "closed" ? (body.state_reason ?? "completed") : "reopened";
      }
      issue.updatedAt = clock();
      return json(200, issueJson(description, server, repo, issue));
    },
    "issues/create-comment": ({ repo, params, body }) => {
      const issue = issueFor(repo, params.issue_number);
      const comment = { id: newId(), body: body.body, createdAt: clock() };
      issue.comments.push(comment);
      issue.updatedAt = comment.createdAt;
      return json(201, commentJson(description, server, repo, issue, comment));
    },
    "issues/list-comments": (request) => {
      const issue = issueFor(request.repo, request.params.issue_number);
      const { items, headers } = paginate(request, issue.comments);
      return json(
        200,
        items.map((comment) => commentJson(description, server, request.repo, issue, comment)),
        headers,
      );
    },
    "issues/list-labels-for-repo": (request) => {
      const { items, headers } = paginate(request, request.repo.labels);
      return json(
        200,
        items.map((label) => labelJson(description, server, request.repo, label)),
        headers,
      );
    },
    "issues/create-label": ({ repo, body }) => {
      if (labelNamed(repo, body.name, false)) {
        throw new HttpError(422, "Validation Failed", {
          errors: [{ resource: "Label", code: "already_exists", field: "name" }],
        });
      }
      const label = {
        id: newId(),
        name: body.name,
        color: body.color ?? "ededed",
        description: body.description ?? null,
      };
      repo.labels.push(label);
      return json(201, labelJson(description, server, repo, label));
    },
    "issues/add-labels": ({ repo, params, body }) => {
      const issue = issueFor(repo, params.issue_number);
      const names = Array.isArray(body) ? body : (body.labels ?? []);
      for (const entry of names) {
        const label = labelNamed(repo, typeof entry === "string" ? entry : entry.name, true);
        if (!issue.labels.includes(label)) issue.labels.push(label);
      }
      return json(
        200,
        issue.labels.map((label) => labelJson(description, server, repo, label)),
      );
    },

    "actions/list-repo-secrets": (request) => secretsList(request, request.repo.secrets, secretJson),
    // Secrets are written sealed to the repository's public key (a libsodium sealed box), as GitHub
    // takes them; the test side can open them with sealedSecret().
    "actions/get-repo-public-key": ({ repo }) =>
      json(200, {
        key_id: repo.actionsKey.id,
        key: Buffer.from(repo.actionsKey.publicKey).toString("base64"),
      }),
    "actions/create-or-update-repo-secret": ({ repo, params, body }) => {
      if (body.key_id !== repo.actionsKey.id) throw new HttpError(422, "Bad key_id");
      const now = iso(clock());
      const existing = repo.secrets.find((secret) => secret.name === params.secret_name.toUpperCase());
      if (existing) {
        existing.updated_at = now;
        existing.encryptedValue = body.encrypted_value;
        return { status: 204, body: undefined, headers: {} };
      }
      repo.secrets.push({
        name: params.secret_name.toUpperCase(),
        created_at: now,
        updated_at: now,
        encryptedValue: body.encrypted_value,
      });
      return json(201, {});
    },
    "actions/get-repo-secret": ({ repo, params }) =>
      json(200, secretJson(namedSecret(repo.secrets, params.secret_name))),
    "actions/list-environment-secrets": (request) =>
      secretsList(request, environmentSecrets(request.repo, request.params.environment_name), secretJson),
    "actions/get-environment-secret": ({ repo, params }) =>
      json(
        200,
        secretJson(namedSecret(environmentSecrets(repo, params.environment_name), params.secret_name)),
      ),
    "repos/get-all-environments": (request) => {
      const names = [...request.repo.environments.keys()];
      const { items, headers } = paginate(request, names);
      return json(
        200,
        {
          total_count: names.length,
          environments: items.map((name, index) => ({
            id: index + 1,
            node_id: `EN_${index + 1}`,
            name,
            url: `${server.apiUrl}/repos/${request.repo.fullName}/environments/${encodeURIComponent(name)}`,
            html_url: `${server.htmlUrl}/${request.repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
            created_at: "2024-01-01T00:00:00Z",
            updated_at: "2024-01-01T00:00:00Z",
          })),
        },
        headers,
      );
    },
    // The organization's secrets this repository can use: visibility all, private (for a private
    // repository), or selected with this repository among the selected ones.
    "actions/list-repo-organization-secrets": (request) => {
      const { repo } = request;
      const shared = (orgSecrets.get(lower(repo.owner)) ?? []).filter(
        (secret) =>
          (secret.visibility ?? "private") === "all" ||
          ((secret.visibility ?? "private") === "private" && repo.private) ||
          (secret.visibility === "selected" &&
            (secret.selectedRepositories ?? []).some((name) => lower(name) === lower(repo.fullName))),
      );
      return secretsList(request, shared, secretJson);
    },
    "dependabot/list-repo-secrets": (request) =>
      secretsList(request, request.repo.dependabotSecrets, secretJson),
    "issues/get-label": ({ repo, params }) => {
      const label = repo.labels.find((candidate) => lower(candidate.name) === lower(params.name));
      if (!label) throw new HttpError(404, "Not Found");
      return json(200, labelJson(description, server, repo, label));
    },
    // GitHub's search refuses installation tokens for issues of private repositories; the fake
    // refuses every `ghs_` token, so that a test proves a caller never depends on search.
    "search/issues-and-pull-requests": (request) => {
      if (/^(token|bearer)\s+ghs_/i.test(request.headers.authorization ?? ""))
        throw new HttpError(403, "Resource not accessible by integration");
      return json(200, { total_count: 0, incomplete_results: false, items: [] });
    },
    "actions/list-org-secrets": (request) => {
      const org = request.params.org;
      const secrets = orgSecrets.get(lower(org));
      if (!secrets) throw new HttpError(404, "Not Found");
      return secretsList(request, secrets, (secret) => orgSecretJson(server, org, secret));
    },
    "actions/get-org-secret": ({ params }) => {
      const secrets = orgSecrets.get(lower(params.org));
      if (!secrets) throw new HttpError(404, "Not Found");
      return json(200, orgSecretJson(server, params.org, namedSecret(secrets, params.secret_name)));
    },
  };

  function takeFault(route, repository) {
    const index = faults.findIndex(
      (fault) =>
        (!fault.repository || lower(fault.repository) === lower(repository ?? "")) &&
        (!fault.operationId || fault.operationId === route.operationId),
    );
    if (index < 0) return undefined;
    const fault = faults[index];
    fault.times -= 1;
    if (fault.times <= 0) faults.splice(index, 1);
    return fault;
  }

  function rateHeaders() {
    const now = Math.floor(clock() / 1000);
    if (now >= rate.reset) {
      rate.remaining = rate.limit;
      rate.reset = now + 3600;
    }
    return {
      "x-ratelimit-limit": String(rate.limit),
      "x-ratelimit-remaining": String(rate.remaining),
      "x-ratelimit-reset": String(rate.reset),
      "x-ratelimit-used": String(rate.limit - rate.remaining),
      "x-ratelimit-resource": "core",
    };
  }

  async function handle(request) {
    const route = matchRoute(description, request.method, request.pathname);
    const repository =
      route?.params.owner && route.params.repo ? `${route.params.owner}/${route.params.repo}` : undefined;
    const record = {
      method: request.method,
      path: request.pathname,
      operationId: route?.operationId,
      repository,
      body: request.body,
    };
    requests.push(record);
    const docs = documentationUrl(route);
    const error = (status, message, { headers = {}, ...extra } = {}) => ({
      status,
      body: { message, documentation_url: docs, status: String(status), ...extra },
      headers,
      record,
    });
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));

    const authorization = request.headers.authorization ?? "";
    if (tokens && authorization === "") return error(401, "Requires authentication");
    if (tokens && !tokens.includes(authorization.replace(/^(token|bearer)\s+/i, ""))) {
      return error(401, "Bad credentials");
    }
    rateHeaders();
    if (rate.remaining <= 0) {
      return error(
        403,
        "API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID.",
      );
    }
    rate.remaining -= 1;
    if (!route) return error(404, "Not Found");

    const fault = takeFault(route, repository);
    if (fault) {
      const headers = fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
      return error(fault.status, fault.message, { headers });
    }
    if (request.invalidJson) return error(400, "Problems parsing JSON");
    const problems = requestProblems(description, route, {
      query: request.query,
      body: request.body,
      hasBody: request.hasBody,
    });
    if (problems.length > 0) {
      return error(422, `Invalid request.\n\n${problems.join("\n")}`, {
        errors: problems.map((message) => ({ resource: "Request", code: "invalid", message })),
      });
    }

    const handler = handlers[route.operationId];
    if (!handler) {
      unimplemented.push(`${route.operationId} (${request.method} ${route.template})`);
      return error(404, `Not Found (the fake GitHub does not implement ${route.operationId})`);
    }
    try {
      const repo = repository ? repos.get(lower(repository)) : undefined;
      if (repository && !repo) throw new HttpError(404, "Not Found");
      const response = await handler({ ...request, params: route.params, repo });
      if (options.checkResponses) {
        const problem = responseProblem(description, route, response.status, response.body);
        if (problem) responseProblems.push(`${route.operationId} ${response.status}: ${problem}`);
      }
      return { ...response, record };
    } catch (thrown) {
      if (!(thrown instanceof HttpError)) throw thrown;
      return error(thrown.status, thrown.message, thrown.extra);
    }
  }

  const httpServer = http.createServer((incoming, outgoing) => {
    const chunks = [];
    incoming.on("data", (chunk) => chunks.push(chunk));
    incoming.on("end", () => {
      const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
      const text = Buffer.concat(chunks).toString("utf8");
      let body;
      let invalidJson = false;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        invalidJson = true;
      }
      handle({
        method: incoming.method ?? "GET",
        pathname: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        body,
        hasBody: text !== "",
        invalidJson,
      }).then(
        (response) => {
          response.record.status = response.status;
          const headers = {
            ...rateHeaders(),
            "x-github-request-id": randomUUID().toUpperCase(),
            "x-github-media-type": "github.v3; format=json",
            ...(options.ghes ? { "x-github-enterprise-version": "3.19.0" } : {}),
            ...response.headers,
          };
          if (response.body === undefined) {
            outgoing.writeHead(response.status, headers).end();
            return;
          }
          outgoing
            .writeHead(response.status, { ...headers, "content-type": "application/json; charset=utf-8" })
            .end(JSON.stringify(response.body));
        },
        (failure) => {
          outgoing.writeHead(500, { "content-type": "application/json; charset=utf-8" });
          outgoing.end(JSON.stringify({ message: `fake GitHub crashed: ${String(failure)}` }));
        },
      );
    });
  });

  // Before listening: a definition the fake refuses leaves no server behind.
  for (const definition of options.repositories ?? []) addRepository(definition);
  await new Promise((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const address = httpServer.address();
  server.apiUrl = `http://127.0.0.1:${address.port}`;
  for (const [org, secrets] of Object.entries(options.orgSecrets ?? {})) {
    orgSecrets.set(
      lower(org),
      secrets.map((secret) => ({ ...secret })),
    );
  }

  return {
    get url() {
      return server.apiUrl;
    },
    htmlUrl: server.htmlUrl,
    requests,
    responseProblems,
    unimplemented,
    addRepository(definition) {
      addRepository(definition);
    },
    fault(kind, settings = {}) {
      const base = FAULTS[kind] ?? { status: settings.status ?? 500, message: "Server Error" };
      faults.push({
        kind,
        status: settings.status ?? base.status,
        message: settings.message ?? base.message,
        retryAfter: settings.retryAfter ?? (kind === "secondary-rate-limit" ? 1 : undefined),
        repository: settings.repository,
        operationId: settings.operationId,
        times: settings.times ?? 1,
      });
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    /** Move the server's clock forward (timestamps, rate-limit resets); runs move only when read. */
    advance(ms) {
      skippedMs += ms;
    },
    setRateLimit(settings) {
      rate.limit = settings.limit ?? rate.limit;
      rate.remaining = settings.remaining ?? rate.remaining;
      rate.reset = Math.floor(clock() / 1000) + (settings.resetSeconds ?? 3600);
    },
    requestCount(repository, operationId) {
      return requests.filter(
        (request) =>
          (!repository || lower(request.repository ?? "") === lower(repository)) &&
          (!operationId || request.operationId === operationId),
      ).length;
    },
    runs(repository) {
      const repo = repos.get(lower(repository));
      if (!repo) return [];
      // As the last answer showed them (the first step when none has yet); looking moves nothing.
      return repo.runs.map((run) => ({
        ...runJson(description, server, repo, run, { ...stepState(run.step), updatedAt: run.updatedAt }),
        inputs: run.inputs,
        client_payload: run.clientPayload,
      }));
    },
    issues(repository) {
      const repo = repos.get(lower(repository));
      return repo ? repo.issues.map((issue) => issueJson(description, server, repo, issue)) : [];
    },
    /** A repository secret as stored, opened with the repository's private key; undefined when absent. */
    sealedSecret(repository, name) {
      const repo = repos.get(lower(repository));
      const secret = repo?.secrets.find((candidate) => candidate.name === name);
      if (!repo || secret?.encryptedValue === undefined) return undefined;
      const { publicKey, privateKey } = repo.actionsKey;
      const opened = sodium.crypto_box_seal_open(
        Buffer.from(secret.encryptedValue, "base64"),
        publicKey,
        privateKey,
      );
      return Buffer.from(opened).toString("utf8");
    },
    close() {
      return new Promise((resolve, reject) => {
        httpServer.closeAllConnections();
        httpServer.close((failure) => (failure ? reject(failure) : resolve()));
      });
    },
  };
}
