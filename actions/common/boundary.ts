/**
 * The one error boundary of every action: user mistakes and engine errors become a single
 * `<action> failed: ...` error line; anything unexpected is reported the same way, without a stack.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/configuration-error.js";
import { SopsError, describeUnknown } from "../lib/sops/errors.js";

export async function runAction(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const known = error instanceof ConfigurationError || error instanceof SopsError;
    const message = known ? error.message : `unexpected error: ${describeUnknown(error)}`;
    core.setFailed(`${action} failed: ${message.replace(/\s*\n\s*/g, " ")}`);
  }
}
