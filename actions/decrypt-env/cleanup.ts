/**
 * The post step: delete every plaintext file the main step wrote and the folders it created for them.
 * A failure here is a warning, never a red job: the work of the job is done.
 */
import { rmdirSync, rmSync } from "node:fs";
import * as core from "@actions/core";
import { forAnnotation, forLogLine } from "../common/escape.js";
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
  for (const file of state.files) {
    try {
      rmSync(file, { force: true });
      core.info(forLogLine(`Deleted ${file}`));
    } catch (error) {
      core.warning(forAnnotation(`decrypt-env cleanup: could not delete ${file}: ${describeUnknown(error)}`));
    }
  }
  for (const folder of state.folders) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty any more (another step wrote there) or already gone: leave it.
    }
  }
}
