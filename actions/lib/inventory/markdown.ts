/**
 * The merged inventory as GitHub Markdown, for a job summary or an issue body: totals, the inputs that
 * were skipped, one row per repository, one row per secret name, verify findings per rule, problems.
 * Every string from a repository goes through `markdownCode`. The text stays within `limit` characters
 * (GitHub refuses an issue body over 65,536): rows that do not fit are left out and a note says how
 * many were shown and where the full report is.
 */
import { markdownCode as code } from "./escape.js";
import { ageText, placeText, totalsText } from "./format.js";
import type { MergedInventory, MergedPlace, MergedRepository, MergedSecret } from "./merge.js";

/** GitHub's limit for an issue or comment body, in characters. */
export const ISSUE_BODY_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Characters at most (default ISSUE_BODY_LIMIT). */
  limit?: number;
  /** Where the full report is (written by the caller, Markdown allowed); said when rows are left out. */
  artifactHint?: string;
  /** Places and readers shown per secret before "and N more" (default 8). */
  perCell?: number;
}

const DEFAULT_HINT =
  "The full report is in the HTML and JSON files of `secrets-actions inventory merge --html FILE --json FILE`: upload them as a workflow artifact and link it here.";

const cell = (text: string) => text.replace(/\n/g, " ");
const row = (cells: readonly (string | number)[]) =>
  `| ${cells.map((item) => cell(String(item))).join(" | ")} |`;
const header = (titles: readonly string[], numeric: readonly boolean[] = []) => [
  row(titles),
  `|${titles.map((_, index) => (numeric[index] ? " ---: " : " --- ")).join("|")}|`,
];

function capped<T>(items: readonly T[], show: (item: T) => string, limit: number, what: string): string {
  const shown = items.slice(0, limit).map(show);
  if (items.length > limit) shown.push(`and ${items.length - limit} more ${what}`);
  return shown.join("<br>");
}

/** 65536 → "65,536", the same under every locale. */
const thousands = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function placeSummary(place: MergedPlace): string {
  const value = place.value === null ? "" : `, value ${place.value}`;
  return `${placeText(place, code)} (${ageText(place.age_days, place.exact)} d, ${place.status}${value})`;
}

function verifyText(counts: MergedRepository["verify"]["tree"] | null): string {
  return counts === null ? "—" : `${counts.errors} / ${counts.warnings} / ${counts.notes}`;
}

/** Rows rendered when first asked for: a report of 10,000 names shows a few hundred of them. */
class Rows {
  private readonly cache: string[] = [];

  constructor(
    readonly count: number,
    private readonly make: (index: number) => string,
  ) {}

  get(index: number): string {
    return (this.cache[index] ??= this.make(index));
  }
}

const rowsOf = <T>(items: readonly T[], make: (item: T) => string) =>
  new Rows(items.length, (index) => make(items[index] as T));

interface Section {
  /** What the rows are, for the truncation note ("repositories"). */
  what: string;
  heading: string[];
  rows: Rows;
}

function sections(merged: MergedInventory, perCell: number): Section[] {
  const repositories: Section = {
    what: "repositories",
    heading: [
      "## Repositories",
      "",
      ...header(
        [
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
        ],
        [false, false, true, true, true, true, true, false, false, true],
      ),
    ],
    rows: rowsOf(merged.repositories, (repository) =>
      row([
        code(repository.repository),
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
      ]),
    ),
  };
  const secrets: Section = {
    what: "secret names",
    heading: [
      "## Secrets",
      "",
      ...header(
        ["Name", "Places", "Readers", "Oldest (days)", "Status", "Values"],
        [false, false, false, true],
      ),
    ],
    rows: rowsOf(merged.secrets, (secret: MergedSecret) =>
      row([
        code(secret.name),
        capped(secret.places, placeSummary, perCell, "places"),
        secret.readers.length === 0 ? "—" : capped(secret.readers, code, perCell, "readers"),
        ageText(secret.oldest_age_days, secret.oldest_exact),
        secret.status,
        secret.values,
      ]),
    ),
  };
  const rules: Section = {
    what: "rules",
    heading: [
      "## Verify findings by rule",
      "",
      ...header(["Rule", "Repositories", "Tree", "History"], [false, true, true, true]),
    ],
    rows: rowsOf(merged.rules, (rule) => row([code(rule.rule), rule.repositories, rule.tree, rule.history])),
  };
  const problems: Section = {
    what: "problems",
    heading: ["## Problems", ""],
    rows: rowsOf(
      merged.repositories.flatMap((repository) =>
        repository.problems.map((problem) => ({ repository: repository.repository, problem })),
      ),
      ({ repository, problem }) => `- ${code(repository)}: ${code(problem)}`,
    ),
  };
  const skipped: Section = {
    what: "skipped inputs",
    heading: ["## Inputs skipped", ""],
    rows: rowsOf(merged.inputs.skipped, (entry) => `- ${code(entry.file)}: ${code(entry.reason)}`),
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
export function renderMarkdown(merged: MergedInventory, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? ISSUE_BODY_LIMIT;
  const hint = options.artifactHint ?? DEFAULT_HINT;
  const all = sections(merged, options.perCell ?? 8);
  const note = (shown: readonly string[]) =>
    `\n> **Truncated** to stay within GitHub's limit of ${thousands(ISSUE_BODY_LIMIT)} characters on an issue body: shown ${shown.join(", ")}.\n> ${hint}\n`;
  // Room for the note, at its longest: every count as large as the total.
  const reserve = note(
    all.map((section) => `${section.rows.count} of ${section.rows.count} ${section.what}`),
  ).length;
  const size = (lines: readonly string[]) => lines.reduce((total, line) => total + line.length + 1, 0);
  // Whether everything fits: rows are rendered only until it is clear that it does not.
  let everything = 0;
  for (const section of all) {
    everything += size(section.heading) + 1;
    for (let index = 0; index < section.rows.count && everything <= limit; index++)
      everything += section.rows.get(index).length + 1;
    if (everything > limit) break;
  }
  const budget = everything <= limit ? limit : limit - reserve;
  const out: string[] = [];
  let used = 0;
  const fits = (lines: readonly string[]) => used + size(lines) <= budget;
  const push = (lines: readonly string[]) => {
    out.push(...lines);
    used += size(lines);
  };
  const shown: string[] = [];
  let truncated = false;
  for (const section of all) {
    let count = 0;
    if (!truncated && fits([...section.heading, section.rows.get(0)])) {
      push(section.heading);
      while (count < section.rows.count && fits([section.rows.get(count)])) push([section.rows.get(count++)]);
      push([""]);
    }
    if (count < section.rows.count) truncated = true;
    if (section.what !== "summary") shown.push(`${count} of ${section.rows.count} ${section.what}`);
  }
  const text = out.join("\n");
  return truncated ? `${text}${note(shown)}` : text;
}
