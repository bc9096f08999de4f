/**
 * The post step: delete the plaintext file the main step wrote and the folders it created for it, if
 * they are still the ones it created.
 * A failure here is a warning, never a red job: the work of the job is done.
 */
import { info, savedState, warning } from "../common/post-step-log.js";
import { forAnnotation, forLogLine } from "../common/escape.js";
import { removeCreated } from "../common/created-files.js";
import { describeUnknown } from "../lib/errors.js";
import { CLEANUP_STATE, type CleanupState } from "./state.js";

export function runPost(): void {
  const saved = savedState(CLEANUP_STATE);
  if (saved === "") return;
  let state: CleanupState;
  try {
    state = JSON.parse(saved) as CleanupState;
  } catch {
    warning("decrypt-env cleanup: the saved state is unreadable; delete the plaintext files yourself");
    return;
  }
  const file = state.file.path;
  try {
    const { deleted, replaced } = removeCreated(state);
    if (deleted) info(forLogLine(`Deleted ${file}`));
    if (replaced) {
      warning(
        forAnnotation(
          `decrypt-env cleanup: could not delete ${file}: it is no longer the file this step wrote (a later step replaced it), so it was left alone; delete it yourself if it holds secrets`,
        ),
      );
    }
  } catch (error) {
    warning(forAnnotation(`decrypt-env cleanup: could not delete ${file}: ${describeUnknown(error)}`));
  }
}
