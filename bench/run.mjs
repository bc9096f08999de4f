// `npm run bench`: our SOPS engine (the ncc bundle, MAC verification on) against sops-age, the existing
// JavaScript decrypter (which skips the MAC), on the same files; then the CLI's whole-process time
// against a bare `node -e 0`, and the bundled decrypt-env action against a minimal sops-age script;
// then the verify-no-plaintext scanner against secretlint and cross-repo-dispatch's fan-out against
// one step per repository, inventory merge on 500 repositories (time and HTML size) and the inventory's
// GitHub requests per repository on 500 repositories. A report: exits 0 when a target is missed, 1 when
// the two decrypters disagree on a value (the timings would then mean nothing).
//
// Options: --profile       also CPU-profile ours and sops-age on the largest file of each format, and one
//                          CLI process
//          --keep          keep .bench-tmp/ (bundle, encrypted workloads, profiles) for inspection
//          --only decrypt  only the decrypt table (and, with --profile, the decrypt profiles)
//          --only startup  only the start-up rows (bench/startup.mjs)
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { decryptSops } from "sops-age";
import { actionEnvironment, bundleSizes } from "./action.mjs";
import { runDispatchBench } from "./dispatch.mjs";
import { runFindingsBench } from "./findings.mjs";
import { runInventoryMergeBench } from "./inventory-merge.mjs";
import { runInventoryRequestsBench } from "./inventory-requests.mjs";
import { runRotationBench } from "./rotation.mjs";
import { runScanBench } from "./scan.mjs";
import { runStartupBench } from "./startup.mjs";
import { runWorkflowsBench } from "./workflows.mjs";
import { ROOT, TMP, bundleEngine, snapshotDist } from "./build.mjs";
import { firstDifference } from "./compare.mjs";
import { runProfiles } from "./profile.mjs";
import { timePair, timeProcesses } from "./timing.mjs";
import { ageFixtures, generatedWorkloads } from "./workloads.mjs";

const argv = new Set(process.argv.slice(2));
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && only !== "startup" && only !== "decrypt")
  throw new Error(`--only takes decrypt or startup, not ${only}`);
const LARGE_TARGET = 0.5;
// JSON has no YAML composition to pay for: its floor is the cipher and the MAC.
const LARGE_JSON_TARGET = 0.45;
const SMALL_TARGET = 1.0;
const CLI_TARGET = 2.0;
const ACTION_TARGET = 1.2;
const CLI_RUNS = 30;

// One line, whatever the library put in its message (zod reports are multi-line JSON).
const oneLine = (error) =>
  String(error instanceof Error ? error.message : error)
    .replace(/\s+/g, " ")
    .slice(0, 140);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** A plain-text table; the first `textColumns` columns are left-aligned, the numbers right-aligned. */
function table(header, rows, textColumns = 2) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const numeric = (column) => column >= textColumns;
  const line = (cells) =>
    cells
      .map((cell, column) =>
        numeric(column) ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]),
      )
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** Decrypts once with each side; returns what is needed to time it, or why it cannot be compared. */
async function prepare(workload, engine) {
  const format =
    workload.plain === undefined
      ? engine.detectEncryptedFormat(workload.name, workload.bytes)
      : workload.format;
  const ours = async () =>
    engine.decrypt(workload.bytes, {
      format,
      identities: await engine.parseIdentities(workload.keyText, "bench key"),
    });

  let oursResult;
  let oursError;
  try {
    oursResult = await ours();
  } catch (error) {
    oursError = oneLine(error);
  }

  let theirs;
  let theirsResult;
  let peerError =
    workload.postQuantum && workload.peerKeys.length === 0
      ? "post-quantum identity: sops-age takes X25519 keys only"
      : undefined;
  for (const secretKey of peerError ? [] : workload.peerKeys) {
    const attempt = () => decryptSops(workload.bytes, { secretKey, fileType: workload.peerFileType });
    try {
      theirsResult = await attempt();
      theirs = attempt;
      peerError = undefined;
      break;
    } catch (error) {
      peerError = `sops-age: ${oneLine(error)}`;
    }
  }
  peerError ??= theirs ? undefined : "no X25519 key for sops-age";

  if (peerError) return { skipped: peerError, oursError };
  if (oursError) return { mismatch: `ours failed where sops-age succeeded: ${oursError}` };
  const [first] = oursResult.branches;
  const difference = firstDifference(first ? engine.treeToPlain(first) : {}, theirsResult);
  if (difference) return { mismatch: `values differ at ${difference}` };
  return { ours, theirs, leaves: oursResult.leaves.length, format };
}

/** CPU profiles of the largest workload of each format, and of one CLI process when `cli` is given. */
function profileLargest(prepared, bundle, cliBundle, cli) {
  const largest = new Map();
  for (const { workload } of prepared) {
    const known = largest.get(workload.format);
    if (!known || workload.bytes.length > known.bytes.length) largest.set(workload.format, workload);
  }
  const dir = path.join(TMP, "profiled");
  mkdirSync(dir, { recursive: true });
  const works = [...largest.values()]
    .filter((workload) => workload.large)
    .map((workload) => {
      const file = path.join(dir, `${workload.format}.enc`);
      const keyFile = path.join(dir, `${workload.format}.key`);
      writeFileSync(file, workload.bytes);
      writeFileSync(keyFile, workload.keyText);
      return { ...workload, file, keyFile, iterations: 15 };
    });
  console.log("\nprofiling (node --cpu-prof, 250 µs sampling)...");
  return runProfiles({ tmp: TMP, bundle, cliBundle, works, cli });
}

async function main() {
  if (only === "startup") {
    const { misses, targets } = await runStartupBench();
    console.log(misses.length === 0 ? `\nall ${targets} targets met` : `\nmissed: ${misses.join("; ")}`);
    return;
  }
  console.log(
    `SOPS decrypt bench — node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "?"})`,
  );
  const { dir: distSnapshot, cli: cliBundle, warning: distWarning } = snapshotDist();
  console.log("bundling the engine with ncc (as the product ships it)...");
  const { file: bundle, engine } = await bundleEngine();
  rmSync(path.join(TMP, "engine", "entry.ts"));

  const workloads = [...ageFixtures(), ...(await generatedWorkloads(engine))];
  const prepared = [];
  const skipped = [];
  const mismatches = [];
  for (const workload of workloads) {
    const result = await prepare(workload, engine);
    if (result.skipped) skipped.push({ workload, ...result });
    else if (result.mismatch) mismatches.push(`${workload.name}: ${result.mismatch}`);
    else prepared.push({ workload, ...result });
  }
  if (mismatches.length > 0) {
    console.error(
      `\nFAIL: ours and sops-age disagree; no timing is meaningful until this is fixed:\n  ${mismatches.join("\n  ")}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `${prepared.length} files decrypt to identical values with both; timing (MAC verification on for ours)...\n`,
  );

  const rows = [];
  const misses = [];
  const fixtureRatios = [];
  for (const { workload, ours, theirs, leaves, format } of prepared) {
    const { a, b, ratio, ratioLow, ratioHigh, runs } = await timePair(
      ours,
      theirs,
      workload.large ? { warmupRuns: 2, warmupMs: 0 } : {},
    );
    const target = workload.large
      ? workload.format === "json"
        ? LARGE_JSON_TARGET
        : LARGE_TARGET
      : SMALL_TARGET;
    const pass = ratio <= target;
    if (!pass) misses.push(`${workload.name} ${ratio.toFixed(2)} > ${target}`);
    if (workload.plain === undefined) fixtureRatios.push(ratio);
    rows.push([
      workload.name,
      format,
      leaves,
      (workload.bytes.length / 1024).toFixed(1),
      runs,
      ms(a),
      ms(b),
      ratio.toFixed(2),
      `${ratioLow.toFixed(2)}-${ratioHigh.toFixed(2)}`,
      `<= ${target.toFixed(2)}`,
      pass ? "PASS" : "FAIL",
    ]);
  }
  console.log(
    table(
      [
        "file",
        "format",
        "values",
        "KiB",
        "runs",
        "ours ms",
        "sops-age ms",
        "ours/theirs",
        "IQR",
        "target",
        "result",
      ],
      rows,
    ),
  );
  const geomean = Math.exp(fixtureRatios.reduce((sum, r) => sum + Math.log(r), 0) / fixtureRatios.length);
  console.log(
    `\nsops-written fixtures: geometric mean ours/theirs ${geomean.toFixed(2)} over ${fixtureRatios.length} files`,
  );
  console.log(
    "ms: median per decryption, from file bytes and key text to the decrypted tree (ours parses the key, unwraps the\n" +
      "data key and verifies the MAC; sops-age derives the key's recipient and skips the MAC). ours/theirs: median of the\n" +
      "ratios of back-to-back pairs (IQR: their 25th-75th percentiles). Other processes on the machine widen the IQR.",
  );

  if (skipped.length > 0) {
    console.log("\nnot compared (sops-age cannot decrypt them):");
    for (const { workload, skipped: reason, oursError } of skipped) {
      console.log(`  ${workload.name}: ${reason}${oursError ? `  [ours also fails: ${oursError}]` : ""}`);
    }
  }
  if (only === "decrypt") {
    if (argv.has("--profile")) console.log(profileLargest(prepared, bundle, cliBundle));
    return;
  }

  // CLI: the 20-key dotenv, with the key only in SOPS_AGE_KEY and no default keys.txt to read.
  const work = path.join(TMP, "work");
  mkdirSync(path.join(work, "config"), { recursive: true });
  const dotenv = workloads.find((workload) => workload.format === "dotenv" && workload.plain !== undefined);
  const envFile = path.join(work, "secrets.enc.env");
  writeFileSync(envFile, dotenv.bytes);
  const env = {
    ...process.env,
    SOPS_AGE_KEY: dotenv.peerKeys[0],
    XDG_CONFIG_HOME: path.join(work, "config"),
  };
  delete env.SOPS_AGE_KEY_FILE;
  delete env.NODE_OPTIONS;
  const cliArgs = [cliBundle, "decrypt", envFile];
  const spawnOptions = { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] };
  const check = spawnSync(process.execPath, cliArgs, spawnOptions);
  if (check.status !== 0 || check.stdout !== dotenv.plain) {
    console.error(
      `\nFAIL: the CLI did not print the plaintext (exit ${check.status}): ${check.stderr.slice(0, 300)}`,
    );
    process.exitCode = 1;
    return;
  }
  const cli = timeProcesses(
    [process.execPath, cliArgs, spawnOptions],
    [process.execPath, ["-e", "0"], spawnOptions],
    CLI_RUNS,
  );
  const cliRatio = cli.ratio;
  const cliPass = cliRatio <= CLI_TARGET;
  if (!cliPass) misses.push(`CLI ${cliRatio.toFixed(2)} > ${CLI_TARGET}`);
  console.log(`\nCLI whole process, median of ${cli.runs} alternating runs:`);
  console.log(
    table(
      ["command", "wall ms", "ratio", "target", "result"],
      [
        [
          "node dist/cli/index.js decrypt <20-key .env>",
          ms(cli.first),
          cliRatio.toFixed(2),
          `<= ${CLI_TARGET.toFixed(1)}`,
          cliPass ? "PASS" : "FAIL",
        ],
        ["node -e 0", ms(cli.second), "", "", ""],
      ],
      1,
    ),
  );
  if (distWarning) console.log(`warning: ${distWarning}`);

  // decrypt-env: the whole bundled action (runner protocol files, MAC verification, masking, export)
  // against a script that only decrypts the same file with sops-age and prints it.
  const workspace = path.join(work, "workspace");
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, ".env.enc"), dotenv.bytes);
  const actionEnv = actionEnvironment({
    workspace,
    protocolDir: path.join(work, "runner"),
    file: ".env.enc",
    ageKey: dotenv.peerKeys[0],
  });
  const actionArgs = [path.join(distSnapshot, "decrypt-env", "main", "index.js")];
  const actionOptions = {
    env: actionEnv,
    cwd: workspace,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  };
  const peerArgs = [path.join(ROOT, "bench", "sops-age-minimal.mjs"), path.join(workspace, ".env.enc")];
  const peerOptions = { ...spawnOptions, cwd: ROOT };
  const actionCheck = spawnSync(process.execPath, actionArgs, actionOptions);
  if (actionCheck.status !== 0 || /^::error::/m.test(actionCheck.stdout)) {
    console.error(
      `\nFAIL: decrypt-env did not succeed (exit ${actionCheck.status}): ${actionCheck.stdout.slice(-300)}`,
    );
    process.exitCode = 1;
    return;
  }
  const action = timeProcesses(
    [process.execPath, actionArgs, actionOptions],
    [process.execPath, peerArgs, peerOptions],
    CLI_RUNS,
  );
  const actionPass = action.ratio <= ACTION_TARGET;
  if (!actionPass) misses.push(`decrypt-env ${action.ratio.toFixed(2)} > ${ACTION_TARGET}`);
  console.log(`\ndecrypt-env whole process, median of ${action.runs} alternating runs:`);
  console.log(
    table(
      ["command", "wall ms", "ratio", "target", "result"],
      [
        [
          "node dist/decrypt-env/main/index.js (20-key .env.enc)",
          ms(action.first),
          action.ratio.toFixed(2),
          `<= ${ACTION_TARGET.toFixed(1)}`,
          actionPass ? "PASS" : "FAIL",
        ],
        ["node bench/sops-age-minimal.mjs (same file)", ms(action.second), "", "", ""],
      ],
      1,
    ),
  );
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  for (const part of ["main", "post"]) {
    const sizes = bundleSizes(path.join(distSnapshot, "decrypt-env", part));
    console.log(
      `bundle dist/decrypt-env/${part}: ${kib(sizes.js)} of JavaScript, ${kib(sizes.all)} with source maps and licenses`,
    );
  }

  if (argv.has("--profile")) {
    console.log(
      profileLargest(prepared, bundle, cliBundle, { args: cliArgs, env, label: "decrypt <20-key .env>" }),
    );
  }

  let targets = rows.length + 2;
  for (const bench of [
    runStartupBench,
    runScanBench,
    runFindingsBench,
    runWorkflowsBench,
    (await import("./access.mjs")).runAccessBench,
    runDispatchBench,
    runRotationBench,
    runInventoryMergeBench,
    runInventoryRequestsBench,
  ]) {
    const result = await bench();
    misses.push(...result.misses);
    targets += result.targets;
  }

  const engineErrors = skipped.filter((entry) => entry.oursError).map((entry) => entry.workload.name);
  console.log(
    (misses.length === 0
      ? `\nSUMMARY: all ${targets} targets met`
      : `\nSUMMARY: ${misses.length} of ${targets} targets missed: ${misses.join("; ")}`) +
      (engineErrors.length > 0 ? `; ours failed on uncompared files: ${engineErrors.join(", ")}` : ""),
  );
}

try {
  await main();
} finally {
  if (!argv.has("--keep")) rmSync(TMP, { recursive: true, force: true });
}
