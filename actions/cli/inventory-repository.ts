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
import { createGitHubClient, installationRepositories } from "../common/github.js";
import { readInventory } from "../common/inventory.js";
import { writeFileSafely } from "../common/safe-write.js";
import { ConfigurationError } from "../lib/errors.js";
import { parseRepositoryList, planChunks } from "../lib/inventory/plan.js";
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

/** The client's own messages: warnings on stderr, debug messages nowhere. */
function quietReport(io: CheckoutIo) {
  return {
    debug: () => undefined,
    warning: (message: string) => {
      io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
    },
  };
}

/** The digest key from INVENTORY_DIGEST_KEY: any text, stretched to 32 bytes (SHA-256). */
function digestKeyOf(text: string | undefined): Uint8Array | undefined {
  return text ? createHash("sha256").update(text, "utf8").digest() : undefined;
}

export async function inventoryRepositoryCommand(
  values: InventoryArguments,
  io: CheckoutIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new ConfigurationError(`${io.cwd} is not in a git repository: inventory reads a checkout`);
  const repository =
    values.repository ??
    io.env.GITHUB_REPOSITORY ??
    (await originRepository(root)) ??
    `local/${path.basename(root)}`;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw usageError(`--repository must be OWNER/NAME, not ${JSON.stringify(repository)}`);
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  const github = token
    ? createGitHubClient({
        token,
        action: "secrets-actions inventory",
        concurrency: 2,
        report: {
          debug: () => undefined,
          warning: (message) => {
            io.stderr(`${forLogLine(`secrets-actions: ${message}`)}\n`);
          },
        },
      })
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
  const text = `${JSON.stringify(inventory, null, 2)}\n`;
  if (values.json) {
    const file = path.resolve(io.cwd, values.json);
    writeFileSafely(file, text, {
      what: `--json ${values.json}`,
      roots: [path.parse(file).root],
      mode: 0o644,
      replace: true,
    });
  } else io.stdout(text);
  for (const problem of inventory.problems) io.stderr(`${forLogLine(`secrets-actions: ${problem}`)}\n`);
  io.stderr(
    `${forLogLine(`secrets-actions inventory: ${repository}: ${inventory.adopted ? "adopted" : "not adopted"}, ${inventory.secrets.length} secrets, ${inventory.secrets.filter((secret) => secret.status === "overdue").length} overdue, verify ${inventory.verify.tree.errors} errors`)}\n`,
  );
  return 0;
}

export interface PlanArguments {
  repositories?: string | undefined;
  "per-job"?: string | undefined;
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
  if (repositories.length === 0) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    if (!token)
      throw new ConfigurationError(
        "inventory plan needs --repositories or a GitHub App installation token in GITHUB_TOKEN to list the repositories it can see",
      );
    repositories = await installationRepositories(
      createGitHubClient({
        token,
        action: "secrets-actions inventory",
        concurrency: 1,
        report: quietReport(io),
      }),
    );
  }
  const bad = repositories.find((name) => !/^[\w.-]+\/[\w.-]+$/.test(name));
  if (bad !== undefined) throw usageError(`--repositories: ${JSON.stringify(bad)} is not OWNER/NAME`);
  const include = planChunks(repositories, perJob);
  io.stdout(`${JSON.stringify({ include })}\n`);
  io.stderr(
    `secrets-actions inventory plan: ${repositories.length} repositories in ${include.length} jobs\n`,
  );
  return 0;
}
