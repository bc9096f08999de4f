/**
 * Access to the real sops-written fixtures in ../shared. A missing ../shared fails loudly: tests must
 * never pass by skipping them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fixtureRows as readRows, type FixtureRow } from "../../tools/fixture-sources.mjs";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const SHARED = path.resolve(REPO_ROOT, "..", "shared");
export const FIXTURES = path.join(SHARED, "fixtures", "sops");
export const EXPECTED = path.join(SHARED, "fixtures", "sops-expected");

export type { FixtureRow } from "../../tools/fixture-sources.mjs";

if (!existsSync(path.join(FIXTURES, "SOURCES.md"))) {
  throw new Error(
    `the shared SOPS fixtures are missing: expected ${FIXTURES}/SOURCES.md beside the repository`,
  );
}

/** The fixture rows of SOURCES.md; throws when ../shared is missing. */
export function fixtureRows(): FixtureRow[] {
  return readRows(FIXTURES);
}

export function fixturePath(relative: string): string {
  return path.join(FIXTURES, relative);
}

export function readFixture(relative: string): Buffer {
  return readFileSync(fixturePath(relative));
}

export function expectedFor(relative: string): unknown {
  const file = path.join(EXPECTED, `${relative}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}
