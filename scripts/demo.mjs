// A local demo of the bundled tools: encrypts a sample dotenv file to a throwaway age key with the
// secrets-actions CLI (dist/cli), decrypts it again, then runs the bundled decrypt-env action on a
// sample repository the way a runner would and prints what the job log and job summary show; last,
// rotate-reminder checks a sample repository with history (and opens issues on a local fake GitHub API);
// cross-repo-dispatch fans out to three repositories of the fake GitHub API and waits for their runs.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { maskLog, runBundle } from "../tools/runner.mjs";
import { demoDispatch } from "./demo-dispatch.mjs";
import { demoRotation } from "./demo-rotation.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "dist", "cli", "index.js");
const work = mkdtempSync(path.join(tmpdir(), "secrets-actions-demo-"));

function section(title) {
  process.stdout.write(`\n== ${title}\n`);
}

function secretsActions(args, env = {}) {
  return execFileSync(process.execPath, [cli, ...args], {
    cwd: work,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

try {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  section(`a throwaway age key (public part): ${recipient}`);

  const plaintext = [
    "# juniper-data settings",
    "JUNIPER_DATA_API_KEY=jd_live_7f3c9a1b2e4d",
    "HF_TOKEN=hf_demoTokenNotReal0123456789",
    "SENTRY_SDK_DSN=https://public@o0.ingest.sentry.io/1",
    "LOG_LEVEL_unencrypted=info",
    "",
  ].join("\n");
  writeFileSync(path.join(work, ".env"), plaintext);
  writeFileSync(
    path.join(work, ".sops.yaml"),
    `creation_rules:\n  - path_regex: \\.env$\n    age: ${recipient}\n`,
  );
  section("secrets-actions encrypt .env  (recipients from .sops.yaml)");
  const encrypted = secretsActions(["encrypt", ".env"]);
  writeFileSync(path.join(work, ".env.enc"), encrypted);
  process.stdout.write(encrypted);

  section("secrets-actions filestatus .env.enc");
  process.stdout.write(secretsActions(["filestatus", ".env.enc"]));

  section("SOPS_AGE_KEY=<throwaway key> secrets-actions decrypt .env.enc");
  // `.env.enc` is not an extension sops knows: the CLI recognises the dotenv layout by its metadata.
  const decrypted = secretsActions(["decrypt", ".env.enc"], { SOPS_AGE_KEY: identity });
  process.stdout.write(decrypted);
  process.stdout.write(
    decrypted === plaintext ? "\n(round trip exact, MAC verified)\n" : "\nround trip MISMATCH\n",
  );

  section("secrets-actions decrypt --output-type json .env.enc");
  process.stdout.write(
    secretsActions(["decrypt", "--output-type", "json", ".env.enc"], { SOPS_AGE_KEY: identity }),
  );

  section("secrets-actions decrypt --extract '[\"HF_TOKEN\"]' .env.enc");
  process.stdout.write(
    secretsActions(["decrypt", "--extract", '["HF_TOKEN"]', ".env.enc"], { SOPS_AGE_KEY: identity }),
  );
  process.stdout.write("\n");

  section("a sample repository: .env.enc and config/secrets.enc.yaml, encrypted with the CLI");
  mkdirSync(path.join(work, "config"));
  writeFileSync(
    path.join(work, "config", "secrets.yaml"),
    "database:\n    url: postgres://juniper:s3cret-pass@db:5432/juniper\njuniper_data_api_keys:\n    - jd_key_one_123\n    - jd_key_two_456\nfeature_unencrypted: enabled\n",
  );
  writeFileSync(
    path.join(work, "config", "secrets.enc.yaml"),
    secretsActions(["encrypt", "--age", recipient, "config/secrets.yaml"]),
  );
  rmSync(path.join(work, "config", "secrets.yaml"));
  rmSync(path.join(work, ".env"));
  process.stdout.write("files: .env.enc, config/secrets.enc.yaml\n");

  const inputs = {
    files: ".env.enc\nconfig/secrets.enc.yaml",
    "age-key": identity,
    "output-file": ".secrets/app.env",
    uppercase: "true",
  };
  section(
    `uses: juniper/secrets-actions/decrypt-env  with: ${JSON.stringify({ ...inputs, "age-key": "${{ secrets.SOPS_AGE_KEY }}" })}`,
  );
  const { main, post } = await runBundle("decrypt-env", {
    node: process.execPath,
    workspace: work,
    inputs,
    post: true,
  });
  process.stdout.write("-- the job log, as GitHub shows it (registered secrets replaced by ***):\n");
  process.stdout.write(
    main.log
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith("::debug::"))
      .join("\n") + "\n",
  );
  process.stdout.write(`-- ${main.masks.length} values registered as secrets before anything was printed\n`);
  process.stdout.write(`-- later steps see: ${Object.keys(main.env).join(", ")}\n`);
  for (const name of ["DATABASE__URL", "JUNIPER_DATA_API_KEYS", "FEATURE_UNENCRYPTED"]) {
    process.stdout.write(
      `-- a later step's \`echo "$${name}"\` shows: ${maskLog(main.env[name], main.masks)}\n`,
    );
  }
  process.stdout.write(`-- outputs: keys=${main.outputs.keys}\n`);
  process.stdout.write("-- the job summary:\n");
  process.stdout.write(`${main.summary.trim()}\n`);
  process.stdout.write("-- the post step at the end of the job:\n");
  process.stdout.write(`${post?.log.trim() ?? ""}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

await demoRotation();

section("cross-repo-dispatch against a local fake GitHub API (127.0.0.1)");
await demoDispatch();
