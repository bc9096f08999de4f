/**
 * The corpus report (`npm run corpus`, not part of `npm test`): recall per format family, per syntax
 * and per form, false positives on the non-secret sets, and the misses. It draws the corpus with
 * corpus.test.ts's seed, so its misses are that test's failures; values are only ever shown as their
 * format's prefix and length.
 */
import { expect, test } from "@jest/globals";
import {
  buildCorpus,
  CORPUS_NOW,
  meets,
  outcome,
  redacted,
  SYNTAXES,
  type CorpusCase,
  type Level,
} from "./support/corpus.js";
import { random } from "./support/random.js";

interface Result {
  item: CorpusCase;
  level: Level;
  detectors: string[];
  met: boolean;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  return [
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const count = (results: readonly Result[], level: Level) =>
  results.filter((result) => result.level === level).length;

/** Recall rows: cases, errors, errors by the format's own detector, and what the rest got. */
function recallRows(groups: Map<string, Result[]>): Array<Array<string | number>> {
  return [...groups].map(([name, results]) => {
    const own = results.filter(
      (result) =>
        result.level === "error" &&
        result.item.detector !== undefined &&
        result.detectors.includes(result.item.detector),
    ).length;
    const claimed = results.filter((result) => result.item.detector !== undefined).length;
    return [
      name,
      results.length,
      percent(count(results, "error"), results.length),
      claimed === 0 ? "-" : percent(own, claimed),
      count(results, "warning"),
      count(results, "note"),
      count(results, "none"),
    ];
  });
}

const RECALL_HEADER = ["", "cases", "error", "own det.", "warning", "note", "nothing"];
const short = (level: Level) => ({ error: "E", warning: "w", note: "n", none: "-" })[level];

test("corpus report", async () => {
  // The seed corpus.test.ts draws with (TEST_SEED when set), so that both see the same values.
  const environment = "./support/seeded-environment.mjs";
  const { seedOf } = (await import(environment)) as { seedOf: (path: string, variable?: string) => number };
  random.reseed(seedOf("test/corpus.test.ts", process.env.TEST_SEED));
  const results: Result[] = buildCorpus().map((item) => {
    const { level, detectors } = outcome(item, CORPUS_NOW);
    return { item, level, detectors, met: meets(item.expect, level) };
  });
  // Recall is over the cases that must be errors; name-only values in docs files expect a warning.
  const positives = results.filter((result) => result.item.expect === "error");
  const inDocs = results.filter((result) => result.item.expect === "reported");
  const negatives = results.filter(
    (result) => result.item.group === "non-secret" || result.item.group === "juniper",
  );
  const out: string[] = [];
  out.push(
    `Detection corpus: ${results.length} cases, seed ${random.seed}, judged at ${new Date(CORPUS_NOW).toISOString().slice(0, 10)}`,
  );

  out.push(
    "",
    table(
      ["group", "cases", "expected", "met", "error", "warning", "note", "nothing"],
      [...groupBy(results, (result) => result.item.group)].map(([group, items]) => [
        group,
        items.length,
        [...new Set(items.map((result) => result.item.expect))].join("/"),
        percent(items.filter((result) => result.met).length, items.length),
        count(items, "error"),
        count(items, "warning"),
        count(items, "note"),
        count(items, "none"),
      ]),
    ),
  );

  const claimed = positives.filter((result) => result.item.group === "claimed");
  out.push(
    "",
    "Recall per family (error = share reported as error; own det. = by the format's own detector)",
  );
  out.push(
    table(RECALL_HEADER, [
      ...recallRows(groupBy(positives, (result) => result.item.family)),
      ...recallRows(
        new Map([
          ["all claimed", claimed],
          ["all", positives],
        ]),
      ),
    ]),
  );

  out.push(
    `name-only values in docs files (README, .txt; expected a warning or an error): ${percent(inDocs.filter((result) => result.met).length, inDocs.length)} of ${inDocs.length}`,
  );

  out.push("", "Recall per form");
  out.push(
    table(
      RECALL_HEADER,
      recallRows(groupBy(positives, (result) => `${result.item.group} ${result.item.form ?? ""}`)),
    ),
  );

  out.push("", "Recall per syntax (cases that must be errors)");
  const bySyntax = groupBy(positives, (result) => result.item.syntax);
  out.push(
    table(
      ["syntax", "cases", "error", "claimed", "name-only", "warning", "nothing"],
      SYNTAXES.filter((syntax) => bySyntax.has(syntax.id)).map((syntax) => {
        const items = bySyntax.get(syntax.id) ?? [];
        const of = (group: string) => {
          const inGroup = items.filter((result) => result.item.group === group);
          return percent(count(inGroup, "error"), inGroup.length);
        };
        return [
          syntax.id,
          items.length,
          percent(count(items, "error"), items.length),
          of("claimed"),
          of("name-only"),
          count(items, "warning"),
          count(items, "none"),
        ];
      }),
    ),
  );

  out.push(
    "",
    "False positives on the non-secret sets (expected: no error; Juniper files: no warning either)",
  );
  out.push(
    table(
      ["set", "cases", "error rate", "warning rate", "errors", "warnings", "notes"],
      [...groupBy(negatives, (result) => result.item.family)].map(([set, items]) => [
        set,
        items.length,
        percent(count(items, "error"), items.length),
        percent(count(items, "warning"), items.length),
        count(items, "error"),
        count(items, "warning"),
        count(items, "note"),
      ]),
    ),
  );

  const misses = [...positives, ...inDocs].filter((result) => !result.met);
  out.push(
    "",
    `Misses: ${misses.length} of ${positives.length} (per format: value as prefix + length; syntax:got, w warning, n note, - nothing)`,
  );
  for (const [format, items] of groupBy(
    misses,
    (result) =>
      `${result.item.family} | ${result.item.format}${result.item.form ? ` (${result.item.form})` : ""}`,
  )) {
    const first = items[0]?.item;
    const syntaxes = items.map((result) => `${result.item.syntax}:${short(result.level)}`).join(" ");
    out.push(`  ${format} [${first ? redacted(first) : ""}] ${items.length}×: ${syntaxes}`);
  }

  const falsePositives = negatives.filter(
    (result) => result.level === "error" || (result.item.group === "juniper" && !result.met),
  );
  out.push("", `False positives: ${falsePositives.length} errors on non-secrets (+ Juniper warnings)`);
  for (const result of falsePositives)
    out.push(
      `  ${result.item.family} | ${result.item.format} | ${result.item.syntax} | ${result.level} ${result.detectors.join(",")} | ${redacted(result.item)}`,
    );
  const warnings = negatives.filter(
    (result) => result.level === "warning" && result.item.group !== "juniper",
  );
  out.push("", `Warnings on non-secrets: ${warnings.length}`);
  for (const [set, items] of groupBy(warnings, (result) => result.item.family))
    out.push(`  ${set}: ${[...new Set(items.map((result) => result.item.format))].join("; ")}`);

  process.stdout.write(`${out.join("\n")}\n`);
  expect(results.length).toBeGreaterThan(0);
});
