// A local demo of cross-repo-dispatch: the bundled action sends a repository_dispatch to three
// repositories on the fake GitHub (which checks every request against GitHub's OpenAPI description),
// waits for their runs and prints the job summary it wrote.
//
// Run alone: node scripts/demo-dispatch.mjs   (needs dist/cross-repo-dispatch, see scripts/build.mjs)
import { pathToFileURL } from "node:url";
import { startFakeGitHub } from "../tools/fake-github/server.mjs";
import { runStepInScratchWorkspace } from "../tools/runner.mjs";

const TOKEN = "ghs_demoInstallationToken0000000000000";

// The line each target workflow carries so that the action can find the run it started.
const RUN_NAME =
  "Re-test against juniper-data ${{ github.event.client_payload.version }} ${{ github.event.client_payload.correlation_id }}";

// A run is listed from the second run list on, and moves a step each time the action reads it: queued
// for `queued` reads, in progress for `running` reads, then concluded.
const target = (fullName, conclusion, queued, running) => ({
  fullName,
  workflows: [
    {
      file: "integration.yml",
      name: "Integration",
      types: ["juniper-data-published"],
      runName: RUN_NAME,
      hiddenFromLists: 1,
      schedule: [
        { status: "queued", polls: queued },
        { status: "in_progress", polls: running },
        { status: "completed", conclusion },
      ],
    },
  ],
});

export async function demoDispatch() {
  const github = await startFakeGitHub({
    token: TOKEN,
    latencyMs: 30,
    repositories: [
      target("juniper/juniper-cascor", "success", 1, 2),
      target("juniper/juniper-data-client", "failure", 1, 1),
      target("juniper/juniper-canopy", "success", 1, 3),
    ],
  });
  try {
    process.stdout.write(
      "\n== cross-repo-dispatch: repository_dispatch `juniper-data-published` to 3 repositories on a local fake GitHub, waiting for the runs\n",
    );
    const started = performance.now();
    const step = await runStepInScratchWorkspace("cross-repo-dispatch", {
      env: { GITHUB_API_URL: github.url },
      inputs: {
        token: TOKEN,
        repositories: "juniper/juniper-cascor\njuniper/juniper-data-client\njuniper/juniper-canopy",
        "event-type": "juniper-data-published",
        "client-payload": '{"version": "1.4.0"}',
        wait: "true",
        "poll-interval": "250ms",
        "wait-timeout": "20s",
        "fail-on": "never",
      },
    });
    const log = step.stdout
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("::add-mask::"))
      .map((line) => `  ${line}`)
      .join("\n");
    process.stdout.write(`${log}\n\n-- job summary (markdown):\n\n${step.summary}`);
    process.stdout.write(
      `\n(${(performance.now() - started).toFixed(0)} ms, exit code ${step.exitCode}; ${github.requests.length} requests, every one checked against GitHub's OpenAPI description)\n`,
    );
  } finally {
    await github.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await demoDispatch();
