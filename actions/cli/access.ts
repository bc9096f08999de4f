/**
 * `secrets-actions access` (who can read what, now and over the history) and `secrets-actions offboard`
 * (take a person's or a laptop's keys out: `.sops.yaml`, a new data key for every file they could read,
 * and the list of values they could read that are still in use, as rotation issues on request).
 */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { readAccess, type AccessReport } from "../common/access.js";
import { forLogLine } from "../common/escape.js";
import { repositoryRoot } from "../common/git.js";
import { cliGitHubClient, requiredToken } from "./github-client.js";
import { applyExistingIssues } from "../common/rotation-issues.js";
import { locateSopsConfig } from "../common/sops-config.js";
import { applyChanges, type FileChange } from "../common/transaction.js";
import { canonical, looksLikeIdentity, shortRecipient } from "../lib/access/names.js";
import { removeFromSopsConfig } from "../lib/access/offboard.js";
import { describeReaders } from "../lib/access/readers.js";
import type { Exposure } from "../lib/access/exposures.js";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";
import type { ReportEntry } from "../lib/rotation/report.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { rotateDataKey } from "../lib/sops/engine.js";
import { SopsError } from "../lib/sops/errors.js";
import { detectEncryptedFormat } from "../lib/sops/formats.js";
import { markdownCode } from "../lib/inventory/escape.js";
import { isRepositoryName } from "../lib/repository-name.js";
import { parseCommandArgs, usageOf } from "./usage.js";

export interface AccessIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

const ACCESS = usageOf("access");
const OFFBOARD = usageOf("offboard");
const short = (commit: string | null) => (commit ?? "").slice(0, 12);

async function readRepository(
  io: AccessIo,
  identities: readonly AgeIdentity[],
  policyFile: string,
  notice: (message: string) => void = (message) => {
    io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
  },
): Promise<{ root: string; report: AccessReport }> {
  const root = await repositoryRoot(io.cwd);
  if (!root)
    throw new ConfigurationError(
      `${io.cwd} is not in a git repository: access reads the history of SOPS files`,
    );
  const report = await readAccess({
    root,
    identities,
    policyFile,
    notice,
  });
  if (report.incomplete) io.stderr(`${forLogLine(`secrets-actions: ${report.incomplete}`)}\n`);
  return { root, report };
}

/** The recipients a name or recipient means, or a refusal that says where names come from. */
function resolveTarget(
  report: AccessReport,
  target: string,
): { recipients: Set<string>; names: Set<string> } {
  const recipients = report.names.resolve(target, report.recipientsSeen);
  if (!recipients)
    throw new ConfigurationError(
      `unknown name or recipient ${looksLikeIdentity(target) ? "(an age identity: give its recipient, age-keygen -y, and treat the key as exposed)" : JSON.stringify(target)}: use a name of recipients: in .github/secrets-policy.yml, of a comment beside a recipient in .sops.yaml, or a recipient (age1…, a PGP fingerprint)`,
    );
  return {
    recipients: new Set(recipients),
    names: new Set(recipients.map((recipient) => report.names.nameOf(recipient))),
  };
}

function describeExposure(exposure: Exposure): string {
  const state =
    exposure.stillLive === null
      ? "unknown without a key that opens it"
      : exposure.stillLive
        ? "still live: rotate"
        : exposure.changedIn
          ? `changed since ${short(exposure.changedIn)}: safe`
          : "gone: safe";
  return `${exposure.name}  ${exposure.file}  ${exposure.key}  (readable from ${short(exposure.firstCommit)} to ${short(exposure.lastCommit)})  ${state}`;
}

export async function accessCommand(
  args: string[],
  io: AccessIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const { values } = parseCommandArgs(
    ACCESS,
    args,
    {
      recipient: { type: "string" },
      history: { type: "boolean" },
      json: { type: "boolean" },
      config: { type: "string" },
    },
    usageError,
  );
  const { report } = await readRepository(io, await identities(), values.config ?? "");
  const only = values.recipient === undefined ? undefined : resolveTarget(report, values.recipient).names;
  const wanted = (name: string) => !only || only.has(name);
  const exposures = report.exposures.filter((exposure) => wanted(exposure.name));
  const spans = report.spans.filter((span) => wanted(span.name));
  if (values.json) {
    const named = report.names.entries();
    const namedRecipients = new Set(named.flatMap((entry) => entry.recipients));
    const unnamed = [...report.recipientsSeen]
      .filter((recipient) => !report.names.isNamed(recipient) && !namedRecipients.has(recipient))
      .sort()
      .map((recipient) => ({ name: shortRecipient(recipient), recipients: [recipient] }));
    const output = {
      recipients: [...named, ...unnamed].filter((entry) => wanted(entry.name)),
      files: report.files.map((file) => ({
        path: file.path,
        readers: file.readers.alone.filter(wanted),
        partial: file.readers.partial.filter((reader) => wanted(reader.name)),
      })),
      exposures: exposures.map((exposure) => ({
        recipient: exposure.name,
        file: exposure.file,
        key: exposure.key,
        first_commit: exposure.firstCommit,
        last_commit: exposure.lastCommit,
        still_live: exposure.stillLive,
        changed_in: exposure.changedIn,
      })),
      ...(values.history
        ? {
            history: spans.map((span) => ({
              recipient: span.name,
              file: span.file,
              from: span.from,
              to: span.to,
              ended_by: span.endedBy,
            })),
          }
        : {}),
      history_complete: report.incomplete === undefined,
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  const lines = [
    "Who can read each SOPS file now:",
    ...report.files.map((file) => `  ${file.path}: ${describeReaders(file.readers)}`),
    "",
    `What ${only ? [...only].join(", ") : "each name"} could ever read (${exposures.length} values):`,
    ...exposures.map((exposure) => `  ${describeExposure(exposure)}`),
  ];
  if (values.history)
    lines.push(
      "",
      "Every revision's readers, from their metadata:",
      ...spans.map(
        (span) =>
          `  ${span.file}  ${span.name}  from ${short(span.from)} to ${short(span.to)}${span.endedBy ? ` (removed in ${short(span.endedBy)})` : " (still)"}`,
      ),
    );
  io.stdout(`${lines.map(forLogLine).join("\n")}\n`);
  return 0;
}

/**
 * One rotation issue per still-live value, found again by its marker and label (rotate-reminder's
 * machinery). `whoMarkdown`: the names as Markdown code (a .sops.yaml comment can hold `@team` or a link).
 */
function offboardEntry(
  exposure: Exposure,
  whoMarkdown: string,
  recipient: string,
  repository: string,
): ReportEntry {
  return {
    // By recipient, not name: a name that lived in a .sops.yaml comment is gone after offboarding.
    id: `offboard:${recipient}:sops:${exposure.file}:${exposure.key}`,
    name: exposure.key,
    source: "sops",
    file: exposure.file,
    key: exposure.key,
    repository,
    scope: null,
    environment: null,
    "last-changed": "",
    commit: exposure.lastCommit,
    "age-days": 0,
    exact: true,
    "max-age-days": 0,
    status: "overdue",
    hygiene: [],
    reason: `${whoMarkdown} was offboarded and could read its current value (from commit ${short(exposure.firstCommit)} to ${short(exposure.lastCommit)}); the git history still opens with their key`,
  };
}

export async function offboardCommand(
  args: string[],
  io: AccessIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    OFFBOARD,
    args,
    { "dry-run": { type: "boolean" }, "github-repo": { type: "string" }, config: { type: "string" } },
    usageError,
  );
  const [target] = positionals;
  if (positionals.length !== 1 || target === undefined)
    throw usageError("offboard takes one NAME or RECIPIENT");
  const repository = values["github-repo"];
  if (repository !== undefined && !isRepositoryName(repository))
    throw usageError(`--github-repo must be OWNER/NAME, not ${JSON.stringify(repository)}`);
  const token =
    repository === undefined ? undefined : requiredToken(io.env, "--github-repo", "issues: write");
  const keys = await identities();
  // Revisions the key cannot open are counted, not told one by one: the plan says what it means.
  let unopened = 0;
  const { root, report } = await readRepository(io, keys, values.config ?? "", () => {
    unopened++;
  });
  const { recipients, names } = resolveTarget(report, target);
  const who = [...names].join(", ");
  const issueRecipient = [...recipients].sort()[0] ?? target;
  const removed = (recipient: string) => recipients.has(canonical(recipient));
  const changes: FileChange[] = [];

  const configFile = locateSopsConfig(root);
  if (configFile) {
    const text = readFileSync(configFile, "utf8");
    const relative = path.relative(root, configFile);
    const removal = removeFromSopsConfig(text, removed, relative, who);
    if (removal.rules.length > 0)
      changes.push({
        file: configFile,
        content: removal.text,
        mode: lstatSync(configFile).mode & 0o777,
        says: `${relative}: ${who} removed from creation rule${removal.rules.length === 1 ? "" : "s"} ${removal.rules.map((rule) => rule + 1).join(", ")}`,
      });
  }
  // Every file the recipient can open now: named in its key groups, or holding the data key from an
  // earlier revision (updatekeys keeps the data key).
  const opens = (candidate: (typeof report.files)[number]) =>
    candidate.recipients.some(removed) || candidate.holders.some((name) => names.has(name));
  for (const file of report.files.filter(opens)) {
    const absolute = path.join(root, file.path);
    if (!existsSync(absolute)) continue;
    if (!lstatSync(absolute).isFile())
      throw new ConfigurationError(
        `${file.path}: not a regular file (a link?): offboarding rewrites files, never through links; nothing was changed`,
      );
    const bytes = readFileSync(absolute);
    let content: Uint8Array;
    try {
      content = await rotateDataKey(bytes, {
        format: detectEncryptedFormat(file.path, bytes),
        identities: keys,
        keep: (recipient) => !removed(recipient),
      });
    } catch (error) {
      const why =
        error instanceof SopsError && error.code === "NO_MATCHING_KEY"
          ? "no key at hand opens it (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or keys.txt): offboarding needs a key that opens every file"
          : describeUnknown(error);
      throw new ConfigurationError(
        `${file.path}: cannot be re-encrypted without ${who}: ${why}; nothing was changed`,
      );
    }
    const remaining = file.readers.alone.filter((name) => !names.has(name));
    changes.push({
      file: absolute,
      content,
      mode: lstatSync(absolute).mode & 0o777,
      says: `${file.path}: a new data key, every value encrypted again, for ${remaining.join(", ") || "the remaining key groups"}`,
    });
  }
  const live = report.exposures.filter(
    (exposure) => names.has(exposure.name) && exposure.stillLive !== false,
  );
  const lines = [
    `offboard ${who} (${[...recipients].map((recipient) => `${shortRecipient(recipient)}…`).join(", ")}):`,
    ...(changes.length > 0
      ? changes.map((change) => `  ${change.says}`)
      : ["  nothing at HEAD names these recipients"]),
    "",
    `Values ${who} could read that are still in use (${live.length}): rotate them at their provider`,
    ...live.map((exposure) => `  ${describeExposure(exposure)}`),
    ...(unopened > 0
      ? [
          `  (${unopened} revisions could not be opened with the key at hand or read: for them, what a name could read is judged by the recipients alone)`,
        ]
      : []),
  ];
  io.stdout(`${lines.map(forLogLine).join("\n")}\n`);
  if (values["dry-run"]) {
    io.stderr("secrets-actions offboard: dry run, nothing written\n");
    return 0;
  }
  applyChanges(changes, root);
  io.stderr(`secrets-actions offboard: ${changes.length} files written\n`);
  if (repository !== undefined && token !== undefined) {
    const client = cliGitHubClient({
      token,
      command: "secrets-actions offboard",
      concurrency: 1,
      stderr: io.stderr,
    });
    const serverUrl = (io.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const whoMarkdown = [...names].map(markdownCode).join(", ");
    const entries = live
      .filter((exposure) => exposure.stillLive === true)
      .map((exposure) => offboardEntry(exposure, whoMarkdown, issueRecipient, repository));
    const results = await applyExistingIssues(
      client,
      repository,
      ROTATE_REMINDER.inputs.label.default,
      entries,
      {
        repositoryUrl: `${serverUrl}/${repository}`,
        covers: (id) => id.startsWith(`offboard:${issueRecipient}:`),
        closing: "The value changed after the offboarding: rotated. Closing.",
      },
    );
    for (const result of results)
      io.stdout(`${forLogLine(`  issue #${result.number} ${result.action}: ${result.id}`)}\n`);
  }
  return 0;
}
