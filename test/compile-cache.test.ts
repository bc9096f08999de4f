/**
 * The CLI's compile cache (common/compile-cache.ts): in the user's own cache folder, only when nobody
 * else can write to the folder; Node's own on 22.1 and later, V8's code cache through node:vm on Node 20.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
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
        // A regression that waits on a FIFO fails here instead of hanging the suite.
        timeout: 60_000,
      });
    const cli = (cacheHome: string, extra: Record<string, string> = {}) => run(cacheHome, extra).status;
    const entries = (cacheHome: string) => {
      const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
      return existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
    };
    /** The files of Node 20's code cache (folder node-VERSION-ARCH/, one file a chunk). */
    const codeCacheFiles = (cacheHome: string) => {
      const folder = path.join(cacheHome, "secrets-actions", "compile-cache");
      return entries(cacheHome)
        .filter((entry) => /^node-v[^/\\]+[/\\][0-9a-f]{64}$/.test(entry))
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
      "Node 20: a damaged entry, whether V8 would see it or not, is compiled again and written anew",
      () => {
        const cacheHome = path.join(work, `damaged-${index}`);
        const first = run(cacheHome);
        const files = codeCacheFiles(cacheHome);
        // Random bytes fail V8's own header check; one byte flipped past the header passes it, and only
        // the entry's digest stops it (it could crash V8 or change a constant).
        files.forEach((file, at) => {
          const bytes = readFileSync(file);
          if (at % 2 === 0) writeFileSync(file, random.bytes(bytes.length));
          else {
            const flipped = 64 + random.int(bytes.length - 64);
            bytes[flipped] = (bytes[flipped] ?? 0) ^ 0x20;
            writeFileSync(file, bytes);
          }
        });
        const damaged = files.map((file) => readFileSync(file));
        expect(run(cacheHome)).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
        const rewritten = files.map((file) => readFileSync(file));
        expect(rewritten.filter((bytes, at) => bytes.equals(damaged[at] ?? Buffer.alloc(0)))).toEqual([]);
        expect(run(cacheHome)).toMatchObject({ status: 0, stdout: first.stdout });
      },
    );

    /**
     * An entry made by the CLI itself from another chunk of the same length (`rules` then prints PLANTED
     * where it printed a rule's title), placed under the real chunk's name: V8 takes it, as it checks
     * only a source's length. So the entry is trusted exactly as far as the folder that holds it.
     */
    function plantEntry(cacheHome: string): { title: string; entry: string; versionFolder: string } {
      const title = "Plaintext dotenv file";
      const planted = "PLANTED".padEnd(title.length, "!");
      const dist = path.dirname(CLI);
      const chunk = readdirSync(dist).find(
        (name) => name.endsWith(".js") && readFileSync(path.join(dist, name), "utf8").includes(title),
      );
      if (!chunk) throw new Error(`no chunk of ${dist} holds "${title}"`);
      const source = readFileSync(path.join(dist, chunk), "utf8");
      const copy = path.join(work, `planted-dist-${index}`);
      rmSync(copy, { recursive: true, force: true });
      cpSync(dist, copy, { recursive: true });
      writeFileSync(path.join(copy, chunk), source.replace(title, planted));
      const maker = path.join(work, `planted-maker-${index}`);
      rmSync(maker, { recursive: true, force: true });
      spawnSync(node, [path.join(copy, "index.js"), "rules"], {
        env: { PATH: process.env.PATH ?? "", HOME: work, XDG_CACHE_HOME: maker },
      });
      const hash = (text: string) => createHash("sha256").update(text).digest("hex");
      const made = codeCacheFiles(maker).find(
        (file) => path.basename(file) === hash(source.replace(title, planted)),
      );
      if (!made) throw new Error("the modified chunk left no entry");
      expect(run(cacheHome).status).toBe(0);
      const versionFolder = path.dirname(codeCacheFiles(cacheHome)[0] ?? "");
      const entry = path.join(versionFolder, hash(source));
      writeFileSync(entry, readFileSync(made));
      return { title, entry, versionFolder };
    }

    (ownCache || process.platform === "win32" ? test.skip : test)(
      "Node 20: an entry is run only from a folder nobody else can write, as a file nobody else can write",
      () => {
        const ownHome = path.join(work, `planted-own-${index}`);
        const own = plantEntry(ownHome);
        // The control: in the user's own folder the planted entry is what runs.
        expect(run(ownHome).stdout).toContain("PLANTED!");

        const loose = path.join(work, `planted-loose-folder-${index}`);
        chmodSync(plantEntry(loose).versionFolder, 0o777);
        const fromLooseFolder = run(loose).stdout;
        expect(fromLooseFolder).toContain(own.title);
        expect(fromLooseFolder).not.toContain("PLANTED!");

        const writable = path.join(work, `planted-loose-file-${index}`);
        chmodSync(plantEntry(writable).entry, 0o666);
        expect(run(writable).stdout).not.toContain("PLANTED!");

        const linked = path.join(work, `planted-link-${index}`);
        const link = plantEntry(linked);
        renameSync(link.entry, `${link.entry}.target`);
        symlinkSync(`${link.entry}.target`, link.entry);
        expect(run(linked).stdout).not.toContain("PLANTED!");
      },
    );

    (ownCache || process.platform === "win32" ? test.skip : test)(
      "Node 20: what cannot be read or written (a folder or a FIFO as an entry) is left, and the run goes on",
      () => {
        const cacheHome = path.join(work, `odd-${index}`);
        const first = run(cacheHome);
        const [folderEntry, fifoEntry] = codeCacheFiles(cacheHome);
        if (!folderEntry || !fifoEntry) throw new Error("expected two entries at least");
        rmSync(folderEntry);
        mkdirSync(folderEntry);
        rmSync(fifoEntry);
        execFileSync("mkfifo", [fifoEntry]);
        const again = run(cacheHome);
        expect(again).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
        // No temporary file is left behind by the write that could not replace the folder.
        expect(entries(cacheHome).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      },
    );

    test.each([["CI"], ["GITHUB_ACTIONS"]])("writes nothing on CI (%s set)", (variable) => {
      const cacheHome = path.join(work, `ci-${variable}-${index}`);
      expect(cli(cacheHome, { [variable]: "true" })).toBe(0);
      expect(entries(cacheHome)).toEqual([]);
    });

    (process.platform === "win32" ? test.skip : test)(
      "writes nothing when a folder above the cache base is writable by others, unless it is sticky",
      () => {
        const loose = path.join(work, `loose-above-${index}`);
        mkdirSync(path.join(loose, "cache"), { recursive: true });
        chmodSync(loose, 0o777);
        expect(cli(path.join(loose, "cache"))).toBe(0);
        expect(entries(path.join(loose, "cache"))).toEqual([]);
        const sticky = path.join(work, `sticky-above-${index}`);
        mkdirSync(path.join(sticky, "cache"), { recursive: true });
        chmodSync(sticky, 0o1777);
        expect(cli(path.join(sticky, "cache"))).toBe(0);
        expect(entries(path.join(sticky, "cache")).length).toBeGreaterThan(0);
      },
    );

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
