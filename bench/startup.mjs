// Start-up of the shipped bundles, each whole process beside a bare `node -e 0` in the same interleaved
// run: the CLI's --version and --help (no command code), `verify --staged` as the pre-commit hook runs
// it (five small staged files in a scratch repository), and decrypt-env's main step (a 20-key dotenv:
// decryption, masking, export and an output file) and post step (deleting that file).
//
// Usage: node bench/startup.mjs [--runs N] [--dist DIR]   (DIR: another build's dist/, e.g. an older
// commit's, for before/after; also called by bench/run.mjs and `npm run bench -- --only startup`)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { actionEnvironment } from "./action.mjs";
import { TMP, snapshotDist } from "./build.mjs";
import { parseFileCommands } from "../tools/runner.mjs";
import { timeProcesses } from "./timing.mjs";
import { secretsDotenv } from "./workloads.mjs";

const RUNS = 20;
const TARGETS = { version: 1.3, help: 1.3, staged: 1.5, main: 1.6, post: 1.2 };

const STAGED_FILES = {
  "README.md": "# demo\n\nA small project.\n",
  "src/app.py": 'import os\n\nDEBUG = os.environ.get("DEBUG") == "1"\n',
  "src/index.ts": 'export const greeting = "hello";\n',
  "config/settings.yaml": "server:\n  port: 8080\n  host: localhost\n",
  "package.json": '{ "name": "demo", "version": "1.0.0" }\n',
};

const ms = (value) => value.toFixed(value >= 100 ? 0 : 1);

/** A scratch repository with five small plain-text files staged, as before a commit. */
function stagedRepository(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  for (const [file, text] of Object.entries(STAGED_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git("add", ".");
  return dir;
}

/** decrypt-env's workspace (a 20-key dotenv encrypted by the CLI) and its main and post steps. */
async function decryptEnvSteps(work, dist) {
  const secret = await generateX25519Identity();
  const workspace = path.join(work, "workspace");
  const protocolDir = path.join(work, "runner");
  mkdirSync(workspace, { recursive: true });
  const plain = path.join(work, "plain.env");
  writeFileSync(plain, secretsDotenv(20, 1));
  const encrypted = execFileSync(process.execPath, [
    path.join(dist, "cli", "index.js"),
    "encrypt",
    "--age",
    await identityToRecipient(secret),
    plain,
  ]);
  writeFileSync(path.join(workspace, ".env.enc"), encrypted);
  const env = {
    ...actionEnvironment({ workspace, protocolDir, file: ".env.enc", ageKey: secret }),
    "INPUT_OUTPUT-FILE": ".env",
  };
  const options = (stepEnv) => ({ env: stepEnv, cwd: workspace, stdio: ["ignore", "pipe", "pipe"] });
  const main = [process.execPath, [path.join(dist, "decrypt-env", "main", "index.js")], options(env)];
  const postEnv = { ...env };
  const post = [process.execPath, [path.join(dist, "decrypt-env", "post", "index.js")], options(postEnv)];
  const stateFile = env.GITHUB_STATE;
  const protocolFiles = ["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"];
  // Each main run starts as a fresh job: empty protocol files and no output file from the last run.
  const beforeMain = () => {
    for (const name of protocolFiles) writeFileSync(env[name], "");
    rmSync(path.join(workspace, ".env"), { force: true });
  };
  // Each post run deletes the file a main run (untimed) has just written, as in a job.
  const beforePost = () => {
    beforeMain();
    const result = spawnSync(...main);
    if (result.status !== 0) throw new Error(`decrypt-env main failed: ${result.stdout}`);
    const { cleanup } = parseFileCommands(readFileSync(stateFile, "utf8"));
    if (!cleanup) throw new Error("decrypt-env main saved no cleanup state");
    postEnv.STATE_cleanup = cleanup;
  };
  const check = () => {
    beforePost();
    const result = spawnSync(...post, { encoding: "utf8" });
    if (!/Deleted /.test(String(result.stdout)))
      throw new Error(`decrypt-env post did not delete the file: ${result.stdout}`);
  };
  return { main, post, beforeMain, beforePost, check };
}

export async function runStartupBench({ runs = RUNS, distDir } = {}) {
  const snapshot = distDir ? { dir: distDir, cli: path.join(distDir, "cli", "index.js") } : snapshotDist();
  const { dir: dist, cli, warning } = snapshot;
  if (warning) console.log(`warning: ${warning}`);
  const work = path.join(TMP, "startup");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A clean environment, as the runner's steps have: the machine's (NODE_EXTRA_CA_CERTS, NODE_OPTIONS...)
  // can add tens of milliseconds to every node process. HOME holds the CLI's compile cache, warm after
  // the first run, as a pre-commit hook finds it.
  const env = { PATH: process.env.PATH ?? "", HOME: path.join(work, "home") };
  const options = { env, stdio: ["ignore", "pipe", "pipe"] };
  const repository = stagedRepository(path.join(work, "repository"));
  const steps = await decryptEnvSteps(work, dist);
  steps.check();

  const rows = [
    ["version", "secrets-actions --version", [process.execPath, [cli, "--version"], options]],
    ["help", "secrets-actions --help", [process.execPath, [cli, "--help"], options]],
    [
      "staged",
      "secrets-actions verify --staged (5 small files)",
      [process.execPath, [cli, "verify", "--staged"], { ...options, cwd: repository }],
    ],
    ["main", "decrypt-env main (20-key .env, output-file)", steps.main, steps.beforeMain],
    ["post", "decrypt-env post (deletes the output file)", steps.post, steps.beforePost],
  ];
  const misses = [];
  const lines = [];
  for (const [key, label, command, before] of rows) {
    // The reference runs in the command's environment: NODE_EXTRA_CA_CERTS alone, say, adds tens of
    // milliseconds to any node process.
    const reference = [process.execPath, ["-e", "0"], { ...options, env: command[2].env }];
    const timed = timeProcesses(command, reference, runs, { before });
    const target = TARGETS[key];
    const pass = timed.ratio <= target;
    if (!pass) misses.push(`start-up ${label} ${timed.ratio.toFixed(2)} > ${target}`);
    lines.push([
      label,
      ms(timed.first),
      ms(timed.second),
      timed.ratio.toFixed(2),
      `<= ${target.toFixed(1)}`,
      pass ? "PASS" : "FAIL",
    ]);
  }
  const header = ["start-up (whole process)", "ms", "node -e 0 ms", "ratio", "target", "result"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => String(line[column]).length)),
  );
  const format = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ");
  console.log(
    `\nstart-up, median of ${runs} interleaved runs each (ratio: median of the per-pair ratios), node ${process.version}:`,
  );
  console.log(
    [format(header), widths.map((width) => "-".repeat(width)).join("  "), ...lines.map(format)].join("\n"),
  );
  return { misses, targets: rows.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { runs: { type: "string" }, dist: { type: "string" } } });
  const result = await runStartupBench({
    runs: Number(values.runs ?? RUNS),
    distDir: values.dist && path.resolve(values.dist),
  });
  console.log(
    result.misses.length === 0
      ? `\nall ${result.targets} targets met`
      : `\nmissed: ${result.misses.join("; ")}`,
  );
}
