/**
 * `secrets-actions inventory [--json FILE] [--repository OWNER/NAME] [--history]`: the inventory of this
 * checkout (common/inventory.ts). With a token (GITHUB_TOKEN or GH_TOKEN) it lists the repository's
 * GitHub secrets metadata; with INVENTORY_DIGEST_KEY (the same for every repository of a run) and an age
 * key it adds keyed digests of the values, so that `inventory merge` can tell equal values apart.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { forLogLine } from "../common/escape.js";
import { originRepository, repositoryRoot } from "../common/git.js";
import { installationRepositories, toFailure, type GitHubClient } from "../common/github.js";
import { cliGitHubClient, tokenFrom } from "./github-client.js";
import { readInventory } from "../common/inventory.js";
import { writeFileSafely } from "../common/safe-write.js";
import { ConfigurationError } from "../lib/errors.js";
import { parseRepositoryList, planChunks } from "../lib/inventory/plan.js";
import { unreadInventory, type RepositoryInventory } from "../lib/inventory/schema.js";
import { isRepositoryName } from "../lib/repository-name.js";
import type { AgeIdentity } from "../lib/sops/age.js";

export interface CheckoutIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface InventoryArguments {
  json?: string | undefined;
  repository?: string | undefined;
  history?: boolean | undefined;
}

/** The digest key from INVENTORY_DIGEST_KEY: any text, stretched to 32 bytes (SHA-256). */
function digestKeyOf(text: string | undefined): Uint8Array | undefined {
  return text ? createHash("sha256").update(text, "utf8").digest() : undefined;
}

/** The inventory as JSON, to `--json FILE` (replaced atomically, never through a link) or stdout. */
function writeInventory(inventory: RepositoryInventory, json: string | undefined, io: CheckoutIo): void {
  const text = `${JSON.stringify(inventory, null, 2)}\n`;
  if (json === undefined) {
    io.stdout(text);
    return;
  }
  const file = path.resolve(io.cwd, json);
  writeFileSafely(file, text, {
    what: `--json ${json}`,
    roots: [path.parse(file).root],
    mode: 0o644,
    replace: true,
  });
}

const checkedRepository = (repository: string, usageError: (message: string) => Error): string => {
  if (!isRepositoryName(repository))
    throw usageError(`--repository must be OWNER/NAME, not ${JSON.stringify(repository)}`);
  return repository;
};

export async function inventoryRepositoryCommand(
  values: InventoryArguments,
  io: CheckoutIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new ConfigurationError(`${io.cwd} is not in a git repository: inventory reads a checkout`);
  const repository = checkedRepository(
    values.repository ??
      io.env.GITHUB_REPOSITORY ??
      (await originRepository(root)) ??
      `local/${path.basename(root)}`,
    usageError,
  );
  const token = tokenFrom(io.env);
  const github = token
    ? cliGitHubClient({ token, command: "secrets-actions inventory", concurrency: 2, stderr: io.stderr })
    : undefined;
  const inventory = await readInventory({
    root,
    repository,
    identities: await identities(),
    digestKey: digestKeyOf(io.env.INVENTORY_DIGEST_KEY),
    github,
    history: values.history ?? false,
    now: Date.now(),
  });
  writeInventory(inventory, values.json, io);
  for (const problem of inventory.problems) io.stderr(`${forLogLine(`secrets-actions: ${problem}`)}\n`);
  io.stderr(
    `${forLogLine(`secrets-actions inventory: ${repository}: ${inventory.adopted ? "adopted" : "not adopted"}, ${inventory.secrets.length} secrets, ${inventory.secrets.filter((secret) => secret.status === "overdue").length} overdue, verify ${inventory.verify.tree.errors} errors`)}\n`,
  );
  return 0;
}

export interface UnreadArguments {
  json?: string | undefined;
  repository?: string | undefined;
  reason?: string | undefined;
}

/**
 * `secrets-actions inventory unread --repository OWNER/NAME --reason TEXT [--json FILE]`: the inventory
 * of a repository the workflow could not clone or inventory, so that the report has its row and why.
 */
export function inventoryUnreadCommand(
  values: UnreadArguments,
  io: CheckoutIo,
  usageError: (message: string) => Error,
): number {
  if (values.repository === undefined) throw usageError("inventory unread needs --repository OWNER/NAME");
  const reason = values.reason?.trim() ?? "";
  if (reason === "")
    throw usageError("inventory unread needs --reason TEXT: why the repository could not be read");
  const repository = checkedRepository(values.repository, usageError);
  writeInventory(unreadInventory(repository, reason, new Date().toISOString()), values.json, io);
  io.stderr(`${forLogLine(`secrets-actions inventory: ${repository}: not read: ${reason}`)}\n`);
  return 0;
}

export interface PlanArguments {
  repositories?: string | undefined;
  "per-job"?: string | undefined;
}

/**
 * The listed repositories the token's App installation can see. One it cannot see would make the App
 * token of its whole matrix chunk fail, so it is left out with a warning (`inventory merge --expect`
 * still gives it a row). A token that cannot list an installation's repositories keeps the list whole.
 */
async function visibleToInstallation(
  client: GitHubClient,
  repositories: string[],
  io: CheckoutIo,
): Promise<string[]> {
  let visible: Set<string>;
  try {
    visible = new Set((await installationRepositories(client)).map((name) => name.toLowerCase()));
  } catch (error) {
    const failure = toFailure(error);
    io.stderr(
      `${forLogLine(`secrets-actions: the installation's repositories could not be listed (HTTP ${failure.status ?? "none"}: ${failure.message}); planning every repository given`)}\n`,
    );
    return repositories;
  }
  const unseen = repositories.filter((name) => !visible.has(name.toLowerCase()));
  if (unseen.length > 0)
    io.stderr(
      `${forLogLine(`secrets-actions: left out, the App installation cannot see them: ${unseen.join(", ")}`)}\n`,
    );
  return repositories.filter((name) => visible.has(name.toLowerCase()));
}

/**
 * `secrets-actions inventory plan [--repositories LIST] [--per-job N]`: the matrix of the reusable
 * inventory workflow, as JSON (`{"include": [{"chunk": 1, "repositories": "a/b,a/c"}, ...]}`): the
 * repositories given, or every repository the token's GitHub App installation can see.
 */
export async function inventoryPlanCommand(
  values: PlanArguments,
  io: CheckoutIo,
  usageError: (message: string) => Error,
): Promise<number> {
  const perJob = Number(values["per-job"] ?? "1");
  if (!Number.isInteger(perJob) || perJob < 1)
    throw usageError(
      `--per-job must be a whole number of at least 1, not ${JSON.stringify(values["per-job"])}`,
    );
  let repositories = parseRepositoryList(values.repositories ?? "");
  const bad = repositories.find((name) => !isRepositoryName(name));
  if (bad !== undefined) throw usageError(`--repositories: ${JSON.stringify(bad)} is not OWNER/NAME`);
  const token = tokenFrom(io.env);
  const client = token
    ? cliGitHubClient({ token, command: "secrets-actions inventory", concurrency: 1, stderr: io.stderr })
    : undefined;
  if (repositories.length === 0) {
    if (!client)
      throw new ConfigurationError(
        "inventory plan needs --repositories or a GitHub App installation token in GITHUB_TOKEN to list the repositories it can see",
      );
    repositories = await installationRepositories(client);
  } else if (client) repositories = await visibleToInstallation(client, repositories, io);
  const include = planChunks(repositories, perJob);
  io.stdout(`${JSON.stringify({ include })}\n`);
  io.stderr(
    `secrets-actions inventory plan: ${repositories.length} repositories in ${include.length} jobs\n`,
  );
  return 0;
}
