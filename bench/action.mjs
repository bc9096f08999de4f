// Actions timed the way the runner starts them: a fresh Node process on the bundled main entry, with
// INPUT_* variables (defaults from action.yml) and the runner's protocol files.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "./build.mjs";

/** Environment for one run of `dist/decrypt-env/main` on `file` inside `workspace`. */
export function actionEnvironment({ workspace, protocolDir, file, ageKey }) {
  return stepEnvironment({
    action: "decrypt-env",
    workspace,
    protocolDir,
    inputs: { files: file, "age-key": ageKey },
  });
}

/**
 * Environment for one run of an action's bundled main entry: INPUT_* (defaults from its action.yml,
 * then `inputs`), the runner's protocol files in `protocolDir`, then `env`.
 */
export function stepEnvironment({ action, workspace, protocolDir, inputs, env = {} }) {
  const metadata = parse(readFileSync(path.join(ROOT, action, "action.yml"), "utf8"));
  const values = {
    ...Object.fromEntries(
      Object.entries(metadata.inputs).map(([name, input]) => [name, input.default ?? ""]),
    ),
    ...inputs,
  };
  mkdirSync(protocolDir, { recursive: true });
  const protocol = {};
  for (const name of ["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"]) {
    protocol[name] = path.join(protocolDir, name.toLowerCase());
    writeFileSync(protocol[name], "");
  }
  return {
    PATH: process.env.PATH,
    HOME: workspace,
    GITHUB_WORKSPACE: workspace,
    ...protocol,
    ...Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
        value,
      ]),
    ),
    ...env,
  };
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
