/**
 * The access audit's pure core, table-driven: names from the policy file and .sops.yaml comments, who
 * can open a file from its key groups and threshold, what each name could ever read and whether it is
 * still live, and recipients taken out of .sops.yaml with everything else kept.
 */
import { describe, expect, test } from "@jest/globals";
import { exposures, accessSpans, type FileAccessHistory } from "../actions/lib/access/exposures.js";
import { RecipientNames, namesFromSopsConfig } from "../actions/lib/access/names.js";
import { removeFromSopsConfig } from "../actions/lib/access/offboard.js";
import { describeReaders, readersOf } from "../actions/lib/access/readers.js";
import { ConfigurationError } from "../actions/lib/errors.js";
import { parsePolicy } from "../actions/lib/scan/policy.js";
import { Scanner } from "../actions/lib/scan/scanner.js";
import type { KeyGroup } from "../actions/lib/sops/metadata.js";
import { TreeMap } from "../actions/lib/sops/tree.js";
import { encrypt } from "../actions/lib/sops/engine.js";
import { newKey } from "./support/keys.js";

/** Recipient-shaped strings (bech32 characters), distinct by their tails. */
const recipient = (tail: string) => `age1${"q".repeat(52)}${tail}`.slice(0, 58 - tail.length) + tail;
const ALICE = recipient("alice".replace(/[^02-9ac-hj-np-z]/g, "x"));
const ALICE2 = recipient("a2ce".replace(/[^02-9ac-hj-np-z]/g, "x"));
const BOB = recipient("d0d");
const CI = recipient("c9c9");
const STRANGER = recipient("5t7");
const PGP = "85D77543B3D624B63CEA9E6DBC17301B491B3F21";

const group = (...recipients: string[]): KeyGroup => ({
  age: recipients.filter((item) => item.startsWith("age1")).map((item) => ({ recipient: item, enc: "" })),
  others: recipients
    .filter((item) => !item.startsWith("age1"))
    .map((item) => ({ type: "pgp" as const, id: item, entry: new TreeMap() })),
});

const names = new RecipientNames(
  new Map([
    ["alice", [ALICE, ALICE2]],
    ["ci", [CI]],
  ]),
  `creation_rules:\n  - age: >-\n      ${BOB}, # bob laptop\n      ${ALICE}\n    pgp: ${PGP} # release team\n`,
);

describe("names", () => {
  test.each([
    [ALICE, "alice"],
    [ALICE2, "alice"],
    [BOB, "bob laptop"],
    [CI, "ci"],
    [PGP.toLowerCase(), "release team"],
    [STRANGER, STRANGER.slice(0, 12)],
  ])("%s is %s", (key, name) => {
    expect(names.nameOf(key)).toBe(name);
  });

  test("the policy file wins over a comment", () => {
    const both = new RecipientNames(new Map([["alice", [ALICE]]]), `age: ${ALICE} # someone else\n`);
    expect(both.nameOf(ALICE)).toBe("alice");
  });

  test("a comment names every recipient on its line, and only on its line", () => {
    expect(
      Object.fromEntries(namesFromSopsConfig(`age: ${ALICE},${BOB} # shared laptop\nage: ${CI}\n`)),
    ).toEqual({ [ALICE]: "shared laptop", [BOB]: "shared laptop" });
  });

  test.each([
    ["alice", [ALICE, ALICE2]],
    ["bob laptop", [BOB]],
    [CI, [CI]],
    [STRANGER.slice(0, 12), [STRANGER]],
    [STRANGER, [STRANGER]],
    ["nobody", undefined],
    [recipient("zzzz"), undefined],
  ])("resolve(%s)", (target, expected) => {
    expect(names.resolve(target, [ALICE, BOB, CI, STRANGER])).toEqual(expected);
  });

  test.each([
    ["recipients: [a]", /recipients must map names/],
    ["recipients: {bob: not-a-key}", /recipients\.bob: entry 1 \(9 characters\) is not an age recipient/],
    [
      `recipients: {bob: [${BOB}, AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ]}`,
      /^[^Q]*recipients\.bob: entry 2 is an age identity \(a secret key\), not a recipient: [^Q]*$/,
    ],
    ["recipients: {bob: []}", /needs a name and at least one recipient/],
    [`recipients: {bob: ${BOB}, robert: ${BOB}}`, /already named bob/],
  ])("policy %s is refused", (yaml, message) => {
    expect(() => parsePolicy(yaml, ".github/secrets-policy.yml")).toThrow(message);
    expect(() => parsePolicy(yaml, ".github/secrets-policy.yml")).toThrow(ConfigurationError);
  });
});

describe("readers from key groups and the threshold", () => {
  test.each([
    ["one group: every recipient", [group(ALICE, BOB, CI)], 0, "alice, bob laptop, ci"],
    [
      "two groups, threshold unset: both needed",
      [group(ALICE), group(BOB)],
      0,
      "nobody alone (alice holds 1 of 2 shares: cannot read alone; bob laptop holds 1 of 2 shares: cannot read alone)",
    ],
    [
      "three groups, threshold 2: one group is not enough",
      [group(ALICE, CI), group(ALICE2), group(BOB)],
      2,
      "alice (bob laptop holds 1 of 2 shares: cannot read alone; ci holds 1 of 2 shares: cannot read alone)",
    ],
    [
      "three groups, threshold 1: any group",
      [group(ALICE), group(BOB), group(PGP)],
      1,
      "alice, bob laptop, release team",
    ],
  ])("%s", (_name, keyGroups, shamirThreshold, expected) => {
    expect(describeReaders(readersOf({ keyGroups, shamirThreshold }, names))).toBe(expected);
  });
});

describe("what each name could ever read", () => {
  const digests = (values: Record<string, string>) => new Map(Object.entries(values));
  // bob reads c1 and c2, is removed in c3; B changes in c4; C is removed in c5.
  const history: FileAccessHistory = {
    path: "secrets.enc.yaml",
    current: true,
    revisions: [
      {
        commit: "c1",
        readers: ["alice", "bob"],
        keys: ["A", "B", "C"],
        digests: digests({ A: "a1", B: "b1", C: "c1" }),
      },
      {
        commit: "c2",
        readers: ["alice", "bob"],
        keys: ["A", "B", "C"],
        digests: digests({ A: "a2", B: "b1", C: "c1" }),
      },
      {
        commit: "c3",
        readers: ["alice"],
        keys: ["A", "B", "C"],
        digests: digests({ A: "a2", B: "b1", C: "c1" }),
      },
      {
        commit: "c4",
        readers: ["alice"],
        keys: ["A", "B", "C"],
        digests: digests({ A: "a2", B: "b2", C: "c1" }),
      },
      { commit: "c5", readers: ["alice"], keys: ["A", "B"], digests: digests({ A: "a2", B: "b2" }) },
    ],
  };

  test("still live, changed since, gone", () => {
    const bob = exposures([history]).filter((exposure) => exposure.name === "bob");
    expect(bob).toEqual([
      {
        name: "bob",
        file: "secrets.enc.yaml",
        key: "A",
        firstCommit: "c1",
        lastCommit: "c2",
        stillLive: true,
        changedIn: null,
      },
      {
        name: "bob",
        file: "secrets.enc.yaml",
        key: "B",
        firstCommit: "c1",
        lastCommit: "c2",
        stillLive: false,
        changedIn: "c4",
      },
      {
        name: "bob",
        file: "secrets.enc.yaml",
        key: "C",
        firstCommit: "c1",
        lastCommit: "c2",
        stillLive: false,
        changedIn: "c5",
      },
    ]);
  });

  test("without digests, whether a value is live is unknown", () => {
    const blind: FileAccessHistory = {
      ...history,
      revisions: history.revisions.map(({ commit, readers, keys }) => ({ commit, readers, keys })),
    };
    const bobA = exposures([blind]).find((exposure) => exposure.name === "bob" && exposure.key === "A");
    expect(bobA?.stillLive).toBeNull();
  });

  test("a deleted file holds nothing live", () => {
    const deleted = exposures([{ ...history, current: false }]).filter((exposure) => exposure.name === "bob");
    expect(deleted.map((exposure) => exposure.stillLive)).toEqual([false, false, false]);
  });

  test("spans: from which commit to which, and what ended them", () => {
    expect(accessSpans([history])).toEqual([
      { name: "alice", file: "secrets.enc.yaml", from: "c1", to: "c5", endedBy: null },
      { name: "bob", file: "secrets.enc.yaml", from: "c1", to: "c2", endedBy: "c3" },
    ]);
  });
});

describe("taking recipients out of .sops.yaml", () => {
  const config = [
    "# secrets of the service",
    "creation_rules:",
    "  # production: alice and CI only",
    "  - path_regex: prod/.*",
    `    age: ${ALICE},${BOB},${CI}`,
    "  - path_regex: dev/.*",
    "    age:",
    `      - ${ALICE} # alice`,
    `      - ${BOB} # bob laptop`,
    "  - path_regex: split/.*",
    "    shamir_threshold: 2",
    "    key_groups:",
    `      - age: [${ALICE}]`,
    `      - age: [${BOB}, ${CI}]`,
    "",
  ].join("\n");
  const without = (who: string[]) => (value: string) => who.includes(value);

  test("every rule and key group loses bob; comments and other rules are kept", () => {
    const result = removeFromSopsConfig(config, without([BOB]), ".sops.yaml", "bob");
    expect(result.rules).toEqual([0, 1, 2]);
    expect(result.text).toBe(
      [
        "# secrets of the service",
        "creation_rules:",
        "  # production: alice and CI only",
        "  - path_regex: prod/.*",
        `    age: ${ALICE},${CI}`,
        "  - path_regex: dev/.*",
        "    age:",
        `      - ${ALICE} # alice`,
        "  - path_regex: split/.*",
        "    shamir_threshold: 2",
        "    key_groups:",
        `      - age: [${ALICE}]`,
        `      - age: [${CI}]`,
        "",
      ].join("\n"),
    );
  });

  test("nothing to remove: the text is returned as it was", () => {
    expect(removeFromSopsConfig(config, without([STRANGER]), ".sops.yaml", "x")).toEqual({
      text: config,
      rules: [],
    });
  });

  test.each([
    [
      "the last recipient of a rule",
      `creation_rules:\n  - age: ${BOB}\n`,
      /bob is the last recipient of creation rule 1/,
    ],
    [
      "the last recipient of a key group",
      `creation_rules:\n  - key_groups:\n      - age: [${ALICE}]\n      - age: [${BOB}]\n`,
      /would leave key group 2 of creation rule 1 without a key/,
    ],
  ])("refused: %s", (_name, text, message) => {
    expect(() => removeFromSopsConfig(text, without([BOB]), ".sops.yaml", "bob")).toThrow(message);
  });
});

describe("sops-unknown-recipient", () => {
  test("a file encrypted to a recipient nobody named is a warning; named ones are not", async () => {
    const alice = await newKey();
    const stranger = await newKey();
    const bytes = await encrypt(Buffer.from("A=1\n"), {
      format: "dotenv",
      ageGroups: [[alice.recipient, stranger.recipient]],
    });
    const named = new RecipientNames(new Map([["alice", [alice.recipient]]]), undefined);
    const findings = new Scanner({ now: 0, names: named }).scan({ path: "app.enc.env", bytes }).findings;
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      [
        "sops-unknown-recipient",
        "warning",
        `app.enc.env is encrypted to ${stranger.recipient.slice(0, 12)}…, which no one named in recipients:`,
      ],
    ]);
    expect(new Scanner({ now: 0 }).scan({ path: "app.enc.env", bytes }).findings).toEqual([]);
  });
});
