/**
 * `secrets-actions run [-f FILE]... [options] -- COMMAND...`: the same secrets on a laptop as in CI.
 * The files are decrypted in memory (MAC verified), named as decrypt-env names them (prefix, nested
 * delimiter, uppercase, the same refused names), and handed to COMMAND in its environment, so nothing
 * is written to disk; or, with `--dotenv-file PATH`, in a 0600 dotenv file that is removed when COMMAND
 * ends, however it ends. Signals go on to COMMAND; its exit code is ours.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { decryptSopsFile } from "../common/decrypt-file.js";
import { removeCreated } from "../common/created-files.js";
import { writeFileSafely } from "../common/safe-write.js";
import { readSopsConfig, locateSopsConfig } from "../common/sops-config.js";
import { ConfigurationError } from "../lib/errors.js";
import { renderOutputFile } from "../lib/env/output-file.js";
import { planVariables } from "../lib/env/plan.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { findCreationRule, pathForRules } from "../lib/sops/config.js";
import { isEncrypted } from "../lib/sops/engine.js";
import { formatForPath } from "../lib/sops/formats.js";
import { parseCommandArgs, usageOf } from "./usage.js";

/** What a command that decrypts with the user's keys sees of the terminal (run, edit). */
export interface KeyedCommandIo {
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const RUN = usageOf("run");
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** The files to decrypt by default: those `.sops.yaml` covers in this folder, or `.env.enc`. */
function defaultFiles(cwd: string): string[] {
  const configFile = locateSopsConfig(cwd);
  const covered: string[] = [];
  if (configFile) {
    const { config } = readSopsConfig(configFile);
    const configDir = path.dirname(configFile);
    for (const name of readdirSync(cwd).sort()) {
      const file = path.join(cwd, name);
      if (!findCreationRule(config, pathForRules(configDir, file))?.pathRegex) continue;
      const format = formatForPath(file) ?? "binary";
      try {
        if (isEncrypted(readFileSync(file), { format })) covered.push(file);
      } catch {
        // A folder or an unreadable file is not a SOPS file to run with.
      }
    }
  }
  if (covered.length > 0) return covered;
  const fallback = path.join(cwd, ".env.enc");
  if (existsSync(fallback)) return [fallback];
  throw new ConfigurationError(
    `no SOPS file to run with in ${cwd}: nothing .sops.yaml covers here and no .env.enc; name one with -f FILE`,
  );
}

/** Runs COMMAND and resolves with its exit code (128 + the signal number when a signal ended it). */
function runCommand(command: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const [program = "", ...args] = command;
    const child = spawn(program, args, { stdio: "inherit", env, cwd });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const done = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
    child.on("error", (error: NodeJS.ErrnoException) => {
      done();
      reject(
        new ConfigurationError(
          error.code === "ENOENT"
            ? `${program}: command not found (give the command after --, e.g. -- python -m app)`
            : `${program} cannot be started: ${error.message}`,
        ),
      );
    });
    child.on("exit", (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}

export async function runCommandWithSecrets(
  args: string[],
  io: KeyedCommandIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const separator = args.indexOf("--");
  const command = separator === -1 ? [] : args.slice(separator + 1);
  const { values, positionals } = parseCommandArgs(
    RUN,
    separator === -1 ? args : args.slice(0, separator),
    {
      file: { type: "string", short: "f", multiple: true },
      keys: { type: "string" },
      prefix: { type: "string" },
      "nested-delimiter": { type: "string" },
      uppercase: { type: "boolean" },
      "allow-names": { type: "string" },
      "dotenv-file": { type: "string" },
    },
    usageError,
  );
  if (command.length === 0) throw usageError("give the command to run after --, e.g. run -- python -m app");
  if (positionals.length > 0) throw usageError(`unexpected ${positionals[0] ?? ""} before --`);
  const list = (value: string | undefined) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  const files = values.file?.map((file) => path.resolve(io.cwd, file)) ?? defaultFiles(io.cwd);
  const keys = await identities();
  const sources = [];
  for (const file of files)
    sources.push(await decryptSopsFile(file, path.relative(io.cwd, file) || file, keys));
  const plan = planVariables(sources, {
    keys: list(values.keys),
    prefix: values.prefix ?? "",
    nestedDelimiter: values["nested-delimiter"] ?? "__",
    uppercase: values.uppercase ?? false,
    allowNames: list(values["allow-names"]),
    maskMinLength: 0,
    optionName: (option) => `--${option}`,
  });
  const env: NodeJS.ProcessEnv = { ...io.env };
  const envFile = values["dotenv-file"];
  if (envFile === undefined) {
    for (const variable of plan.variables) env[variable.name] = variable.value;
    io.stderr(
      `secrets-actions run: ${plan.variables.length} variables from ${sources.map((source) => source.file).join(", ")}\n`,
    );
    return runCommand(command, env, io.cwd);
  }
  const target = path.resolve(io.cwd, envFile);
  const written = writeFileSafely(target, renderOutputFile(plan.variables, "dotenv"), {
    what: `--dotenv-file ${envFile}`,
    roots: [path.parse(target).root],
    mode: 0o600,
    replace: false,
  });
  env.SECRETS_ENV_FILE = written.file.path;
  // The file goes when COMMAND ends, and when we are told to end before it does.
  const remove = () => removeCreated(written);
  process.once("exit", remove);
  try {
    io.stderr(
      `secrets-actions run: ${plan.variables.length} variables in ${envFile} (SECRETS_ENV_FILE) until the command ends\n`,
    );
    return await runCommand(command, env, io.cwd);
  } finally {
    remove();
    process.off("exit", remove);
  }
}
