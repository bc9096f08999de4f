// Response objects of the fake GitHub, built from the description's own examples so they carry every
// field real responses carry, with the fields clients read (ids, names, urls, statuses) filled in.
import { example } from "./openapi.mjs";

export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The step of `schedule` a run shows in its answer number `answer` (0-based): each step lasts `polls`
 * answers (default 1), the last one for ever.
 */
export function scheduleStep(schedule, answer) {
  let left = answer;
  for (const step of schedule.slice(0, -1)) {
    const polls = step.polls ?? 1;
    if (left < polls) return step;
    left -= polls;
  }
  return schedule.at(-1);
}

/** A step as the run's fields: a completed run carries its conclusion (default success). */
export function stepState(step) {
  return {
    status: step.status,
    conclusion: step.status === "completed" ? (step.conclusion ?? "success") : null,
  };
}

function owner(description, login) {
  const user = example(description, "full-repository").owner;
  return { ...user, login, id: 1, url: `${user.url.replace(/\/[^/]+$/, "")}/${login}` };
}

function minimalRepository(description, server, repo) {
  const full = example(description, "workflow-run").repository;
  return {
    ...full,
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: owner(description, repo.owner),
    private: repo.private,
    html_url: `${server.htmlUrl}/${repo.fullName}`,
    url: `${server.apiUrl}/repos/${repo.fullName}`,
  };
}

export function repositoryJson(description, server, repo) {
  const base = example(description, "full-repository");
  return {
    ...base,
    ...minimalRepository(description, server, repo),
    default_branch: repo.defaultBranch,
    // The example predates this required field.
    has_discussions: false,
    visibility: repo.private ? "private" : "public",
    organization: undefined,
    parent: undefined,
    source: undefined,
    template_repository: undefined,
  };
}

export function workflowJson(description, server, repo, workflow) {
  return {
    ...example(description, "workflow"),
    id: workflow.id,
    node_id: `W_${workflow.id}`,
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    url: `${server.apiUrl}/repos/${repo.fullName}/actions/workflows/${workflow.id}`,
    html_url: `${server.htmlUrl}/${repo.fullName}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${server.htmlUrl}/${repo.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

export function runUrls(server, repo, id) {
  return {
    url: `${server.apiUrl}/repos/${repo.fullName}/actions/runs/${id}`,
    html_url: `${server.htmlUrl}/${repo.fullName}/actions/runs/${id}`,
  };
}

/** A run as GitHub answers it; `state` is what it shows now: `{ status, conclusion, updatedAt }`. */
export function runJson(description, server, repo, run, state) {
  const base = example(description, "workflow-run");
  const { url, html_url } = runUrls(server, repo, run.id);
  const repository = minimalRepository(description, server, repo);
  return {
    ...base,
    id: run.id,
    node_id: `WFR_${run.id}`,
    check_suite_id: run.id + 1,
    check_suite_node_id: `CS_${run.id + 1}`,
    name: run.workflow.name,
    display_title: run.displayTitle,
    path: run.workflow.path,
    head_branch: run.headBranch,
    run_number: run.runNumber,
    run_attempt: 1,
    event: run.event,
    status: state.status,
    conclusion: state.conclusion,
    workflow_id: run.workflow.id,
    url,
    html_url,
    pull_requests: [],
    referenced_workflows: [],
    created_at: iso(run.createdAt),
    updated_at: iso(state.updatedAt),
    run_started_at: iso(run.createdAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${server.apiUrl}/repos/${repo.fullName}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${server.apiUrl}/repos/${repo.fullName}/actions/workflows/${run.workflow.id}`,
    repository,
    head_repository: repository,
  };
}

export function labelJson(description, server, repo, label) {
  return {
    ...example(description, "label"),
    id: label.id,
    node_id: `LA_${label.id}`,
    url: `${server.apiUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description ?? null,
    color: label.color,
    default: false,
  };
}

/** A user (`simple-user`) by login. */
export function userJson(description, server, login) {
  return {
    ...example(description, "simple-user"),
    login,
    html_url: `${server.htmlUrl}/${login}`,
    url: `${server.apiUrl}/users/${login}`,
  };
}

export function issueJson(description, server, repo, issue) {
  const base = example(description, "issue");
  const url = `${server.apiUrl}/repos/${repo.fullName}/issues/${issue.number}`;
  return {
    ...base,
    id: issue.id,
    node_id: `I_${issue.id}`,
    url,
    repository_url: `${server.apiUrl}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${server.htmlUrl}/${repo.fullName}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    labels: issue.labels.map((label) => labelJson(description, server, repo, label)),
    assignee: issue.assignees[0] === undefined ? null : userJson(description, server, issue.assignees[0]),
    assignees: issue.assignees.map((login) => userJson(description, server, login)),
    milestone: null,
    pinned_comment: null,
    comments: issue.comments.length,
    pull_request: undefined,
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
    closed_at: issue.closedAt === null ? null : iso(issue.closedAt),
    closed_by: null,
  };
}

export function commentJson(description, server, repo, issue, comment) {
  const base = example(description, "issue-comment");
  return {
    ...base,
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${server.apiUrl}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${server.htmlUrl}/${repo.fullName}/issues/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${server.apiUrl}/repos/${repo.fullName}/issues/${issue.number}`,
    body: comment.body,
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.createdAt),
  };
}

export function secretJson(secret) {
  return { name: secret.name, created_at: secret.created_at, updated_at: secret.updated_at };
}

export function orgSecretJson(server, org, secret) {
  return {
    ...secretJson(secret),
    visibility: secret.visibility ?? "private",
    ...(secret.visibility === "selected"
      ? {
          selected_repositories_url: `${server.apiUrl}/orgs/${org}/actions/secrets/${secret.name}/repositories`,
        }
      : {}),
  };
}
