/**
 * decrypt-env on every real sops-written age fixture: the bundled action's JSON output file must hold
 * exactly the expected plaintext, flattened the documented way (nested keys joined with `__`, lists as
 * JSON). The flattening here is written independently of the action's.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { expectedFor, fixturePath, fixtureRows } from "./support/fixtures.js";
import { runBundle } from "../tools/runner.mjs";
import { RUNTIMES } from "./support/runtimes.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function flatten(
  value: Json,
  prefix: string[] = [],
  into: Record<string, string> = {},
): Record<string, string> {
  if (Array.isArray(value)) into[prefix.join("__")] = JSON.stringify(value);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, [...prefix, key], into);
  } else into[prefix.join("__")] = value === null ? "" : String(value);
  return into;
}

const cases = fixtureRows()
  .filter((row) => row.table === "age" && row.check === "MAC OK")
  .map((row) => ({ name: row.file, row, expected: expectedFor(row.file) as Json | undefined }))
  .filter(
    (entry) =>
      entry.expected !== undefined && !/binary|file\.txt$/.test(`${entry.row.format} ${entry.row.file}`),
  );

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "decrypt-env-fixtures-"));
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe.each(RUNTIMES)("decrypt-env on the shared fixtures under $name", ({ node }) => {
  test("there are fixtures to run", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)("$name", async ({ row, expected }) => {
    const file = path.basename(row.file);
    copyFileSync(fixturePath(row.file), path.join(workspace, file));
    const values = flatten(expected ?? null);
    const output = `${file}.out.json`;
    const { main } = await runBundle("decrypt-env", {
      node,
      workspace,
      inputs: {
        files: file,
        "age-key": readFileSync(fixturePath(row.keyFile ?? ""), "utf8"),
        "export-env": "false",
        "output-file": output,
        "output-format": "json",
        cleanup: "false",
        "allow-names": Object.keys(values).join("\n"),
      },
    });
    expect(main.commands.filter((command) => command.command === "error")).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(workspace, output), "utf8"))).toEqual(values);
    // decrypt-env never writes over an existing file: the other runtime's run needs the path free.
    rmSync(path.join(workspace, output));
  });
});
