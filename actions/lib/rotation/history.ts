/**
 * When each secret of a SOPS file last changed, from the file's revisions (oldest first). With the
 * key, a revision's secrets are compared by decrypted value: the age is exact. Without it (or for a
 * revision no key opens), by ciphertext: sops re-encrypts a value only when it changes, except when the
 * whole file is re-encrypted (`sops rotate`, `sops encrypt` of a working copy) — a revision in which
 * every ciphertext changed is such a re-encryption and is not counted, so the age is an upper bound.
 */

/** One revision of a file, as the caller read it from git. */
export interface Revision {
  commit: string;
  /** Commit time, RFC 3339. */
  date: string;
  /** Flattened name → ciphertext (`ENC[...]`) of every encrypted value. */
  ciphertexts: ReadonlyMap<string, string>;
  /**
   * Flattened name → a digest of the decrypted value (never the value itself), when a key opened
   * this revision; undefined otherwise.
   */
  plaintexts: ReadonlyMap<string, string> | undefined;
}

export interface SecretAge {
  name: string;
  /** The newest commit in which the secret's value changed (or was added). */
  commit: string;
  date: string;
  /**
   * False when the age rests on a ciphertext comparison that could hide a change or count one that was
   * not (a re-encryption, a revision no key opened): then it is an upper bound.
   */
  exact: boolean;
}

/**
 * The age of every secret of the newest revision. A secret that disappears (removed or renamed) and
 * comes back starts anew where it came back.
 */
export function secretAges(revisions: readonly Revision[]): SecretAge[] {
  const ages = new Map<string, SecretAge>();
  let previous: Revision | undefined;
  for (const revision of revisions) {
    const reencrypted = previous !== undefined && isReencryption(previous.ciphertexts, revision.ciphertexts);
    for (const name of ages.keys()) if (!revision.ciphertexts.has(name)) ages.delete(name);
    for (const [name, ciphertext] of revision.ciphertexts) {
      const known = ages.get(name);
      const introduced = { name, commit: revision.commit, date: revision.date, exact: true };
      if (!known || !previous?.ciphertexts.has(name)) {
        ages.set(name, introduced);
        continue;
      }
      const before = previous.plaintexts?.get(name);
      const now = revision.plaintexts?.get(name);
      if (before !== undefined && now !== undefined) {
        if (before !== now) ages.set(name, introduced);
        continue;
      }
      // Ciphertexts only: a whole-file re-encryption says nothing about any one value.
      if (reencrypted) {
        ages.set(name, { ...known, exact: false });
        continue;
      }
      // An unchanged ciphertext proves an unchanged value; a new one is counted as a change, which a
      // re-encryption of the same value would also produce: an upper bound.
      if (ciphertext !== previous.ciphertexts.get(name)) ages.set(name, { ...introduced, exact: false });
    }
    previous = revision;
  }
  return [...ages.values()];
}

/** Every ciphertext the two revisions share a name for changed (with at least two such names). */
function isReencryption(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): boolean {
  let shared = 0;
  for (const [name, ciphertext] of after) {
    const old = before.get(name);
    if (old === undefined) continue;
    shared++;
    if (old === ciphertext) return false;
  }
  return shared >= 2;
}
