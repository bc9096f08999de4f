// rotate-reminder against the baseline one would write today (bench/rotation-baseline.mjs: per
// revision `git show`, then sops-age). A repository with N commits, each changing one value of a
// 50-key .env.enc, is built with the engine; both sides find when each value last changed, with the
// key. Reports both times, the ratio (target at most 0.1), ours in absolute terms (target under 10 s
// for 2,000 commits) and how ours grows from 500 to 2,000 commits (linear: about 4x).
//
// Run alone: node bench/rotation.mjs   (also called by bench/run.mjs)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { gitIn } from "../tools/git.mjs";
import { runBundle } from "../tools/runner.mjs";
import { ROOT, TMP, bundleEngine } from "./build.mjs";

const KEYS = 50;
const SIZES = [500, 2000];
const RATIO_TARGET = 0.1;
const ABSOLUTE_TARGET_MS = 10_000;

async function buildRepository(engine, dir, commits, identity, recipient) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (args) => gitIn(dir, args);
  git(["init", "-q", "-b", "main"]);
  const identities = await engine.parseIdentities(identity, "bench");
  const names = Array.from({ length: KEYS }, (_, index) => `SECRET_${String(index).padStart(2, "0")}`);
  let bytes = await engine.encrypt(
    Buffer.from(names.map((name) => `${name}=initial-value-of-${name}-000000000000\n`).join("")),
    { format: "dotenv", ageGroups: [[recipient]] },
  );
  const file = path.join(dir, ".env.enc");
  // One fast-import stream instead of thousands of `git commit` processes.
  const stream = [];
  const start = Date.parse("2024-01-01T00:00:00Z") / 1000;
  for (let index = 0; index < commits; index++) {
    if (index > 0) {
      const name = names[index % KEYS];
      bytes = await engine.setValue(bytes, {
        format: "dotenv",
        identities,
        path: [name],
        value: `value-${index}-of-${name}-0000000000000000`,
      });
    }
    const data = Buffer.from(bytes);
    stream.push(
      Buffer.from(
        `commit refs/heads/main\ncommitter b <b@example.com> ${start + index * 3600} +0000\ndata 7\nchange\n${index > 0 ? "" : ""}M 100644 inline .env.enc\ndata ${data.length}\n`,
      ),
      data,
      Buffer.from("\n"),
    );
  }
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: Buffer.concat(stream) });
  git(["checkout", "-q", "main"]);
  writeFileSync(
    path.join(dir, ".sops.yaml"),
    `creation_rules:\n  - path_regex: \\.env\\.enc$\n    age: ${recipient}\n`,
  );
  return file;
}

async function timeOurs(dir, identity) {
  const started = performance.now();
  const { main } = await runBundle("rotate-reminder", {
    node: process.execPath,
    workspace: dir,
    inputs: {
      "age-key": identity,
      files: ".env.enc",
      "github-secrets": "false",
      issues: "false",
      token: "x",
    },
    env: { GITHUB_REPOSITORY: "juniper/bench" },
  });
  const ms = performance.now() - started;
  if (main.exitCode !== 0) throw new Error(`rotate-reminder failed: ${main.stdout.slice(-400)}`);
  return { ms, report: JSON.parse(main.outputs.report) };
}

function timeBaseline(dir, identity) {
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, "bench", "rotation-baseline.mjs"), dir, ".env.enc"],
    {
      env: { ...process.env, SOPS_AGE_KEY: identity },
      maxBuffer: 1 << 26,
    },
  );
  return { ms: performance.now() - started, changed: JSON.parse(out.toString()) };
}

export async function runRotationBench() {
  const { engine } = await bundleEngine();
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const misses = [];
  const rows = [];
  const ours = {};
  for (const commits of SIZES) {
    const dir = path.join(TMP, `rotation-${commits}`);
    await buildRepository(engine, dir, commits, identity, recipient);
    const mine = await timeOurs(dir, identity);
    ours[commits] = mine.ms;
    const row = { commits, "rotate-reminder ms": Math.round(mine.ms) };
    if (commits === Math.max(...SIZES)) {
      const baseline = timeBaseline(dir, identity);
      // Both must agree on every key's commit.
      for (const entry of mine.report)
        if (baseline.changed[entry.name] !== entry.commit)
          misses.push(`rotation: ${entry.name} disagrees with the baseline`);
      const ratio = mine.ms / baseline.ms;
      row["baseline ms"] = Math.round(baseline.ms);
      row.ratio = ratio.toFixed(3);
      row.target = `<= ${RATIO_TARGET}, ours < ${ABSOLUTE_TARGET_MS / 1000} s`;
      const pass = ratio <= RATIO_TARGET && mine.ms < ABSOLUTE_TARGET_MS;
      row.result = pass ? "PASS" : "FAIL";
      if (!pass)
        misses.push(`rotation ${commits} commits: ratio ${ratio.toFixed(3)}, ours ${Math.round(mine.ms)} ms`);
    }
    rows.push(row);
    rmSync(dir, { recursive: true, force: true });
  }
  const growth = ours[2000] / ours[500];
  console.log(`\n== rotate-reminder: ${KEYS}-key .env.enc, one value changed per commit, with the key`);
  console.table(rows);
  console.log(
    `growth from 500 to 2,000 commits: ${growth.toFixed(2)}x (linear: about 4x, start-up included)`,
  );
  if (growth > 4.5) misses.push(`rotation growth ${growth.toFixed(2)}x from 500 to 2,000 commits`);
  return { misses, targets: 2 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runRotationBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
