"use strict";
exports.id = 801;
exports.ids = [801];
exports.modules = {

/***/ 4801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   Ne: () => (/* binding */ describeNotes),
/* harmony export */   iD: () => (/* binding */ newFinding),
/* harmony export */   jb: () => (/* binding */ describeFinding),
/* harmony export */   ng: () => (/* binding */ countSeverities),
/* harmony export */   xv: () => (/* binding */ reportable),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(146);
/* harmony import */ var _workflow_rule_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(635);
/**
 * The rules of verify-no-plaintext: stable ids (used in annotations, SARIF, the policy file and inline
 * `secrets-allow` comments), default severities and the one-line fix every message ends with.
 */


const FILE_RULE_IDS = [
    "plaintext-env-file",
    "sops-rule-not-encrypted",
    "sops-value-not-encrypted",
    "sops-recipients-drift",
    "sops-unknown-recipient",
    "secret-pattern",
    "secret-default",
    "env-not-ignored",
];
/** The rules of files, then those of workflows and composite actions. */
const RULE_IDS = [...FILE_RULE_IDS, ..._workflow_rule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_RULE_IDS */ .sK];
const FILE_RULES = {
    "plaintext-env-file": {
        id: "plaintext-env-file",
        severity: "error",
        title: "Plaintext dotenv file",
        description: "A tracked dotenv file (.env, .env.*, *.env) is neither SOPS- nor dotenvx-encrypted, or a template " +
            "(.env.example, .env.sample, .env.template, .env.dist) holds a real-looking value instead of a placeholder.",
        fix: "encrypt it (`sops encrypt -i FILE`) or remove it from git (`git rm --cached FILE`) and rotate its values",
    },
    "sops-rule-not-encrypted": {
        id: "sops-rule-not-encrypted",
        severity: "error",
        title: "File matches a .sops.yaml creation rule but is not encrypted",
        description: "The file's path matches the path_regex of a .sops.yaml creation rule (first match, as sops " +
            "decides), so it must be a SOPS file, but it has no SOPS metadata.",
        fix: "encrypt it with `sops encrypt -i FILE` and rotate any value that was committed in plaintext",
    },
    "sops-value-not-encrypted": {
        id: "sops-value-not-encrypted",
        severity: "error",
        title: "SOPS file holds a plaintext value or broken metadata",
        description: "A value that the SOPS file's own selection rules (unencrypted_suffix, encrypted_regex, ...) say " +
            "must be encrypted is stored in plaintext, or the sops metadata is broken (no MAC, no lastmodified, " +
            "no key), or the MAC does not match the content.",
        fix: "restore the file and change values with `sops edit`/`sops set`, or re-encrypt it from its plaintext",
    },
    "sops-recipients-drift": {
        id: "sops-recipients-drift",
        severity: "error",
        title: "SOPS file recipients differ from its creation rule",
        description: "The age recipients of a SOPS file differ from those of the .sops.yaml creation rule for its path: " +
            "missing recipients lock people or CI out, extra ones keep access that was meant to be removed.",
        fix: "run `sops updatekeys FILE` (or `secrets-actions updatekeys FILE`) with a key that can decrypt it",
    },
    "sops-unknown-recipient": {
        id: "sops-unknown-recipient",
        severity: "warning",
        title: "SOPS file encrypted to a recipient with no name",
        description: "The policy file names who each recipient is (`recipients:` in .github/secrets-policy.yml, or a comment beside it in .sops.yaml), and this SOPS file can be opened by a recipient nobody named: a key nobody can account for. Checked only when the policy file has `recipients:`.",
        fix: "name the recipient under `recipients:` (a person, a team, CI), or take it out with `secrets-actions offboard RECIPIENT`",
    },
    "secret-pattern": {
        id: "secret-pattern",
        severity: "error",
        title: "Credential in plaintext",
        description: "A credential in one of the formats of the credential table (GitHub, GitLab, AWS, Google, Hugging Face, " +
            "Anthropic, OpenAI, Slack, Stripe, npm, PyPI, Sentry, private keys, age keys, JWTs and 80 more; see " +
            "verify-no-plaintext-rules.md), a password in a URL, or a high-entropy value assigned to a " +
            "*_KEY/*_TOKEN/*_SECRET/PASSWORD-style name. A placeholder or a provider's documentation example in a " +
            "known format is a note (never annotated, never failing); a generic value is an error in configuration " +
            "and code and a warning in tests, fixtures, examples and docs (`sample-paths`).",
        fix: "revoke and rotate the credential, then move it into a SOPS file or a secret store",
    },
    "secret-default": {
        id: "secret-default",
        severity: "error",
        title: "Hard-coded default of a secret in Python code",
        description: 'A Python file gives a secret-named variable a literal default: `os.getenv("X", "...")`, ' +
            '`os.environ.get`/`setdefault`, a pydantic-settings field (`x: str = "..."`, `Field(default="...")`) ' +
            'or `SecretStr("...")`, for names with KEY, TOKEN, SECRET, PASSWORD, AUTH or DSN. The service then ' +
            "runs with a value everyone can read whenever the variable is missing. Empty strings and None are fine.",
        fix: 'require the variable; no default (`os.environ["X"]`, a settings field without a default) and rotate the value if it was ever used',
    },
    "env-not-ignored": {
        id: "env-not-ignored",
        severity: "warning",
        title: ".env is not git-ignored",
        description: "The repository's .gitignore does not ignore .env, so a local .env can be committed by accident.",
        fix: "add `.env` and `.env.*` (with `!.env.example`) to .gitignore",
    },
};
const RULES = {
    ...FILE_RULES,
    ...Object.fromEntries(_workflow_rule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_RULE_IDS */ .sK.map((id) => {
        const { severity, title, description, fix } = _workflow_rule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_RULES */ .KA[id];
        return [id, { id, severity, title, description, fix }];
    })),
};
/** A finding with its rule's severity and its fingerprint (of rule, file and what was found). */
function newFinding(rule, file, line, message, subject) {
    return {
        rule,
        severity: RULES[rule].severity,
        file,
        line,
        message,
        fingerprint: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(rule, file, subject),
    };
}
/** How many findings of each severity: what every summary line counts. */
function countSeverities(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** The findings worth a person's attention: errors and warnings (notes are only counted). */
function reportable(findings) {
    return findings.filter((finding) => finding.severity !== "note");
}
/** `4 placeholders or documentation examples ignored`: the notes, as summaries count them. */
function describeNotes(notes) {
    return `${notes} placeholder${notes === 1 ? "" : "s"} or documentation example${notes === 1 ? "" : "s"} ignored`;
}
/** The message as every output shows it: what was found, then the fix. */
function describeFinding(finding) {
    if (finding.severity === "note")
        return `${finding.message}; not a secret: a placeholder or a documentation example, nothing to rotate`;
    return `${finding.message}; fix: ${RULES[finding.rule].fix}`;
}


/***/ }),

/***/ 146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Kd: () => (/* binding */ hasCharacterClasses),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Ue: () => (/* binding */ entropy),
/* harmony export */   _c: () => (/* binding */ hasPlaceholderWord),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   z8: () => (/* binding */ readsAsWords)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What a candidate secret looks like: its entropy, whether it is a placeholder, and how it is shown
 * (never in full) and fingerprinted.
 */

/** Shannon entropy in bits per character. */
function entropy(text) {
    if (text.length === 0)
        return 0;
    const counts = new Map();
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
// `\u00e2\u0080\u00a6` is an ellipsis (…) in UTF-8 bytes read as Latin-1, as the scanner reads files.
const PLACEHOLDER_WORDS = /example|sample|placeholder|change[-_ ]?me|your[-_]|dummy|fake|not[-_]?real|redacted|replace|insert|todo|foobar|lorem|xxxx|\*\*\*|\.\.\.|\u2026|\u00e2\u0080\u00a6|<[^>]*>|\$\{|\{\{|%\(|%s/i;
/** A documentation word or template syntax (`your_`, `xxxx`, `<token>`, `${VAR}`), whatever the length. */
function hasPlaceholderWord(value) {
    return PLACEHOLDER_WORDS.test(value);
}
/** `12345`, `abcde`: five characters counting up. */
function hasAscendingRun(text, length) {
    let run = 1;
    for (let index = 1; index < text.length; index++) {
        run = text.charCodeAt(index) === text.charCodeAt(index - 1) + 1 ? run + 1 : 1;
        if (run >= length)
            return true;
    }
    return false;
}
/**
 * True for values people write instead of a real secret: documentation words, template syntax, a
 * character repeated, or a run like `12345`/`abcde`.
 */
function isPlaceholder(value) {
    if (value === "")
        return true;
    if (PLACEHOLDER_WORDS.test(value) || /(.)\1{4}/.test(value))
        return true;
    const lower = value.toLowerCase();
    const first = lower[0] ?? "";
    if (lower.split(first).length - 1 >= lower.length * 0.6)
        return true;
    return hasAscendingRun(lower, 5);
}
/** camelCase, PascalCase, snake_case or kebab-case spelling of two or more words. */
const WORD_SPELLING = /^(?:[a-z]*(?:[A-Z][a-z]+)+|[a-z]+(?:[_-][a-z]+)+|(?:[A-Z][a-z]+)+)$/;
const VOWELS = /[aeiouy]/g;
/**
 * Text that reads as words (`downloadDatasetSnapshot`, `challengePassword`, `allow-windows-escape`):
 * the name of something, not a generated value. Random letters fall into camelCase runs often enough
 * (`SskqFqycnfl`), but seldom into words that each have a vowel for every four letters, and in a
 * part of 16 or more characters hardly ever.
 */
function readsAsWords(text) {
    if (!WORD_SPELLING.test(text))
        return false;
    const words = text.match(/[A-Z]?[a-z]+/g) ?? [];
    const vowels = (word) => word.toLowerCase().match(VOWELS)?.length ?? 0;
    // The last word may be cut short (`…SnapshotWithr`): it needs a vowel, the others one in four letters
    // and, but for the first, three letters (`SvumpiqpIdRyo` is random).
    return (words.length >= 2 &&
        words.every((word, index) => index === words.length - 1
            ? vowels(word) > 0
            : word.length >= (index === 0 ? 2 : 3) && vowels(word) * 4 >= word.length));
}
/** At least `count` of: lower case, upper case, digits, other characters. */
function hasCharacterClasses(value, count) {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((regex) => regex.test(value));
    return classes.length >= count;
}
/**
 * The only form in which a secret is ever shown: the fixed prefix of its format when the detector that
 * found it knows one (`ghp_`, `hf_`, `sk-ant-api03-`), then its length. No character of the secret's own
 * body is shown, and no prefix is guessed from the value: a password that happens to start like a token
 * format must not show its first characters.
 */
function redact(secret, prefix = "") {
    const shown = prefix !== "" && secret.startsWith(prefix) && secret.length > prefix.length ? prefix : "";
    return `${shown}… (${Array.from(secret).length} chars)`;
}
/**
 * A short stable id of a finding: the rule, the file and where it is (a key name, a key path, the line
 * with the secret taken out, which occurrence), never the secret itself: a fingerprint must not be a
 * way to test guesses of the value, and it stays the same when the secret is rotated in place.
 */
function fingerprint(rule, file, context) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${rule}\0${file}\0${context}`).digest("hex").slice(0, 20);
}


/***/ }),

/***/ 635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ WORKFLOW_RULES),
/* harmony export */   e1: () => (/* binding */ rulesForZizmor),
/* harmony export */   sK: () => (/* binding */ WORKFLOW_RULE_IDS)
/* harmony export */ });
const WORKFLOW_RULE_IDS = [
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
];
const WORKFLOW_RULES = {
    "workflow-syntax": {
        severity: "warning",
        title: "Workflow is not valid YAML",
        description: "A workflow or composite action file could not be parsed; GitHub will not run it and the workflow rules could not check it.",
        fix: "fix the YAML syntax at the line named (`actionlint` shows the same error)",
    },
    "pypi-token-publish": {
        severity: "error",
        title: "PyPI upload with a stored token",
        description: "A job uploads to PyPI or TestPyPI with a stored API token: pypa/gh-action-pypi-publish's `password:`, TWINE_PASSWORD, UV_PUBLISH_TOKEN, POETRY_PYPI_TOKEN_*, HATCH_INDEX_AUTH, FLIT_PASSWORD, PDM_PUBLISH_PASSWORD, MATURIN_PYPI_TOKEN, a token on the command line, or a script of the repository that uploads with a token from the step's environment. A stored token does not expire and leaks with any step of the job; trusted publishing (OIDC) mints a token for one upload. Reported where the token is given (the variable, the input or the command line), even when the job has `id-token: write`: the stored token is still there.",
        fix: "configure a trusted publisher on PyPI, give the job `permissions: {id-token: write}` and an `environment:`, drop the token input, then delete the token on PyPI",
        zizmor: ["use-trusted-publishing"],
    },
    "registry-token-publish": {
        severity: "warning",
        title: "Package registry upload with a stored token",
        description: "A job publishes to npm (NODE_AUTH_TOKEN, NPM_TOKEN), RubyGems (GEM_HOST_API_KEY), crates.io (CARGO_REGISTRY_TOKEN, `cargo publish --token`) or NuGet (`--api-key`) with a stored token. All four accept trusted publishing from GitHub Actions. An error when the job already has `id-token: write`.",
        fix: "configure trusted publishing at the registry, give the job `id-token: write`, remove the token secret and revoke it",
        zizmor: ["use-trusted-publishing"],
    },
    "secrets-inherit": {
        severity: "warning",
        title: "`secrets: inherit` hands every secret to a called workflow",
        description: "`secrets: inherit` passes every repository, environment and organisation secret to the called workflow, whatever it needs. An error when the called workflow is in this repository and declares none of them or fewer.",
        fix: "pass the secrets the called workflow declares by name (`secrets: {NAME: ${{ secrets.NAME }}}`)",
        zizmor: ["secrets-inherit"],
    },
    "all-secrets-exposed": {
        severity: "error",
        title: "Every secret of the repository reaches the runner",
        description: "`toJSON(secrets)` or `secrets[<expression>]` makes the runner receive every secret the workflow can see, not only the ones the step needs.",
        fix: "name each secret the step needs (`${{ secrets.NAME }}`)",
        zizmor: ["overprovisioned-secrets"],
    },
    "unredacted-secret": {
        severity: "warning",
        title: "A part of a JSON secret is not masked",
        description: "`fromJSON(secrets.X).field` takes a part of a structured secret; the runner masks the secret's whole value, not its parts, so the part prints in clear.",
        fix: 'store each part as its own secret, or mask the part first (`echo "::add-mask::$PART"`)',
        zizmor: ["unredacted-secrets"],
    },
    "secret-logged": {
        severity: "error",
        title: "A secret is printed or written to the job summary",
        description: "A `run:` script prints a secret or a value made from it (base64, a substring, a URL with it) to the log, writes it to $GITHUB_STEP_SUMMARY, or turns on `set -x` while it is in the environment. The runner masks only the exact value; a transformed one prints in clear. A warning for the exact value on the log (masked, but one step from a leak).",
        fix: "do not print secrets; pass them to the command that needs them through `env:` and mask derived values with `::add-mask::`",
    },
    "hardcoded-credential": {
        severity: "error",
        title: "Literal credential in a workflow",
        description: "A password, token or key is written into the workflow (`env:`, `with:`, or a container's or service's `credentials:`): everyone who can read the repository can use it. A note for the password of a throw-away service container of the job (a test database).",
        fix: "revoke and rotate it, store it as an Actions secret and use `${{ secrets.NAME }}`",
        zizmor: ["hardcoded-container-credentials"],
    },
    "github-pat": {
        severity: "warning",
        title: "Personal access token where a GitHub App token would do",
        description: "A stored secret is used as a GitHub token (`token:`/`github-token:` of an action, GH_TOKEN, GITHUB_TOKEN, `gh auth login`). Such a token belongs to a person, lasts until revoked and usually reaches every repository they can: a GitHub App installation token is scoped and expires in an hour.",
        fix: "use `${{ github.token }}` with the `permissions:` the job needs, or mint a GitHub App token (actions/create-github-app-token) scoped to the repositories and permissions it needs",
    },
    "github-app": {
        severity: "warning",
        title: "GitHub App token without scoping",
        description: "A GitHub App installation token is minted for every repository of an owner (`owner:` without `repositories:`), with every permission of the installation (no `permission-*` input), or is not revoked after the job (`skip-token-revoke: true`).",
        fix: "name the `repositories:` and the `permission-<scope>:` inputs the job needs, and let the token be revoked",
        zizmor: ["github-app"],
    },
    "untrusted-checkout-exec": {
        severity: "error",
        title: "A privileged workflow runs a pull request's code",
        description: "A `pull_request_target`, `workflow_run` or `issue_comment` job checks out the pull request's code (reported on the `ref:` that picks it, or the command that fetches it) and then runs something that reads it (an install, a build, tests, a script or a local action) while it holds secrets or a token that can write: anyone who opens a pull request runs code with them. Code checked out into a folder of its own runs only from that folder. A job that runs it with neither secrets nor a write token leaves a `privileged-trigger` note.",
        fix: "run the pull request's code in a `pull_request` workflow (no secrets, read-only token); keep the privileged one to trusted code and data passed as artifacts",
        zizmor: ["dangerous-triggers"],
    },
    "privileged-trigger": {
        severity: "note",
        title: "Privileged trigger",
        description: "The workflow runs on `pull_request_target`, `workflow_run` or `issue_comment`, with the base repository's secrets and a token that can write, started by anyone who can open a pull request or comment. No job runs the pull request's code with them: a note, for review.",
        fix: "prefer `pull_request`; keep the job's `permissions:` to what it needs and never check out the pull request's head",
        zizmor: ["dangerous-triggers"],
    },
    "template-injection": {
        severity: "error",
        title: "Attacker-controlled text expanded into a script",
        description: "An expression over a field an outsider writes (an issue or pull request title or body, a comment, a branch name, a commit message) is expanded into a `run:` script or actions/github-script's `script:` before it runs, so that text becomes code. An error on privileged triggers, a warning on others.",
        fix: 'pass the value through `env:` (`env: {TITLE: ${{ github.event.issue.title }}}`) and use `"$TITLE"` in the script',
        zizmor: ["template-injection"],
    },
    "bot-conditions": {
        severity: "warning",
        title: "Spoofable bot check",
        description: "An `if:` trusts `github.actor` (or `github.triggering_actor`) to be a bot such as `dependabot[bot]`. The actor is whoever caused the latest event, which a person can arrange (a comment that makes the bot act, a re-run). An error on privileged triggers.",
        fix: "check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`)",
        zizmor: ["bot-conditions"],
    },
    "insecure-commands": {
        severity: "error",
        title: "Deprecated insecure workflow commands enabled",
        description: "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on `::set-env::` and `::add-path::`, with which any text a step prints can set the environment of the next ones.",
        fix: "remove it and write to $GITHUB_ENV and $GITHUB_PATH",
        zizmor: ["insecure-commands"],
    },
    "unpinned-uses": {
        severity: "warning",
        title: "Action or reusable workflow not pinned to a commit",
        description: "A `uses:` names a tag, a branch or a short SHA, which its owner (or whoever takes over the account) can move to other code, as happened to tj-actions/changed-files in March 2025. An error for a third-party action given a secret or run in a job with a token that can write; a note for GitHub's own actions (`actions/*`, `github/*`).",
        fix: "pin the full commit SHA with the version as a comment (`uses: owner/action@<40 hex> # v1.2.3`) and let Dependabot update it",
        zizmor: ["unpinned-uses"],
    },
    "known-compromised-action": {
        severity: "error",
        title: "Action with a published compromise",
        description: "The action had its tags moved to malicious code (listed in verify-no-plaintext-rules.md with the advisory), and this `uses:` takes a moved ref or a malicious commit.",
        fix: "pin a commit the advisory names as safe (or remove the action), and rotate every secret the workflow could read while it ran",
        zizmor: ["known-vulnerable-actions"],
    },
    "persist-credentials": {
        severity: "warning",
        title: "actions/checkout keeps the token for later steps",
        description: "Without `persist-credentials: false`, actions/checkout stores the job's token where git finds it, for every later step of the job. Reported when a later step could take it: a third-party action, a command that runs the project's or its dependencies' code (an install, a build, a script), or an artifact upload; an error when the artifact takes the whole workspace. Not reported for a token without permissions (`permissions: {}`).",
        fix: "add `with: {persist-credentials: false}` and pass a token only to the step that pushes",
        zizmor: ["artipacked"],
    },
    "token-permissions": {
        severity: "warning",
        title: "GITHUB_TOKEN scope not limited",
        description: "A job runs with the repository's default token scope (no `permissions:` in the job or the workflow), with `write-all`/`read-all`, or with write scopes granted at the workflow level to several jobs. An error for the default or `write-all` on a privileged trigger. Reusable workflows (`workflow_call` only) take their scope from the caller.",
        fix: "declare `permissions: {}` at the workflow level and each job's least `permissions:`",
        zizmor: ["excessive-permissions"],
    },
    "secret-without-environment": {
        severity: "warning",
        title: "Publishing or deploying secrets outside an environment",
        description: "A job that publishes or deploys (named so, holding a registry upload token, running an upload or a deployment command, or a deployment action) reads stored secrets without an `environment:`, so no required reviewer, wait timer or branch rule guards them. Jobs that call a reusable workflow, where `environment:` cannot be set, are not judged.",
        fix: "move the secrets into an environment with protection rules and add `environment: <name>` to the job",
        zizmor: ["secrets-outside-env"],
    },
};
/** Our rules each `# zizmor: ignore[<audit>]` comment accepts. */
function rulesForZizmor(audit) {
    return WORKFLOW_RULE_IDS.filter((id) => WORKFLOW_RULES[id].zizmor?.includes(audit));
}


/***/ })

};
;
//# sourceMappingURL=801.index.js.map