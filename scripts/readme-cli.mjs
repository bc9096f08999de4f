// Writes the output of the bundled CLI's `--help` into the README's command-line section, so that the
// README and --help come from one source (actions/cli/usage.ts). Run by scripts/build.mjs after the
// bundles; test/cli-conventions.test.ts fails when the README is stale.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const readme = path.join(root, "README.md");
const START = /(<!-- cli-help:[^\n]*-->\n\n?```text\n)[^]*?(```\n\n?<!-- \/cli-help -->)/;

const help = execFileSync(process.execPath, [
  path.join(root, "dist", "cli", "index.js"),
  "--help",
]).toString();
const text = readFileSync(readme, "utf8");
if (!START.test(text)) throw new Error("README.md has no <!-- cli-help --> block");
writeFileSync(
  readme,
  text.replace(START, (_, open, close) => `${open}${help}${close}`),
);
