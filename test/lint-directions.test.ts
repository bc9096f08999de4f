// The import directions of eslint.directions.js, held on code that breaks each of them: linted as if
// it stood at the given path, it must fail with the rule's message; code that keeps them must pass.
import { describe, expect, test } from "@jest/globals";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import directions from "../eslint.directions.js";
import { REPO_ROOT } from "./support/fixtures.js";

const eslint = new ESLint({
  cwd: REPO_ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } }, ...directions],
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("import directions", () => {
  test.each([
    ["actions/lib/sops/x.ts", 'import * as core from "@actions/core";', /pure core/],
    ["actions/lib/sops/x.ts", 'import { readFileSync } from "node:fs";', /pure core/],
    ["actions/lib/scan/x.ts", 'import { spawn } from "node:child_process";', /pure core/],
    ["actions/lib/scan/x.ts", 'import { verify } from "../../common/verify.js";', /pure core/],
    ["actions/lib/env/x.ts", 'import { run } from "../../decrypt-env/main.js";', /pure core/],
    ["actions/common/x.ts", 'import { run } from "../cli/main.js";', /serves every action/],
    [
      "actions/decrypt-env/x.ts",
      'import { getInputs } from "../verify-no-plaintext/inputs.js";',
      /imports only/,
    ],
    ["actions/cli/x.ts", 'import { run } from "../verify-no-plaintext/main.js";', /imports only/],
    ["bench/x.mjs", 'import { keys } from "../test/support/keys.js";', /import no test code/],
    ["scripts/x.mjs", 'import { keys } from "../test/support/keys.js";', /import no test code/],
  ])("%s: %s is refused", async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  test.each([
    ["actions/lib/sops/x.ts", 'import { ConfigurationError } from "../errors.js";'],
    ["actions/lib/sops/x.ts", 'import path from "node:path";'],
    ["actions/common/x.ts", 'import * as core from "@actions/core";'],
    ["actions/decrypt-env/x.ts", 'import { forLogLine } from "../common/escape.js";'],
    ["actions/cli/x.ts", 'import { verify } from "../common/verify.js";'],
    ["scripts/x.mjs", 'import { runBundle } from "../tools/runner.mjs";'],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
