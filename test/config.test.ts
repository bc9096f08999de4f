import { describe, expect, test } from "@jest/globals";
import { findCreationRule, parseSopsConfig, pathForRules } from "../actions/lib/sops/config.js";
import { thrownBy } from "./support/errors.js";

const AGE_A = "age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr";
const AGE_B = "age19j4d6v9j7rx5fs629fu387qz4zmlpsqjexa4s08tkfrrmfdl5cwqjlaupd";

const CONFIG = `
creation_rules:
  - path_regex: ^secrets/prod/.*\\.yaml$
    key_groups:
      - age: [${AGE_A}]
      - age:
          - ${AGE_B}
        pgp: [FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4]
    shamir_threshold: 2
    encrypted_regex: (?i)^(data|stringData)$
  - path_regex: \\.env(\\.enc)?$
    age: " ${AGE_A} , ,${AGE_B}"
    mac_only_encrypted: true
  - age: ${AGE_B}
stores:
  yaml:
    indent: 2
`;

describe(".sops.yaml creation rules", () => {
  const config = parseSopsConfig(CONFIG, ".sops.yaml");

  test.each([
    ["secrets/prod/db.yaml", 0],
    ["config/app.env", 1],
    ["app.env.enc", 1],
    ["secrets/prod/db.json", 2],
    ["anything", 2],
  ])("%s matches rule %i (first match wins)", (file, index) => {
    expect(findCreationRule(config, file)?.index).toBe(index);
  });

  test("key groups, Shamir threshold and the selection rule are read", () => {
    expect(config.creationRules[0]).toMatchObject({
      ageGroups: [[AGE_A], [AGE_B]],
      otherKeys: ["pgp:FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"],
      shamirThreshold: 2,
      cryptRule: { name: "encrypted_regex", value: "(?i)^(data|stringData)$" },
    });
  });

  test("age as a comma-separated string is trimmed and empties dropped", () => {
    expect(config.creationRules[1]).toMatchObject({
      ageGroups: [[AGE_A, AGE_B]],
      macOnlyEncrypted: true,
      cryptRule: undefined,
    });
  });

  test("store settings are read", () => {
    expect(config.yamlIndent).toBe(2);
    expect(config.jsonIndent).toBeUndefined();
  });

  test("path_regex sees the path relative to the config's folder with / separators", () => {
    expect(pathForRules("/repo", "/repo/secrets/prod/db.yaml")).toBe("secrets/prod/db.yaml");
    expect(pathForRules("/repo/sub", "/repo/sub/a.env")).toBe("a.env");
  });

  test("no rule matching gives undefined", () => {
    const only = parseSopsConfig("creation_rules:\n  - path_regex: ^x$\n    age: " + AGE_A + "\n", "c");
    expect(findCreationRule(only, "y")).toBeUndefined();
  });

  test.each([
    ["invalid YAML", "creation_rules: [", /\.sops\.yaml is not valid YAML/],
    ["a list at the top", "- a\n", /must be a YAML mapping/],
    ["creation_rules not a list", "creation_rules: {}\n", /creation_rules must be a list/],
    ["a rule that is not a mapping", "creation_rules:\n  - x\n", /creation_rules\[0\] must be a mapping/],
    [
      "two selection rules",
      "creation_rules:\n  - encrypted_regex: a\n    unencrypted_suffix: b\n",
      /sets unencrypted_suffix and encrypted_regex: only one is allowed/,
    ],
    [
      "a Go regex JavaScript cannot express",
      "creation_rules:\n  - path_regex: (?<=a)b\n",
      /regex "\(\?<=a\)b"/,
    ],
    [
      "a non-numeric threshold",
      "creation_rules:\n  - shamir_threshold: two\n",
      /shamir_threshold must be a whole number/,
    ],
    [
      "age of the wrong type",
      "creation_rules:\n  - age: 5\n",
      /age must be a comma-separated string or a list/,
    ],
  ])("%s is a BAD_INPUT error naming the file and field", (_name, text, message) => {
    expect(thrownBy(() => parseSopsConfig(text, ".sops.yaml"))).toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(message),
    });
  });
});
