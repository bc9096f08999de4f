/**
 * What every row of the credential table must satisfy, as checks that return their problems (empty when
 * the row holds): scan-credentials.test.ts runs each once per row with the file's seed, and the seed
 * sweep (credential-rows.sweep.ts) runs them all over thousands of seeds in the same order, so a seed
 * the sweep reports fails the same way under `TEST_SEED=<seed> npm test -- test/scan-credentials.test.ts`.
 */
import type { CredentialFormat } from "../../actions/lib/scan/credentials.js";
import { findSecrets, type FileKind } from "../../actions/lib/scan/patterns.js";
import { redact } from "../../actions/lib/scan/values.js";
import { example, identifierOf, placeholderOf } from "./credential-examples.js";

export const NOW = Date.UTC(2026, 9, 1);

export const hits = (text: string, kind: FileKind = "config") =>
  findSecrets(Buffer.from(text, "latin1"), { kind, now: NOW }).map((hit) => ({
    ...hit,
    shown: redact(hit.secret, hit.prefix),
  }));

/** Where a value is written: an assignment no generic rule reads as secret-named. */
export const inConfig = (value: string) => `setting = ${value}\n`;

const positiveText = (format: CredentialFormat) =>
  format.detector === "generic"
    ? `${example(format.example ?? format.shape)}\n`
    : inConfig(example(format.example ?? format.shape));

const describeHits = (found: ReturnType<typeof hits>) =>
  JSON.stringify(found.map((hit) => [hit.detector, hit.severity]));

export interface RowCheck {
  name: string;
  problems: (format: CredentialFormat) => string[];
}

export const ROW_CHECKS: RowCheck[] = [
  {
    name: "a fake positive is found, once, with its detector and severity, and shown only redacted",
    problems(format) {
      const text = positiveText(format);
      const found = hits(text);
      const expected = JSON.stringify([[format.id, format.severity]]);
      if (describeHits(found) !== expected)
        return [`${JSON.stringify(text)}: found ${describeHits(found)}, expected ${expected}`];
      const [first] = found;
      const secret = first?.secret ?? "";
      const problems: string[] = [];
      // A private key is reported without its line breaks.
      if (!text.replace(/\s/g, "").includes(secret.replace(/\s/g, "")))
        problems.push(`${JSON.stringify(text)}: the reported secret is not in the text`);
      // Nothing of the value beyond its format's fixed prefix.
      const body = secret.slice((first?.prefix ?? "").length);
      if (first?.shown.includes(body.slice(0, 4)))
        problems.push(`${JSON.stringify(text)}: shown as ${first.shown}, which holds part of the body`);
      if (!/… \(\d+ chars\)$/.test(first?.shown ?? ""))
        problems.push(`${JSON.stringify(text)}: shown as ${first?.shown ?? ""}, not redacted`);
      return problems;
    },
  },
  {
    name: "its near miss is not found",
    problems(format) {
      const text = inConfig(example(format.nearMiss));
      const found = hits(text);
      return found.length === 0
        ? []
        : [`${JSON.stringify(text)} (${format.nearMissWhy}): found ${describeHits(found)}`];
    },
  },
  {
    name: "a placeholder in its format is a note (or nothing, for a code detector that says so)",
    problems(format) {
      if (format.detector === "shape") {
        const text = inConfig(placeholderOf(format.shape));
        const found = describeHits(hits(text));
        const expected = JSON.stringify([[format.id, "note"]]);
        return found === expected ? [] : [`${JSON.stringify(text)}: found ${found}, expected ${expected}`];
      }
      const expected = format.placeholder;
      if (expected === undefined) return ["a code detector's row names no placeholder"];
      const found = hits(inConfig(expected.text)).map((hit) => hit.severity);
      const wanted = expected.severity === "silent" ? [] : [expected.severity];
      return JSON.stringify(found) === JSON.stringify(wanted)
        ? []
        : [
            `${JSON.stringify(expected.text)}: found ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`,
          ];
    },
  },
  {
    name: "an identifier that looks like it is nothing; a real-looking value is found even where code calls it",
    problems(format) {
      const silent: Array<[string, FileKind]> = [];
      if (format.identifier !== undefined) silent.push([format.identifier, "code"]);
      else {
        const camel = identifierOf(format.shape);
        if (camel !== undefined)
          silent.push(
            [inConfig(camel), "config"],
            [`def ${camel}(self):\n`, "code"],
            [`x = ${camel}(y)\n`, "config"],
          );
      }
      const problems = silent.flatMap(([text, kind]) => {
        const found = hits(text, kind);
        return found.length === 0 ? [] : [`${JSON.stringify(text)} (${kind}): found ${describeHits(found)}`];
      });
      if (format.detector !== "shape") return problems;
      // A value that passes its format's checks is never silenced by the code around it.
      const value = example(format.example ?? format.shape);
      for (const text of [`result = ${value}(request)\n`, `path = /srv/${value}/x\n`]) {
        const found = describeHits(hits(text));
        const expected = JSON.stringify([[format.id, format.severity]]);
        if (found !== expected)
          problems.push(`${JSON.stringify(text)}: found ${found}, expected ${expected}`);
      }
      return problems;
    },
  },
];
