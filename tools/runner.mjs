// Runs a bundled action the way the GitHub Actions runner does: inputs as INPUT_<NAME> (defaults from
// action.yml), the GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, then the post
// entry with the saved state as STATE_<name>; workflow commands are parsed from stdout. Used by the
// end-to-end tests (through runner.ts) and by the demo.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");

function unescapeData(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text) {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

export function parseCommands(stdout) {
  const commands = [];
  for (const line of stdout.split("\n")) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const at = pair.indexOf("=");
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1] ?? "", properties, message: unescapeData(match[3] ?? "") });
  }
  return commands;
}

/** The runner's file-command format: `name=value` lines or `name<<DELIMITER` heredocs. */
export function parseFileCommands(text) {
  const values = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc && !line.includes("=")) {
      const [, name = "", delimiter = ""] = heredoc;
      const body = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++)
        body.push(lines[index] ?? "");
      if (index >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      values[name] = body.join("\n");
      continue;
    }
    const at = line.indexOf("=");
    if (at < 0) throw new Error(`malformed file command line: ${line.slice(0, 40)}`);
    values[line.slice(0, at)] = line.slice(at + 1);
  }
  return values;
}

/** What the job log shows: the runner hides every registered secret and every line of one. */
export function maskLog(text, masks) {
  const hidden = masks
    .flatMap((value) => [value, ...value.split(/\r?\n/).map((line) => line.trim())])
    .filter((value) => value.trim() !== "");
  return hidden
    .sort((a, b) => b.length - a.length)
    .reduce((log, value) => log.split(value).join("***"), text);
}

function execute(node, entry, env, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}

export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/**
 * The environment the runner gives one step of `action`: INPUT_* (defaults from its action.yml, then
 * `inputs`), the protocol files (created empty in `protocolDir`), then `env`.
 */
export function stepEnvironment({ action, workspace, protocolDir, inputs = {}, env = {} }) {
  const metadata = parseYaml(readFileSync(path.join(REPO_ROOT, action, "action.yml"), "utf8"));
  const values = {};
  for (const [name, input] of Object.entries(metadata.inputs ?? {}))
    values[inputVariable(name)] = input.default ?? "";
  for (const [name, value] of Object.entries(inputs)) values[inputVariable(name)] = value;
  mkdirSync(protocolDir, { recursive: true });
  const protocol = {};
  for (const [name, file] of [
    ["GITHUB_ENV", "env"],
    ["GITHUB_OUTPUT", "output"],
    ["GITHUB_STATE", "state"],
    ["GITHUB_STEP_SUMMARY", "summary"],
    ["GITHUB_PATH", "path"],
  ]) {
    protocol[name] = path.join(protocolDir, file);
    writeFileSync(protocol[name], "");
  }
  return {
    metadata,
    protocol,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: workspace,
      RUNNER_TEMP: protocolDir,
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTIONS: "true",
      CI: "true",
      ...values,
      ...protocol,
      ...env,
    },
  };
}

export async function runBundle(action, options) {
  const folder = path.join(REPO_ROOT, action);
  const protocolDir = mkdtempSync(path.join(tmpdir(), "runner-"));
  const { metadata, protocol, env } = stepEnvironment({
    action,
    workspace: options.workspace,
    protocolDir,
    inputs: options.inputs,
    env: options.env,
  });

  const step = async (entry, extra) => {
    const result = await execute(
      options.node,
      path.resolve(folder, entry),
      { ...env, ...extra },
      options.workspace,
    );
    const commands = parseCommands(result.stdout);
    const masks = commands
      .filter((command) => command.command === "add-mask")
      .map((command) => command.message);
    const visible = result.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    return {
      ...result,
      commands,
      masks,
      log: maskLog(visible, masks),
      env: parseFileCommands(readFileSync(protocol.GITHUB_ENV, "utf8")),
      outputs: parseFileCommands(readFileSync(protocol.GITHUB_OUTPUT, "utf8")),
      state: parseFileCommands(readFileSync(protocol.GITHUB_STATE, "utf8")),
      summary: readFileSync(protocol.GITHUB_STEP_SUMMARY, "utf8"),
    };
  };

  const main = await step(metadata.runs.main, {});
  if (!options.post || !metadata.runs.post) return { main };
  const savedState = Object.fromEntries(
    Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  for (const file of Object.values(protocol)) writeFileSync(file, "");
  options.beforePost?.(main);
  const post = await step(metadata.runs.post, savedState);
  return { main, post };
}

/**
 * One step of `action` (its main entry, in a fresh Node process) in a throwaway workspace, removed
 * afterwards: for actions that need no files, such as cross-repo-dispatch.
 */
export async function runStepInScratchWorkspace(action, { inputs, env, node = process.execPath }) {
  const workspace = mkdtempSync(path.join(tmpdir(), `${action}-step-`));
  try {
    const { main } = await runBundle(action, { node, workspace, inputs, env });
    return main;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
