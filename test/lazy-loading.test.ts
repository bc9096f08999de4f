/**
 * Start-up loads only what runs: the bundles, under this machine's Node and Node 24, with a loader hook
 * (support/record-modules.mjs) that records every file they load; each file's source map says which
 * sources it holds. `--version`, help and usage errors load no command code; `verify --staged` on plain
 * files loads no engine, no GitHub client and no rotation code; decrypt-env's post step only what deletes
 * its file. What is loaded, never how long it takes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { encrypt } from "../actions/lib/sops/engine.js";
import { runBundle } from "../tools/runner.mjs";
import { REPO_ROOT } from "./support/fixtures.js";
import { newKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const DIST = path.join(REPO_ROOT, "dist");
const RECORDER = pathToFileURL(path.join(REPO_ROOT, "test", "support", "record-modules.mjs")).href;

/** Sources no command-less run may load: every command module and everything below them. */
const COMMAND_CODE = [
  /^actions\/cli\/(?!index|main|usage)/,
  /^actions\/lib\/(scan|sops\/(?!errors)|access|rotation|inventory|workflow|env)/,
  /^actions\/common\/(?!escape|scan-worker|compile-cache|standard-streams)/,
  /node_modules\//,
];

/** Sources a plain-text `verify --staged` has no use for. */
const NOT_FOR_PLAIN_VERIFY = [
  /^actions\/lib\/sops\/(engine|age|age-x25519|age-pq)\.ts$/,
  /node_modules\/(age-encryption|@noble|libsodium|libsodium-wrappers)\//,
  /node_modules\/(@actions|@octokit|undici)\//,
  /^actions\/common\/(github|github-secrets|rotation-issues|sops-history|inventory-issue)\.ts$/,
  /^actions\/lib\/rotation\//,
  /^actions\/cli\/(sops-commands|rotation|access|inventory|init|edit|run)\.ts$/,
];

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "lazy-loading-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The bundle files (relative to dist/) a run loaded, in order, and the sources they hold. */
function loaded(record: string) {
  const files = readFileSync(record, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(DIST + path.sep))
    .map((file) => path.relative(DIST, file).split(path.sep).join("/"))
    .filter((file, index, all) => all.indexOf(file) === index);
  const sources = files.flatMap((file) => {
    const map = JSON.parse(readFileSync(path.join(DIST, `${file}.map`), "utf8")) as { sources: string[] };
    return map.sources
      .filter((source) => !/external |webpack\/(bootstrap|runtime)/.test(source))
      .map((source) => {
        const cleaned = source.replace(/^webpack:\/\/[^/]*\//, "");
        const modules = cleaned.lastIndexOf("node_modules/");
        return modules >= 0 ? cleaned.slice(modules) : cleaned.replace(/^(\.\.?\/)+/, "");
      });
  });
  return { files, sources };
}

const matching = (sources: string[], patterns: RegExp[]) =>
  sources.filter((source) => patterns.some((pattern) => pattern.test(source)));

describe.each(RUNTIMES)("start-up under $name", ({ node }) => {
  let runs = 0;
  function recordedRun(args: string[], cwd = work) {
    const record = path.join(work, `record-${++runs}.txt`);
    writeFileSync(record, "");
    const result = spawnSync(node, ["--import", RECORDER, path.join(DIST, "cli", "index.js"), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: work, RECORD_MODULES: record },
      encoding: "utf8",
    });
    return { status: result.status, stderr: result.stderr, ...loaded(record) };
  }

  test.each([
    [["--version"], 0],
    [["--help"], 0],
    [["verify", "--help"], 0],
    [["decrypt", "-h"], 0],
    [["verify", "--no-such-option"], 2],
    [["verify", "--threads"], 2],
    [["verify", "--staged=yes"], 2],
    [["no-such-command"], 2],
    [[], 2],
  ])("secrets-actions %j loads the entry point only, and no command code", (args, status) => {
    const run = recordedRun(args);
    expect(run.status).toBe(status);
    expect(run.files).toEqual(["cli/index.js"]);
    expect(run.sources).toContain("actions/cli/usage.ts");
    expect(matching(run.sources, COMMAND_CODE)).toEqual([]);
  });

  test("verify --staged on plain text files loads neither the engine, nor a GitHub client, nor rotation code", () => {
    const repository = path.join(work, `repository-${runs}`);
    mkdirSync(path.join(repository, "src"), { recursive: true });
    writeFileSync(path.join(repository, "README.md"), "# demo\n");
    writeFileSync(path.join(repository, "src", "app.py"), 'DEBUG = os.environ.get("DEBUG")\n');
    execFileSync("git", ["init", "-q"], { cwd: repository });
    execFileSync("git", ["add", "."], { cwd: repository });
    const run = recordedRun(["verify", "--staged"], repository);
    expect(run.stderr).toContain("2 files checked: 0 errors");
    expect(run.status).toBe(0);
    // The recording works: the command and the scanner are there.
    expect(run.sources).toEqual(
      expect.arrayContaining(["actions/cli/verify.ts", "actions/lib/scan/scanner.ts"]),
    );
    expect(matching(run.sources, NOT_FOR_PLAIN_VERIFY)).toEqual([]);
  });

  test("decrypt-env's post step loads one bundle file, with no package and no engine in it", async () => {
    const workspace = path.join(work, `workspace-${++runs}`);
    const record = path.join(work, `record-${runs}.txt`);
    mkdirSync(workspace, { recursive: true });
    const key = await newKey();
    const encrypted = await encrypt(Buffer.from("API_TOKEN=not-a-real-token-1234\n"), {
      format: "dotenv",
      ageGroups: [[key.recipient]],
    });
    writeFileSync(path.join(workspace, ".env.enc"), encrypted);
    const { main, post } = await runBundle("decrypt-env", {
      node,
      workspace,
      inputs: { files: ".env.enc", "age-key": key.secret, "output-file": ".env" },
      post: true,
      env: { NODE_OPTIONS: `--import=${RECORDER}`, RECORD_MODULES: record },
      // Only the post step's loads are recorded.
      beforePost: () => {
        writeFileSync(record, "");
      },
    });
    expect(main.exitCode).toBe(0);
    expect(post?.exitCode).toBe(0);
    expect(post?.log).toContain("Deleted");
    const { files, sources } = loaded(record);
    expect(files).toEqual(["decrypt-env/post/index.js"]);
    expect(sources).toContain("actions/decrypt-env/cleanup.ts");
    expect(matching(sources, [/node_modules\//, /^actions\/lib\/sops\//])).toEqual([]);
  });
});
