/**
 * Access to the real sops-written fixtures in ../shared. A missing ../shared fails loudly: tests must
 * never pass by skipping them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const SHARED = path.resolve(REPO_ROOT, "..", "shared");
export const FIXTURES = path.join(SHARED, "fixtures", "sops");
export const EXPECTED = path.join(SHARED, "fixtures", "sops-expected");

if (!existsSync(path.join(FIXTURES, "SOURCES.md"))) {
  throw new Error(
    `the shared SOPS fixtures are missing: expected ${FIXTURES}/SOURCES.md beside the repository`,
  );
}

export interface FixtureRow {
  file: string;
  format: string;
  sopsVersion: string;
  keyFile: string | undefined;
  check: string;
  table: "age" | "pgp";
}

function cells(line: string): string[] {
  // Cells may contain escaped pipes (`^(data\|stringData)$`).
  const placeholder = "\u{E000}";
  return line
    .replaceAll("\\|", placeholder)
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.replaceAll(placeholder, "|").trim());
}

function firstCode(cell: string): string | undefined {
  return /`([^`]+)`/.exec(cell)?.[1]?.split(" ")[0];
}

export function fixtureRows(): FixtureRow[] {
  const text = readFileSync(path.join(FIXTURES, "SOURCES.md"), "utf8");
  const rows: FixtureRow[] = [];
  let table: "age" | "pgp" | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("## Files encrypted to age")) table = "age";
    else if (line.startsWith("## Files encrypted to PGP")) table = "pgp";
    else if (line.startsWith("## ")) table = undefined;
    if (!table || !line.startsWith("| `")) continue;
    const [file, , format, version, decryptWith, , , check] = cells(line);
    rows.push({
      file: firstCode(file ?? "") ?? "",
      format: format ?? "",
      sopsVersion: version ?? "",
      keyFile: firstCode(decryptWith ?? ""),
      check: check ?? "",
      table,
    });
  }
  return rows;
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
