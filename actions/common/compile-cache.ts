/**
 * V8's compile cache for the CLI (node:module's enableCompileCache, Node 22.1 and later; nothing before):
 * a pre-commit hook runs the same bundle on every commit, and with the cache its chunks are not parsed
 * and compiled again (about 10 ms of `verify --staged`'s 65 under Node 24). The cache holds code that runs
 * unchecked, so it lives only in a folder of the user's own that no one else can write: never Node's
 * default (a folder in the shared tmpdir), never a repository. The actions do not use it: a job's
 * RUNNER_TEMP starts empty, and a cold cache only adds the time to write it (about 4 ms).
 */
import { lstatSync, mkdirSync, realpathSync } from "node:fs";
import nodeModule from "node:module";
import { homedir } from "node:os";
import path from "node:path";

type WithCompileCache = { enableCompileCache?: (directory: string) => unknown };

const FOLDER = ["secrets-actions", "compile-cache"];

/** The user's cache folder, as each platform places caches; undefined without an absolute one. */
function cacheBase(
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
  return base && path.isAbsolute(base) ? base : undefined;
}

/** This tool's compile cache folder in the user's cache folder; undefined without one. */
export function compileCacheFolder(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string | undefined {
  const base = cacheBase(env, platform, home);
  return base && path.join(base, ...FOLDER);
}

/**
 * The cache folder (created if need be), its links resolved, when it and every folder above it up to
 * the cache base are this user's and nobody else can write to them: another user who could rename or
 * replace any of them could swap in cached code of their own. The base may also be root's, and shared
 * if sticky (/tmp). Undefined otherwise.
 */
function privateFolder(base: string): string | undefined {
  try {
    mkdirSync(path.join(base, ...FOLDER), { recursive: true, mode: 0o700 });
    const real = realpathSync(base);
    const chain = [real, path.join(real, FOLDER[0] ?? ""), path.join(real, ...FOLDER)];
    // Windows has no owner ids here; the local application data folder is the user's own.
    const uid = process.getuid?.();
    if (uid === undefined) return chain[2];
    const safe = chain.every((folder, depth) => {
      const stat = lstatSync(folder);
      const owned = stat.uid === uid || (depth === 0 && stat.uid === 0);
      const othersWrite = (stat.mode & 0o022) !== 0;
      const sticky = (stat.mode & 0o1000) !== 0;
      return stat.isDirectory() && owned && (!othersWrite || (depth === 0 && sticky));
    });
    return safe ? chain[2] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns the cache on for the modules loaded from now on, where Node has it and the folder is safe. Never
 * on CI: a runner (a self-hosted one above all) runs the jobs of many repositories as one user, so a
 * cache one job wrote could run in another's, and a job starts with a cold cache anyway.
 */
export function enableCompileCache(env: Readonly<Record<string, string | undefined>> = process.env): void {
  const enable = (nodeModule as WithCompileCache).enableCompileCache;
  if (!enable || env.CI || env.GITHUB_ACTIONS) return;
  const base = cacheBase(env, process.platform, homedir());
  const folder = base && privateFolder(base);
  if (folder) enable(folder);
}
