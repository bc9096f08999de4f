/**
 * The merged inventory as one self-contained HTML file: plain tables that read without JavaScript,
 * sortable by a click on a column's title with it. Nothing is fetched: the style and the script are
 * inline, and a Content-Security-Policy allows exactly those two (by their SHA-256) and nothing else —
 * no other script, style, image, font, frame, form target or connection, and Trusted Types with no
 * policy, so no code can turn a string into HTML. Every string from a repository is escaped as text
 * (`htmlText`); the script moves existing rows and reads cell text, and never parses or inserts markup.
 */
import { createHash } from "node:crypto";
import { htmlText as text } from "./escape.js";
import { ageText, placeText, totalsText } from "./format.js";
import type { MergedInventory, MergedRepository } from "./merge.js";

interface Column {
  title: string;
  numeric?: boolean;
}

const REPOSITORY_COLUMNS: readonly Column[] = [
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

const SECRET_COLUMNS: readonly Column[] = [
  { title: "Name" },
  { title: "Places", numeric: true },
  { title: "Repositories", numeric: true },
  { title: "Values" },
  { title: "Status" },
  { title: "Oldest (days)", numeric: true },
  { title: "Readers" },
  { title: "Where (age in days, status, value)" },
];

const RULE_COLUMNS: readonly Column[] = [
  { title: "Rule" },
  { title: "Repositories", numeric: true },
  { title: "Tree", numeric: true },
  { title: "History", numeric: true },
];

/** Numbers right-aligned by column position: no attribute on each of thousands of cells. */
const numericCells = (id: string, columns: readonly Column[]) =>
  columns.flatMap((column, index) => (column.numeric ? [`#${id} td:nth-child(${index + 1})`] : [])).join(",");

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

const sha256 = (content: string) =>
  `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;

/** The page's policy: the inline style and script above, nothing else of any kind. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");

/** A sortable table; cells are HTML already escaped by the caller. */
function table(id: string, caption: string, columns: readonly Column[], rows: readonly string[][]): string {
  const head = columns
    .map((column) =>
      column.numeric
        ? `<th scope="col" class="n" data-type="number">${column.title}</th>`
        : `<th scope="col">${column.title}</th>`,
    )
    .join("");
  // End tags of cells and list items are left out, as HTML allows (a tenth of the size at 500
  // repositories); a row's end tag closes its last cell before the line break.
  const body = rows.map((cells) => `<tr><td>${cells.join("<td>")}</tr>`).join("\n");
  return `<table id="${id}" data-sortable><caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

const list = (items: readonly string[]) => (items.length === 0 ? "" : `<ul><li>${items.join("<li>")}</ul>`);
const counts = (verify: MergedRepository["verify"]["tree"] | null, pick: "errors" | "warnings" | "notes") =>
  verify === null ? "—" : String(verify[pick]);

function repositoriesTable(merged: MergedInventory): string {
  return table(
    "repositories",
    `${merged.repositories.length} repositories`,
    REPOSITORY_COLUMNS,
    merged.repositories.map((repository) => [
      text(repository.repository),
      text(repository.adoption),
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
      text((repository.commit ?? "").slice(0, 12)),
      text(repository.generated_at),
      text(repository.github_only.join(", ")),
      list(repository.problems.map(text)),
    ]),
  );
}

function secretsTable(merged: MergedInventory): string {
  return table(
    "secrets",
    `${merged.secrets.length} secret names`,
    SECRET_COLUMNS,
    merged.secrets.map((secret) => [
      text(secret.name),
      String(secret.places.length),
      String(secret.repositories.length),
      secret.values === "different values"
        ? `<span class="different">${secret.values}</span>`
        : secret.values,
      secret.status === "ok" ? "ok" : `<span class="${secret.status}">${secret.status}</span>`,
      ageText(secret.oldest_age_days, secret.oldest_exact),
      text(secret.readers.join(", ")),
      list(
        secret.places.map(
          (place) =>
            `${placeText(place, text)} — ${ageText(place.age_days, place.exact)}, ${place.status}${place.value === null ? "" : `, value ${place.value}`}`,
        ),
      ),
    ]),
  );
}

function rulesTable(merged: MergedInventory): string {
  return table(
    "rules",
    `verify findings by rule (errors and warnings)`,
    RULE_COLUMNS,
    merged.rules.map((rule) => [
      text(rule.rule),
      String(rule.repositories),
      String(rule.tree),
      String(rule.history),
    ]),
  );
}

/** The whole page. */
export function renderHtml(merged: MergedInventory): string {
  const skipped = merged.inputs.skipped.map((entry) => `${text(entry.file)}: ${text(entry.reason)}`);
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
