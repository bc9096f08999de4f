/**
 * The inventory of one checkout (`secrets-actions inventory`): every SOPS file and key (never a value)
 * with its readers by name and its age and policy status from the rotation history, verify's counts for
 * the tree and the history, and with a token the repository's GitHub secrets metadata. Values appear
 * only as keyed digests under the organisation's shared digest key, so that the merge can compare them.
 * What cannot be read (no token, a shallow clone, an API error) is a problem on the record, never fatal.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { currentReaders, loadRecipientNames } from "./access.js";
import { headCommit } from "./git.js";
import { githubSecrets } from "./github-secrets.js";
import { toFailure, type GitHubClient } from "./github.js";
import { loadRotationPolicy, rotationFiles, sopsSecrets } from "./sops-history.js";
import { verify, type Source } from "./verify.js";
import { describeUnknown } from "../lib/errors.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";
import {
  INVENTORY_SCHEMA,
  type InventorySecret,
  type RepositoryInventory,
  type VerifyCounts,
} from "../lib/inventory/schema.js";
import { buildReport, type FoundSecret } from "../lib/rotation/report.js";
import type { Finding } from "../lib/scan/rules.js";
import type { AgeIdentity } from "../lib/sops/age.js";

export interface InventoryOptions {
  root: string;
  /** `owner/name`. */
  repository: string;
  identities: readonly AgeIdentity[];
  /** The organisation's digest key; without it, no digests. */
  digestKey: Uint8Array | undefined;
  /** With a client, the repository's GitHub secrets metadata (Actions, environments, Dependabot, organisation). */
  github: GitHubClient | undefined;
  /** Also verify the whole history (slower). */
  history: boolean;
  now: number;
}

function counts(findings: readonly Finding[]): VerifyCounts {
  const byRule: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const finding of findings) {
    if (finding.severity === "note") {
      notes++;
      continue;
    }
    if (finding.severity === "error") errors++;
    else warnings++;
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
  }
  return { errors, warnings, notes, by_rule: byRule };
}

async function verifyCounts(
  root: string,
  source: Source,
  now: number,
  problems: string[],
): Promise<VerifyCounts | null> {
  try {
    const result = await verify({
      cwd: root,
      source,
      include: [],
      policyFile: "",
      sopsConfigFile: "",
      identities: [],
      now,
      threads: 1,
    });
    return counts(result.findings);
  } catch (error) {
    problems.push(`verify (${source.scope}): ${describeUnknown(error)}`);
    return null;
  }
}

export async function readInventory(options: InventoryOptions): Promise<RepositoryInventory> {
  const { root, repository, identities, now } = options;
  const problems: string[] = [];
  const adopted = existsSync(path.join(root, ".sops.yaml"));
  const { names } = loadRecipientNames(root, "");
  const defaultPolicy = ROTATE_REMINDER.inputs.policy.default;
  const policy = loadRotationPolicy(root, defaultPolicy, defaultPolicy);
  const found: FoundSecret[] = [];
  const digests = new Map<string, string>();
  const files = adopted ? await rotationFiles(root, []) : [];
  for (const file of files) {
    try {
      const result = await sopsSecrets(
        root,
        file,
        repository,
        identities,
        (message) => {
          problems.push(message);
        },
        options.digestKey,
      );
      found.push(...result.secrets);
      if (options.digestKey)
        for (const fact of result.facts) digests.set(`${file}:${fact.name}`, fact.digest);
    } catch (error) {
      problems.push(`${file}: ${describeUnknown(error)}`);
    }
  }
  if (options.github) {
    try {
      const listing = await githubSecrets(options.github, repository);
      if (listing.kind === "listed") found.push(...listing.secrets);
      else
        problems.push(
          `GitHub secrets of ${repository} could not be listed (HTTP ${listing.status ?? "?"}): ${listing.message}`,
        );
    } catch (error) {
      // After the client's own retries: the repository is reported with the reason, the run goes on.
      const failure = toFailure(error);
      problems.push(
        `GitHub secrets of ${repository} could not be listed (HTTP ${failure.status ?? "none"}): ${failure.message}`,
      );
    }
  } else problems.push("GitHub secrets not listed: no token");
  const readers = new Map(
    currentReaders(root, files, names).map((entry) => [entry.path, entry.readers.alone]),
  );
  const secrets: InventorySecret[] = buildReport(found, policy, now).map((entry) => ({
    name: entry.name,
    source: entry.source,
    ...(entry.file
      ? { file: entry.file, key: entry.key ?? entry.name, readers: readers.get(entry.file) ?? [] }
      : {}),
    ...(entry.source === "github" && entry.scope ? { scope: entry.scope } : {}),
    ...(entry.environment ? { environment: entry.environment } : {}),
    last_changed: entry["last-changed"],
    ...(entry.commit ? { commit: entry.commit } : {}),
    age_days: entry["age-days"],
    exact: entry.exact,
    max_age_days: entry["max-age-days"],
    status: entry.status,
    digest: entry.file ? (digests.get(`${entry.file}:${entry.name}`) ?? null) : null,
  }));
  const tree = (await verifyCounts(root, { scope: "all" }, now, problems)) ?? {
    errors: 0,
    warnings: 0,
    notes: 0,
    by_rule: {},
  };
  const historyCounts = options.history
    ? await verifyCounts(root, { scope: "history" }, now, problems)
    : null;
  return {
    schema: INVENTORY_SCHEMA,
    repository,
    commit: (await headCommit(root)) ?? null,
    generated_at: new Date(now).toISOString(),
    adopted,
    recipients: names.entries(),
    secrets,
    verify: { tree, history: historyCounts },
    problems,
  };
}
