/**
 * `secrets-actions inventory merge`: Markdown on stdout without output options, the three files with
 * them (created, replaced only with --replace, never through a link), inputs that are not inventories
 * named on stderr and skipped, usage errors for anything but `merge`; and the bundle run as users run it.
 */
import { spawnSync } from "node:child_process";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { run } from "../actions/cli/main.js";
import { renderHtml } from "../actions/lib/inventory/html.js";
import { renderMarkdown } from "../actions/lib/inventory/markdown.js";
import { mergeInventories, renderJson } from "../actions/lib/inventory/merge.js";
import { markdownCode } from "../actions/lib/inventory/escape.js";
import { generateOrganisation } from "../tools/inventory-corpus.mjs";
import { REPO_ROOT } from "./support/fixtures.js";
import { malformedFiles, sampleFiles } from "./support/inventory.js";
import { random } from "./support/random.js";
import { RUNTIMES } from "./support/runtimes.js";

let work: string;
const relative = (files: string[]) => files.map((file) => path.relative(REPO_ROOT, file));
const SAMPLES = () => relative(sampleFiles());

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "inventory-cli-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

async function cli(args: string[], cwd = REPO_ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (text) => out.push(String(text)),
    stderr: (text) => err.push(text),
    env: {},
    cwd,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const expected = (files: string[]) =>
  mergeInventories(files.map((file) => ({ file, text: readFileSync(path.join(REPO_ROOT, file), "utf8") })))
    .merged;

describe("inventory merge", () => {
  test("without output options: the Markdown on stdout", async () => {
    const result = await cli(["inventory", "merge", ...SAMPLES()]);
    expect(result).toEqual({ code: 0, stdout: renderMarkdown(expected(SAMPLES())), stderr: "" });
    expect(result.stdout).toMatch(/^# Secrets inventory\n/);
  });

  test("files that are not inventories are named on stderr, skipped, and listed in the report", async () => {
    const malformed = relative(malformedFiles());
    const result = await cli(["inventory", "merge", ...SAMPLES(), ...malformed, "no-such-file.json"]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(malformed.length + 1);
    for (const [index, file] of [...malformed, "no-such-file.json"].entries())
      expect(lines[index]).toMatch(new RegExp(`^secrets-actions: ${file.replace(/[.]/g, "\\.")}: skipped: `));
    expect(lines.at(-1)).toBe("secrets-actions: no-such-file.json: skipped: cannot be read: no such file");
    expect(result.stdout).toContain("## Inputs skipped");
  });

  test("a file name with a line break stays on one line of stderr", async () => {
    const folder = path.join(work, "odd");
    mkdirSync(folder, { recursive: true });
    const odd = path.join(folder, "bad\n::error::forged.json");
    writeFileSync(odd, "{");
    const result = await cli(["inventory", "merge", ...SAMPLES(), odd]);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("bad\\n::error::forged.json: skipped: not JSON");
  });

  test("--markdown, --html and --json write the three reports", async () => {
    const folder = path.join(work, "three");
    const result = await cli([
      "inventory",
      "merge",
      ...SAMPLES(),
      "--markdown",
      path.join(folder, "inventory.md"),
      "--html",
      path.join(folder, "inventory.html"),
      "--json",
      path.join(folder, "inventory.json"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^secrets-actions inventory merge: 7 repositories, 10 secret names, 0 inputs skipped; wrote /,
    );
    const merged = expected(SAMPLES());
    expect(readFileSync(path.join(folder, "inventory.json"), "utf8")).toBe(renderJson(merged));
    expect(readFileSync(path.join(folder, "inventory.html"), "utf8")).toBe(renderHtml(merged));
    const markdown = readFileSync(path.join(folder, "inventory.md"), "utf8");
    expect(markdown).toBe(renderMarkdown(merged)); // it fits: no note, no hint
    expect(statSync(path.join(folder, "inventory.html")).mode & 0o777).toBe(0o644);
    expect(JSON.parse(readFileSync(path.join(folder, "inventory.json"), "utf8"))).toMatchObject({
      schema: "secrets-actions/inventory-merge@1",
      inputs: { read: 7, skipped: [] },
    });
  });

  test("a truncated Markdown report names the HTML and JSON files written beside it", async () => {
    const folder = path.join(work, "large");
    mkdirSync(folder, { recursive: true });
    const files = generateOrganisation({ repositories: 300, secrets: 50, random }).map((inventory, index) => {
      const file = path.join(folder, `${index}.json`);
      writeFileSync(file, JSON.stringify(inventory));
      return file;
    });
    const markdown = path.join(folder, "out", "report.md");
    const html = path.join(folder, "out", "report.html");
    const json = path.join(folder, "out", "report.json");
    const result = await cli([
      "inventory",
      "merge",
      ...files,
      "--markdown",
      markdown,
      "--html",
      html,
      "--json",
      json,
    ]);
    expect(result.code).toBe(0);
    const text = readFileSync(markdown, "utf8");
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain("of 300 repositories");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      `> The full report is in ${markdownCode(html)} and ${markdownCode(json)}: upload them as a workflow artifact and link it here.`,
    );
  });

  test("an existing output is replaced only with --replace", async () => {
    const file = path.join(work, "existing.html");
    writeFileSync(file, "before");
    const refused = await cli(["inventory", "merge", ...SAMPLES(), "--html", file]);
    expect(refused).toEqual({
      code: 2,
      stdout: "",
      stderr: `secrets-actions: --html ${file} already exists: pass --replace to replace it, or choose another path\n`,
    });
    expect(readFileSync(file, "utf8")).toBe("before");
    const replaced = await cli(["inventory", "merge", ...SAMPLES(), "--html", file, "--replace"]);
    expect(replaced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  test("never through a symbolic link, even with --replace; nothing is written when one output is refused", async () => {
    const target = path.join(work, "elsewhere.txt");
    writeFileSync(target, "untouched");
    const link = path.join(work, "link.json");
    symlinkSync(target, link);
    const first = path.join(work, "first.md");
    const result = await cli([
      "inventory",
      "merge",
      ...SAMPLES(),
      "--markdown",
      first,
      "--json",
      link,
      "--replace",
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `secrets-actions: --json ${link} is a symbolic link: reports are never written through links; delete it or choose another path\n`,
    });
    expect(readFileSync(target, "utf8")).toBe("untouched");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(() => statSync(first)).toThrow();
  });

  test("two outputs to the same file are a usage error", async () => {
    const file = path.join(work, "same");
    const result = await cli(["inventory", "merge", ...SAMPLES(), "--html", file, "--json", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      `secrets-actions: --html and --json name the same file ${file}`,
    );
  });

  test("no input is an inventory: exit 2 with one line after the named files", async () => {
    const malformed = relative(malformedFiles());
    const result = await cli(["inventory", "merge", ...malformed]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(
      `secrets-actions: inventory merge: none of the ${malformed.length} files is an inventory (each is named above): pass the files secrets-actions inventory --json writes`,
    );
  });

  test.each([
    [
      ["inventory", "list"],
      'unknown inventory subcommand "list": use inventory, inventory plan, inventory unread or inventory merge FILE...',
    ],
    [["inventory", "merge"], "inventory merge needs one or more inventory JSON files"],
    [["inventory", "merge", "--expect", "juniper/a,not a name"], '--expect: "not" is not OWNER/NAME'],
    [["inventory", "unread", "--reason", "clone failed"], "inventory unread needs --repository OWNER/NAME"],
    [
      ["inventory", "unread", "--repository", "juniper/a"],
      "inventory unread needs --reason TEXT: why the repository could not be read",
    ],
    [
      ["inventory", "unread", "--repository", "juniper", "--reason", "x"],
      '--repository must be OWNER/NAME, not "juniper"',
    ],
    [
      ["inventory", "unread", "extra.json", "--repository", "juniper/a", "--reason", "x"],
      'inventory unread takes no file names ("extra.json"): only inventory merge reads files',
    ],
    [
      ["inventory", "plan", "a.json"],
      'inventory plan takes no file names ("a.json"): only inventory merge reads files',
    ],
    [
      ["inventory", "plan", "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ"],
      "inventory plan takes no file names (an age identity: keep keys out of the command line, and treat this one as exposed): only inventory merge reads files",
    ],
    [["inventory", "plan", "--per-job", "0"], '--per-job must be a whole number of at least 1, not "0"'],
  ])("%j is a usage error", async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const [first, second] = result.stderr.split("\n");
    expect(first).toBe(`secrets-actions: ${message}`);
    expect(second).toBe("usage: secrets-actions inventory [options] [plan | unread | merge FILE...]");
  });
});

describe("repositories that could not be read", () => {
  test("inventory unread writes a row that merge reads; --expect adds one for each that never arrived", async () => {
    const unreadFile = path.join(work, "unread.json");
    const reason = "git clone failed (see this job's log)\n::error::forged";
    const written = await cli([
      "inventory",
      "unread",
      "--repository",
      "juniper/juniper-broken",
      "--reason",
      reason,
      "--json",
      unreadFile,
    ]);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(
      "secrets-actions inventory: juniper/juniper-broken: not read: git clone failed (see this job's log)\\n::error::forged\n",
    );
    const merged = await cli([
      "inventory",
      "merge",
      ...SAMPLES(),
      unreadFile,
      "--expect",
      "juniper/juniper-data, juniper/juniper-gone\njuniper/juniper-broken",
      "--json",
      path.join(work, "with-unread.json"),
    ]);
    expect(merged.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(work, "with-unread.json"), "utf8")) as ReturnType<
      typeof expected
    >;
    expect(report.totals).toMatchObject({ repositories: 9, unread: 2 });
    expect(report.repositories.filter((entry) => entry.adoption === "unread")).toEqual([
      expect.objectContaining({
        repository: "juniper/juniper-broken",
        input: unreadFile,
        unread: reason,
        problems: [`not read: ${reason}`],
        secrets: 0,
      }),
      expect.objectContaining({
        repository: "juniper/juniper-gone",
        input: null,
        unread: expect.stringMatching(/^no inventory of it arrived: /),
        secrets: 0,
      }),
    ]);
  });

  test("with --expect, a run where nothing arrived is still a report", async () => {
    const result = await cli(["inventory", "merge", "--expect", "juniper/a,juniper/b"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2 repositories (0 adopted, 0 partly adopted, 0 not adopted, 2 unread)");
    expect(result.stdout).toContain("| <code>juniper\\/a</code> | unread | 0 |");
    expect(result.stdout).toContain(
      "- <code>juniper\\/b</code>: <code>not read\\: no inventory of it arrived\\: ",
    );
  });
});

describe.each(RUNTIMES)("the bundle under $name", ({ node }) => {
  test("inventory merge prints the Markdown and exits 0", () => {
    const result = spawnSync(
      node,
      [path.join(REPO_ROOT, "dist", "cli", "index.js"), "inventory", "merge", ...SAMPLES()],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? "" },
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(renderMarkdown(expected(SAMPLES())));
  });
});
