/**
 * The detection corpus (test/support/corpus.ts), one test per case: a credential written where people
 * write them must be an error, a look-alike must not be, the Juniper placeholder files must be quiet.
 * It measures the detectors: `npm run corpus` prints the same cases as recall and false-positive figures.
 */
import { describe, expect, test } from "@jest/globals";
import { CREDENTIAL_FORMATS } from "../actions/lib/scan/credentials.js";
import { buildCorpus, CORPUS_NOW, meets, outcome, redacted, type CorpusCase } from "./support/corpus.js";

const CORPUS = buildCorpus();

const title = (item: CorpusCase) =>
  `${item.format}${item.form ? ` (${item.form})` : ""} in ${item.syntax}: ${item.expect}`;

describe("the corpus", () => {
  test("covers every row of the credential table", () => {
    const claimed = new Set(CORPUS.filter((item) => item.form === "table").map((item) => item.format));
    const missing = CREDENTIAL_FORMATS.filter(
      (format) => format.detector !== "generic" && !claimed.has(format.label),
    ).map((format) => format.label);
    expect(missing).toEqual([]);
  });

  test("holds each value in its file, and no claimed value twice", () => {
    const lost = CORPUS.filter(
      (item) =>
        item.value !== "" &&
        !item.text.includes(item.value) &&
        // Encoded on the way in: escaped (JSON, XML), wrapped, or percent-encoded (URL userinfo).
        !/wrapped|pem-dotenv|pem-json|pem-yaml|xml|url-userinfo/.test(item.syntax),
    );
    expect(lost.map(title)).toEqual([]);
    const values = CORPUS.filter((item) => item.group !== "non-secret" && item.value !== "").map(
      (item) => item.value,
    );
    expect(new Set(values).size).toBe(values.length);
  });
});

for (const group of ["claimed", "name-only", "non-secret", "juniper"] as const) {
  describe(group, () => {
    test.each(CORPUS.filter((item) => item.group === group).map((item) => [title(item), item] as const))(
      "%s",
      (_title, item) => {
        const { level, detectors } = outcome(item, CORPUS_NOW);
        // The message names the case and the hit, never the value beyond its prefix.
        const seen = `${item.path}: ${redacted(item)} → ${level}${detectors.length ? ` (${detectors.join(", ")})` : ""}`;
        expect({ seen, meets: meets(item.expect, level) }).toEqual({ seen, meets: true });
      },
    );
  });
}
