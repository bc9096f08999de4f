// The fixture catalogue test/fixtures/sops/SOURCES.md (real sops-written files vendored with their
// public test keys), read by the tests and by the benchmark.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "..", "test", "fixtures", "sops");
export const EXPECTED_DIR = path.resolve(import.meta.dirname, "..", "test", "fixtures", "sops-expected");

/** Markdown table cells; cells may contain escaped pipes (`^(data\|stringData)$`). */
function cells(line) {
  const placeholder = "\u{E000}";
  return line
    .replaceAll("\\|", placeholder)
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.replaceAll(placeholder, "|").trim());
}

function firstCode(cell) {
  return /`([^`]+)`/.exec(cell)?.[1]?.split(" ")[0];
}

/** Every fixture row of SOURCES.md, from its age and its PGP tables. */
export function fixtureRows(fixtures) {
  const sources = path.join(fixtures, "SOURCES.md");
  if (!existsSync(sources)) {
    throw new Error(`the SOPS fixtures are missing: expected ${sources}`);
  }
  const rows = [];
  let table;
  for (const line of readFileSync(sources, "utf8").split("\n")) {
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
