/**
 * cross-repo-dispatch: send a repository_dispatch or workflow_dispatch to many repositories at once,
 * optionally wait for the runs, and report every repository's outcome.
 */
import * as core from "@actions/core";
import { StepFailure, runAction } from "../common/boundary.js";
import { createLimiter } from "../lib/dispatch/concurrency.js";
import { planDispatch, type DispatchMode } from "../lib/dispatch/plan.js";
import { failedCount, failureLine, isFailure, type DispatchResult } from "../lib/dispatch/results.js";
import { forAnnotation, forLogLine } from "../common/escape.js";
import { createGitHubClient } from "../common/github.js";
import { readRunnerEnvironment } from "../common/runner.js";
import { getInputs } from "./inputs.js";
import { summaryMarkdown } from "./summary.js";
import { dispatchTo, follow, type Settings } from "./repository.js";

function describeMode(mode: DispatchMode): string {
  return mode.kind === "repository_dispatch"
    ? `repository_dispatch \`${mode.eventType}\``
    : `workflow_dispatch \`${mode.workflow}\`${mode.ref ? ` on \`${mode.ref}\`` : ""}`;
}

function report(result: DispatchResult, failOn: string): void {
  const run = result.run_url ? ` ${result.run_url}` : "";
  const line = `${result.repository}: ${result.status}${result.conclusion ? ` (${result.conclusion})` : ""}${run}`;
  if (!isFailure(result)) {
    core.info(forLogLine(line));
    return;
  }
  const message = forAnnotation(`${line}${result.error ? `: ${result.error}` : ""}`);
  if (failOn === "never") core.warning(message, { title: "cross-repo-dispatch" });
  else core.error(message, { title: "cross-repo-dispatch" });
}

export async function run(): Promise<void> {
  await runAction("cross-repo-dispatch", async () => {
    const inputs = getInputs();
    const plan = planDispatch(inputs);
    const started = Date.now();
    const settings: Settings = {
      client: createGitHubClient({
        token: inputs.token,
        action: "cross-repo-dispatch",
        concurrency: inputs.maxConcurrency,
      }),
      mode: plan.mode,
      wait: inputs.wait,
      pollIntervalMs: inputs.pollIntervalMs,
      waitTimeoutMs: inputs.waitTimeoutMs,
      deadline: started + inputs.waitTimeoutMs,
    };
    core.info(
      `${describeMode(plan.mode)} to ${plan.repositories.length} repositories, ${inputs.maxConcurrency} at a time${inputs.wait ? "; waiting for the runs" : ""}`,
    );
    const limit = createLimiter(inputs.maxConcurrency);
    // Only the dispatches share the limit: waiting holds no slot, so every run is followed at once.
    const results = await Promise.all(
      plan.repositories.map(async (repository) => {
        const dispatched = await limit(() => dispatchTo(settings, repository));
        return follow(settings, repository, dispatched);
      }),
    );
    for (const result of results) report(result, inputs.failOn);

    const failed = failedCount(results);
    core.setOutput("results", JSON.stringify(results));
    core.setOutput("failed", String(failed));
    if (readRunnerEnvironment().hasStepSummary) {
      await core.summary
        .addRaw(
          summaryMarkdown(results, {
            what: describeMode(plan.mode),
            waited: inputs.wait,
            elapsedMs: Date.now() - started,
          }),
          true,
        )
        .write();
    }
    if (failed > 0 && inputs.failOn === "any-failure") throw new StepFailure(failureLine(results));
  });
}
