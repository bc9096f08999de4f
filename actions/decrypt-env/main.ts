/**
 * decrypt-env: decrypt SOPS files, mask every secret, then export the values and/or write a plaintext
 * file that the post step deletes. Nothing is exported or written unless every file decrypts.
 */
import path from "node:path";
import * as core from "@actions/core";
import * as glob from "@actions/glob";
import { runAction } from "../common/boundary.js";
import { forAnnotation, forLogLine, forSummaryHtml } from "../common/escape.js";
import { readRunnerEnvironment, type RunnerEnvironment } from "../common/runner.js";
import { resolvesInside, writeFileSafely } from "../common/safe-write.js";
import { loadActionIdentities } from "../common/action-identities.js";
import { decryptSopsFile, type DecryptedFile } from "../common/decrypt-file.js";
import { ConfigurationError } from "../lib/errors.js";
import { renderOutputFile } from "../lib/env/output-file.js";
import { planVariables, type Plan } from "../lib/env/plan.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { ageInDays } from "../lib/sops/policy.js";
import { getInputs, type DecryptEnvInputs } from "./inputs.js";
import { CLEANUP_STATE, type CleanupState } from "./state.js";

export async function run(): Promise<void> {
  await runAction("decrypt-env", async () => {
    const inputs = getInputs();
    const runner = readRunnerEnvironment();
    const { workspace } = runner;
    const now = Date.now();
    if (inputs.exportEnv && !runner.canExportVariables) {
      throw new ConfigurationError(
        "GITHUB_ENV is not set: run decrypt-env as a workflow step, or set export-env: false",
      );
    }
    const identities = await loadIdentities(inputs);
    const files = await resolveFiles(inputs, runner);
    const decrypted = await Promise.all(
      files.map((file) => decryptSopsFile(file, displayPath(workspace, file), identities, inputs.ignoreMac)),
    );

    const plan = planVariables(decrypted, inputs);
    // Masks first: nothing below may print or write a value the runner does not know to hide.
    for (const mask of plan.masks) core.setSecret(mask);
    const rendered = inputs.outputFile ? renderOutputFile(plan.variables, inputs.outputFormat) : undefined;

    report(decrypted, plan, inputs, now);
    const written =
      rendered === undefined
        ? undefined
        : writeFileSafely(path.resolve(workspace, inputs.outputFile), rendered, {
            what: `output-file ${inputs.outputFile}`,
            roots: [workspace, runner.runnerTemp],
            mode: 0o600,
            replace: false,
          });
    if (written) {
      core.info(
        forLogLine(
          `Wrote ${written.file.path} (mode 0600${inputs.cleanup ? "; deleted when the job ends" : ""})`,
        ),
      );
      if (inputs.cleanup) core.saveState(CLEANUP_STATE, JSON.stringify(written satisfies CleanupState));
    }
    if (inputs.exportEnv) {
      for (const variable of plan.variables) core.exportVariable(variable.name, variable.value);
    }

    core.setOutput("keys", JSON.stringify(plan.variables.map((variable) => variable.name)));
    core.setOutput("files", JSON.stringify(decrypted.map((file) => file.file)));
    core.setOutput("output-file", written?.file.path ?? "");
    core.setOutput(
      "lastmodified",
      JSON.stringify(Object.fromEntries(decrypted.map((file) => [file.file, file.lastModified]))),
    );
    if (runner.hasStepSummary) await writeSummary(decrypted, plan, inputs.exportEnv, written?.file.path, now);
  });
}

async function loadIdentities(inputs: DecryptEnvInputs): Promise<AgeIdentity[]> {
  const identities = await loadActionIdentities({
    ageKey: inputs.ageKey,
    inputName: "age-key",
    fallBackToEnvironment: true,
  });
  if (identities.length === 0) {
    throw new ConfigurationError(
      "no age key: set the age-key input (e.g. age-key: ${{ secrets.SOPS_AGE_KEY }}) or SOPS_AGE_KEY",
    );
  }
  return identities;
}

function displayPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

async function resolveFiles(inputs: DecryptEnvInputs, runner: RunnerEnvironment): Promise<string[]> {
  const { workspace } = runner;
  const seen = new Set<string>();
  const ordered: string[] = [];
  for (const pattern of inputs.files) {
    const globber = await glob.create(path.resolve(workspace, pattern), {
      matchDirectories: false,
      implicitDescendants: false,
    });
    const matches = (await globber.glob()).sort();
    if (matches.length === 0 && !inputs.ignoreMissing) {
      throw new ConfigurationError(
        `files: "${pattern}" matches no file in ${workspace}; fix the path or set ignore-missing: true`,
      );
    }
    for (const match of matches) {
      // A pull request can commit a link to a file elsewhere on the runner: only the repository's own
      // files (or RUNNER_TEMP's) are decrypted.
      if (!resolvesInside(match, [workspace, runner.runnerTemp])) {
        throw new ConfigurationError(
          `files: ${displayPath(workspace, match)} is a symbolic link that leads outside the workspace and RUNNER_TEMP: decrypt the repository's own files, or copy the file into RUNNER_TEMP first`,
        );
      }
      if (!seen.has(match)) ordered.push(match);
      seen.add(match);
    }
  }
  if (ordered.length === 0) core.warning("decrypt-env: no file matched; nothing was exported");
  return ordered;
}

function report(files: DecryptedFile[], plan: Plan, inputs: DecryptEnvInputs, now: number): void {
  if (inputs.ignoreMac) {
    core.warning(
      "decrypt-env: ignore-mac is true: the MAC was NOT verified, so these values are not authenticated",
    );
  }
  for (const file of files) {
    const keys = plan.variables.filter((variable) => variable.file === file.file).length;
    core.info(
      forLogLine(
        `Decrypted ${file.file} (${file.format}; ${keys} keys used; last modified ${file.lastModified}, ${ageInDays(file.lastModified, now)} days ago)`,
      ),
    );
    for (const warning of file.warnings) core.warning(forAnnotation(`decrypt-env: ${file.file}: ${warning}`));
  }
  for (const override of plan.overrides) {
    core.notice(
      forAnnotation(
        `decrypt-env: ${override.name} from ${override.file} overrides the value from ${override.overridden}`,
      ),
    );
  }
  if (plan.unmaskedShort.length > 0) {
    core.warning(
      `decrypt-env: not masked because shorter than mask-min-length (${inputs.maskMinLength}): ${plan.unmaskedShort.join(", ")}; set mask-min-length: 0 to mask them anyway`,
    );
  }
}

async function writeSummary(
  files: DecryptedFile[],
  plan: Plan,
  exported: boolean,
  outputFile: string | undefined,
  now: number,
): Promise<void> {
  const rows = files.map((file) => [
    forSummaryHtml(file.file),
    file.format,
    plan.variables
      .filter((variable) => variable.file === file.file)
      .map((variable) => `<code>${forSummaryHtml(variable.name)}</code>`)
      .join(" "),
    forSummaryHtml(file.lastModified),
    String(ageInDays(file.lastModified, now)),
  ]);
  const secrets = plan.variables.filter((variable) => variable.secret).length;
  await core.summary
    .addHeading("decrypt-env", 3)
    .addTable([
      [
        { data: "File", header: true },
        { data: "Format", header: true },
        { data: "Keys", header: true },
        { data: "SOPS lastmodified", header: true },
        { data: "Age (days)", header: true },
      ],
      ...rows,
    ])
    .addRaw(
      `${plan.variables.length} keys (${secrets} secret, masked) ${exported ? "exported to the environment" : "not exported"}` +
        `${outputFile ? `; written to <code>${forSummaryHtml(outputFile)}</code>` : ""}.`,
      true,
    )
    .write();
}
