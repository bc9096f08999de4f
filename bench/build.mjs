// Builds what the bench runs: the engine bundled by ncc exactly as the product bundles it (a generated
// entry re-exports the engine functions, so the bench measures shipped code, not ts-jest or tsx output),
// and a snapshot of the dist/ bundles (built first when they are missing).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const TMP = path.join(ROOT, ".bench-tmp");
export const CLI = path.join(ROOT, "dist", "cli", "index.js");
const NCC = path.join(ROOT, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

// The entry lives in the git-ignored scratch folder: a .ts file under bench/ would be outside the
// tsconfig project and break `npm run lint`.
const ENTRY = `export { decrypt, encrypt } from "../../actions/lib/sops/engine.js";
export { parseIdentities } from "../../actions/lib/sops/age.js";
export { detectEncryptedFormat } from "../../actions/lib/sops/formats.js";
export { treeToPlain } from "../../tools/plain.js";
export { setValue } from "../../actions/lib/sops/engine.js";
`;

function ncc(entry, outDir, extra = []) {
  execFileSync(
    process.execPath,
    [NCC, "build", entry, "-o", outDir, "--transpile-only", "--quiet", ...extra],
    {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

/**
 * Bundles a generated entry (`source`, paths relative to .bench-tmp/NAME/) into .bench-tmp/NAME/dist,
 * with a source map for --profile, and imports it.
 */
export async function bundleEntry(name, source) {
  const dir = path.join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, "entry.ts");
  writeFileSync(entry, source);
  ncc(path.relative(ROOT, entry), path.relative(ROOT, path.join(dir, "dist")), [
    "--source-map",
    "--no-source-map-register",
  ]);
  const file = path.join(dir, "dist", "index.js");
  return { file, module: await import(pathToFileURL(file).href) };
}

/** The engine, bundled as the product ships it. */
export async function bundleEngine() {
  const { file, module } = await bundleEntry("engine", ENTRY);
  return { file, engine: module };
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const full = path.join(dir, name);
    if (name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ when the CLI is missing and snapshots the bundles into .bench-tmp/dist, so that a rebuild
 * of dist/ while the bench runs cannot pull files away mid-measurement. `warning` is set when the
 * bundles are older than the sources they bundle.
 */
export function snapshotDist() {
  let warning;
  if (!existsSync(CLI)) {
    console.log("dist/cli/index.js is missing: bundling (node scripts/build.mjs)...");
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], {
      cwd: ROOT,
      stdio: "inherit",
    });
  } else if (statSync(CLI).mtimeMs < newestMtime(path.join(ROOT, "actions"))) {
    warning = "dist/ is older than actions/**/*.ts: the process rows time stale code (run `npm run build`)";
  }
  const dir = path.join(TMP, "dist");
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "dist"), dir, { recursive: true });
  return { dir, cli: path.join(dir, "cli", "index.js"), warning };
}
