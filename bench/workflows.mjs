// verify-no-plaintext's workflow rules on a large workflow: a generated 10,000-line workflow (jobs with
// permissions, env, secrets, scripts with expressions, third-party actions, a pull_request_target
// trigger, a finding in nearly every job) is checked by the shipped CLI in under a second: the check's
// own time as verify reports it, median of 10 runs. The whole process and the CLI's start-up on an
// empty workflow are printed beside it (start-up is issue 24's).
//
// Run alone: node bench/workflows.mjs   (also called by bench/run.mjs)
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CLI, TMP } from "./build.mjs";
import { median } from "./timing.mjs";

const LINES = 10_000;
/**
 * What verify finds in the generated workflow (399 jobs), checked on every run: a faster check that
 * found less (a file it stopped reading, say) would time nothing.
 */
const LARGE_FINDINGS = 2797;
const RUNS = 10;
const TARGET_MS = 1000;

/** One job of 25 lines: a checkout, a third-party action given a secret, a script, a publish. */
function job(index) {
  return [
    `  job-${index}:`,
    `    name: Job ${index}`,
    "    runs-on: ubuntu-latest",
    "    permissions:",
    "      contents: read",
    "    env:",
    `      API_TOKEN: \${{ secrets.API_TOKEN_${index % 7} }}`,
    "    steps:",
    "      - uses: actions/checkout@v4",
    "        with:",
    "          ref: ${{ github.event.pull_request.head.sha }}",
    "      - uses: octo/setup-tool@v2",
    "        with:",
    `          token: \${{ secrets.TOOL_TOKEN }}`,
    "      - name: Build",
    "        run: |",
    '          echo "Building ${{ github.event.pull_request.title }}"',
    "          npm ci",
    `          ENCODED=$(echo "$API_TOKEN" | base64)`,
    '          echo "$ENCODED"',
    "      - name: Publish",
    "        run: npm publish",
    "        env:",
    "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
    "",
  ];
}

export function largeWorkflow(lines = LINES) {
  const head = ["name: Large", "on:", "  pull_request_target:", "  push:", "permissions: {}", "jobs:"];
  const body = [];
  for (let index = 0; head.length + body.length < lines; index++) body.push(...job(index));
  return [...head, ...body].slice(0, lines).join("\n") + "\n";
}

function verifyMs(root, expected) {
  const times = [];
  const checks = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, "verify", "."], { cwd: root, maxBuffer: 1 << 30 });
    times.push(performance.now() - started);
    const findings = result.stdout
      .toString()
      .split("\n")
      .filter((line) => / (?:error|warning): /.test(line)).length;
    // `… (0.3 MB in 0.74 s)`: the check's own time, from finding the repository to the last finding.
    const reported = / in ([\d.]+) s\)/.exec(result.stderr.toString());
    if (result.status !== (expected > 0 ? 1 : 0) || findings !== expected || !reported)
      throw new Error(
        `verify on ${root} exited ${result.status} with ${findings} findings (expected ${expected}) and ${reported ? "its" : "no"} timing line: ${result.stderr.toString().slice(0, 300)}`,
      );
    checks.push(Number(reported[1]) * 1000);
  }
  return { ms: median(times), checkMs: median(checks), findings: expected };
}

function repository(dir, text) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, ".github", "workflows"), { recursive: true });
  writeFileSync(path.join(dir, ".github", "workflows", "large.yml"), text);
  return dir;
}

export async function runWorkflowsBench() {
  const empty = verifyMs(repository(path.join(TMP, "workflow-empty"), "on: push\njobs: {}\n"), 0);
  const large = verifyMs(repository(path.join(TMP, "workflow-large"), largeWorkflow()), LARGE_FINDINGS);
  const pass = large.checkMs <= TARGET_MS;
  console.log(
    `\n== verify-no-plaintext: workflow rules on a ${LINES.toLocaleString("en")}-line workflow (median of ${RUNS}: the check as verify reports it, and the whole process)`,
  );
  console.table([
    {
      workflow: "empty",
      check: `${empty.checkMs.toFixed(0)} ms`,
      process: `${empty.ms.toFixed(0)} ms`,
      findings: empty.findings,
      target: "",
      result: "",
    },
    {
      workflow: `${LINES} lines`,
      check: `${large.checkMs.toFixed(0)} ms`,
      process: `${large.ms.toFixed(0)} ms`,
      findings: large.findings,
      target: `check <= ${TARGET_MS} ms`,
      result: pass ? "PASS" : "FAIL",
    },
  ]);
  rmSync(path.join(TMP, "workflow-empty"), { recursive: true, force: true });
  rmSync(path.join(TMP, "workflow-large"), { recursive: true, force: true });
  return {
    misses: pass ? [] : [`workflow rules on ${LINES} lines: ${large.checkMs.toFixed(0)} ms`],
    targets: 1,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runWorkflowsBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
