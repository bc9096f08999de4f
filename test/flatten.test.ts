import { describe, expect, test } from "@jest/globals";
import { flattenMetadata, unflattenMetadata } from "../actions/lib/sops/stores/flatten.js";
import { decodeUtf8 } from "../actions/lib/sops/utf8.js";
import { Comment, TreeMap, type TreeValue } from "../actions/lib/sops/tree.js";
import { expectMalformed } from "./support/errors.js";

/** Build a TreeMap from a plain object; arrays become lists. */
function tree(object: Record<string, unknown>): TreeMap {
  const convert = (value: unknown): TreeValue => {
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === "object" && !(value instanceof Uint8Array)) {
      return tree(value as Record<string, unknown>);
    }
    return value as TreeValue;
  };
  return new TreeMap(Object.entries(object).map(([key, value]) => ({ key, value: convert(value) })));
}

/** The inverse of `tree`, to compare results with plain objects (keeps key order). */
function plain(value: TreeValue): unknown {
  if (value instanceof TreeMap) {
    return Object.fromEntries(value.entries().map(({ key, value: child }) => [key, plain(child)]));
  }
  if (Array.isArray(value)) return value.map((item) => plain(item as TreeValue));
  return value;
}

describe("flattenMetadata", () => {
  test("nested maps and lists become __map_/__list_ keys, sorted, with the prefix", () => {
    const metadata = tree({
      version: "3.13.1",
      age: [
        { recipient: "age1a", enc: "-----BEGIN-----\nA\n" },
        { recipient: "age1b", enc: "B" },
      ],
      lastmodified: "2024-01-01T00:00:00Z",
      mac_only_encrypted: true,
      shamir_threshold: 2n,
    });
    expect(flattenMetadata(metadata, "sops_")).toEqual([
      ["sops_age__list_0__map_enc", "-----BEGIN-----\nA\n"],
      ["sops_age__list_0__map_recipient", "age1a"],
      ["sops_age__list_1__map_enc", "B"],
      ["sops_age__list_1__map_recipient", "age1b"],
      ["sops_lastmodified", "2024-01-01T00:00:00Z"],
      ["sops_mac_only_encrypted", "true"],
      ["sops_shamir_threshold", "2"],
      ["sops_version", "3.13.1"],
    ]);
  });

  test("key groups flatten to the documented nested key", () => {
    const metadata = tree({ key_groups: [{ age: [{ recipient: "age1x" }] }] });
    expect(flattenMetadata(metadata, "sops_")).toEqual([
      ["sops_key_groups__list_0__map_age__list_0__map_recipient", "age1x"],
    ]);
  });

  test("sorting is by string, so index 10 sorts before index 2 (as Go's sort.Strings does)", () => {
    const metadata = tree({ pgp: Array.from({ length: 11 }, (_, i) => ({ fp: `F${i}` })) });
    const keys = flattenMetadata(metadata, "").map(([key]) => key);
    expect(keys.slice(0, 4)).toEqual([
      "pgp__list_0__map_fp",
      "pgp__list_10__map_fp",
      "pgp__list_1__map_fp",
      "pgp__list_2__map_fp",
    ]);
  });

  test("nulls, empty containers and comments produce nothing; list indices skip comments", () => {
    const metadata = new TreeMap([
      new Comment("ignored"),
      { key: "kms", value: [] },
      { key: "gcp_kms", value: null },
      { key: "azure_kv", value: new TreeMap() },
      { key: "age", value: [new Comment("c"), tree({ recipient: "r" })] },
    ]);
    expect(flattenMetadata(metadata, "")).toEqual([["age__list_0__map_recipient", "r"]]);
  });
});

describe("unflattenMetadata", () => {
  test("rebuilds nested maps and lists in first-appearance order with string values", () => {
    const result = unflattenMetadata(
      [
        ["sops_version", "3.8.1"],
        ["sops_age__list_1__map_recipient", "age1b"],
        ["sops_age__list_0__map_recipient", "age1a"],
        ["sops_age__list_0__map_enc", "E"],
        ["sops_age__list_1__map_enc", "F"],
        ["sops_shamir_threshold", "2"],
      ],
      "sops_",
    );
    expect(plain(result)).toEqual({
      version: "3.8.1",
      age: [
        { recipient: "age1a", enc: "E" },
        { recipient: "age1b", enc: "F" },
      ],
      shamir_threshold: "2",
    });
    expect(result.entries().map((entry) => entry.key)).toEqual(["version", "age", "shamir_threshold"]);
  });

  test("nested key groups", () => {
    const result = unflattenMetadata(
      [
        ["sops_key_groups__list_0__map_age__list_0__map_recipient", "age1x"],
        ["sops_key_groups__list_0__map_age__list_0__map_enc", "X"],
        ["sops_key_groups__list_1__map_pgp__list_0__map_fp", "FP"],
        ["sops_shamir_threshold", "2"],
      ],
      "sops_",
    );
    expect(plain(result)).toEqual({
      key_groups: [{ age: [{ recipient: "age1x", enc: "X" }] }, { pgp: [{ fp: "FP" }] }],
      shamir_threshold: "2",
    });
  });

  test("a repeated key keeps its first position and its last value", () => {
    const result = unflattenMetadata(
      [
        ["mac", "first"],
        ["version", "v"],
        ["mac", "second"],
      ],
      "",
    );
    expect(plain(result)).toEqual({ mac: "second", version: "v" });
    expect(result.entries().map((entry) => entry.key)).toEqual(["mac", "version"]);
  });

  test("flatten then unflatten gives the tree back", () => {
    const metadata = tree({
      age: [
        { enc: "E0", recipient: "R0" },
        { enc: "E1", recipient: "R1" },
      ],
      key_groups: [{ age: [{ enc: "E", recipient: "R" }], pgp: [{ created_at: "t", enc: "P", fp: "F" }] }],
      lastmodified: "2024-01-01T00:00:00Z",
      mac: "ENC[...]",
      version: "3.13.2",
    });
    expect(plain(unflattenMetadata(flattenMetadata(metadata, "sops_"), "sops_"))).toEqual(plain(metadata));
  });

  test.each<[string, Array<[string, string]>, RegExp]>([
    ["a list without index 0", [["age__list_1__map_enc", "x"]], /metadata list age is missing index 0/],
    [
      "a list with a gap",
      [
        ["age__list_0__map_enc", "x"],
        ["age__list_2__map_enc", "y"],
      ],
      /metadata list age is missing index 1/,
    ],
    ["a huge index", [["age__list_999999999__map_enc", "x"]], /missing index 0/],
    [
      "a nested incomplete list",
      [["key_groups__list_0__map_age__list_1__map_enc", "x"]],
      /key_groups__list_0__map_age is missing index 0/,
    ],
    ["a non-numeric index", [["age__list_x__map_enc", "x"]], /invalid list index "x"/],
    ["a zero-padded index", [["age__list_01", "x"]], /invalid list index "01"/],
    ["an empty name segment", [["age__map___map_x", "x"]], /empty name segment/],
    ["an empty top-level name", [["", "x"]], /empty name segment/],
    [
      "a value that is also a container",
      [
        ["age", "x"],
        ["age__list_0", "y"],
      ],
      /both a value and a container/,
    ],
    [
      "a container that is also a value",
      [
        ["age__list_0", "y"],
        ["age", "x"],
      ],
      /both a value and a container/,
    ],
    [
      "a list that is also a map",
      [
        ["age__list_0", "y"],
        ["age__map_x", "x"],
      ],
      /mixes a list and a map/,
    ],
    ["a key nested too deeply", [["a" + "__map_a".repeat(40), "x"]], /nests too deeply/],
  ])("rejects %s", (_name, pairs, message) => {
    expectMalformed(() => unflattenMetadata(pairs, ""), message);
  });

  test("rejects a key without the prefix", () => {
    expectMalformed(() => unflattenMetadata([["version", "1"]], "sops_"), /lacks the prefix "sops_"/);
  });
});

describe("decodeUtf8", () => {
  test("keeps a byte order mark and rejects invalid UTF-8 as MALFORMED", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "dotenv")).toBe("\uFEFFa");
    expectMalformed(
      () => decodeUtf8(new Uint8Array([0x61, 0xff]), "dotenv"),
      /invalid dotenv at line 1, column 2: the file is not valid UTF-8/,
    );
  });
});
