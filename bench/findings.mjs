// verify-no-plaintext with many findings in one file: scanning time must grow linearly with the number
// of findings (issue: 20,000 tokens in 0.9 MB took 7 s when each finding's line was found by walking
// from the top). The shipped CLI bundle scans one generated file of 4,000 and of 32,000 GitHub-token
// shaped values, laid out one per line and all on one line; the ratio of net times (minus the CLI's
// start-up on an empty file) must be at most 9 for 8 times the findings.
//
// Run alone: node bench/findings.mjs   (also called by bench/run.mjs)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, TMP } from "./build.mjs";
import { median } from "./timing.mjs";

const CLI = path.join(ROOT, "dist", "cli", "index.js");
const SMALL = 4_000;
const LARGE = 32_000;
const RATIO_TARGET = 9;
const RUNS = 3;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Deterministic token bodies (xorshift), so every run scans the same bytes. */
function tokens(count) {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % ALPHABET.length;
  };
  return Array.from(
    { length: count },
    () => `ghp_${Array.from({ length: 36 }, () => ALPHABET[next()]).join("")}`,
  );
}

function scanMs(file) {
  const times = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    let stdout = "";
    try {
      stdout = execFileSync(process.execPath, [CLI, "verify", file], {
        cwd: path.dirname(file),
        maxBuffer: 1 << 30,
        stdio: ["ignore", "pipe", "ignore"],
      }).toString();
    } catch (error) {
      // Exit 1: error findings, as expected.
      stdout = error.stdout?.toString() ?? "";
    }
    times.push(performance.now() - started);
    findings = stdout.split("\n").filter((line) => line.includes("secret-pattern")).length;
  }
  return { ms: median(times), findings };
}

export async function runFindingsBench() {
  const dir = path.join(TMP, "findings");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const empty = path.join(dir, "empty.yaml");
  writeFileSync(empty, "");
  const startup = scanMs(empty).ms;
  const misses = [];
  const rows = [];
  for (const [layout, join] of [
    ["one per line", (list) => list.map((token, index) => `token_${index}: ${token}\n`).join("")],
    ["all on one line", (list) => `tokens: [${list.join(", ")}]\n`],
  ]) {
    const measured = [SMALL, LARGE].map((count) => {
      const file = path.join(dir, `${count}-${layout.replace(/ /g, "-")}.yaml`);
      const text = join(tokens(count));
      writeFileSync(file, text);
      return { count, bytes: text.length, ...scanMs(file) };
    });
    const [small, large] = measured;
    const ratio = (large.ms - startup) / Math.max(1, small.ms - startup);
    // A random body can hold a placeholder word (`todo`, `fake`) and is then not a token: a few fewer.
    const found = small.findings >= SMALL * 0.99 && large.findings >= LARGE * 0.99;
    const pass = ratio <= RATIO_TARGET && found;
    if (!pass)
      misses.push(
        `findings ${layout}: ratio ${ratio.toFixed(2)} (findings ${small.findings}/${large.findings})`,
      );
    rows.push({ layout, small, large, ratio, pass });
  }
  console.log(
    `\n== verify-no-plaintext: many findings in one file (CLI start-up ${startup.toFixed(0)} ms, subtracted)`,
  );
  console.table(
    rows.map(({ layout, small, large, ratio, pass }) => ({
      layout,
      [`${SMALL} findings`]: `${small.ms.toFixed(0)} ms (${(small.bytes / 1e6).toFixed(2)} MB, ${small.findings} found)`,
      [`${LARGE} findings`]: `${large.ms.toFixed(0)} ms (${(large.bytes / 1e6).toFixed(2)} MB, ${large.findings} found)`,
      "net ratio": ratio.toFixed(2),
      target: `<= ${RATIO_TARGET}`,
      result: pass ? "PASS" : "FAIL",
    })),
  );
  rmSync(dir, { recursive: true, force: true });
  return { misses, targets: rows.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runFindingsBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
