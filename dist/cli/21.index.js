"use strict";
exports.id = 21;
exports.ids = [21];
exports.modules = {

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inventoryCommand: () => (/* binding */ inventoryCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/common/escape.ts
var common_escape = __webpack_require__(3167);
// EXTERNAL MODULE: ./actions/lib/access/names.ts
var names = __webpack_require__(4109);
// EXTERNAL MODULE: ./actions/common/safe-write.ts
var safe_write = __webpack_require__(6779);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/inventory/escape.ts
var inventory_escape = __webpack_require__(2090);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/lib/inventory/format.ts
function placeText(place, escape) {
    const where = place.source === "sops"
        ? [place.file, place.key]
            .filter((part) => part !== null)
            .map(escape)
            .join(" ")
        : `GitHub ${place.scope ?? "repository"}${place.environment === null ? "" : ` ${escape(place.environment)}`}`;
    return `${escape(place.repository)}: ${where}`;
}
function ageText(days, exact) {
    return `${exact ? "" : "≤"}${days}`;
}
/** The report's first sentence: counts only, no text from a repository. */
function totalsText({ totals }) {
    const adoption = [
        `${totals.adopted} adopted`,
        `${totals.partly_adopted} partly adopted`,
        `${totals.not_adopted} not adopted`,
        ...(totals.unread > 0 ? [`${totals.unread} unread`] : []),
    ];
    return (`${totals.repositories} repositories (${adoption.join(", ")}), ` +
        `${totals.names} secret names in ${totals.places} places: ${totals.overdue} overdue, ${totals.due_soon} due soon; ` +
        `${totals.different_values} with different values, ${totals.same_value} with the same value in every place with a digest. ` +
        `Verify: ${totals.verify.errors} errors, ${totals.verify.warnings} warnings, ${totals.verify.notes} notes.`);
}

;// CONCATENATED MODULE: ./actions/lib/inventory/html.ts
/**
 * The merged inventory as one self-contained HTML file: plain tables that read without JavaScript,
 * sortable by a click on a column's title with it. Nothing is fetched: the style and the script are
 * inline, and a Content-Security-Policy allows exactly those two (by their SHA-256) and nothing else —
 * no other script, style, image, font, frame, form target or connection, and Trusted Types with no
 * policy, so no code can turn a string into HTML. Every string from a repository is escaped as text
 * (`htmlText`); the script moves existing rows and reads cell text, and never parses or inserts markup.
 */



const REPOSITORY_COLUMNS = [
    { title: "Repository" },
    { title: "Adoption" },
    { title: "Secrets", numeric: true },
    { title: "SOPS", numeric: true },
    { title: "GitHub", numeric: true },
    { title: "Overdue", numeric: true },
    { title: "Due soon", numeric: true },
    { title: "Verify errors", numeric: true },
    { title: "Verify warnings", numeric: true },
    { title: "Verify notes", numeric: true },
    { title: "History errors", numeric: true },
    { title: "History warnings", numeric: true },
    { title: "Recipients", numeric: true },
    { title: "Commit" },
    { title: "Generated" },
    { title: "Only in GitHub" },
    { title: "Problems" },
];
const SECRET_COLUMNS = [
    { title: "Name" },
    { title: "Places", numeric: true },
    { title: "Repositories", numeric: true },
    { title: "Values" },
    { title: "Status" },
    { title: "Oldest (days)", numeric: true },
    { title: "Readers" },
    { title: "Where (age in days, status, value)" },
];
const RULE_COLUMNS = [
    { title: "Rule" },
    { title: "Repositories", numeric: true },
    { title: "Tree", numeric: true },
    { title: "History", numeric: true },
];
/** Numbers right-aligned by column position: no attribute on each of thousands of cells. */
const numericCells = (id, columns) => columns.flatMap((column, index) => (column.numeric ? [`#${id} td:nth-child(${index + 1})`] : [])).join(",");
const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:.3rem 0;color:#59636e}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;position:sticky;top:0}
th.n,${numericCells("repositories", REPOSITORY_COLUMNS)},${numericCells("secrets", SECRET_COLUMNS)},${numericCells("rules", RULE_COLUMNS)}{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;color:inherit;text-align:inherit;border:0;background:none;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td:last-child{min-width:16rem}
ul{margin:0;padding-left:1.1rem}
.overdue,.different{color:#cf222e;font-weight:600}
.due-soon{color:#9a6700;font-weight:600}
`;
/**
 * Click a column's title to sort by it (again: the other way). Rows are compared by their cells' text
 * (as numbers in columns marked data-type="number"), ties keep their order; rows are moved, never
 * rebuilt.
 */
const SCRIPT = `
"use strict";
(function () {
  function sortKey(cell, numeric) {
    var content = cell ? cell.textContent || "" : "";
    if (!numeric) return content;
    var number = parseFloat(content.replace(/[^0-9.-]/g, ""));
    return isNaN(number) ? -Infinity : number;
  }
  function sortBy(table, header, column) {
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var titles = table.tHead.rows[0].cells;
    for (var i = 0; i < titles.length; i++) titles[i].removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = [];
    for (var r = 0; r < body.rows.length; r++) {
      rows.push({ row: body.rows[r], index: r, key: sortKey(body.rows[r].cells[column], numeric) });
    }
    rows.sort(function (a, b) {
      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (ascending ? order : -order) || a.index - b.index;
    });
    for (var k = 0; k < rows.length; k++) body.appendChild(rows[k].row);
  }
  var tables = document.querySelectorAll("table[data-sortable]");
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var titles = table.tHead.rows[0].cells;
      for (var c = 0; c < titles.length; c++) {
        (function (header, column) {
          var button = document.createElement("button");
          button.type = "button";
          while (header.firstChild) button.appendChild(header.firstChild);
          header.appendChild(button);
          button.addEventListener("click", function () {
            sortBy(table, header, column);
          });
        })(titles[c], c);
      }
    })(tables[t]);
  }
})();
`;
const sha256 = (content) => `'sha256-${(0,external_node_crypto_.createHash)("sha256").update(content, "utf8").digest("base64")}'`;
/** The page's policy: the inline style and script above, nothing else of any kind. */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
].join("; ");
/** A sortable table; cells are HTML already escaped by the caller. */
function table(id, caption, columns, rows) {
    const head = columns
        .map((column) => column.numeric
        ? `<th scope="col" class="n" data-type="number">${column.title}</th>`
        : `<th scope="col">${column.title}</th>`)
        .join("");
    // End tags of cells and list items are left out, as HTML allows (a tenth of the size at 500
    // repositories); a row's end tag closes its last cell before the line break.
    const body = rows.map((cells) => `<tr><td>${cells.join("<td>")}</tr>`).join("\n");
    return `<table id="${id}" data-sortable><caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
const list = (items) => (items.length === 0 ? "" : `<ul><li>${items.join("<li>")}</ul>`);
const counts = (verify, pick) => verify === null ? "—" : String(verify[pick]);
function repositoriesTable(merged) {
    return table("repositories", `${merged.repositories.length} repositories`, REPOSITORY_COLUMNS, merged.repositories.map((repository) => [
        (0,inventory_escape/* htmlText */.js)(repository.repository),
        (0,inventory_escape/* htmlText */.js)(repository.adoption),
        String(repository.secrets),
        String(repository.sops),
        String(repository.github),
        String(repository.overdue),
        String(repository.due_soon),
        counts(repository.verify.tree, "errors"),
        counts(repository.verify.tree, "warnings"),
        counts(repository.verify.tree, "notes"),
        counts(repository.verify.history, "errors"),
        counts(repository.verify.history, "warnings"),
        String(repository.recipients.length),
        (0,inventory_escape/* htmlText */.js)((repository.commit ?? "").slice(0, 12)),
        (0,inventory_escape/* htmlText */.js)(repository.generated_at),
        (0,inventory_escape/* htmlText */.js)(repository.github_only.join(", ")),
        list(repository.problems.map(inventory_escape/* htmlText */.js)),
    ]));
}
function secretsTable(merged) {
    return table("secrets", `${merged.secrets.length} secret names`, SECRET_COLUMNS, merged.secrets.map((secret) => [
        (0,inventory_escape/* htmlText */.js)(secret.name),
        String(secret.places.length),
        String(secret.repositories.length),
        secret.values === "different values"
            ? `<span class="different">${secret.values}</span>`
            : secret.values,
        secret.status === "ok" ? "ok" : `<span class="${secret.status}">${secret.status}</span>`,
        ageText(secret.oldest_age_days, secret.oldest_exact),
        (0,inventory_escape/* htmlText */.js)(secret.readers.join(", ")),
        list(secret.places.map((place) => `${placeText(place, inventory_escape/* htmlText */.js)} — ${ageText(place.age_days, place.exact)}, ${place.status}${place.value === null ? "" : `, value ${place.value}`}`)),
    ]));
}
function rulesTable(merged) {
    return table("rules", `verify findings by rule (errors and warnings)`, RULE_COLUMNS, merged.rules.map((rule) => [
        (0,inventory_escape/* htmlText */.js)(rule.rule),
        String(rule.repositories),
        String(rule.tree),
        String(rule.history),
    ]));
}
/** The whole page. */
function renderHtml(merged) {
    const skipped = merged.inputs.skipped.map((entry) => `${(0,inventory_escape/* htmlText */.js)(entry.file)}: ${(0,inventory_escape/* htmlText */.js)(entry.reason)}`);
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Secrets inventory</title>",
        `<style>${STYLE}</style>`,
        "</head>",
        "<body>",
        "<h1>Secrets inventory</h1>",
        `<p>${totalsText(merged)} ` +
            "Values are compared by keyed digests only; none is in this file. With JavaScript, a click on a column's title sorts the table.</p>",
        ...(skipped.length > 0 ? ["<h2>Inputs skipped</h2>", list(skipped)] : []),
        "<h2>Repositories</h2>",
        repositoriesTable(merged),
        "<h2>Secrets</h2>",
        secretsTable(merged),
        ...(merged.rules.length > 0 ? ["<h2>Verify findings by rule</h2>", rulesTable(merged)] : []),
        `<script>${SCRIPT}</script>`,
        "</body>",
        "</html>",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./actions/lib/inventory/markdown.ts
/**
 * The merged inventory as GitHub Markdown, for a job summary or an issue body: totals, the inputs that
 * were skipped, one row per repository, one row per secret name, verify findings per rule, problems.
 * Every string from a repository goes through `markdownCode`. The text stays within `limit` characters
 * (GitHub refuses an issue body over 65,536): rows that do not fit are left out and a note says how
 * many were shown and where the full report is.
 */


/** GitHub's limit for an issue or comment body, in characters. */
const ISSUE_BODY_LIMIT = 65_536;
const DEFAULT_HINT = "The full report is in the HTML and JSON files of `secrets-actions inventory merge --html FILE --json FILE`: upload them as a workflow artifact and link it here.";
const cell = (text) => text.replace(/\n/g, " ");
const row = (cells) => `| ${cells.map((item) => cell(String(item))).join(" | ")} |`;
const header = (titles, numeric = []) => [
    row(titles),
    `|${titles.map((_, index) => (numeric[index] ? " ---: " : " --- ")).join("|")}|`,
];
function capped(items, show, limit, what) {
    const shown = items.slice(0, limit).map(show);
    if (items.length > limit)
        shown.push(`and ${items.length - limit} more ${what}`);
    return shown.join("<br>");
}
/** 65536 → "65,536", the same under every locale. */
const thousands = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function placeSummary(place) {
    const value = place.value === null ? "" : `, value ${place.value}`;
    return `${placeText(place, inventory_escape/* markdownCode */.D9)} (${ageText(place.age_days, place.exact)} d, ${place.status}${value})`;
}
function verifyText(counts) {
    return counts === null ? "—" : `${counts.errors} / ${counts.warnings} / ${counts.notes}`;
}
/** Rows rendered when first asked for: a report of 10,000 names shows a few hundred of them. */
class Rows {
    count;
    make;
    cache = [];
    constructor(count, make) {
        this.count = count;
        this.make = make;
    }
    get(index) {
        return (this.cache[index] ??= this.make(index));
    }
}
const rowsOf = (items, make) => new Rows(items.length, (index) => make(items[index]));
function sections(merged, perCell) {
    const repositories = {
        what: "repositories",
        heading: [
            "## Repositories",
            "",
            ...header([
                "Repository",
                "Adoption",
                "Secrets",
                "SOPS",
                "GitHub",
                "Overdue",
                "Due soon",
                "Verify (errors / warnings / notes)",
                "History",
                "Problems",
            ], [false, false, true, true, true, true, true, false, false, true]),
        ],
        rows: rowsOf(merged.repositories, (repository) => row([
            (0,inventory_escape/* markdownCode */.D9)(repository.repository),
            repository.adoption === "partly adopted"
                ? `partly adopted: ${repository.github_only.length} only in GitHub`
                : repository.adoption,
            repository.secrets,
            repository.sops,
            repository.github,
            repository.overdue,
            repository.due_soon,
            verifyText(repository.verify.tree),
            verifyText(repository.verify.history),
            repository.problems.length,
        ])),
    };
    const secrets = {
        what: "secret names",
        heading: [
            "## Secrets",
            "",
            ...header(["Name", "Places", "Readers", "Oldest (days)", "Status", "Values"], [false, false, false, true]),
        ],
        rows: rowsOf(merged.secrets, (secret) => row([
            (0,inventory_escape/* markdownCode */.D9)(secret.name),
            capped(secret.places, placeSummary, perCell, "places"),
            secret.readers.length === 0 ? "—" : capped(secret.readers, inventory_escape/* markdownCode */.D9, perCell, "readers"),
            ageText(secret.oldest_age_days, secret.oldest_exact),
            secret.status,
            secret.values,
        ])),
    };
    const rules = {
        what: "rules",
        heading: [
            "## Verify findings by rule",
            "",
            ...header(["Rule", "Repositories", "Tree", "History"], [false, true, true, true]),
        ],
        rows: rowsOf(merged.rules, (rule) => row([(0,inventory_escape/* markdownCode */.D9)(rule.rule), rule.repositories, rule.tree, rule.history])),
    };
    const problems = {
        what: "problems",
        heading: ["## Problems", ""],
        rows: rowsOf(merged.repositories.flatMap((repository) => repository.problems.map((problem) => ({ repository: repository.repository, problem }))), ({ repository, problem }) => `- ${(0,inventory_escape/* markdownCode */.D9)(repository)}: ${(0,inventory_escape/* markdownCode */.D9)(problem)}`),
    };
    const skipped = {
        what: "skipped inputs",
        heading: ["## Inputs skipped", ""],
        rows: rowsOf(merged.inputs.skipped, (entry) => `- ${(0,inventory_escape/* markdownCode */.D9)(entry.file)}: ${(0,inventory_escape/* markdownCode */.D9)(entry.reason)}`),
    };
    const summary = [totalsText(merged)];
    return [
        { what: "summary", heading: ["# Secrets inventory", ""], rows: rowsOf(summary, (line) => line) },
        skipped,
        repositories,
        secrets,
        rules,
        problems,
    ].filter((section) => section.rows.count > 0);
}
/** The report in Markdown, never longer than `limit` characters. */
function renderMarkdown(merged, options = {}) {
    const limit = options.limit ?? ISSUE_BODY_LIMIT;
    const hint = options.artifactHint ?? DEFAULT_HINT;
    const all = sections(merged, options.perCell ?? 8);
    const note = (shown) => `\n> **Truncated** to stay within GitHub's limit of ${thousands(ISSUE_BODY_LIMIT)} characters on an issue body: shown ${shown.join(", ")}.\n> ${hint}\n`;
    // Room for the note, at its longest: every count as large as the total.
    const reserve = note(all.map((section) => `${section.rows.count} of ${section.rows.count} ${section.what}`)).length;
    const size = (lines) => lines.reduce((total, line) => total + line.length + 1, 0);
    // Whether everything fits: rows are rendered only until it is clear that it does not.
    let everything = 0;
    for (const section of all) {
        everything += size(section.heading) + 1;
        for (let index = 0; index < section.rows.count && everything <= limit; index++)
            everything += section.rows.get(index).length + 1;
        if (everything > limit)
            break;
    }
    const budget = everything <= limit ? limit : limit - reserve;
    const out = [];
    let used = 0;
    const fits = (lines) => used + size(lines) <= budget;
    const push = (lines) => {
        out.push(...lines);
        used += size(lines);
    };
    const shown = [];
    let truncated = false;
    for (const section of all) {
        let count = 0;
        if (!truncated && fits([...section.heading, section.rows.get(0)])) {
            push(section.heading);
            while (count < section.rows.count && fits([section.rows.get(count)]))
                push([section.rows.get(count++)]);
            push([""]);
        }
        if (count < section.rows.count)
            truncated = true;
        if (section.what !== "summary")
            shown.push(`${count} of ${section.rows.count} ${section.what}`);
    }
    const text = out.join("\n");
    return truncated ? `${text}${note(shown)}` : text;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/schema.ts
/**
 * The inventory of one repository, as `secrets-actions inventory --json` writes it and `inventory merge`
 * reads it: every secret's name, where it lives, who can read it, how old it is — never a value. Values
 * appear only as keyed digests (HMAC-SHA256 with the key the whole organisation's run shares), so that
 * the merge can tell whether two places hold the same value without learning it.
 */
const INVENTORY_SCHEMA = "secrets-actions/inventory@1";
/** The inventory of a repository that could not be read: a row that says why, and nothing else. */
function unreadInventory(repository, reason, generatedAt) {
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: null,
        generated_at: generatedAt,
        adopted: false,
        recipients: [],
        secrets: [],
        verify: { tree: { errors: 0, warnings: 0, notes: 0, by_rule: {} }, history: null },
        problems: [],
        unread: reason,
    };
}

// EXTERNAL MODULE: ./actions/lib/repository-name.ts
var repository_name = __webpack_require__(2210);
;// CONCATENATED MODULE: ./actions/lib/inventory/validate.ts
/**
 * Reading one repository's inventory JSON (schema.ts) from untrusted text: every field the schema
 * declares is checked (type, enum, date, digest and commit shapes), fields it does not declare are
 * ignored and not carried on. A file that fails is not an error of the merge: the caller names it and
 * skips it.
 */



class Invalid extends Error {
}
const SOURCES = ["sops", "github"];
const SCOPES = ["repository", "environment", "organization", "dependabot"];
const STATES = ["ok", "due-soon", "overdue"];
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DIGEST = /^[0-9a-f]{64}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** What a value is, for a message: its type, or a short quote of a string (escaped, cut). */
function describe(value) {
    if (value === undefined)
        return "nothing (the field is missing)";
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return (0,errors/* printable */.g$)(JSON.stringify(value), 40);
    if (typeof value === "object")
        return "an object";
    return typeof value === "number" ? String(value) : typeof value;
}
function fail(where, expected, value) {
    throw new Invalid(`${where}: expected ${expected}, found ${describe(value)}`);
}
function object(value, where) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        fail(where, "an object", value);
    return value;
}
function array(value, where) {
    if (!Array.isArray(value))
        fail(where, "an array", value);
    return value;
}
function string(value, where, { empty = false } = {}) {
    if (typeof value !== "string")
        fail(where, "a string", value);
    if (!empty && value === "")
        fail(where, "a non-empty string", value);
    return value;
}
function strings(value, where) {
    return array(value, where).map((item, index) => string(item, `${where}[${index}]`));
}
function count(value, where) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        fail(where, "a whole number of 0 or more", value);
    return value;
}
function validate_boolean(value, where) {
    if (typeof value !== "boolean")
        fail(where, "true or false", value);
    return value;
}
function oneOf(value, allowed, where) {
    if (typeof value !== "string" || !allowed.includes(value))
        fail(where, allowed.map((item) => JSON.stringify(item)).join(" or "), value);
    return value;
}
function date(value, where) {
    if (typeof value !== "string" || !DATE.test(value) || Number.isNaN(Date.parse(value)))
        fail(where, "an ISO 8601 date (2026-01-31T12:00:00Z)", value);
    return value;
}
function commit(value, where) {
    if (typeof value !== "string" || !COMMIT.test(value))
        fail(where, "a full commit hash", value);
    return value.toLowerCase();
}
/** An optional field: absent (or undefined) stays absent; present, it must be valid. */
function optional(json, key, where, read) {
    return json[key] === undefined ? undefined : read(json[key], `${where}.${key}`);
}
function verifyCounts(value, where) {
    const json = object(value, where);
    const rules = object(json.by_rule, `${where}.by_rule`);
    // No prototype: a rule id "__proto__" from a file is a key like any other.
    const byRule = Object.create(null);
    for (const [rule, found] of Object.entries(rules)) {
        if (rule === "")
            fail(`${where}.by_rule`, "rule ids that are not empty", rule);
        byRule[rule] = count(found, `${where}.by_rule[${(0,errors/* printable */.g$)(JSON.stringify(rule), 40)}]`);
    }
    return {
        errors: count(json.errors, `${where}.errors`),
        warnings: count(json.warnings, `${where}.warnings`),
        notes: count(json.notes, `${where}.notes`),
        by_rule: byRule,
    };
}
function secret(value, where) {
    const json = object(value, where);
    const digest = json.digest;
    if (digest !== null && (typeof digest !== "string" || !DIGEST.test(digest)))
        fail(`${where}.digest`, "null or 64 hexadecimal digits (HMAC-SHA256)", digest);
    const result = {
        name: string(json.name, `${where}.name`),
        source: oneOf(json.source, SOURCES, `${where}.source`),
        last_changed: date(json.last_changed, `${where}.last_changed`),
        age_days: count(json.age_days, `${where}.age_days`),
        exact: validate_boolean(json.exact, `${where}.exact`),
        max_age_days: count(json.max_age_days, `${where}.max_age_days`),
        status: oneOf(json.status, STATES, `${where}.status`),
        digest: digest === null ? null : digest.toLowerCase(),
    };
    const file = optional(json, "file", where, string);
    const key = optional(json, "key", where, string);
    const scope = optional(json, "scope", where, (item, at) => oneOf(item, SCOPES, at));
    const environment = optional(json, "environment", where, string);
    const readers = optional(json, "readers", where, strings);
    const at = optional(json, "commit", where, commit);
    if (file !== undefined)
        result.file = file;
    if (key !== undefined)
        result.key = key;
    if (scope !== undefined)
        result.scope = scope;
    if (environment !== undefined)
        result.environment = environment;
    if (readers !== undefined)
        result.readers = readers;
    if (at !== undefined)
        result.commit = at;
    return result;
}
function inventory(value) {
    const json = object(value, "the document");
    if (json.schema !== INVENTORY_SCHEMA)
        fail("schema", JSON.stringify(INVENTORY_SCHEMA), json.schema);
    const repository = string(json.repository, "repository");
    if (!(0,repository_name/* isRepositoryName */.e)(repository))
        fail("repository", "OWNER/NAME", repository);
    const verify = object(json.verify, "verify");
    const unread = json.unread === undefined ? undefined : string(json.unread, "unread");
    // A repository that was not read has nothing read to report: secrets would be merged as if it had.
    if (unread !== undefined && Array.isArray(json.secrets) && json.secrets.length > 0)
        fail("secrets", "none in an unread repository's inventory", json.secrets);
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: json.commit === null ? null : commit(json.commit, "commit"),
        generated_at: date(json.generated_at, "generated_at"),
        adopted: validate_boolean(json.adopted, "adopted"),
        recipients: array(json.recipients, "recipients").map((item, index) => {
            const entry = object(item, `recipients[${index}]`);
            return {
                name: string(entry.name, `recipients[${index}].name`),
                recipients: strings(entry.recipients, `recipients[${index}].recipients`),
            };
        }),
        secrets: array(json.secrets, "secrets").map((item, index) => secret(item, `secrets[${index}]`)),
        verify: {
            tree: verifyCounts(verify.tree, "verify.tree"),
            history: verify.history === null ? null : verifyCounts(verify.history, "verify.history"),
        },
        problems: array(json.problems, "problems").map((item, index) => string(item, `problems[${index}]`, { empty: true })),
        ...(unread === undefined ? {} : { unread }),
    };
}
/** One inventory from the text of a file: the checked inventory, or why it is not one (one line). */
function parseInventory(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, reason: `not JSON (${(0,errors/* printable */.g$)(error instanceof Error ? error.message : "", 80)})` };
    }
    try {
        return { ok: true, inventory: inventory(value) };
    }
    catch (error) {
        if (error instanceof Invalid)
            return { ok: false, reason: `not a ${INVENTORY_SCHEMA} file: ${error.message}` };
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/inventory/merge.ts
/**
 * Many repositories' inventories (schema.ts) merged into one organisation report: one entry per secret
 * name with every place it lives (a SOPS file and key, or a GitHub scope), its readers, ages and
 * statuses, and whether the places hold the same value — told by their keyed digests only, which are
 * compared and never copied into the report; one entry per repository (adoption, counts, verify counts,
 * problems); verify findings per rule across the organisation. Inputs that are not inventories are
 * named and skipped, never fatal. Every list is sorted by code units, so the same inputs give the same
 * report on any machine, in any order.
 */


const MERGED_SCHEMA = "secrets-actions/inventory-merge@1";
/** Code-unit order: the same on every machine, whatever its locale. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY = { ok: 0, "due-soon": 1, overdue: 2 };
const SOURCE_ORDER = { sops: 0, github: 1 };
function comparePlaces(a, b) {
    return (byCodeUnits(a.repository, b.repository) ||
        SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
        byCodeUnits(a.file ?? "", b.file ?? "") ||
        byCodeUnits(a.key ?? "", b.key ?? "") ||
        byCodeUnits(a.scope ?? "", b.scope ?? "") ||
        byCodeUnits(a.environment ?? "", b.environment ?? ""));
}
const sortedUnique = (items) => [...new Set(items)].sort(byCodeUnits);
/**
 * The Actions secret that holds CI's age identity (`SOPS_AGE_KEY`, or `SOPS_AGE_KEY_<SUFFIX>` for one key
 * per environment) lives in GitHub by design, since it opens the SOPS files: it does not make an
 * adopted repository a partly adopted one.
 */
const isAgeKeySecret = (name) => /^SOPS_AGE_KEY(?:_\w+)?$/.test(name);
/** The inventories to merge: one per repository (the one generated last), the others skipped. */
function readInputs(inputs) {
    const skipped = [];
    const chosen = new Map();
    for (const input of inputs) {
        if ("error" in input) {
            skipped.push({ file: input.file, reason: input.error });
            continue;
        }
        const parsed = parseInventory(input.text);
        if (!parsed.ok) {
            skipped.push({ file: input.file, reason: parsed.reason });
            continue;
        }
        const { inventory } = parsed;
        const earlier = chosen.get(inventory.repository);
        if (!earlier) {
            chosen.set(inventory.repository, { file: input.file, inventory });
            continue;
        }
        // The one generated later; at the same time, the file whose name sorts first: never the order given.
        const time = Date.parse(inventory.generated_at) - Date.parse(earlier.inventory.generated_at);
        const later = time > 0 || (time === 0 && byCodeUnits(input.file, earlier.file) < 0);
        const [kept, dropped] = later ? [input.file, earlier.file] : [earlier.file, input.file];
        skipped.push({
            file: dropped,
            reason: `${inventory.repository} is also in ${kept}, ${time === 0 ? "generated at the same time (the first file name is kept)" : "generated later (it is kept)"}`,
        });
        if (later)
            chosen.set(inventory.repository, { file: input.file, inventory });
    }
    const read = [...chosen.values()].sort((a, b) => byCodeUnits(a.inventory.repository, b.inventory.repository));
    return { read, skipped };
}
function repositorySummary(file, inventory) {
    const inSops = new Set();
    const inGitHub = new Set();
    let overdue = 0;
    let dueSoon = 0;
    for (const secret of inventory.secrets) {
        // An organisation secret is the organisation's, visible to many repositories: not this one's choice.
        if (secret.source === "sops")
            inSops.add(secret.name);
        else if (secret.scope !== "organization")
            inGitHub.add(secret.name);
        if (secret.status === "overdue")
            overdue++;
        else if (secret.status === "due-soon")
            dueSoon++;
    }
    const githubOnly = [...inGitHub]
        .filter((name) => !inSops.has(name) && !isAgeKeySecret(name))
        .sort(byCodeUnits);
    return {
        repository: inventory.repository,
        input: file,
        commit: inventory.commit,
        generated_at: inventory.generated_at,
        adopted: inventory.adopted,
        adoption: inventory.unread !== undefined
            ? "unread"
            : !inventory.adopted
                ? "not adopted"
                : githubOnly.length > 0
                    ? "partly adopted"
                    : "adopted",
        secrets: inventory.secrets.length,
        sops: inventory.secrets.filter((secret) => secret.source === "sops").length,
        github: inventory.secrets.filter((secret) => secret.source === "github").length,
        github_only: githubOnly,
        overdue,
        due_soon: dueSoon,
        recipients: inventory.recipients
            .map((entry) => ({ name: entry.name, recipients: [...entry.recipients].sort(byCodeUnits) }))
            .sort((a, b) => byCodeUnits(a.name, b.name)),
        verify: inventory.verify,
        unread: inventory.unread ?? null,
        problems: inventory.unread === undefined ? inventory.problems : [`not read: ${inventory.unread}`],
    };
}
function mergeName(name, found) {
    // Places and their digests sorted together; digests stay here and never reach the report.
    const pairs = [...found].sort((a, b) => comparePlaces(a.place, b.place));
    const sorted = pairs.map((pair) => pair.place);
    const groups = new Map();
    let withDigest = 0;
    for (const { place, digest } of pairs) {
        if (digest === null)
            continue;
        withDigest++;
        let group = groups.get(digest);
        if (group === undefined)
            groups.set(digest, (group = groups.size + 1));
        place.value = group;
    }
    let status = "ok";
    let oldest = -1;
    let oldestExact = true;
    for (const place of sorted) {
        if (SEVERITY[place.status] > SEVERITY[status])
            status = place.status;
        if (place.age_days > oldest) {
            oldest = place.age_days;
            oldestExact = place.exact;
        }
        else if (place.age_days === oldest && !place.exact)
            oldestExact = false;
    }
    return {
        name,
        values: withDigest < 2 ? "unknown" : groups.size === 1 ? "same value" : "different values",
        status,
        oldest_age_days: Math.max(oldest, 0),
        oldest_exact: oldestExact,
        repositories: sortedUnique(sorted.map((place) => place.repository)),
        readers: sortedUnique(sorted.flatMap((place) => place.readers)),
        places: sorted,
    };
}
function ruleTotals(repositories) {
    const totals = new Map();
    const total = (rule) => {
        let entry = totals.get(rule);
        if (!entry)
            totals.set(rule, (entry = { rule, repositories: 0, tree: 0, history: 0 }));
        return entry;
    };
    for (const repository of repositories) {
        const seen = new Set();
        for (const [rule, found] of Object.entries(repository.verify.tree.by_rule)) {
            total(rule).tree += found;
            seen.add(rule);
        }
        for (const [rule, found] of Object.entries(repository.verify.history?.by_rule ?? {})) {
            total(rule).history += found;
            seen.add(rule);
        }
        for (const rule of seen)
            total(rule).repositories++;
    }
    return [...totals.values()].sort((a, b) => b.tree - a.tree || b.history - a.history || byCodeUnits(a.rule, b.rule));
}
/** Why an expected repository has no row of its own. */
const NO_INVENTORY_ARRIVED = "no inventory of it arrived: the App installation cannot see it, or its matrix job failed or was cancelled (see the workflow run)";
/**
 * The organisation's report from the inputs, and one warning per input that was skipped (the file,
 * then why): a file that is not JSON, not this schema, invalid in a field, or a repository already read.
 */
function mergeInventories(inputs, options = { expected: [], now: "" }) {
    const { read, skipped } = readInputs(inputs);
    // GitHub's names are not case-sensitive: `Juniper/Data` planned is `juniper/data` read.
    const arrived = new Set(read.map(({ inventory }) => inventory.repository.toLowerCase()));
    const missing = sortedUnique(options.expected).filter((repository) => !arrived.has(repository.toLowerCase()));
    const repositories = [
        ...read.map(({ file, inventory }) => repositorySummary(file, inventory)),
        ...missing.map((repository) => repositorySummary(null, unreadInventory(repository, NO_INVENTORY_ARRIVED, options.now))),
    ].sort((a, b) => byCodeUnits(a.repository, b.repository));
    const byName = new Map();
    for (const { inventory } of read) {
        for (const secret of inventory.secrets) {
            let entry = byName.get(secret.name);
            if (!entry)
                byName.set(secret.name, (entry = []));
            const place = {
                repository: inventory.repository,
                source: secret.source,
                file: secret.file ?? null,
                key: secret.key ?? null,
                scope: secret.scope ?? null,
                environment: secret.environment ?? null,
                readers: sortedUnique(secret.readers ?? []),
                last_changed: secret.last_changed,
                commit: secret.commit ?? null,
                age_days: secret.age_days,
                exact: secret.exact,
                max_age_days: secret.max_age_days,
                status: secret.status,
                value: null,
            };
            entry.push({ place, digest: secret.digest });
        }
    }
    const secrets = [...byName]
        .sort(([a], [b]) => byCodeUnits(a, b))
        .map(([name, found]) => mergeName(name, found));
    const sum = (pick) => repositories.reduce((total, repository) => total + pick(repository.verify.tree), 0);
    const merged = {
        schema: MERGED_SCHEMA,
        inputs: { read: read.length, skipped },
        totals: {
            repositories: repositories.length,
            adopted: repositories.filter((repository) => repository.adoption === "adopted").length,
            partly_adopted: repositories.filter((repository) => repository.adoption === "partly adopted").length,
            not_adopted: repositories.filter((repository) => repository.adoption === "not adopted").length,
            unread: repositories.filter((repository) => repository.adoption === "unread").length,
            names: secrets.length,
            places: secrets.reduce((total, secret) => total + secret.places.length, 0),
            overdue: secrets.filter((secret) => secret.status === "overdue").length,
            due_soon: secrets.filter((secret) => secret.status === "due-soon").length,
            same_value: secrets.filter((secret) => secret.values === "same value").length,
            different_values: secrets.filter((secret) => secret.values === "different values").length,
            verify: {
                errors: sum((counts) => counts.errors),
                warnings: sum((counts) => counts.warnings),
                notes: sum((counts) => counts.notes),
            },
        },
        repositories,
        secrets,
        rules: ruleTotals(repositories),
    };
    return { merged, warnings: skipped.map((entry) => `${entry.file}: skipped: ${entry.reason}`) };
}
/** The JSON output: the merged object as it is typed above, indented, one trailing newline. */
function renderJson(merged) {
    return `${JSON.stringify(merged, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./actions/lib/inventory/plan.ts
/**
 * How an organisation's inventory is spread over a GitHub Actions matrix: repositories in chunks, so
 * that 500 repositories fit the 256-job limit of a matrix with room to spare, each chunk one job.
 */

/** GitHub runs at most 256 jobs from one matrix. */
const MATRIX_LIMIT = 256;
/** `owner/name` entries of a list written one per line or comma-separated; duplicates dropped, order kept. */
function parseRepositoryList(text) {
    const seen = new Set();
    for (const item of text.split(/[\s,]+/)) {
        const name = item.trim();
        if (name !== "")
            seen.add(name);
    }
    return [...seen];
}
function planChunks(repositories, perJob) {
    // Code-unit order, not the locale's: the same chunks on every runner.
    const sorted = [...new Set(repositories)].sort(byCodeUnits);
    // At least enough per job that the matrix stays under its limit.
    const size = Math.max(1, perJob, Math.ceil(sorted.length / MATRIX_LIMIT));
    const chunks = [];
    for (let start = 0; start < sorted.length; start += size) {
        const part = sorted.slice(start, start + size);
        chunks.push({
            chunk: chunks.length + 1,
            repositories: part.join(","),
            names: part.map((repository) => repository.slice(repository.indexOf("/") + 1)).join(","),
        });
    }
    return chunks;
}

// EXTERNAL MODULE: ./actions/cli/usage.ts
var usage = __webpack_require__(4704);
// EXTERNAL MODULE: ./actions/cli/github-client.ts
var github_client = __webpack_require__(1606);
// EXTERNAL MODULE: ./actions/common/github.ts
var github = __webpack_require__(8939);
// EXTERNAL MODULE: ./actions/common/labelled-issues.ts
var labelled_issues = __webpack_require__(6248);
;// CONCATENATED MODULE: ./actions/common/inventory-issue.ts
/**
 * The organisation's inventory as one issue of the central repository: found again by a hidden marker
 * and its label, updated in place, reopened if
 * someone closed it, never duplicated, and pinned so that it heads the issue list.
 */



const INVENTORY_MARKER = "<!-- secrets-actions:inventory -->";
const INVENTORY_LABEL = "secrets-inventory";
const INVENTORY_TITLE = "Secrets inventory";
/**
 * Writes the report into the issue. `markdown(limit)` renders it in at most `limit` characters, so
 * that with the marker before it the body stays within GitHub's limit without being cut mid-row.
 */
async function publishInventoryIssue(client, repository, markdown) {
    const [owner = "", repo = ""] = repository.split("/");
    const body = `${INVENTORY_MARKER}\n${markdown(ISSUE_BODY_LIMIT - INVENTORY_MARKER.length - 1)}`;
    const issues = (await (0,labelled_issues/* labelledIssues */.k)(client, repository, INVENTORY_LABEL)).filter((issue) => issue.body.includes(INVENTORY_MARKER));
    // The open one if there is one, else the newest.
    const existing = issues.find((issue) => issue.state === "open") ?? [...issues].sort((a, b) => b.number - a.number)[0];
    let published;
    let nodeId;
    if (!existing) {
        await (0,labelled_issues/* ensureLabel */.z)(client, repository, {
            name: INVENTORY_LABEL,
            color: "0e8a16",
            description: "The organisation's secrets inventory",
        });
        const { data } = await client.rest.issues.create({
            owner,
            repo,
            title: INVENTORY_TITLE,
            body,
            labels: [INVENTORY_LABEL],
        });
        published = { number: data.number, action: "opened" };
        nodeId = data.node_id;
    }
    else {
        nodeId = existing.nodeId;
        const closed = existing.state === "closed";
        if (!closed && existing.body === body && existing.title === INVENTORY_TITLE)
            return { number: existing.number, action: "unchanged" };
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: existing.number,
            title: INVENTORY_TITLE,
            body,
            ...(closed ? { state: "open" } : {}),
        });
        published = { number: existing.number, action: closed ? "reopened" : "updated" };
    }
    try {
        await client.graphql("mutation($id: ID!) { pinIssue(input: {issueId: $id}) { issue { number } } }", {
            id: nodeId,
        });
    }
    catch (error) {
        return { ...published, notPinned: (0,github/* toFailure */.w2)(error).message };
    }
    return published;
}

// EXTERNAL MODULE: ./actions/common/git.ts
var git = __webpack_require__(9554);
// EXTERNAL MODULE: ./actions/common/access.ts + 1 modules
var access = __webpack_require__(8864);
;// CONCATENATED MODULE: ./actions/common/github-secrets.ts
/**
 * The GitHub half of rotate-reminder: the secrets metadata of a repository (Actions repository
 * secrets, every environment's, the organization's shared with it, Dependabot's). GitHub only says
 * when a secret was last written (`updated_at`), never its value. Without the permission to list them,
 * the caller is told so and decides whether that is an error.
 */

async function githubSecrets(client, repository) {
    const [owner = "", repo = ""] = repository.split("/");
    const found = (scope, secrets, environment) => secrets.map((secret) => ({
        name: secret.name,
        source: "github",
        repository,
        scope,
        ...(environment !== undefined ? { environment } : {}),
        lastChanged: secret.updated_at,
        exact: true,
    }));
    try {
        const secrets = [];
        const repositorySecrets = await client.paginate(client.rest.actions.listRepoSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("repository", repositorySecrets));
        // The environments listing is not in octokit's paginate map: its pages are walked here.
        const environments = [];
        for (let page = 1;; page++) {
            const { data } = await client.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page });
            environments.push(...(data.environments ?? []));
            if ((data.environments ?? []).length < 100)
                break;
        }
        for (const environment of environments) {
            const environmentSecrets = await client.paginate(client.rest.actions.listEnvironmentSecrets, {
                owner,
                repo,
                environment_name: environment.name,
                per_page: 100,
            });
            secrets.push(...found("environment", environmentSecrets, environment.name));
        }
        const organization = await client.paginate(client.rest.actions.listRepoOrganizationSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("organization", organization));
        const dependabot = await client.paginate(client.rest.dependabot.listRepoSecrets, {
            owner,
            repo,
            per_page: 100,
        });
        secrets.push(...found("dependabot", dependabot));
        return { kind: "listed", secrets };
    }
    catch (error) {
        const failure = (0,github/* toFailure */.w2)(error);
        if (failure.status === 401 || failure.status === 403 || failure.status === 404)
            return { kind: "denied", status: failure.status, message: failure.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./actions/common/sops-history.ts + 1 modules
var sops_history = __webpack_require__(5940);
// EXTERNAL MODULE: ./actions/common/verify.ts
var verify = __webpack_require__(4962);
// EXTERNAL MODULE: ./actions/lib/interfaces/rotate-reminder.ts
var rotate_reminder = __webpack_require__(7019);
// EXTERNAL MODULE: ./actions/lib/rotation/report.ts
var report = __webpack_require__(6419);
;// CONCATENATED MODULE: ./actions/common/inventory.ts
/**
 * The inventory of one checkout (`secrets-actions inventory`): every SOPS file and key (never a value)
 * with its readers by name and its age and policy status from the rotation history, verify's counts for
 * the tree and the history, and with a token the repository's GitHub secrets metadata. Values appear
 * only as keyed digests under the organisation's shared digest key, so that the merge can compare them.
 * What cannot be read (no token, a shallow clone, an API error) is a problem on the record, never fatal.
 */












function inventory_counts(findings) {
    const byRule = {};
    let errors = 0;
    let warnings = 0;
    let notes = 0;
    for (const finding of findings) {
        if (finding.severity === "note") {
            notes++;
            continue;
        }
        if (finding.severity === "error")
            errors++;
        else
            warnings++;
        byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    }
    return { errors, warnings, notes, by_rule: byRule };
}
async function inventory_verifyCounts(root, source, now, problems) {
    try {
        const result = await (0,verify/* verify */.M)({
            cwd: root,
            source,
            include: [],
            policyFile: "",
            sopsConfigFile: "",
            identities: [],
            now,
            threads: 1,
        });
        return inventory_counts(result.findings);
    }
    catch (error) {
        problems.push(`verify (${source.scope}): ${(0,errors/* describeUnknown */.Ee)(error)}`);
        return null;
    }
}
async function readInventory(options) {
    const { root, repository, identities, now } = options;
    const problems = [];
    const adopted = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, ".sops.yaml"));
    const { names } = (0,access/* loadRecipientNames */.Yh)(root, "");
    const defaultPolicy = rotate_reminder/* ROTATE_REMINDER */.v.inputs.policy.default;
    const policy = (0,sops_history/* loadRotationPolicy */.dw)(root, defaultPolicy, defaultPolicy);
    const found = [];
    const digests = new Map();
    const files = adopted ? await (0,sops_history/* rotationFiles */.QK)(root, []) : [];
    for (const file of files) {
        try {
            const result = await (0,sops_history/* sopsSecrets */.Rv)(root, file, repository, identities, (message) => {
                problems.push(message);
            }, options.digestKey);
            found.push(...result.secrets);
            if (options.digestKey)
                for (const fact of result.facts)
                    digests.set(`${file}:${fact.name}`, fact.digest);
        }
        catch (error) {
            problems.push(`${file}: ${(0,errors/* describeUnknown */.Ee)(error)}`);
        }
    }
    if (options.github) {
        try {
            const listing = await githubSecrets(options.github, repository);
            if (listing.kind === "listed")
                found.push(...listing.secrets);
            else
                problems.push(`GitHub secrets of ${repository} could not be listed (HTTP ${listing.status ?? "?"}): ${listing.message}`);
        }
        catch (error) {
            // After the client's own retries: the repository is reported with the reason, the run goes on.
            const failure = (0,github/* toFailure */.w2)(error);
            problems.push(`GitHub secrets of ${repository} could not be listed (HTTP ${failure.status ?? "none"}): ${failure.message}`);
        }
    }
    else
        problems.push("GitHub secrets not listed: no token");
    const readers = new Map((0,access/* currentReaders */.As)(root, files, names).map((entry) => [entry.path, entry.readers.alone]));
    const secrets = (0,report/* buildReport */.FK)(found, policy, now).map((entry) => ({
        name: entry.name,
        source: entry.source,
        ...(entry.file
            ? { file: entry.file, key: entry.key ?? entry.name, readers: readers.get(entry.file) ?? [] }
            : {}),
        ...(entry.source === "github" && entry.scope ? { scope: entry.scope } : {}),
        ...(entry.environment ? { environment: entry.environment } : {}),
        last_changed: entry["last-changed"],
        ...(entry.commit ? { commit: entry.commit } : {}),
        age_days: entry["age-days"],
        exact: entry.exact,
        max_age_days: entry["max-age-days"],
        status: entry.status,
        digest: entry.file ? (digests.get(`${entry.file}:${entry.name}`) ?? null) : null,
    }));
    const tree = (await inventory_verifyCounts(root, { scope: "all" }, now, problems)) ?? {
        errors: 0,
        warnings: 0,
        notes: 0,
        by_rule: {},
    };
    const historyCounts = options.history
        ? await inventory_verifyCounts(root, { scope: "history" }, now, problems)
        : null;
    return {
        schema: INVENTORY_SCHEMA,
        repository,
        commit: (await (0,git/* headCommit */.Qo)(root)) ?? null,
        generated_at: new Date(now).toISOString(),
        adopted,
        recipients: names.entries(),
        secrets,
        verify: { tree, history: historyCounts },
        problems,
    };
}

;// CONCATENATED MODULE: ./actions/cli/inventory-repository.ts
/**
 * `secrets-actions inventory [--json FILE] [--repository OWNER/NAME] [--history]`: the inventory of this
 * checkout (common/inventory.ts). With a token (GITHUB_TOKEN or GH_TOKEN) it lists the repository's
 * GitHub secrets metadata; with INVENTORY_DIGEST_KEY (the same for every repository of a run) and an age
 * key it adds keyed digests of the values, so that `inventory merge` can tell equal values apart.
 */












/** The digest key from INVENTORY_DIGEST_KEY: any text, stretched to 32 bytes (SHA-256). */
function digestKeyOf(text) {
    return text ? (0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest() : undefined;
}
/** The inventory as JSON, to `--json FILE` (replaced atomically, never through a link) or stdout. */
function writeInventory(inventory, json, io) {
    const text = `${JSON.stringify(inventory, null, 2)}\n`;
    if (json === undefined) {
        io.stdout(text);
        return;
    }
    const file = external_node_path_default().resolve(io.cwd, json);
    (0,safe_write/* writeFileSafely */.kv)(file, text, {
        what: `--json ${json}`,
        roots: [external_node_path_default().parse(file).root],
        mode: 0o644,
        replace: true,
    });
}
const checkedRepository = (repository, usageError) => {
    if (!(0,repository_name/* isRepositoryName */.e)(repository))
        throw usageError(`--repository must be OWNER/NAME, not ${JSON.stringify(repository)}`);
    return repository;
};
async function inventoryRepositoryCommand(values, io, identities, usageError) {
    const root = await (0,git/* repositoryRoot */.Hn)(io.cwd);
    if (!root)
        throw new errors/* ConfigurationError */.j1(`${io.cwd} is not in a git repository: inventory reads a checkout`);
    const repository = checkedRepository(values.repository ??
        io.env.GITHUB_REPOSITORY ??
        (await (0,git/* originRepository */.Vp)(root)) ??
        `local/${external_node_path_default().basename(root)}`, usageError);
    const token = (0,github_client/* tokenFrom */.ow)(io.env);
    const github = token
        ? (0,github_client/* cliGitHubClient */.vZ)({ token, command: "secrets-actions inventory", concurrency: 2, stderr: io.stderr })
        : undefined;
    const inventory = await readInventory({
        root,
        repository,
        identities: await identities(),
        digestKey: digestKeyOf(io.env.INVENTORY_DIGEST_KEY),
        github,
        history: values.history ?? false,
        now: Date.now(),
    });
    writeInventory(inventory, values.json, io);
    for (const problem of inventory.problems)
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: ${problem}`)}\n`);
    io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions inventory: ${repository}: ${inventory.adopted ? "adopted" : "not adopted"}, ${inventory.secrets.length} secrets, ${inventory.secrets.filter((secret) => secret.status === "overdue").length} overdue, verify ${inventory.verify.tree.errors} errors`)}\n`);
    return 0;
}
/**
 * `secrets-actions inventory unread --repository OWNER/NAME --reason TEXT [--json FILE]`: the inventory
 * of a repository the workflow could not clone or inventory, so that the report has its row and why.
 */
function inventoryUnreadCommand(values, io, usageError) {
    if (values.repository === undefined)
        throw usageError("inventory unread needs --repository OWNER/NAME");
    const reason = values.reason?.trim() ?? "";
    if (reason === "")
        throw usageError("inventory unread needs --reason TEXT: why the repository could not be read");
    const repository = checkedRepository(values.repository, usageError);
    writeInventory(unreadInventory(repository, reason, new Date().toISOString()), values.json, io);
    io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions inventory: ${repository}: not read: ${reason}`)}\n`);
    return 0;
}
/**
 * The listed repositories the token's App installation can see. One it cannot see would make the App
 * token of its whole matrix chunk fail, so it is left out with a warning (`inventory merge --expect`
 * still gives it a row). A token that cannot list an installation's repositories keeps the list whole.
 */
async function visibleToInstallation(client, repositories, io) {
    let visible;
    try {
        visible = new Set((await (0,github/* installationRepositories */.hc)(client)).map((name) => name.toLowerCase()));
    }
    catch (error) {
        const failure = (0,github/* toFailure */.w2)(error);
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: the installation's repositories could not be listed (HTTP ${failure.status ?? "none"}: ${failure.message}); planning every repository given`)}\n`);
        return repositories;
    }
    const unseen = repositories.filter((name) => !visible.has(name.toLowerCase()));
    if (unseen.length > 0)
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: left out, the App installation cannot see them: ${unseen.join(", ")}`)}\n`);
    return repositories.filter((name) => visible.has(name.toLowerCase()));
}
/**
 * `secrets-actions inventory plan [--repositories LIST] [--per-job N]`: the matrix of the reusable
 * inventory workflow, as JSON (`{"include": [{"chunk": 1, "repositories": "a/b,a/c"}, ...]}`): the
 * repositories given, or every repository the token's GitHub App installation can see.
 */
async function inventoryPlanCommand(values, io, usageError) {
    const perJob = Number(values["per-job"] ?? "1");
    if (!Number.isInteger(perJob) || perJob < 1)
        throw usageError(`--per-job must be a whole number of at least 1, not ${JSON.stringify(values["per-job"])}`);
    let repositories = parseRepositoryList(values.repositories ?? "");
    const bad = repositories.find((name) => !(0,repository_name/* isRepositoryName */.e)(name));
    if (bad !== undefined)
        throw usageError(`--repositories: ${JSON.stringify(bad)} is not OWNER/NAME`);
    const token = (0,github_client/* tokenFrom */.ow)(io.env);
    const client = token
        ? (0,github_client/* cliGitHubClient */.vZ)({ token, command: "secrets-actions inventory", concurrency: 1, stderr: io.stderr })
        : undefined;
    if (repositories.length === 0) {
        if (!client)
            throw new errors/* ConfigurationError */.j1("inventory plan needs --repositories or a GitHub App installation token in GITHUB_TOKEN to list the repositories it can see");
        repositories = await (0,github/* installationRepositories */.hc)(client);
    }
    else if (client)
        repositories = await visibleToInstallation(client, repositories, io);
    const include = planChunks(repositories, perJob);
    io.stdout(`${JSON.stringify({ include })}\n`);
    io.stderr(`secrets-actions inventory plan: ${repositories.length} repositories in ${include.length} jobs\n`);
    return 0;
}

;// CONCATENATED MODULE: ./actions/cli/inventory.ts
/**
 * `secrets-actions inventory merge FILE... [--markdown FILE] [--html FILE] [--json FILE] [--replace]
 * [--expect LIST] [--issue-repo OWNER/NAME]`: the inventories of many repositories (`inventory --json`,
 * schema actions/lib/inventory/schema.ts) merged into one report. A file that is not an inventory is
 * named on stderr and skipped; the report lists it too. A repository of --expect without an inventory
 * is a row that says so. Without an output option the Markdown goes to stdout. Output files are written
 * atomically, never through a symbolic link, and over an existing file only with --replace.
 */
















const INVENTORY = (0,usage/* usageOf */.Fs)("inventory");
const OUTPUTS = ["markdown", "html", "json"];
function readInput(file, cwd) {
    try {
        return { file, text: (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), "utf8") };
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT"
            ? "no such file"
            : code === "EISDIR"
                ? "a folder, not a file"
                : code === "EACCES"
                    ? "not readable (permissions)"
                    : (0,errors/* describeUnknown */.Ee)(error);
        return { file, error: `cannot be read: ${why}` };
    }
}
/** Refuses, before anything is written, an output that exists (without --replace) or is a link. */
function checkTarget(option, file, target, replace) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(target);
    }
    catch {
        return;
    }
    if (stat.isSymbolicLink())
        throw new errors/* ConfigurationError */.j1(`--${option} ${file} is a symbolic link: reports are never written through links; delete it or choose another path`);
    if (!stat.isFile())
        throw new errors/* ConfigurationError */.j1(`--${option} ${file} exists and is not a regular file: choose another path`);
    if (!replace)
        throw new errors/* ConfigurationError */.j1(`--${option} ${file} already exists: pass --replace to replace it, or choose another path`);
}
async function merge(files, values, io, usageError) {
    const expected = parseRepositoryList(values.expect ?? "");
    const notName = expected.find((repository) => !(0,repository_name/* isRepositoryName */.e)(repository));
    if (notName !== undefined)
        throw usageError(`--expect: ${JSON.stringify(notName)} is not OWNER/NAME`);
    if (files.length === 0 && expected.length === 0)
        throw usageError("inventory merge needs one or more inventory JSON files");
    const issueRepository = values["issue-repo"];
    if (issueRepository !== undefined && !(0,repository_name/* isRepositoryName */.e)(issueRepository))
        throw usageError(`--issue-repo must be OWNER/NAME, not ${JSON.stringify(issueRepository)}`);
    const token = issueRepository === undefined ? undefined : (0,github_client/* requiredToken */.tc)(io.env, "--issue-repo", "issues: write");
    const targets = OUTPUTS.flatMap((option) => {
        const file = values[option];
        return file === undefined ? [] : [{ option, file, target: external_node_path_default().resolve(io.cwd, file) }];
    });
    for (const [index, output] of targets.entries()) {
        const twin = targets.slice(0, index).find((other) => other.target === output.target);
        if (twin)
            throw usageError(`--${twin.option} and --${output.option} name the same file ${output.file}`);
    }
    for (const output of targets)
        checkTarget(output.option, output.file, output.target, values.replace === true);
    const { merged, warnings } = mergeInventories(files.map((file) => readInput(file, io.cwd)), { expected, now: new Date().toISOString() });
    for (const warning of warnings)
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: ${warning}`)}\n`);
    // With --expect, a run that read nothing is still a report: every repository is a row saying why.
    if (merged.inputs.read === 0 && expected.length === 0)
        throw new errors/* ConfigurationError */.j1(`inventory merge: none of the ${files.length} files is an inventory (each is named above): pass the files secrets-actions inventory --json writes`);
    const full = targets.filter((output) => output.option !== "markdown").map((output) => output.file);
    const markdown = (limit) => renderMarkdown(merged, {
        ...(limit === undefined ? {} : { limit }),
        ...(full.length > 0
            ? {
                artifactHint: `The full report is in ${full.map(inventory_escape/* markdownCode */.D9).join(" and ")}: upload ${full.length === 1 ? "it" : "them"} as a workflow artifact and link it here.`,
            }
            : {}),
    });
    const render = {
        markdown: () => markdown(),
        html: () => renderHtml(merged),
        json: () => renderJson(merged),
    };
    if (issueRepository !== undefined && token !== undefined) {
        const client = (0,github_client/* cliGitHubClient */.vZ)({
            token,
            command: "secrets-actions inventory",
            concurrency: 1,
            stderr: io.stderr,
        });
        const issue = await publishInventoryIssue(client, issueRepository, markdown);
        io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions inventory merge: issue #${issue.number} of ${issueRepository} ${issue.action}`)}\n`);
        if (issue.notPinned !== undefined)
            io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions: issue #${issue.number} could not be pinned: ${issue.notPinned}`)}\n`);
    }
    if (targets.length === 0) {
        if (issueRepository === undefined)
            io.stdout(markdown());
        return 0;
    }
    for (const output of targets) {
        (0,safe_write/* writeFileSafely */.kv)(output.target, render[output.option](), {
            what: `--${output.option} ${output.file}`,
            roots: [external_node_path_default().parse(output.target).root],
            mode: 0o644,
            replace: values.replace === true,
        });
    }
    io.stderr(`${(0,common_escape/* forLogLine */.kz)(`secrets-actions inventory merge: ${merged.totals.repositories} repositories, ${merged.totals.names} secret names, ${merged.inputs.skipped.length} inputs skipped; wrote ${targets.map((output) => output.file).join(", ")}`)}\n`);
    return 0;
}
/**
 * The inventory command: `inventory` (this checkout), `inventory plan` (the workflow's matrix),
 * `inventory merge FILE...` (one report over many repositories).
 */
async function inventoryCommand(args, io, identities, usageError) {
    const { values, positionals } = (0,usage/* parseCommandArgs */.Qx)(INVENTORY, args, {
        markdown: { type: "string" },
        html: { type: "string" },
        json: { type: "string" },
        replace: { type: "boolean" },
        repository: { type: "string" },
        history: { type: "boolean" },
        repositories: { type: "string" },
        "per-job": { type: "string" },
        "issue-repo": { type: "string" },
        reason: { type: "string" },
        expect: { type: "string" },
    }, usageError);
    const [subcommand, ...files] = positionals;
    if (subcommand !== "merge" && files.length > 0)
        throw usageError(`inventory ${subcommand ?? ""} takes no file names (${(0,names/* looksLikeIdentity */.m5)(files[0] ?? "") ? "an age identity: keep keys out of the command line, and treat this one as exposed" : JSON.stringify(files[0]?.slice(0, 40))}): only inventory merge reads files`);
    if (subcommand === undefined)
        return inventoryRepositoryCommand(values, io, identities, usageError);
    if (subcommand === "plan")
        return inventoryPlanCommand(values, io, usageError);
    if (subcommand === "unread")
        return inventoryUnreadCommand(values, io, usageError);
    if (subcommand !== "merge")
        throw usageError(`unknown inventory subcommand ${JSON.stringify(subcommand.slice(0, 40))}: use inventory, inventory plan, inventory unread or inventory merge FILE...`);
    return merge(files, values, io, usageError);
}


/***/ })

};
;
//# sourceMappingURL=21.index.js.map