// Bundles every entry point into dist/ with ncc (unminified, with source maps and a licenses file),
// then regenerates the generated docs. dist/ is committed, so the output must be deterministic.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

/** dist folder → TypeScript entry point. */
export const ENTRIES = {
  cli: "actions/cli/index.ts",
};

rmSync(path.join(root, "dist"), { recursive: true, force: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  execFileSync(
    process.execPath,
    [ncc, "build", entry, "-o", `dist/${name}`, "--source-map", "--license", "licenses.txt", "--transpile-only", "--quiet"],
    { cwd: root, stdio: "inherit" },
  );
}

const docs = path.join(root, "scripts", "docs.mjs");
if (existsSync(docs)) execFileSync(process.execPath, [docs], { cwd: root, stdio: "inherit" });
