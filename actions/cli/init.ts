/**
 * `secrets-actions init`: a repository adopts the suite in one command, run in its root. It plans every
 * change first (an age identity, the `.sops.yaml` rule, each plaintext `.env*` encrypted to `<name>.enc`,
 * `.gitignore`, the pre-commit hook, the caller workflow, and with `--github-repo` the SOPS_AGE_KEY
 * Actions secret), prints the plan, and with `--dry-run` stops there. Then it applies it, each file
 * written atomically; a failure halfway puts back what was already written. A second run finds nothing
 * to do and says so. It never rewrites git history: a plaintext `.env` that git tracks is reported with
 * the commands that stop tracking it, and its values must be revoked.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from "yaml";
import { headCommit, isIgnored, repositoryRoot, trackedFiles } from "../common/git.js";
import { defaultKeyFile } from "../common/identities.js";
import { applyChanges, type FileChange } from "../common/transaction.js";
import { ConfigurationError } from "../lib/errors.js";
import { generateAgeIdentity, parseIdentities } from "../lib/sops/age.js";
import { findCreationRule, parseSopsConfig } from "../lib/sops/config.js";
import { encrypt } from "../lib/sops/engine.js";
import { inFile } from "../lib/sops/errors.js";
import { sealForGitHub } from "../lib/sealed-box.js";
import { isRepositoryName } from "../lib/repository-name.js";
import { parseCommandArgs, usageOf } from "./usage.js";
import { requiredToken } from "./github-client.js";

export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const INIT = usageOf("init");
const SUITE = "juniper/secrets-actions";
/** The paths the suite's files take: `.env.enc` (any `.env*`), `*.enc.yaml`, `*.enc.json`. */
const PATH_REGEX = String.raw`(^|/)(\.env[^/]*\.enc|[^/]+\.enc\.(ya?ml|json))$`;
const SAMPLES = [".env.enc", "config/secrets.enc.yaml", "secrets.enc.json"];
const TEMPLATES = /^\.env\.(example|sample|template|dist)$/;
const SKIPPED_FOLDERS = new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  "__pycache__",
  ".tox",
  "dist",
  "build",
]);

/** What init will do: the files it writes, what is already in place, warnings, the key. */
interface Plan {
  changes: FileChange[];
  /** Things already in place, said once each. */
  kept: string[];
  warnings: string[];
  key: { file: string; secret: string | undefined; recipient: string; generated: boolean };
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The suite's own commit: the checkout this CLI bundle runs from (dist/cli/../../), unless `--ref`. */
async function suiteRef(explicit: string | undefined): Promise<string> {
  if (explicit) {
    if (!/^[0-9a-f]{40}$/.test(explicit))
      throw new ConfigurationError(
        `--ref ${explicit}: give a full 40-character commit SHA (a tag or branch can move)`,
      );
    return explicit;
  }
  const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const sha = await headCommit(checkout);
  if (!sha)
    throw new ConfigurationError(
      `cannot tell which commit of ${SUITE} this is (${checkout} is not a git checkout): pass --ref <commit-sha>`,
    );
  return sha;
}

async function planKey(io: InitIo): Promise<Plan["key"]> {
  const file =
    io.env.SOPS_AGE_KEY_FILE ??
    defaultKeyFile({ env: io.env, platform: process.platform, home: homedir(), includeDefaultFile: true });
  if (!file) throw new ConfigurationError("no place for an age key: set SOPS_AGE_KEY_FILE");
  const text = readText(file);
  if (text !== undefined) {
    const [identity] = await parseIdentities(text, file);
    if (!identity)
      throw new ConfigurationError(
        `${file} holds no age identity: add one (age-keygen) or point SOPS_AGE_KEY_FILE elsewhere`,
      );
    const secret = text
      .split(/\r?\n/)
      .find((line) => line.trim().startsWith("AGE-SECRET-KEY-"))
      ?.trim();
    return { file, secret, recipient: identity.recipient, generated: false };
  }
  const { secret, recipient } = await generateAgeIdentity();
  return { file, secret, recipient, generated: true };
}

/** `.sops.yaml`: a rule for the suite's paths, keeping every existing rule and comment. */
function planSopsConfig(root: string, recipient: string, addRecipient: boolean, plan: Plan): string[] {
  const file = path.join(root, ".sops.yaml");
  const text = readText(file);
  if (text === undefined) {
    const document = new Document({ creation_rules: [{ path_regex: PATH_REGEX, age: recipient }] });
    document.commentBefore =
      " Written by secrets-actions init: who can decrypt which files (sops creation rules).";
    plan.changes.push({
      file,
      content: document.toString(),
      mode: 0o644,
      says: `.sops.yaml: a creation rule for .env*.enc, *.enc.yaml, *.enc.json to ${recipient}`,
    });
    return [recipient];
  }
  const config = parseSopsConfig(text, ".sops.yaml");
  const covering = SAMPLES.map((sample) => findCreationRule(config, sample));
  const rule = covering.find((found) => found !== undefined);
  if (!rule) {
    const document = parseDocument(text);
    const rules = document.get("creation_rules");
    if (rules !== undefined && !isSeq(rules))
      throw new ConfigurationError(".sops.yaml: creation_rules is not a list; fix it first");
    if (isSeq(rules)) rules.add(document.createNode({ path_regex: PATH_REGEX, age: recipient }));
    else document.set("creation_rules", [{ path_regex: PATH_REGEX, age: recipient }]);
    plan.changes.push({
      file,
      content: document.toString(),
      mode: 0o644,
      says: `.sops.yaml: a rule for .env*.enc, *.enc.yaml, *.enc.json added after the existing ones`,
    });
    return [recipient];
  }
  const recipients = rule.ageGroups.flat();
  if (recipients.includes(recipient)) {
    plan.kept.push(`.sops.yaml: rule ${rule.index + 1} already covers the suite's files for ${recipient}`);
    return recipients;
  }
  if (!addRecipient) {
    throw new ConfigurationError(
      `.sops.yaml: rule ${rule.index + 1} covers the suite's files for other recipients (${recipients.join(", ") || "none"}); pass --add-recipient to add ${recipient} to it, then run sops updatekeys on its files`,
    );
  }
  const document = parseDocument(text);
  const node = (document.get("creation_rules") as { items: unknown[] }).items[rule.index] as YAMLMap;
  const age = node.get("age", true);
  if (isSeq(age)) age.add(recipient);
  else if (isScalar(age) && typeof age.value === "string") age.value = `${age.value},${recipient}`;
  else node.set("age", recipient);
  plan.changes.push({
    file,
    content: document.toString(),
    mode: 0o644,
    says: `.sops.yaml: ${recipient} added to rule ${rule.index + 1}`,
  });
  plan.warnings.push(
    `existing files of rule ${rule.index + 1} are not re-encrypted: run secrets-actions updatekeys on each`,
  );
  return [...recipients, recipient];
}

function findPlaintextEnvFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) visit(full);
      else if (
        entry.isFile() &&
        /^\.env(\..+)?$/.test(entry.name) &&
        !entry.name.endsWith(".enc") &&
        !TEMPLATES.test(entry.name)
      )
        found.push(full);
    }
  };
  visit(root);
  return found;
}

async function planEnvFiles(root: string, recipients: string[], plan: Plan): Promise<string[]> {
  const ignoreLines: string[] = [];
  const inGit = (await repositoryRoot(root)) !== undefined;
  const tracked = new Set(inGit ? await trackedFiles(root) : []);
  for (const file of findPlaintextEnvFiles(root)) {
    const name = relative(root, file);
    const target = `${file}.enc`;
    if (existsSync(target)) plan.kept.push(`${name}.enc exists: ${name} was encrypted before`);
    else {
      let encrypted: Uint8Array;
      try {
        encrypted = await encrypt(readFileSync(file), { format: "dotenv", ageGroups: [recipients] });
      } catch (error) {
        throw inFile(name, error);
      }
      plan.changes.push({
        file: target,
        content: encrypted,
        mode: 0o644,
        says: `${name}.enc: ${name} encrypted (comments kept)`,
      });
    }
    if (tracked.has(name)) {
      plan.warnings.push(
        `${name} IS TRACKED BY GIT: its values are in the history and must be revoked and rotated. Stop tracking it with:\n    git rm --cached -- ${name}\n    git commit -m "Stop tracking ${name}"`,
      );
    }
    if (!inGit || !(await isIgnored(root, name))) ignoreLines.push(`/${name}`);
  }
  return ignoreLines;
}

function planAppend(file: string, root: string, lines: string[], plan: Plan, what: string): void {
  if (lines.length === 0) return;
  const text = readText(file) ?? "";
  const separator = text === "" || text.endsWith("\n") ? "" : "\n";
  plan.changes.push({
    file,
    content: `${text}${separator}${lines.join("\n")}\n`,
    mode: 0o644,
    says: `${relative(root, file)}: ${what}`,
  });
}

function planPreCommit(root: string, ref: string, plan: Plan): void {
  const file = path.join(root, ".pre-commit-config.yaml");
  const hook = { repo: `https://github.com/${SUITE}`, rev: ref, hooks: [{ id: "verify-no-plaintext" }] };
  const text = readText(file);
  if (text === undefined) {
    plan.changes.push({
      file,
      content: new Document({ repos: [hook] }).toString(),
      mode: 0o644,
      says: ".pre-commit-config.yaml: the verify-no-plaintext hook",
    });
    return;
  }
  const document = parseDocument(text);
  const repos = document.get("repos");
  if (isSeq(repos) && repos.items.some((item) => isMap(item) && String(item.get("repo")).includes(SUITE))) {
    plan.kept.push(".pre-commit-config.yaml already has the verify-no-plaintext hook");
    return;
  }
  if (isSeq(repos)) repos.add(document.createNode(hook));
  else if (repos === undefined) document.set("repos", [hook]);
  else throw new ConfigurationError(".pre-commit-config.yaml: repos is not a list; fix it first");
  plan.changes.push({
    file,
    content: document.toString(),
    mode: 0o644,
    says: ".pre-commit-config.yaml: the verify-no-plaintext hook appended",
  });
}

/**
 * The caller of the suite's single workflow, pinned by one SHA (in `uses:`): `id-token: write` lets the
 * workflow learn that SHA and take its actions from the same commit. It hands over only the secret the
 * workflow reads, never `secrets: inherit`.
 */
export function callerWorkflow(ref: string): string {
  return [
    "# Written by secrets-actions init: verify-no-plaintext on pull requests and merge queues, rotate-reminder",
    "# every Monday. One SHA pins it, in `uses:` (Dependabot updates it).",
    "name: Secrets",
    "",
    'on: {pull_request: {}, merge_group: {}, schedule: [{cron: "17 6 * * 1"}], workflow_dispatch: {}}',
    "",
    "permissions: {}",
    "",
    "jobs:",
    "  secrets:",
    "    # id-token: write lets the workflow read the commit it was called at (an OIDC token for the audience",
    "    # secrets-actions, minted by one inline script, no action) and run its actions from that commit, so",
    "    # no secrets-actions-ref input has to be kept equal to the SHA below.",
    "    permissions: {contents: read, actions: read, security-events: write, issues: write, id-token: write}",
    `    uses: ${SUITE}/.github/workflows/secrets.yml@${ref}`,
    "    # Only the secrets the workflow reads (`secrets: inherit` would hand it every repository and",
    "    # organisation secret). With the input app-id, add SECRETS_APP_PRIVATE_KEY the same way.",
    "    secrets:",
    "      SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}",
    "",
  ].join("\n");
}

function planWorkflow(root: string, ref: string, plan: Plan): void {
  const file = path.join(root, ".github", "workflows", "secrets.yml");
  const content = callerWorkflow(ref);
  const text = readText(file);
  if (text === content) plan.kept.push(".github/workflows/secrets.yml is in place");
  else if (text !== undefined)
    plan.warnings.push(
      ".github/workflows/secrets.yml exists and differs from the caller init writes: left as it is",
    );
  else
    plan.changes.push({
      file,
      content,
      mode: 0o644,
      says: `.github/workflows/secrets.yml: the caller of ${SUITE}'s secrets workflow, pinned to ${ref.slice(0, 12)}`,
    });
}

async function uploadKey(repository: string, secret: string, token: string, io: InitIo): Promise<void> {
  const api = (io.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const headers = {
    authorization: `Bearer ${token}`,
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28",
    "content-type": "application/json",
  };
  const base = `${api}/repos/${repository}/actions/secrets`;
  const publicKey = await fetch(`${base}/public-key`, { headers });
  if (!publicKey.ok)
    throw new ConfigurationError(
      `--github-repo ${repository}: reading its Actions public key failed (HTTP ${publicKey.status}): check the name and that the token may write secrets`,
    );
  const { key, key_id: keyId } = (await publicKey.json()) as { key: string; key_id: string };
  const stored = await fetch(`${base}/SOPS_AGE_KEY`, {
    method: "PUT",
    headers,
    body: JSON.stringify({ encrypted_value: await sealForGitHub(secret, key), key_id: keyId }),
  });
  if (!stored.ok)
    throw new ConfigurationError(
      `--github-repo ${repository}: storing SOPS_AGE_KEY failed (HTTP ${stored.status}): the token needs secrets: write on it`,
    );
}

export async function initCommand(
  args: string[],
  io: InitIo,
  usageError: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    INIT,
    args,
    {
      "dry-run": { type: "boolean" },
      "add-recipient": { type: "boolean" },
      ref: { type: "string" },
      "github-repo": { type: "string" },
    },
    usageError,
  );
  if (positionals.length > 0) throw usageError("init takes no arguments: run it in the repository's root");
  const repository = values["github-repo"];
  if (repository !== undefined && !isRepositoryName(repository))
    throw usageError(`--github-repo ${repository}: give owner/name`);
  const root = io.cwd;
  const ref = await suiteRef(values.ref);
  const plan: Plan = { changes: [], kept: [], warnings: [], key: await planKey(io) };
  if (plan.key.generated && plan.key.secret !== undefined) {
    plan.changes.push({
      file: plan.key.file,
      content: `# created: ${new Date().toISOString()} by secrets-actions init\n# public key: ${plan.key.recipient}\n${plan.key.secret}\n`,
      mode: 0o600,
      says: `${plan.key.file}: a new age identity (mode 0600); its public recipient is ${plan.key.recipient}`,
    });
  } else plan.kept.push(`age identity ${plan.key.file} (public recipient ${plan.key.recipient})`);
  const recipients = planSopsConfig(root, plan.key.recipient, values["add-recipient"] ?? false, plan);
  const ignore = await planEnvFiles(root, recipients, plan);
  planAppend(
    path.join(root, ".gitignore"),
    root,
    ignore.length > 0 ? ["# plaintext dotenv files (secrets-actions init)", ...ignore] : [],
    plan,
    `ignores ${ignore.join(", ")}`,
  );
  planPreCommit(root, ref, plan);
  planWorkflow(root, ref, plan);

  for (const kept of plan.kept) io.stdout(`  in place: ${kept}\n`);
  for (const change of plan.changes)
    io.stdout(`  ${values["dry-run"] ? "would write" : "writes"}: ${change.says}\n`);
  const upload = repository !== undefined && plan.key.secret !== undefined;
  if (upload)
    io.stdout(
      `  ${values["dry-run"] ? "would store" : "stores"}: the age identity as the Actions secret SOPS_AGE_KEY of ${repository}\n`,
    );
  for (const warning of plan.warnings) io.stderr(`secrets-actions init: warning: ${warning}\n`);
  if (plan.changes.length === 0 && !upload)
    io.stdout("secrets-actions init: nothing to do: the repository has adopted the suite\n");
  if (values["dry-run"]) return 0;
  // Asked for before anything is written: no repository half adopted for want of a token.
  const token = upload ? requiredToken(io.env, "--github-repo", "secrets: write") : undefined;
  applyChanges(plan.changes, root);
  if (repository !== undefined && plan.key.secret !== undefined && token !== undefined)
    await uploadKey(repository, plan.key.secret, token, io);
  else if (plan.key.generated)
    io.stdout(
      `next: store the identity for CI (it is never printed):\n  gh secret set SOPS_AGE_KEY < ${plan.key.file}\n`,
    );
  if (plan.changes.length > 0)
    io.stdout('next: review and commit:  git add -A && git commit -m "Adopt secrets-actions"\n');
  return 0;
}
