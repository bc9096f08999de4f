/**
 * `secrets-actions verify [--staged] [PATHS...]`: the action's rules from a terminal or a pre-commit
 * hook. Prints `file:line: rule-id message` per finding, exits 1 when there is an error finding.
 */
import { forLogLine } from "../common/escape.js";
import { parseCommandArgs, usageOf } from "./usage.js";
import { countSeverities, describeFinding, describeNotes, reportable } from "../lib/scan/rules.js";
import { verify, type Source } from "../common/verify.js";

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
  const source: Source = values.staged
    ? { scope: "staged", ...(paths ? { paths } : {}) }
    : paths
      ? { scope: "paths", paths }
      : { scope: "all" };
  const result = await verify({
    cwd: io.cwd,
    source,
    include: [],
    policyFile: values.config ?? "",
    sopsConfigFile: values["sops-config"] ?? "",
    identities: [],
    now: Date.now(),
    threads,
  });
  for (const finding of reportable(result.findings)) {
    const where = finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : "";
    io.stdout(
      `${forLogLine(`${finding.file}:${finding.line}: ${finding.rule} ${finding.severity}: ${describeFinding(finding)}${where}`)}\n`,
    );
  }
  for (const note of result.notes) io.stderr(`${forLogLine(`secrets-actions: ${note}`)}\n`);
  const counts = countSeverities(result.findings);
  io.stderr(
    `secrets-actions verify: ${result.files} files checked: ${counts.error} errors, ${counts.warning} warnings, ${describeNotes(counts.note)} (${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(2)} s)\n`,
  );
  return counts.error > 0 ? 1 : 0;
}
