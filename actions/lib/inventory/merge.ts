/**
 * Many repositories' inventories (schema.ts) merged into one organisation report: one entry per secret
 * name with every place it lives (a SOPS file and key, or a GitHub scope), its readers, ages and
 * statuses, and whether the places hold the same value — told by their keyed digests only, which are
 * compared and never copied into the report; one entry per repository (adoption, counts, verify counts,
 * problems); verify findings per rule across the organisation. Inputs that are not inventories are
 * named and skipped, never fatal. Every list is sorted by code units, so the same inputs give the same
 * report on any machine, in any order.
 */
import {
  unreadInventory,
  type GitHubScope,
  type RepositoryInventory,
  type RotationState,
  type SecretSource,
  type VerifyCounts,
} from "./schema.js";
import { parseInventory } from "./validate.js";

export const MERGED_SCHEMA = "secrets-actions/inventory-merge@1";

/** Among the places of a name that have a digest: all equal, not all equal, or fewer than two. */
export type ValueAgreement = "same value" | "different values" | "unknown";
/**
 * `partly adopted`: a `.sops.yaml`, but some names live only in GitHub's secrets; `unread`: the
 * repository could not be inventoried, or no inventory of it arrived.
 */
export type Adoption = "adopted" | "partly adopted" | "not adopted" | "unread";

export interface MergedPlace {
  repository: string;
  source: SecretSource;
  /** SOPS: the file and the key in it; null for GitHub. */
  file: string | null;
  key: string | null;
  /** GitHub: the scope and environment; null for SOPS. */
  scope: GitHubScope | null;
  environment: string | null;
  readers: string[];
  last_changed: string;
  commit: string | null;
  age_days: number;
  /** False: age_days is an upper bound. */
  exact: boolean;
  max_age_days: number;
  status: RotationState;
  /** Places of the name with equal digests share a number (1, 2, … in the order of the places); null without a digest. */
  value: number | null;
}

export interface MergedSecret {
  name: string;
  values: ValueAgreement;
  /** The worst status of its places. */
  status: RotationState;
  oldest_age_days: number;
  /** False when an oldest place's age is an upper bound. */
  oldest_exact: boolean;
  repositories: string[];
  /** Everyone who can read a SOPS place of it alone (names, or an unnamed recipient's first 12 characters). */
  readers: string[];
  places: MergedPlace[];
}

export interface MergedRepository {
  repository: string;
  /** The input file it was read from; null when no inventory of an expected repository arrived. */
  input: string | null;
  commit: string | null;
  generated_at: string;
  adopted: boolean;
  adoption: Adoption;
  secrets: number;
  sops: number;
  github: number;
  /** Names this repository keeps in GitHub's secrets and not in a SOPS file. */
  github_only: string[];
  overdue: number;
  due_soon: number;
  recipients: { name: string; recipients: string[] }[];
  verify: { tree: VerifyCounts; history: VerifyCounts | null };
  /** Why the repository could not be read (its problems say it too); null when it was. */
  unread: string | null;
  problems: string[];
}

export interface RuleTotal {
  rule: string;
  /** Repositories with a finding of the rule in the tree or the history. */
  repositories: number;
  tree: number;
  history: number;
}

export interface MergedInventory {
  schema: typeof MERGED_SCHEMA;
  inputs: { read: number; skipped: { file: string; reason: string }[] };
  totals: {
    repositories: number;
    adopted: number;
    partly_adopted: number;
    not_adopted: number;
    unread: number;
    /** Distinct secret names, and the places they live in. */
    names: number;
    places: number;
    /** Names whose worst place is overdue or due soon. */
    overdue: number;
    due_soon: number;
    same_value: number;
    different_values: number;
    verify: { errors: number; warnings: number; notes: number };
  };
  repositories: MergedRepository[];
  secrets: MergedSecret[];
  rules: RuleTotal[];
}

/** A file's text, or why it could not be read (the caller's IO). */
export type InventoryInput = { file: string; text: string } | { file: string; error: string };

/** Code-unit order: the same on every machine, whatever its locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SEVERITY: Record<RotationState, number> = { ok: 0, "due-soon": 1, overdue: 2 };
const SOURCE_ORDER: Record<SecretSource, number> = { sops: 0, github: 1 };

function comparePlaces(a: MergedPlace, b: MergedPlace): number {
  return (
    byCodeUnits(a.repository, b.repository) ||
    SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
    byCodeUnits(a.file ?? "", b.file ?? "") ||
    byCodeUnits(a.key ?? "", b.key ?? "") ||
    byCodeUnits(a.scope ?? "", b.scope ?? "") ||
    byCodeUnits(a.environment ?? "", b.environment ?? "")
  );
}

const sortedUnique = (items: Iterable<string>) => [...new Set(items)].sort(byCodeUnits);

/**
 * The Actions secret that holds CI's age identity (`SOPS_AGE_KEY`, or `SOPS_AGE_KEY_<SUFFIX>` for one key
 * per environment) lives in GitHub by design, since it opens the SOPS files: it does not make an
 * adopted repository a partly adopted one.
 */
const isAgeKeySecret = (name: string) => /^SOPS_AGE_KEY(?:_\w+)?$/.test(name);

/** The inventories to merge: one per repository (the one generated last), the others skipped. */
function readInputs(inputs: readonly InventoryInput[]) {
  const skipped: { file: string; reason: string }[] = [];
  const chosen = new Map<string, { file: string; inventory: RepositoryInventory }>();
  for (const input of inputs) {
    if ("error" in input) {
      skipped.push({ file: input.file, reason: input.error });
      continue;
    }
    const parsed = parseInventory(input.text);
    if (!parsed.ok) {
      skipped.push({ file: input.file, reason: parsed.reason });
      continue;
    }
    const { inventory } = parsed;
    const earlier = chosen.get(inventory.repository);
    if (!earlier) {
      chosen.set(inventory.repository, { file: input.file, inventory });
      continue;
    }
    // The one generated later; at the same time, the file whose name sorts first: never the order given.
    const time = Date.parse(inventory.generated_at) - Date.parse(earlier.inventory.generated_at);
    const later = time > 0 || (time === 0 && byCodeUnits(input.file, earlier.file) < 0);
    const [kept, dropped] = later ? [input.file, earlier.file] : [earlier.file, input.file];
    skipped.push({
      file: dropped,
      reason: `${inventory.repository} is also in ${kept}, ${time === 0 ? "generated at the same time (the first file name is kept)" : "generated later (it is kept)"}`,
    });
    if (later) chosen.set(inventory.repository, { file: input.file, inventory });
  }
  const read = [...chosen.values()].sort((a, b) =>
    byCodeUnits(a.inventory.repository, b.inventory.repository),
  );
  return { read, skipped };
}

function repositorySummary(file: string | null, inventory: RepositoryInventory): MergedRepository {
  const inSops = new Set<string>();
  const inGitHub = new Set<string>();
  let overdue = 0;
  let dueSoon = 0;
  for (const secret of inventory.secrets) {
    // An organisation secret is the organisation's, visible to many repositories: not this one's choice.
    if (secret.source === "sops") inSops.add(secret.name);
    else if (secret.scope !== "organization") inGitHub.add(secret.name);
    if (secret.status === "overdue") overdue++;
    else if (secret.status === "due-soon") dueSoon++;
  }
  const githubOnly = [...inGitHub]
    .filter((name) => !inSops.has(name) && !isAgeKeySecret(name))
    .sort(byCodeUnits);
  return {
    repository: inventory.repository,
    input: file,
    commit: inventory.commit,
    generated_at: inventory.generated_at,
    adopted: inventory.adopted,
    adoption:
      inventory.unread !== undefined
        ? "unread"
        : !inventory.adopted
          ? "not adopted"
          : githubOnly.length > 0
            ? "partly adopted"
            : "adopted",
    secrets: inventory.secrets.length,
    sops: inventory.secrets.filter((secret) => secret.source === "sops").length,
    github: inventory.secrets.filter((secret) => secret.source === "github").length,
    github_only: githubOnly,
    overdue,
    due_soon: dueSoon,
    recipients: inventory.recipients
      .map((entry) => ({ name: entry.name, recipients: [...entry.recipients].sort(byCodeUnits) }))
      .sort((a, b) => byCodeUnits(a.name, b.name)),
    verify: inventory.verify,
    unread: inventory.unread ?? null,
    problems: inventory.unread === undefined ? inventory.problems : [`not read: ${inventory.unread}`],
  };
}

function mergeName(
  name: string,
  found: readonly { place: MergedPlace; digest: string | null }[],
): MergedSecret {
  // Places and their digests sorted together; digests stay here and never reach the report.
  const pairs = [...found].sort((a, b) => comparePlaces(a.place, b.place));
  const sorted = pairs.map((pair) => pair.place);
  const groups = new Map<string, number>();
  let withDigest = 0;
  for (const { place, digest } of pairs) {
    if (digest === null) continue;
    withDigest++;
    let group = groups.get(digest);
    if (group === undefined) groups.set(digest, (group = groups.size + 1));
    place.value = group;
  }
  let status: RotationState = "ok";
  let oldest = -1;
  let oldestExact = true;
  for (const place of sorted) {
    if (SEVERITY[place.status] > SEVERITY[status]) status = place.status;
    if (place.age_days > oldest) {
      oldest = place.age_days;
      oldestExact = place.exact;
    } else if (place.age_days === oldest && !place.exact) oldestExact = false;
  }
  return {
    name,
    values: withDigest < 2 ? "unknown" : groups.size === 1 ? "same value" : "different values",
    status,
    oldest_age_days: Math.max(oldest, 0),
    oldest_exact: oldestExact,
    repositories: sortedUnique(sorted.map((place) => place.repository)),
    readers: sortedUnique(sorted.flatMap((place) => place.readers)),
    places: sorted,
  };
}

function ruleTotals(repositories: readonly MergedRepository[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  const total = (rule: string) => {
    let entry = totals.get(rule);
    if (!entry) totals.set(rule, (entry = { rule, repositories: 0, tree: 0, history: 0 }));
    return entry;
  };
  for (const repository of repositories) {
    const seen = new Set<string>();
    for (const [rule, found] of Object.entries(repository.verify.tree.by_rule)) {
      total(rule).tree += found;
      seen.add(rule);
    }
    for (const [rule, found] of Object.entries(repository.verify.history?.by_rule ?? {})) {
      total(rule).history += found;
      seen.add(rule);
    }
    for (const rule of seen) total(rule).repositories++;
  }
  return [...totals.values()].sort(
    (a, b) => b.tree - a.tree || b.history - a.history || byCodeUnits(a.rule, b.rule),
  );
}

export interface MergeOptions {
  /**
   * The repositories the run set out to read (the plan's list): each one without an inventory among
   * the inputs is a row that says so, since its matrix job failed, was cancelled or never ran.
   */
  expected: readonly string[];
  /** When the merge runs (ISO 8601): the date of those rows. */
  now: string;
}

/** Why an expected repository has no row of its own. */
export const NO_INVENTORY_ARRIVED =
  "no inventory of it arrived: the App installation cannot see it, or its matrix job failed or was cancelled (see the workflow run)";

/**
 * The organisation's report from the inputs, and one warning per input that was skipped (the file,
 * then why): a file that is not JSON, not this schema, invalid in a field, or a repository already read.
 */
export function mergeInventories(
  inputs: readonly InventoryInput[],
  options: MergeOptions = { expected: [], now: "" },
): {
  merged: MergedInventory;
  warnings: string[];
} {
  const { read, skipped } = readInputs(inputs);
  // GitHub's names are not case-sensitive: `Juniper/Data` planned is `juniper/data` read.
  const arrived = new Set(read.map(({ inventory }) => inventory.repository.toLowerCase()));
  const missing = sortedUnique(options.expected).filter(
    (repository) => !arrived.has(repository.toLowerCase()),
  );
  const repositories = [
    ...read.map(({ file, inventory }) => repositorySummary(file, inventory)),
    ...missing.map((repository) =>
      repositorySummary(null, unreadInventory(repository, NO_INVENTORY_ARRIVED, options.now)),
    ),
  ].sort((a, b) => byCodeUnits(a.repository, b.repository));
  const byName = new Map<string, { place: MergedPlace; digest: string | null }[]>();
  for (const { inventory } of read) {
    for (const secret of inventory.secrets) {
      let entry = byName.get(secret.name);
      if (!entry) byName.set(secret.name, (entry = []));
      const place: MergedPlace = {
        repository: inventory.repository,
        source: secret.source,
        file: secret.file ?? null,
        key: secret.key ?? null,
        scope: secret.scope ?? null,
        environment: secret.environment ?? null,
        readers: sortedUnique(secret.readers ?? []),
        last_changed: secret.last_changed,
        commit: secret.commit ?? null,
        age_days: secret.age_days,
        exact: secret.exact,
        max_age_days: secret.max_age_days,
        status: secret.status,
        value: null,
      };
      entry.push({ place, digest: secret.digest });
    }
  }
  const secrets = [...byName]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([name, found]) => mergeName(name, found));
  const sum = (pick: (counts: VerifyCounts) => number) =>
    repositories.reduce((total, repository) => total + pick(repository.verify.tree), 0);
  const merged: MergedInventory = {
    schema: MERGED_SCHEMA,
    inputs: { read: read.length, skipped },
    totals: {
      repositories: repositories.length,
      adopted: repositories.filter((repository) => repository.adoption === "adopted").length,
      partly_adopted: repositories.filter((repository) => repository.adoption === "partly adopted").length,
      not_adopted: repositories.filter((repository) => repository.adoption === "not adopted").length,
      unread: repositories.filter((repository) => repository.adoption === "unread").length,
      names: secrets.length,
      places: secrets.reduce((total, secret) => total + secret.places.length, 0),
      overdue: secrets.filter((secret) => secret.status === "overdue").length,
      due_soon: secrets.filter((secret) => secret.status === "due-soon").length,
      same_value: secrets.filter((secret) => secret.values === "same value").length,
      different_values: secrets.filter((secret) => secret.values === "different values").length,
      verify: {
        errors: sum((counts) => counts.errors),
        warnings: sum((counts) => counts.warnings),
        notes: sum((counts) => counts.notes),
      },
    },
    repositories,
    secrets,
    rules: ruleTotals(repositories),
  };
  return { merged, warnings: skipped.map((entry) => `${entry.file}: skipped: ${entry.reason}`) };
}

/** The JSON output: the merged object as it is typed above, indented, one trailing newline. */
export function renderJson(merged: MergedInventory): string {
  return `${JSON.stringify(merged, null, 2)}\n`;
}
