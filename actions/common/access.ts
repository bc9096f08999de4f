/**
 * The access audit's reading of a repository: the names of the recipients (policy file and `.sops.yaml`
 * comments), who can open each SOPS file now, and every revision of every SOPS file in the history —
 * from its metadata alone, and with a key as keyed digests of its values, never the values themselves.
 */
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { historyPaths, isShallow, pathRevisions, readBlobs, trackedFiles } from "./git.js";
import { loadPolicy, loadSops } from "./scan-files.js";
import { sopsRevisionsOfPaths, type SopsRevision, type UndecryptableNotice } from "./sops-history.js";
import {
  accessSpans,
  exposures,
  withDataKeyHolders,
  type AccessSpan,
  type Exposure,
  type FileAccessHistory,
} from "../lib/access/exposures.js";
import { RecipientNames } from "../lib/access/names.js";
import { groupRecipients, readersOf, type Readers } from "../lib/access/readers.js";
import { creationRuleFor, type SopsSetup } from "../lib/sops/policy.js";
import type { AgeIdentity } from "../lib/sops/age.js";
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
  /** Names that can open it now: those it names, and whoever held its data key at any revision. */
  holders: string[];
}

export interface AccessReport {
  names: RecipientNames;
  /** The SOPS files of the tree and who can open each now. */
  files: FileAccess[];
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
  /** Earlier `.sops.yaml` texts whose comments name recipients too (the current file wins). */
  earlier = "",
): { names: RecipientNames; sops: SopsSetup | undefined } {
  return namesOf(loadPolicy(root, policyFile), loadSops(root, ""), earlier);
}

function namesOf(
  policy: ReturnType<typeof loadPolicy>,
  found: ReturnType<typeof loadSops>,
  earlier: string,
): { names: RecipientNames; sops: SopsSetup | undefined } {
  return {
    names: new RecipientNames(policy.recipients, `${earlier}\n${found?.text ?? ""}`),
    sops: found?.setup,
  };
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

/**
 * Which revisions share a data key, as ids: revisions a key opened compare their data keys; others are
 * taken to keep the previous revision's when any ciphertext is unchanged (sops re-encrypts every value
 * only with a new data key). An id is the first revision of its run.
 */
function dataKeyLineage(file: string, revisions: readonly SopsRevision[]): string[] {
  const parent = revisions.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  const union = (a: number, b: number) => {
    const [low, high] = [find(a), find(b)].sort((x, y) => x - y);
    if (low !== undefined && high !== undefined) parent[high] = low;
  };
  const byDataKey = new Map<string, number>();
  for (const [index, { revision, dataKey }] of revisions.entries()) {
    if (dataKey !== undefined) {
      const earlier = byDataKey.get(dataKey);
      if (earlier === undefined) byDataKey.set(dataKey, index);
      else union(earlier, index);
    }
    const previous = revisions[index - 1];
    if (!previous) continue;
    const known = dataKey !== undefined && previous.dataKey !== undefined;
    const shares = [...revision.ciphertexts].some(
      ([name, text]) => previous.revision.ciphertexts.get(name) === text,
    );
    if (!known && shares) union(index - 1, index);
  }
  return revisions.map((_, index) => `${file}#${find(index)}`);
}

/**
 * The comments of every committed `.sops.yaml`, oldest first: a name given beside a recipient stays
 * known after the recipient (and its comment) left the file, so that offboarding it twice works.
 */
async function historicSopsConfigText(root: string, file: string | undefined): Promise<string> {
  if (!file) return "";
  const revisions = (await pathRevisions(root, [file])).get(file) ?? [];
  const texts: string[] = [];
  await readBlobs(root, revisions, (index, bytes) => {
    texts[index] = bytes.toString("utf8");
  });
  return texts.join("\n");
}

export async function readAccess(options: AccessOptions): Promise<AccessReport> {
  const { root, identities, notice } = options;
  // Each file read once: the names also come from the comments of .sops.yaml's earlier revisions.
  const policy = loadPolicy(root, options.policyFile);
  const found = loadSops(root, "");
  const earlier = await historicSopsConfigText(root, found?.setup.file);
  const { names, sops } = namesOf(policy, found, earlier);
  const shallow = await isShallow(root);
  const tracked = new Set(await trackedFiles(root));
  const histories: FileAccessHistory[] = [];
  const files: FileAccess[] = [];
  const recipientsSeen = new Set<string>();
  const candidates = await candidatePaths(root, sops);
  const byPath = await sopsRevisionsOfPaths(root, candidates, identities, notice);
  for (const file of candidates) {
    const revisions = byPath.get(file) ?? [];
    if (revisions.length === 0) continue;
    for (const { metadata } of revisions)
      for (const recipient of groupRecipients(metadata).flat()) recipientsSeen.add(recipient);
    const current = tracked.has(file);
    const lineage = dataKeyLineage(file, revisions);
    histories.push({
      path: file,
      current,
      revisions: revisions.map(({ revision, metadata }, index) => ({
        commit: revision.commit,
        readers: readersOf(metadata, names).alone,
        keys: [...revision.ciphertexts.keys()],
        ...(revision.plaintexts ? { digests: revision.plaintexts } : {}),
        dataKey: lineage[index],
      })),
    });
    const newest = revisions.at(-1);
    const history = histories.at(-1);
    if (current && newest && history)
      files.push({
        path: file,
        readers: readersOf(newest.metadata, names),
        recipients: [...new Set(groupRecipients(newest.metadata).flat())],
        holders: [...(withDataKeyHolders(history).revisions.at(-1)?.readers ?? [])],
      });
  }
  return {
    names,
    files,
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
