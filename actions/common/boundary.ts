/**
 * The one error boundary of every action: user mistakes and engine errors become a single
 * `<action> failed: ...` error line; anything unexpected is reported the same way, without a stack.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/errors.js";
import { SopsError } from "../lib/sops/errors.js";
import { describeUnknown } from "../lib/errors.js";

/** The step did its work and its outcome is a failure (e.g. a run it started failed): one line, no stack. */
export class StepFailure extends Error {
  override readonly name = "StepFailure";
}

export async function runAction(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const known =
      error instanceof ConfigurationError || error instanceof SopsError || error instanceof StepFailure;
    const message = known ? error.message : `unexpected error: ${describeUnknown(error)}`;
    core.setFailed(`${action} failed: ${message.replace(/\s*\n\s*/g, " ")}`);
  }
}
