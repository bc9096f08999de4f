// Bundles every entry point into dist/ with ncc (unminified, with source maps and a licenses file),
// then regenerates the generated docs. dist/ and the docs are committed, so the output must be
// deterministic; `--out DIR` builds into another folder (the freshness test compares the two), and
// `--only NAME` (repeatable) rebuilds just those dist folders, leaving the others in place.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleEntries } from "../tools/actions.mjs";

const root = path.resolve(import.meta.dirname, "..");
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
const { values } = parseArgs({
  options: { out: { type: "string" }, only: { type: "string", multiple: true } },
});
const out = path.resolve(values.out ?? root);

const ENTRIES = bundleEntries(root);

const selected = Object.entries(ENTRIES).filter(([name]) => !values.only || values.only.includes(name));
if (selected.length === 0) throw new Error(`--only names none of: ${Object.keys(ENTRIES).join(", ")}`);
if (!values.only) rmSync(path.join(out, "dist"), { recursive: true, force: true });
for (const [name, entry] of selected) {
  rmSync(path.join(out, "dist", name), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      entry,
      "-o",
      path.join(out, "dist", name),
      "--source-map",
      "--no-source-map-register",
      "--license",
      "licenses.txt",
      "--transpile-only",
      "--quiet",
    ],
    { cwd: root, stdio: "inherit" },
  );
}

// The README's CLI section is the bundled CLI's --help; only a build of the real tree rewrites it.
if (!values.out && (!values.only || values.only.includes("cli")))
  execFileSync(process.execPath, [path.join(root, "scripts", "readme-cli.mjs")], {
    cwd: root,
    stdio: "inherit",
  });

const docs = path.join(root, "scripts", "docs.mjs");
if (existsSync(docs)) execFileSync(process.execPath, [docs, "--out", out], { cwd: root, stdio: "inherit" });
