/**
 * V8's compile cache for the CLI (node:module's enableCompileCache, Node 22.1 and later; nothing before):
 * a pre-commit hook runs the same bundle on every commit, and with the cache its chunks are not parsed
 * and compiled again (about 10 ms of `verify --staged`'s 65 under Node 24). The cache holds code that runs
 * unchecked, so it lives only in a folder of the user's own that no one else can write: never Node's
 * default (a folder in the shared tmpdir), never a repository. The actions do not use it: a job's
 * RUNNER_TEMP starts empty, and a cold cache only adds the time to write it (about 4 ms).
 */
import { lstatSync, mkdirSync } from "node:fs";
import nodeModule from "node:module";
import { homedir } from "node:os";
import path from "node:path";

type WithCompileCache = { enableCompileCache?: (directory: string) => unknown };

/** The user's cache folder for this tool, as each platform places caches; undefined without one. */
export function compileCacheFolder(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string | undefined {
  const base =
    platform === "win32"
      ? env.LOCALAPPDATA
      : platform === "darwin"
        ? path.join(home, "Library", "Caches")
        : env.XDG_CACHE_HOME || path.join(home, ".cache");
  return base && path.isAbsolute(base) ? path.join(base, "secrets-actions", "compile-cache") : undefined;
}

/** The folder, created if need be, is a folder of this user's that nobody else can write to. */
function isPrivateFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = lstatSync(folder);
    if (!stat.isDirectory()) return false;
    // Windows has no owner ids here; the local application data folder is the user's own.
    const uid = process.getuid?.();
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

/** Turns the cache on for the modules loaded from now on, where Node has it and the folder is safe. */
export function enableCompileCache(env: Readonly<Record<string, string | undefined>> = process.env): void {
  const enable = (nodeModule as WithCompileCache).enableCompileCache;
  if (!enable) return;
  const folder = compileCacheFolder(env, process.platform, homedir());
  if (folder && isPrivateFolder(folder)) enable(folder);
}
