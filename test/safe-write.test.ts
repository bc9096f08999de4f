// Files the actions write (decrypt-env's output-file, verify-no-plaintext's SARIF) when the repository
// is hostile: a symbolic link as a parent folder or as the target, an existing file, a later step that
// replaces what was written.
import {
  existsSync,
  lstatSync,
  renameSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { removeCreated } from "../actions/common/created-files.js";
import { checkTarget, writeFileSafely } from "../actions/common/safe-write.js";
import { ConfigurationError } from "../actions/lib/errors.js";

let workspace: string;
let outside: string;
const options = { what: "output-file x", mode: 0o600, replace: false };

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "safe-write-ws-"));
  outside = mkdtempSync(path.join(tmpdir(), "safe-write-outside-"));
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("writeFileSafely", () => {
  test("writes mode 0600 into new folders and remembers what it created", () => {
    const written = writeFileSafely(path.join(workspace, "a/b/.env"), "X=1\n", {
      ...options,
      roots: [workspace],
    });
    expect(readFileSync(path.join(workspace, "a/b/.env"), "utf8")).toBe("X=1\n");
    expect(lstatSync(path.join(workspace, "a/b/.env")).mode & 0o777).toBe(0o600);
    expect(written.folders.map((folder) => path.relative(workspace, folder.path))).toEqual(["a/b", "a"]);
  });

  test("a symbolic link among the parent folders that leads out of the workspace is refused", () => {
    symlinkSync(outside, path.join(workspace, "linked"));
    expect(() =>
      writeFileSafely(path.join(workspace, "linked/.env"), "X=1\n", { ...options, roots: [workspace] }),
    ).toThrow(/outside the workspace and RUNNER_TEMP/);
    expect(existsSync(path.join(outside, ".env"))).toBe(false);
  });

  test("a symbolic link at the target is refused, even when replacing is allowed", () => {
    writeFileSync(path.join(outside, "victim"), "keep");
    symlinkSync(path.join(outside, "victim"), path.join(workspace, "results.sarif"));
    expect(() =>
      writeFileSafely(path.join(workspace, "results.sarif"), "{}", {
        ...options,
        replace: true,
        roots: [workspace],
      }),
    ).toThrow(/is a symbolic link/);
    expect(readFileSync(path.join(outside, "victim"), "utf8")).toBe("keep");
  });

  test("an existing file is refused unless replacing is allowed", () => {
    writeFileSync(path.join(workspace, "settings.json"), "committed");
    expect(() =>
      writeFileSafely(path.join(workspace, "settings.json"), "{}", { ...options, roots: [workspace] }),
    ).toThrow(ConfigurationError);
    expect(readFileSync(path.join(workspace, "settings.json"), "utf8")).toBe("committed");
    writeFileSafely(path.join(workspace, "settings.json"), "{}", {
      ...options,
      replace: true,
      roots: [workspace],
    });
    expect(readFileSync(path.join(workspace, "settings.json"), "utf8")).toBe("{}");
  });

  test("a second root (RUNNER_TEMP) is accepted", () => {
    const written = writeFileSafely(path.join(outside, "x.env"), "X=1\n", {
      ...options,
      roots: [workspace, outside],
    });
    expect(existsSync(written.file.path)).toBe(true);
  });
});

describe("checkTarget", () => {
  test("refuses before any work what writeFileSafely would refuse, and writes nothing", () => {
    const target = path.join(workspace, "plan.txt");
    expect(() => {
      checkTarget(target, { ...options, roots: [workspace] });
    }).not.toThrow();
    expect(existsSync(target)).toBe(false);
    writeFileSync(target, "mine");
    expect(() => {
      checkTarget(target, { ...options, roots: [workspace] });
    }).toThrow(/\(.*plan\.txt\) already exists: choose a path that does not exist/);
    rmSync(target);
    symlinkSync(path.join(outside, "victim"), target);
    expect(() => {
      checkTarget(target, { ...options, roots: [workspace] });
    }).toThrow(/is a symbolic link: delete it or choose another path/);
    expect(existsSync(path.join(outside, "victim"))).toBe(false);
  });
});

describe("removeCreated", () => {
  test("deletes the file and the folders it created", () => {
    const written = writeFileSafely(path.join(workspace, "a/.env"), "X=1\n", {
      ...options,
      roots: [workspace],
    });
    expect(removeCreated(written)).toEqual({ deleted: true, replaced: false });
    expect(existsSync(path.join(workspace, "a"))).toBe(false);
  });

  test("leaves a file that a later step put at the same path", () => {
    const target = path.join(workspace, ".env");
    const written = writeFileSafely(target, "X=1\n", { ...options, roots: [workspace] });
    // Created while the first one still exists, so it cannot reuse its inode.
    writeFileSync(path.join(workspace, "next"), "someone else's");
    renameSync(path.join(workspace, "next"), target);
    expect(removeCreated(written)).toEqual({ deleted: false, replaced: true });
    expect(readFileSync(target, "utf8")).toBe("someone else's");
  });

  test("leaves a folder that another step wrote into", () => {
    const written = writeFileSafely(path.join(workspace, "a/.env"), "X=1\n", {
      ...options,
      roots: [workspace],
    });
    writeFileSync(path.join(workspace, "a/other"), "");
    expect(removeCreated(written)).toEqual({ deleted: true, replaced: false });
    expect(existsSync(path.join(workspace, "a/other"))).toBe(true);
  });
});
