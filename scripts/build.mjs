// Bundles every entry point into dist/ with ncc (unminified, with source maps and a licenses file),
// then regenerates the generated docs. Every bundle is CommonJS: Node 20 loads a CommonJS entry and its
// chunks 3 to 5 ms faster than ES modules, much of a command's whole start-up (bench/startup.mjs). ncc
// emits CommonJS for an entry under a `"type": "commonjs"` package.json only, so each bundle is built from
// a one-line wrapper in .build/entries/ that imports the real entry, and its dist folder gets a
// package.json saying what it is. dist/ and the docs are committed, so the output must be deterministic; `--out DIR` builds into another folder (the freshness test compares the two), and
// `--only NAME` (repeatable) rebuilds just those dist folders, leaving the others in place.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

const COMMONJS = `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`;
const WRAPPERS = path.join(root, ".build", "entries");

/** Writes `text` to `file` unless it is there already; a rename, so a build beside this one reads it whole. */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The wrapper entry that makes ncc bundle `entry` (a path from the root) as CommonJS. */
function commonjsEntry(name, entry) {
  writeIfChanged(path.join(WRAPPERS, "package.json"), COMMONJS);
  const wrapper = path.join(WRAPPERS, name, "index.ts");
  const target = path.relative(path.dirname(wrapper), path.join(root, entry)).split(path.sep).join("/");
  writeIfChanged(wrapper, `import "${target.replace(/\.ts$/, ".js")}";\n`);
  return path.relative(root, wrapper);
}

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
      commonjsEntry(name, entry),
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
  writeFileSync(path.join(out, "dist", name, "package.json"), COMMONJS);
}

// The README's CLI section is the bundled CLI's --help; only a build of the real tree rewrites it.
if (!values.out && (!values.only || values.only.includes("cli")))
  execFileSync(process.execPath, [path.join(root, "scripts", "readme-cli.mjs")], {
    cwd: root,
    stdio: "inherit",
  });

const docs = path.join(root, "scripts", "docs.mjs");
if (existsSync(docs)) execFileSync(process.execPath, [docs, "--out", out], { cwd: root, stdio: "inherit" });
