/**
 * `secret-logged`: a `run:` script that prints a secret, or a value made from one, to the log or to the
 * job summary. The runner masks a secret's exact value only: a copy prints as `***` (a warning: one
 * encoding away from a leak), while base64, a substring or a URL built from it prints in clear.
 */
import { stepEnv } from "../model.js";
import {
  expandsVariable,
  scriptLines,
  secretVariables,
  secretsExpanded,
  type ScriptLine,
} from "../scripts.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";

const PRINTS = new Set([
  "echo",
  "printf",
  "print",
  "Write-Host",
  "Write-Output",
  "puts",
  "cat",
  "printenv",
  "env",
]);
/** Commands whose output is their input, transformed: a secret piped through them prints unmasked. */
const TRANSFORMS = new Set([
  "base64",
  "xxd",
  "od",
  "hexdump",
  "rev",
  "tr",
  "cut",
  "sed",
  "awk",
  "jq",
  "head",
  "tail",
  "fold",
  "basenc",
]);
const SUMMARY = /\$\{?GITHUB_STEP_SUMMARY\b|\$env:GITHUB_STEP_SUMMARY/;
/** `NAME=value`, `export NAME=value`, `local NAME=value` (shell), `$NAME = value` (PowerShell). */
const ASSIGNMENT = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?|readonly\s+)?\$?([A-Za-z_]\w*)\s*=(.*)$/;
/** A copy of one value, exactly: `"$X"`, `${X}`, `${{ secrets.X }}`. */
const EXACT_COPY = /^\s*["']?(?:\$\{?\w+\}?|\$\{\{\s*secrets\.[\w-]+\s*\}\})["']?\s*$/;

/** `> file` or `>> file` (not `2>`, `&>` or `<>`): the file a line's output is written to. */
const REDIRECT = /(?:^|[^0-9&<])>>?\s*("?[^\s"]+"?)/;

/**
 * Where a print's output goes: the log, the job summary, or elsewhere (a file, a pipe, a variable);
 * `target` is the file it is redirected to, if any.
 */
function destination({ text, commands }: ScriptLine): {
  where: "log" | "summary" | "elsewhere";
  target?: string;
} {
  const redirect = REDIRECT.exec(text)?.[1];
  if (redirect !== undefined) {
    const target = redirect.replace(/"/g, "");
    return { where: SUMMARY.test(target) ? "summary" : "elsewhere", target };
  }
  const last = commands.at(-1)?.[0] ?? "";
  return { where: commands.length > 1 && !TRANSFORMS.has(last) ? "elsewhere" : "log" };
}

export const secretLogged: Audit = {
  id: "secret-logged",
  audit: ({ workflow }) => {
    const found: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        if (!step.run) continue;
        const secrets = secretVariables(stepEnv(workflow, job, step));
        // Variables that hold a secret (masked copies) and values made from one (not masked).
        const copies = new Set(secrets.keys());
        const derived = new Set<string>();
        let tracing = false;
        // Files a secret was written to (`echo "$TOKEN" > token.txt`).
        const secretFiles = new Set<string>();
        for (const scriptLine of scriptLines(step.run)) {
          const { text, line, commands } = scriptLine;
          const output = destination(scriptLine);
          const assignment = ASSIGNMENT.exec(text);
          const direct = secretsExpanded(text);
          const copy = expandsVariable(text, copies);
          const made = expandsVariable(text, derived);
          if (/^set\s+(?:-\w*x\w*|-o\s+xtrace)\b/.test(text)) tracing = true;
          if (assignment?.[1]) {
            const [, name, value = ""] = assignment;
            if (direct.length > 0 || copy || made) {
              if (EXACT_COPY.test(value) && !made) copies.add(name);
              else derived.add(name);
            }
            continue;
          }
          if (text.includes("::add-mask::") || text.startsWith("::")) continue;
          const program = commands[0]?.[0] ?? "";
          const dumpsEnvironment = (program === "printenv" || program === "env") && commands[0]?.length === 1;
          if (tracing && (direct.length > 0 || copy || made)) {
            // Under `set -x` the shell prints this command with the secret expanded.
            found.push(
              workflowFinding(
                "secret-logged",
                line,
                `\`set -x\` prints this command with a secret expanded (${job.id})`,
                `${job.id}\0xtrace`,
                "warning",
              ),
            );
            tracing = false;
            continue;
          }
          if (output.where === "elsewhere" && output.target && (direct.length > 0 || copy || made))
            secretFiles.add(output.target);
          if (
            program === "cat" &&
            commands[0]?.slice(1).some((word) => secretFiles.has(word)) &&
            output.where === "log"
          ) {
            found.push(
              workflowFinding(
                "secret-logged",
                line,
                `\`cat\` prints a file that holds a secret (${job.id})`,
                `${job.id}\0${text}`,
                "warning",
              ),
            );
            continue;
          }
          if (!PRINTS.has(program)) continue;
          if (dumpsEnvironment && secrets.size > 0) {
            found.push(
              workflowFinding(
                "secret-logged",
                line,
                `\`${program}\` prints the whole environment, ${[...secrets.keys()].join(", ")} included`,
                `${job.id}\0${text}`,
                "warning",
              ),
            );
            continue;
          }
          const { where } = output;
          if (where === "elsewhere") continue;
          const what = made ?? (direct[0] ? `secrets.${direct[0]}` : copy);
          if (!what) continue;
          const transformed = made !== undefined || commands.length > 1;
          const severity = where === "summary" || transformed ? "error" : "warning";
          const how =
            where === "summary"
              ? "writes to the job summary"
              : transformed
                ? "prints a value made from"
                : "prints";
          found.push(
            workflowFinding(
              "secret-logged",
              line,
              `step ${how} ${what} (${job.id})`,
              `${job.id}\0${text}`,
              severity,
            ),
          );
        }
      }
    }
    return found;
  },
};
