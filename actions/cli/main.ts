/**
 * `secrets-actions`: a sops-compatible command line over the engine (decrypt, encrypt, set, unset,
 * updatekeys, filestatus), for local use, pre-commit hooks and the demo.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { identitiesFromEnvironment } from "../common/identities.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { findCreationRule, pathForRules, type SopsConfig } from "../lib/sops/config.js";
import { locateSopsConfig, readSopsConfig, type FoundSopsConfig } from "../common/sops-config.js";
import {
  decrypt,
  emitPlaintext,
  encrypt,
  isEncrypted,
  rotateDataKey,
  setValue,
  updateKeys,
} from "../lib/sops/engine.js";
import { SopsError, badInput, inFile } from "../lib/sops/errors.js";
import { describeUnknown } from "../lib/errors.js";
import {
  createStore,
  detectEncryptedFormat,
  formatForPath,
  parseFormat,
  type Format,
} from "../lib/sops/formats.js";
import { getPath, parsePathExpression } from "../lib/sops/tree-path.js";
import type { TreeValue } from "../lib/sops/tree.js";
import { parseJsonValue } from "../lib/sops/stores/json.js";
import { ConfigurationError } from "../lib/errors.js";
import {
  commandNamed,
  commandUsage,
  mainUsage,
  notAnOption,
  packageVersion,
  parseCommandArgs,
  usageOf,
  type CommandUsage,
} from "./usage.js";
import { rotationCommand } from "./rotation.js";
import { accessCommand, offboardCommand } from "./access.js";
import { verifyCommand } from "./verify.js";
import { rulesMarkdown, rulesText } from "../lib/scan/rule-docs.js";
import { runCommandWithSecrets } from "./run.js";
import { editCommand } from "./edit.js";
import { initCommand } from "./init.js";
import { inventoryCommand } from "./inventory.js";
import { forLogLine } from "../common/escape.js";

/** Exit codes. MAC mismatch and "no matching key" use the numbers the sops binary uses. */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  notSops: 3,
  unsupported: 4,
  macMismatch: 51,
  noMatchingKey: 128,
} as const;

/** Bad usage of a command (or of the command line when `command` is undefined): usage goes to stderr. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandUsage,
  ) {
    super(message);
  }
}

export interface CliIo {
  stdout: (bytes: Uint8Array | string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const defaultIo: CliIo = {
  stdout: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

function exitCodeOf(error: SopsError): number {
  switch (error.code) {
    case "MAC_MISMATCH":
      return EXIT.macMismatch;
    case "NO_MATCHING_KEY":
      return EXIT.noMatchingKey;
    case "NOT_SOPS_FILE":
      return EXIT.notSops;
    case "UNSUPPORTED":
      return EXIT.unsupported;
    case "BAD_INPUT":
      return EXIT.usage;
    case "MALFORMED":
      return EXIT.error;
  }
}

const wantsHelp = (args: readonly string[]) => {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
};

export async function run(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  const usage = command === undefined ? undefined : commandNamed(command);
  if (usage && wantsHelp(rest)) {
    io.stdout(`${commandUsage(usage)}\n`);
    return EXIT.ok;
  }
  try {
    switch (command) {
      case "decrypt":
        return await decryptCommand(rest, io);
      case "encrypt":
        return await encryptCommand(rest, io);
      case "set":
      case "unset":
        return await setCommand(command, rest, io);
      case "updatekeys":
        return await updateKeysCommand(rest, io);
      case "filestatus":
        return filestatusCommand(rest, io);
      case "verify":
        return await verifyCommand(rest, io, (message) => new UsageError(message, usage));
      case "rotation":
        return await rotationCommand(
          rest,
          io,
          () => identities(io),
          (message) => new UsageError(message, usage),
        );
      case "rotate":
        return await rotateCommand(rest, io);
      case "access":
      case "offboard":
        return await (command === "access" ? accessCommand : offboardCommand)(
          rest,
          { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, env: io.env },
          () => identities(io),
          (message) => new UsageError(message, usage),
        );
      case "inventory":
        return await inventoryCommand(
          rest,
          {
            stdout: (text) => {
              io.stdout(text);
            },
            stderr: io.stderr,
            cwd: io.cwd,
            env: io.env,
          },
          () => identities(io),
          (message) => new UsageError(message, usage),
        );
      case "init":
        return await initCommand(
          rest,
          {
            stdout: (text) => {
              io.stdout(text);
            },
            stderr: io.stderr,
            env: io.env,
            cwd: io.cwd,
          },
          (message) => new UsageError(message, usage),
        );
      case "edit":
      case "run":
        return await (command === "edit" ? editCommand : runCommandWithSecrets)(
          rest,
          { stderr: io.stderr, env: io.env, cwd: io.cwd },
          () => identities(io),
          (message) => new UsageError(message, usage),
        );
      case "rules": {
        const { values, positionals } = parseCommandArgs(
          usageOf("rules"),
          rest,
          { markdown: { type: "boolean" } },
          (message) => new UsageError(message, usage),
        );
        if (positionals.length > 0) throw new UsageError("rules takes no arguments", usage);
        io.stdout(`${values.markdown ? rulesMarkdown() : rulesText()}\n`);
        return EXIT.ok;
      }
      case "--help":
      case "-h":
      case "help":
        io.stdout(`${mainUsage()}\n`);
        return EXIT.ok;
      case "--version":
      case "-V":
        io.stdout(`secrets-actions ${packageVersion()}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? commandUsage(error.command) : mainUsage();
      io.stderr(`secrets-actions: ${forLogLine(error.message)}\n${help}\n`);
      return EXIT.usage;
    }
    if (error instanceof SopsError) {
      io.stderr(`secrets-actions: ${error.message}\n`);
      return exitCodeOf(error);
    }
    if (error instanceof ConfigurationError) {
      io.stderr(`secrets-actions: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`secrets-actions: unexpected error: ${describeUnknown(error)}\n`);
    return EXIT.error;
  }
}

const OPTIONS = {
  "input-type": { type: "string" },
  "output-type": { type: "string" },
  "ignore-mac": { type: "boolean" },
  extract: { type: "string" },
  age: { type: "string" },
  yes: { type: "boolean", short: "y" },
} as const;

/** The long option names a command's usage lists (`--input-type T` → `input-type`). */
function allowedOptions(command: CommandUsage): string[] {
  return command.options.flatMap(([flag]) =>
    flag
      .split(/[ ,]+/)
      .filter((part) => part.startsWith("--"))
      .map((part) => part.slice(2)),
  );
}

function parse(args: string[], name: string, positionals: number) {
  const command = usageOf(name);
  const usageError = (message: string) => new UsageError(message, command);
  const parsed = parseCommandArgs(command, args, OPTIONS, usageError);
  const allowed = allowedOptions(command);
  const unexpected = Object.keys(parsed.values).find((option) => !allowed.includes(option));
  if (unexpected !== undefined) throw usageError(notAnOption(command, `--${unexpected}`));
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      `${name} takes ${positionals} argument(s) (${command.synopsis}), got ${parsed.positionals.length}`,
      command,
    );
  }
  return parsed;
}

function readInput(file: string, io: CliIo): Uint8Array {
  try {
    return readFileSync(path.resolve(io.cwd, file));
  } catch {
    throw badInput("cannot be read: check that the file exists and is readable");
  }
}

function formatOption(value: string | boolean | undefined, what: string): Format | undefined {
  return typeof value === "string" ? parseFormat(value, what) : undefined;
}

async function identities(io: CliIo): Promise<AgeIdentity[]> {
  return identitiesFromEnvironment({
    env: io.env,
    platform: process.platform,
    home: homedir(),
    includeDefaultFile: true,
  });
}

function findConfig(io: CliIo): FoundSopsConfig | undefined {
  const explicit = io.env.SOPS_CONFIG;
  const file = locateSopsConfig(io.cwd, explicit ? { file: explicit, what: "SOPS_CONFIG" } : undefined);
  return file ? readSopsConfig(file) : undefined;
}

async function decryptCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, "decrypt", 1);
  const file = positionals[0] as string;
  const inputFormat = formatOption(values["input-type"], "--input-type");
  const outputOption = formatOption(values["output-type"], "--output-type");
  try {
    const bytes = readInput(file, io);
    const format = inputFormat ?? detectEncryptedFormat(file, bytes);
    const outputFormat = outputOption ?? format;
    const decrypted = await decrypt(bytes, {
      format,
      identities: await identities(io),
      ignoreMac: values["ignore-mac"] === true,
    });
    for (const warning of decrypted.warnings) io.stderr(`secrets-actions: ${file}: warning: ${warning}\n`);
    if (typeof values.extract === "string") {
      const [first] = decrypted.branches;
      if (!first) throw badInput("the file has no document");
      const value = getPath(first, parsePathExpression(values.extract));
      io.stdout(createStore(outputFormat).emitValue(value));
    } else {
      io.stdout(emitPlaintext(decrypted, outputFormat));
    }
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function recipientsFor(file: string, ageOption: string | undefined, io: CliIo) {
  const fromFlag = ageOption ?? io.env.SOPS_AGE_RECIPIENTS;
  if (fromFlag) {
    const recipients = fromFlag
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    return { ageGroups: [recipients], config: findConfig(io)?.config };
  }
  const found = findConfig(io);
  if (!found)
    throw badInput("no recipients: pass --age age1...,age1... or create a .sops.yaml with a creation rule");
  const relative = pathForRules(found.dir, path.resolve(io.cwd, file));
  const rule = findCreationRule(found.config, relative);
  if (!rule) throw badInput(`no creation rule in ${found.config.source} matches ${relative}`);
  if (rule.otherKeys.length > 0 && rule.ageGroups.every((group) => group.length === 0)) {
    throw new SopsError(
      "UNSUPPORTED",
      `the creation rule for ${relative} has only non-age keys (${rule.otherKeys.join(", ")})`,
    );
  }
  return { ageGroups: rule.ageGroups, shamirThreshold: rule.shamirThreshold, rule, config: found.config };
}

function storeOptionsFor(format: Format, config: SopsConfig | undefined) {
  const indent =
    format === "yaml"
      ? config?.yamlIndent
      : format === "json" || format === "binary"
        ? config?.jsonIndent
        : undefined;
  return indent === undefined ? {} : { indent };
}

async function encryptCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, "encrypt", 1);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? formatForPath(file) ?? "binary";
    const outputFormat = formatOption(values["output-type"], "--output-type") ?? format;
    if (outputFormat !== format)
      throw badInput("encrypt writes the input's format: --output-type must match --input-type");
    const { config, ...recipients } = recipientsFor(
      file,
      typeof values.age === "string" ? values.age : undefined,
      io,
    );
    const rule = "rule" in recipients ? recipients.rule : undefined;
    const encrypted = await encrypt(bytes, {
      format,
      storeOptions: storeOptionsFor(format, config),
      ageGroups: recipients.ageGroups,
      shamirThreshold: recipients.shamirThreshold,
      cryptRule: rule?.cryptRule,
      macOnlyEncrypted: rule?.macOnlyEncrypted,
    });
    io.stdout(encrypted);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function parseValueArgument(text: string): TreeValue {
  try {
    return parseJsonValue(text);
  } catch {
    throw badInput('the value must be JSON, e.g. \'"a string"\', 42, true or \'{"nested": "map"}\'');
  }
}

async function setCommand(command: "set" | "unset", args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, command, command === "set" ? 3 : 2);
  const [file = "", expression = "", json] = positionals;
  try {
    const target = path.resolve(io.cwd, file);
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const updated = await setValue(bytes, {
      format,
      identities: await identities(io),
      ignoreMac: values["ignore-mac"] === true,
      path: parsePathExpression(expression),
      value: json === undefined ? undefined : parseValueArgument(json),
    });
    writeFileSync(target, updated);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

async function updateKeysCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, "updatekeys", 1);
  const file = positionals[0] as string;
  try {
    const target = path.resolve(io.cwd, file);
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const found = findConfig(io);
    if (!found) throw badInput("updatekeys needs a .sops.yaml with a creation rule for the file");
    const relative = pathForRules(found.dir, target);
    const rule = findCreationRule(found.config, relative);
    if (!rule) throw badInput(`no creation rule in ${found.config.source} matches ${relative}`);
    const result = await updateKeys(bytes, { format, identities: await identities(io), rule });
    if (!result.changed) {
      io.stderr(`secrets-actions: ${file}: already up to date\n`);
      return EXIT.ok;
    }
    writeFileSync(target, result.bytes);
    io.stderr(
      `secrets-actions: ${file}: keys updated (added: ${result.added.join(", ") || "none"}; removed: ${result.removed.join(", ") || "none"})\n`,
    );
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

async function rotateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, "rotate", 1);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const rotated = await rotateDataKey(bytes, { format, identities: await identities(io) });
    writeFileSync(path.resolve(io.cwd, file), rotated);
    io.stderr(`secrets-actions: ${forLogLine(file)}: new data key; every value encrypted again\n`);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function filestatusCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, "filestatus", 1);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    io.stdout(`${JSON.stringify({ encrypted: isEncrypted(bytes, { format }) })}\n`);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}
