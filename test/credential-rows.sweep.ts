/**
 * The seed sweep (`npm run sweep`, not part of `npm test`): every check of every row of the credential
 * table over SWEEP_SEEDS seeds (10,000 unless set), drawn in the order scan-credentials.test.ts draws
 * them. It prints a line per failing (row, check) with how many seeds failed and the first one, which
 * `TEST_SEED=<seed> npm test -- test/scan-credentials.test.ts` reproduces.
 */
import { expect, test } from "@jest/globals";
import { CREDENTIAL_FORMATS } from "../actions/lib/scan/credentials.js";
import { ROW_CHECKS } from "./support/credential-rows.js";
import { random } from "./support/random.js";

const SEEDS = Number(process.env.SWEEP_SEEDS ?? 10_000);
const FIRST = Number(process.env.SWEEP_FIRST_SEED ?? 0);

test(`every row of the credential table holds over ${SEEDS} seeds`, () => {
  const failures = new Map<string, { seeds: number; first: number; problem: string }>();
  for (let seed = FIRST; seed < FIRST + SEEDS; seed++) {
    random.reseed(seed);
    CREDENTIAL_FORMATS.forEach((format, row) => {
      for (const check of ROW_CHECKS) {
        const [problem] = check.problems(format);
        if (problem === undefined) continue;
        const key = `row ${row} ${format.id} (${format.shape}): ${check.name}`;
        const seen = failures.get(key);
        if (seen) seen.seeds++;
        else failures.set(key, { seeds: 1, first: seed, problem });
      }
    });
  }
  const lines = [...failures].map(
    ([key, { seeds, first, problem }]) => `${key}\n  ${seeds} of ${SEEDS} seeds, first ${first}: ${problem}`,
  );
  process.stdout.write(
    `seed sweep: ${CREDENTIAL_FORMATS.length} rows × ${ROW_CHECKS.length} checks × seeds ${FIRST}..${FIRST + SEEDS - 1}: ` +
      `${failures.size} failing (row, check) pairs\n${lines.join("\n")}\n`,
  );
  expect(lines).toEqual([]);
});
