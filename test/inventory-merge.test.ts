/**
 * inventory merge, the pure part: each input checked field by field (a bad one named and skipped, never
 * fatal), one row per secret name with its places, readers, ages and statuses, values compared by their
 * digests only, repositories' adoption and counts, findings per rule; the same report in any order.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import {
  mergeInventories,
  NO_INVENTORY_ARRIVED,
  renderJson,
  type MergedSecret,
} from "../actions/lib/inventory/merge.js";
import { parseInventory } from "../actions/lib/inventory/validate.js";
import { renderHtml } from "../actions/lib/inventory/html.js";
import { renderMarkdown } from "../actions/lib/inventory/markdown.js";
import {
  INVENTORY_SCHEMA,
  unreadInventory,
  type RepositoryInventory,
} from "../actions/lib/inventory/schema.js";
import { asInput, inputOf, malformedFiles, sample, sampleFiles } from "./support/inventory.js";
import { random } from "./support/random.js";

const samples = () => sampleFiles().map(inputOf);
const merged = () => mergeInventories(samples()).merged;
const secretNamed = (name: string): MergedSecret => {
  const found = merged().secrets.find((secret) => secret.name === name);
  if (!found) throw new Error(`no secret ${name} in the merged samples`);
  return found;
};

describe("the seven sample repositories", () => {
  test("all are read, none skipped", () => {
    const { merged: report, warnings } = mergeInventories(samples());
    expect(warnings).toEqual([]);
    expect(report.inputs).toEqual({ read: 7, skipped: [] });
  });

  test.each([
    ["juniper/juniper-canopy", "partly adopted", ["DEPLOY_KEY", "JUNIPER_DATA_API_KEY", "SLACK_WEBHOOK_URL"]],
    ["juniper/juniper-cascor", "adopted", []],
    ["juniper/juniper-data", "adopted", []],
    ["juniper/juniper-deploy", "adopted", []],
    ["juniper/juniper-docs", "not adopted", []],
    ["juniper/juniper-legacy", "not adopted", ["AWS_SECRET_ACCESS_KEY"]], // NPM_TOKEN is the organisation's
    ["juniper/juniper-ml", "adopted", []],
  ])("%s is %s (only in GitHub: %j)", (repository, adoption, githubOnly) => {
    const found = merged().repositories.find((entry) => entry.repository === repository);
    expect(found).toMatchObject({ adoption, github_only: githubOnly });
  });

  test("repositories are sorted by name and counted", () => {
    const report = merged();
    expect(report.repositories.map((entry) => entry.repository)).toEqual([
      "juniper/juniper-canopy",
      "juniper/juniper-cascor",
      "juniper/juniper-data",
      "juniper/juniper-deploy",
      "juniper/juniper-docs",
      "juniper/juniper-legacy",
      "juniper/juniper-ml",
    ]);
    expect(report.repositories.find((entry) => entry.repository === "juniper/juniper-canopy")).toMatchObject({
      secrets: 4,
      sops: 1,
      github: 3,
      overdue: 0,
      due_soon: 0,
      verify: { tree: { errors: 0, warnings: 1, notes: 2, by_rule: { "unpinned-uses": 1 } } },
    });
    expect(report.repositories.find((entry) => entry.repository === "juniper/juniper-legacy")).toMatchObject({
      overdue: 1,
      verify: { history: null },
      problems: ["the history was not read: a shallow clone (fetch-depth: 0 reads it)"],
    });
    expect(report.totals).toEqual({
      repositories: 7,
      adopted: 4,
      partly_adopted: 1,
      not_adopted: 2,
      unread: 0,
      names: 10,
      places: 16,
      overdue: 2,
      due_soon: 2,
      same_value: 1,
      different_values: 2,
      verify: { errors: 2, warnings: 2, notes: 2 },
    });
  });

  test.each([
    // name, values, status, oldest age, exact, places, repositories, readers
    ["JUNIPER_DATA_API_KEY", "different values", "ok", 70, true, 4, 4, ["alice", "ci"]],
    ["SENTRY_DSN", "same value", "ok", 12, true, 2, 2, ["alice", "ci"]],
    ["HF_TOKEN", "unknown", "due-soon", 80, true, 2, 2, ["alice", "ci"]],
    ["POSTGRES_PASSWORD", "different values", "due-soon", 170, true, 2, 2, ["age1qz8l6n4x", "alice"]],
    ["REGISTRY_PASSWORD", "unknown", "overdue", 412, true, 1, 1, ["age1qz8l6n4x", "alice"]],
    ["AWS_SECRET_ACCESS_KEY", "unknown", "overdue", 900, false, 1, 1, []],
    ["DEPLOY_KEY", "unknown", "ok", 100, true, 1, 1, []],
  ] as const)(
    "%s: %s, %s, oldest %d days",
    (name, values, status, oldest, exact, places, repositories, readers) => {
      const secret = secretNamed(name);
      expect(secret).toMatchObject({ values, status, oldest_age_days: oldest, oldest_exact: exact, readers });
      expect(secret.places).toHaveLength(places);
      expect(secret.repositories).toHaveLength(repositories);
    },
  );

  test("JUNIPER_DATA_API_KEY: the same value in cascor and data, different values in canopy and ml", () => {
    const places = secretNamed("JUNIPER_DATA_API_KEY").places;
    expect(
      places.map((place) => [
        place.repository,
        place.source,
        place.file,
        place.key,
        place.scope,
        place.environment,
        place.value,
      ]),
    ).toEqual([
      ["juniper/juniper-canopy", "github", null, null, "environment", "production", 1],
      ["juniper/juniper-cascor", "sops", ".env.enc", "JUNIPER_DATA_API_KEY", null, null, 2],
      [
        "juniper/juniper-data",
        "sops",
        "config/secrets.enc.yaml",
        '["juniper"]["data_api_key"]',
        null,
        null,
        2,
      ],
      ["juniper/juniper-ml", "sops", "secrets.enc.json", '["JUNIPER_DATA_API_KEY"]', null, null, 3],
    ]);
  });

  test("an unnamed recipient is shown by its first 12 characters", () => {
    const place = secretNamed("REGISTRY_PASSWORD").places[0];
    expect(place?.readers).toEqual(["age1qz8l6n4x", "alice"]);
    expect(place?.readers[0]).toHaveLength(12);
  });

  test("the overdue secret keeps its age, limit and commit", () => {
    expect(secretNamed("REGISTRY_PASSWORD").places).toEqual([
      {
        repository: "juniper/juniper-deploy",
        source: "sops",
        file: "deploy/.env.production.enc",
        key: "REGISTRY_PASSWORD",
        scope: null,
        environment: null,
        readers: ["age1qz8l6n4x", "alice"],
        last_changed: "2025-10-15T00:00:00Z",
        commit: "c".repeat(40),
        age_days: 412,
        exact: true,
        max_age_days: 180,
        status: "overdue",
        value: 1,
      },
    ]);
  });

  test("findings per rule across the organisation, most first", () => {
    expect(merged().rules).toEqual([
      { rule: "plaintext-env-file", repositories: 2, tree: 2, history: 1 },
      { rule: "generic-secret", repositories: 1, tree: 1, history: 0 },
      { rule: "unpinned-uses", repositories: 1, tree: 1, history: 0 },
    ]);
  });

  test("no digest reaches any output", () => {
    const digests = sampleFiles().flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/"digest": "([0-9a-f]{64})"/g)].map((match) => match[1] ?? ""),
    );
    expect(digests.length).toBeGreaterThan(5);
    const report = merged();
    for (const output of [renderJson(report), renderMarkdown(report), renderHtml(report)])
      for (const digest of digests) expect(output).not.toContain(digest);
  });

  test("the same report whatever the order of the inputs", () => {
    const inputs = samples();
    const expected = mergeInventories(inputs).merged;
    for (let round = 0; round < 5; round++) {
      const shuffled = inputs
        .map((input) => ({ input, order: random.uint32() }))
        .sort((a, b) => a.order - b.order)
        .map((entry) => entry.input);
      const report = mergeInventories(shuffled).merged;
      // Each repository still names the file it came from; everything else is equal.
      expect(renderJson(report)).toBe(renderJson(expected));
      expect(renderHtml(report)).toBe(renderHtml(expected));
    }
  });
});

describe("whether the values agree: digests only", () => {
  const place = (repository: string, digest: string | null, extra: object = {}) =>
    asInput(`${repository}.json`, {
      ...sample("juniper-docs"),
      repository: `juniper/${repository}`,
      secrets: [
        {
          name: "API_KEY",
          source: "github",
          scope: "repository",
          last_changed: "2026-11-01T00:00:00Z",
          age_days: 30,
          exact: true,
          max_age_days: 90,
          status: "ok",
          digest,
          ...extra,
        },
      ],
    });
  const A = "a".repeat(64);
  const B = "b".repeat(64);
  test.each([
    [[A, A], "same value", [1, 1]],
    [[A, B], "different values", [1, 2]],
    [[A, null], "unknown", [1, null]],
    [[null, null], "unknown", [null, null]],
    [[A], "unknown", [1]],
    [[A, A, null], "same value", [1, 1, null]],
    [[A, A, B], "different values", [1, 1, 2]],
    [[B, A.toUpperCase(), A], "different values", [1, 2, 2]],
  ] as const)("%j → %s", (digests, values, groups) => {
    const { merged: report } = mergeInventories(digests.map((digest, index) => place(`r${index}`, digest)));
    expect(report.secrets).toHaveLength(1);
    expect(report.secrets[0]?.values).toBe(values);
    expect(report.secrets[0]?.places.map((entry) => entry.value)).toEqual(groups);
  });

  test("nothing but the digest is compared: same ages, readers and names, different digests differ", () => {
    const { merged: report } = mergeInventories([place("r1", A), place("r2", B)]);
    expect(report.secrets[0]?.values).toBe("different values");
  });
});

describe("inputs that are not inventories are named and skipped", () => {
  test("the malformed fixtures, beside the samples", () => {
    const { merged: report, warnings } = mergeInventories([...samples(), ...malformedFiles().map(inputOf)]);
    expect(report.inputs.read).toBe(7);
    expect(warnings).toEqual([
      'test/fixtures/inventory/malformed/access-output.json: skipped: not a secrets-actions/inventory@1 file: schema: expected "secrets-actions/inventory@1", found nothing (the field is missing)',
      'test/fixtures/inventory/malformed/bad-field.json: skipped: not a secrets-actions/inventory@1 file: secrets[1].age_days: expected a whole number of 0 or more, found "12"',
      expect.stringMatching(/^test\/fixtures\/inventory\/malformed\/truncated\.json: skipped: not JSON \(/),
      'test/fixtures/inventory/malformed/wrong-schema.json: skipped: not a secrets-actions/inventory@1 file: schema: expected "secrets-actions/inventory@1", found "secrets-actions/inventory@2"',
    ]);
    expect(report.inputs.skipped.map((entry) => entry.file)).toEqual(
      malformedFiles().map((file) => inputOf(file).file),
    );
  });

  test("a file that could not be read is skipped with the reason its reader gave", () => {
    const { merged: report, warnings } = mergeInventories([
      ...samples(),
      { file: "missing.json", error: "cannot be read: no such file" },
    ]);
    expect(report.inputs.read).toBe(7);
    expect(warnings).toEqual(["missing.json: skipped: cannot be read: no such file"]);
  });

  test("the same repository twice: the one generated later is kept", () => {
    const older = { ...sample("juniper-ml"), generated_at: "2026-11-01T00:00:00Z", secrets: [] };
    const newer = sample("juniper-ml");
    for (const inputs of [
      [asInput("old.json", older), asInput("new.json", newer)],
      [asInput("new.json", newer), asInput("old.json", older)],
    ]) {
      const { merged: report, warnings } = mergeInventories(inputs);
      expect(report.repositories.map((entry) => [entry.repository, entry.input, entry.secrets])).toEqual([
        ["juniper/juniper-ml", "new.json", 2],
      ]);
      expect(warnings).toHaveLength(1);
      expect(warnings).toEqual([
        "old.json: skipped: juniper/juniper-ml is also in new.json, generated later (it is kept)",
      ]);
    }
  });

  test("the same repository generated at the same time: the first file name is kept, in any order", () => {
    const copy = sample("juniper-ml");
    for (const inputs of [
      [asInput("b.json", copy), asInput("a.json", copy)],
      [asInput("a.json", copy), asInput("b.json", copy)],
    ]) {
      const { merged: report, warnings } = mergeInventories(inputs);
      expect(report.repositories.map((entry) => entry.input)).toEqual(["a.json"]);
      expect(warnings).toEqual([
        "b.json: skipped: juniper/juniper-ml is also in a.json, generated at the same time (the first file name is kept)",
      ]);
    }
  });
});

describe("every field is checked", () => {
  const valid = (): RepositoryInventory => sample("juniper-deploy");

  /** A copy with the value at a path replaced (undefined: removed). */
  function withField(path: readonly (string | number)[], value: unknown): unknown {
    const copy = structuredClone(valid()) as unknown as Record<string | number, unknown>;
    let target: Record<string | number, unknown> = copy;
    for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
    const last = path[path.length - 1] ?? "";
    if (value === undefined) Reflect.deleteProperty(target, last);
    else target[last] = value;
    return copy;
  }

  test("the sample is valid, and unknown fields are ignored and not carried on", () => {
    const withExtras = {
      ...valid(),
      extra: { anything: 1 },
      secrets: valid().secrets.map((secret) => ({ ...secret, colour: "red" })),
    };
    const parsed = parseInventory(JSON.stringify(withExtras));
    expect(parsed).toEqual({ ok: true, inventory: valid() });
  });

  test.each([
    [["schema"], "secrets-actions/inventory@2", 'schema: expected "secrets-actions/inventory@1"'],
    [["repository"], "not a repository", "repository: expected OWNER/NAME"],
    [["repository"], 3, "repository: expected a string, found 3"],
    [["repository"], undefined, "repository: expected a string, found nothing"],
    [["commit"], "abc123", "commit: expected a full commit hash"],
    [["commit"], undefined, "commit: expected a full commit hash, found nothing"],
    [["generated_at"], "yesterday", "generated_at: expected an ISO 8601 date"],
    [["generated_at"], "2026-13-45", "generated_at: expected an ISO 8601 date"],
    [["adopted"], "yes", "adopted: expected true or false"],
    [["recipients"], {}, "recipients: expected an array, found an object"],
    [["recipients", 0, "name"], 1, "recipients[0].name: expected a string"],
    [["recipients", 0, "recipients"], "age1x", "recipients[0].recipients: expected an array"],
    [["recipients", 0, "recipients", 0], null, "recipients[0].recipients[0]: expected a string, found null"],
    [["secrets"], null, "secrets: expected an array, found null"],
    [["secrets", 0], "HF_TOKEN", "secrets[0]: expected an object"],
    [["secrets", 0, "name"], "", "secrets[0].name: expected a non-empty string"],
    [["secrets", 0, "name"], undefined, "secrets[0].name: expected a string, found nothing"],
    [["secrets", 0, "source"], "vault", 'secrets[0].source: expected "sops" or "github"'],
    [["secrets", 0, "file"], 1, "secrets[0].file: expected a string"],
    [["secrets", 0, "key"], null, "secrets[0].key: expected a string, found null"],
    [
      ["secrets", 0, "scope"],
      "team",
      'secrets[0].scope: expected "repository" or "environment" or "organization" or "dependabot"',
    ],
    [["secrets", 0, "environment"], 2, "secrets[0].environment: expected a string"],
    [["secrets", 0, "readers"], "alice", "secrets[0].readers: expected an array"],
    [["secrets", 0, "readers", 1], 7, "secrets[0].readers[1]: expected a string, found 7"],
    [["secrets", 0, "last_changed"], "", "secrets[0].last_changed: expected an ISO 8601 date"],
    [["secrets", 0, "last_changed"], undefined, "secrets[0].last_changed: expected an ISO 8601 date"],
    [["secrets", 0, "commit"], "HEAD", "secrets[0].commit: expected a full commit hash"],
    [["secrets", 0, "age_days"], -1, "secrets[0].age_days: expected a whole number of 0 or more, found -1"],
    [["secrets", 0, "age_days"], 1.5, "secrets[0].age_days: expected a whole number of 0 or more, found 1.5"],
    [["secrets", 0, "exact"], "true", "secrets[0].exact: expected true or false"],
    [["secrets", 0, "max_age_days"], "90", "secrets[0].max_age_days: expected a whole number"],
    [["secrets", 0, "status"], "late", 'secrets[0].status: expected "ok" or "due-soon" or "overdue"'],
    [["secrets", 0, "digest"], "abc", "secrets[0].digest: expected null or 64 hexadecimal digits"],
    [["secrets", 0, "digest"], undefined, "secrets[0].digest: expected null or 64 hexadecimal digits"],
    [["verify"], null, "verify: expected an object, found null"],
    [["verify", "tree"], undefined, "verify.tree: expected an object, found nothing"],
    [["verify", "tree", "errors"], -1, "verify.tree.errors: expected a whole number"],
    [["verify", "tree", "warnings"], undefined, "verify.tree.warnings: expected a whole number"],
    [["verify", "tree", "notes"], "0", "verify.tree.notes: expected a whole number"],
    [["verify", "tree", "by_rule"], [], "verify.tree.by_rule: expected an object, found an array"],
    [["verify", "history", "by_rule", "x"], "1", 'verify.history.by_rule["x"]: expected a whole number'],
    [["verify", "history"], "none", 'verify.history: expected an object, found "none"'],
    [["problems"], "none", 'problems: expected an array, found "none"'],
    [["problems", 0], 1, "problems[0]: expected a string, found 1"],
    [["unread"], "", "unread: expected a non-empty string"],
    [["unread"], null, "unread: expected a string, found null"],
    [["unread"], "not read", "secrets: expected none in an unread repository's inventory, found an array"],
  ] as const)("%j = %j: %s", (path, value, reason) => {
    const sampleWithProblem = { ...valid(), problems: ["one"] };
    const text = JSON.stringify(
      path[0] === "problems" && path.length > 1
        ? { ...sampleWithProblem, problems: [value] }
        : withField(path, value),
    );
    const parsed = parseInventory(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.reason).toContain(`not a ${INVENTORY_SCHEMA} file: ${reason}`);
    // Never fatal: the merge names the file and goes on.
    const { merged: report, warnings } = mergeInventories([
      asInput("bad.json", JSON.parse(text)),
      asInput("good.json", sample("juniper-ml")),
    ]);
    expect(report.inputs.read).toBe(1);
    expect(warnings).toEqual([
      expect.stringContaining(`bad.json: skipped: not a ${INVENTORY_SCHEMA} file: ${reason}`),
    ]);
  });

  test.each([["not json"], ["[]"], ["null"], ['"text"'], ["42"], [""]])("%j is skipped", (text) => {
    const parsed = parseInventory(text);
    expect(parsed.ok).toBe(false);
  });

  test("a rule id named __proto__ is a rule like any other", () => {
    const text = JSON.stringify(valid()).replace(
      '"by_rule":{"plaintext-env-file":1}',
      '"by_rule":{"__proto__":3}',
    );
    expect(text).toContain("__proto__");
    const { merged: report } = mergeInventories([{ file: "proto.json", text }]);
    expect(report.rules).toEqual([{ rule: "__proto__", repositories: 1, tree: 0, history: 3 }]);
  });
});

describe("repositories that could not be read, and CI's age key", () => {
  test("an unread inventory is a row that says why; an expected repository without one is a row too", () => {
    const unread = {
      ...unreadInventory("juniper/juniper-broken", "git clone failed", "2026-12-01T00:00:00Z"),
    };
    const { merged: report, warnings } = mergeInventories([...samples(), asInput("broken.json", unread)], {
      expected: ["juniper/juniper-ml", "juniper/juniper-gone", "juniper/juniper-broken"],
      now: "2026-12-02T00:00:00Z",
    });
    expect(warnings).toEqual([]);
    expect(report.totals).toMatchObject({ repositories: 9, unread: 2, adopted: 4, not_adopted: 2 });
    const rows = report.repositories.filter((entry) => entry.adoption === "unread");
    expect(rows).toEqual([
      expect.objectContaining({
        repository: "juniper/juniper-broken",
        input: "broken.json",
        unread: "git clone failed",
        problems: ["not read: git clone failed"],
        generated_at: "2026-12-01T00:00:00Z",
      }),
      expect.objectContaining({
        repository: "juniper/juniper-gone",
        input: null,
        unread: NO_INVENTORY_ARRIVED,
        problems: [`not read: ${NO_INVENTORY_ARRIVED}`],
        generated_at: "2026-12-02T00:00:00Z",
        secrets: 0,
      }),
    ]);
    expect(renderMarkdown(report)).toContain(
      "9 repositories (4 adopted, 1 partly adopted, 2 not adopted, 2 unread)",
    );
    expect(renderHtml(report)).toContain(
      "9 repositories (4 adopted, 1 partly adopted, 2 not adopted, 2 unread)",
    );
  });

  test("an expected repository is matched whatever the case of its name", () => {
    const { merged: report } = mergeInventories(samples(), {
      expected: ["Juniper/Juniper-ML"],
      now: "2026-12-02T00:00:00Z",
    });
    expect(report.totals).toMatchObject({ repositories: 7, unread: 0 });
  });

  test.each([
    ["SOPS_AGE_KEY", "repository"],
    ["SOPS_AGE_KEY_PRODUCTION", "environment"],
    ["SENTRY_SDK_DSN", "organization"],
  ] as const)("%s (GitHub %s) does not make an adopted repository partly adopted", (name, scope) => {
    const inventory = sample("juniper-ml");
    inventory.secrets.push({
      name,
      source: "github",
      scope,
      last_changed: "2026-11-01T00:00:00Z",
      age_days: 30,
      exact: true,
      max_age_days: 90,
      status: "ok",
      digest: null,
    });
    const [row] = mergeInventories([asInput("ml.json", inventory)]).merged.repositories;
    expect(row).toMatchObject({ adoption: "adopted", github_only: [], github: 1 });
  });
});
