// decrypt-env timed the way the runner starts it: a fresh Node process on the bundled main entry,
// with INPUT_* variables (defaults from action.yml) and the runner's protocol files.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "./build.mjs";

/** Environment for one run of `dist/decrypt-env/main` on `file` inside `workspace`. */
export function actionEnvironment({ workspace, protocolDir, file, ageKey }) {
  const metadata = parse(readFileSync(path.join(ROOT, "decrypt-env", "action.yml"), "utf8"));
  const inputs = {
    ...Object.fromEntries(
      Object.entries(metadata.inputs).map(([name, input]) => [name, input.default ?? ""]),
    ),
    files: file,
    "age-key": ageKey,
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
      Object.entries(inputs).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
        value,
      ]),
    ),
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
