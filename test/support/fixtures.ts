/**
 * Access to the real sops-written fixtures vendored in test/fixtures. A missing fixture fails loudly:
 * tests must never pass by skipping them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  EXPECTED_DIR,
  FIXTURES_DIR,
  fixtureRows as readRows,
  type FixtureRow,
} from "../../tools/fixture-sources.mjs";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const FIXTURES = FIXTURES_DIR;
export const EXPECTED = EXPECTED_DIR;

export type { FixtureRow } from "../../tools/fixture-sources.mjs";

if (!existsSync(path.join(FIXTURES, "SOURCES.md"))) {
  throw new Error(
    `the vendored SOPS fixtures are missing: expected ${FIXTURES}/SOURCES.md (test/fixtures/sops in the repository)`,
  );
}

/** The fixture rows of SOURCES.md; throws when the fixtures are missing. */
export function fixtureRows(): FixtureRow[] {
  return readRows(FIXTURES);
}

/** A fixture's path; a fixture that is not there is an error, never a skipped test. */
export function fixturePath(relative: string): string {
  const file = path.join(FIXTURES, relative);
  if (!existsSync(file)) throw new Error(`the fixture ${relative} is missing from ${FIXTURES}`);
  return file;
}

export function readFixture(relative: string): Buffer {
  return readFileSync(fixturePath(relative));
}

export function expectedFor(relative: string): unknown {
  const file = path.join(EXPECTED, `${relative}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}
