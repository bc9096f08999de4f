/**
 * What a post step needs of the runner's protocol, without @actions/core: its entry module imports an
 * HTTP client (undici, some 900 KB of bundle) for OIDC tokens, which decrypt-env's post step, run at the
 * end of every job that uses the action, would otherwise load just to delete a file. Same formats as
 * @actions/core's getState, info and warning (the runner's workflow commands).
 */
import { EOL } from "node:os";
import { writeStdout } from "./standard-streams.js";

/** What the main step saved with `core.saveState(name, ...)`; empty when it saved nothing. */
export function savedState(name: string): string {
  return process.env[`STATE_${name}`] ?? "";
}

export function info(text: string): void {
  writeStdout(`${text}${EOL}`);
}

/** A warning annotation: the runner reads `%`, CR and LF percent-encoded in a command's message. */
export function warning(text: string): void {
  const data = text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  writeStdout(`::warning::${data}${EOL}`);
}
