/**
 * `secrets-actions inventory merge FILE... [--markdown FILE] [--html FILE] [--json FILE] [--replace]
 * [--expect LIST] [--issue-repo OWNER/NAME]`: the inventories of many repositories (`inventory --json`,
 * schema actions/lib/inventory/schema.ts) merged into one report. A file that is not an inventory is
 * named on stderr and skipped; the report lists it too. A repository of --expect without an inventory
 * is a row that says so. Without an output option the Markdown goes to stdout. Output files are written
 * atomically, never through a symbolic link, and over an existing file only with --replace.
 */
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { forLogLine } from "../common/escape.js";
import { looksLikeIdentity } from "../lib/access/names.js";
import { writeFileSafely } from "../common/safe-write.js";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import { markdownCode } from "../lib/inventory/escape.js";
import { renderHtml } from "../lib/inventory/html.js";
import { renderMarkdown } from "../lib/inventory/markdown.js";
import { mergeInventories, renderJson, type InventoryInput } from "../lib/inventory/merge.js";
import { parseRepositoryList } from "../lib/inventory/plan.js";
import { parseCommandArgs, usageOf } from "./usage.js";
import { cliGitHubClient, requiredToken } from "./github-client.js";
import { publishInventoryIssue } from "../common/inventory-issue.js";
import {
  inventoryPlanCommand,
  inventoryRepositoryCommand,
  inventoryUnreadCommand,
} from "./inventory-repository.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { isRepositoryName } from "../lib/repository-name.js";

export interface InventoryIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const INVENTORY = usageOf("inventory");
const OUTPUTS = ["markdown", "html", "json"] as const;

function readInput(file: string, cwd: string): InventoryInput {
  try {
    return { file, text: readFileSync(path.resolve(cwd, file), "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "a folder, not a file"
          : code === "EACCES"
            ? "not readable (permissions)"
            : describeUnknown(error);
    return { file, error: `cannot be read: ${why}` };
  }
}

/** Refuses, before anything is written, an output that exists (without --replace) or is a link. */
function checkTarget(option: string, file: string, target: string, replace: boolean): void {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return;
  }
  if (stat.isSymbolicLink())
    throw new ConfigurationError(
      `--${option} ${file} is a symbolic link: reports are never written through links; delete it or choose another path`,
    );
  if (!stat.isFile())
    throw new ConfigurationError(`--${option} ${file} exists and is not a regular file: choose another path`);
  if (!replace)
    throw new ConfigurationError(
      `--${option} ${file} already exists: pass --replace to replace it, or choose another path`,
    );
}

async function merge(
  files: readonly string[],
  values: Partial<Record<(typeof OUTPUTS)[number], string>> & {
    replace?: boolean;
    "issue-repo"?: string;
    expect?: string;
  },
  io: InventoryIo & { env: Record<string, string | undefined> },
  usageError: (message: string) => Error,
): Promise<number> {
  const expected = parseRepositoryList(values.expect ?? "");
  const notName = expected.find((repository) => !isRepositoryName(repository));
  if (notName !== undefined) throw usageError(`--expect: ${JSON.stringify(notName)} is not OWNER/NAME`);
  if (files.length === 0 && expected.length === 0)
    throw usageError("inventory merge needs one or more inventory JSON files");
  const issueRepository = values["issue-repo"];
  if (issueRepository !== undefined && !isRepositoryName(issueRepository))
    throw usageError(`--issue-repo must be OWNER/NAME, not ${JSON.stringify(issueRepository)}`);
  const token =
    issueRepository === undefined ? undefined : requiredToken(io.env, "--issue-repo", "issues: write");
  const targets = OUTPUTS.flatMap((option) => {
    const file = values[option];
    return file === undefined ? [] : [{ option, file, target: path.resolve(io.cwd, file) }];
  });
  for (const [index, output] of targets.entries()) {
    const twin = targets.slice(0, index).find((other) => other.target === output.target);
    if (twin) throw usageError(`--${twin.option} and --${output.option} name the same file ${output.file}`);
  }
  for (const output of targets)
    checkTarget(output.option, output.file, output.target, values.replace === true);

  const { merged, warnings } = mergeInventories(
    files.map((file) => readInput(file, io.cwd)),
    { expected, now: new Date().toISOString() },
  );
  for (const warning of warnings) io.stderr(`${forLogLine(`secrets-actions: ${warning}`)}\n`);
  // With --expect, a run that read nothing is still a report: every repository is a row saying why.
  if (merged.inputs.read === 0 && expected.length === 0)
    throw new ConfigurationError(
      `inventory merge: none of the ${files.length} files is an inventory (each is named above): pass the files secrets-actions inventory --json writes`,
    );

  const full = targets.filter((output) => output.option !== "markdown").map((output) => output.file);
  const markdown = (limit?: number) =>
    renderMarkdown(merged, {
      ...(limit === undefined ? {} : { limit }),
      ...(full.length > 0
        ? {
            artifactHint: `The full report is in ${full.map(markdownCode).join(" and ")}: upload ${full.length === 1 ? "it" : "them"} as a workflow artifact and link it here.`,
          }
        : {}),
    });
  const render = {
    markdown: () => markdown(),
    html: () => renderHtml(merged),
    json: () => renderJson(merged),
  };
  if (issueRepository !== undefined && token !== undefined) {
    const client = cliGitHubClient({
      token,
      command: "secrets-actions inventory",
      concurrency: 1,
      stderr: io.stderr,
    });
    const issue = await publishInventoryIssue(client, issueRepository, markdown);
    io.stderr(
      `${forLogLine(`secrets-actions inventory merge: issue #${issue.number} of ${issueRepository} ${issue.action}`)}\n`,
    );
    if (issue.notPinned !== undefined)
      io.stderr(
        `${forLogLine(`secrets-actions: issue #${issue.number} could not be pinned: ${issue.notPinned}`)}\n`,
      );
  }
  if (targets.length === 0) {
    if (issueRepository === undefined) io.stdout(markdown());
    return 0;
  }
  for (const output of targets) {
    writeFileSafely(output.target, render[output.option](), {
      what: `--${output.option} ${output.file}`,
      roots: [path.parse(output.target).root],
      mode: 0o644,
      replace: values.replace === true,
    });
  }
  io.stderr(
    `${forLogLine(
      `secrets-actions inventory merge: ${merged.totals.repositories} repositories, ${merged.totals.names} secret names, ${merged.inputs.skipped.length} inputs skipped; wrote ${targets.map((output) => output.file).join(", ")}`,
    )}\n`,
  );
  return 0;
}

/**
 * The inventory command: `inventory` (this checkout), `inventory plan` (the workflow's matrix),
 * `inventory merge FILE...` (one report over many repositories).
 */
export async function inventoryCommand(
  args: string[],
  io: InventoryIo & { env: Record<string, string | undefined> },
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    INVENTORY,
    args,
    {
      markdown: { type: "string" },
      html: { type: "string" },
      json: { type: "string" },
      replace: { type: "boolean" },
      repository: { type: "string" },
      history: { type: "boolean" },
      repositories: { type: "string" },
      "per-job": { type: "string" },
      "issue-repo": { type: "string" },
      reason: { type: "string" },
      expect: { type: "string" },
    },
    usageError,
  );
  const [subcommand, ...files] = positionals;
  if (subcommand !== "merge" && files.length > 0)
    throw usageError(
      `inventory ${subcommand ?? ""} takes no file names (${looksLikeIdentity(files[0] ?? "") ? "an age identity: keep keys out of the command line, and treat this one as exposed" : JSON.stringify(files[0]?.slice(0, 40))}): only inventory merge reads files`,
    );
  if (subcommand === undefined) return inventoryRepositoryCommand(values, io, identities, usageError);
  if (subcommand === "plan") return inventoryPlanCommand(values, io, usageError);
  if (subcommand === "unread") return inventoryUnreadCommand(values, io, usageError);
  if (subcommand !== "merge")
    throw usageError(
      `unknown inventory subcommand ${JSON.stringify(subcommand.slice(0, 40))}: use inventory, inventory plan, inventory unread or inventory merge FILE...`,
    );
  return merge(files, values, io, usageError);
}
