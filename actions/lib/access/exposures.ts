/**
 * What each name could ever read, from every revision of every SOPS file: for each (name, file, key),
 * the first and last commit at which the name could open a value of the key, and whether a value it
 * could open is still the current one. Values are compared as keyed digests the caller made in memory
 * (with a key); without one, whether a value is still live is unknown (null).
 */

export interface RevisionAccess {
  commit: string;
  /** Names that could open this revision alone. */
  readers: readonly string[];
  /** The encrypted keys (flattened names) this revision holds. */
  keys: readonly string[];
  /** Key → digest of its value, when a key opened this revision. */
  digests?: ReadonlyMap<string, string>;
  /**
   * Which data key the revision is encrypted with (an id; equal ids, the same data key). `sops
   * updatekeys` and `set` keep the data key: whoever could open it once opens every revision that
   * keeps it, whatever the later metadata names.
   */
  dataKey?: string;
}

export interface FileAccessHistory {
  path: string;
  /** Oldest first; revisions with broken metadata left out by the caller. */
  revisions: readonly RevisionAccess[];
  /** The last revision is the file at HEAD (false: the file was deleted since). */
  current: boolean;
}

export interface Exposure {
  name: string;
  file: string;
  key: string;
  firstCommit: string;
  lastCommit: string;
  /** A value the name could open is still the current one; null when no key told the values apart. */
  stillLive: boolean | null;
  /** When not live: the commit that set the current value, or that removed the key (or the file). */
  changedIn: string | null;
}

export interface AccessSpan {
  name: string;
  file: string;
  /** The first and the last revision of a run of revisions the name could open. */
  from: string;
  to: string;
  /** The revision that ended the run (the name could no longer open it); null: it still can. */
  endedBy: string | null;
}

function liveness(
  history: FileAccessHistory,
  key: string,
  opened: readonly RevisionAccess[],
): { stillLive: boolean | null; changedIn: string | null } {
  const revisions = history.revisions;
  const last = revisions.at(-1);
  if (!history.current || !last?.keys.includes(key)) {
    // Gone: the first revision after the name's last one that lacks the key.
    const lastOpened = opened.at(-1);
    const after = lastOpened ? revisions.indexOf(lastOpened) + 1 : 0;
    const removal = revisions.slice(after).find((revision) => !revision.keys.includes(key));
    return { stillLive: false, changedIn: removal?.commit ?? null };
  }
  const current = last.digests?.get(key);
  const seen = opened.map((revision) => revision.digests?.get(key));
  if (current === undefined || seen.some((digest) => digest === undefined))
    return { stillLive: null, changedIn: null };
  if (seen.includes(current)) return { stillLive: true, changedIn: null };
  // The revision that set the current value: back from HEAD while the value stays the same.
  let since = revisions.length - 1;
  while (since > 0 && revisions[since - 1]?.digests?.get(key) === current) since--;
  return { stillLive: false, changedIn: revisions[since]?.commit ?? null };
}

/**
 * The history with each revision's readers widened to everyone who held its data key at any revision:
 * the key groups say who was given the data key, not who still has it.
 */
export function withDataKeyHolders(history: FileAccessHistory): FileAccessHistory {
  const holders = new Map<string, Set<string>>();
  for (const revision of history.revisions) {
    if (revision.dataKey === undefined) continue;
    const names = holders.get(revision.dataKey) ?? new Set<string>();
    for (const name of revision.readers) names.add(name);
    holders.set(revision.dataKey, names);
  }
  return {
    ...history,
    revisions: history.revisions.map((revision) => {
      const extra = revision.dataKey === undefined ? undefined : holders.get(revision.dataKey);
      if (!extra) return revision;
      return { ...revision, readers: [...new Set([...revision.readers, ...extra])].sort() };
    }),
  };
}

export function exposures(histories: readonly FileAccessHistory[]): Exposure[] {
  const found: Exposure[] = [];
  for (const history of histories.map(withDataKeyHolders)) {
    const names = [...new Set(history.revisions.flatMap((revision) => revision.readers))].sort();
    for (const name of names) {
      const readable = history.revisions.filter((revision) => revision.readers.includes(name));
      const keys = [...new Set(readable.flatMap((revision) => revision.keys))].sort();
      for (const key of keys) {
        const opened = readable.filter((revision) => revision.keys.includes(key));
        const first = opened[0];
        const last = opened.at(-1);
        if (!first || !last) continue;
        found.push({
          name,
          file: history.path,
          key,
          firstCommit: first.commit,
          lastCommit: last.commit,
          ...liveness(history, key, opened),
        });
      }
    }
  }
  return found;
}

/** The runs of revisions each name could open, per file: who could read it from which commit to which. */
export function accessSpans(histories: readonly FileAccessHistory[]): AccessSpan[] {
  const spans: AccessSpan[] = [];
  for (const history of histories.map(withDataKeyHolders)) {
    const open = new Map<string, { from: string; to: string }>();
    for (const revision of history.revisions) {
      for (const [name, span] of open) {
        if (revision.readers.includes(name)) continue;
        spans.push({ name, file: history.path, ...span, endedBy: revision.commit });
        open.delete(name);
      }
      for (const name of revision.readers) {
        const span = open.get(name);
        open.set(name, { from: span?.from ?? revision.commit, to: revision.commit });
      }
    }
    for (const [name, span] of open) spans.push({ name, file: history.path, ...span, endedBy: null });
  }
  return spans.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}
