// The pure core of rotate-reminder: policy parsing, secret ages from revisions (exact and by
// ciphertext), status, and the issue plan. Table-driven, no IO.
import { describe, expect, test } from "@jest/globals";
import { ConfigurationError } from "../actions/lib/errors.js";
import { secretAges, type Revision } from "../actions/lib/rotation/history.js";
import { idOf, markerOf, planIssues, type ExistingIssue } from "../actions/lib/rotation/issues.js";
import { parseDays, parseRotationPolicy, ruleFor } from "../actions/lib/rotation/policy.js";
import { buildReport, statusOf, type FoundSecret } from "../actions/lib/rotation/report.js";

describe("policy", () => {
  test.each([
    ["90d", 90],
    ["2w", 14],
    ["0d", 0],
    ["3 months", undefined],
    ["90", undefined],
    ["-1d", undefined],
  ])("%s is %s days", (text, days) => {
    expect(parseDays(text)).toBe(days);
  });

  const policy = parseRotationPolicy(
    [
      "defaults:",
      "  max-age: 60d",
      "  warn-before: 7d",
      "secrets:",
      "  - match: HF_TOKEN",
      "    source: sops",
      "    max-age: 365d",
      "    owner: '@octocat'",
      "    runbook: https://example.com/runbook",
      '  - match: "*_PUBLIC"',
      "    ignore: true",
      '  - match: "*"',
      "    source: github",
      "    max-age: 30d",
    ].join("\n"),
    "policy.yml",
  );

  test.each([
    ["HF_TOKEN", "sops", { maxAgeDays: 365, warnBeforeDays: 7, owner: "octocat", ignore: false }],
    ["HF_TOKEN", "github", { maxAgeDays: 30, ignore: false }],
    ["KEY_PUBLIC", "sops", { ignore: true }],
    ["OTHER", "sops", { maxAgeDays: 60, warnBeforeDays: 7, owner: undefined }],
  ] as const)("%s from %s: the first matching entry over the defaults", (name, source, expected) => {
    expect(ruleFor(policy, name, source)).toMatchObject(expected);
  });

  test.each([
    ["unknown top-level key", "rules: []\n", /^p\.yml:1: unknown key `rules`: use defaults and secrets$/],
    ["unknown default", "defaults:\n  max: 9d\n", /^p\.yml:2: unknown key `max` in defaults/],
    [
      "bad duration",
      "defaults:\n  max-age: soon\n",
      /^p\.yml:2: defaults\.max-age must be a duration such as 90d or 12w, not "soon"$/,
    ],
    ["entry without match", "secrets:\n  - owner: x\n", /^p\.yml:2: secrets\[0\] needs a `match:` glob/],
    [
      "bad source",
      "secrets:\n  - match: A\n    source: vault\n",
      /^p\.yml:3: secrets\[0\]\.source must be sops, github or any/,
    ],
    [
      "unknown entry key",
      "secrets:\n  - match: A\n    maxage: 3d\n",
      /^p\.yml:3: unknown key `maxage` in secrets\[0\]/,
    ],
    ["bad glob", "secrets:\n  - match: '[A'\n", /^p\.yml:2: secrets\[0\]\.match "\[A" is not a valid glob$/],
    ["bad YAML", "defaults: [\n", /^p\.yml:\d+: not valid YAML/],
  ])("%s is a one-line error naming the file and line", (_what, text, message) => {
    let error: unknown;
    try {
      parseRotationPolicy(text, "p.yml");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });
});

describe("secretAges", () => {
  const revision = (
    commit: string,
    ciphertexts: Record<string, string>,
    plaintexts?: Record<string, string>,
  ): Revision => ({
    commit,
    date: `2026-01-0${commit}T00:00:00Z`,
    ciphertexts: new Map(Object.entries(ciphertexts)),
    plaintexts: plaintexts ? new Map(Object.entries(plaintexts)) : undefined,
  });
  const ages = (revisions: Revision[]) =>
    Object.fromEntries(secretAges(revisions).map((age) => [age.name, [age.commit, age.exact]]));

  test.each([
    [
      "a value changed with set: only its ciphertext changes",
      [revision("1", { A: "a1", B: "b1" }), revision("2", { A: "a2", B: "b1" })],
      { A: ["2", false], B: ["1", true] },
    ],
    [
      "a whole-file re-encryption is not counted without the key",
      [revision("1", { A: "a1", B: "b1" }), revision("2", { A: "a2", B: "b2" })],
      { A: ["1", false], B: ["1", false] },
    ],
    [
      "with the key, a re-encryption counts only the value that changed",
      [
        revision("1", { A: "a1", B: "b1" }, { A: "x", B: "y" }),
        revision("2", { A: "a2", B: "b2" }, { A: "x", B: "z" }),
      ],
      { A: ["1", true], B: ["2", true] },
    ],
    [
      "a revision no key opens degrades that stretch to ciphertexts",
      [
        revision("1", { A: "a1", B: "b1" }, { A: "x", B: "y" }),
        revision("2", { A: "a2", B: "b1" }),
        revision("3", { A: "a2", B: "b1" }, { A: "w", B: "y" }),
      ],
      { A: ["2", false], B: ["1", true] },
    ],
    [
      "a removed key ends its history; coming back starts it anew",
      [revision("1", { A: "a1", B: "b1" }), revision("2", { B: "b1" }), revision("3", { A: "a1", B: "b1" })],
      { A: ["3", true], B: ["1", true] },
    ],
    [
      "a renamed key is a new secret",
      [revision("1", { OLD: "o", B: "b1" }), revision("2", { NEW: "n", B: "b1" })],
      { NEW: ["2", true], B: ["1", true] },
    ],
  ])("%s", (_what, revisions, expected) => {
    expect(ages(revisions)).toEqual(expected);
  });
});

describe("status and report", () => {
  test.each([
    [10, 90, 14, "ok"],
    [76, 90, 14, "due-soon"],
    [90, 90, 14, "overdue"],
    [0, 0, 0, "overdue"],
  ] as const)("%d days with max %d, warn %d: %s", (age, max, warn, status) => {
    expect(statusOf(age, max, warn)).toBe(status);
  });

  test("ids are stable and the report sorts overdue first", () => {
    const now = Date.parse("2026-12-02T00:00:00Z");
    const secrets: FoundSecret[] = [
      {
        name: "A",
        source: "sops",
        file: "x.env.enc",
        key: "A",
        repository: "o/r",
        lastChanged: "2026-11-30T00:00:00Z",
        exact: true,
      },
      {
        name: "B",
        source: "github",
        repository: "o/r",
        scope: "environment",
        environment: "pypi",
        lastChanged: "2025-01-01T00:00:00Z",
        exact: true,
      },
    ];
    const entries = buildReport(secrets, parseRotationPolicy("", "p.yml"), now);
    expect(entries.map((entry) => [entry.id, entry.status])).toEqual([
      ["github:o/r:environment:pypi:B", "overdue"],
      ["sops:x.env.enc:A", "ok"],
    ]);
  });
});

describe("the issue plan", () => {
  const entry = (id: string, status: "ok" | "overdue", extra: Record<string, unknown> = {}) => ({
    id,
    name: id.split(":").pop() ?? id,
    source: "sops" as const,
    file: "x.env.enc",
    key: id,
    repository: "o/r",
    scope: null,
    environment: null,
    "last-changed": "2025-01-01T00:00:00Z",
    commit: "c".repeat(40),
    "age-days": status === "overdue" ? 500 : 3,
    exact: true,
    "max-age-days": 90,
    status,
    hygiene: [],
    ...extra,
  });
  const context = { repositoryUrl: "https://github.com/o/r", covers: () => true };
  const issueFor = (id: string, state: "open" | "closed", body?: string): ExistingIssue => ({
    number: 7,
    state,
    title: `Rotate ${id.split(":").pop() ?? ""} (x.env.enc)`,
    body: body ?? `${markerOf(id)}\nold body`,
  });

  const NOT_OURS: ExistingIssue = { number: 1, state: "open", title: "t", body: "no marker" };

  test("the marker round-trips any id", () => {
    expect(idOf(`text ${markerOf("github:o/r:environment:a b:X")} more`)).toBe(
      "github:o/r:environment:a b:X",
    );
  });

  test.each([
    ["no issue yet: open", [entry("sops:x.env.enc:A", "overdue", { owner: "octocat" })], [], ["open"]],
    [
      "a closed issue: reopen",
      [entry("sops:x.env.enc:A", "overdue")],
      [issueFor("sops:x.env.enc:A", "closed")],
      ["reopen"],
    ],
    [
      "a changed body: update",
      [entry("sops:x.env.enc:A", "overdue")],
      [issueFor("sops:x.env.enc:A", "open")],
      ["update"],
    ],
    ["rotated: close", [entry("sops:x.env.enc:A", "ok")], [issueFor("sops:x.env.enc:A", "open")], ["close"]],
    ["gone: close", [], [issueFor("sops:x.env.enc:A", "open")], ["close"]],
    ["not ours: nothing", [], [NOT_OURS], []],
  ])("%s", (_what, entries, existing, kinds) => {
    expect(planIssues(entries, existing, context).map((action) => action.kind)).toEqual(kinds);
  });

  test("the same body and title: unchanged; an id this run did not look at is left alone", () => {
    const overdue = entry("sops:x.env.enc:A", "overdue");
    const [open] = planIssues([overdue], [], context);
    const body = open?.kind === "open" ? open.body : "";
    expect(
      planIssues([overdue], [issueFor(overdue.id, "open", body)], context).map((action) => action.kind),
    ).toEqual(["unchanged"]);
    expect(
      planIssues([], [issueFor("github:o/other:repository:X", "open")], { ...context, covers: () => false }),
    ).toEqual([]);
  });

  test("an owner is assigned, and no body holds a value", () => {
    const [open] = planIssues([entry("sops:x.env.enc:A", "overdue", { owner: "octocat" })], [], context);
    expect(open).toMatchObject({ kind: "open", assignees: ["octocat"] });
    expect(open?.kind === "open" ? open.body : "").toContain("secrets-actions set x.env.enc");
  });
});
