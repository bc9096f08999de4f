// inventory merge on an organisation: 500 generated repository inventories of 50 secrets each
// (tools/inventory-corpus.mjs, a fixed seed) merged by the shipped CLI into the Markdown, HTML and JSON
// reports — whole process, median of 5 runs, target 5 s — and the HTML's size (target 5 MB: one file
// a browser opens at once and an artifact downloads quickly).
//
// Run alone: node bench/inventory-merge.mjs   (also called by bench/run.mjs)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateOrganisation } from "../tools/inventory-corpus.mjs";
import { CLI, TMP } from "./build.mjs";
import { median } from "./timing.mjs";

const REPOSITORIES = 500;
const SECRETS = 50;
const RUNS = 5;
const TARGET_MS = 5000;
const TARGET_BYTES = 5 * 1024 * 1024;
const SEED = 0x5ec2e75;

/** mulberry32: a small seeded generator, so the same 500 inventories are merged on every machine. */
function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (bound) => Math.floor(next() * bound) };
}

export async function runInventoryMergeBench() {
  const dir = path.join(TMP, "inventory-merge");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "in"), { recursive: true });
  const files = generateOrganisation({
    repositories: REPOSITORIES,
    secrets: SECRETS,
    random: seeded(SEED),
  }).map((inventory, index) => {
    const file = path.join("in", `${String(index).padStart(4, "0")}.json`);
    writeFileSync(path.join(dir, file), `${JSON.stringify(inventory, null, 2)}\n`);
    return file;
  });
  const inputBytes = files.reduce((total, file) => total + statSync(path.join(dir, file)).size, 0);
  const outputs = { markdown: "report.md", html: "report.html", json: "report.json" };
  const args = [
    CLI,
    "inventory",
    "merge",
    ...files,
    ...Object.entries(outputs).flatMap(([option, file]) => [`--${option}`, file]),
    "--replace",
  ];
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    times.push(performance.now() - started);
  }
  const size = (file) => statSync(path.join(dir, file)).size;
  const html = size(outputs.html);
  const merged = JSON.parse(readFileSync(path.join(dir, outputs.json), "utf8"));
  const timePass = median(times) <= TARGET_MS;
  const sizePass = html <= TARGET_BYTES;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  console.log(
    `\n== inventory merge: ${REPOSITORIES} repositories x ${SECRETS} secrets (${mib(inputBytes)} of JSON; ` +
      `${merged.totals.names} names in ${merged.totals.places} places), shipped CLI, whole process, median of ${RUNS}`,
  );
  console.table([
    {
      measure: "merge + Markdown, HTML, JSON",
      value: `${median(times).toFixed(0)} ms`,
      target: `<= ${TARGET_MS} ms`,
      result: timePass ? "PASS" : "FAIL",
    },
    {
      measure: "HTML report",
      value: mib(html),
      target: `<= ${mib(TARGET_BYTES)}`,
      result: sizePass ? "PASS" : "FAIL",
    },
    { measure: "JSON report", value: mib(size(outputs.json)), target: "", result: "" },
    {
      measure: "Markdown report",
      value: `${size(outputs.markdown)} bytes`,
      target: "<= 65,536 characters",
      result: "",
    },
  ]);
  rmSync(dir, { recursive: true, force: true });
  return {
    misses: [
      ...(timePass
        ? []
        : [`inventory merge of ${REPOSITORIES} repositories: ${median(times).toFixed(0)} ms`]),
      ...(sizePass ? [] : [`inventory HTML of ${REPOSITORIES} repositories: ${mib(html)}`]),
    ],
    targets: 2,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runInventoryMergeBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
