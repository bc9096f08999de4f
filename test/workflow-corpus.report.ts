/**
 * `npm run corpus`: the workflow rules on the labelled real-world corpus: per rule, the labelled
 * findings reported with the right rule on the right line (recall), and the reported findings that
 * stand on a labelled line (precision); then every miss and every unlabelled finding, to read.
 */
import { expect, test } from "@jest/globals";
import { CORPORA, scoreCorpus, totals } from "./support/workflow-corpus.js";

const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

test.each(Object.entries(CORPORA))("workflow corpus report: %s", (corpusName, corpus) => {
  const score = scoreCorpus(corpus);
  const sum = totals(score);
  const rows = score.rules.map((rule) => ({
    rule: rule.rule,
    labelled: rule.labelled,
    found: rule.found,
    recall: percent(rule.found, rule.labelled),
    reported: rule.reported,
    "on labels": rule.onLabels,
    precision: percent(rule.onLabels, rule.reported),
  }));
  console.log(
    [
      `workflow corpus (${corpusName}): ${score.files} files`,
      `required findings reported on the right line with the right rule: ${sum.found}/${sum.labelled} (${percent(sum.found, sum.labelled)})`,
      `reported findings on labelled lines: ${sum.onLabels}/${sum.reported} (${percent(sum.onLabels, sum.reported)})`,
      "",
      ...rows.map((row) => Object.values(row).join("\t")),
      "",
      "missed:",
      ...score.missed,
      "",
      "reported without a label:",
      ...score.unlabelled,
    ].join("\n"),
  );
  expect(sum.labelled).toBeGreaterThan(0);
});
