// cross-repo-dispatch against the way peers are used: a repository_dispatch to 20 repositories on the
// fake GitHub (50 ms latency per request), as our one bundled step, and as 20 sequential steps of one
// repository each (a fresh Node process per step, as one peer step per repository runs). Reports both
// wall times, their ratio and the requests each repository received.
//
// Run alone: node bench/dispatch.mjs
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startFakeGitHub } from "../tools/fake-github/server.mjs";
import { runStepInScratchWorkspace } from "../tools/runner.mjs";
import { ROOT } from "./build.mjs";
import { median } from "./timing.mjs";

const BUNDLE = path.join(ROOT, "dist", "cross-repo-dispatch", "main", "index.js");
const REPOSITORIES = Array.from(
  { length: 20 },
  (_, index) => `juniper/target-${String(index + 1).padStart(2, "0")}`,
);
const LATENCY_MS = 50;
const RATIO_TARGET = 0.15;
const REQUESTS_TARGET = 1;
const OURS_RUNS = 3;
const TOKEN = "ghs_benchInstallationToken000000000000";

/** One cross-repo-dispatch step against the fake GitHub at `apiUrl`. */
function dispatchStep({ apiUrl, inputs }) {
  return runStepInScratchWorkspace("cross-repo-dispatch", { inputs, env: { GITHUB_API_URL: apiUrl } });
}

async function timed(task) {
  const started = performance.now();
  const result = await task();
  return { ms: performance.now() - started, result };
}

function check(step, what) {
  if (step.exitCode !== 0) {
    throw new Error(`${what} failed (exit ${step.exitCode}): ${(step.stdout + step.stderr).slice(-500)}`);
  }
}

export async function runDispatchBench() {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run node scripts/build.mjs --only cross-repo-dispatch/main`);
  }
  const github = await startFakeGitHub({
    token: TOKEN,
    latencyMs: LATENCY_MS,
    repositories: REPOSITORIES.map((fullName) => ({ fullName })),
  });
  const inputs = (repositories) => ({
    token: TOKEN,
    repositories: repositories.join("\n"),
    "event-type": "juniper-data-published",
    "client-payload": '{"version": "1.4.0"}',
  });
  try {
    const ours = [];
    let perRepository = [];
    for (let run = 0; run < OURS_RUNS; run++) {
      const before = REPOSITORIES.map((name) => github.requestCount(name));
      const { ms, result } = await timed(() =>
        dispatchStep({ apiUrl: github.url, inputs: inputs(REPOSITORIES) }),
      );
      check(result, "the 20-repository step");
      ours.push(ms);
      perRepository = REPOSITORIES.map((name, index) => github.requestCount(name) - (before[index] ?? 0));
    }
    const { ms: sequential } = await timed(async () => {
      for (const repository of REPOSITORIES) {
        check(
          await dispatchStep({ apiUrl: github.url, inputs: inputs([repository]) }),
          `the step for ${repository}`,
        );
      }
    });

    const oursMs = median(ours);
    const ratio = oursMs / sequential;
    const maxRequests = Math.max(...perRepository);
    const rows = [
      ["one step, 20 repositories (median of 3)", `${oursMs.toFixed(0)} ms`, ""],
      ["20 sequential one-repository steps", `${sequential.toFixed(0)} ms`, ""],
      ["ratio", ratio.toFixed(3), `<= ${RATIO_TARGET}`],
      [
        "requests per repository (one step)",
        `${Math.min(...perRepository)}..${maxRequests}`,
        `${REQUESTS_TARGET}`,
      ],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(
      `\n== cross-repo-dispatch: repository_dispatch to ${REPOSITORIES.length} repositories, ${LATENCY_MS} ms per request\n`,
    );
    for (const [label, value, target] of rows) {
      process.stdout.write(
        `${label.padEnd(width)}  ${value.padStart(9)}  ${target ? `target ${target}` : ""}\n`,
      );
    }
    const misses = [];
    if (ratio > RATIO_TARGET) misses.push(`cross-repo-dispatch ratio ${ratio.toFixed(3)} > ${RATIO_TARGET}`);
    if (maxRequests > REQUESTS_TARGET) {
      misses.push(
        `cross-repo-dispatch sent up to ${maxRequests} requests per repository (target ${REQUESTS_TARGET})`,
      );
    }
    return { misses, targets: 2 };
  } finally {
    await github.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runDispatchBench();
  for (const miss of misses) process.stdout.write(`MISSED: ${miss}\n`);
}
