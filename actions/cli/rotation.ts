/**
 * `secrets-actions rotation [--policy FILE] [FILES...]`: rotate-reminder's SOPS report for the local
 * repository, as a table; exit 1 when a secret is overdue. Identities come from the environment and
 * the default keys.txt, as for every command: with one, ages are exact.
 */
import { repositoryRoot } from "../common/git.js";
import { forLogLine } from "../common/escape.js";
import { loadRotationPolicy, rotationFiles, sopsSecrets } from "../common/sops-history.js";
import { ConfigurationError } from "../lib/errors.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";
import { buildReport, hygieneNotes, type FoundSecret, type ValueFacts } from "../lib/rotation/report.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { parseCommandArgs, usageOf } from "./usage.js";

export interface RotationIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const ROTATION = usageOf("rotation");

/** Columns padded to their widest cell; every cell escaped for the terminal first. */
function table(cells: readonly string[][]): string {
  const rows = cells.map((row) => row.map(forLogLine));
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export async function rotationCommand(
  args: string[],
  io: RotationIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const parsed = parseCommandArgs(ROTATION, args, { policy: { type: "string" } }, usageError);
  const root = await repositoryRoot(io.cwd);
  if (!root)
    throw new ConfigurationError(
      `${io.cwd} is not in a git repository: rotation reads the history of SOPS files`,
    );
  const defaultPolicy = ROTATE_REMINDER.inputs.policy.default;
  const policy = loadRotationPolicy(root, parsed.values.policy ?? defaultPolicy, defaultPolicy);
  const keys = await identities();
  const files = await rotationFiles(root, parsed.positionals);
  const found: FoundSecret[] = [];
  const facts: ValueFacts[] = [];
  for (const file of files) {
    const result = await sopsSecrets(root, file, "local", keys, (message) => {
      io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
    });
    found.push(...result.secrets);
    facts.push(...result.facts);
  }
  const notes = hygieneNotes(facts);
  for (const secret of found) secret.hygiene = notes.get(`${secret.file ?? ""}:${secret.name}`) ?? [];
  const entries = buildReport(found, policy, Date.now());
  const rows = [
    ["SECRET", "FILE", "AGE", "MAX", "STATUS", "COMMIT", "HYGIENE"],
    ...entries.map((entry) => [
      entry.name,
      entry.file ?? "",
      `${entry.exact ? "" : "<="}${entry["age-days"]}d`,
      `${entry["max-age-days"]}d`,
      entry.status,
      (entry.commit ?? "").slice(0, 12),
      entry.hygiene.join("; "),
    ]),
  ];
  io.stdout(`${table(rows)}\n`);
  const overdue = entries.filter((entry) => entry.status === "overdue").length;
  io.stderr(
    `secrets-actions rotation: ${entries.length} secrets in ${files.length} files: ${overdue} overdue${keys.length === 0 ? " (no key: ages are upper bounds)" : ""}\n`,
  );
  return overdue > 0 ? 1 : 0;
}
