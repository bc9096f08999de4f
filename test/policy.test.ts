// The policy module's one meaning of "the file's recipients are the rule's", which updatekeys and
// verify-no-plaintext both use, the selection-only walk and file age: table-driven, no mocks.
import { describe, expect, test } from "@jest/globals";
import type { CreationRule } from "../actions/lib/sops/config.js";
import type { KeyGroup } from "../actions/lib/sops/metadata.js";
import { ageInDays, compareRecipients, creationRuleFor, type SopsSetup } from "../actions/lib/sops/policy.js";
import { selectLeaves } from "../actions/lib/sops/tree-cipher.js";
import { TreeMap } from "../actions/lib/sops/tree.js";

const rule = (ageGroups: string[][], otherKeys: string[] = []): CreationRule => ({
  index: 0,
  pathRegex: undefined,
  ageGroups,
  otherKeys,
  shamirThreshold: 0,
  cryptRule: undefined,
  macOnlyEncrypted: false,
});

const groups = (...recipients: string[][]): KeyGroup[] =>
  recipients.map((group) => ({ age: group.map((recipient) => ({ recipient, enc: "" })), others: [] }));

/** One group of age recipients that also holds a PGP key. */
const withPgp = (recipients: string[], fp: string): KeyGroup[] =>
  groups(recipients).map((group) => ({
    ...group,
    others: [{ type: "pgp", id: fp, entry: new TreeMap([]) }],
  }));

describe("compareRecipients", () => {
  test.each<[string, KeyGroup[], CreationRule, Partial<ReturnType<typeof compareRecipients>>]>([
    ["the same recipients", groups(["a", "b"]), rule([["a", "b"]]), { inSync: true, missing: [], extra: [] }],
    ["another order inside the group", groups(["b", "a"]), rule([["a", "b"]]), { inSync: true }],
    ["groups in another order", groups(["c"], ["a", "b"]), rule([["a", "b"], ["c"]]), { inSync: true }],
    ["an empty group in the rule", groups(["a"]), rule([["a"], []]), { inSync: true }],
    ["a missing recipient", groups(["a"]), rule([["a", "b"]]), { inSync: false, missing: ["b"], extra: [] }],
    ["an extra recipient", groups(["a", "x"]), rule([["a"]]), { inSync: false, missing: [], extra: ["x"] }],
    [
      "the same recipients, regrouped",
      groups(["a"], ["b"]),
      rule([["a", "b"]]),
      { inSync: false, regrouped: true },
    ],
    [
      "a PGP key the rule does not name",
      withPgp(["a"], "F00"),
      rule([["a"]]),
      { inSync: false, unnamedOtherKeys: ["pgp:F00"] },
    ],
    ["a PGP key the rule names", withPgp(["a"], "F00"), rule([["a"]], ["pgp:F00"]), { inSync: true }],
    [
      "a rule without age recipients",
      groups(["a"]),
      rule([[]], ["pgp:F00"]),
      { comparable: false, inSync: false },
    ],
  ])("%s", (_what, fileGroups, creationRule, expected) => {
    expect(compareRecipients(fileGroups, creationRule)).toMatchObject(expected);
  });
});

describe("creationRuleFor", () => {
  const setup = (dir: string): SopsSetup =>
    ({
      dir,
      file: `${dir ? `${dir}/` : ""}.sops.yaml`,
      config: { source: ".sops.yaml", creationRules: [{ ...rule([["a"]]), pathRegex: "\\.env\\.enc$" }] },
    }) as SopsSetup;

  test.each([
    ["", ".env.enc", true],
    ["", "app/.env.enc", true],
    ["", "README.md", false],
    ["", ".sops.yaml", false],
    ["app", "app/.env.enc", true],
    ["app", ".env.enc", false],
  ])("config in %j covers %s: %s", (dir, file, covered) => {
    expect(creationRuleFor(setup(dir), file) !== undefined).toBe(covered);
  });
});

describe("selectLeaves", () => {
  const tree = new TreeMap([
    { key: "HF_TOKEN", value: "hf_x" },
    { key: "LOG_LEVEL_unencrypted", value: "debug" },
    { key: "EMPTY", value: "" },
  ]);
  test.each([
    [{ name: "unencrypted_suffix", value: "_unencrypted" }, [true, false, false]],
    [{ name: "encrypted_regex", value: "^LOG" }, [false, true, false]],
  ] as const)("%j picks the leaves the rule selects, without a cipher", (cryptRule, expected) => {
    const leaves = selectLeaves([tree], { rule: cryptRule, macOnlyEncrypted: false });
    expect(leaves.map((leaf) => leaf.encrypted)).toEqual(expected);
    expect(leaves.map((leaf) => leaf.value)).toEqual(["hf_x", "debug", ""]);
  });
});

describe("ageInDays", () => {
  const now = Date.parse("2026-12-02T12:00:00Z");
  test.each([
    ["2026-12-02T11:00:00Z", 0],
    ["2026-12-01T12:00:00Z", 1],
    ["2025-12-02T12:00:00Z", 365],
    ["2026-12-03T00:00:00Z", 0],
  ])("%s is %d days old", (since, days) => {
    expect(ageInDays(since, now)).toBe(days);
  });
});
