// A local demo of rotate-reminder: a sample repository whose .env.enc has a history (written with the
// bundled CLI, commits dated over two years), `secrets-actions rotation` on it, then the bundled action
// against the local fake GitHub: what the job log and summary show and the issue it opens.
//
// Run alone: node scripts/demo-rotation.mjs   (needs dist/, see scripts/build.mjs)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { startFakeGitHub } from "../tools/fake-github/server.mjs";
import { gitIn } from "../tools/git.mjs";
import { runBundle } from "../tools/runner.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "dist", "cli", "index.js");
const TOKEN = "ghs_demoRotationInstallationToken00000";

export async function demoRotation() {
  const work = mkdtempSync(path.join(tmpdir(), "secrets-actions-rotation-"));
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const env = { ...process.env, SOPS_AGE_KEY: identity, HOME: work };
  const run = (command, args) => execFileSync(command, args, { cwd: work, encoding: "utf8", env });
  const commit = (message, date) => {
    gitIn(work, ["add", "-A"]);
    gitIn(work, ["commit", "-q", "-m", message], date);
  };
  const github = await startFakeGitHub({
    token: TOKEN,
    repositories: [{ fullName: "juniper/juniper-data" }],
  });
  try {
    gitIn(work, ["init", "-q", "-b", "main"]);
    writeFileSync(
      path.join(work, ".sops.yaml"),
      `creation_rules:\n  - path_regex: \\.env\\.enc$\n    age: ${recipient}\n`,
    );
    writeFileSync(
      path.join(work, ".env"),
      "ANTHROPIC_API_KEY=sk-ant-api03-demoValueNotReal000000000000\nHF_TOKEN=hf_demoTokenNotReal0123456789\nCASCOR_AUTHKEY=juniper\n",
    );
    writeFileSync(
      path.join(work, ".env.enc"),
      run(process.execPath, [cli, "encrypt", "--age", recipient, "--input-type", "dotenv", ".env"]),
    );
    rmSync(path.join(work, ".env"));
    commit("Add the encrypted settings", "2025-09-01T09:00:00Z");
    run(process.execPath, [cli, "set", ".env.enc", '["HF_TOKEN"]', '"hf_rotatedDemoToken0123456789"']);
    commit("Rotate HF_TOKEN", "2026-11-20T09:00:00Z");

    process.stdout.write(
      "\n== secrets-actions rotation   (history: added 2025-09-01, HF_TOKEN rotated 2026-11-20)\n",
    );
    try {
      process.stdout.write(run(process.execPath, [cli, "rotation"]));
    } catch (error) {
      // Exit 1: something is overdue, as it should be here.
      process.stdout.write(error.stdout);
    }

    process.stdout.write("\n== rotate-reminder in a scheduled job, against the local fake GitHub\n");
    const { main } = await runBundle("rotate-reminder", {
      node: process.execPath,
      workspace: work,
      inputs: { token: TOKEN, "age-key": identity, "github-secrets": "false" },
      env: { GITHUB_REPOSITORY: "juniper/juniper-data", GITHUB_API_URL: github.url },
    });
    process.stdout.write("-- the job log:\n");
    for (const line of main.log.trim().split("\n"))
      if (!line.startsWith("::debug::")) process.stdout.write(`  ${line}\n`);
    for (const command of main.commands.filter(
      (item) => item.command === "error" || item.command === "warning",
    ))
      process.stdout.write(
        `  ${command.command} (${command.properties.file ?? ""}:${command.properties.line ?? ""}): ${command.message}\n`,
      );
    process.stdout.write(`-- outputs: overdue=${main.outputs.overdue} issues=${main.outputs.issues}\n`);
    const created = github.requests.find((request) => request.operationId === "issues/create");
    process.stdout.write(`-- the issue it opened: "${created?.body?.title ?? ""}"\n`);
    process.stdout.write(
      `${(created?.body?.body ?? "")
        .split("\n")
        .filter((line) => !line.startsWith("<!--"))
        .map((line) => `   | ${line}`)
        .join("\n")}\n`,
    );
  } finally {
    await github.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await demoRotation();
