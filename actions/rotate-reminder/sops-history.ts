/**
 * The SOPS half of rotate-reminder: each file's revisions from git (one `git log`, blobs through one
 * batched `git cat-file`), the encrypted secrets of each revision, decrypted in memory with the key
 * when there is one, and from them each secret's age and, for the current values, hygiene facts.
 * Values never leave this module: revisions carry keyed digests, hygiene carries lengths and answers.
 */
import { createHmac, randomBytes } from "node:crypto";
import * as core from "@actions/core";
import { forAnnotation } from "../common/escape.js";
import { fileRevisions, readBlobs, type FileRevision } from "../common/git.js";
import { flattenDocuments } from "../lib/env/flatten.js";
import { describeUnknown } from "../lib/errors.js";
import { secretAges, type Revision } from "../lib/rotation/history.js";
import { isWeakValue, type FoundSecret, type ValueFacts } from "../lib/rotation/report.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { decrypt } from "../lib/sops/engine.js";
import { detectEncryptedFormat, formatForPath } from "../lib/sops/formats.js";
import { inspectSops } from "../lib/sops/inspect.js";
import { selectLeaves } from "../lib/sops/tree-cipher.js";

/** Exported names as decrypt-env would export them with its defaults. */
const DELIMITER = "__";

export interface FileSecrets {
  secrets: FoundSecret[];
  facts: ValueFacts[];
}

/** Digests are keyed with a key of this run only: equal values compare equal, nothing else is learnt. */
const DIGEST_KEY = randomBytes(32);
const digest = (value: string) => createHmac("sha256", DIGEST_KEY).update(value).digest("hex");

interface ReadRevision {
  revision: Revision;
  /** Name → value facts of this revision (current revision only). */
  values?: Map<string, string>;
}

async function readRevision(
  file: string,
  meta: FileRevision,
  bytes: Buffer,
  identities: readonly AgeIdentity[],
  keepValues: boolean,
): Promise<ReadRevision | undefined> {
  const format = formatForPath(meta.path) ?? detectEncryptedFormat(meta.path, bytes);
  const status = inspectSops(meta.path, bytes, bytes.toString("utf8"));
  // A revision that is not (or not yet) a SOPS file has no secrets to date.
  if (status.kind !== "sops") return undefined;
  const leaves = selectLeaves(status.branches, {
    rule: status.metadata.cryptRule,
    macOnlyEncrypted: status.metadata.macOnlyEncrypted,
  });
  const ciphertexts = new Map(
    flattenDocuments(status.branches, leaves, DELIMITER)
      .filter((entry) => entry.secret)
      .map((entry) => [entry.name, entry.value]),
  );
  if (identities.length === 0)
    return { revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined } };
  try {
    const decrypted = await decrypt(bytes, { format, identities });
    const plain = flattenDocuments(decrypted.branches, decrypted.leaves, DELIMITER).filter(
      (entry) => entry.secret,
    );
    const plaintexts = new Map(plain.map((entry) => [entry.name, digest(entry.value)]));
    const values = keepValues ? new Map(plain.map((entry) => [entry.name, entry.value])) : undefined;
    return {
      revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts },
      ...(values ? { values } : {}),
    };
  } catch (error) {
    core.notice(
      forAnnotation(
        `rotate-reminder: ${file} at commit ${meta.commit.slice(0, 12)} cannot be decrypted (${describeUnknown(error)}): its ages are compared by ciphertext there and marked inexact`,
      ),
    );
    return { revision: { commit: meta.commit, date: meta.date, ciphertexts, plaintexts: undefined } };
  }
}

export async function sopsSecrets(
  root: string,
  file: string,
  repository: string,
  identities: readonly AgeIdentity[],
): Promise<FileSecrets> {
  const metas = await fileRevisions(root, file);
  const blobs: Buffer[] = [];
  await readBlobs(root, metas, (index, bytes) => {
    blobs[index] = bytes;
  });
  const revisions: Revision[] = [];
  let current: Map<string, string> | undefined;
  for (const [index, meta] of metas.entries()) {
    const bytes = blobs[index];
    if (!bytes) continue;
    const last = index === metas.length - 1;
    const read = await readRevision(file, meta, bytes, identities, last);
    if (!read) continue;
    revisions.push(read.revision);
    if (last) current = read.values;
  }
  const secrets: FoundSecret[] = secretAges(revisions).map((age) => ({
    name: age.name,
    source: "sops",
    file,
    key: age.name,
    repository,
    lastChanged: age.date,
    commit: age.commit,
    exact: age.exact && identities.length > 0,
  }));
  const facts: ValueFacts[] = [...(current ?? new Map<string, string>())].map(([name, value]) => ({
    name,
    file,
    length: Array.from(value).length,
    digest: digest(value),
    weak: isWeakValue(name, value),
  }));
  return { secrets, facts };
}
