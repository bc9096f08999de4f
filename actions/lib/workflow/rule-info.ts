/**
 * The workflow rules of verify-no-plaintext: their ids (stable: suppressions and policy files name
 * them), default severities, help and fix, and the zizmor audits whose `# zizmor: ignore[...]` comments
 * they honour, so that a repository that triaged zizmor's findings keeps its triage.
 */
import type { RuleInfo } from "../scan/rules.js";

export const WORKFLOW_RULE_IDS = [
  "workflow-syntax",
  "pypi-token-publish",
  "registry-token-publish",
  "secrets-inherit",
  "all-secrets-exposed",
  "unredacted-secret",
  "secret-logged",
  "hardcoded-credential",
  "github-pat",
  "github-app",
  "untrusted-checkout-exec",
  "privileged-trigger",
  "template-injection",
  "bot-conditions",
  "insecure-commands",
  "unpinned-uses",
  "known-compromised-action",
  "persist-credentials",
  "token-permissions",
  "secret-without-environment",
] as const;

export type WorkflowRuleId = (typeof WORKFLOW_RULE_IDS)[number];

type WorkflowRuleInfo = Omit<RuleInfo, "id"> & { zizmor?: readonly string[] };

export const WORKFLOW_RULES: Record<WorkflowRuleId, WorkflowRuleInfo> = {
  "workflow-syntax": {
    severity: "warning",
    title: "Workflow is not valid YAML",
    description:
      "A workflow or composite action file could not be parsed; GitHub will not run it and the workflow rules could not check it.",
    fix: "fix the YAML syntax at the line named (`actionlint` shows the same error)",
  },
  "pypi-token-publish": {
    severity: "error",
    title: "PyPI upload with a stored token",
    description:
      "A job uploads to PyPI or TestPyPI with a stored API token: pypa/gh-action-pypi-publish's `password:`, TWINE_PASSWORD, UV_PUBLISH_TOKEN, POETRY_PYPI_TOKEN_*, HATCH_INDEX_AUTH, FLIT_PASSWORD, PDM_PUBLISH_PASSWORD, MATURIN_PYPI_TOKEN, a token on the command line, or a script of the repository that uploads with a token from the step's environment. A stored token does not expire and leaks with any step of the job; trusted publishing (OIDC) mints a token for one upload. Reported where the token is given (the variable, the input or the command line), even when the job has `id-token: write`: the stored token is still there.",
    fix: "configure a trusted publisher on PyPI, give the job `permissions: {id-token: write}` and an `environment:`, drop the token input, then delete the token on PyPI",
    zizmor: ["use-trusted-publishing"],
  },
  "registry-token-publish": {
    severity: "warning",
    title: "Package registry upload with a stored token",
    description:
      "A job publishes to npm (NODE_AUTH_TOKEN, NPM_TOKEN), RubyGems (GEM_HOST_API_KEY), crates.io (CARGO_REGISTRY_TOKEN, `cargo publish --token`) or NuGet (`--api-key`) with a stored token. All four accept trusted publishing from GitHub Actions. An error when the job already has `id-token: write`.",
    fix: "configure trusted publishing at the registry, give the job `id-token: write`, remove the token secret and revoke it",
    zizmor: ["use-trusted-publishing"],
  },
  "secrets-inherit": {
    severity: "warning",
    title: "`secrets: inherit` hands every secret to a called workflow",
    description:
      "`secrets: inherit` passes every repository, environment and organisation secret to the called workflow, whatever it needs. An error when the called workflow is in this repository and declares none of them or fewer.",
    fix: "pass the secrets the called workflow declares by name (`secrets: {NAME: ${{ secrets.NAME }}}`)",
    zizmor: ["secrets-inherit"],
  },
  "all-secrets-exposed": {
    severity: "error",
    title: "Every secret of the repository reaches the runner",
    description:
      "`toJSON(secrets)` or `secrets[<expression>]` makes the runner receive every secret the workflow can see, not only the ones the step needs.",
    fix: "name each secret the step needs (`${{ secrets.NAME }}`)",
    zizmor: ["overprovisioned-secrets"],
  },
  "unredacted-secret": {
    severity: "warning",
    title: "A part of a JSON secret is not masked",
    description:
      "`fromJSON(secrets.X).field` takes a part of a structured secret; the runner masks the secret's whole value, not its parts, so the part prints in clear.",
    fix: 'store each part as its own secret, or mask the part first (`echo "::add-mask::$PART"`)',
    zizmor: ["unredacted-secrets"],
  },
  "secret-logged": {
    severity: "error",
    title: "A secret is printed or written to the job summary",
    description:
      "A `run:` script prints a secret or a value made from it (base64, a substring, a URL with it) to the log, writes it to $GITHUB_STEP_SUMMARY, or turns on `set -x` while it is in the environment. The runner masks only the exact value; a transformed one prints in clear. A warning for the exact value on the log (masked, but one step from a leak).",
    fix: "do not print secrets; pass them to the command that needs them through `env:` and mask derived values with `::add-mask::`",
  },
  "hardcoded-credential": {
    severity: "error",
    title: "Literal credential in a workflow",
    description:
      "A password, token or key is written into the workflow (`env:`, `with:`, or a container's or service's `credentials:`): everyone who can read the repository can use it. A note for the password of a throw-away service container of the job (a test database).",
    fix: "revoke and rotate it, store it as an Actions secret and use `${{ secrets.NAME }}`",
    zizmor: ["hardcoded-container-credentials"],
  },
  "github-pat": {
    severity: "warning",
    title: "Personal access token where a GitHub App token would do",
    description:
      "A stored secret is used as a GitHub token (`token:`/`github-token:` of an action, GH_TOKEN, GITHUB_TOKEN, `gh auth login`). Such a token belongs to a person, lasts until revoked and usually reaches every repository they can: a GitHub App installation token is scoped and expires in an hour.",
    fix: "use `${{ github.token }}` with the `permissions:` the job needs, or mint a GitHub App token (actions/create-github-app-token) scoped to the repositories and permissions it needs",
  },
  "github-app": {
    severity: "warning",
    title: "GitHub App token without scoping",
    description:
      "A GitHub App installation token is minted for every repository of an owner (`owner:` without `repositories:`), with every permission of the installation (no `permission-*` input), or is not revoked after the job (`skip-token-revoke: true`).",
    fix: "name the `repositories:` and the `permission-<scope>:` inputs the job needs, and let the token be revoked",
    zizmor: ["github-app"],
  },
  "untrusted-checkout-exec": {
    severity: "error",
    title: "A privileged workflow runs a pull request's code",
    description:
      "A `pull_request_target`, `workflow_run` or `issue_comment` job checks out the pull request's code (reported on the `ref:` that picks it, or the command that fetches it) and then runs something that reads it (an install, a build, tests, a script or a local action) while it holds secrets or a token that can write: anyone who opens a pull request runs code with them. Code checked out into a folder of its own runs only from that folder. A job that runs it with neither secrets nor a write token leaves a `privileged-trigger` note.",
    fix: "run the pull request's code in a `pull_request` workflow (no secrets, read-only token); keep the privileged one to trusted code and data passed as artifacts",
    zizmor: ["dangerous-triggers"],
  },
  "privileged-trigger": {
    severity: "note",
    title: "Privileged trigger",
    description:
      "The workflow runs on `pull_request_target`, `workflow_run` or `issue_comment`, with the base repository's secrets and a token that can write, started by anyone who can open a pull request or comment. No job runs the pull request's code with them: a note, for review.",
    fix: "prefer `pull_request`; keep the job's `permissions:` to what it needs and never check out the pull request's head",
    zizmor: ["dangerous-triggers"],
  },
  "template-injection": {
    severity: "error",
    title: "Attacker-controlled text expanded into a script",
    description:
      "An expression over a field an outsider writes (an issue or pull request title or body, a comment, a branch name, a commit message) is expanded into a `run:` script or actions/github-script's `script:` before it runs, so that text becomes code. An error on privileged triggers, a warning on others.",
    fix: 'pass the value through `env:` (`env: {TITLE: ${{ github.event.issue.title }}}`) and use `"$TITLE"` in the script',
    zizmor: ["template-injection"],
  },
  "bot-conditions": {
    severity: "warning",
    title: "Spoofable bot check",
    description:
      "An `if:` trusts `github.actor` (or `github.triggering_actor`) to be a bot such as `dependabot[bot]`. The actor is whoever caused the latest event, which a person can arrange (a comment that makes the bot act, a re-run). An error on privileged triggers.",
    fix: "check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`)",
    zizmor: ["bot-conditions"],
  },
  "insecure-commands": {
    severity: "error",
    title: "Deprecated insecure workflow commands enabled",
    description:
      "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on `::set-env::` and `::add-path::`, with which any text a step prints can set the environment of the next ones.",
    fix: "remove it and write to $GITHUB_ENV and $GITHUB_PATH",
    zizmor: ["insecure-commands"],
  },
  "unpinned-uses": {
    severity: "warning",
    title: "Action or reusable workflow not pinned to a commit",
    description:
      "A `uses:` names a tag, a branch or a short SHA, which its owner (or whoever takes over the account) can move to other code, as happened to tj-actions/changed-files in March 2025. An error for a third-party action given a secret or run in a job with a token that can write; a note for GitHub's own actions (`actions/*`, `github/*`).",
    fix: "pin the full commit SHA with the version as a comment (`uses: owner/action@<40 hex> # v1.2.3`) and let Dependabot update it",
    zizmor: ["unpinned-uses"],
  },
  "known-compromised-action": {
    severity: "error",
    title: "Action with a published compromise",
    description:
      "The action had its tags moved to malicious code (listed in verify-no-plaintext-rules.md with the advisory), and this `uses:` takes a moved ref or a malicious commit.",
    fix: "pin a commit the advisory names as safe (or remove the action), and rotate every secret the workflow could read while it ran",
    zizmor: ["known-vulnerable-actions"],
  },
  "persist-credentials": {
    severity: "warning",
    title: "actions/checkout keeps the token for later steps",
    description:
      "Without `persist-credentials: false`, actions/checkout stores the job's token where git finds it, for every later step of the job. Reported when a later step could take it: a third-party action, a command that runs the project's or its dependencies' code (an install, a build, a script), or an artifact upload; an error when the artifact takes the whole workspace. Not reported for a token without permissions (`permissions: {}`).",
    fix: "add `with: {persist-credentials: false}` and pass a token only to the step that pushes",
    zizmor: ["artipacked"],
  },
  "token-permissions": {
    severity: "warning",
    title: "GITHUB_TOKEN scope not limited",
    description:
      "A job runs with the repository's default token scope (no `permissions:` in the job or the workflow), with `write-all`/`read-all`, or with write scopes granted at the workflow level to several jobs. An error for the default or `write-all` on a privileged trigger. Reusable workflows (`workflow_call` only) take their scope from the caller.",
    fix: "declare `permissions: {}` at the workflow level and each job's least `permissions:`",
    zizmor: ["excessive-permissions"],
  },
  "secret-without-environment": {
    severity: "warning",
    title: "Publishing or deploying secrets outside an environment",
    description:
      "A job that publishes or deploys (named so, holding a registry upload token, running an upload or a deployment command, or a deployment action) reads stored secrets without an `environment:`, so no required reviewer, wait timer or branch rule guards them. Jobs that call a reusable workflow, where `environment:` cannot be set, are not judged.",
    fix: "move the secrets into an environment with protection rules and add `environment: <name>` to the job",
    zizmor: ["secrets-outside-env"],
  },
};

/** Our rules each `# zizmor: ignore[<audit>]` comment accepts. */
export function rulesForZizmor(audit: string): WorkflowRuleId[] {
  return WORKFLOW_RULE_IDS.filter((id) => WORKFLOW_RULES[id].zizmor?.includes(audit));
}
