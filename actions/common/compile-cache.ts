/**
 * V8's compile cache for the CLI: a pre-commit hook runs the same bundle on every commit, and with the
 * cache its chunks are not parsed and compiled again. Node 22.1 and later have it (node:module's
 * enableCompileCache: about 10 ms of `verify --staged`'s 65 under Node 24). Node 20 has V8's code cache
 * only through node:vm, so there the bundle's own chunks are compiled as vm.Scripts with it (about 20 ms of
 * `verify --staged`'s 80; bench/startup.mjs). The cache holds code that runs unchecked, so it lives only
 * in a folder of the user's own that no one else can write: never Node's default (a folder in the shared
 * tmpdir), never a repository. The actions do not use it: a job's RUNNER_TEMP starts empty, and a cold
 * cache only adds the time to write it (about 4 ms).
 */
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import nodeModule from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Script } from "node:vm";

type WithCompileCache = { enableCompileCache?: (directory: string) => unknown };

/** Node's CommonJS compile step (private, and frozen in Node 20, the one runtime this is used on). */
type CommonJsModule = {
  exports: unknown;
  _compile?: (this: CommonJsModule, content: string, filename: string) => unknown;
};

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
 * Entries written longer ago than this are dropped the next time one is written: those of chunks an
 * upgrade replaced go, and one still in use is written again by the run after (reads leave no mark).
 */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Node 20's cache: every CommonJS file of `bundleFolder` (the running bundle's chunks) is compiled as a
 * vm.Script with the code V8 cached for it, in the cache folder's v8-VERSION/ under a hash of its
 * source, so a changed chunk never meets the code of another. A chunk with no usable entry gets one when
 * the process exits: by then the functions that ran are compiled too, and they are cached with it.
 * Nothing is done before the first chunk loads (the folder checked, node:crypto and node:vm loaded):
 * `--version` and help load none.
 */
function enableCodeCache(base: string, bundleFolder: string): void {
  const prototype = (nodeModule as unknown as { prototype: CommonJsModule }).prototype;
  const compile = prototype._compile;
  if (!compile) return;
  // undefined until the first chunk; null when the folder is not safe.
  let setup:
    | { versionFolder: string; crypto: typeof import("node:crypto"); vm: typeof import("node:vm") }
    | null
    | undefined;
  const unwritten: Array<{ script: Script; entry: string }> = [];
  prototype._compile = function compileWithCache(content, filename) {
    if (path.dirname(filename) !== bundleFolder || setup === null)
      return compile.call(this, content, filename);
    if (setup === undefined) {
      const folder = privateFolder(base);
      const load = nodeModule.createRequire(filename);
      setup = folder
        ? {
            versionFolder: path.join(folder, `v8-${process.versions.v8}-${process.arch}`),
            crypto: load("node:crypto") as typeof import("node:crypto"),
            vm: load("node:vm") as typeof import("node:vm"),
          }
        : null;
      if (!setup) return compile.call(this, content, filename);
      const { versionFolder } = setup;
      process.once("exit", () => {
        if (unwritten.length > 0) writeEntries(versionFolder, unwritten);
      });
    }
    const { crypto, vm, versionFolder } = setup;
    const entry = path.join(versionFolder, crypto.createHash("sha256").update(content).digest("hex"));
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(entry);
    } catch {
      cachedData = undefined;
    }
    // Node's own wrapper, on one line with the first line of the file, as Node compiles it.
    const script = new vm.Script(
      `(function (exports, require, module, __filename, __dirname) { ${content}\n})`,
      cachedData ? { filename, cachedData } : { filename },
    );
    if (!cachedData || script.cachedDataRejected === true) unwritten.push({ script, entry });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    const require = nodeModule.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

/** Each new entry written whole (a rename), then the entries written over a month ago dropped. */
function writeEntries(versionFolder: string, entries: ReadonlyArray<{ script: Script; entry: string }>) {
  try {
    mkdirSync(versionFolder, { recursive: true, mode: 0o700 });
    for (const { script, entry } of entries) {
      const temporary = `${entry}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { flag: "wx", mode: 0o600 });
      renameSync(temporary, entry);
    }
    const now = Date.now();
    for (const name of readdirSync(versionFolder)) {
      const file = path.join(versionFolder, name);
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    }
  } catch {
    // A cache that cannot be written only means the next run compiles again.
  }
}

/**
 * Turns the cache on for the modules loaded from now on, where the folder is safe. Never on CI: a runner
 * (a self-hosted one above all) runs the jobs of many repositories as one user, so a cache one job
 * wrote could run in another's, and a job starts with a cold cache anyway.
 */
export function enableCompileCache(env: Readonly<Record<string, string | undefined>> = process.env): void {
  if (env.CI || env.GITHUB_ACTIONS) return;
  const base = cacheBase(env, process.platform, homedir());
  if (!base) return;
  const enable = (nodeModule as WithCompileCache).enableCompileCache;
  if (enable) {
    const folder = privateFolder(base);
    if (folder) enable(folder);
    return;
  }
  // This module is bundled into the CLI's entry point; its chunks are the files beside it.
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".js")) enableCodeCache(base, path.dirname(here));
}
