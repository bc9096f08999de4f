/**
 * The command line's usage, written once: `secrets-actions --help`, `COMMAND --help`, the messages for
 * unknown options and the README's command-line section all come from this table (a test holds the
 * README to it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { describeUnknown } from "../lib/errors.js";

export interface CommandUsage {
  name: string;
  /** Arguments after the options. */
  synopsis: string;
  summary: string;
  /** Flag (as typed) and what it does. */
  options: readonly (readonly [flag: string, what: string])[];
}

const INPUT_TYPE = ["--input-type T", "the file's format (default: from its name, as sops chooses)"] as const;

export const COMMANDS: readonly CommandUsage[] = [
  {
    name: "decrypt",
    synopsis: "FILE",
    summary: "print the decrypted file (MAC verified)",
    options: [
      INPUT_TYPE,
      ["--output-type T", "print in another format"],
      ['--extract \'["a"]["b"]\'', "print one value"],
      ["--ignore-mac", "do not verify the MAC (never for files you do not trust)"],
    ],
  },
  {
    name: "encrypt",
    synopsis: "FILE",
    summary: "print the file encrypted (to --age, SOPS_AGE_RECIPIENTS or the .sops.yaml rule)",
    options: [
      INPUT_TYPE,
      ["--output-type T", "must be the input's format"],
      ["--age R1,R2", "age recipients"],
    ],
  },
  {
    name: "set",
    synopsis: "FILE '[\"key\"]' JSON_VALUE",
    summary: "change one value in place; other ciphertexts stay byte-identical",
    options: [INPUT_TYPE, ["--ignore-mac", "do not verify the MAC first"]],
  },
  {
    name: "unset",
    synopsis: "FILE '[\"key\"]'",
    summary: "remove one value in place",
    options: [INPUT_TYPE, ["--ignore-mac", "do not verify the MAC first"]],
  },
  {
    name: "updatekeys",
    synopsis: "FILE",
    summary: "re-wrap the data key for the .sops.yaml rule's recipients, in place",
    options: [INPUT_TYPE, ["-y, --yes", "accepted for sops compatibility (never asks)"]],
  },
  {
    name: "filestatus",
    synopsis: "FILE",
    summary: 'print {"encrypted": true|false}',
    options: [INPUT_TYPE],
  },
  {
    name: "rotation",
    synopsis: "[FILES...]",
    summary: "how old each SOPS secret of this repository is, from git history; exit 1 when one is overdue",
    options: [["--policy FILE", "rotation policy (default .github/secret-rotation.yml)"]],
  },
  {
    name: "rotate",
    synopsis: "FILE",
    summary: "a new data key and every value encrypted again, in place (as sops rotate)",
    options: [INPUT_TYPE],
  },
  {
    name: "verify",
    synopsis: "[PATHS...]",
    summary:
      "verify-no-plaintext's rules on the repository, the paths, the index or the history; exit 1 on error findings",
    options: [
      ["--staged", "check what is staged in the index (a pre-commit hook)"],
      [
        "--history",
        "also every blob of every commit reachable from HEAD (no PATHS, no --staged; not a shallow clone)",
      ],
      [
        "--purge-plan FILE",
        "with --history: write every secret found to FILE (new, mode 0600) for `git filter-repo --replace-text`, and print the plan; the values are never printed",
      ],
      ["--config FILE", "policy file (default .github/secrets-policy.yml)"],
      ["--sops-config FILE", "the .sops.yaml to use (default: the one found upward)"],
      ["--threads N", "worker threads (default 0: one per core, used once booted)"],
    ],
  },
  {
    name: "access",
    synopsis: "",
    summary:
      "who can read each SOPS file now, and every value each name could ever read, with whether it is still live",
    options: [
      ["--recipient NAME|RECIPIENT", "only this name or recipient"],
      ["--history", "also every revision's readers, from which commit to which"],
      ["--json", "recipients, files and exposures as JSON"],
      ["--config FILE", "policy file with recipients: (default .github/secrets-policy.yml)"],
    ],
  },
  {
    name: "offboard",
    synopsis: "NAME|RECIPIENT",
    summary:
      "remove a recipient from .sops.yaml, re-encrypt every file it could read with a new data key, list its still-live values",
    options: [
      ["--dry-run", "print the plan only"],
      [
        "--github-repo OWNER/NAME",
        "open one rotation issue per still-live value (token in GITHUB_TOKEN or GH_TOKEN)",
      ],
      ["--config FILE", "policy file with recipients: (default .github/secrets-policy.yml)"],
    ],
  },
  {
    name: "inventory",
    synopsis: "[plan | unread | merge FILE...]",
    summary:
      "this checkout's secrets without values (readers, ages, verify counts, GitHub secrets with a token); plan: the workflow's matrix; unread: the row of a repository that could not be read; merge: one report over many repositories",
    options: [
      ["--json FILE", "write the JSON to FILE (inventory: this checkout's; merge: the merged one)"],
      ["--repository OWNER/NAME", "inventory: the repository's name (default GITHUB_REPOSITORY or origin)"],
      ["--history", "inventory: also verify the whole history"],
      ["--repositories LIST", "plan: OWNER/NAME, comma-separated (default: the App installation's)"],
      ["--per-job N", "plan: repositories per matrix job (raised to stay under 256 jobs)"],
      ["--reason TEXT", "unread: why the repository (--repository) could not be read"],
      [
        "--expect LIST",
        "merge: the repositories planned, comma-separated; each without an inventory is a row that says so",
      ],
      [
        "--markdown FILE",
        "write the Markdown (an issue body: at most 65,536 characters) to FILE instead of stdout",
      ],
      ["--html FILE", "write one self-contained HTML page: sortable tables, no request of any kind"],
      ["--replace", "replace output files that exist (regular files only, never through a link)"],
      [
        "--issue-repo OWNER/NAME",
        "merge: keep the report in one pinned issue there, updated in place (token in GITHUB_TOKEN or GH_TOKEN)",
      ],
    ],
  },
  {
    name: "init",
    synopsis: "",
    summary:
      "adopt the suite in this repository: age key, .sops.yaml, .env* encrypted, .gitignore, pre-commit hook, caller workflow",
    options: [
      ["--dry-run", "print the plan only"],
      ["--add-recipient", "add this key to a .sops.yaml rule that covers the files for other recipients"],
      [
        "--ref SHA",
        "pin the hook and workflow to this commit of the suite (default: the one this CLI runs from)",
      ],
      [
        "--github-repo OWNER/NAME",
        "store the identity as the Actions secret SOPS_AGE_KEY (token in GITHUB_TOKEN or GH_TOKEN)",
      ],
    ],
  },
  {
    name: "edit",
    synopsis: "FILE",
    summary: "edit a SOPS file in $VISUAL/$EDITOR; unchanged values keep their ciphertext (as sops edit)",
    options: [],
  },
  {
    name: "run",
    synopsis: "[-f FILE]... -- COMMAND...",
    summary:
      "run COMMAND with the decrypted values in its environment (default files: what .sops.yaml covers here, or .env.enc)",
    options: [
      ["-f, --file FILE", "a SOPS file to decrypt (repeatable; later files win)"],
      ["--keys K1,K2", "only these keys (wildcards allowed)"],
      ["--prefix P", "prepended to every name"],
      ["--nested-delimiter D", "joins nested keys (default __, as pydantic-settings reads them)"],
      ["--uppercase", "upper-case the names"],
      ["--allow-names N1,N2", "names that would otherwise be refused (PATH, LD_PRELOAD...)"],
      [
        "--dotenv-file PATH",
        "instead: a 0600 dotenv file at PATH, its path in SECRETS_ENV_FILE, removed when COMMAND ends (not --env-file: node itself takes that one from any command line)",
      ],
    ],
  },
  {
    name: "rules",
    synopsis: "",
    summary: "list verify's rules and every credential format secret-pattern knows",
    options: [["--markdown", "the full reference, as in action-docs/verify-no-plaintext-rules.md"]],
  },
];

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

export const EXIT_CODES =
  "exit codes: 0 ok, 1 error, 2 usage, 3 not a SOPS file, 4 unsupported keys, 51 MAC mismatch, 128 no matching key";

/** The package's version, from the package.json beside the bundle's folder (dist/cli/../../). */
export function packageVersion(): string {
  // The name is built at run time so that the bundler does not copy package.json into dist/.
  const manifest = ["package", "json"].join(".");
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", manifest);
  try {
    const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}

const line = (command: CommandUsage) =>
  `${command.name}${command.options.length > 0 ? " [options]" : ""} ${command.synopsis}`;

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => line(command).length));
  return [
    "usage: secrets-actions COMMAND [options] ARGS   (secrets-actions COMMAND --help for its options)",
    "",
    "commands:",
    ...COMMANDS.map((command) => `  ${line(command).padEnd(width)}  ${command.summary}`),
    "",
    "  --help, -h      this text",
    "  --version, -V   the version",
    "",
    "T is yaml, json, dotenv, ini or binary.",
    "age identities come from SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and <config dir>/sops/age/keys.txt.",
    EXIT_CODES,
  ].join("\n");
}

export function commandUsage(command: CommandUsage): string {
  const width = Math.max(12, ...command.options.map(([flag]) => flag.length));
  return [
    `usage: secrets-actions ${line(command)}`,
    "",
    command.summary,
    ...(command.options.length > 0 ? ["", "options:"] : []),
    ...command.options.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`),
    `  ${"-h, --help".padEnd(width)}  this text`,
  ].join("\n");
}

/** `--input-type, --output-type, ...`: what an unknown-option message lists. */
export function optionNames(command: CommandUsage): string {
  return command.options
    .map(([flag]) => flag.split(/[ ,]+/).find((part) => part.startsWith("--")) ?? flag)
    .join(", ");
}

export function commandNamed(name: string): CommandUsage | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** The usage of a command the code implements (an error when the table lacks it: a programming mistake). */
export function usageOf(name: string): CommandUsage {
  const command = commandNamed(name);
  if (!command) throw new Error(`the usage table has no command ${name}`);
  return command;
}

/** The message for an option the command does not have: it names the ones it has. */
function notAnOption(command: CommandUsage, option: string): string {
  return `${option} is not an option of ${command.name}; its options are ${optionNames(command) || "none"}`;
}

/**
 * A command's arguments parsed strictly; an unknown option is reported (through `usageError`, which
 * adds the usage) with the command's valid options.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  command: CommandUsage,
  args: string[],
  options: O,
  usageError: (message: string) => Error,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec(describeUnknown(error))?.[1];
    throw usageError(unknown ? notAnOption(command, unknown) : describeUnknown(error));
  }
}

/**
 * The options the usage table lists for a command, in parseArgs' terms: a flag with a word after its
 * names (`--threads N`) takes a value, one without is a switch, `-y, --yes` has a short form. With
 * `multiple`, values may repeat: checkOptions only checks the arguments, a command reads them with its
 * own config; the SOPS commands read them with this one, the last value of an option winning.
 */
export function listedOptions(
  command: CommandUsage,
  { multiple }: { multiple: boolean },
): NonNullable<ParseArgsConfig["options"]> {
  return Object.fromEntries(
    command.options.map(([flag]) => {
      const parts = flag.split(/[ ,]+/);
      const long = parts.find((part) => part.startsWith("--")) ?? flag;
      const short = parts.find((part) => /^-[^-]$/.test(part));
      const takesValue = parts.some((part) => !part.startsWith("-"));
      return [
        long.slice(2),
        {
          type: takesValue ? ("string" as const) : ("boolean" as const),
          multiple,
          ...(short ? { short: short.slice(1) } : {}),
        },
      ];
    }),
  );
}

/**
 * Rejects, before the command's module is loaded, what the command's own parsing would reject: an
 * option its usage does not list, a value missing or given to a switch.
 */
export function checkOptions(
  command: CommandUsage,
  args: string[],
  usageError: (message: string) => Error,
): void {
  parseCommandArgs(command, args, listedOptions(command, { multiple: true }), usageError);
}
