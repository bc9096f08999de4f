// `secrets-actions access` and `offboard` on a long history: a generated repository (seeded, the same
// every run) with 2,000 commits and 20 SOPS files (10 YAML, 10 dotenv, 10 values each, age, 3
// recipients), where each commit changes one value of one file (the shipped engine's setValue, as the
// CLI's `set` does; every 50th commit touches only the README), written with one `git fast-import`.
// Whole process (the shipped CLI spawned), median of 3 runs:
//   access --history --json without a key   target <= 10 s
//   access --history --json with a key       target <= 20 s (every revision decrypted)
//   offboard bob (20 files re-encrypted)     target <= 3 s  (the work tree restored between runs)
//
// Run alone: node bench/access.mjs   (also called by bench/run.mjs)
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bech32 } from "@scure/base";
import { identityToRecipient } from "age-encryption";
import { gitIn } from "../tools/git.mjs";
import { ROOT, TMP, bundleEngine } from "./build.mjs";
import { median } from "./timing.mjs";

// The shipped CLI, copied first so that a rebuild of dist/ while the bench runs cannot pull it away.
const DIST_CLI = path.join(ROOT, "dist", "cli");
const CLI = path.join(TMP, "access", "cli", "index.js");
const COMMITS = 2000;
const FILES = 20;
const VALUES_PER_FILE = 10;
const RUNS = 3;
const README_EVERY = 50;
const SEED = 0x5eed_acce;
const TARGETS = { keyless: 10_000, keyed: 20_000, offboard: 3_000 };
const NAMES = ["alice", "bob", "ci"];

/** xorshift32: every value, key and choice of file comes from it, so each run builds the same history. */
function prng(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** An age identity as age-keygen writes one, from the generator's bytes. */
function seededIdentity(random) {
  const bytes = Uint8Array.from({ length: 32 }, () => Math.floor(random() * 256));
  return bech32.encode("age-secret-key-", bech32.toWords(bytes), false).toUpperCase();
}

/** File index → its path, format and value names (YAML files have one nested value). */
function fileSpecs() {
  return Array.from({ length: FILES }, (_, index) => {
    const yaml = index % 2 === 0;
    const number = String(index).padStart(2, "0");
    const names = Array.from({ length: VALUES_PER_FILE }, (_, key) =>
      yaml ? (key === 0 ? ["database", "password"] : [`token_${key}`]) : [`SERVICE_${number}_SECRET_${key}`],
    );
    return {
      path: yaml ? `secrets/service-${number}.enc.yaml` : `secrets/service-${number}.enc.env`,
      format: yaml ? "yaml" : "dotenv",
      names,
    };
  });
}

function plaintextOf(spec, values) {
  if (spec.format === "dotenv") return spec.names.map((name, key) => `${name[0]}=${values[key]}\n`).join("");
  return spec.names
    .map((name, key) =>
      name.length === 2 ? `${name[0]}:\n  ${name[1]}: ${values[key]}\n` : `${name[0]}: ${values[key]}\n`,
    )
    .join("");
}

/** Builds the repository in `dir`; returns the key files and what the report must say. */
async function buildRepository(dir) {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = prng(SEED);
  const secret = (length = 32) =>
    Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
  const identities = NAMES.map(() => seededIdentity(random));
  const recipients = await Promise.all(identities.map((identity) => identityToRecipient(identity)));
  const keysDir = path.join(path.dirname(dir), "access-keys");
  mkdirSync(keysDir, { recursive: true });
  const keyFiles = Object.fromEntries(
    NAMES.map((name, index) => {
      const file = path.join(keysDir, `${name}.txt`);
      writeFileSync(file, `${identities[index]}\n`, { mode: 0o600 });
      return [name, file];
    }),
  );

  const { engine } = await bundleEngine();
  const aliceKeys = await engine.parseIdentities(identities[0], "bench alice");
  const specs = fileSpecs();
  const contents = [];
  for (const spec of specs) {
    const values = spec.names.map(() => secret());
    contents.push(
      Buffer.from(
        await engine.encrypt(Buffer.from(plaintextOf(spec, values)), {
          format: spec.format,
          ageGroups: [recipients],
          now: new Date("2024-01-01T00:00:00Z"),
        }),
      ),
    );
  }
  const sopsYaml = [
    "creation_rules:",
    "  - path_regex: ^secrets/.*\\.enc\\.(yaml|env)$",
    "    age:",
    ...NAMES.map((name, index) => `      - ${recipients[index]} # ${name}`),
    "",
  ].join("\n");

  // One fast-import stream instead of 2,000 `git commit` processes.
  const stream = [];
  const start = Date.parse("2024-01-01T00:00:00Z") / 1000;
  const blob = (file, data) => {
    const bytes = Buffer.from(data);
    stream.push(Buffer.from(`M 100644 inline ${file}\ndata ${bytes.length}\n`), bytes, Buffer.from("\n"));
  };
  const commit = (index, message) => {
    const text = Buffer.from(message);
    stream.push(
      Buffer.from(
        `commit refs/heads/main\nauthor b <b@example.com> ${start + index * 3600} +0000\ncommitter b <b@example.com> ${start + index * 3600} +0000\ndata ${text.length}\n`,
      ),
      text,
      Buffer.from("\n"),
    );
  };
  commit(0, "secrets");
  blob(".sops.yaml", sopsYaml);
  blob("README.md", "# bench\n");
  for (const [index, spec] of specs.entries()) blob(spec.path, contents[index]);
  let touched = 0;
  for (let index = 1; index < COMMITS; index++) {
    if (index % README_EVERY === 0) {
      commit(index, "docs");
      blob("README.md", `# bench\n\nrevision ${index}\n`);
      continue;
    }
    const which = Math.floor(random() * FILES);
    const spec = specs[which];
    const name = spec.names[Math.floor(random() * VALUES_PER_FILE)];
    contents[which] = Buffer.from(
      await engine.setValue(contents[which], {
        format: spec.format,
        identities: aliceKeys,
        path: name,
        value: secret(),
        now: new Date((start + index * 3600) * 1000),
      }),
    );
    commit(index, `rotate ${name.join(".")}`);
    blob(spec.path, contents[which]);
    touched++;
  }
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: dir });
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: Buffer.concat(stream) });
  gitIn(dir, ["checkout", "-q", "main"]);
  const commits = Number(gitIn(dir, ["rev-list", "--count", "HEAD"]));
  if (commits !== COMMITS) throw new Error(`expected ${COMMITS} commits, git has ${commits}`);
  return {
    keyFiles,
    touched,
    buildMs: performance.now() - started,
    // Every revision names all three, so each could read every current value: all still live.
    exposures: NAMES.length * FILES * VALUES_PER_FILE,
  };
}

function environment(dir, extra = {}) {
  const home = path.join(path.dirname(dir), "access-home");
  mkdirSync(home, { recursive: true });
  return { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), ...extra };
}

function timed(dir, args, env, before = () => undefined) {
  const times = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    before();
    const started = performance.now();
    last = spawnSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      env,
      maxBuffer: 1 << 28,
      encoding: "utf8",
    });
    times.push(performance.now() - started);
    if (last.status !== 0)
      throw new Error(`${args.join(" ")} exited with ${last.status}: ${last.stderr.slice(0, 500)}`);
  }
  return { ms: median(times), times, result: last };
}

/** The report must be whole and say what the fixture says: each name, each value, live or unknown. */
function checkAccess(stdout, expected, live) {
  const report = JSON.parse(stdout);
  const problems = [];
  if (report.exposures.length !== expected.exposures)
    problems.push(`${report.exposures.length} exposures, expected ${expected.exposures}`);
  const wrong = report.exposures.filter((exposure) => exposure.still_live !== live);
  if (wrong.length > 0) problems.push(`${wrong.length} exposures with still_live other than ${live}`);
  if (report.history?.length !== NAMES.length * FILES)
    problems.push(`${report.history?.length} spans, expected ${NAMES.length * FILES}`);
  if (!report.history_complete) problems.push("history_complete is false");
  return problems;
}

export async function runAccessBench() {
  const dir = path.join(TMP, "access", "repo");
  if (!existsSync(path.join(DIST_CLI, "index.js")))
    throw new Error("dist/cli/index.js is missing: run `npm run build` first");
  rmSync(path.dirname(CLI), { recursive: true, force: true });
  cpSync(DIST_CLI, path.dirname(CLI), { recursive: true });
  console.log(
    `\n== access and offboard: ${COMMITS.toLocaleString("en")} commits, ${FILES} SOPS files (age, ${NAMES.length} recipients), whole process, median of ${RUNS}`,
  );
  console.log("building the repository (engine setValue per commit, one git fast-import)...");
  const expected = await buildRepository(dir);
  console.log(
    `built in ${(expected.buildMs / 1000).toFixed(1)} s: ${expected.touched} commits change one value of one file, ${COMMITS - 1 - expected.touched} only the README`,
  );
  const misses = [];
  const keyless = timed(dir, ["access", "--history", "--json"], environment(dir));
  const keyed = timed(
    dir,
    ["access", "--history", "--json"],
    environment(dir, { SOPS_AGE_KEY_FILE: expected.keyFiles.alice }),
  );
  for (const problem of checkAccess(keyless.result.stdout, expected, null))
    misses.push(`access without a key: ${problem}`);
  for (const problem of checkAccess(keyed.result.stdout, expected, true))
    misses.push(`access with a key: ${problem}`);
  const restore = () => {
    gitIn(dir, ["checkout", "--", "."]);
    gitIn(dir, ["clean", "-fdq"]);
  };
  const offboard = timed(
    dir,
    ["offboard", "bob"],
    environment(dir, { SOPS_AGE_KEY_FILE: expected.keyFiles.alice }),
    restore,
  );
  const written = gitIn(dir, ["status", "--porcelain"]).split("\n").filter(Boolean).length;
  if (written !== FILES + 1)
    misses.push(`offboard changed ${written} files, expected ${FILES} and .sops.yaml`);
  restore();

  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [
    ["access --history --json", "none", keyless, TARGETS.keyless],
    ["access --history --json", "alice", keyed, TARGETS.keyed],
    [`offboard bob (${FILES} files)`, "alice", offboard, TARGETS.offboard],
  ].map(([command, key, timing, target]) => {
    const pass = timing.ms <= target;
    if (!pass) misses.push(`${command} (key: ${key}): ${seconds(timing.ms)} > ${seconds(target)}`);
    return {
      command,
      key,
      median: seconds(timing.ms),
      runs: timing.times.map((ms) => (ms / 1000).toFixed(2)).join(" / "),
      target: `<= ${seconds(target)}`,
      result: pass ? "PASS" : "FAIL",
    };
  });
  console.table(rows);
  for (const miss of misses.filter((miss) => !/ > /.test(miss))) console.log(`check failed: ${miss}`);
  rmSync(path.join(TMP, "access"), { recursive: true, force: true });
  return { misses, targets: rows.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runAccessBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
