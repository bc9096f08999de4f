/**
 * The CLI's compile cache (common/compile-cache.ts): in the user's own cache folder, only when nobody
 * else can write to the folder; Node's own on 22.1 and later, V8's code cache through node:vm on Node 20.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { compileCacheFolder } from "../actions/common/compile-cache.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { random } from "./support/random.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "compile-cache-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

test("the folder is the platform's user cache folder, never a relative one", () => {
  expect(compileCacheFolder({}, "linux", "/home/u")).toBe("/home/u/.cache/secrets-actions/compile-cache");
  expect(compileCacheFolder({ XDG_CACHE_HOME: "/c" }, "linux", "/home/u")).toBe(
    "/c/secrets-actions/compile-cache",
  );
  expect(compileCacheFolder({ XDG_CACHE_HOME: "relative" }, "linux", "/home/u")).toBeUndefined();
  expect(compileCacheFolder({}, "darwin", "/Users/u")).toBe(
    "/Users/u/Library/Caches/secrets-actions/compile-cache",
  );
  expect(compileCacheFolder({}, "win32", "C:\\Users\\u")).toBeUndefined();
});

describe.each(RUNTIMES.map((runtime, index) => ({ ...runtime, index })))(
  "the bundled CLI under $name",
  ({ node, index }) => {
    const ownCache =
      Number(/^v(\d+)/.exec(spawnSync(node, ["--version"], { encoding: "utf8" }).stdout)?.[1]) >= 22;
    const run = (cacheHome: string, extra: Record<string, string> = {}) =>
      spawnSync(node, [CLI, "rules"], {
        env: { PATH: process.env.PATH ?? "", HOME: work, XDG_CACHE_HOME: cacheHome, ...extra },
        encoding: "utf8",
      });
    const cli = (cacheHome: string, extra: Record<string, string> = {}) => run(cacheHome, extra).status;
    const entries = (cacheHome: string) => {
      const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
      return existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
    };
    /** The files of Node 20's code cache (folder v8-VERSION-ARCH/, one file a chunk). */
    const codeCacheFiles = (cacheHome: string) => {
      const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
      return entries(cacheHome)
        .filter((entry) => /^v8-[^/\\]+[/\\][0-9a-f]{64}$/.test(entry))
        .map((entry) => path.join(folder, entry));
    };

    test("caches compiled code in a private folder", () => {
      const cacheHome = path.join(work, `private-${index}`);
      expect(cli(cacheHome)).toBe(0);
      expect(entries(cacheHome).length).toBeGreaterThan(0);
    });

    (ownCache ? test.skip : test)(
      "Node 20: a second run uses what the first wrote, prints the same and writes nothing",
      () => {
        const cacheHome = path.join(work, `second-${index}`);
        const first = run(cacheHome);
        const files = codeCacheFiles(cacheHome);
        expect(files.length).toBeGreaterThan(0);
        // An entry V8 refused would be written anew: a new file (inode) by a rename.
        const written = files.map((file) => statSync(file).ino);
        const second = run(cacheHome);
        expect(second).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
        expect(codeCacheFiles(cacheHome)).toEqual(files);
        expect(files.map((file) => statSync(file).ino)).toEqual(written);
      },
    );

    (ownCache ? test.skip : test)(
      "Node 20: an entry V8 refuses (damaged) is compiled again and written anew",
      () => {
        const cacheHome = path.join(work, `damaged-${index}`);
        const first = run(cacheHome);
        const files = codeCacheFiles(cacheHome);
        for (const file of files) writeFileSync(file, random.bytes(readFileSync(file).length));
        const damaged = files.map((file) => readFileSync(file));
        expect(run(cacheHome)).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
        const rewritten = files.map((file) => readFileSync(file));
        expect(rewritten.filter((bytes, at) => bytes.equals(damaged[at] ?? Buffer.alloc(0)))).toEqual([]);
        expect(run(cacheHome)).toMatchObject({ status: 0, stdout: first.stdout });
      },
    );

    test.each([["CI"], ["GITHUB_ACTIONS"]])("writes nothing on CI (%s set)", (variable) => {
      const cacheHome = path.join(work, `ci-${variable}-${index}`);
      expect(cli(cacheHome, { [variable]: "true" })).toBe(0);
      expect(entries(cacheHome)).toEqual([]);
    });

    (process.platform === "win32" ? test.skip : test)(
      "writes nothing below a parent folder others can write to",
      () => {
        const cacheHome = path.join(work, `shared-parent-${index}`);
        mkdirSync(path.join(cacheHome, "secrets-actions"), { recursive: true });
        chmodSync(path.join(cacheHome, "secrets-actions"), 0o777);
        expect(cli(cacheHome)).toBe(0);
        expect(entries(cacheHome)).toEqual([]);
      },
    );

    (process.platform === "win32" ? test.skip : test)(
      "writes nothing to a folder others can write to",
      () => {
        const cacheHome = path.join(work, `shared-${index}`);
        const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
        mkdirSync(folder, { recursive: true });
        chmodSync(folder, 0o777);
        expect(cli(cacheHome)).toBe(0);
        expect(readdirSync(folder)).toEqual([]);
      },
    );
  },
);
