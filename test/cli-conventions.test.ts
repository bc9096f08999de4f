// The command line's conventions: --help, -h, --version and COMMAND --help print to stdout and exit 0;
// an unknown option names the command's valid options; the README's usage is --help's.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { run } from "../actions/cli/main.js";
import { COMMANDS } from "../actions/cli/usage.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { RUNTIMES } from "./support/runtimes.js";

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (text) => out.push(String(text)),
    stderr: (text) => err.push(text),
    env: {},
    cwd: REPO_ROOT,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const VERSION = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe.each([["--help"], ["-h"], ["help"]])("%s", (flag) => {
  test("prints every command to stdout and exits 0", async () => {
    const { code, stdout, stderr } = await cli([flag]);
    expect([code, stderr]).toEqual([0, ""]);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `);
  });
});

test.each(["--version", "-V"])("%s prints the package version", async (flag) => {
  expect(await cli([flag])).toEqual({ code: 0, stdout: `secrets-actions ${VERSION}\n`, stderr: "" });
});

describe.each(COMMANDS.map((command) => [command.name, command] as const))("%s", (name, command) => {
  test.each(["--help", "-h"])("%s prints its usage and options and exits 0", async (flag) => {
    const { code, stdout, stderr } = await cli([name, flag]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(new RegExp(`^usage: secrets-actions ${name}`));
    for (const [option] of command.options) expect(stdout).toContain(option);
  });

  test("an unknown option names the command's valid options", async () => {
    const { code, stdout, stderr } = await cli([name, "--no-such-option", "x"]);
    expect([code, stdout]).toEqual([2, ""]);
    const [first] = stderr.split("\n");
    expect(first).toBe(
      `secrets-actions: --no-such-option is not an option of ${name}; its options are ${
        command.options
          .map(([flag]) => flag.split(/[ ,]+/).find((part) => part.startsWith("--")))
          .join(", ") || "none"
      }`,
    );
  });
});

test("the README's command-line section is --help's text", async () => {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const block = /<!-- cli-help:[^\n]*-->\n\n?```text\n([^]*?)```\n\n?<!-- \/cli-help -->/.exec(readme)?.[1];
  expect(block).toBe((await cli(["--help"])).stdout);
});

test.each(RUNTIMES)("the bundle prints the version under $name", ({ node }) => {
  const out = execFileSync(node, [path.join(REPO_ROOT, "dist", "cli", "index.js"), "--version"]).toString();
  expect(out).toBe(`secrets-actions ${VERSION}\n`);
});
