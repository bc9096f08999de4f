/**
 * Writing several files of a repository as one change: each atomically and never through a link
 * (safe-write), and on any failure every file written before it put back as it was, so a command that
 * fails leaves nothing half-written.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { writeFileSafely } from "./safe-write.js";

export interface FileChange {
  /** Absolute path. */
  file: string;
  content: Uint8Array | string;
  mode: number;
  /** What the change is, for the plan a command prints. */
  says: string;
}

/** Writes every change; on a failure, puts back what was written before it and rethrows. */
export function applyChanges(changes: readonly FileChange[], root: string): void {
  const undo: Array<() => void> = [];
  try {
    for (const change of changes) {
      const previous = existsSync(change.file) ? readFileSync(change.file) : undefined;
      const folder = path.dirname(change.file);
      // Repository files stay inside it; the key file goes where the user's sops looks for it.
      const inRepository = change.file.startsWith(`${root}${path.sep}`);
      const within = inRepository ? root : path.parse(change.file).root;
      // Folders of the repository are ordinary ones; the key's is private (as age-keygen's users make it).
      const created = mkdirSync(folder, { recursive: true, mode: inRepository ? 0o755 : 0o700 });
      if (created !== undefined)
        undo.push(() => {
          rmSync(created, { recursive: true, force: true });
        });
      writeFileSafely(change.file, change.content, {
        what: path.relative(root, change.file),
        roots: [within],
        mode: change.mode,
        replace: previous !== undefined,
      });
      undo.push(() => {
        if (previous === undefined) rmSync(change.file, { force: true });
        else
          writeFileSafely(change.file, previous, {
            what: change.file,
            roots: [within],
            mode: lstatSync(change.file).mode & 0o777,
            replace: true,
          });
      });
    }
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
}
