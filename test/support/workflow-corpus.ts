/**
 * The labelled corpus of real-world workflows (test/fixtures/workflow-corpus: 60 files from 32 public
 * repositories at recorded commits, 10 written by hand, labelled line by line from the rule definitions
 * by a reviewer who did not read the audit's code). Each file is scanned where it lives in its
 * repository, with the repository's scripts it runs; labels and findings are compared as
 * (file, line, rule).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Scanner } from "../../actions/lib/scan/scanner.js";
import type { Finding } from "../../actions/lib/scan/rules.js";
import { WORKFLOW_RULE_IDS } from "../../actions/lib/workflow/rule-info.js";
import { FIXTURES } from "./fixtures.js";

/** The corpus the rules were developed against, and one labelled afterwards and measured once, blind. */
export const CORPORA = {
  development: path.join(path.dirname(FIXTURES), "workflow-corpus"),
  heldOut: path.join(path.dirname(FIXTURES), "workflow-heldout"),
} as const;

interface Source {
  file: string;
  path: string | null;
  context_script?: { file: string; path?: string };
}

interface Label {
  file: string;
  line: number;
  rule: string;
  severity: string;
  suppressed?: boolean;
}

export interface RuleScore {
  rule: string;
  labelled: number;
  found: number;
  reported: number;
  onLabels: number;
}

export interface CorpusScore {
  files: number;
  rules: RuleScore[];
  /** Labelled (file, line, rule) not reported: what a person would still have to find. */
  missed: string[];
  /** Reported (file, line, rule) that no label names. */
  unlabelled: string[];
}

const key = (file: string, line: number, rule: string) => `${file}:${line} ${rule}`;

/** A context script is named from the corpus folder or from its `files/` folder. */
function readContext(corpus: string, file: string): string {
  try {
    return readFileSync(path.join(corpus, file), "utf8");
  } catch {
    return readFileSync(path.join(corpus, "files", file), "utf8");
  }
}

function findingsOf(corpus: string, source: Source): Finding[] {
  const text = readFileSync(path.join(corpus, "files", source.file));
  // Hand-written files have no repository: they stand for a workflow of their own.
  const where = source.path ?? `.github/workflows/${source.file}`;
  const script = source.context_script;
  const scriptPath = script?.path ?? (script ? "scripts/publish.sh" : undefined);
  const scriptText = script ? readContext(corpus, script.file) : undefined;
  const scanner = new Scanner({
    now: Date.UTC(2026, 11, 6),
    repositoryFile: (file) => (file === scriptPath ? scriptText : undefined),
  });
  return scanner.scan({ path: where, bytes: text }).findings;
}

export function scoreCorpus(corpus: string = CORPORA.development): CorpusScore {
  const sources = JSON.parse(readFileSync(path.join(corpus, "sources.json"), "utf8")) as Source[];
  const labels = readFileSync(path.join(corpus, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Label);
  const workflowRules = new Set<string>(WORKFLOW_RULE_IDS);
  // A suppressed label is a finding the repository triaged: neither required nor held against us.
  const required = new Set(
    labels.filter((label) => !label.suppressed).map((label) => key(label.file, label.line, label.rule)),
  );
  const suppressed = new Set(
    labels.filter((label) => label.suppressed).map((label) => key(label.file, label.line, label.rule)),
  );
  const reported = new Set<string>();
  for (const source of sources)
    for (const finding of findingsOf(corpus, source))
      if (workflowRules.has(finding.rule)) reported.add(key(source.file, finding.line, finding.rule));
  const rules = [...workflowRules].map((rule): RuleScore => {
    const ofRule = (keys: Set<string>) => [...keys].filter((item) => item.endsWith(` ${rule}`));
    const labelled = ofRule(required);
    const found = ofRule(reported).filter((item) => !suppressed.has(item));
    return {
      rule,
      labelled: labelled.length,
      found: labelled.filter((item) => reported.has(item)).length,
      reported: found.length,
      onLabels: found.filter((item) => required.has(item)).length,
    };
  });
  return {
    files: sources.length,
    rules,
    missed: [...required].filter((item) => !reported.has(item)).sort(),
    unlabelled: [...reported].filter((item) => !required.has(item) && !suppressed.has(item)).sort(),
  };
}

export function totals(score: CorpusScore): {
  labelled: number;
  found: number;
  reported: number;
  onLabels: number;
} {
  const sum = (field: keyof Omit<RuleScore, "rule">) =>
    score.rules.reduce((total, rule) => total + rule[field], 0);
  return {
    labelled: sum("labelled"),
    found: sum("found"),
    reported: sum("reported"),
    onLabels: sum("onLabels"),
  };
}
