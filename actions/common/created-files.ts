/**
 * What writeFileSafely (safe-write.ts) created, and how it is removed later: only if each entry is still
 * the very one it created. Apart from safe-write.ts so that decrypt-env's post step, which only removes,
 * loads none of the writing (nor node:crypto, a few milliseconds of start-up on Node 24).
 */
import { lstatSync, rmSync, rmdirSync } from "node:fs";

/** A file or folder as it was created: deleted later only if it is still that same one. */
export interface CreatedEntry {
  path: string;
  device: number;
  inode: number;
}

export interface WrittenFile {
  file: CreatedEntry;
  /** Folders created for it, deepest first. */
  folders: CreatedEntry[];
}

/**
 * Deletes what `writeFileSafely` created, but only entries that are still the ones it created (same
 * device and inode): a file or folder a later step put at that path is left alone and reported.
 */
export function removeCreated(written: WrittenFile): { deleted: boolean; replaced: boolean } {
  const state = (entry: CreatedEntry): "same" | "gone" | "replaced" => {
    try {
      const stat = lstatSync(entry.path);
      return stat.dev === entry.device && stat.ino === entry.inode ? "same" : "replaced";
    } catch {
      return "gone";
    }
  };
  const file = state(written.file);
  if (file === "same") rmSync(written.file.path);
  for (const folder of written.folders) {
    if (state(folder) !== "same") continue;
    try {
      rmdirSync(folder.path);
    } catch {
      // Not empty any more (another step wrote there): leave it.
    }
  }
  return { deleted: file === "same", replaced: file === "replaced" };
}
