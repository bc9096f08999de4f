"use strict";
exports.id = 618;
exports.ids = [618];
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

/***/ 8864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  As: () => (/* binding */ currentReaders),
  Yh: () => (/* binding */ loadRecipientNames),
  zS: () => (/* binding */ readAccess)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/scan-files.ts + 32 modules
var scan_files = __webpack_require__(9394);
// EXTERNAL MODULE: ./actions/common/sops-history.ts + 1 modules
var sops_history = __webpack_require__(5940);
;// CONCATENATED MODULE: ./actions/lib/access/exposures.ts
/**
 * What each name could ever read, from every revision of every SOPS file: for each (name, file, key),
 * the first and last commit at which the name could open a value of the key, and whether a value it
 * could open is still the current one. Values are compared as keyed digests the caller made in memory
 * (with a key); without one, whether a value is still live is unknown (null).
 */
function liveness(history, key, opened) {
    const revisions = history.revisions;
    const last = revisions.at(-1);
    if (!history.current || !last?.keys.includes(key)) {
        // Gone: the first revision after the name's last one that lacks the key.
        const lastOpened = opened.at(-1);
        const after = lastOpened ? revisions.indexOf(lastOpened) + 1 : 0;
        const removal = revisions.slice(after).find((revision) => !revision.keys.includes(key));
        return { stillLive: false, changedIn: removal?.commit ?? null };
    }
    const current = last.digests?.get(key);
    const seen = opened.map((revision) => revision.digests?.get(key));
    if (current === undefined || seen.some((digest) => digest === undefined))
        return { stillLive: null, changedIn: null };
    if (seen.includes(current))
        return { stillLive: true, changedIn: null };
    // The revision that set the current value: back from HEAD while the value stays the same.
    let since = revisions.length - 1;
    while (since > 0 && revisions[since - 1]?.digests?.get(key) === current)
        since--;
    return { stillLive: false, changedIn: revisions[since]?.commit ?? null };
}
/**
 * The history with each revision's readers widened to everyone who held its data key at any revision:
 * the key groups say who was given the data key, not who still has it.
 */
function withDataKeyHolders(history) {
    const holders = new Map();
    for (const revision of history.revisions) {
        if (revision.dataKey === undefined)
            continue;
        const names = holders.get(revision.dataKey) ?? new Set();
        for (const name of revision.readers)
            names.add(name);
        holders.set(revision.dataKey, names);
    }
    return {
        ...history,
        revisions: history.revisions.map((revision) => {
            const extra = revision.dataKey === undefined ? undefined : holders.get(revision.dataKey);
            if (!extra)
                return revision;
            return { ...revision, readers: [...new Set([...revision.readers, ...extra])].sort() };
        }),
    };
}
function exposures(histories) {
    const found = [];
    for (const history of histories.map(withDataKeyHolders)) {
        const names = [...new Set(history.revisions.flatMap((revision) => revision.readers))].sort();
        for (const name of names) {
            const readable = history.revisions.filter((revision) => revision.readers.includes(name));
            const keys = [...new Set(readable.flatMap((revision) => revision.keys))].sort();
            for (const key of keys) {
                const opened = readable.filter((revision) => revision.keys.includes(key));
                const first = opened[0];
                const last = opened.at(-1);
                if (!first || !last)
                    continue;
                found.push({
                    name,
                    file: history.path,
                    key,
                    firstCommit: first.commit,
                    lastCommit: last.commit,
                    ...liveness(history, key, opened),
                });
            }
        }
    }
    return found;
}
/** The runs of revisions each name could open, per file: who could read it from which commit to which. */
function accessSpans(histories) {
    const spans = [];
    for (const history of histories.map(withDataKeyHolders)) {
        const open = new Map();
        for (const revision of history.revisions) {
            for (const [name, span] of open) {
                if (revision.readers.includes(name))
                    continue;
                spans.push({ name, file: history.path, ...span, endedBy: revision.commit });
                open.delete(name);
            }
            for (const name of revision.readers) {
                const span = open.get(name);
                open.set(name, { from: span?.from ?? revision.commit, to: revision.commit });
            }
        }
        for (const [name, span] of open)
            spans.push({ name, file: history.path, ...span, endedBy: null });
    }
    return spans.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./actions/lib/access/names.ts
var names = __webpack_require__(4109);
// EXTERNAL MODULE: ./actions/lib/access/readers.ts
var readers = __webpack_require__(8317);
// EXTERNAL MODULE: ./actions/lib/sops/policy.ts
var policy = __webpack_require__(7616);
// EXTERNAL MODULE: ./actions/lib/sops/inspect.ts
var inspect = __webpack_require__(6040);
;// CONCATENATED MODULE: ./actions/common/access.ts
/**
 * The access audit's reading of a repository: the names of the recipients (policy file and `.sops.yaml`
 * comments), who can open each SOPS file now, and every revision of every SOPS file in the history —
 * from its metadata alone, and with a key as keyed digests of its values, never the values themselves.
 */










/** The names, from the policy file's `recipients:` and the comments of `.sops.yaml`. */
function loadRecipientNames(root, policyFile, 
/** Earlier `.sops.yaml` texts whose comments name recipients too (the current file wins). */
earlier = "") {
    return namesOf((0,scan_files/* loadPolicy */.tb)(root, policyFile), (0,scan_files/* loadSops */.mn)(root, ""), earlier);
}
function namesOf(policy, found, earlier) {
    return {
        names: new names/* RecipientNames */.y(policy.recipients, `${earlier}\n${found?.text ?? ""}`),
        sops: found?.setup,
    };
}
/**
 * Files whose history the audit reads: every path of the history that a creation rule covers today, and
 * every tracked SOPS file. (A SOPS file that no rule ever covered and that is gone from the tree is not
 * found: a creation rule is how a repository says where its secrets are.)
 */
async function candidatePaths(root, sops) {
    const everywhere = await (0,git/* historyPaths */.BK)(root);
    return everywhere.filter((file) => (0,policy/* creationRuleFor */.rV)(sops, file) !== undefined || /\.(?:enc|sops)\./.test(file));
}
/**
 * Which revisions share a data key, as ids: revisions a key opened compare their data keys; others are
 * taken to keep the previous revision's when any ciphertext is unchanged (sops re-encrypts every value
 * only with a new data key). An id is the first revision of its run.
 */
function dataKeyLineage(file, revisions) {
    const parent = revisions.map((_, index) => index);
    const find = (index) => {
        let root = index;
        while (parent[root] !== root)
            root = parent[root] ?? root;
        return root;
    };
    const union = (a, b) => {
        const [low, high] = [find(a), find(b)].sort((x, y) => x - y);
        if (low !== undefined && high !== undefined)
            parent[high] = low;
    };
    const byDataKey = new Map();
    for (const [index, { revision, dataKey }] of revisions.entries()) {
        if (dataKey !== undefined) {
            const earlier = byDataKey.get(dataKey);
            if (earlier === undefined)
                byDataKey.set(dataKey, index);
            else
                union(earlier, index);
        }
        const previous = revisions[index - 1];
        if (!previous)
            continue;
        const known = dataKey !== undefined && previous.dataKey !== undefined;
        const shares = [...revision.ciphertexts].some(([name, text]) => previous.revision.ciphertexts.get(name) === text);
        if (!known && shares)
            union(index - 1, index);
    }
    return revisions.map((_, index) => `${file}#${find(index)}`);
}
/**
 * The comments of every committed `.sops.yaml`, oldest first: a name given beside a recipient stays
 * known after the recipient (and its comment) left the file, so that offboarding it twice works.
 */
async function historicSopsConfigText(root, file) {
    if (!file)
        return "";
    const revisions = (await (0,git/* pathRevisions */.Yx)(root, [file])).get(file) ?? [];
    const texts = [];
    await (0,git/* readBlobs */.b4)(root, revisions, (index, bytes) => {
        texts[index] = bytes.toString("utf8");
    });
    return texts.join("\n");
}
async function readAccess(options) {
    const { root, identities, notice } = options;
    // Each file read once: the names also come from the comments of .sops.yaml's earlier revisions.
    const policy = (0,scan_files/* loadPolicy */.tb)(root, options.policyFile);
    const found = (0,scan_files/* loadSops */.mn)(root, "");
    const earlier = await historicSopsConfigText(root, found?.setup.file);
    const { names, sops } = namesOf(policy, found, earlier);
    const shallow = await (0,git/* isShallow */.fE)(root);
    const tracked = new Set(await (0,git/* trackedFiles */.O)(root));
    const histories = [];
    const files = [];
    const recipientsSeen = new Set();
    const candidates = await candidatePaths(root, sops);
    const byPath = await (0,sops_history/* sopsRevisionsOfPaths */.NB)(root, candidates, identities, notice);
    for (const file of candidates) {
        const revisions = byPath.get(file) ?? [];
        if (revisions.length === 0)
            continue;
        for (const { metadata } of revisions)
            for (const recipient of (0,readers/* groupRecipients */.WG)(metadata).flat())
                recipientsSeen.add(recipient);
        const current = tracked.has(file);
        const lineage = dataKeyLineage(file, revisions);
        histories.push({
            path: file,
            current,
            revisions: revisions.map(({ revision, metadata }, index) => ({
                commit: revision.commit,
                readers: (0,readers/* readersOf */.cU)(metadata, names).alone,
                keys: [...revision.ciphertexts.keys()],
                ...(revision.plaintexts ? { digests: revision.plaintexts } : {}),
                dataKey: lineage[index],
            })),
        });
        const newest = revisions.at(-1);
        const history = histories.at(-1);
        if (current && newest && history)
            files.push({
                path: file,
                readers: (0,readers/* readersOf */.cU)(newest.metadata, names),
                recipients: [...new Set((0,readers/* groupRecipients */.WG)(newest.metadata).flat())],
                holders: [...(withDataKeyHolders(history).revisions.at(-1)?.readers ?? [])],
            });
    }
    return {
        names,
        files,
        spans: accessSpans(histories),
        exposures: exposures(histories),
        recipientsSeen,
        ...(shallow
            ? {
                incomplete: "this is a shallow clone: the history is incomplete (fetch it whole with `git fetch --unshallow`)",
            }
            : {}),
    };
}
/** Who can open each of these files of the working tree now (a file that is not SOPS is left out). */
function currentReaders(root, files, names) {
    return files.flatMap((file) => {
        const absolute = external_node_path_default().join(root, file);
        // A link in the tree could point anywhere on the runner: only regular files are read.
        if (!(0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })?.isFile())
            return [];
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        const status = (0,inspect/* inspectSops */.e)(file, bytes, bytes.toString("utf8"));
        return status.kind === "sops" ? [{ path: file, readers: (0,readers/* readersOf */.cU)(status.metadata, names) }] : [];
    });
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

/***/ 6248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ labelledIssues),
/* harmony export */   z: () => (/* binding */ ensureLabel)
/* harmony export */ });
/** Every issue (open or closed, pull requests left out) that carries `label`. */
async function labelledIssues(client, repository, label) {
    const [owner = "", repo = ""] = repository.split("/");
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo,
        state: "all",
        labels: label,
        per_page: 100,
    });
    return issues
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({
        number: issue.number,
        state: issue.state === "closed" ? "closed" : "open",
        title: issue.title,
        body: issue.body ?? "",
        nodeId: issue.node_id,
    }));
}
/** Creates the label unless the repository has it (creating an issue with an unknown label needs push access). */
async function ensureLabel(client, repository, label) {
    const [owner = "", repo = ""] = repository.split("/");
    try {
        await client.rest.issues.getLabel({ owner, repo, name: label.name });
    }
    catch {
        await client.rest.issues.createLabel({ owner, repo, ...label });
    }
}


/***/ }),

/***/ 2090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   js: () => (/* binding */ htmlText)
/* harmony export */ });
/* unused harmony export visible */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2863);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1673);
/**
 * Every string an inventory carries (names, paths, keys, environments, readers, rule ids, problems)
 * comes from a repository, and a pull request chooses it: the report shows it as text and nothing
 * else. One escaper per channel.
 */


/**
 * Characters that change how text is read without being seen: line breaks and other controls (as
 * `\n`, `\u001b`), and zero-width and bidirectional marks (as `\u202e`), shown so a name cannot hide
 * a part of itself or look like another.
 */
function visible(text) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(text).replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** Text for an HTML element's content or a quoted attribute value. */
function htmlText(text) {
    return (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(visible(text));
}
/**
 * Text for GitHub Markdown (issue bodies, job summaries), in a table cell or anywhere else: inside
 * `<code>`, so that `@name` mentions nobody, `#1` links no issue and URLs are not linked; every ASCII
 * punctuation character backslash-escaped, so that pipes stay in their cell, backticks open no code
 * span, `*_~[]` format nothing and `<` `&` start no HTML or entity; line breaks shown as `\n`.
 */
function markdownCode(text) {
    return `<code>${visible(text).replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)}</code>`;
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


/***/ })

};
;
//# sourceMappingURL=618.index.js.map