export interface FixtureRow {
  file: string;
  format: string;
  sopsVersion: string;
  keyFile: string | undefined;
  check: string;
  table: "age" | "pgp";
}

export function fixtureRows(fixtures: string): FixtureRow[];
