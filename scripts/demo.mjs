// The whole story on a sample Juniper-like repository built in a temporary folder, with the bundled
// CLI and actions (dist/): verify-no-plaintext finds the committed plaintext `.env` and a hard-coded
// default; `secrets-actions init` adopts the suite; after the fixes init asks for, verify is clean;
// decrypt-env runs in a job as a runner runs it; `secrets-actions run` hands the values to Python the
// way pydantic-settings reads them; `edit` changes one value (the diff is one line); then
// rotate-reminder over a history with an overdue secret (the issue it opens on a local fake GitHub),
// and cross-repo-dispatch. Secrets are never shown: only their names, lengths and masked log lines.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gitIn } from "../tools/git.mjs";
import { maskLog, runBundle } from "../tools/runner.mjs";
import { demoDispatch } from "./demo-dispatch.mjs";
import { demoRotation } from "./demo-rotation.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "dist", "cli", "index.js");
const work = mkdtempSync(path.join(tmpdir(), "secrets-actions-demo-"));
const repo = path.join(work, "juniper-cascor");
const home = path.join(work, "home");
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), SOPS_AGE_KEY: "" };
delete env.SOPS_AGE_KEY;
delete env.SOPS_AGE_KEY_FILE;

function section(title) {
  process.stdout.write(`\n== ${title}\n`);
}

function show(text) {
  const trimmed = text.trimEnd();
  if (trimmed !== "") process.stdout.write(`${trimmed.replace(/^/gm, "   ")}\n`);
}

/** The CLI as a developer types it; prints what they would see (stdout and stderr). */
function secretsActions(args, extra = {}) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    env: { ...env, ...extra },
    encoding: "utf8",
  });
  show(run.stdout + run.stderr);
  return run;
}

const git = (...args) => gitIn(repo, args);

try {
  mkdirSync(path.join(repo, "juniper_cascor"), { recursive: true });
  writeFileSync(
    path.join(repo, ".env"),
    "# juniper-cascor settings\nCASCOR_AUTHKEY=c4sc0r-worker-authkey-2026\nHF_TOKEN=hf_notARealTokenButLongEnough0123\nLOG_LEVEL=info\n",
  );
  const config = (authkey) =>
    `import os\n\nCASCOR_AUTHKEY = ${authkey}\nLOG_LEVEL = os.getenv("LOG_LEVEL", "info")\n`;
  writeFileSync(
    path.join(repo, "juniper_cascor", "config.py"),
    config('os.getenv("CASCOR_AUTHKEY", "juniper")'),
  );
  writeFileSync(
    path.join(repo, "docker-compose.yml"),
    'services:\n  cascor:\n    environment:\n      LOG_LEVEL: "${LOG_LEVEL:-info}"\n',
  );
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "juniper-cascor as it is today");
  section(
    'a sample repository, juniper-cascor: a committed plaintext .env and CASCOR_AUTHKEY defaulting to "juniper"',
  );

  section("secrets-actions verify   (before)");
  secretsActions(["verify"]);

  section("secrets-actions init");
  secretsActions(["init"]);

  section("the fixes init asks for: stop tracking .env, require CASCOR_AUTHKEY; then verify (after)");
  git("rm", "-q", "--cached", "--", ".env");
  writeFileSync(path.join(repo, "juniper_cascor", "config.py"), config('os.environ["CASCOR_AUTHKEY"]'));
  git("add", "-A");
  git("commit", "-q", "-m", "Adopt secrets-actions");
  show(git("show", "--stat", "--format=%s", "HEAD"));
  secretsActions(["verify"]);

  const keyFile = path.join(home, ".config", "sops", "age", "keys.txt");
  const identity = readFileSync(keyFile, "utf8")
    .split("\n")
    .find((line) => line.startsWith("AGE-SECRET-KEY-"));
  section(
    "uses: juniper/secrets-actions/decrypt-env  with: {files: .env.enc, age-key: ${{ secrets.SOPS_AGE_KEY }}}",
  );
  const { main, post } = await runBundle("decrypt-env", {
    node: process.execPath,
    workspace: repo,
    inputs: { files: ".env.enc", "age-key": identity },
    post: true,
  });
  show(
    main.log
      .split("\n")
      .filter((line) => !line.startsWith("::debug::"))
      .join("\n"),
  );
  show(`a later step's echo "$CASCOR_AUTHKEY" shows: ${maskLog(main.env.CASCOR_AUTHKEY ?? "", main.masks)}`);
  show(post?.log ?? "");

  section("secrets-actions run -- python3 -c ...   (read as pydantic-settings reads the environment)");
  secretsActions([
    "run",
    "--",
    "python3",
    "-c",
    "import os; key = os.environ['CASCOR_AUTHKEY']; print(f'CASCOR_AUTHKEY is set ({len(key)} chars), LOG_LEVEL={os.environ[\"LOG_LEVEL\"]}')",
  ]);
  section("secrets-actions run -- docker compose config   (docker compose reads ${LOG_LEVEL:-info} from it)");
  show("(not run here: docker is not needed for the demo; the same environment reaches any command)");

  section("EDITOR=<a script that sets LOG_LEVEL=debug> secrets-actions edit .env.enc");
  // lastmodified has second precision.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const editor = path.join(work, "editor.sh");
  writeFileSync(editor, '#!/bin/sh\nsed -i "s/^LOG_LEVEL=info/LOG_LEVEL=debug/" "$1"\n');
  chmodSync(editor, 0o755);
  secretsActions(["edit", ".env.enc"], { EDITOR: editor });
  const changed = git("diff", "--unified=0", "--", ".env.enc")
    .split("\n")
    .filter((line) => /^[+-][^+-]/.test(line))
    .map((line) => `${line[0]} ${line.slice(1).split("=")[0]}=…`);
  show(`git diff .env.enc: ${changed.join("  ")}`);
  show(
    "(one value line, and the MAC and lastmodified that every save updates; the other values keep their ciphertext)",
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

await demoRotation();

section("cross-repo-dispatch against a local fake GitHub API (127.0.0.1)");
await demoDispatch();
