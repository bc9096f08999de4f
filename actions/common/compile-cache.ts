/**
 * V8's compile cache for the CLI: a pre-commit hook runs the same bundle on every commit, and with the
 * cache its chunks are not parsed and compiled again. Node 22.1 and later have it (node:module's
 * enableCompileCache: about 10 ms of `verify --staged`'s 65 under Node 24). Node 20 has V8's code cache
 * only through node:vm, so there the bundle's own chunks are compiled as vm.Scripts with it (about 25 ms of
 * `verify --staged`'s 82; bench/startup.mjs). The cache holds code that runs as the CLI's own, so it
 * lives only in a folder of the user's own that no one else can write: never Node's default (a folder in
 * the shared tmpdir), never a repository. The actions do not use it: a job's RUNNER_TEMP starts empty, and a cold
 * cache only adds the time to write it (about 4 ms).
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import nodeModule from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Script } from "node:vm";

type WithCompileCache = { enableCompileCache?: (directory: string) => unknown };

/**
 * Node's CommonJS compile step: private, so only used where Node has no enableCompileCache (Node 20,
 * 21 and 22.0), and only for the bundle's own chunks; anything else goes through it untouched.
 */
type CommonJsModule = {
  exports: unknown;
  _compile?: (this: CommonJsModule, content: string, filename: string, ...rest: unknown[]) => unknown;
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
 * A folder nobody but this user (and root) can change: a directory, not a link, of theirs that others
 * cannot write to. `shared`: the cache base and the folders above it may also be root's, and writable by
 * all if sticky (/tmp), where nobody can rename or remove what another owns.
 */
function ownFolder(folder: string, uid: number, shared = false): boolean {
  const stat = lstatSync(folder);
  const owned = stat.uid === uid || (shared && stat.uid === 0);
  const othersWrite = (stat.mode & 0o022) !== 0;
  const sticky = (stat.mode & 0o1000) !== 0;
  return stat.isDirectory() && owned && (!othersWrite || (shared && sticky));
}

/**
 * The cache folder (created if need be), its links resolved, when every folder from the root down to it
 * is safe from other users: another user who could rename or replace any of them could swap in cached
 * code of their own. The cache base and the folders above it may be root's or shared and sticky; this
 * tool's two folders are the user's and nobody else can write to them. Undefined otherwise.
 */
function privateFolder(base: string): string | undefined {
  try {
    mkdirSync(path.join(base, ...FOLDER), { recursive: true, mode: 0o700 });
    const real = realpathSync(base);
    const folder = path.join(real, ...FOLDER);
    // Windows has no owner ids here; the local application data folder is the user's own.
    const uid = process.getuid?.();
    if (uid === undefined) return folder;
    const above: string[] = [];
    for (let at = real; ; at = path.dirname(at)) {
      above.push(at);
      if (path.dirname(at) === at) break;
    }
    const safe =
      above.every((ancestor) => ownFolder(ancestor, uid, true)) &&
      [path.join(real, FOLDER[0] ?? ""), folder].every((own) => ownFolder(own, uid));
    return safe ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Entries written longer ago than this are dropped the next time one is written: those of chunks an
 * upgrade replaced go, and one still in use is written again by the run after (reads leave no mark).
 * Folders of other Node versions go when nothing was written to them for as long.
 */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;
/** A temporary file this old was left by a run that died while writing. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;
/** Node 20's entries are in `node-VERSION-ARCH/` of the cache folder (Node 22's own are not). */
const VERSION_FOLDER = /^node-v/;
const DIGEST_BYTES = 32;
/** Windows has neither flag (its typings say otherwise): there, links and FIFOs are the fstat's to refuse. */
const platformFlag = (name: "O_NOFOLLOW" | "O_NONBLOCK") =>
  (constants as Partial<Record<string, number>>)[name] ?? 0;
const READ_ENTRY = constants.O_RDONLY | platformFlag("O_NOFOLLOW") | platformFlag("O_NONBLOCK");

interface CodeCache {
  versionFolder: string;
  uid: number | undefined;
  crypto: typeof import("node:crypto");
  vm: typeof import("node:vm");
}

/**
 * The folder of this Node's entries, created and checked like the ones above it, and the modules the
 * cache needs; undefined when the folder is not safe.
 */
function openCodeCache(base: string, load: (id: string) => unknown): CodeCache | undefined {
  const folder = privateFolder(base);
  if (!folder) return undefined;
  const versionFolder = path.join(folder, `node-${process.version}-${process.arch}`);
  const uid = process.getuid?.();
  try {
    mkdirSync(versionFolder, { mode: 0o700 });
  } catch {
    // There already (checked below), or not creatable (then the check fails).
  }
  try {
    if (uid !== undefined && !ownFolder(versionFolder, uid)) return undefined;
  } catch {
    return undefined;
  }
  return {
    versionFolder,
    uid,
    crypto: load("node:crypto") as typeof import("node:crypto"),
    vm: load("node:vm") as typeof import("node:vm"),
  };
}

const sha256 = (cache: CodeCache, data: Uint8Array) =>
  cache.crypto.createHash("sha256").update(data).digest();

/**
 * An entry's cached code, when the entry is a regular file of this user's that nobody else can write
 * and its digest matches: V8 checks only a cached code's header (its version, flags and the source's
 * length), and a byte damaged past it could crash the CLI on every run or change what it does. Never
 * read through a link, and never waits on a FIFO.
 */
function readEntry(cache: CodeCache, entry: string): Buffer | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(entry, READ_ENTRY);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) return undefined;
    if (cache.uid !== undefined && (stat.uid !== cache.uid || (stat.mode & 0o022) !== 0)) return undefined;
    const bytes = readFileSync(descriptor);
    const data = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && sha256(cache, data).equals(bytes.subarray(0, DIGEST_BYTES))
      ? data
      : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Node 20's cache: every CommonJS file of `bundleFolder` (the running bundle's chunks) is compiled as a
 * vm.Script with the code V8 cached for it, stored under a hash of its source, so a changed chunk never
 * meets the code of another. A chunk with no usable entry gets one when the process exits: by then the
 * functions that ran are compiled too, and they are cached with it. Nothing is done before the first
 * chunk loads (the folder checked, node:crypto and node:vm loaded): `--version` and help load none.
 */
function enableCodeCache(base: string, bundleFolder: string): void {
  const prototype = (nodeModule as unknown as { prototype: CommonJsModule }).prototype;
  const compile = prototype._compile;
  if (!compile) return;
  // undefined until the first chunk; null when the folder is not safe.
  let cache: CodeCache | null | undefined;
  const unwritten: Array<{ script: Script; entry: string }> = [];
  prototype._compile = function compileWithCache(content, filename, ...rest) {
    if (path.dirname(filename) !== bundleFolder || cache === null)
      return compile.call(this, content, filename, ...rest);
    if (cache === undefined) {
      cache = openCodeCache(base, nodeModule.createRequire(filename)) ?? null;
      if (!cache) return compile.call(this, content, filename, ...rest);
      const opened = cache;
      process.once("exit", () => {
        if (unwritten.length > 0) writeEntries(opened, unwritten);
      });
    }
    const entry = path.join(
      cache.versionFolder,
      cache.crypto.createHash("sha256").update(content).digest("hex"),
    );
    const cachedData = readEntry(cache, entry);
    // Node's own wrapper, on one line with the first line of the file, as Node compiles it. The chunks
    // hold no import(): webpack turns each into a chunk load, a require (the tests run the CLI with this
    // cache on, where a real one would fail for want of importModuleDynamically).
    const script = new cache.vm.Script(
      `(function (exports, require, module, __filename, __dirname) { ${content}\n})`,
      cachedData ? { filename, cachedData } : { filename },
    );
    if (!cachedData || script.cachedDataRejected === true) unwritten.push({ script, entry });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    const require = nodeModule.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

/**
 * Each new entry written whole: its digest and cached code to a temporary file of its own, then renamed
 * over the entry. Then what is old goes. Every step on its own: a cache that cannot be written (a folder
 * where an entry goes, a file another run removed first) only means that a later run compiles again.
 */
function writeEntries(cache: CodeCache, entries: ReadonlyArray<{ script: Script; entry: string }>) {
  for (const { script, entry } of entries) {
    const temporary = `${entry}.${cache.crypto.randomBytes(8).toString("hex")}.tmp`;
    try {
      const data = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([sha256(cache, data), data]), { flag: "wx", mode: 0o600 });
      renameSync(temporary, entry);
    } catch {
      removeQuietly(temporary);
    }
  }
  const now = Date.now();
  const olderThan = (file: string, ms: number, kind: "file" | "folder") => {
    const stat = lstatSync(file);
    return (kind === "file" ? stat.isFile() : stat.isDirectory()) && now - stat.mtimeMs > ms;
  };
  forEachName(cache.versionFolder, (file, name) => {
    if (olderThan(file, name.endsWith(".tmp") ? ABANDONED_MS : STALE_MS, "file")) rmSync(file);
  });
  const folder = path.dirname(cache.versionFolder);
  forEachName(folder, (other, name) => {
    if (VERSION_FOLDER.test(name) && other !== cache.versionFolder && olderThan(other, STALE_MS, "folder"))
      rmSync(other, { recursive: true });
  });
}

function forEachName(folder: string, visit: (file: string, name: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    try {
      visit(path.join(folder, name), name);
    } catch {
      // Gone already (another run pruned it), or not ours to remove: left as it is.
    }
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // A folder or something else in its place: left for the prune to skip.
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
