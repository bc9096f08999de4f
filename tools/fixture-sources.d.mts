export interface FixtureRow {
  file: string;
  format: string;
  sopsVersion: string;
  keyFile: string | undefined;
  check: string;
  table: "age" | "pgp";
}

export function fixtureRows(fixtures: string): FixtureRow[];
export const FIXTURES_DIR: string;
export const EXPECTED_DIR: string;
