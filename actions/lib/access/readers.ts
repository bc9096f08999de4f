/**
 * Who can open a SOPS file, from its metadata alone. One key group: every recipient in it. Several: the
 * data key is split with Shamir, one share per group, and `shamir_threshold` shares (all of them when
 * the file does not say) are needed, so a name reads alone only when its recipients sit in that many
 * groups; otherwise it holds some shares and needs others to read.
 */
import type { Metadata } from "../sops/metadata.js";
import type { RecipientNames } from "./names.js";

export interface Readers {
  /** Names (or short recipients) that can decrypt the file on their own. */
  alone: string[];
  /** Names that hold shares but fewer than the threshold. */
  partial: { name: string; shares: number; threshold: number }[];
}

/** Every master key of a group: age and age PQ recipients, and PGP fingerprints. */
export function groupRecipients(metadata: Pick<Metadata, "keyGroups">): string[][] {
  return metadata.keyGroups.map((group) => [
    ...group.age.map((key) => key.recipient),
    ...group.others.filter((key) => key.type === "pgp").map((key) => key.id),
  ]);
}

/** Shares needed: the file's threshold, all groups when it sets none, never more than there are. */
function thresholdOf(metadata: Pick<Metadata, "keyGroups" | "shamirThreshold">): number {
  const groups = metadata.keyGroups.length;
  if (groups <= 1) return 1;
  return metadata.shamirThreshold > 0 ? Math.min(metadata.shamirThreshold, groups) : groups;
}

export function readersOf(
  metadata: Pick<Metadata, "keyGroups" | "shamirThreshold">,
  names: RecipientNames,
): Readers {
  const threshold = thresholdOf(metadata);
  const shares = new Map<string, number>();
  for (const group of groupRecipients(metadata)) {
    for (const name of new Set(group.map((recipient) => names.nameOf(recipient))))
      shares.set(name, (shares.get(name) ?? 0) + 1);
  }
  const alone: string[] = [];
  const partial: Readers["partial"] = [];
  for (const [name, count] of [...shares].sort(([a], [b]) => a.localeCompare(b))) {
    if (count >= threshold) alone.push(name);
    else partial.push({ name, shares: count, threshold });
  }
  return { alone, partial };
}

/** `alice, ci (bob holds 1 of 2 shares: cannot read alone)`. */
export function describeReaders(readers: Readers): string {
  const alone = readers.alone.length > 0 ? readers.alone.join(", ") : "nobody alone";
  const partial = readers.partial.map(
    (reader) => `${reader.name} holds ${reader.shares} of ${reader.threshold} shares: cannot read alone`,
  );
  return partial.length > 0 ? `${alone} (${partial.join("; ")})` : alone;
}
