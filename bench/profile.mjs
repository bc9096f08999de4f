// `npm run bench -- --profile`: CPU profiles (node --cpu-prof) of ours and sops-age on the largest
// workload and of one CLI process, summarised as self time and inclusive time per function, mapped
// back to the TypeScript sources through the bundle's source map.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./build.mjs";

function loadSourceMap(bundle) {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, "utf8")));
  } catch {
    return undefined;
  }
}

function shortPath(source) {
  const cleaned = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^file:\/\//, "");
  const modules = cleaned.lastIndexOf("node_modules/");
  if (modules >= 0) return cleaned.slice(modules);
  const relative = path.isAbsolute(cleaned) ? path.relative(ROOT, cleaned) : cleaned;
  return relative.replace(/^(\.\.\/)+/, "");
}

/** A readable place for a profile frame: the original source file and line when the map knows it. */
function locate(frame, maps) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return "";
  const file = url.startsWith("file://") ? fileURLToPath(url) : url;
  const map = maps.get(file);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry && entry.originalSource) return `${shortPath(entry.originalSource)}:${entry.originalLine + 1}`;
  return `${shortPath(file)}:${lineNumber + 1}`;
}

export function summarize(profileFile, maps, top, engineRows = true) {
  const profile = JSON.parse(readFileSync(profileFile, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = new Map();
  const fileOf = new Map();
  for (const node of profile.nodes) {
    const where = locate(node.callFrame, maps);
    // Webpack names a bundled module's body after its numeric id.
    const name = /^\d+$/.test(node.callFrame.functionName)
      ? "(module body)"
      : node.callFrame.functionName || "(anonymous)";
    keyOf.set(node.id, `${name}${where ? `  ${where}` : ""}`);
    fileOf.set(node.id, where ? where.replace(/:\d+$/, "") : node.callFrame.functionName);
  }
  const self = new Map();
  const total = new Map();
  const perFile = new Map();
  let sum = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    sum += delta;
    const add = (map, key) => map.set(key, (map.get(key) ?? 0) + delta);
    add(self, keyOf.get(id));
    add(perFile, fileOf.get(id));
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const key = keyOf.get(node);
      if (byId.get(node).callFrame.functionName === "(root)" || seen.has(key)) continue;
      seen.add(key);
      add(total, key);
    }
  });
  const rows = (map, filter = () => true) =>
    [...map.entries()]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, us]) =>
          `    ${((100 * us) / sum).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
      )
      .join("\n");
  return [
    `  sampled ${(sum / 1000).toFixed(0)} ms`,
    "  self time by function:",
    rows(self),
    "  self time by source file:",
    rows(perFile),
    ...(engineRows
      ? ["  inclusive time, our functions (actions/):", rows(total, (key) => key.includes("actions/"))]
      : []),
  ].join("\n");
}

function profileRun(dir, args, env) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "250", ...args],
    {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const [file] = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  return path.join(dir, file);
}

/**
 * @param works [{name, file, format, peerFileType, keyFile, iterations}]: workloads decrypted by both sides
 * @param cli {args, env, label}: one CLI process, profiled when given
 */
export function runProfiles({ tmp, bundle, cliBundle, works, cli }) {
  const maps = new Map();
  for (const file of [bundle, cliBundle]) {
    const map = loadSourceMap(file);
    if (map) maps.set(file, map);
  }
  const target = path.join(ROOT, "bench", "profile-target.mjs");
  const out = [];
  for (const work of works) {
    for (const which of ["ours", "sops-age"]) {
      const args = [
        target,
        which,
        bundle,
        work.file,
        work.format,
        work.peerFileType,
        work.keyFile,
        String(work.iterations),
      ];
      const profile = profileRun(path.join(tmp, `profile-${which}-${work.format}`), args, process.env);
      out.push(
        `\n${which}: ${work.iterations} decryptions of ${work.name}\n${summarize(profile, maps, 15, which === "ours")}`,
      );
    }
  }
  if (cli) {
    const cliProfile = profileRun(path.join(tmp, "profile-cli"), cli.args, cli.env);
    out.push(`\nCLI: one process, ${cli.label}\n${summarize(cliProfile, maps, 12)}`);
  }
  return out.join("\n");
}
