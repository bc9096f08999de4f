/**
 * A typed model of a workflow (or a composite action) over its YAML nodes: triggers, permissions, jobs
 * and steps, each with its line, and what every job can reach: how privileged its trigger is, the scope
 * of its GITHUB_TOKEN and the stored secrets it reads. The audits grade their findings by these.
 */
import { Node, type Entry } from "./document.js";
import { expressionsIn, storedSecrets } from "./expressions.js";

/** `owner/repo[/path]@ref`, `./local`, or `docker://image`. */
export interface Uses {
  text: string;
  line: number;
  kind: "local" | "docker" | "remote";
  /** Lower-cased `owner/repo` of a remote action or workflow. */
  repository: string;
  /** Lower-cased path inside the repository (`.github/workflows/x.yml`, `sub/action`), or "". */
  path: string;
  ref: string;
}

export interface Step {
  node: Node;
  line: number;
  uses?: Uses;
  with: Entry[];
  run?: Node;
  env: Entry[];
  if?: Node;
}

export interface Permissions {
  line: number;
  /** `write-all`, `read-all`, `{}` / a map. */
  kind: "write-all" | "read-all" | "map";
  /** Scopes granted `write`, each with its line. */
  writes: { scope: string; line: number }[];
  /** Scopes granted anything but `none` (0: `permissions: {}`, a token that can do nothing). */
  scopes: number;
}

export interface Job {
  id: string;
  line: number;
  node: Node;
  permissions?: Permissions;
  /** A call of a reusable workflow. */
  uses?: Uses;
  with: Entry[];
  secrets?: Entry;
  steps: Step[];
  env: Entry[];
  environment?: Node;
  if?: Node;
  reach: Reach;
}

/**
 * - `privileged`: runs in the base repository with its secrets and a token that can write, and an
 *   outsider can start it (`pull_request_target`, `workflow_run`, `issue_comment`, `issues`, ...);
 * - `pull-request`: runs a pull request's code, from a fork without secrets and with a read token;
 * - `trusted`: started by people with write access (push, schedule, dispatch, release, call).
 */
export type TriggerClass = "privileged" | "pull-request" | "trusted";

/** How far a job's GITHUB_TOKEN reaches: as declared, or the repository's default (read or write). */
export type TokenScope = "write" | "read" | "none" | "default" | "caller";

export interface Reach {
  trigger: TriggerClass;
  token: TokenScope;
  /** Stored secrets the job reads (names), `*` for `secrets: inherit` or all secrets at once. */
  secrets: ReadonlySet<string>;
  idToken: boolean;
}

export interface Trigger {
  name: string;
  line: number;
  node: Node | undefined;
}

export interface Workflow {
  file: string;
  kind: "workflow" | "composite";
  root: Node;
  triggers: Trigger[];
  permissions?: Permissions;
  env: Entry[];
  jobs: Job[];
}

/** Events an outsider can cause that run in the base repository, with its secrets. */
export const PRIVILEGED_TRIGGERS = new Set([
  "pull_request_target",
  "workflow_run",
  "issue_comment",
  "issues",
  "discussion",
  "discussion_comment",
  "fork",
  "watch",
]);
const PULL_REQUEST_TRIGGERS = new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);

export function classOf(triggers: readonly Trigger[]): TriggerClass {
  if (triggers.some((trigger) => PRIVILEGED_TRIGGERS.has(trigger.name))) return "privileged";
  if (triggers.some((trigger) => PULL_REQUEST_TRIGGERS.has(trigger.name))) return "pull-request";
  return "trusted";
}

export function parseUses(node: Node | undefined): Uses | undefined {
  const text = node?.string?.trim();
  if (!node || !text) return undefined;
  const line = node.line;
  if (text.startsWith("./") || text.startsWith(".\\"))
    return { text, line, kind: "local", repository: "", path: text, ref: "" };
  if (text.startsWith("docker://"))
    return { text, line, kind: "docker", repository: "", path: text, ref: "" };
  const at = text.lastIndexOf("@");
  const target = at < 0 ? text : text.slice(0, at);
  const [owner = "", repo = "", ...rest] = target.split("/");
  return {
    text,
    line,
    kind: "remote",
    repository: `${owner}/${repo}`.toLowerCase(),
    path: rest.join("/").toLowerCase(),
    ref: at < 0 ? "" : text.slice(at + 1),
  };
}

function parsePermissions(entry: Entry | undefined): Permissions | undefined {
  if (!entry) return undefined;
  const value = entry.value?.string;
  if (value === "write-all") return { line: entry.keyLine, kind: "write-all", writes: [], scopes: 1 };
  if (value === "read-all") return { line: entry.keyLine, kind: "read-all", writes: [], scopes: 1 };
  const scopes = (entry.value?.entries() ?? []).filter((scope) => scope.value?.string !== "none");
  const writes = scopes
    .filter((scope) => scope.value?.string === "write")
    .map((scope) => ({ scope: scope.key, line: scope.keyLine }));
  return { line: entry.keyLine, kind: "map", writes, scopes: scopes.length };
}

function parseStep(node: Node): Step {
  const uses = parseUses(node.get("uses"));
  const run = node.get("run");
  const condition = node.get("if");
  return {
    node,
    line: node.line,
    ...(uses ? { uses } : {}),
    with: node.get("with")?.entries() ?? [],
    ...(run ? { run } : {}),
    env: node.get("env")?.entries() ?? [],
    ...(condition ? { if: condition } : {}),
  };
}

function parseTriggers(root: Node): { triggers: Trigger[] } {
  const on = root.entry("on") ?? root.entry("true");
  if (!on?.value) return { triggers: [] };
  const name = on.value.string;
  if (name !== undefined) return { triggers: [{ name, line: on.value.line, node: undefined }] };
  if (on.value.isSeq)
    return {
      triggers: on.value.items().flatMap((item) => {
        const event = item.string;
        return event ? [{ name: event, line: item.line, node: undefined }] : [];
      }),
    };
  return {
    triggers: on.value
      .entries()
      .map((event) => ({ name: event.key, line: event.keyLine, node: event.value })),
  };
}

/** Stored secrets read anywhere under a node. */
function secretsUnder(node: Node | undefined): string[] {
  return node ? expressionsUnder(node).flatMap((expression) => storedSecrets(expression.body)) : [];
}

function tokenScope(permissions: Permissions | undefined, callOnly: boolean): TokenScope {
  if (!permissions) return callOnly ? "caller" : "default";
  if (permissions.kind === "write-all") return "write";
  if (permissions.kind === "read-all") return "read";
  if (permissions.writes.length > 0) return "write";
  return permissions.scopes > 0 ? "read" : "none";
}

function grantsIdToken(permissions: Entry | undefined): boolean {
  const value = permissions?.value;
  return value?.string === "write-all" || value?.get("id-token")?.string === "write";
}

/** The model of a workflow file, or of a composite action (one job of its steps, no trigger). */
export function buildWorkflow(file: string, root: Node, kind: Workflow["kind"]): Workflow {
  if (kind === "composite") {
    const steps = (root.get("runs")?.get("steps")?.items() ?? []).map(parseStep);
    const reach: Reach = { trigger: "trusted", token: "caller", secrets: new Set(), idToken: false };
    const job: Job = { id: "(composite action)", line: 1, node: root, with: [], steps, env: [], reach };
    return { file, kind, root, triggers: [], env: [], jobs: [job] };
  }
  const { triggers } = parseTriggers(root);
  const trigger = classOf(triggers);
  const callOnly = triggers.length > 0 && triggers.every((event) => event.name === "workflow_call");
  const workflowPermissions = root.entry("permissions");
  const permissions = parsePermissions(workflowPermissions);
  const env = root.get("env")?.entries() ?? [];
  const workflowSecrets = secretsUnder(root.get("env"));
  const jobs = (root.get("jobs")?.entries() ?? []).flatMap((entry): Job[] => {
    const node = entry.value;
    if (!node?.isMap) return [];
    const jobPermissions = node.entry("permissions");
    const own = parsePermissions(jobPermissions);
    const uses = parseUses(node.get("uses"));
    const secrets = node.entry("secrets");
    const read = new Set([...workflowSecrets, ...secretsUnder(node)]);
    if (secrets?.value?.string === "inherit") read.add("*");
    const environment = node.get("environment");
    const condition = node.get("if");
    return [
      {
        id: entry.key,
        line: entry.keyLine,
        node,
        ...(own ? { permissions: own } : {}),
        ...(uses ? { uses } : {}),
        with: node.get("with")?.entries() ?? [],
        ...(secrets ? { secrets } : {}),
        steps: (node.get("steps")?.items() ?? []).map(parseStep),
        env: node.get("env")?.entries() ?? [],
        ...(environment ? { environment } : {}),
        ...(condition ? { if: condition } : {}),
        reach: {
          trigger,
          token: tokenScope(own ?? permissions, callOnly),
          secrets: read,
          idToken: grantsIdToken(jobPermissions ?? workflowPermissions),
        },
      },
    ];
  });
  return { file, kind, root, triggers, ...(permissions ? { permissions } : {}), env, jobs };
}

/** The token can write: declared so, or the repository default (write in older repositories). */
export function canWrite(reach: Reach): boolean {
  return reach.token === "write" || (reach.token === "default" && reach.trigger !== "pull-request");
}

/** The job holds something worth stealing: a stored secret or a token that can write. */
export function holdsCredentials(reach: Reach): boolean {
  return reach.secrets.size > 0 || canWrite(reach);
}

/** Every environment a step sees: the workflow's, the job's, the step's (later ones win). */
export function stepEnv(workflow: Workflow, job: Job, step: Step): Entry[] {
  const byName = new Map<string, Entry>();
  for (const entry of [...workflow.env, ...job.env, ...step.env]) byName.set(entry.key, entry);
  return [...byName.values()];
}

/** GitHub's own actions and those of its organisations. */
export function isFirstParty(uses: Uses): boolean {
  const owner = uses.repository.split("/")[0] ?? "";
  return owner === "actions" || owner === "github";
}

/** A full commit SHA: the only ref nobody can move. */
export function isPinned(uses: Uses): boolean {
  if (uses.kind === "local") return true;
  if (uses.kind === "docker") return /@sha256:[0-9a-f]{64}$/i.test(uses.text);
  return /^[0-9a-f]{40}$/i.test(uses.ref);
}

/** `actions/checkout` (any version or fork-free path). */
export function isCheckout(step: Step): boolean {
  return step.uses?.kind === "remote" && step.uses.repository === "actions/checkout";
}

/**
 * A `with:` input by name, without regard to case, as the runner matches them (`INPUT_<NAME>`). With
 * `underscores`, `_` and `-` are one (actions that renamed `user_name` to `user-name` read both).
 */
export function input(
  step: Pick<Step, "with">,
  name: string,
  { underscores = false }: { underscores?: boolean } = {},
): Entry | undefined {
  const fold = (key: string) => (underscores ? key.toLowerCase().replace(/_/g, "-") : key.toLowerCase());
  const wanted = fold(name);
  return step.with.find((entry) => fold(entry.key) === wanted);
}

export interface LocatedExpression {
  body: string;
  text: string;
  line: number;
}

/** Several audits read the expressions of the same nodes: each node is read once. */
const locatedExpressions = new WeakMap<Node, LocatedExpression[]>();

/** Every expression under a node, each with the line it is written on. */
export function expressionsUnder(node: Node): LocatedExpression[] {
  const known = locatedExpressions.get(node);
  if (known) return known;
  const found = node.scalars().flatMap((scalar) => {
    const text = scalar.string ?? "";
    if (!text.includes("${{")) return [];
    let from = 0;
    return expressionsIn(text).map((expression) => {
      const located = scalar.lineOfText(expression.text, from);
      from = located.next;
      return { body: expression.body, text: expression.text, line: located.line };
    });
  });
  locatedExpressions.set(node, found);
  return found;
}
