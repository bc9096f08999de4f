/**
 * The CLI's compile cache (common/compile-cache.ts): in the user's own cache folder, only where Node has
 * one (22.1 and later) and only when nobody else can write to the folder.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { compileCacheFolder } from "../actions/common/compile-cache.js";
import { REPO_ROOT } from "./support/fixtures.js";
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
    const hasCache =
      Number(/^v(\d+)/.exec(spawnSync(node, ["--version"], { encoding: "utf8" }).stdout)?.[1]) >= 22;
    const cli = (cacheHome: string, extra: Record<string, string> = {}) =>
      spawnSync(node, [CLI, "rules"], {
        env: { PATH: process.env.PATH ?? "", HOME: work, XDG_CACHE_HOME: cacheHome, ...extra },
      }).status;
    const entries = (cacheHome: string) => {
      const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
      return existsSync(folder) ? readdirSync(folder) : [];
    };

    test(`caches compiled code in a private folder ${hasCache ? "" : "(not on this Node: none)"}`, () => {
      const cacheHome = path.join(work, `private-${index}`);
      expect(cli(cacheHome)).toBe(0);
      expect(entries(cacheHome).length > 0).toBe(hasCache);
    });

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
