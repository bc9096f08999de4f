// Actions timed the way the runner starts them: a fresh Node process on the bundled main entry, with
// the environment the runner-protocol harness builds (test/support/runner.mjs).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { stepEnvironment } from "../tools/runner.mjs";

/** Environment for one run of `dist/decrypt-env/main` on `file` inside `workspace`. */
export function actionEnvironment({ workspace, protocolDir, file, ageKey }) {
  return stepEnvironment({
    action: "decrypt-env",
    workspace,
    protocolDir,
    inputs: { files: file, "age-key": ageKey },
  }).env;
}
/** Bytes of every .js file under a dist folder (main, post and chunks), and of everything in it. */
export function bundleSizes(dir) {
  let js = 0;
  let all = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const full = path.join(dir, name);
    if (!statSync(full).isFile()) continue;
    all += statSync(full).size;
    if (name.endsWith(".js")) js += statSync(full).size;
  }
  return { js, all };
}
