// Each action.yml against the interface its code declares (actions/lib/interfaces) and the bundles the
// build makes: a renamed input, a changed default or a missing post entry fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { ACTIONS } from "../actions/lib/interfaces/index.js";
import { declaredDefault } from "../actions/lib/interfaces/spec.js";
import { actionFolders, bundleEntries } from "../tools/actions.mjs";
import { REPO_ROOT } from "./support/fixtures.js";

interface ActionYaml {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string; post?: string };
}

const readActionYaml = (folder: string) =>
  parse(readFileSync(path.join(REPO_ROOT, folder, "action.yml"), "utf8")) as ActionYaml;

test("every action folder has a declared interface, and every interface a folder", () => {
  expect(actionFolders(REPO_ROOT)).toEqual(ACTIONS.map((action) => action.name).sort());
});

describe.each(ACTIONS.map((action) => [action.name, action] as const))("%s", (name, declared) => {
  const yaml = readActionYaml(name);

  test("action.yml has exactly the declared inputs, with their defaults and required flags", () => {
    const actual = Object.entries(yaml.inputs ?? {}).map(([input, spec]) => [
      input,
      { required: spec.required === true, default: spec.default },
    ]);
    const expected = Object.entries(declared.inputs).map(([input, spec]) => [
      input,
      { required: "required" in spec && spec.required === true, default: declaredDefault(spec) },
    ]);
    expect(actual).toEqual(expected);
  });

  test("action.yml has exactly the declared outputs", () => {
    expect(Object.keys(yaml.outputs ?? {})).toEqual([...declared.outputs]);
  });

  test("runs points at the bundles the build makes, on node24", () => {
    const entries = bundleEntries(REPO_ROOT);
    expect(yaml.runs.using).toBe("node24");
    expect(yaml.runs.main).toBe(`../dist/${name}/main/index.js`);
    expect(entries[`${name}/main`]).toBe(`actions/${name}/index.ts`);
    if (declared.post) {
      expect(yaml.runs.post).toBe(`../dist/${name}/post/index.js`);
      expect(entries[`${name}/post`]).toBe(`actions/${name}/post.ts`);
    } else {
      expect(yaml.runs.post).toBeUndefined();
      expect(entries[`${name}/post`]).toBeUndefined();
    }
  });
});
