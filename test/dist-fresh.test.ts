/**
 * dist/ and the generated docs are committed: they must be exactly what a fresh build of the committed
 * sources produces, and every generated file must be tracked by git.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { REPO_ROOT } from "./support/fixtures.js";

const GENERATED = ["dist", "action-docs"];
let fresh: string;

function filesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((child) => path.join(name, child)) : [name];
  });
}

beforeAll(() => {
  fresh = mkdtempSync(path.join(tmpdir(), "fresh-build-"));
  execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts", "build.mjs"), "--out", fresh], {
    cwd: REPO_ROOT,
    stdio: "pipe",
  });
}, 300_000);

afterAll(() => {
  rmSync(fresh, { recursive: true, force: true });
});

describe("generated files", () => {
  test.each(GENERATED)("%s/ equals a fresh build, file for file", (folder) => {
    const committed = filesUnder(path.join(REPO_ROOT, folder)).sort();
    const rebuilt = filesUnder(path.join(fresh, folder)).sort();
    expect(committed).toEqual(rebuilt);
    const stale = rebuilt.filter(
      (file) =>
        !readFileSync(path.join(REPO_ROOT, folder, file)).equals(
          readFileSync(path.join(fresh, folder, file)),
        ),
    );
    expect(stale).toEqual([]);
  });

  test("every generated file is committed", () => {
    const status = execFileSync(
      "git",
      ["status", "--porcelain", "--untracked-files=all", "--", ...GENERATED],
      { cwd: REPO_ROOT },
    ).toString();
    expect(status).toBe("");
  });
});
