/**
 * The access audit's reading of a repository: the names of the recipients (policy file and `.sops.yaml`
 * comments), who can open each SOPS file now, and every revision of every SOPS file in the history —
 * from its metadata alone, and with a key as keyed digests of its values, never the values themselves.
 */
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { historyPaths, isShallow, trackedFiles } from "./git.js";
import { loadPolicy, loadSops } from "./scan-files.js";
import { sopsRevisions, type UndecryptableNotice } from "./sops-history.js";
import {
  accessSpans,
  exposures,
  type AccessSpan,
  type Exposure,
  type FileAccessHistory,
} from "../lib/access/exposures.js";
import { RecipientNames } from "../lib/access/names.js";
import { groupRecipients, readersOf, type Readers } from "../lib/access/readers.js";
import { creationRuleFor, type SopsSetup } from "../lib/sops/policy.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import type { Metadata } from "../lib/sops/metadata.js";
import { inspectSops } from "../lib/sops/inspect.js";

export interface AccessOptions {
  root: string;
  identities: readonly AgeIdentity[];
  /** The policy file (repository-relative); empty: `.github/secrets-policy.yml` when it exists. */
  policyFile: string;
  notice: UndecryptableNotice;
}

export interface FileAccess {
  path: string;
  readers: Readers;
  /** Every recipient the file names, in every key group. */
  recipients: string[];
  metadata: Metadata;
}

export interface AccessReport {
  names: RecipientNames;
  sops: SopsSetup | undefined;
  /** The SOPS files of the tree and who can open each now. */
  files: FileAccess[];
  histories: FileAccessHistory[];
  spans: AccessSpan[];
  exposures: Exposure[];
  /** Every recipient any revision of any SOPS file names. */
  recipientsSeen: Set<string>;
  /** Set for a shallow clone: what is missing. */
  incomplete?: string;
}

/** The names, from the policy file's `recipients:` and the comments of `.sops.yaml`. */
export function loadRecipientNames(
  root: string,
  policyFile: string,
): { names: RecipientNames; sops: SopsSetup | undefined } {
  const policy = loadPolicy(root, policyFile);
  const found = loadSops(root, "");
  return { names: new RecipientNames(policy.recipients, found?.text), sops: found?.setup };
}

/**
 * Files whose history the audit reads: every path of the history that a creation rule covers today, and
 * every tracked SOPS file. (A SOPS file that no rule ever covered and that is gone from the tree is not
 * found: a creation rule is how a repository says where its secrets are.)
 */
async function candidatePaths(root: string, sops: SopsSetup | undefined): Promise<string[]> {
  const everywhere = await historyPaths(root);
  return everywhere.filter(
    (file) => creationRuleFor(sops, file) !== undefined || /\.(?:enc|sops)\./.test(file),
  );
}

export async function readAccess(options: AccessOptions): Promise<AccessReport> {
  const { root, identities, notice } = options;
  const { names, sops } = loadRecipientNames(root, options.policyFile);
  const shallow = await isShallow(root);
  const tracked = new Set(await trackedFiles(root));
  const histories: FileAccessHistory[] = [];
  const files: FileAccess[] = [];
  const recipientsSeen = new Set<string>();
  for (const file of await candidatePaths(root, sops)) {
    const revisions = await sopsRevisions(root, file, identities, notice, { shallowOk: true });
    if (revisions.length === 0) continue;
    for (const { metadata } of revisions)
      for (const recipient of groupRecipients(metadata).flat()) recipientsSeen.add(recipient);
    const current = tracked.has(file);
    histories.push({
      path: file,
      current,
      revisions: revisions.map(({ revision, metadata }) => ({
        commit: revision.commit,
        readers: readersOf(metadata, names).alone,
        keys: [...revision.ciphertexts.keys()],
        ...(revision.plaintexts ? { digests: revision.plaintexts } : {}),
      })),
    });
    const newest = revisions.at(-1);
    if (current && newest)
      files.push({
        path: file,
        readers: readersOf(newest.metadata, names),
        recipients: [...new Set(groupRecipients(newest.metadata).flat())],
        metadata: newest.metadata,
      });
  }
  return {
    names,
    sops,
    files,
    histories,
    spans: accessSpans(histories),
    exposures: exposures(histories),
    recipientsSeen,
    ...(shallow
      ? {
          incomplete:
            "this is a shallow clone: the history is incomplete (fetch it whole with `git fetch --unshallow`)",
        }
      : {}),
  };
}

/** Who can open each of these files of the working tree now (a file that is not SOPS is left out). */
export function currentReaders(
  root: string,
  files: readonly string[],
  names: RecipientNames,
): { path: string; readers: Readers }[] {
  return files.flatMap((file) => {
    const absolute = path.join(root, file);
    // A link in the tree could point anywhere on the runner: only regular files are read.
    if (!lstatSync(absolute, { throwIfNoEntry: false })?.isFile()) return [];
    const bytes = readFileSync(absolute);
    const status = inspectSops(file, bytes, bytes.toString("utf8"));
    return status.kind === "sops" ? [{ path: file, readers: readersOf(status.metadata, names) }] : [];
  });
}
