/**
 * The workflow rules of verify-no-plaintext, table-driven: for every rule a workflow where it must
 * report (on the line a person changes, at the graded severity) and a near miss where it must not.
 * The scanner is called as verify calls it, with the repository's other files behind `repositoryFile`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { callerWorkflow } from "../actions/cli/init.js";
import { Scanner } from "../actions/lib/scan/scanner.js";
import type { Finding, RuleId } from "../actions/lib/scan/rules.js";
import { WORKFLOW_RULE_IDS } from "../actions/lib/workflow/rule-info.js";
import { ageKey } from "./support/credential-examples.js";

const NOW = Date.UTC(2026, 11, 6);
const SHA = "0123456789abcdef0123456789abcdef01234567";

function scan(text: string, options: { path?: string; files?: Record<string, string> } = {}): Finding[] {
  const files = options.files ?? {};
  const scanner = new Scanner({ now: NOW, repositoryFile: (file) => files[file] });
  return scanner.scan({ path: options.path ?? ".github/workflows/w.yml", bytes: Buffer.from(text) }).findings;
}

/** `[line, severity]` of a rule's findings, in line order. */
function linesOf(findings: readonly Finding[], rule: RuleId): [number, string][] {
  return findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => [finding.line, finding.severity]);
}

interface Case {
  rule: RuleId;
  name: string;
  yaml: string;
  files?: Record<string, string>;
  path?: string;
  /** Every finding of the rule: `[line, severity]`; empty for a near miss. */
  expected: [number, string][];
}

/** Lines are counted in the template: the first line of every workflow is `on:`. */
const CASES: Case[] = [
  {
    rule: "pypi-token-publish",
    name: "the publish action's password, also with id-token: write",
    yaml: `on: {push: {tags: ["v*"]}}
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: {id-token: write}
    steps:
      - uses: pypa/gh-action-pypi-publish@${SHA} # v1.12.4
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
`,
    expected: [[11, "error"]],
  },
  {
    rule: "pypi-token-publish",
    name: "TWINE_PASSWORD, a token on uv's command line, and a script of the repository",
    yaml: `on: {release: {types: [published]}}
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: {contents: read}
    steps:
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: \${{ secrets.PYPI }}
      - run: uv publish --token "$TOKEN"
        env:
          TOKEN: \${{ secrets.PYPI }}
      - run: bash scripts/release.sh
        env:
          PYPI_TOKEN: \${{ secrets.PYPI }}
`,
    files: {
      "scripts/release.sh": '#!/bin/sh\nset -e\npoetry publish --build -u __token__ -p "$PYPI_TOKEN"\n',
    },
    expected: [
      [12, "error"],
      [13, "error"],
      [18, "error"],
    ],
  },
  {
    rule: "pypi-token-publish",
    name: "near miss: trusted publishing, no token",
    yaml: `on: {release: {types: [published]}}
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions: {id-token: write}
    steps:
      - uses: pypa/gh-action-pypi-publish@${SHA} # v1.12.4
      - run: uv publish --trusted-publishing always
      - run: ./scripts/release.sh
`,
    files: { "scripts/release.sh": "#!/bin/sh\nuv publish\n" },
    expected: [],
  },
  {
    rule: "registry-token-publish",
    name: "npm publish with NODE_AUTH_TOKEN (an error next to id-token: write), cargo's token",
    yaml: `on: {push: {tags: ["v*"]}}
permissions: {}
jobs:
  npm:
    runs-on: ubuntu-latest
    environment: npm
    permissions: {contents: read, id-token: write}
    steps:
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  crates:
    runs-on: ubuntu-latest
    environment: crates
    permissions: {contents: read}
    steps:
      - run: cargo publish --token \${{ secrets.CRATES_TOKEN }}
`,
    expected: [
      [11, "error"],
      [17, "warning"],
    ],
  },
  {
    rule: "registry-token-publish",
    name: "near miss: NODE_AUTH_TOKEN to install private packages, and trusted publishing",
    yaml: `on: {push: {tags: ["v*"]}}
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_READ_TOKEN }}
  publish:
    runs-on: ubuntu-latest
    permissions: {contents: read, id-token: write}
    steps:
      - run: npm publish --provenance
`,
    expected: [],
  },
  {
    rule: "secrets-inherit",
    name: "a remote call (warning) and a call of this repository's workflow that declares one secret (error)",
    yaml: `on: push
permissions: {}
jobs:
  remote:
    uses: octo/workflows/.github/workflows/ci.yml@${SHA}
    secrets: inherit
  local:
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
`,
    files: {
      ".github/workflows/deploy.yml":
        "on:\n  workflow_call:\n    secrets:\n      DEPLOY_KEY:\n        required: true\njobs: {}\n",
    },
    expected: [
      [6, "warning"],
      [9, "error"],
    ],
  },
  {
    rule: "secrets-inherit",
    name: "near miss: the secrets passed by name",
    yaml: `on: push
permissions: {}
jobs:
  local:
    uses: ./.github/workflows/deploy.yml
    secrets:
      DEPLOY_KEY: \${{ secrets.DEPLOY_KEY }}
`,
    expected: [],
  },
  {
    rule: "all-secrets-exposed",
    name: "toJSON(secrets) and secrets[matrix.name]",
    yaml: `on: push
permissions: {}
jobs:
  dump:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./configure
        env:
          ALL: \${{ toJSON(secrets) }}
          ONE: \${{ secrets[matrix.name] }}
`,
    expected: [
      [10, "error"],
      [11, "error"],
    ],
  },
  {
    rule: "all-secrets-exposed",
    name: "near miss: a literal index and toJSON of another context",
    yaml: `on: push
permissions: {}
jobs:
  dump:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./configure
        env:
          ONE: \${{ secrets['DEPLOY_KEY'] }}
          EVENT: \${{ toJSON(github.event) }}
`,
    expected: [],
  },
  {
    rule: "unredacted-secret",
    name: "a field of a JSON secret",
    yaml: `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./deploy
        env:
          PASSWORD: \${{ fromJSON(secrets.DATABASE).password }}
`,
    expected: [[10, "warning"]],
  },
  {
    rule: "unredacted-secret",
    name: "near miss: the whole secret parsed",
    yaml: `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./deploy
        env:
          DATABASE: \${{ fromJSON(secrets.DATABASE) }}
`,
    expected: [],
  },
  {
    rule: "secret-logged",
    name: "a value made from a secret printed, a secret in the summary, the exact value printed",
    yaml: `on: push
permissions: {}
jobs:
  debug:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          TOKEN: \${{ secrets.API_TOKEN }}
        run: |
          ENCODED=$(echo -n "$TOKEN" | base64)
          echo "token: $ENCODED"
          echo "key: \${{ secrets.API_TOKEN }}" >> "$GITHUB_STEP_SUMMARY"
          echo "$TOKEN"
`,
    expected: [
      [12, "error"],
      [13, "error"],
      [14, "warning"],
    ],
  },
  {
    rule: "secret-logged",
    name: "near miss: piped to a login, masked, written to a file",
    yaml: `on: push
permissions: {}
jobs:
  login:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          TOKEN: \${{ secrets.API_TOKEN }}
        run: |
          echo "$TOKEN" | docker login ghcr.io -u bot --password-stdin
          echo "::add-mask::$TOKEN"
          echo "$TOKEN" > "$RUNNER_TEMP/token"
          echo "done" >> "$GITHUB_STEP_SUMMARY"
`,
    expected: [],
  },
  {
    rule: "hardcoded-credential",
    name: "an age key in env, a literal registry password, a service's own test password (note)",
    yaml: `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: {}
    container:
      image: ghcr.io/octo/build:1
      credentials:
        username: octo
        password: s3cret-Passw0rd
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    env:
      SOPS_AGE_KEY: ${ageKey()}
    steps:
      - run: make test
`,
    expected: [
      [11, "error"],
      [16, "note"],
      [18, "error"],
    ],
  },
  {
    rule: "hardcoded-credential",
    name: "near miss: secrets by reference, switches and placeholders",
    yaml: `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: {}
    env:
      SOPS_AGE_KEY: \${{ secrets.SOPS_AGE_KEY }}
      API_TOKEN: your-token-here
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          persist-credentials: false
          token: \${{ github.token }}
`,
    expected: [],
  },
  {
    rule: "github-pat",
    name: "a stored token given to checkout and to gh",
    yaml: `on: push
permissions: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          token: \${{ secrets.BOT_TOKEN }}
          persist-credentials: false
      - run: gh pr list
        env:
          GH_TOKEN: \${{ secrets.RELEASE_PAT }}
`,
    expected: [
      [10, "warning"],
      [14, "warning"],
    ],
  },
  {
    rule: "github-pat",
    name: "near miss: an App token, the run's token, another service's token",
    yaml: `on: push
permissions: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - id: app
        uses: actions/create-github-app-token@${SHA} # v2.1.0
        with:
          client-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
          permission-contents: write
      - run: gh pr list
        env:
          GH_TOKEN: \${{ steps.app.outputs.token }}
      - uses: codecov/codecov-action@${SHA} # v5.0.0
        with:
          token: \${{ secrets.CODECOV_TOKEN }}
      - run: gh release view
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
    expected: [],
  },
  {
    rule: "github-app",
    name: "an owner's every repository with every permission",
    yaml: `on: push
permissions: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/create-github-app-token@${SHA} # v2.1.0
        with:
          client-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
          owner: juniper
`,
    expected: [[8, "warning"]],
  },
  {
    rule: "github-app",
    name: "near miss: scoped to repositories and permissions",
    yaml: `on: push
permissions: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/create-github-app-token@${SHA} # v2.1.0
        with:
          client-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
          owner: juniper
          repositories: juniper-data
          permission-issues: write
`,
    expected: [],
  },
  {
    rule: "untrusted-checkout-exec",
    name: "pull_request_target checks out the head and installs it with a write token",
    yaml: `on: pull_request_target
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: {contents: read, pull-requests: write}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: npm ci && npm test
`,
    expected: [[10, "error"]],
  },
  {
    rule: "untrusted-checkout-exec",
    name: "issue_comment ChatOps with gh pr checkout and secrets",
    yaml: `on: {issue_comment: {types: [created]}}
permissions: {}
jobs:
  bench:
    if: github.event.issue.pull_request && contains(github.event.comment.body, '/bench')
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - run: |
          gh pr checkout \${{ github.event.issue.number }}
          make bench
        env:
          GH_TOKEN: \${{ github.token }}
          BENCH_KEY: \${{ secrets.BENCH_KEY }}
`,
    expected: [[10, "error"]],
  },
  {
    rule: "untrusted-checkout-exec",
    name: "near miss: pull_request_target that checks out only the base",
    yaml: `on: pull_request_target
permissions: {}
jobs:
  label:
    runs-on: ubuntu-latest
    permissions: {contents: read, pull-requests: write}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          persist-credentials: false
      - run: npm ci && node scripts/label.js
`,
    expected: [],
  },
  {
    rule: "untrusted-checkout-exec",
    name: "near miss: the pull request's docs checked out into a folder and read by the base branch's tools",
    yaml: `on: pull_request_target
permissions: {}
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions: {contents: read, pull-requests: write}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          persist-credentials: false
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr-docs
          persist-credentials: false
      - run: npm ci && node build-site.js --content ./pr-docs
`,
    expected: [],
  },
  {
    rule: "privileged-trigger",
    name: "a pull request's code run with no secret and a read-only token is a note, not untrusted-checkout-exec",
    yaml: `on: pull_request_target
permissions: {}
jobs:
  bench:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: npm ci && npm run bench
`,
    expected: [[1, "note"]],
  },
  {
    rule: "privileged-trigger",
    name: "a note on pull_request_target when no pull request code runs",
    yaml: `on:
  pull_request_target:
    types: [opened]
permissions: {}
jobs:
  label:
    runs-on: ubuntu-latest
    permissions: {pull-requests: write}
    steps:
      - uses: actions/labeler@${SHA} # v5.0.0
`,
    expected: [[2, "note"]],
  },
  {
    rule: "privileged-trigger",
    name: "near miss: pull_request",
    yaml: `on: pull_request
permissions: {}
jobs:
  label:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo hi
`,
    expected: [],
  },
  {
    rule: "template-injection",
    name: "an issue title in a script (privileged: error), a branch name under pull_request (warning), github-script",
    yaml: `on: [issues, pull_request]
permissions: {}
jobs:
  triage:
    runs-on: ubuntu-latest
    permissions: {issues: write}
    steps:
      - run: |
          echo "New issue"
          echo "\${{ github.event.issue.title }}"
          git push origin \${{ github.head_ref }}
      - uses: actions/github-script@${SHA} # v7.0.1
        with:
          script: |
            const body = \`\${{ github.event.comment.body }}\`
`,
    expected: [
      [10, "error"],
      [11, "error"],
      [15, "error"],
    ],
  },
  {
    rule: "template-injection",
    name: "warning on pull_request only; near miss through env",
    yaml: `on: pull_request
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "$TITLE" "\${{ github.event.pull_request.number }}"
        env:
          TITLE: \${{ github.event.pull_request.title }}
`,
    expected: [[8, "warning"]],
  },
  {
    rule: "template-injection",
    name: "near miss: the title through env, a number and a login expanded",
    yaml: `on: issues
permissions: {}
jobs:
  triage:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo "$TITLE" "\${{ github.event.issue.number }}" "\${{ github.event.issue.user.login }}"
        env:
          TITLE: \${{ github.event.issue.title }}
`,
    expected: [],
  },
  {
    rule: "bot-conditions",
    name: "github.actor trusted under pull_request_target",
    yaml: `on: pull_request_target
permissions: {}
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]'
    runs-on: ubuntu-latest
    permissions: {contents: write}
    steps:
      - run: gh pr merge --auto "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
`,
    expected: [[5, "error"]],
  },
  {
    rule: "bot-conditions",
    name: "near miss: the pull request's author, and a bot excluded",
    yaml: `on: pull_request
permissions: {}
jobs:
  automerge:
    if: github.event.pull_request.user.login == 'dependabot[bot]' && github.actor != 'renovate[bot]'
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo ok
`,
    expected: [],
  },
  {
    rule: "insecure-commands",
    name: "ACTIONS_ALLOW_UNSECURE_COMMANDS: true",
    yaml: `on: push
permissions: {}
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  old:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo "::set-env name=A::b"
`,
    expected: [[4, "error"]],
  },
  {
    rule: "insecure-commands",
    name: "near miss: false",
    yaml: `on: push
permissions: {}
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: false
jobs:
  old:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo hi
`,
    expected: [],
  },
  {
    rule: "unpinned-uses",
    name: "a third-party action given a secret (error), another (warning), GitHub's own (note), a tagged image",
    yaml: `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/setup-node@v4
      - uses: octo/lint@v2
      - uses: octo/deploy@main
        with:
          api-key: \${{ secrets.DEPLOY_KEY }}
      - uses: docker://alpine:3.20
`,
    expected: [
      [8, "note"],
      [9, "warning"],
      [10, "error"],
      [13, "warning"],
    ],
  },
  {
    rule: "unpinned-uses",
    name: "near miss: a full SHA, a local action, an image digest",
    yaml: `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: octo/lint@${SHA} # v2.0.0
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:${"ab".repeat(32)}
`,
    expected: [],
  },
  {
    rule: "known-compromised-action",
    name: "moved tags and a malicious commit",
    yaml: `on: pull_request
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: tj-actions/changed-files@v45
      - uses: reviewdog/action-setup@v1
      - uses: tj-actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67
`,
    expected: [
      [8, "error"],
      [9, "error"],
      [10, "error"],
    ],
  },
  {
    rule: "known-compromised-action",
    name: "near miss: the fixed release, pinned; a later reviewdog release",
    yaml: `on: pull_request
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: tj-actions/changed-files@2f7c5bfce28377bc069a65ba478de0a74aa0ca32 # v46.0.1
      - uses: reviewdog/action-setup@v1.3.2
`,
    expected: [],
  },
  {
    rule: "persist-credentials",
    name: "the workspace uploaded (error), a third-party step after (warning), a build after (warning)",
    yaml: `on: push
permissions: {}
jobs:
  upload:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
      - uses: actions/upload-artifact@${SHA} # v4.6.0
        with:
          path: .
  lint:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
      - uses: octo/lint@${SHA} # v2.0.0
  test:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
      - run: make test
`,
    expected: [
      [8, "error"],
      [16, "warning"],
      [22, "warning"],
    ],
  },
  {
    rule: "persist-credentials",
    name: "near miss: persist-credentials: false; only GitHub's actions and plain commands; a token that can do nothing",
    yaml: `on: push
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          persist-credentials: false
      - uses: octo/lint@${SHA} # v2.0.0
  report:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
      - uses: actions/setup-node@${SHA} # v4.0.0
      - run: git log -1 --format=%H
  nothing:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
      - uses: octo/lint@${SHA} # v2.0.0
`,
    expected: [],
  },
  {
    rule: "token-permissions",
    name: "the default scope, write-all on a privileged trigger, workflow-level writes for two jobs",
    yaml: `on: [push, issue_comment]
permissions:
  contents: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{run: echo a}]
  b:
    runs-on: ubuntu-latest
    permissions: write-all
    steps: [{run: echo b}]
`,
    expected: [
      [2, "warning"],
      [10, "error"],
    ],
  },
  {
    rule: "token-permissions",
    name: "no permissions anywhere",
    yaml: `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{run: echo a}]
`,
    expected: [[3, "warning"]],
  },
  {
    rule: "token-permissions",
    name: "near miss: least permissions per job; a reusable workflow takes the caller's",
    yaml: `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: {contents: read}
    steps: [{run: echo a}]
`,
    expected: [],
  },
  {
    rule: "token-permissions",
    name: "near miss: workflow_call only",
    yaml: `on: {workflow_call: {}}
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{run: echo a}]
`,
    expected: [],
  },
  {
    rule: "secret-without-environment",
    name: "a deploy job with a secret and no environment",
    yaml: `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./deploy.sh
        env:
          KEY: \${{ secrets.DEPLOY_KEY }}
`,
    expected: [[4, "warning"]],
  },
  {
    rule: "secret-without-environment",
    name: "near miss: the same job in an environment; a test job with a secret",
    yaml: `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions: {}
    steps:
      - run: ./deploy.sh
        env:
          KEY: \${{ secrets.DEPLOY_KEY }}
  test:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: make test
        env:
          HF_TOKEN: \${{ secrets.HF_TOKEN }}
`,
    expected: [],
  },
  {
    rule: "workflow-syntax",
    name: "invalid YAML is one finding on its line",
    yaml: `on: push
jobs:
  a:
    steps: [
      - run: echo
`,
    expected: [[5, "warning"]],
  },
  {
    rule: "template-injection",
    name: "a composite action",
    path: "actions/greet/action.yml",
    yaml: `name: greet
runs:
  using: composite
  steps:
    - shell: bash
      run: echo "\${{ github.event.issue.body }}"
`,
    expected: [[6, "warning"]],
  },
];

describe("every workflow rule has a positive case and a near miss", () => {
  test.each(WORKFLOW_RULE_IDS.filter((id) => id !== "workflow-syntax"))("%s", (rule) => {
    const cases = CASES.filter((item) => item.rule === rule);
    expect(cases.some((item) => item.expected.length > 0)).toBe(true);
    expect(cases.some((item) => item.expected.length === 0)).toBe(true);
  });
});

describe("workflow rules", () => {
  test.each(CASES.map((item) => [`${item.rule}: ${item.name}`, item] as const))("%s", (_name, item) => {
    const findings = scan(item.yaml, {
      ...(item.path ? { path: item.path } : {}),
      ...(item.files ? { files: item.files } : {}),
    });
    expect(linesOf(findings, item.rule)).toEqual(item.expected);
  });
});

describe("a pull request's code checked out into a folder", () => {
  const workflow = (steps: string, jobDefaults = "") => `on: pull_request_target
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {contents: write}
${jobDefaults}    steps:
      - uses: actions/checkout@${SHA} # v6.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
          persist-credentials: false
${steps}`;
  const run = (command: string) => `      - run: ${command}\n`;

  test.each([
    "bash pr/build.sh",
    "python pr/setup.py install",
    "npm --prefix pr ci",
    "make -C pr",
    "pip install ./pr",
    "npx eslint pr/",
    "cd pr && npm ci",
    "./pr/configure",
  ])("%s runs it: an error on the checkout's ref: line", (command) => {
    expect(linesOf(scan(workflow(run(command))), "untrusted-checkout-exec")).toEqual([[10, "error"]]);
  });

  test("inputs are matched without regard to case, as the runner matches them", () => {
    const upper = workflow(run("npm --prefix pr ci")).replace("ref:", "Ref:").replace("path: pr", "PATH: pr");
    expect(linesOf(scan(upper), "untrusted-checkout-exec")).toEqual([[10, "error"]]);
  });

  test("a job whose steps run in it by default runs it", () => {
    const defaults = "    defaults:\n      run:\n        working-directory: pr\n";
    expect(linesOf(scan(workflow(run("npm ci"), defaults)), "untrusted-checkout-exec")).toEqual([
      [13, "error"],
    ]);
  });

  test.each(["node build-site.js --content ./pr", "npm --prefix private ci", "bash scripts/check.sh pr"])(
    "%s reads it as data or works elsewhere: nothing",
    (command) => {
      expect(linesOf(scan(workflow(run(command))), "untrusted-checkout-exec")).toEqual([]);
    },
  );
});

describe("workflow documents", () => {
  test("anchors and aliases are followed, and a finding is reported where its text is written", () => {
    const yaml = `on: push
permissions: {}
x-defaults:
  checkout: &checkout
    uses: octo/checkout@v1
  env: &env
    ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: {}
    env: *env
    steps:
      - *checkout
  b:
    <<: {runs-on: ubuntu-latest, permissions: {}}
    steps:
      - <<: *checkout
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
`;
    const findings = scan(yaml);
    expect(linesOf(findings, "unpinned-uses")).toEqual([
      [5, "warning"],
      [5, "error"],
    ]);
    expect(linesOf(findings, "insecure-commands")).toEqual([[7, "error"]]);
    expect(linesOf(findings, "token-permissions")).toEqual([]);
  });

  test("an alias bomb is not expanded", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const next = String.fromCharCode(97 + level);
      levels.push(`${next}: &${next} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`);
    }
    const findings = scan(`on: push\npermissions: {}\n${levels.join("\n")}\njobs: {}\n`);
    expect(findings).toEqual([]);
  });

  test("a 10,000-line workflow is read whole: a finding on its last line", () => {
    const steps = Array.from(
      { length: 3332 },
      (_, index) => `      - name: step ${index}\n        run: echo ${index}\n        shell: bash`,
    );
    const yaml = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n${steps.join("\n")}\n      - uses: octo/last@main\n`;
    expect(yaml.split("\n").length).toBeGreaterThan(10_000);
    const lastLine = yaml.split("\n").length - 1;
    expect(linesOf(scan(yaml), "unpinned-uses")).toEqual([[lastLine, "warning"]]);
  });

  test("inline suppressions: ours and zizmor's, on the finding's line", () => {
    const yaml = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: octo/one@v1 # secrets-actions: ignore[unpinned-uses]
      - uses: octo/two@v1 # zizmor: ignore[unpinned-uses]
      - uses: actions/checkout@${SHA} # zizmor: ignore[artipacked]
      - uses: octo/three@v1 # zizmor: ignore[template-injection]
`;
    const findings = scan(yaml);
    expect(linesOf(findings, "unpinned-uses")).toEqual([[11, "warning"]]);
    expect(linesOf(findings, "persist-credentials")).toEqual([]);
  });

  test("messages never show a value written into the workflow", () => {
    const key = ageKey();
    const findings = scan(
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    env:\n      SOPS_AGE_KEY: ${key}\n    steps:\n      - run: echo "${key}" | base64\n`,
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.message).not.toContain(key.slice(16, 32));
  });

  test("an action.yml that is not a composite action is not a workflow", () => {
    const yaml = "name: x\nruns:\n  using: node24\n  main: ../dist/x/index.js\n";
    expect(scan(yaml, { path: "x/action.yml" })).toEqual([]);
  });
});

describe("this repository's own workflows and the caller init writes", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const repositoryFile = (file: string) => {
    try {
      return readFileSync(path.join(root, file), "utf8");
    } catch {
      return undefined;
    }
  };
  const workflows = readdirSync(path.join(root, ".github", "workflows")).filter((name) =>
    /\.ya?ml$/.test(name),
  );

  test.each(workflows)(".github/workflows/%s has no finding, notes included", (name) => {
    const file = `.github/workflows/${name}`;
    const scanner = new Scanner({ now: NOW, repositoryFile });
    const findings = scanner.scan({ path: file, bytes: readFileSync(path.join(root, file)) }).findings;
    expect(findings.map((finding) => `${finding.line} ${finding.rule}: ${finding.message}`)).toEqual([]);
  });

  test("the caller init writes has no finding, notes included", () => {
    expect(scan(callerWorkflow(SHA), { path: ".github/workflows/secrets.yml" })).toEqual([]);
  });
});
