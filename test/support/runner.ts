/**
 * Runs a bundled action the way the GitHub Actions runner does: inputs as INPUT_<NAME> (defaults from
 * action.yml), the GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, then the post
 * entry with the saved state as STATE_<name>; workflow commands are parsed from stdout.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "./fixtures.js";

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  env: Record<string, string>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Registered masks, unescaped as the runner reads them. */
  masks: string[];
  /** stdout as the job log shows it: command lines consumed, masked values replaced by ***. */
  log: string;
}

export interface RunOptions {
  node: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace: string;
  /** Run the post entry after main, as the runner does at the end of the job. */
  post?: boolean;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string }>;
  runs: { main: string; post?: string };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split("\n")) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const at = pair.indexOf("=");
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1] ?? "", properties, message: unescapeData(match[3] ?? "") });
  }
  return commands;
}

/** The runner's file-command format: `name=value` lines or `name<<DELIMITER` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc && !line.includes("=")) {
      const [, name = "", delimiter = ""] = heredoc;
      const body: string[] = [];
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

function mask(text: string, masks: string[]): string {
  // The runner also hides every line of a multi-line secret.
  const hidden = masks
    .flatMap((value) => [value, ...value.split(/\r?\n/).map((line) => line.trim())])
    .filter((value) => value.trim() !== "");
  return hidden
    .sort((a, b) => b.length - a.length)
    .reduce((log, value) => log.split(value).join("***"), text);
}

function execute(node: string, entry: string, env: Record<string, string>, cwd: string) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
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

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export async function runAction(
  action: string,
  options: RunOptions,
): Promise<{ main: StepResult; post?: StepResult }> {
  const folder = path.join(REPO_ROOT, action);
  const metadata = parseYaml(readFileSync(path.join(folder, "action.yml"), "utf8")) as ActionMetadata;
  const files = mkdtempSync(path.join(tmpdir(), "runner-"));
  const fileCommand = (name: string) => {
    const file = path.join(files, name);
    writeFileSync(file, "");
    return file;
  };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs ?? {}))
    inputs[inputVariable(name)] = input.default ?? "";
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[inputVariable(name)] = value;

  const protocol = {
    GITHUB_ENV: fileCommand("env"),
    GITHUB_OUTPUT: fileCommand("output"),
    GITHUB_STATE: fileCommand("state"),
    GITHUB_STEP_SUMMARY: fileCommand("summary"),
    GITHUB_PATH: fileCommand("path"),
  };
  const base = {
    PATH: process.env.PATH ?? "",
    HOME: options.workspace,
    RUNNER_TEMP: files,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_ACTIONS: "true",
    CI: "true",
    ...options.env,
  };

  const step = async (entry: string, extra: Record<string, string>): Promise<StepResult> => {
    const result = await execute(
      options.node,
      path.resolve(folder, entry),
      { ...base, ...inputs, ...protocol, ...extra },
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
      log: mask(visible, masks),
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
  const post = await step(metadata.runs.post, savedState);
  return { main, post };
}
