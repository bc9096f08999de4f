/**
 * Correlation ids: repository_dispatch returns no run id (nor does workflow_dispatch on a GitHub without
 * `return_run_details`), so the action sends a unique id with the event and looks for the run whose
 * title carries it. The target makes its run title carry it with a `run-name:` line.
 */

/** The key the id travels under, in `client_payload` and in workflow inputs. */
export const CORRELATION_KEY = "correlation_id";

const PREFIX = "dispatch-";
const RANDOM_BYTES = 6;
export const CORRELATION_ID_LENGTH = PREFIX.length + RANDOM_BYTES * 2;

/** An id from random bytes (at least 6): `dispatch-` and 12 hex digits. */
export function correlationId(random: Uint8Array): string {
  if (random.length < RANDOM_BYTES) throw new Error(`correlationId needs ${RANDOM_BYTES} random bytes`);
  const hex = [...random.subarray(0, RANDOM_BYTES)].map((byte) => byte.toString(16).padStart(2, "0"));
  return `${PREFIX}${hex.join("")}`;
}

export interface RunTitle {
  id: number;
  name?: string | null;
  display_title?: string | null;
}

/**
 * The runs whose title (`run-name:`) or name carries the id, oldest first. Several workflows of the
 * target may listen to the same event; the action follows the first and says how many there were.
 */
export function correlatedRuns<T extends RunTitle>(runs: readonly T[], id: string): T[] {
  return runs
    .filter((run) => Boolean(run.display_title?.includes(id) || run.name?.includes(id)))
    .sort((a, b) => a.id - b.id);
}

/** The `run-name:` line a target workflow needs so that its runs can be found. */
export const RUN_NAME_HINT = {
  repository: 'run-name: "${{ github.event.action }} ${{ github.event.client_payload.correlation_id }}"',
  workflow:
    'an input `correlation_id` under on.workflow_dispatch.inputs and run-name: "${{ github.workflow }} ${{ inputs.correlation_id }}"',
} as const;
