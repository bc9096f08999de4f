/**
 * Worker threads give the same scan as one thread: the bundled CLI and action over a repository large
 * enough for workers (many small files, a file larger than a window with secrets on both sides of its
 * window edges, a large binary, a link), and its history, with 1, 2 and the default number of threads,
 * under this machine's Node and Node 24. The same findings, in the same order, with the same lines.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { WINDOW } from "../actions/common/scan-files.js";
import { PARALLEL_BYTES, isLargeScan, pieces, threadsFor, treePieces } from "../actions/common/scan-pool.js";
import { gitIn } from "../tools/git.mjs";
import { runBundle, type StepResult } from "../tools/runner.mjs";
import { example } from "./support/credential-examples.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");
let repo: string;

/** Filler text that holds no candidate, `lines` lines of it. */
const filler = (lines: number) => "const value = compute(index) + offset;\n".repeat(lines);
const token = () => example("glpat-{token:24}");

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), "verify-threads-"));
  gitIn(repo, ["init", "-q", "-b", "main"]);
  writeFileSync(path.join(repo, ".gitignore"), ".env\n");
  for (let index = 0; index < 300; index++) {
    const folder = path.join(repo, "src", `module${index % 12}`);
    mkdirSync(folder, { recursive: true });
    const secret =
      index % 7 === 0
        ? `\nexport const config = { url: "postgres://app:${example("{alnum:20}")}@db/app" };\n`
        : "";
    writeFileSync(path.join(folder, `file${index}.ts`), filler(800) + secret + filler(10));
  }
  // Larger than one window: secrets in the first window, right across the first edge, and at the end.
  const lineLength = filler(1).length;
  const beforeEdge = Math.floor(WINDOW / lineLength) - 1;
  const big = [
    `key: ${token()}\n`,
    filler(beforeEdge),
    `across: ${token()}\n`,
    filler(beforeEdge),
    `end: ${token()}\n`,
  ].join("");
  writeFileSync(path.join(repo, "big.yaml"), big);
  const binary = Buffer.alloc(WINDOW + 1024, 7);
  binary[10] = 0;
  binary.write(token(), 5000);
  writeFileSync(path.join(repo, "blob.bin"), binary);
  symlinkSync("big.yaml", path.join(repo, "link.yaml"));
  gitIn(repo, ["add", "-A"]);
  gitIn(repo, ["commit", "-q", "-m", "large"]);
  // History: a secret that is no longer in the tree.
  writeFileSync(path.join(repo, "src", "old.env.yaml"), `token: ${token()}\n`);
  gitIn(repo, ["add", "-A"]);
  gitIn(repo, ["commit", "-q", "-m", "add"]);
  gitIn(repo, ["rm", "-q", "src/old.env.yaml"]);
  gitIn(repo, ["commit", "-q", "-m", "remove"]);
}, 120_000);

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

function cli(node: string, ...args: string[]) {
  const run = spawnSync(node, [CLI, "verify", ...args], { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const annotations = (step: StepResult) =>
  step.commands
    .filter((command) => command.command === "error" || command.command === "warning")
    .map(
      (command) =>
        `${command.command} ${command.properties.file ?? ""}:${command.properties.line ?? ""} ${command.message}`,
    );

describe.each(RUNTIMES)("$name", ({ node }) => {
  test("the CLI finds the same, in the same order, with 1, 2 and the default number of threads", () => {
    const single = cli(node, "--threads", "1");
    expect(single.status).toBe(1);
    const lines = single.stdout.trim().split("\n");
    // 43 URL passwords, the three tokens of the large file (the edge one once), none in the binary.
    expect(lines.filter((line) => line.startsWith("big.yaml:")).map((line) => line.split(":")[1])).toEqual([
      "1",
      String(Math.floor(WINDOW / filler(1).length) + 1),
      String(2 * Math.floor(WINDOW / filler(1).length) + 1),
    ]);
    expect(lines.filter((line) => line.includes("url-password"))).toHaveLength(43);
    expect(lines.some((line) => line.startsWith("blob.bin") || line.startsWith("link.yaml"))).toBe(false);
    for (const threads of ["2", "0"]) {
      const parallel = cli(node, "--threads", threads);
      expect([threads, parallel.status, parallel.stdout]).toEqual([threads, 1, single.stdout]);
    }
    expect(cli(node, "--threads", "two").stderr).toMatch(/--threads must be a whole number/);
  }, 120_000);

  test("the action reports the same history scan with one thread and with workers", async () => {
    const scan = async (threads: string) =>
      runBundle("verify-no-plaintext", {
        node,
        workspace: repo,
        inputs: { scope: "history", threads, "fail-on": "never" },
        env: { GITHUB_EVENT_NAME: "schedule" },
      });
    const [single, parallel] = [await scan("1"), await scan("2")];
    expect(single.main.exitCode).toBe(0);
    expect(annotations(single.main).some((line) => line.includes("src/old.env.yaml"))).toBe(true);
    expect(annotations(parallel.main)).toEqual(annotations(single.main));
    expect(parallel.main.outputs).toEqual(single.main.outputs);
  }, 120_000);
});

describe("how a scan is cut into pieces", () => {
  test("working-tree files in pieces of a few dozen, made as the files come, in order", () => {
    const files = Array.from({ length: 70 }, (_, index) => `f${index}`);
    let listed = 0;
    const source = treePieces(
      (function* () {
        for (const file of files) {
          listed++;
          yield file;
        }
      })(),
    );
    const first = source.next();
    // The first piece is out before the walk has gone further than it.
    expect(listed).toBe(32);
    expect(first.value).toEqual({ kind: "tree", files: files.slice(0, 32) });
    expect([...source]).toEqual([
      { kind: "tree", files: files.slice(32, 64) },
      { kind: "tree", files: files.slice(64) },
    ]);
  });

  test("pieces keep the files' order and cover every file once", () => {
    const items = Array.from({ length: 1000 }, (_, index) => index);
    const cut = pieces(
      items,
      items.map(() => 100),
    );
    expect(cut.flatMap((piece) => piece.items)).toEqual(items);
    expect(Math.max(...cut.map((piece) => piece.items.length))).toBeLessThanOrEqual(256);
  });

  test.each([
    [0, PARALLEL_BYTES - 1, false, "by default, blobs below a few megabytes stay on this thread"],
    [0, PARALLEL_BYTES, true, "by default, a larger one goes to the workers"],
    [1, 10 * PARALLEL_BYTES, false, "one thread asked for: never"],
    [2, 1, true, "threads asked for: always"],
  ])("threads %d, %d bytes: workers %s (%s)", (threads, bytes, large) => {
    expect(isLargeScan(threads, bytes)).toBe(large);
  });

  test("threads: as asked, or one per core", () => {
    expect(threadsFor(3)).toBe(3);
    expect(threadsFor(0)).toBe(Math.min(availableParallelism(), 8));
  });
});
