/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced. What it created is removed by created-files.ts.
 */
import { randomBytes } from "node:crypto";
import {
  linkSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import type { CreatedEntry, WrittenFile } from "./created-files.js";

export interface WriteOptions {
  /** How messages name the target: "output-file .env". */
  what: string;
  /** Folders the target must resolve into (the workspace, RUNNER_TEMP). */
  roots: readonly (string | undefined)[];
  mode: number;
  /** Replace an existing regular file (reports); otherwise an existing target is refused. */
  replace: boolean;
}

function identity(file: string): CreatedEntry {
  const stat = lstatSync(file);
  return { path: file, device: stat.dev, inode: stat.ino };
}

const inside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

function realRoots(roots: WriteOptions["roots"]): string[] {
  return roots.flatMap((root) => {
    if (!root) return [];
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
}

function existingAncestor(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      lstatSync(current);
      return current;
    } catch {
      if (path.dirname(current) === current) return current;
    }
  }
}

/**
 * Whether a path, all its links resolved, lies inside one of the roots: a file a pull request links
 * from the workspace to elsewhere on the runner does not.
 */
export function resolvesInside(file: string, roots: readonly (string | undefined)[]): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return false;
  }
  return realRoots(roots).some((root) => inside(real, root));
}

const failure = (target: string, options: WriteOptions, why: string) =>
  new ConfigurationError(`${options.what} (${target}) ${why}`);

/**
 * The checks `writeFileSafely` makes before it writes, on their own: so that a command can refuse its
 * target before long work whose result it would not be able to write. Throws what `writeFileSafely` would.
 */
export function checkTarget(target: string, options: WriteOptions): void {
  const roots = realRoots(options.roots);
  const fail = (why: string): never => {
    throw failure(target, options, why);
  };
  checkFolderOf(existingAncestor(path.dirname(target)), roots, fail);
  let existing;
  try {
    existing = lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink()) fail("is a symbolic link: delete it or choose another path");
  if (existing && !(options.replace && existing.isFile())) fail(ALREADY_EXISTS);
}

const ALREADY_EXISTS =
  "already exists: choose a path that does not exist, or delete it first (in a workflow: in an earlier step)";

/** The folder, all its links resolved, must lie inside one of the roots. */
function checkFolderOf(existing: string, roots: readonly string[], fail: (why: string) => never): void {
  let real: string;
  try {
    real = realpathSync(existing);
  } catch (error) {
    return fail(`cannot be written: ${describeUnknown(error)}`);
  }
  if (!roots.some((root) => inside(real, root))) {
    fail(
      `resolves to ${real}, outside the workspace and RUNNER_TEMP (a symbolic link in its path?): write it inside the workspace`,
    );
  }
}

export function writeFileSafely(
  target: string,
  content: string | Uint8Array,
  options: WriteOptions,
): WrittenFile {
  const roots = realRoots(options.roots);
  const folder = path.dirname(target);
  const fail = (why: string): never => {
    throw failure(target, options, why);
  };
  checkTarget(target, options);

  const folders: CreatedEntry[] = [];
  const missing: string[] = [];
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      lstatSync(current);
      break;
    } catch {
      missing.unshift(current);
    }
  }
  for (const created of missing) {
    try {
      mkdirSync(created, { mode: 0o700 });
    } catch (error) {
      fail(`cannot be written: ${describeUnknown(error)}`);
    }
    folders.unshift(identity(created));
  }
  checkFolderOf(folder, roots, fail);

  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: options.mode, flag: "wx" });
    if (options.replace) renameSync(temporary, target);
    else {
      // A link fails when anything (a file, a link) is at the target by now; a rename would replace it.
      linkSync(temporary, target);
      rmSync(temporary);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    for (const created of folders) {
      try {
        rmdirSync(created.path);
      } catch {
        // Something else now lives there (the file that won the race): the folder stays, the error is ours.
      }
    }
    const exists = (error as NodeJS.ErrnoException | undefined)?.code === "EEXIST";
    fail(exists ? ALREADY_EXISTS : `cannot be written: ${describeUnknown(error)}`);
  }
  return { file: identity(target), folders };
}
