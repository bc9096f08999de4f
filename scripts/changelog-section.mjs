// Prints the section of CHANGELOG.md (Keep a Changelog) for a tag, e.g. `v1.2.3` → `## [1.2.3] - ...`,
// for the release notes. A tag without a section is an error: every release says what changed.
//
// Usage: node scripts/changelog-section.mjs v1.2.3
import { readFileSync } from "node:fs";
import path from "node:path";

const tag = process.argv[2] ?? "";
const version = tag.replace(/^v/, "");
const text = readFileSync(path.resolve(import.meta.dirname, "..", "CHANGELOG.md"), "utf8");
const lines = text.split("\n");
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
if (version === "" || start === -1) {
  process.stderr.write(`CHANGELOG.md has no "## [${version}]" section: add one before tagging ${tag}\n`);
  process.exit(1);
}
const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
process.stdout.write(
  `${lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join("\n")
    .trim()}\n`,
);
