/**
 * Inventories for the merge's tests: the seven sample repositories of test/fixtures/inventory (adopted,
 * partly adopted, not adopted, JUNIPER_DATA_API_KEY shared with equal and with different digests, an
 * unnamed recipient shown by its first 12 characters, an overdue secret), the malformed files beside
 * them, and a repository whose every string is hostile.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { InventoryInput } from "../../actions/lib/inventory/merge.js";
import type { InventorySecret, RepositoryInventory } from "../../actions/lib/inventory/schema.js";
import { REPO_ROOT } from "./fixtures.js";

export const INVENTORY_FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "inventory");
export const MALFORMED = path.join(INVENTORY_FIXTURES, "malformed");

const jsonFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(folder, name));

/** The seven sample repositories' files. */
export const sampleFiles = (): string[] => jsonFiles(INVENTORY_FIXTURES);
export const malformedFiles = (): string[] => jsonFiles(MALFORMED);

export const inputOf = (file: string): InventoryInput => ({
  file: path.relative(REPO_ROOT, file),
  text: readFileSync(file, "utf8"),
});

export function sample(name: string): RepositoryInventory {
  return JSON.parse(
    readFileSync(path.join(INVENTORY_FIXTURES, `${name}.json`), "utf8"),
  ) as RepositoryInventory;
}

/** Strings a pull request could put in a name, a path, a key, a reader or a problem. */
export const HOSTILE = [
  "<script>document.title='pwned'</script>",
  `<img src=x onerror="document.title='pwned'">`,
  `"onmouseover="document.title='pwned'" x="`,
  "'><svg onload=document.title='pwned'>",
  "a|b||c",
  "``code`` and `tick`",
  "line one\nline two\r\n| forged | row |",
  "</table></td><h1>forged</h1>",
  "</code><b>bold</b>",
  "@octocat #1 https://evil.example [link](javascript:alert(1)) ![img](http://example.invalid/x.png)",
  "*em* _under_ ~~strike~~ &amp; &lt; \\| \\` \\",
  "\u202eexe.txt \u200bzero-width",
] as const;

const DIGEST = "0".repeat(64);

/** A repository whose names, paths, keys, environments, readers, rule ids and problems are all hostile. */
export function hostileInventory(): RepositoryInventory {
  const secrets: InventorySecret[] = HOSTILE.flatMap((text, index) => [
    {
      name: text,
      source: "sops",
      file: `${text}.enc.yaml`,
      key: `["${text}"]`,
      readers: [text, `reader-${index}`],
      last_changed: "2026-11-01T00:00:00Z",
      commit: "a".repeat(40),
      age_days: 100 + index,
      exact: true,
      max_age_days: 365,
      status: "ok",
      digest: DIGEST,
    },
    {
      name: text,
      source: "github",
      scope: "environment",
      environment: text,
      last_changed: "2026-11-01T00:00:00Z",
      age_days: index,
      exact: false,
      max_age_days: 90,
      status: "ok",
      digest: null,
    },
  ]);
  return {
    schema: "secrets-actions/inventory@1",
    repository: "hostile/repository",
    commit: null,
    generated_at: "2026-12-01T00:00:00Z",
    adopted: true,
    recipients: [{ name: HOSTILE[0], recipients: ["age1hostile"] }],
    secrets,
    verify: {
      tree: {
        errors: 1,
        warnings: 0,
        notes: 0,
        by_rule: Object.fromEntries(HOSTILE.map((text) => [text, 1])),
      },
      history: null,
    },
    problems: [...HOSTILE],
  };
}

export const asInput = (file: string, inventory: unknown): InventoryInput => ({
  file,
  text: JSON.stringify(inventory),
});
