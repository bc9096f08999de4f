/**
 * The post step: delete the plaintext file the main step wrote and the folders it created for it, if
 * they are still the ones it created.
 * A failure here is a warning, never a red job: the work of the job is done.
 */
import * as core from "@actions/core";
import { forAnnotation, forLogLine } from "../common/escape.js";
import { removeCreated } from "../common/safe-write.js";
import { describeUnknown } from "../lib/errors.js";
import { CLEANUP_STATE, type CleanupState } from "./state.js";

export function runPost(): void {
  const saved = core.getState(CLEANUP_STATE);
  if (saved === "") return;
  let state: CleanupState;
  try {
    state = JSON.parse(saved) as CleanupState;
  } catch {
    core.warning("decrypt-env cleanup: the saved state is unreadable; delete the plaintext files yourself");
    return;
  }
  const file = state.file.path;
  try {
    const { deleted, replaced } = removeCreated(state);
    if (deleted) core.info(forLogLine(`Deleted ${file}`));
    if (replaced) {
      core.warning(
        forAnnotation(
          `decrypt-env cleanup: could not delete ${file}: it is no longer the file this step wrote (a later step replaced it), so it was left alone; delete it yourself if it holds secrets`,
        ),
      );
    }
  } catch (error) {
    core.warning(forAnnotation(`decrypt-env cleanup: could not delete ${file}: ${describeUnknown(error)}`));
  }
}
