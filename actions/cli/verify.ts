/**
 * `secrets-actions verify [--staged | --history [--purge-plan FILE]] [PATHS...]`: the action's rules
 * from a terminal or a pre-commit hook. Prints `file:line: rule-id message` per finding, exits 1 when
 * there is an error finding. `--history` is the action's `history` scope; `--purge-plan` writes the
 * history's secrets for `git filter-repo --replace-text` (purge-plan.ts) and prints the plan.
 */
import { forLogLine } from "../common/escape.js";
import { parseCommandArgs, usageOf } from "./usage.js";
import { countSeverities, describeFinding, describeNotes, reportable } from "../lib/scan/rules.js";
import { verify, type HistoryValue, type Source } from "../common/verify.js";
import { PurgePlanTarget } from "./purge-plan.js";

export interface VerifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const VERIFY = usageOf("verify");

/** Returns the exit code; bad usage throws what `usageError` makes of the message. */
export async function verifyCommand(
  args: string[],
  io: VerifyIo,
  usageError: (message: string) => Error,
): Promise<number> {
  const parsed = parseCommandArgs(
    VERIFY,
    args,
    {
      staged: { type: "boolean" },
      history: { type: "boolean" },
      "purge-plan": { type: "string" },
      config: { type: "string" },
      "sops-config": { type: "string" },
      threads: { type: "string" },
    },
    usageError,
  );
  const { values, positionals } = parsed;
  const threads = values.threads === undefined ? 0 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 0)
    throw usageError(
      `--threads must be a whole number (0: one per core for a large scan), not ${JSON.stringify(values.threads)}`,
    );
  const paths = positionals.length > 0 ? positionals : undefined;
  if (values.history && values.staged)
    throw usageError(
      "--history and --staged exclude each other: --history checks every commit, --staged the index",
    );
  if (values.history && paths)
    throw usageError("--history takes no PATHS: it checks every blob of every commit (drop the paths)");
  const planFile = values["purge-plan"];
  if (planFile !== undefined && !values.history)
    throw usageError("--purge-plan is made from the whole history: add --history");
  if (planFile === "") throw usageError("--purge-plan needs a file name (a file that does not exist yet)");
  // An existing file or a link at FILE is refused now, before a long history is read.
  const plan = planFile === undefined ? undefined : new PurgePlanTarget(io.cwd, planFile);
  const source: Source = values.history
    ? { scope: "history", askedBy: "cli" }
    : values.staged
      ? { scope: "staged", ...(paths ? { paths } : {}) }
      : paths
        ? { scope: "paths", paths }
        : { scope: "all" };
  // The secrets' plaintext for the plan: kept here, written to FILE only, never printed.
  const secretValues: HistoryValue[] = [];
  const result = await verify({
    cwd: io.cwd,
    source,
    include: [],
    policyFile: values.config ?? "",
    sopsConfigFile: values["sops-config"] ?? "",
    identities: [],
    now: Date.now(),
    threads,
    ...(plan
      ? {
          historyValues: (value: HistoryValue) => {
            secretValues.push(value);
          },
        }
      : {}),
  });
  for (const finding of reportable(result.findings)) {
    const where = finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : "";
    io.stdout(
      `${forLogLine(`${finding.file}:${finding.line}: ${finding.rule} ${finding.severity}: ${describeFinding(finding)}${where}`)}\n`,
    );
  }
  if (plan) for (const line of plan.write(secretValues, result.root)) io.stdout(`${forLogLine(line)}\n`);
  for (const note of result.notes) io.stderr(`${forLogLine(`secrets-actions: ${note}`)}\n`);
  const counts = countSeverities(result.findings);
  io.stderr(
    `secrets-actions verify: ${result.files} files checked: ${counts.error} errors, ${counts.warning} warnings, ${describeNotes(counts.note)} (${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(2)} s)\n`,
  );
  return counts.error > 0 ? 1 : 0;
}
