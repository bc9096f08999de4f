"use strict";
exports.id = 1;
exports.ids = [1,874,472];
exports.modules = {

/***/ 1606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ow: () => (/* binding */ tokenFrom),
/* harmony export */   tc: () => (/* binding */ requiredToken),
/* harmony export */   vZ: () => (/* binding */ cliGitHubClient)
/* harmony export */ });
/* harmony import */ var _common_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3167);
/* harmony import */ var _common_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8939);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/**
 * The command line's GitHub client: the client's warnings (retries, rate limits) on stderr, one line
 * each, its debug messages nowhere.
 */



/** The token the command line takes, as gh does: GITHUB_TOKEN, else GH_TOKEN. */
const tokenFrom = (env) => env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
/**
 * The token an option needs, asked for before the command writes anything: a missing one must not
 * leave files changed and the GitHub side undone.
 */
function requiredToken(env, option, permission) {
    const token = tokenFrom(env);
    if (!token)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${option} needs a token with ${permission} in GITHUB_TOKEN or GH_TOKEN`);
    return token;
}
function cliGitHubClient(options) {
    return (0,_common_github_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)({
        token: options.token,
        action: options.command,
        concurrency: options.concurrency,
        report: {
            debug: () => undefined,
            warning: (message) => {
                options.stderr(`${(0,_common_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLogLine */ .kz)(`secrets-actions: ${message}`)}\n`);
            },
        },
    });
}


/***/ }),

/***/ 2001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  callerWorkflow: () => (/* binding */ callerWorkflow),
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/identities.ts
var identities = __webpack_require__(1874);
// EXTERNAL MODULE: ./actions/common/transaction.ts
var transaction = __webpack_require__(2522);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/sops/age.ts + 1 modules
var age = __webpack_require__(4569);
// EXTERNAL MODULE: ./actions/lib/sops/config.ts
var sops_config = __webpack_require__(9516);
// EXTERNAL MODULE: ./actions/lib/sops/engine.ts
var engine = __webpack_require__(1472);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var sops_errors = __webpack_require__(1037);
;// CONCATENATED MODULE: ./actions/lib/sealed-box.ts
/**
 * GitHub's encryption for Actions secrets: a libsodium sealed box (X25519 + XSalsa20-Poly1305, an
 * ephemeral key per message) to the repository's public key, both base64. libsodium does the crypto,
 * loaded only when a secret is stored (it is half the CLI's size).
 */
/** `value` sealed to `publicKey` (base64, as GET .../actions/secrets/public-key gives it), as base64. */
async function sealForGitHub(value, publicKey) {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

// EXTERNAL MODULE: ./actions/lib/repository-name.ts
var repository_name = __webpack_require__(2210);
// EXTERNAL MODULE: ./actions/cli/usage.ts
var usage = __webpack_require__(4704);
// EXTERNAL MODULE: ./actions/cli/github-client.ts
var github_client = __webpack_require__(1606);
;// CONCATENATED MODULE: ./actions/cli/init.ts
/**
 * `secrets-actions init`: a repository adopts the suite in one command, run in its root. It plans every
 * change first (an age identity, the `.sops.yaml` rule, each plaintext `.env*` encrypted to `<name>.enc`,
 * `.gitignore`, the pre-commit hook, the caller workflow, and with `--github-repo` the SOPS_AGE_KEY
 * Actions secret), prints the plan, and with `--dry-run` stops there. Then it applies it, each file
 * written atomically; a failure halfway puts back what was already written. A second run finds nothing
 * to do and says so. It never rewrites git history: a plaintext `.env` that git tracks is reported with
 * the commands that stop tracking it, and its values must be revoked.
 */

















const INIT = (0,usage/* usageOf */.Fs)("init");
const SUITE = "juniper/secrets-actions";
/** The paths the suite's files take: `.env.enc` (any `.env*`), `*.enc.yaml`, `*.enc.json`. */
const PATH_REGEX = String.raw `(^|/)(\.env[^/]*\.enc|[^/]+\.enc\.(ya?ml|json))$`;
const SAMPLES = [".env.enc", "config/secrets.enc.yaml", "secrets.enc.json"];
const TEMPLATES = /^\.env\.(example|sample|template|dist)$/;
const SKIPPED_FOLDERS = new Set([
    ".git",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    "dist",
    "build",
]);
function relative(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join("/");
}
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch {
        return undefined;
    }
}
/** The suite's own commit: the checkout this CLI bundle runs from (dist/cli/../../), unless `--ref`. */
async function suiteRef(explicit) {
    if (explicit) {
        if (!/^[0-9a-f]{40}$/.test(explicit))
            throw new errors/* ConfigurationError */.j1(`--ref ${explicit}: give a full 40-character commit SHA (a tag or branch can move)`);
        return explicit;
    }
    const checkout = external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), "..", "..");
    const sha = await (0,git/* headCommit */.Qo)(checkout);
    if (!sha)
        throw new errors/* ConfigurationError */.j1(`cannot tell which commit of ${SUITE} this is (${checkout} is not a git checkout): pass --ref <commit-sha>`);
    return sha;
}
async function planKey(io) {
    const file = io.env.SOPS_AGE_KEY_FILE ??
        (0,identities/* defaultKeyFile */.n)({ env: io.env, platform: process.platform, home: (0,external_node_os_.homedir)(), includeDefaultFile: true });
    if (!file)
        throw new errors/* ConfigurationError */.j1("no place for an age key: set SOPS_AGE_KEY_FILE");
    const text = readText(file);
    if (text !== undefined) {
        const [identity] = await (0,age/* parseIdentities */.go)(text, file);
        if (!identity)
            throw new errors/* ConfigurationError */.j1(`${file} holds no age identity: add one (age-keygen) or point SOPS_AGE_KEY_FILE elsewhere`);
        const secret = text
            .split(/\r?\n/)
            .find((line) => line.trim().startsWith("AGE-SECRET-KEY-"))
            ?.trim();
        return { file, secret, recipient: identity.recipient, generated: false };
    }
    const { secret, recipient } = await (0,age/* generateAgeIdentity */.pV)();
    return { file, secret, recipient, generated: true };
}
/** `.sops.yaml`: a rule for the suite's paths, keeping every existing rule and comment. */
function planSopsConfig(root, recipient, addRecipient, plan) {
    const file = external_node_path_default().join(root, ".sops.yaml");
    const text = readText(file);
    if (text === undefined) {
        const document = new dist/* Document */.yo({ creation_rules: [{ path_regex: PATH_REGEX, age: recipient }] });
        document.commentBefore =
            " Written by secrets-actions init: who can decrypt which files (sops creation rules).";
        plan.changes.push({
            file,
            content: document.toString(),
            mode: 0o644,
            says: `.sops.yaml: a creation rule for .env*.enc, *.enc.yaml, *.enc.json to ${recipient}`,
        });
        return [recipient];
    }
    const config = (0,sops_config/* parseSopsConfig */.V_)(text, ".sops.yaml");
    const covering = SAMPLES.map((sample) => (0,sops_config/* findCreationRule */.nJ)(config, sample));
    const rule = covering.find((found) => found !== undefined);
    if (!rule) {
        const document = (0,dist/* parseDocument */.Tp)(text);
        const rules = document.get("creation_rules");
        if (rules !== undefined && !(0,dist/* isSeq */.oP)(rules))
            throw new errors/* ConfigurationError */.j1(".sops.yaml: creation_rules is not a list; fix it first");
        if ((0,dist/* isSeq */.oP)(rules))
            rules.add(document.createNode({ path_regex: PATH_REGEX, age: recipient }));
        else
            document.set("creation_rules", [{ path_regex: PATH_REGEX, age: recipient }]);
        plan.changes.push({
            file,
            content: document.toString(),
            mode: 0o644,
            says: `.sops.yaml: a rule for .env*.enc, *.enc.yaml, *.enc.json added after the existing ones`,
        });
        return [recipient];
    }
    const recipients = rule.ageGroups.flat();
    if (recipients.includes(recipient)) {
        plan.kept.push(`.sops.yaml: rule ${rule.index + 1} already covers the suite's files for ${recipient}`);
        return recipients;
    }
    if (!addRecipient) {
        throw new errors/* ConfigurationError */.j1(`.sops.yaml: rule ${rule.index + 1} covers the suite's files for other recipients (${recipients.join(", ") || "none"}); pass --add-recipient to add ${recipient} to it, then run sops updatekeys on its files`);
    }
    const document = (0,dist/* parseDocument */.Tp)(text);
    const node = document.get("creation_rules").items[rule.index];
    const age = node.get("age", true);
    if ((0,dist/* isSeq */.oP)(age))
        age.add(recipient);
    else if ((0,dist/* isScalar */.jn)(age) && typeof age.value === "string")
        age.value = `${age.value},${recipient}`;
    else
        node.set("age", recipient);
    plan.changes.push({
        file,
        content: document.toString(),
        mode: 0o644,
        says: `.sops.yaml: ${recipient} added to rule ${rule.index + 1}`,
    });
    plan.warnings.push(`existing files of rule ${rule.index + 1} are not re-encrypted: run secrets-actions updatekeys on each`);
    return [...recipients, recipient];
}
function findPlaintextEnvFiles(root) {
    const found = [];
    const visit = (folder) => {
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
            const full = external_node_path_default().join(folder, entry.name);
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
                visit(full);
            else if (entry.isFile() &&
                /^\.env(\..+)?$/.test(entry.name) &&
                !entry.name.endsWith(".enc") &&
                !TEMPLATES.test(entry.name))
                found.push(full);
        }
    };
    visit(root);
    return found;
}
async function planEnvFiles(root, recipients, plan) {
    const ignoreLines = [];
    const inGit = (await (0,git/* repositoryRoot */.Hn)(root)) !== undefined;
    const tracked = new Set(inGit ? await (0,git/* trackedFiles */.O)(root) : []);
    for (const file of findPlaintextEnvFiles(root)) {
        const name = relative(root, file);
        const target = `${file}.enc`;
        if ((0,external_node_fs_.existsSync)(target))
            plan.kept.push(`${name}.enc exists: ${name} was encrypted before`);
        else {
            let encrypted;
            try {
                encrypted = await (0,engine/* encrypt */.w)((0,external_node_fs_.readFileSync)(file), { format: "dotenv", ageGroups: [recipients] });
            }
            catch (error) {
                throw (0,sops_errors/* inFile */.s5)(name, error);
            }
            plan.changes.push({
                file: target,
                content: encrypted,
                mode: 0o644,
                says: `${name}.enc: ${name} encrypted (comments kept)`,
            });
        }
        if (tracked.has(name)) {
            plan.warnings.push(`${name} IS TRACKED BY GIT: its values are in the history and must be revoked and rotated. Stop tracking it with:\n    git rm --cached -- ${name}\n    git commit -m "Stop tracking ${name}"`);
        }
        if (!inGit || !(await (0,git/* isIgnored */.pi)(root, name)))
            ignoreLines.push(`/${name}`);
    }
    return ignoreLines;
}
function planAppend(file, root, lines, plan, what) {
    if (lines.length === 0)
        return;
    const text = readText(file) ?? "";
    const separator = text === "" || text.endsWith("\n") ? "" : "\n";
    plan.changes.push({
        file,
        content: `${text}${separator}${lines.join("\n")}\n`,
        mode: 0o644,
        says: `${relative(root, file)}: ${what}`,
    });
}
function planPreCommit(root, ref, plan) {
    const file = external_node_path_default().join(root, ".pre-commit-config.yaml");
    const hook = { repo: `https://github.com/${SUITE}`, rev: ref, hooks: [{ id: "verify-no-plaintext" }] };
    const text = readText(file);
    if (text === undefined) {
        plan.changes.push({
            file,
            content: new dist/* Document */.yo({ repos: [hook] }).toString(),
            mode: 0o644,
            says: ".pre-commit-config.yaml: the verify-no-plaintext hook",
        });
        return;
    }
    const document = (0,dist/* parseDocument */.Tp)(text);
    const repos = document.get("repos");
    if ((0,dist/* isSeq */.oP)(repos) && repos.items.some((item) => (0,dist/* isMap */.jh)(item) && String(item.get("repo")).includes(SUITE))) {
        plan.kept.push(".pre-commit-config.yaml already has the verify-no-plaintext hook");
        return;
    }
    if ((0,dist/* isSeq */.oP)(repos))
        repos.add(document.createNode(hook));
    else if (repos === undefined)
        document.set("repos", [hook]);
    else
        throw new errors/* ConfigurationError */.j1(".pre-commit-config.yaml: repos is not a list; fix it first");
    plan.changes.push({
        file,
        content: document.toString(),
        mode: 0o644,
        says: ".pre-commit-config.yaml: the verify-no-plaintext hook appended",
    });
}
/**
 * The caller of the suite's single workflow, pinned by one SHA (in `uses:`): `id-token: write` lets the
 * workflow learn that SHA and take its actions from the same commit. It hands over only the secret the
 * workflow reads, never `secrets: inherit`.
 */
function callerWorkflow(ref) {
    return [
        "# Written by secrets-actions init: verify-no-plaintext on pull requests and merge queues, rotate-reminder",
        "# every Monday. One SHA pins it, in `uses:` (Dependabot updates it).",
        "name: Secrets",
        "",
        'on: {pull_request: {}, merge_group: {}, schedule: [{cron: "17 6 * * 1"}], workflow_dispatch: {}}',
        "",
        "permissions: {}",
        "",
        "jobs:",
        "  secrets:",
        "    # id-token: write lets the workflow read the commit it was called at (an OIDC token for the audience",
        "    # secrets-actions, minted by one inline script, no action) and run its actions from that commit, so",
        "    # no secrets-actions-ref input has to be kept equal to the SHA below.",
        "    permissions: {contents: read, actions: read, security-events: write, issues: write, id-token: write}",
        `    uses: ${SUITE}/.github/workflows/secrets.yml@${ref}`,
        "    # Only the secrets the workflow reads (`secrets: inherit` would hand it every repository and",
        "    # organisation secret). With the input app-id, add SECRETS_APP_PRIVATE_KEY the same way.",
        "    secrets:",
        "      SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}",
        "",
    ].join("\n");
}
function planWorkflow(root, ref, plan) {
    const file = external_node_path_default().join(root, ".github", "workflows", "secrets.yml");
    const content = callerWorkflow(ref);
    const text = readText(file);
    if (text === content)
        plan.kept.push(".github/workflows/secrets.yml is in place");
    else if (text !== undefined)
        plan.warnings.push(".github/workflows/secrets.yml exists and differs from the caller init writes: left as it is");
    else
        plan.changes.push({
            file,
            content,
            mode: 0o644,
            says: `.github/workflows/secrets.yml: the caller of ${SUITE}'s secrets workflow, pinned to ${ref.slice(0, 12)}`,
        });
}
async function uploadKey(repository, secret, token, io) {
    const api = (io.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
    const headers = {
        authorization: `Bearer ${token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "content-type": "application/json",
    };
    const base = `${api}/repos/${repository}/actions/secrets`;
    const publicKey = await fetch(`${base}/public-key`, { headers });
    if (!publicKey.ok)
        throw new errors/* ConfigurationError */.j1(`--github-repo ${repository}: reading its Actions public key failed (HTTP ${publicKey.status}): check the name and that the token may write secrets`);
    const { key, key_id: keyId } = (await publicKey.json());
    const stored = await fetch(`${base}/SOPS_AGE_KEY`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ encrypted_value: await sealForGitHub(secret, key), key_id: keyId }),
    });
    if (!stored.ok)
        throw new errors/* ConfigurationError */.j1(`--github-repo ${repository}: storing SOPS_AGE_KEY failed (HTTP ${stored.status}): the token needs secrets: write on it`);
}
async function initCommand(args, io, usageError) {
    const { values, positionals } = (0,usage/* parseCommandArgs */.Qx)(INIT, args, {
        "dry-run": { type: "boolean" },
        "add-recipient": { type: "boolean" },
        ref: { type: "string" },
        "github-repo": { type: "string" },
    }, usageError);
    if (positionals.length > 0)
        throw usageError("init takes no arguments: run it in the repository's root");
    const repository = values["github-repo"];
    if (repository !== undefined && !(0,repository_name/* isRepositoryName */.e)(repository))
        throw usageError(`--github-repo ${repository}: give owner/name`);
    const root = io.cwd;
    const ref = await suiteRef(values.ref);
    const plan = { changes: [], kept: [], warnings: [], key: await planKey(io) };
    if (plan.key.generated && plan.key.secret !== undefined) {
        plan.changes.push({
            file: plan.key.file,
            content: `# created: ${new Date().toISOString()} by secrets-actions init\n# public key: ${plan.key.recipient}\n${plan.key.secret}\n`,
            mode: 0o600,
            says: `${plan.key.file}: a new age identity (mode 0600); its public recipient is ${plan.key.recipient}`,
        });
    }
    else
        plan.kept.push(`age identity ${plan.key.file} (public recipient ${plan.key.recipient})`);
    const recipients = planSopsConfig(root, plan.key.recipient, values["add-recipient"] ?? false, plan);
    const ignore = await planEnvFiles(root, recipients, plan);
    planAppend(external_node_path_default().join(root, ".gitignore"), root, ignore.length > 0 ? ["# plaintext dotenv files (secrets-actions init)", ...ignore] : [], plan, `ignores ${ignore.join(", ")}`);
    planPreCommit(root, ref, plan);
    planWorkflow(root, ref, plan);
    for (const kept of plan.kept)
        io.stdout(`  in place: ${kept}\n`);
    for (const change of plan.changes)
        io.stdout(`  ${values["dry-run"] ? "would write" : "writes"}: ${change.says}\n`);
    const upload = repository !== undefined && plan.key.secret !== undefined;
    if (upload)
        io.stdout(`  ${values["dry-run"] ? "would store" : "stores"}: the age identity as the Actions secret SOPS_AGE_KEY of ${repository}\n`);
    for (const warning of plan.warnings)
        io.stderr(`secrets-actions init: warning: ${warning}\n`);
    if (plan.changes.length === 0 && !upload)
        io.stdout("secrets-actions init: nothing to do: the repository has adopted the suite\n");
    if (values["dry-run"])
        return 0;
    // Asked for before anything is written: no repository half adopted for want of a token.
    const token = upload ? (0,github_client/* requiredToken */.tc)(io.env, "--github-repo", "secrets: write") : undefined;
    (0,transaction/* applyChanges */.Y)(plan.changes, root);
    if (repository !== undefined && plan.key.secret !== undefined && token !== undefined)
        await uploadKey(repository, plan.key.secret, token, io);
    else if (plan.key.generated)
        io.stdout(`next: store the identity for CI (it is never printed):\n  gh secret set SOPS_AGE_KEY < ${plan.key.file}\n`);
    if (plan.changes.length > 0)
        io.stdout('next: review and commit:  git add -A && git commit -m "Adopt secrets-actions"\n');
    return 0;
}


/***/ }),

/***/ 9554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ historyPaths),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   Iv: () => (/* binding */ blobSizes),
/* harmony export */   KB: () => (/* binding */ stagedFiles),
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Tb: () => (/* binding */ historyBlobs),
/* harmony export */   Vp: () => (/* binding */ originRepository),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   Yx: () => (/* binding */ pathRevisions),
/* harmony export */   aS: () => (/* binding */ introducingCommit),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   jy: () => (/* binding */ fileRevisions),
/* harmony export */   pi: () => (/* binding */ isIgnored)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/**
 * All of verify-no-plaintext's git plumbing: tracked, changed and staged file lists, blob contents
 * through one `git cat-file --batch`, the blobs of the whole history, and `.gitignore` answers. git runs
 * through node:child_process rather than @actions/exec so that blobs stay bytes (getExecOutput decodes
 * them as UTF-8) and the CLI, which has no @actions dependency, uses the same module.
 */


const FETCH_ALL = "check out with `fetch-depth: 0` (actions/checkout) so that the commits it needs are there";
function run(cwd, args, input, onStdout) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
        const stdout = [];
        const stderr = [];
        child.stdout.on("data", (chunk) => {
            if (onStdout)
                onStdout(chunk);
            else
                stdout.push(chunk);
        });
        child.stderr.on("data", (chunk) => stderr.push(chunk));
        child.on("error", (error) => {
            reject(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cannot be run (${error.message}): install git on the runner`));
        });
        child.on("close", (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString() });
        });
        child.stdin.on("error", () => undefined);
        child.stdin.end(input ?? "");
    });
}
async function git(cwd, args, input) {
    const result = await run(cwd, args, input);
    if (result.code !== 0) {
        const reason = (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git ${args[0] ?? ""} failed in ${cwd}: ${reason}`);
    }
    return result.stdout;
}
function nulList(output) {
    return output
        .toString("utf8")
        .split("\0")
        .filter((item) => item !== "");
}
/** Every path that any commit reachable from HEAD added, modified or renamed to. */
async function historyPaths(root) {
    const output = await git(root, ["log", "--format=", "--name-only", "--diff-filter=AMR", "-z", "HEAD"]);
    return [
        ...new Set(nulList(output)
            .map((item) => item.replace(/^\n+/, ""))
            .filter((item) => item !== "")),
    ].sort();
}
/** `owner/name` of the `origin` remote when it is a GitHub-style URL (https or ssh), else undefined. */
async function originRepository(root) {
    const result = await run(root, ["remote", "get-url", "origin"]);
    if (result.code !== 0)
        return undefined;
    const url = result.stdout.toString("utf8").trim();
    return /[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}
/** The repository's top folder, or undefined outside a git work tree. */
async function repositoryRoot(cwd) {
    const result = await run(cwd, ["rev-parse", "--show-toplevel"]);
    return result.code === 0 ? result.stdout.toString().trim() : undefined;
}
/** The commit checked out in `cwd`, or undefined outside a git work tree (or before a first commit). */
async function headCommit(cwd) {
    const result = await run(cwd, ["rev-parse", "--verify", "HEAD"]);
    const sha = result.stdout.toString().trim();
    return result.code === 0 && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
}
async function trackedFiles(root) {
    return nulList(await git(root, ["ls-files", "-z"]));
}
/**
 * `git diff --raw -z` entries: `:<modes> <old> <new> <status>\0<path>\0`. Paths are NUL-separated, so a
 * path with a line break is one path like any other; the new blob id is what is read.
 */
function rawDiffBlobs(output) {
    const fields = output.toString("utf8").split("\0");
    const entries = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
        const header = fields[index] ?? "";
        const file = fields[index + 1] ?? "";
        const blob = header.split(" ")[3];
        if (!header.startsWith(":") || !blob || file === "")
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git diff printed an entry this action cannot read: ${header.slice(0, 80)}`);
        // Submodules (mode 160000) have no blob to scan.
        if (header.split(" ")[1] !== "160000")
            entries.push({ path: file, blob });
    }
    return entries;
}
/** What is staged in the index: added or modified files and their index blobs. */
async function stagedFiles(root) {
    return rawDiffBlobs(await git(root, ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=d"]));
}
async function isShallow(root) {
    return (await git(root, ["rev-parse", "--is-shallow-repository"])).toString().trim() === "true";
}
async function hasCommit(root, sha) {
    return (await run(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}
/**
 * The files a pull request or merge group changes: added or modified between the merge base of base
 * and head, and head. Missing commits are an error, never an empty (passing) list.
 */
async function changedFiles(root, range) {
    for (const [what, sha] of [
        ["head", range.head],
        ["base", range.base],
    ]) {
        if (!(await hasCommit(root, sha))) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the ${what} commit ${sha.slice(0, 12)} is not in the clone: ${FETCH_ALL}` +
                (what === "head" ? " and the pull request head is checked out or fetched" : ""));
        }
    }
    const mergeBase = await run(root, ["merge-base", range.base, range.head]);
    if (mergeBase.code !== 0) {
        const shallow = await isShallow(root);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no merge base of ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}${shallow ? " in this shallow clone" : ""}: ${FETCH_ALL}`);
    }
    const base = mergeBase.stdout.toString().trim();
    return rawDiffBlobs(await git(root, [
        "diff",
        "--raw",
        "-z",
        "--no-renames",
        "--no-abbrev",
        "--diff-filter=d",
        base,
        range.head,
    ]));
}
/**
 * Every blob reachable from HEAD, once, with a path it had. A shallow clone would hide some: an error,
 * worded for the action's `scope: history` or the command line's `--history` (`askedBy`).
 * `rev-list --objects` ends each entry with a line break and does not quote paths, so a line that does
 * not start with an object id continues the previous entry's path.
 */
async function historyBlobs(root, askedBy = "action") {
    if (await isShallow(root))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(askedBy === "action"
            ? `scope: history needs the whole history: ${FETCH_ALL}`
            : `--history needs the whole history, and this shallow clone's is incomplete: run \`git fetch --unshallow\` first (in a workflow: ${FETCH_ALL})`);
    const text = (await git(root, ["rev-list", "--objects", "--filter=object:type=blob", "HEAD"])).toString("utf8");
    const blobs = [];
    let last;
    for (const line of text.split("\n")) {
        const entry = /^([0-9a-f]{40}|[0-9a-f]{64})(?: (.*))?$/.exec(line);
        if (entry) {
            last = entry[2] === undefined ? undefined : { blob: entry[1] ?? "", path: entry[2] };
            if (last)
                blobs.push(last);
        }
        else if (last && line !== "") {
            last.path += `\n${line}`;
        }
    }
    return blobs;
}
/** The first commit reachable from HEAD that added this blob (for messages and SARIF). */
async function introducingCommit(root, blob) {
    const output = await git(root, ["log", "--format=%H", "--reverse", `--find-object=${blob}`, "HEAD"]);
    return (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(output.toString()) || undefined;
}
/**
 * Reads blobs by id through one `git cat-file --batch` and hands each to `onBlob` as it arrives, so that
 * a long history never sits in memory at once. A blob git cannot give is an error, never a skip: a
 * check that silently reads nothing would pass.
 */
async function readBlobs(root, blobs, onBlob) {
    const unreadable = (index) => {
        const file = blobs[index]?.path ?? "";
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${JSON.stringify(file)} (blob ${(blobs[index]?.blob ?? "").slice(0, 12)}) cannot be read from git: ${FETCH_ALL}`);
    };
    let index = 0;
    let header = [];
    let body;
    let filled = 0;
    // After a body comes one LF, then the next header.
    let skipNewline = false;
    const onChunk = (chunk) => {
        let at = 0;
        while (at < chunk.length) {
            if (skipNewline) {
                skipNewline = false;
                at++;
                continue;
            }
            if (body) {
                const take = Math.min(body.length - filled, chunk.length - at);
                chunk.copy(body, filled, at, at + take);
                filled += take;
                at += take;
                if (filled === body.length) {
                    onBlob(index++, body);
                    body = undefined;
                    skipNewline = true;
                }
                continue;
            }
            const newline = chunk.indexOf(10, at);
            if (newline === -1) {
                header.push(chunk.subarray(at));
                return;
            }
            header.push(chunk.subarray(at, newline));
            const line = Buffer.concat(header).toString("utf8");
            header = [];
            at = newline + 1;
            const size = /^[0-9a-f]+ (?:blob|tree|commit|tag) (\d+)$/.exec(line)?.[1];
            if (size === undefined) {
                unreadable(index);
            }
            else {
                body = Buffer.alloc(Number(size));
                filled = 0;
                if (body.length === 0) {
                    onBlob(index++, body);
                    body = undefined;
                    skipNewline = true;
                }
            }
        }
    };
    for (const [index, entry] of blobs.entries())
        if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(entry.blob))
            unreadable(index);
    let failure;
    const result = await run(root, ["cat-file", "--batch"], blobs.map((entry) => `${entry.blob}\n`).join(""), (chunk) => {
        if (failure !== undefined)
            return;
        try {
            onChunk(chunk);
        }
        catch (error) {
            failure = error instanceof Error ? error : new Error(String(error));
        }
    });
    if (failure !== undefined)
        throw failure;
    if (index < blobs.length)
        unreadable(index);
    if (result.code !== 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cat-file failed in ${root}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr)}`);
}
/**
 * The size of each blob, from one `git cat-file --batch-check` (no content is read): what decides
 * whether a scan is large enough for worker threads. A blob git does not have counts 0 here; reading it
 * is what fails, loudly.
 */
async function blobSizes(root, blobs) {
    const result = await run(root, ["cat-file", "--batch-check"], blobs.map((entry) => `${entry.blob}\n`).join(""));
    if (result.code !== 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cat-file failed in ${root}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr)}`);
    const sizes = result.stdout
        .toString("utf8")
        .split("\n")
        .slice(0, blobs.length)
        .map((line) => Number(/^[0-9a-f]+ blob (\d+)$/.exec(line)?.[1] ?? 0));
    return blobs.map((_, index) => sizes[index] ?? 0);
}
/** Whether git ignores the path (`--no-index`: a tracked .env still counts as not ignored by .gitignore). */
async function isIgnored(root, file) {
    const result = await run(root, ["check-ignore", "-q", "--no-index", "--", file]);
    if (result.code > 1)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git check-ignore failed in ${root}: ${result.stderr.trim()}`);
    return result.code === 0;
}
/** The commits of a `git log -z --raw --format=%x01%H %cI`: each commit's hash, date and raw fields. */
function logRecords(output) {
    return output
        .toString("utf8")
        .split("\x01")
        .slice(1)
        .map((record) => {
        const headerEnd = record.indexOf("\0");
        const [commit = "", date = ""] = record
            .slice(0, headerEnd === -1 ? record.length : headerEnd)
            .trim()
            .split(" ");
        return {
            commit,
            date,
            fields: record
                .slice(headerEnd + 1)
                .replace(/^\n/, "")
                .split("\0"),
        };
    });
}
/**
 * Every revision of each of these paths reachable from HEAD, oldest first, from one `git log` for all
 * of them (renames are not followed: each path stands for itself). A shallow clone gives what it has.
 */
async function pathRevisions(root, paths) {
    const found = new Map(paths.map((file) => [file, []]));
    if (paths.length === 0)
        return found;
    const output = await git(root, [
        "log",
        "--raw",
        "--no-renames",
        "--no-abbrev",
        "-z",
        "--diff-filter=AM",
        "--format=%x01%H %cI",
        "--",
        ...paths.map((file) => `:(literal)${file}`),
    ]);
    for (const { commit, date, fields } of logRecords(output)) {
        // Pairs of `:<modes> <old> <new> <status>` and the path.
        for (let index = 0; index + 1 < fields.length; index += 2) {
            const header = fields[index] ?? "";
            const file = fields[index + 1] ?? "";
            const blob = header.split(" ")[3];
            if (header.startsWith(":") && blob)
                found.get(file)?.push({ commit, date, path: file, blob });
        }
    }
    for (const revisions of found.values())
        revisions.reverse();
    return found;
}
/**
 * Every revision of a file reachable from HEAD, oldest first, following renames, from one `git log`.
 * A shallow clone would cut the history short: an error that says `fetch-depth: 0`.
 */
async function fileRevisions(root, file) {
    if (await isShallow(root))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the history of ${JSON.stringify(file)} is cut short in this shallow clone: ${FETCH_ALL}`);
    const output = await git(root, [
        "log",
        "--follow",
        "--raw",
        "--no-abbrev",
        "-z",
        "--diff-filter=AMR",
        "--format=%x01%H %cI",
        "--",
        file,
    ]);
    const revisions = [];
    for (const { commit, date, fields } of logRecords(output)) {
        // `:<modes> <old> <new> <status>` then the path (two paths for a rename: old, new).
        const header = fields[0] ?? "";
        const blob = header.split(" ")[3];
        const renamed = (header.split(" ")[4] ?? "").startsWith("R");
        const path = renamed ? fields[2] : fields[1];
        if (!header.startsWith(":") || !blob || !path)
            continue;
        revisions.push({ commit, date, path, blob });
    }
    return revisions.reverse();
}


/***/ }),

/***/ 8939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   hc: () => (/* binding */ installationRepositories),
/* harmony export */   w2: () => (/* binding */ toFailure)
/* harmony export */ });
/* unused harmony export sanitizeClientError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The REST client every action uses: @actions/github's octokit (GITHUB_API_URL, so GHES works), with
 * octokit's retry plugin for 5xx and its throttling plugin for primary and secondary rate limits. Each
 * action names itself (the throttling group) and says how many requests it runs at once.
 */





/** GitHub's secondary limit on content-creating requests (dispatches, issues, comments): 80 a minute. */
const WRITES_PER_MINUTE = 80;
const SECONDARY_RETRIES = 3;
const PRIMARY_RETRIES = 1;
/** Waiting longer than this for the primary limit to reset is worse than reporting the error. */
const PRIMARY_MAX_WAIT_S = 60;
const RUNNER_LOG = {
    debug: (message) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
    },
    warning: (message) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    },
};
function createGitHubClient({ token, action, concurrency, report = RUNNER_LOG }) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        // Read when the client is made, not when the module loaded: GHES, and tests that start a server.
        baseUrl: (process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        log: {
            debug: report.debug,
            info: report.debug,
            warn: report.warning,
            error: report.warning,
        },
        retry: {
            // 429 belongs to the throttling plugin, which honours retry-after.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            id: action,
            // The plugin's default spaces writes a second apart, one at a time (20 dispatches: 20 s). A token
            // bucket allows bursts of `concurrency` while keeping under GitHub's 80 writes a minute.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({
                maxConcurrent: concurrency,
                minTime: 0,
                reservoir: WRITES_PER_MINUTE,
                reservoirIncreaseInterval: 60_000 / WRITES_PER_MINUTE,
                reservoirIncreaseAmount: 1,
                reservoirIncreaseMaximum: WRITES_PER_MINUTE,
            }),
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                const retrying = retryCount < PRIMARY_RETRIES && retryAfter <= PRIMARY_MAX_WAIT_S;
                report.warning(`API rate limit exhausted (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                const retrying = retryCount < SECONDARY_RETRIES;
                report.warning(`secondary rate limit (${options.method} ${options.url})${retrying ? `: retrying in ${retryAfter}s` : ""}`);
                return retrying;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/** Every repository a GitHub App installation token can see, `owner/name`, 100 a page. */
async function installationRepositories(client) {
    const repositories = await client.paginate(client.rest.apps.listReposAccessibleToInstallation, {
        per_page: 100,
    });
    return repositories.map((repository) => repository.full_name);
}
/**
 * The text of an error raised before GitHub answered (the HTTP client refusing a header, a network
 * failure): such messages quote what they refused, which can be the token or another header value, so
 * every quoted part is cut out.
 */
function sanitizeClientError(text) {
    return text
        .replace(/(["'`])[^]*?\1/g, "…")
        .replace(/\s+/g, " ")
        .trim();
}
/**
 * An octokit error (or any thrown value) reduced to status and GitHub's message; no headers, no token.
 * GitHub's own `message` is kept; anything else passes through `sanitizeClientError`.
 */
function toFailure(error) {
    const shape = (typeof error === "object" && error !== null ? error : {});
    const data = shape.response?.data;
    const apiMessage = typeof data === "object" && data !== null && typeof data.message === "string"
        ? data.message
        : undefined;
    const reset = shape.response?.headers?.["x-ratelimit-reset"];
    const remaining = shape.response?.headers?.["x-ratelimit-remaining"];
    return {
        status: typeof shape.status === "number" ? shape.status : undefined,
        message: apiMessage ?? sanitizeClientError(typeof shape.message === "string" ? shape.message : String(error)),
        rateLimitReset: String(remaining) === "0" && reset !== undefined ? Number(reset) : undefined,
    };
}


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   identitiesFromEnvironment: () => (/* binding */ identitiesFromEnvironment),
/* harmony export */   n: () => (/* binding */ defaultKeyFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_sops_age_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4569);
/* harmony import */ var _lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1037);
/**
 * Where the CLI finds age identities, as sops does: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the default
 * keys.txt of the user's config folder, all combined. (The decrypt-env action deliberately does not
 * look in the home folder: it takes keys only from its input or the environment.)
 */




/** sops' default key file: `<UserConfigDir>/sops/age/keys.txt`. */
function defaultKeyFile({ env, platform, home }) {
    if (platform === "win32")
        return env.APPDATA ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.join(env.APPDATA, "sops", "age", "keys.txt") : undefined;
    if (env.XDG_CONFIG_HOME)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.XDG_CONFIG_HOME, "sops", "age", "keys.txt");
    if (platform === "darwin")
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, "Library", "Application Support", "sops", "age", "keys.txt");
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, ".config", "sops", "age", "keys.txt");
}
function readKeyFile(file, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(`${what} (${file}) cannot be read: check the path and its permissions`);
    }
}
async function identitiesFromEnvironment(lookup) {
    const identities = [];
    const parse = (text, source) => {
        lookup.onKeyText?.(text);
        return (0,_lib_sops_age_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIdentities */ .go)(text, source);
    };
    const inline = lookup.env.SOPS_AGE_KEY;
    if (inline && inline.trim() !== "")
        identities.push(...(await parse(inline, "SOPS_AGE_KEY")));
    const keyFile = lookup.env.SOPS_AGE_KEY_FILE;
    if (keyFile)
        identities.push(...(await parse(readKeyFile(keyFile, "SOPS_AGE_KEY_FILE"), keyFile)));
    const fallback = lookup.includeDefaultFile ? defaultKeyFile(lookup) : undefined;
    if (fallback) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fallback, "utf8");
        }
        catch {
            // The default key file is optional.
        }
        if (text !== undefined && text.trim() !== "")
            identities.push(...(await parse(text, fallback)));
    }
    return identities;
}


/***/ }),

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   kv: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export resolvesInside */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);
/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced. What it created is removed by created-files.ts.
 */




function identity(file) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
    return { path: file, device: stat.dev, inode: stat.ino };
}
const inside = (child, parent) => {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
};
function realRoots(roots) {
    return roots.flatMap((root) => {
        if (!root)
            return [];
        try {
            return [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root)];
        }
        catch {
            return [];
        }
    });
}
function existingAncestor(folder) {
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            return current;
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current) === current)
                return current;
        }
    }
}
/**
 * Whether a path, all its links resolved, lies inside one of the roots: a file a pull request links
 * from the workspace to elsewhere on the runner does not.
 */
function resolvesInside(file, roots) {
    let real;
    try {
        real = realpathSync(file);
    }
    catch {
        return false;
    }
    return realRoots(roots).some((root) => inside(real, root));
}
const failure = (target, options, why) => new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${options.what} (${target}) ${why}`);
/**
 * The checks `writeFileSafely` makes before it writes, on their own: so that a command can refuse its
 * target before long work whose result it would not be able to write. Throws what `writeFileSafely` would.
 */
function checkTarget(target, options) {
    const roots = realRoots(options.roots);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkFolderOf(existingAncestor(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target)), roots, fail);
    let existing;
    try {
        existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isSymbolicLink())
        fail("is a symbolic link: delete it or choose another path");
    if (existing && !(options.replace && existing.isFile()))
        fail(ALREADY_EXISTS);
}
const ALREADY_EXISTS = "already exists: choose a path that does not exist, or delete it first (in a workflow: in an earlier step)";
/** The folder, all its links resolved, must lie inside one of the roots. */
function checkFolderOf(existing, roots, fail) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(existing);
    }
    catch (error) {
        return fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    if (!roots.some((root) => inside(real, root))) {
        fail(`resolves to ${real}, outside the workspace and RUNNER_TEMP (a symbolic link in its path?): write it inside the workspace`);
    }
}
function writeFileSafely(target, content, options) {
    const roots = realRoots(options.roots);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkTarget(target, options);
    const folders = [];
    const missing = [];
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            break;
        }
        catch {
            missing.unshift(current);
        }
    }
    for (const created of missing) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(created, { mode: 0o700 });
        }
        catch (error) {
            fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
        }
        folders.unshift(identity(created));
    }
    checkFolderOf(folder, roots, fail);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, content, { mode: options.mode, flag: "wx" });
        if (options.replace)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, target);
        else {
            // A link fails when anything (a file, a link) is at the target by now; a rename would replace it.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temporary, target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        for (const created of folders) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(created.path);
            }
            catch {
                // Something else now lives there (the file that won the race): the folder stays, the error is ours.
            }
        }
        const exists = error?.code === "EEXIST";
        fail(exists ? ALREADY_EXISTS : `cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    return { file: identity(target), folders };
}


/***/ }),

/***/ 2522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ applyChanges)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6779);
/**
 * Writing several files of a repository as one change: each atomically and never through a link
 * (safe-write), and on any failure every file written before it put back as it was, so a command that
 * fails leaves nothing half-written.
 */



/** Writes every change; on a failure, puts back what was written before it and rethrows. */
function applyChanges(changes, root) {
    const undo = [];
    try {
        for (const change of changes) {
            const previous = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(change.file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(change.file) : undefined;
            const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(change.file);
            // Repository files stay inside it; the key file goes where the user's sops looks for it.
            const inRepository = change.file.startsWith(`${root}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`);
            const within = inRepository ? root : node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(change.file).root;
            // Folders of the repository are ordinary ones; the key's is private (as age-keygen's users make it).
            const created = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true, mode: inRepository ? 0o755 : 0o700 });
            if (created !== undefined)
                undo.push(() => {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(created, { recursive: true, force: true });
                });
            (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileSafely */ .kv)(change.file, change.content, {
                what: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, change.file),
                roots: [within],
                mode: change.mode,
                replace: previous !== undefined,
            });
            undo.push(() => {
                if (previous === undefined)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(change.file, { force: true });
                else
                    (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileSafely */ .kv)(change.file, previous, {
                        what: change.file,
                        roots: [within],
                        mode: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(change.file).mode & 0o777,
                        replace: true,
                    });
            });
        }
    }
    catch (error) {
        for (const step of undo.reverse())
            step();
        throw error;
    }
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isRepositoryName)
/* harmony export */ });
/**
 * `OWNER/NAME` as the command line and the inventory files take it: word characters, dots and hyphens
 * on each side of one slash. Looser than GitHub's own rules (lib/dispatch/plan.ts checks those where a
 * wrong name would cost API calls); enough to keep paths, URLs and log lines well formed.
 */
const OWNER_NAME = /^[\w.-]+\/[\w.-]+$/;
const isRepositoryName = (text) => OWNER_NAME.test(text);


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ replacePlaintext),
/* harmony export */   KY: () => (/* binding */ setValue),
/* harmony export */   ZM: () => (/* binding */ emitPlaintext),
/* harmony export */   decrypt: () => (/* binding */ decrypt),
/* harmony export */   hY: () => (/* binding */ rotateDataKey),
/* harmony export */   im: () => (/* binding */ updateKeys),
/* harmony export */   ph: () => (/* binding */ isEncrypted),
/* harmony export */   w: () => (/* binding */ encrypt)
/* harmony export */ });
/* harmony import */ var _age_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4569);
/* harmony import */ var _cipher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1481);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2995);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7616);
/* harmony import */ var _shamir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8204);
/* harmony import */ var _tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1635);
/* harmony import */ var _tree_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(840);
/**
 * The SOPS engine's operations on whole files: decrypt (with MAC verification), encrypt, set/unset a
 * value, updatekeys and filestatus. Bytes in, bytes out: callers do the file system and key lookup.
 */









function settingsOf(metadata) {
    return { rule: metadata.cryptRule, macOnlyEncrypted: metadata.macOnlyEncrypted };
}
/** sops writes lastmodified in UTC with second precision. */
function timestamp(now) {
    return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function readEncrypted(bytes, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const document = store.parseEncrypted(bytes);
    return { store, branches: document.branches, metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .readMetadata */ ._6)(document.metadata) };
}
/**
 * `sops decrypt`: every document's plaintext tree, after the MAC over it was verified (unless
 * `ignoreMac`). Nothing is returned for a file whose MAC does not match.
 * @throws SopsError NOT_SOPS_FILE (no metadata), MALFORMED (syntax, damaged values or metadata),
 *   UNSUPPORTED (only PGP/KMS/Vault master keys), NO_MATCHING_KEY (no identity opens the data key),
 *   MAC_MISMATCH (changed without re-encryption), BAD_INPUT (a bad identity).
 */
async function decrypt(bytes, options) {
    const { branches, metadata } = options.parsed ?? readEncrypted(bytes, options);
    let dataKey = options.dataKey;
    if (!dataKey) {
        (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
        dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    }
    const stash = new Map();
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .decryptTree */ .sG)(branches, dataKey, settingsOf(metadata), options.keepCiphertexts ? stash : undefined);
    const warnings = [];
    if (walked.plaintextComments > 0) {
        warnings.push(`${walked.plaintextComments} comment(s) are not encrypted (file written by an old sops)`);
    }
    if (options.ignoreMac) {
        warnings.push("MAC verification skipped (ignore-mac): the content is not authenticated");
    }
    else {
        verifyMac(metadata, dataKey, walked.mac);
    }
    return {
        format: options.format,
        branches: walked.branches,
        metadata,
        leaves: walked.leaves,
        warnings,
        dataKey,
        stash,
    };
}
function verifyMac(metadata, dataKey, computed) {
    if (metadata.mac === "") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the file has no MAC: it was modified or truncated; re-encrypt it with sops");
    }
    let stored;
    try {
        stored = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptValue */ .pN)(metadata.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified), "sops.mac");
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the MAC cannot be decrypted: lastmodified or the MAC was modified without re-encryption; re-encrypt the file with sops");
    }
    if (stored !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "MAC mismatch: the file was modified without re-encryption (values changed, added, removed or reordered); " +
            "restore it or re-encrypt it with sops");
    }
}
/**
 * Plaintext of a decrypted file in any output format (`sops decrypt --output-type`).
 * @throws SopsError MALFORMED when the tree cannot be written in that format (a list as dotenv).
 */
function emitPlaintext(decrypted, format, storeOptions) {
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(format, storeOptions).emitPlain(decrypted.branches);
}
async function wrapForGroups(dataKey, recipients) {
    const ageGroups = recipients.ageGroups.filter((group) => group.length > 0);
    if (ageGroups.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("no age recipients: give --age or a .sops.yaml creation rule with age keys");
    if (ageGroups.length === 1) {
        const entries = await Promise.all((ageGroups[0] ?? []).map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(dataKey, recipient)));
        return { groups: [{ age: entries, others: [] }], threshold: 0 };
    }
    const threshold = recipients.shamirThreshold || ageGroups.length;
    if (threshold > ageGroups.length) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`shamir_threshold ${threshold} is larger than the number of key groups (${ageGroups.length})`);
    }
    const shares = (0,_shamir_js__WEBPACK_IMPORTED_MODULE_6__/* .split */ .l)(dataKey, ageGroups.length, threshold);
    const groups = await Promise.all(ageGroups.map(async (group, index) => {
        const share = shares[index];
        const age = await Promise.all(group.map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(share, recipient)));
        return { age, others: [] };
    }));
    return { groups, threshold };
}
function sealed(branches, metadata, dataKey, options, stash) {
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .encryptTree */ .OJ)(branches, dataKey, settingsOf(metadata), stash);
    const mac = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptValue */ .Rb)(walked.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified));
    const written = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, mac }, { cryptRule: options.format !== "binary" });
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).emitEncrypted(walked.branches, written);
}
/**
 * `sops encrypt`: a new data key wrapped for every recipient (split across key groups by Shamir when
 * there are several), each selected value encrypted, MAC and lastmodified written.
 * @throws SopsError MALFORMED (the plaintext does not parse, or is already a SOPS file), BAD_INPUT (a bad
 *   recipient, no recipient, an impossible Shamir threshold).
 */
async function encrypt(plaintext, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const branches = store.parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file already has a sops metadata key: it is encrypted already (or a key is named `sops`)");
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const { groups, threshold } = await wrapForGroups(dataKey, options);
    // The binary store ignores selection rules (sops >= 3.11).
    const binary = options.format === "binary";
    const metadata = {
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
        mac: "",
        cryptRule: binary ? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch : (options.cryptRule ?? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch),
        macOnlyEncrypted: binary ? false : (options.macOnlyEncrypted ?? false),
        version: _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .SOPS_VERSION */ .DT,
    };
    return sealed(branches, metadata, dataKey, options);
}
/**
 * `sops set` / `sops unset`: change one value, keep every other ciphertext byte-identical, update the
 * MAC and lastmodified.
 * @throws SopsError as `decrypt` does, and BAD_INPUT for a path that does not fit the tree.
 */
async function setValue(bytes, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const [first, ...rest] = decrypted.branches;
    if (!first)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file has no document to change");
    const changed = options.value === undefined
        ? (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .unsetPath */ .d0)(first, options.path)
        : (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .setPath */ .SO)(first, options.path, options.value);
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed([changed, ...rest], metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * Saving `sops edit`: the file's new plaintext (in its own format) encrypted under the same data key.
 * Every value whose key path and plaintext did not change keeps its exact ciphertext, so a diff shows
 * only what changed; MAC and lastmodified are written anew.
 * @throws SopsError as `decrypt` does; MALFORMED when the new plaintext does not parse.
 */
async function replacePlaintext(bytes, plaintext, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const branches = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the new content has a key named `sops`, which holds the metadata: rename it");
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed(branches, metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * `sops rotate`: a new data key, every value encrypted again under it, the new key wrapped for the same
 * age recipients in the same key groups (for when someone who could read the file leaves). MAC and
 * lastmodified are written anew.
 * @throws SopsError as `decrypt` does; UNSUPPORTED when the file also holds non-age master keys (they
 *   cannot be re-wrapped here: use sops, or drop them with updatekeys first).
 */
async function rotateDataKey(bytes, options) {
    const decrypted = await decrypt(bytes, options);
    const others = decrypted.metadata.keyGroups.flatMap((group) => group.others);
    if (others.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `the file also has ${others.map((key) => key.type).join(", ")} master keys, which this engine cannot wrap a new data key for`);
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const keep = options.keep ?? (() => true);
    const ageGroups = decrypted.metadata.keyGroups.map((group) => group.age.map((key) => key.recipient).filter(keep));
    if (ageGroups.some((group) => group.length === 0))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("a key group would be left without a recipient: nobody could open its share of the data key");
    const { groups, threshold } = await wrapForGroups(dataKey, {
        ageGroups,
        shamirThreshold: Math.min(decrypted.metadata.shamirThreshold, ageGroups.length),
    });
    const metadata = {
        ...decrypted.metadata,
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
    };
    return sealed(decrypted.branches, metadata, dataKey, options);
}
/**
 * `sops updatekeys`: re-wrap the existing data key for the creation rule's recipients. Values, MAC and
 * lastmodified stay as they are; a file already in sync (policy.ts `compareRecipients`) is returned as is.
 * @throws SopsError NOT_SOPS_FILE, MALFORMED, NO_MATCHING_KEY as `decrypt` does; UNSUPPORTED when the
 *   rule names non-age keys; BAD_INPUT for a bad recipient.
 */
async function updateKeys(bytes, options) {
    const { store, branches, metadata } = readEncrypted(bytes, options);
    const wanted = options.rule.ageGroups.filter((group) => group.length > 0);
    if (options.rule.otherKeys.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `creation rule ${options.rule.index} names non-age keys (${options.rule.otherKeys.join(", ")}); only age keys are supported`);
    }
    const comparison = (0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .compareRecipients */ .Wm)(metadata.keyGroups, options.rule);
    if (comparison.inSync)
        return { changed: false, bytes, added: [], removed: [] };
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
    const dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    if (dataKey.length !== _cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_KEY_BYTES */ .lM)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the recovered data key has the wrong length");
    const threshold = Math.min(metadata.shamirThreshold || options.rule.shamirThreshold, wanted.length);
    const { groups, threshold: written } = await wrapForGroups(dataKey, {
        ageGroups: wanted,
        shamirThreshold: threshold,
    });
    const updated = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, keyGroups: groups, shamirThreshold: written }, { cryptRule: options.format !== "binary" });
    return {
        changed: true,
        bytes: store.emitEncrypted(branches, updated),
        added: comparison.missing,
        removed: [...comparison.extra, ...comparison.unnamedOtherKeys],
    };
}
/** `sops filestatus`: whether the bytes hold SOPS metadata for this format. Raises nothing for bad input. */
function isEncrypted(bytes, options) {
    try {
        readEncrypted(bytes, options);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb)
            return false;
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=1.index.js.map