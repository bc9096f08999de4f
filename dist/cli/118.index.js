"use strict";
exports.id = 118;
exports.ids = [118];
exports.modules = {

/***/ 2118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accessCommand: () => (/* binding */ accessCommand),
  offboardCommand: () => (/* binding */ offboardCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/common/access.ts + 1 modules
var access = __webpack_require__(8864);
// EXTERNAL MODULE: ./actions/common/escape.ts
var common_escape = __webpack_require__(3167);
// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/cli/github-client.ts
var github_client = __webpack_require__(1606);
// EXTERNAL MODULE: ./actions/common/labelled-issues.ts
var labelled_issues = __webpack_require__(6248);
;// CONCATENATED MODULE: ./actions/lib/rotation/issues.ts
const MARKER_PREFIX = "<!-- secrets-actions:rotation id=";
function markerOf(id) {
    return `${MARKER_PREFIX}${encodeURIComponent(id)} -->`;
}
/** The id an issue body carries, if it is one of ours. */
function idOf(body) {
    const start = body.indexOf(MARKER_PREFIX);
    if (start === -1)
        return undefined;
    const end = body.indexOf(" -->", start);
    try {
        return decodeURIComponent(body.slice(start + MARKER_PREFIX.length, end));
    }
    catch {
        return undefined;
    }
}
const where = (entry) => entry.source === "sops"
    ? `\`${entry.file ?? ""}\``
    : `the GitHub ${entry.scope === "environment" ? `environment \`${entry.environment ?? ""}\`` : (entry.scope ?? "repository")} secrets of ${entry.repository}`;
function issueTitle(entry) {
    return entry.source === "sops"
        ? `Rotate ${entry.name} (${entry.file ?? ""})`
        : `Rotate ${entry.name} (GitHub ${entry.scope === "environment" ? `environment ${entry.environment ?? ""}` : (entry.scope ?? "repository")} secret of ${entry.repository})`;
}
/** The issue body: what, where, since when, the policy, who, and how to rotate. Never a value. */
function issueBody(entry, context) {
    const changed = entry.source === "sops"
        ? `${entry.exact ? "" : "at most "}${entry["age-days"]} days ago, in ${entry.commit ? `[${entry.commit.slice(0, 12)}](${context.repositoryUrl}/commit/${entry.commit})` : "an unknown commit"} (${entry["last-changed"]}): the newest commit that changed this value${entry.exact ? "" : "'s ciphertext; without the key (or for revisions no key opens) this is an upper bound"}`
        : `${entry["age-days"]} days ago (${entry["last-changed"]}): when the secret was last written to GitHub (\`updated_at\`), which is not necessarily when it was rotated at its provider`;
    const rotate = entry.source === "sops"
        ? [
            "1. Revoke the old value at its provider and create a new one.",
            `2. \`secrets-actions set ${entry.file ?? "FILE"} '${JSON.stringify([entry.key ?? entry.name])}' '"NEW VALUE"'\` and commit the file.`,
        ]
        : [
            "1. Revoke the old value at its provider and create a new one.",
            `2. Update the GitHub secret (\`gh secret set ${entry.name}${entry.scope === "environment" ? ` --env ${entry.environment ?? ""}` : entry.scope === "dependabot" ? " --app dependabot" : entry.scope === "organization" ? " --org OWNER" : ""} --repo ${entry.repository}\`).`,
        ];
    const facts = entry.reason
        ? [`**${entry.name}** in ${where(entry)} must be rotated: ${entry.reason}.`]
        : [
            `**${entry.name}** in ${where(entry)} is overdue for rotation.`,
            "",
            `- Last changed: ${changed}.`,
            `- Policy: rotate every ${entry["max-age-days"]} days.`,
        ];
    return [
        markerOf(entry.id),
        ...facts,
        ...(entry.owner ? [`- Owner: @${entry.owner}`] : []),
        ...(entry.runbook ? [`- Runbook: ${entry.runbook}`] : []),
        ...(entry.hygiene.length > 0 ? [`- Also: ${entry.hygiene.join("; ")}.`] : []),
        "",
        "How to rotate:",
        ...rotate,
        "",
        entry.reason
            ? "This issue is kept by `secrets-actions offboard` and closed by its next run once the value has changed."
            : "This issue is kept by rotate-reminder and closed when the secret has been rotated.",
    ].join("\n");
}
function closeComment(entry) {
    if (!entry)
        return "This secret no longer exists where it was found: closing.";
    const when = entry.commit ? `commit ${entry.commit.slice(0, 12)}` : `an update on ${entry["last-changed"]}`;
    return `Rotated: ${entry.name} changed in ${when}, ${entry["age-days"]} days ago, within the policy's ${entry["max-age-days"]} days.`;
}
/**
 * What to do with the issues: open one for each overdue secret without one, update or reopen the
 * ones that exist, close those whose secret was rotated or is gone.
 */
function planIssues(entries, existing, context) {
    const byId = new Map();
    for (const issue of existing) {
        const id = idOf(issue.body);
        if (id !== undefined)
            byId.set(id, [...(byId.get(id) ?? []), issue]);
    }
    // The open one if there is one, else the newest.
    const pick = (issues) => issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
    const actions = [];
    const entryById = new Map(entries.map((entry) => [entry.id, entry]));
    for (const entry of entries) {
        if (entry.status !== "overdue")
            continue;
        const issue = pick(byId.get(entry.id) ?? []);
        const title = issueTitle(entry);
        const body = issueBody(entry, context);
        if (!issue)
            actions.push({ kind: "open", id: entry.id, title, body, assignees: entry.owner ? [entry.owner] : [] });
        else if (issue.state === "closed")
            actions.push({ kind: "reopen", id: entry.id, number: issue.number, title, body });
        else if (issue.body !== body || issue.title !== title)
            actions.push({ kind: "update", id: entry.id, number: issue.number, title, body });
        else
            actions.push({ kind: "unchanged", id: entry.id, number: issue.number });
    }
    for (const [id, issues] of byId) {
        const entry = entryById.get(id);
        if (entry?.status === "overdue" || (!entry && !context.covers(id)))
            continue;
        for (const issue of issues.filter((candidate) => candidate.state === "open"))
            actions.push({
                kind: "close",
                id,
                number: issue.number,
                comment: entry || context.closing === undefined ? closeComment(entry) : context.closing,
            });
    }
    return actions;
}

;// CONCATENATED MODULE: ./actions/common/rotation-issues.ts


async function applyIssues(client, repository, label, actions) {
    const [owner = "", repo = ""] = repository.split("/");
    if (actions.some((action) => action.kind === "open"))
        await (0,labelled_issues/* ensureLabel */.z)(client, repository, {
            name: label,
            color: "d93f0b",
            description: "A secret is due for rotation",
        });
    const results = [];
    for (const action of actions) {
        switch (action.kind) {
            case "open": {
                const { data } = await client.rest.issues.create({
                    owner,
                    repo,
                    title: action.title,
                    body: action.body,
                    labels: [label],
                    ...(action.assignees.length > 0 ? { assignees: action.assignees } : {}),
                });
                results.push({ id: action.id, number: data.number, action: "opened" });
                break;
            }
            case "update":
            case "reopen":
                await client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: action.number,
                    title: action.title,
                    body: action.body,
                    ...(action.kind === "reopen" ? { state: "open" } : {}),
                });
                results.push({
                    id: action.id,
                    number: action.number,
                    action: action.kind === "update" ? "updated" : "reopened",
                });
                break;
            case "close":
                await client.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: action.number,
                    body: action.comment,
                });
                await client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: action.number,
                    state: "closed",
                    state_reason: "completed",
                });
                results.push({ id: action.id, number: action.number, action: "closed" });
                break;
            case "unchanged":
                results.push({ id: action.id, number: action.number, action: "unchanged" });
                break;
        }
    }
    return results;
}
/** Reads the labelled issues, plans, writes: every command's whole round of rotation issues. */
async function applyExistingIssues(client, repository, label, entries, context) {
    const existing = await (0,labelled_issues/* labelledIssues */.k)(client, repository, label);
    return applyIssues(client, repository, label, planIssues(entries, existing, context));
}

// EXTERNAL MODULE: ./actions/common/sops-config.ts
var sops_config = __webpack_require__(7958);
// EXTERNAL MODULE: ./actions/common/transaction.ts
var transaction = __webpack_require__(2522);
// EXTERNAL MODULE: ./actions/lib/access/names.ts
var access_names = __webpack_require__(4109);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/sops/config.ts
var config = __webpack_require__(9516);
;// CONCATENATED MODULE: ./actions/lib/access/offboard.ts
/**
 * Taking recipients out of `.sops.yaml`: every creation rule and key group that names them loses them,
 * everything else of the file (comments, other rules, order) stays as written. Leaving a rule or a key
 * group without any key is refused: nobody could open what it creates.
 */



/** Keys of a rule or key group that name master keys. */
const KEY_FIELDS = ["age", ...config/* OTHER_KEY_FIELDS */.dT];
/** Fields whose entries are recipients we can take out (age, age PQ, PGP fingerprints). */
const RECIPIENT_FIELDS = ["age", "pgp"];
/** Takes matching recipients out of one field (a comma-separated string or a list); whether it did. */
function removeFrom(map, field, remove) {
    const node = map.get(field, true);
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === "string") {
        const recipients = node.value
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item !== "");
        const kept = recipients.filter((recipient) => !remove(recipient));
        if (kept.length === recipients.length)
            return false;
        if (kept.length === 0)
            map.delete(field);
        else
            node.value = kept.join(",");
        return true;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const before = node.items.length;
        node.items = node.items.filter((item) => !((0,dist/* isScalar */.jn)(item) && typeof item.value === "string" && remove(item.value.trim())));
        if (node.items.length === before)
            return false;
        if (node.items.length === 0)
            map.delete(field);
        return true;
    }
    return false;
}
/** Whether a rule or key group still names any master key. */
function hasKeys(map) {
    return KEY_FIELDS.some((field) => {
        const node = map.get(field, true);
        if ((0,dist/* isScalar */.jn)(node))
            return typeof node.value === "string" && node.value.trim() !== "";
        return (0,dist/* isSeq */.oP)(node) && node.items.length > 0;
    });
}
function removeFromSopsConfig(text, remove, source, who) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0)
        throw new errors/* ConfigurationError */.j1(`${source} is not valid YAML: fix it first`);
    const rules = document.get("creation_rules", true);
    const changed = [];
    for (const [index, rule] of ((0,dist/* isSeq */.oP)(rules) ? rules.items : []).entries()) {
        if (!(0,dist/* isMap */.jh)(rule))
            continue;
        let touched = RECIPIENT_FIELDS.map((field) => removeFrom(rule, field, remove)).some(Boolean);
        const groups = rule.get("key_groups", true);
        for (const [group, entry] of ((0,dist/* isSeq */.oP)(groups) ? groups.items : []).entries()) {
            if (!(0,dist/* isMap */.jh)(entry))
                continue;
            if (!RECIPIENT_FIELDS.map((field) => removeFrom(entry, field, remove)).some(Boolean))
                continue;
            touched = true;
            if (!hasKeys(entry))
                throw new errors/* ConfigurationError */.j1(`${source}: removing ${who} would leave key group ${group + 1} of creation rule ${index + 1} without a key: add another recipient to it first`);
        }
        if (!touched)
            continue;
        changed.push(index);
        if (!hasKeys(rule) && !((0,dist/* isSeq */.oP)(groups) && groups.items.length > 0))
            throw new errors/* ConfigurationError */.j1(`${source}: ${who} is the last recipient of creation rule ${index + 1}: add another recipient to it first`);
    }
    // No padding inside `[...]`: sops users write `[age1…]`, and a group left as it was must read as it was.
    const written = document.toString({ lineWidth: 0, flowCollectionPadding: false });
    return { text: changed.length > 0 ? written : text, rules: changed };
}

// EXTERNAL MODULE: ./actions/lib/access/readers.ts
var readers = __webpack_require__(8317);
// EXTERNAL MODULE: ./actions/lib/interfaces/rotate-reminder.ts
var rotate_reminder = __webpack_require__(7019);
// EXTERNAL MODULE: ./actions/lib/sops/engine.ts
var engine = __webpack_require__(1472);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var sops_errors = __webpack_require__(1037);
// EXTERNAL MODULE: ./actions/lib/sops/formats.ts + 8 modules
var formats = __webpack_require__(1481);
// EXTERNAL MODULE: ./actions/lib/inventory/escape.ts
var inventory_escape = __webpack_require__(2090);
// EXTERNAL MODULE: ./actions/lib/repository-name.ts
var repository_name = __webpack_require__(2210);
// EXTERNAL MODULE: ./actions/cli/usage.ts
var usage = __webpack_require__(4704);
;// CONCATENATED MODULE: ./actions/cli/access.ts
/**
 * `secrets-actions access` (who can read what, now and over the history) and `secrets-actions offboard`
 * (take a person's or a laptop's keys out: `.sops.yaml`, a new data key for every file they could read,
 * and the list of values they could read that are still in use, as rotation issues on request).
 */




















const ACCESS = (0,usage/* usageOf */.Fs)("access");
const OFFBOARD = (0,usage/* usageOf */.Fs)("offboard");
const access_short = (commit) => (commit ?? "").slice(0, 12);
async function readRepository(io, identities, policyFile, notice = (message) => {
    io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: ${message}`)}\n`);
}) {
    const root = await (0,git/* repositoryRoot */.Hn)(io.cwd);
    if (!root)
        throw new errors/* ConfigurationError */.j1(`${io.cwd} is not in a git repository: access reads the history of SOPS files`);
    const report = await (0,access/* readAccess */.zS)({
        root,
        identities,
        policyFile,
        notice,
    });
    if (report.incomplete)
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: ${report.incomplete}`)}\n`);
    return { root, report };
}
/** The recipients a name or recipient means, or a refusal that says where names come from. */
function resolveTarget(report, target) {
    const recipients = report.names.resolve(target, report.recipientsSeen);
    if (!recipients)
        throw new errors/* ConfigurationError */.j1(`unknown name or recipient ${(0,access_names/* looksLikeIdentity */.m5)(target) ? "(an age identity: give its recipient, age-keygen -y, and treat the key as exposed)" : JSON.stringify(target)}: use a name of recipients: in .github/secrets-policy.yml, of a comment beside a recipient in .sops.yaml, or a recipient (age1…, a PGP fingerprint)`);
    return {
        recipients: new Set(recipients),
        names: new Set(recipients.map((recipient) => report.names.nameOf(recipient))),
    };
}
function describeExposure(exposure) {
    const state = exposure.stillLive === null
        ? "unknown without a key that opens it"
        : exposure.stillLive
            ? "still live: rotate"
            : exposure.changedIn
                ? `changed since ${access_short(exposure.changedIn)}: safe`
                : "gone: safe";
    return `${exposure.name}  ${exposure.file}  ${exposure.key}  (readable from ${access_short(exposure.firstCommit)} to ${access_short(exposure.lastCommit)})  ${state}`;
}
async function accessCommand(args, io, identities, usageError) {
    const { values } = (0,usage/* parseCommandArgs */.Qx)(ACCESS, args, {
        recipient: { type: "string" },
        history: { type: "boolean" },
        json: { type: "boolean" },
        config: { type: "string" },
    }, usageError);
    const { report } = await readRepository(io, await identities(), values.config ?? "");
    const only = values.recipient === undefined ? undefined : resolveTarget(report, values.recipient).names;
    const wanted = (name) => !only || only.has(name);
    const exposures = report.exposures.filter((exposure) => wanted(exposure.name));
    const spans = report.spans.filter((span) => wanted(span.name));
    if (values.json) {
        const named = report.names.entries();
        const namedRecipients = new Set(named.flatMap((entry) => entry.recipients));
        const unnamed = [...report.recipientsSeen]
            .filter((recipient) => !report.names.isNamed(recipient) && !namedRecipients.has(recipient))
            .sort()
            .map((recipient) => ({ name: (0,access_names/* shortRecipient */.GC)(recipient), recipients: [recipient] }));
        const output = {
            recipients: [...named, ...unnamed].filter((entry) => wanted(entry.name)),
            files: report.files.map((file) => ({
                path: file.path,
                readers: file.readers.alone.filter(wanted),
                partial: file.readers.partial.filter((reader) => wanted(reader.name)),
            })),
            exposures: exposures.map((exposure) => ({
                recipient: exposure.name,
                file: exposure.file,
                key: exposure.key,
                first_commit: exposure.firstCommit,
                last_commit: exposure.lastCommit,
                still_live: exposure.stillLive,
                changed_in: exposure.changedIn,
            })),
            ...(values.history
                ? {
                    history: spans.map((span) => ({
                        recipient: span.name,
                        file: span.file,
                        from: span.from,
                        to: span.to,
                        ended_by: span.endedBy,
                    })),
                }
                : {}),
            history_complete: report.incomplete === undefined,
        };
        io.stdout(`${JSON.stringify(output, null, 2)}\n`);
        return 0;
    }
    const lines = [
        "Who can read each SOPS file now:",
        ...report.files.map((file) => `  ${file.path}: ${(0,readers/* describeReaders */.We)(file.readers)}`),
        "",
        `What ${only ? [...only].join(", ") : "each name"} could ever read (${exposures.length} values):`,
        ...exposures.map((exposure) => `  ${describeExposure(exposure)}`),
    ];
    if (values.history)
        lines.push("", "Every revision's readers, from their metadata:", ...spans.map((span) => `  ${span.file}  ${span.name}  from ${access_short(span.from)} to ${access_short(span.to)}${span.endedBy ? ` (removed in ${access_short(span.endedBy)})` : " (still)"}`));
    io.stdout(`${lines.map(common_escape/* forLogLine */.kz).join("\n")}\n`);
    return 0;
}
/**
 * One rotation issue per still-live value, found again by its marker and label (rotate-reminder's
 * machinery). `whoMarkdown`: the names as Markdown code (a .sops.yaml comment can hold `@team` or a link).
 */
function offboardEntry(exposure, whoMarkdown, recipient, repository) {
    return {
        // By recipient, not name: a name that lived in a .sops.yaml comment is gone after offboarding.
        id: `offboard:${recipient}:sops:${exposure.file}:${exposure.key}`,
        name: exposure.key,
        source: "sops",
        file: exposure.file,
        key: exposure.key,
        repository,
        scope: null,
        environment: null,
        "last-changed": "",
        commit: exposure.lastCommit,
        "age-days": 0,
        exact: true,
        "max-age-days": 0,
        status: "overdue",
        hygiene: [],
        reason: `${whoMarkdown} was offboarded and could read its current value (from commit ${access_short(exposure.firstCommit)} to ${access_short(exposure.lastCommit)}); the git history still opens with their key`,
    };
}
async function offboardCommand(args, io, identities, usageError) {
    const { values, positionals } = (0,usage/* parseCommandArgs */.Qx)(OFFBOARD, args, { "dry-run": { type: "boolean" }, "github-repo": { type: "string" }, config: { type: "string" } }, usageError);
    const [target] = positionals;
    if (positionals.length !== 1 || target === undefined)
        throw usageError("offboard takes one NAME or RECIPIENT");
    const repository = values["github-repo"];
    if (repository !== undefined && !(0,repository_name/* isRepositoryName */.e)(repository))
        throw usageError(`--github-repo must be OWNER/NAME, not ${JSON.stringify(repository)}`);
    const token = repository === undefined ? undefined : (0,github_client/* requiredToken */.tc)(io.env, "--github-repo", "issues: write");
    const keys = await identities();
    // Revisions the key cannot open are counted, not told one by one: the plan says what it means.
    let unopened = 0;
    const { root, report } = await readRepository(io, keys, values.config ?? "", () => {
        unopened++;
    });
    const { recipients, names } = resolveTarget(report, target);
    const who = [...names].join(", ");
    const issueRecipient = [...recipients].sort()[0] ?? target;
    const removed = (recipient) => recipients.has((0,access_names/* canonical */.$N)(recipient));
    const changes = [];
    const configFile = (0,sops_config/* locateSopsConfig */.ah)(root);
    if (configFile) {
        const text = (0,external_node_fs_.readFileSync)(configFile, "utf8");
        const relative = external_node_path_default().relative(root, configFile);
        const removal = removeFromSopsConfig(text, removed, relative, who);
        if (removal.rules.length > 0)
            changes.push({
                file: configFile,
                content: removal.text,
                mode: (0,external_node_fs_.lstatSync)(configFile).mode & 0o777,
                says: `${relative}: ${who} removed from creation rule${removal.rules.length === 1 ? "" : "s"} ${removal.rules.map((rule) => rule + 1).join(", ")}`,
            });
    }
    // Every file the recipient can open now: named in its key groups, or holding the data key from an
    // earlier revision (updatekeys keeps the data key).
    const opens = (candidate) => candidate.recipients.some(removed) || candidate.holders.some((name) => names.has(name));
    for (const file of report.files.filter(opens)) {
        const absolute = external_node_path_default().join(root, file.path);
        if (!(0,external_node_fs_.existsSync)(absolute))
            continue;
        if (!(0,external_node_fs_.lstatSync)(absolute).isFile())
            throw new errors/* ConfigurationError */.j1(`${file.path}: not a regular file (a link?): offboarding rewrites files, never through links; nothing was changed`);
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        let content;
        try {
            content = await (0,engine/* rotateDataKey */.hY)(bytes, {
                format: (0,formats/* detectEncryptedFormat */.X$)(file.path, bytes),
                identities: keys,
                keep: (recipient) => !removed(recipient),
            });
        }
        catch (error) {
            const why = error instanceof sops_errors/* SopsError */.gb && error.code === "NO_MATCHING_KEY"
                ? "no key at hand opens it (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or keys.txt): offboarding needs a key that opens every file"
                : (0,errors/* describeUnknown */.Ee)(error);
            throw new errors/* ConfigurationError */.j1(`${file.path}: cannot be re-encrypted without ${who}: ${why}; nothing was changed`);
        }
        const remaining = file.readers.alone.filter((name) => !names.has(name));
        changes.push({
            file: absolute,
            content,
            mode: (0,external_node_fs_.lstatSync)(absolute).mode & 0o777,
            says: `${file.path}: a new data key, every value encrypted again, for ${remaining.join(", ") || "the remaining key groups"}`,
        });
    }
    const live = report.exposures.filter((exposure) => names.has(exposure.name) && exposure.stillLive !== false);
    const lines = [
        `offboard ${who} (${[...recipients].map((recipient) => `${(0,access_names/* shortRecipient */.GC)(recipient)}…`).join(", ")}):`,
        ...(changes.length > 0
            ? changes.map((change) => `  ${change.says}`)
            : ["  nothing at HEAD names these recipients"]),
        "",
        `Values ${who} could read that are still in use (${live.length}): rotate them at their provider`,
        ...live.map((exposure) => `  ${describeExposure(exposure)}`),
        ...(unopened > 0
            ? [
                `  (${unopened} revisions could not be opened with the key at hand or read: for them, what a name could read is judged by the recipients alone)`,
            ]
            : []),
    ];
    io.stdout(`${lines.map(common_escape/* forLogLine */.kz).join("\n")}\n`);
    if (values["dry-run"]) {
        io.stderr("secrets-actions offboard: dry run, nothing written\n");
        return 0;
    }
    (0,transaction/* applyChanges */.Y)(changes, root);
    io.stderr(`secrets-actions offboard: ${changes.length} files written\n`);
    if (repository !== undefined && token !== undefined) {
        const client = (0,github_client/* cliGitHubClient */.vZ)({
            token,
            command: "secrets-actions offboard",
            concurrency: 1,
            stderr: io.stderr,
        });
        const serverUrl = (io.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
        const whoMarkdown = [...names].map(inventory_escape/* markdownCode */.D9).join(", ");
        const entries = live
            .filter((exposure) => exposure.stillLive === true)
            .map((exposure) => offboardEntry(exposure, whoMarkdown, issueRecipient, repository));
        const results = await applyExistingIssues(client, repository, rotate_reminder/* ROTATE_REMINDER */.v.inputs.label.default, entries, {
            repositoryUrl: `${serverUrl}/${repository}`,
            covers: (id) => id.startsWith(`offboard:${issueRecipient}:`),
            closing: "The value changed after the offboarding: rotated. Closing.",
        });
        for (const result of results)
            io.stdout(`${(0,common_escape/* forLogLine */.kz)(`  issue #${result.number} ${result.action}: ${result.id}`)}\n`);
    }
    return 0;
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


/***/ })

};
;
//# sourceMappingURL=118.index.js.map