/**
 * Pre-flight validation: everything GitHub would refuse (or that cannot work) is found before the first
 * request, and each error names the input, the limit and the fix.
 */
import { ConfigurationError, describeUnknown } from "../errors.js";
import { CROSS_REPO_DISPATCH } from "../interfaces/cross-repo-dispatch.js";
import { inputName } from "../interfaces/spec.js";
import { CORRELATION_ID_LENGTH, CORRELATION_KEY } from "./correlation.js";

/** "input `name`", for messages; the compiler checks the name against the declared interface. */
type DispatchInput = keyof typeof CROSS_REPO_DISPATCH.inputs;

const named = (name: DispatchInput) => `input \`${inputName(CROSS_REPO_DISPATCH, name)}\``;

export const LIMITS = {
  /** `client_payload` top-level properties (the REST description's maxProperties). */
  clientPayloadKeys: 10,
  /** `client_payload` must serialize to fewer bytes than this (64 KB). */
  clientPayloadBytes: 65_536,
  eventTypeLength: 100,
  /** workflow_dispatch inputs since December 2025 (10 before, and on older GHES). */
  workflowInputs: 25,
  /** GitHub's secondary limit allows 100 concurrent requests; octokit keeps at most 10 in flight. */
  maxConcurrency: 10,
} as const;

export interface Repository {
  owner: string;
  repo: string;
  /** `owner/repo` as given. */
  fullName: string;
}

export type DispatchMode =
  | { kind: "repository_dispatch"; eventType: string; clientPayload: Record<string, unknown> }
  /** `ref` empty: the target's default branch. */
  | { kind: "workflow_dispatch"; workflow: string; ref: string; inputs: Record<string, string> };

export interface DispatchPlan {
  repositories: Repository[];
  mode: DispatchMode;
}

/** The inputs the plan is made from, as given (JSON still text). */
export interface PlanInputs {
  repositories: string[];
  eventType: string;
  workflow: string;
  ref: string;
  inputs: string;
  clientPayload: string;
  /** Waiting adds the correlation id to `client_payload`, which counts against its limits. */
  wait: boolean;
  maxConcurrency: number;
}

// GitHub's rules: owners are alphanumerics and single hyphens (39 at most), names [A-Za-z0-9._-]{1,100}.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

export function parseRepositories(items: readonly string[]): Repository[] {
  if (items.length === 0) {
    throw new ConfigurationError(`${named("repositories")} is required: list owner/repo names, one per line`);
  }
  const seen = new Map<string, string>();
  return items.map((item) => {
    const [owner = "", repo = "", ...rest] = item.split("/");
    if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") {
      throw new ConfigurationError(
        `${named("repositories")}: "${item.slice(0, 120)}" is not owner/repo: write each repository as owner/name, e.g. juniper/juniper-data`,
      );
    }
    const key = item.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `${named("repositories")} lists ${earlier} twice: remove one (names are not case-sensitive)`,
      );
    }
    seen.set(key, item);
    return { owner, repo, fullName: item };
  });
}

function parseObject(text: string, input: DispatchInput): Record<string, unknown> {
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, which may be a secret: keep only the position.
    const position = /at position (\d+)/.exec(describeUnknown(error))?.[1];
    const where = position === undefined ? "" : ` at character ${Number(position) + 1}`;
    throw new ConfigurationError(
      `${named(input)} is not valid JSON${where}: give a JSON object such as {"version": "1.2.3"}`,
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new ConfigurationError(
      `${named(input)} must be a JSON object such as {"version": "1.2.3"}, not ${kind}`,
    );
  }
  return value as Record<string, unknown>;
}

const WRAP_HINT =
  'wrap your payload in one top-level key, e.g. {"data": {...}}, and read it as client_payload.data';

export function validateClientPayload(payload: Record<string, unknown>, wait: boolean): void {
  const keys = Object.keys(payload).length;
  const sent = wait ? { ...payload, [CORRELATION_KEY]: "x".repeat(CORRELATION_ID_LENGTH) } : payload;
  if (wait && CORRELATION_KEY in payload) {
    throw new ConfigurationError(
      `${named("client-payload")} has a "${CORRELATION_KEY}" key, which the action sets itself when wait is true: rename yours`,
    );
  }
  if (Object.keys(sent).length > LIMITS.clientPayloadKeys) {
    const added = wait ? ` plus the "${CORRELATION_KEY}" the action adds because wait is true` : "";
    throw new ConfigurationError(
      `${named("client-payload")} has ${keys} top-level keys${added}; GitHub allows at most ${LIMITS.clientPayloadKeys}: ${WRAP_HINT}`,
    );
  }
  const bytes = new TextEncoder().encode(JSON.stringify(sent)).length;
  if (bytes >= LIMITS.clientPayloadBytes) {
    throw new ConfigurationError(
      `${named("client-payload")} is ${bytes} bytes as JSON; GitHub needs it under ${LIMITS.clientPayloadBytes} (64 KB): send a reference instead (a commit SHA, a release tag, an artifact name) and let the target fetch the data`,
    );
  }
}

export function validateEventType(eventType: string): void {
  // Characters as GitHub counts them: code points, not UTF-16 units.
  const length = Array.from(eventType).length;
  if (length > LIMITS.eventTypeLength) {
    throw new ConfigurationError(
      `${named("event-type")} is ${length} characters; GitHub allows at most ${LIMITS.eventTypeLength}: shorten it and put the details in client-payload`,
    );
  }
}

/** Workflow inputs travel as strings; numbers and booleans are converted, anything else refused. */
export function workflowInputs(values: Record<string, unknown>): Record<string, string> {
  const names = Object.keys(values);
  if (names.length > LIMITS.workflowInputs) {
    throw new ConfigurationError(
      `${named("inputs")} has ${names.length} keys; GitHub allows at most ${LIMITS.workflowInputs} workflow_dispatch inputs (10 on older GHES): combine some into one JSON string input and read it with fromJSON() in the target`,
    );
  }
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string") strings[name] = value;
    else if (typeof value === "number" || typeof value === "boolean") strings[name] = String(value);
    else {
      const kind = value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
      throw new ConfigurationError(
        `${named("inputs")}: "${name}" is ${kind}, but workflow inputs are strings: ${
          value === null
            ? 'give "" for an empty value'
            : "pass it as a JSON string and read it with fromJSON() in the target"
        }`,
      );
    }
  }
  return strings;
}

/** A workflow file name (`ci.yml`; a `.github/workflows/` prefix is dropped) or a numeric id. */
export function workflowId(text: string): string {
  const name = text.replace(/^\.?\/?\.github\/workflows\//, "");
  if (/^\d+$/.test(name) || /^[^/\\\s]+\.ya?ml$/.test(name)) return name;
  throw new ConfigurationError(
    `${named("workflow")} must be a workflow file name such as ci.yml (or its numeric id), not "${text.slice(0, 80)}"`,
  );
}

export function planDispatch(inputs: PlanInputs): DispatchPlan {
  const repositories = parseRepositories(inputs.repositories);
  if (inputs.maxConcurrency < 1 || inputs.maxConcurrency > LIMITS.maxConcurrency) {
    throw new ConfigurationError(
      `${named("max-concurrency")} must be between 1 and ${LIMITS.maxConcurrency}, not ${inputs.maxConcurrency}`,
    );
  }
  const hasEvent = inputs.eventType !== "";
  const hasWorkflow = inputs.workflow !== "";
  if (hasEvent === hasWorkflow) {
    throw new ConfigurationError(
      hasEvent
        ? `set either \`${inputName(CROSS_REPO_DISPATCH, "event-type")}\` (repository_dispatch) or \`${inputName(CROSS_REPO_DISPATCH, "workflow")}\` (workflow_dispatch), not both`
        : `set \`${inputName(CROSS_REPO_DISPATCH, "event-type")}\` (to send a repository_dispatch) or \`${inputName(CROSS_REPO_DISPATCH, "workflow")}\` (to run a workflow_dispatch workflow)`,
    );
  }
  if (hasEvent) {
    for (const [input, given] of [
      ["inputs", inputs.inputs],
      ["ref", inputs.ref],
    ] as const) {
      if (given !== "") {
        throw new ConfigurationError(
          input === "ref"
            ? `${named("ref")} applies to \`${inputName(CROSS_REPO_DISPATCH, "workflow")}\` only: a repository_dispatch always runs the target's default branch`
            : `${named("inputs")} applies to \`${inputName(CROSS_REPO_DISPATCH, "workflow")}\` only: with \`${inputName(CROSS_REPO_DISPATCH, "event-type")}\`, put the values in client-payload`,
        );
      }
    }
    validateEventType(inputs.eventType);
    const clientPayload = parseObject(inputs.clientPayload, "client-payload");
    validateClientPayload(clientPayload, inputs.wait);
    return {
      repositories,
      mode: { kind: "repository_dispatch", eventType: inputs.eventType, clientPayload },
    };
  }
  if (inputs.clientPayload !== "") {
    throw new ConfigurationError(
      `${named("client-payload")} applies to \`${inputName(CROSS_REPO_DISPATCH, "event-type")}\` only: with \`${inputName(CROSS_REPO_DISPATCH, "workflow")}\`, pass values as \`${inputName(CROSS_REPO_DISPATCH, "inputs")}\``,
    );
  }
  if (/\s/.test(inputs.ref)) {
    throw new ConfigurationError(
      `${named("ref")} must be a branch or tag name, not "${inputs.ref.slice(0, 80)}"`,
    );
  }
  return {
    repositories,
    mode: {
      kind: "workflow_dispatch",
      workflow: workflowId(inputs.workflow),
      ref: inputs.ref,
      inputs: workflowInputs(parseObject(inputs.inputs, "inputs")),
    },
  };
}
