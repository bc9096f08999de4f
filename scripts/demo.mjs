// A local demo of the bundled tools: encrypts a sample dotenv file to a throwaway age key with the
// secrets-actions CLI (dist/cli), shows the committed form, then decrypts it again.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";

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
} finally {
  rmSync(work, { recursive: true, force: true });
}
