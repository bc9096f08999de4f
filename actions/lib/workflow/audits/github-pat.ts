/**
 * `github-pat`: a stored secret used as a GitHub token. GitHub makes no token that can be stored for
 * later but a personal access token (an App's installation token lasts an hour), so a stored secret in
 * a GitHub token's place is one: it belongs to a person, reaches what they can, and never expires on
 * its own.
 */
import { stepEnv } from "../model.js";
import { scriptLines, secretsExpanded } from "../scripts.js";
import { workflowFinding, type Audit, type WorkflowFinding } from "../audit.js";
import type { Entry } from "../document.js";

/** Inputs that take a GitHub token, whatever the action. */
const TOKEN_INPUTS = new Set([
  "github-token",
  "github_token",
  "repo-token",
  "repo_token",
  "gh-token",
  "gh_token",
  "personal_token",
  "personal-token",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_PAT",
]);
/** Owners whose actions' `token:` input is a GitHub token. */
const GITHUB_TOKEN_OWNERS = new Set([
  "actions",
  "github",
  "peter-evans",
  "softprops",
  "ncipollo",
  "googleapis",
  "jamesives",
  "release-drafter",
  "ad-m",
  "dependabot",
  "stefanzweifel",
  "endbug",
  "cli",
  "octokit",
  "marocchino",
  "thollander",
  "repo-sync",
  "crazy-max",
  "peaceiris",
  "svenstaro",
  "actions-ecosystem",
  "hmarr",
  "pascalgn",
]);
/** Variables that tools (gh, octokit, hub, git credential helpers) read a GitHub token from. */
const TOKEN_VARIABLES = new Set([
  "GH_TOKEN",
  "GITHUB_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_PAT",
  "GH_PAT",
  "GITHUB_API_TOKEN",
  "HUB_TOKEN",
]);
/** A secret's name that says it is a personal access token, wherever it is given. */
const PAT_NAMED = /(?:^|_)PAT(?:_|$)|PERSONAL_ACCESS_TOKEN/;
/** A secret's name that says it is a personal access token or a GitHub credential. */
const GITHUB_NAMED = /(?:^|_)(?:PAT|GH|GITHUB|PERSONAL_ACCESS)(?:_|$)/;
/** A command line that hands a token to git or gh: `x-access-token:`, `https://TOKEN@github.com`, `gh auth login`. */
const GIT_CREDENTIAL = /x-access-token:|@github\.com|gh\s+auth\s+login|git\s+config\b.*extraheader/;

function storedSecret(entry: Entry | undefined): string | undefined {
  const text = entry?.value?.string ?? "";
  return secretsExpanded(text)[0];
}

export const githubPat: Audit = {
  id: "github-pat",
  audit: ({ workflow }) => {
    const found = new Map<number, WorkflowFinding>();
    const add = (line: number, secret: string, where: string) => {
      if (!found.has(line))
        found.set(
          line,
          workflowFinding(
            "github-pat",
            line,
            `stored secret ${secret} is used as a GitHub token (${where})`,
            `${where}\0${secret}`,
          ),
        );
    };
    for (const job of workflow.jobs) {
      for (const entry of job.uses ? job.with : []) {
        const secret = storedSecret(entry);
        if (secret && TOKEN_INPUTS.has(entry.key)) add(entry.keyLine, secret, `${job.id} with ${entry.key}`);
      }
      for (const step of job.steps) {
        const owner = step.uses?.kind === "remote" ? (step.uses.repository.split("/")[0] ?? "") : "";
        for (const entry of step.with) {
          const secret = storedSecret(entry);
          if (!secret) continue;
          const tokenInput =
            TOKEN_INPUTS.has(entry.key) ||
            PAT_NAMED.test(secret) ||
            (entry.key === "token" && (GITHUB_TOKEN_OWNERS.has(owner) || GITHUB_NAMED.test(secret)));
          if (tokenInput) add(entry.keyLine, secret, `${step.uses?.repository ?? "step"} ${entry.key}`);
        }
        for (const entry of stepEnv(workflow, job, step)) {
          const secret = storedSecret(entry);
          if (secret && (TOKEN_VARIABLES.has(entry.key) || PAT_NAMED.test(secret)))
            add(entry.keyLine, secret, `env ${entry.key}`);
        }
        for (const line of step.run ? scriptLines(step.run) : []) {
          const secret = secretsExpanded(line.text)[0];
          if (secret && GIT_CREDENTIAL.test(line.text)) add(line.line, secret, "git credentials");
        }
      }
    }
    return [...found.values()];
  },
};
