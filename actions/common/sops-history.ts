/**
 * The SOPS half of a rotation check (rotate-reminder and `secrets-actions rotation`): which files to
 * look at, each file's revisions from git (one `git log`, blobs through one batched `git cat-file`),
 * the encrypted secrets of each revision, decrypted in memory with the key when there is one, and from
 * them each secret's age and, for the current values, hygiene facts. Values never leave this module:
 * revisions carry keyed digests, hygiene carries lengths and answers.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileRevisions, pathRevisions, readBlobs, trackedFiles, type FileRevision } from "./git.js";
import { locateSopsConfig, readSopsConfig } from "./sops-config.js";
import { flattenDocuments } from "../lib/env/flatten.js";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import { DEFAULT_POLICY, parseRotationPolicy, type RotationPolicy } from "../lib/rotation/policy.js";
import { globMatcher } from "../lib/scan/policy.js";
import { creationRuleFor, type SopsSetup } from "../lib/sops/policy.js";
import { secretAges, type Revision } from "../lib/rotation/history.js";
import { isWeakValue, type FoundSecret, type ValueFacts } from "../lib/rotation/report.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import type { Metadata } from "../lib/sops/metadata.js";
import { decrypt } from "../lib/sops/engine.js";
import { detectEncryptedFormat, formatForPath } from "../lib/sops/formats.js";
import { LineIndex } from "../lib/lines.js";
import { inspectSops, keyLine } from "../lib/sops/inspect.js";
import { selectLeaves, type Location } from "../lib/sops/tree-cipher.js";

/** Exported names as decrypt-env would export them with its defaults. */
const DELIMITER = "__";

export interface FileSecrets {
  secrets: FoundSecret[];
  facts: ValueFacts[];
}

/** Digests are keyed with a key of this run only: equal values compare equal, nothing else is learnt. */
const DIGEST_KEY = randomBytes(32);
const digest = (value: string | Uint8Array, key: Uint8Array = DIGEST_KEY) =>
  createHmac("sha256", key).update(value).digest("hex");

interface ReadRevision {
  revision: Revision;
  /** The revision's SOPS metadata: its key groups say who could open it. */
  metadata: Metadata;
  /** A keyed digest of the data key, when a key opened the revision: who held it then can open this. */
  dataKey?: string;
  /** Name → decrypted value (current revision only, with a key): for the hygiene facts. */
  values?: Map<string, string>;
  /** Name → the line of its key (current revision only): for annotations. */
  lines?: Map<string, number>;
}

/** The flattened name of a leaf: its map keys down to the first list (a list is one variable). */
function nameOf(location: Location): Location {
  const end = location.findIndex((part) => typeof part === "number");
  return end === -1 ? location : location.slice(0, end);
}

/** Told about each revision no key opens (its ages fall back to ciphertexts there). */
export type UndecryptableNotice = (message: string) => void;

/**
 * Data keys already unwrapped in one reading of revisions, by their wrapped copies (the age entries of a
 * file's metadata). Kept per reading, with the identities it was given: never for another caller.
 */
type UnwrappedKeys = Map<string, Uint8Array>;

async function readRevision(
  meta: FileRevision,
  bytes: Buffer,
  identities: readonly AgeIdentity[],
  keepValues: boolean,
  notice: UndecryptableNotice,
  unwrapped: UnwrappedKeys,
): Promise<ReadRevision | undefined> {
  const format = formatForPath(meta.path) ?? detectEncryptedFormat(meta.path, bytes);
  const status = inspectSops(meta.path, bytes, bytes.toString("utf8"));
  if (status.kind === "broken")
    notice(
      `${meta.path} at commit ${meta.commit.slice(0, 12)} has broken SOPS metadata (${status.problem}): that revision is skipped`,
    );
  // A revision that is not (or not yet) a SOPS file has no secrets to date.
  if (status.kind !== "sops") return undefined;
  const { metadata } = status;
  const leaves = selectLeaves(status.branches, {
    rule: status.metadata.cryptRule,
    macOnlyEncrypted: status.metadata.macOnlyEncrypted,
  });
  let lines: Map<string, number> | undefined;
  if (keepValues) {
    const text = bytes.toString("utf8");
    const index = new LineIndex(text);
    lines = new Map();
    for (const leaf of leaves) {
      const location = nameOf(leaf.location);
      const name = location.join(DELIMITER);
      if (leaf.encrypted && !lines.has(name)) lines.set(name, keyLine(text, index, location));
    }
  }
  const ciphertexts = new Map(
    flattenDocuments(status.branches, leaves, DELIMITER)
      .filter((entry) => entry.secret)
      .map((entry) => [entry.name, entry.value]),
  );
  const known = lines ? { lines } : {};
  if (identities.length === 0)
    return {
      revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined },
      metadata,
      ...known,
    };
  try {
    // Revisions that keep the data key (`set`, `updatekeys` of other groups) keep its wrapped copies:
    // each is unwrapped once, and the MAC is still verified with it for every revision.
    const wrapped = metadata.keyGroups
      .map((group) => group.age.map((key) => key.enc).join("\n"))
      .join("\n\n");
    const cachedKey = unwrapped.get(wrapped);
    const decrypted = await decrypt(bytes, {
      format,
      identities,
      parsed: { branches: status.branches, metadata },
      ...(cachedKey ? { dataKey: cachedKey } : {}),
    });
    if (!cachedKey) unwrapped.set(wrapped, decrypted.dataKey);
    const plain = flattenDocuments(decrypted.branches, decrypted.leaves, DELIMITER).filter(
      (entry) => entry.secret,
    );
    const plaintexts = new Map(plain.map((entry) => [entry.name, digest(entry.value)]));
    const values = keepValues ? new Map(plain.map((entry) => [entry.name, entry.value])) : undefined;
    return {
      revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts },
      metadata,
      dataKey: digest(decrypted.dataKey),
      ...(values ? { values } : {}),
      ...known,
    };
  } catch (error) {
    notice(
      `${meta.path} at commit ${meta.commit.slice(0, 12)} cannot be decrypted (${describeUnknown(error)}): its ages are compared by ciphertext there and marked inexact`,
    );
    return {
      revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined },
      metadata,
      ...known,
    };
  }
}

/** One revision of a SOPS file: its secrets (ciphertexts, digests with a key), metadata and data key. */
export type SopsRevision = ReadRevision;

/** The revisions behind these metas, read in one blob batch; `keep(index)`: keep that one's values. */
async function readMetas(
  root: string,
  metas: readonly FileRevision[],
  identities: readonly AgeIdentity[],
  notice: UndecryptableNotice,
  keep: (index: number) => boolean,
): Promise<(ReadRevision | undefined)[]> {
  const blobs: Buffer[] = [];
  await readBlobs(root, metas, (index, bytes) => {
    blobs[index] = bytes;
  });
  const read: (ReadRevision | undefined)[] = [];
  const unwrapped: UnwrappedKeys = new Map();
  for (const [index, meta] of metas.entries()) {
    const bytes = blobs[index];
    read.push(
      bytes ? await readRevision(meta, bytes, identities, keep(index), notice, unwrapped) : undefined,
    );
  }
  return read;
}

/** The revisions of several files at once (one `git log`, one blob batch), renames not followed. */
export async function sopsRevisionsOfPaths(
  root: string,
  files: readonly string[],
  identities: readonly AgeIdentity[],
  notice: UndecryptableNotice,
): Promise<Map<string, SopsRevision[]>> {
  const metas = [...(await pathRevisions(root, files)).values()].flat();
  const read = await readMetas(root, metas, identities, notice, () => false);
  const found = new Map<string, SopsRevision[]>();
  for (const [index, meta] of metas.entries()) {
    const revision = read[index];
    if (!revision) continue;
    const list = found.get(meta.path) ?? [];
    list.push(revision);
    found.set(meta.path, list);
  }
  return found;
}

/**
 * The SOPS revisions of a file from one `git log` and one batched `git cat-file`; the newest keeps its
 * values and key lines when it is the file's last revision.
 */
async function readRevisions(
  root: string,
  file: string,
  identities: readonly AgeIdentity[],
  notice: UndecryptableNotice,
): Promise<ReadRevision[]> {
  const metas = await fileRevisions(root, file);
  const read = await readMetas(root, metas, identities, notice, (index) => index === metas.length - 1);
  return read.filter((revision): revision is ReadRevision => revision !== undefined);
}

export async function sopsSecrets(
  root: string,
  file: string,
  repository: string,
  identities: readonly AgeIdentity[],
  notice: UndecryptableNotice,
  /** Digests the current values with this key instead of the run's own (the inventory's shared key). */
  digestKey?: Uint8Array,
): Promise<FileSecrets> {
  const read = await readRevisions(root, file, identities, notice);
  const revisions = read.map((entry) => entry.revision);
  const newest = read.at(-1);
  const current = newest?.values;
  const keyLines = newest?.lines;
  const secrets: FoundSecret[] = secretAges(revisions).map((age) => ({
    name: age.name,
    source: "sops",
    file,
    key: age.name,
    repository,
    lastChanged: age.date,
    commit: age.commit,
    exact: age.exact && identities.length > 0,
    line: keyLines?.get(age.name) ?? 1,
  }));
  const facts: ValueFacts[] = [...(current ?? new Map<string, string>())].map(([name, value]) => ({
    name,
    file,
    length: Array.from(value).length,
    digest: digest(value, digestKey),
    weak: isWeakValue(name, value),
  }));
  return { secrets, facts };
}

/** The rotation policy file (repository-relative); the default name may be absent, another may not. */
export function loadRotationPolicy(root: string, file: string, defaultFile: string): RotationPolicy {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) {
    if (file === defaultFile) return DEFAULT_POLICY;
    throw new ConfigurationError(`policy: ${file} does not exist in ${root}: fix the path or remove it`);
  }
  return parseRotationPolicy(readFileSync(absolute, "utf8"), file);
}

function sopsSetup(root: string): SopsSetup | undefined {
  const file = locateSopsConfig(root);
  if (!file) return undefined;
  const relative = path.relative(root, file).split(path.sep).join("/");
  return {
    config: readSopsConfig(file, relative).config,
    dir: path.dirname(relative).replace(/^\.$/, ""),
    file: relative,
  };
}

/**
 * The files to check: those of the globs, else every tracked file that a creation rule covers and
 * that is a SOPS file.
 */
export async function rotationFiles(root: string, globs: readonly string[]): Promise<string[]> {
  const tracked = await trackedFiles(root);
  if (globs.length > 0) {
    const files = tracked.filter(globMatcher(globs));
    if (files.length === 0)
      throw new ConfigurationError(`files: ${globs.join(", ")} matches no tracked file: fix the globs`);
    return files;
  }
  const setup = sopsSetup(root);
  return tracked.filter((file) => {
    if (!creationRuleFor(setup, file)) return false;
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) return false;
    const bytes = readFileSync(absolute);
    return inspectSops(file, bytes, bytes.toString("utf8")).kind === "sops";
  });
}
