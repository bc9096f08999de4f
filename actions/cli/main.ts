/**
 * `secrets-actions`: the command line's dispatcher. It answers --version and help, checks each command's
 * options against the usage table, and only then imports the module of the command that runs (the
 * sops-compatible decrypt, encrypt, set, unset, updatekeys, rotate and filestatus, and verify, run,
 * edit, init, access, offboard, rotation, inventory, rules); one error boundary maps errors to exit codes.
 */
import { homedir } from "node:os";
import type { AgeIdentity } from "../lib/sops/age.js";
import { SopsError } from "../lib/sops/errors.js";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import {
  EXIT,
  checkOptions,
  commandNamed,
  commandUsage,
  mainUsage,
  packageVersion,
  parseCommandArgs,
  usageOf,
  type CommandUsage,
} from "./usage.js";
import { forLogLine } from "../common/escape.js";
import { writeStderr, writeStdout } from "../common/standard-streams.js";

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
  stdout: writeStdout,
  stderr: writeStderr,
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
  const usageError = (message: string) => new UsageError(message, usage);
  try {
    // Each command's module is imported only when it runs (the bundle loads it then): help, the version
    // and options the usage table does not list never load command code.
    if (usage) checkOptions(usage, rest, usageError);
    switch (command) {
      case "decrypt":
      case "encrypt":
      case "set":
      case "unset":
      case "updatekeys":
      case "rotate":
      case "filestatus":
        return await (
          await import("./sops-commands.js")
        ).sopsCommand(command, rest, { ...io, identities: () => identities(io), usageError });
      case "verify":
        return await (await import("./verify.js")).verifyCommand(rest, io, usageError);
      case "rotation":
        return await (
          await import("./rotation.js")
        ).rotationCommand(rest, io, () => identities(io), usageError);
      case "access":
      case "offboard": {
        const { accessCommand, offboardCommand } = await import("./access.js");
        return await (command === "access" ? accessCommand : offboardCommand)(
          rest,
          { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, env: io.env },
          () => identities(io),
          usageError,
        );
      }
      case "inventory":
        return await (
          await import("./inventory.js")
        ).inventoryCommand(
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
          usageError,
        );
      case "init":
        return await (
          await import("./init.js")
        ).initCommand(
          rest,
          {
            stdout: (text) => {
              io.stdout(text);
            },
            stderr: io.stderr,
            env: io.env,
            cwd: io.cwd,
          },
          usageError,
        );
      case "edit":
        return await (
          await import("./edit.js")
        ).editCommand(
          rest,
          { stderr: io.stderr, env: io.env, cwd: io.cwd },
          () => identities(io),
          usageError,
        );
      case "run":
        return await (
          await import("./run.js")
        ).runCommandWithSecrets(
          rest,
          { stderr: io.stderr, env: io.env, cwd: io.cwd },
          () => identities(io),
          usageError,
        );
      case "rules": {
        const { values, positionals } = parseCommandArgs(
          usageOf("rules"),
          rest,
          { markdown: { type: "boolean" } },
          usageError,
        );
        if (positionals.length > 0) throw new UsageError("rules takes no arguments", usage);
        const { rulesMarkdown, rulesText } = await import("../lib/scan/rule-docs.js");
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

async function identities(io: CliIo): Promise<AgeIdentity[]> {
  const { identitiesFromEnvironment } = await import("../common/identities.js");
  return identitiesFromEnvironment({
    env: io.env,
    platform: process.platform,
    home: homedir(),
    includeDefaultFile: true,
  });
}
