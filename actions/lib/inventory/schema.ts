/**
 * The inventory of one repository, as `secrets-actions inventory --json` writes it and `inventory merge`
 * reads it: every secret's name, where it lives, who can read it, how old it is — never a value. Values
 * appear only as keyed digests (HMAC-SHA256 with the key the whole organisation's run shares), so that
 * the merge can tell whether two places hold the same value without learning it.
 */
export const INVENTORY_SCHEMA = "secrets-actions/inventory@1";

export type SecretSource = "sops" | "github";
export type GitHubScope = "repository" | "environment" | "organization" | "dependabot";
export type RotationState = "ok" | "due-soon" | "overdue";

export interface InventorySecret {
  /** The name a program reads it by (`HF_TOKEN`, `database__password`). */
  name: string;
  source: SecretSource;
  /** SOPS: the file and the key path in it. */
  file?: string;
  key?: string;
  /** GitHub: where the secret is set. */
  scope?: GitHubScope;
  environment?: string;
  /** SOPS: the names that can open the file alone (recipients by name, or their first 12 characters). */
  readers?: string[];
  /** When the value last changed (SOPS: the commit's date; GitHub: when it was last written). */
  last_changed: string;
  /** SOPS: the commit of that change. */
  commit?: string;
  age_days: number;
  /** False when the age is an upper bound (no key opened the revisions). */
  exact: boolean;
  max_age_days: number;
  status: RotationState;
  /** HMAC-SHA256 (hex) of the value under the run's digest key; null without a key or a digest key. */
  digest: string | null;
}

export interface VerifyCounts {
  errors: number;
  warnings: number;
  notes: number;
  /** Errors and warnings per rule id. */
  by_rule: Record<string, number>;
}

export interface RepositoryInventory {
  schema: typeof INVENTORY_SCHEMA;
  /** `owner/name`. */
  repository: string;
  commit: string | null;
  generated_at: string;
  /** The repository has a `.sops.yaml`. */
  adopted: boolean;
  recipients: { name: string; recipients: string[] }[];
  secrets: InventorySecret[];
  verify: { tree: VerifyCounts; history: VerifyCounts | null };
  /** What could not be read, with the reason (no token, a shallow clone, an API error): never fatal. */
  problems: string[];
  /**
   * Set when the repository itself could not be inventoried (the clone or the inventory failed): why.
   * The row is kept so that the report says so; every other field is then empty.
   */
  unread?: string;
}

/** The inventory of a repository that could not be read: a row that says why, and nothing else. */
export function unreadInventory(
  repository: string,
  reason: string,
  generatedAt: string,
): RepositoryInventory {
  return {
    schema: INVENTORY_SCHEMA,
    repository,
    commit: null,
    generated_at: generatedAt,
    adopted: false,
    recipients: [],
    secrets: [],
    verify: { tree: { errors: 0, warnings: 0, notes: 0, by_rule: {} }, history: null },
    problems: [],
    unread: reason,
  };
}
