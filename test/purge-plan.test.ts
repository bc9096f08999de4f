/**
 * The purge plan behind `secrets-actions verify --history --purge-plan FILE`: the history scan hands the
 * plaintext of what it reports (and only that) to its caller, never to findings; the expressions file
 * is in git filter-repo's syntax, which Debian's git-filter-repo itself parses and applies here (the
 * whole rewrite runs in purge-plan.e2e.test.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import { verify, type HistoryValue } from "../actions/common/verify.js";
import { MIN_PURGE_BYTES, purgePlan, type PurgeValue } from "../actions/lib/scan/purge-plan.js";
import { newFinding } from "../actions/lib/scan/rules.js";
import { example, pem } from "./support/credential-examples.js";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

const value = (text: string, file = "config.yaml", line = 1, commit?: string): PurgeValue => ({
  bytes: Buffer.from(text, "latin1"),
  finding: newFinding("secret-pattern", file, line, "a message", ""),
  commit,
});

/** The `git-filter-repo` on PATH and the Python it runs with (its `#!` line). */
function filterRepo(): { script: string; python: string[] } {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    const script = path.join(folder, "git-filter-repo");
    if (!existsSync(script)) continue;
    const shebang = /^#!(.*)/.exec(readFileSync(script, "utf8").split("\n")[0] ?? "")?.[1]?.trim() ?? "";
    return { script, python: shebang.split(/\s+/) };
  }
  throw new Error("git-filter-repo is not installed (apt-get install git-filter-repo; .ci/run installs it)");
}

/** The expressions file as git-filter-repo itself reads it, applied to `text` as it rewrites a blob. */
function filterRepoApplies(expressions: Buffer, text: Buffer): Buffer {
  const folder = tempFolder("purge-plan-");
  const file = path.join(folder, "plan.txt");
  writeFileSync(file, expressions);
  const { script: installed, python } = filterRepo();
  const [interpreter = "python3", ...options] = python;
  const script = [
    "import sys",
    "try:",
    "    from git_filter_repo import FilteringOptions",
    // Installed upstream's way, the script is the module itself.
    "except ImportError:",
    "    from importlib.machinery import SourceFileLoader",
    "    FilteringOptions = SourceFileLoader('git_filter_repo', sys.argv[2]).load_module().FilteringOptions",
    "rules = FilteringOptions.get_replace_text(sys.argv[1])",
    "data = sys.stdin.buffer.read()",
    "for literal, replacement in rules['literals']: data = data.replace(literal, replacement)",
    "for regex, replacement in rules['regexes']: data = regex.sub(replacement, data)",
    "sys.stdout.buffer.write(data)",
  ].join("\n");
  return execFileSync(interpreter, [...options, "-c", script, file, installed], { input: text });
}

describe("purgePlan", () => {
  test("one line a distinct value, longest first, each with its kind and ==>***REMOVED***", () => {
    const token = example("ghp_{alnum:36}");
    const generic = example("{alnum:32}");
    const plan = purgePlan([value(generic), value(token), value(generic, ".env", 2)]);
    expect(plan.expressions.toString("latin1")).toBe(
      `literal:${token}==>***REMOVED***\nliteral:${generic}==>***REMOVED***\n`,
    );
    expect(plan).toMatchObject({ literals: 2, regexes: 0, tooShort: [] });
  });

  test("values filter-repo would misread stay literals: ==>, a kind's prefix, a comment sign, spaces", () => {
    const tricky = [
      "pass==>word-12345",
      "ends-with-equals==",
      "regex:not-a-pattern.*",
      "glob:*not-a-glob*",
      "literal:twice-over",
      "# not a comment 123",
      "  spaces around  ",
      "trailing backslash \\",
    ];
    const plan = purgePlan(tricky.map((text) => value(text)));
    expect(plan.literals).toBe(tricky.length);
    const text = Buffer.from(tricky.map((item, index) => `v${index}: [${item}]\n`).join(""), "latin1");
    expect(filterRepoApplies(plan.expressions, text).toString("latin1")).toBe(
      tricky.map((_, index) => `v${index}: [***REMOVED***]\n`).join(""),
    );
  });

  test("a value over several lines (a private key, CRLF too) is a byte-exact regex: line", () => {
    const body = pem("RSA PRIVATE KEY").split("\n").slice(1, -2).join("\n");
    const crlf = body.replace(/\n/g, "\r\n");
    const plan = purgePlan([value(body, "deploy.pem", 2), value(crlf, "windows.pem", 2)]);
    expect(plan).toMatchObject({ literals: 0, regexes: 2 });
    const lines = plan.expressions.toString("latin1").split("\n").slice(0, -1);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/^regex:[A-Za-z0-9\\]+==>\*\*\*REMOVED\*\*\*$/);
      expect(line).not.toContain("\r");
    }
    const file = (key: string) =>
      Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\n${key}\n-----END RSA PRIVATE KEY-----\n`, "latin1");
    for (const key of [body, crlf])
      expect(filterRepoApplies(plan.expressions, file(key)).toString("latin1")).toBe(
        "-----BEGIN RSA PRIVATE KEY-----\n***REMOVED***\n-----END RSA PRIVATE KEY-----\n",
      );
    // Only the exact bytes: the same characters elsewhere on other lines are other text.
    const other = Buffer.from(body.replace(/\n/g, " "), "latin1");
    expect(filterRepoApplies(plan.expressions, other)).toEqual(other);
  });

  test("bytes that are not UTF-8 are written as they are", () => {
    const bytes = Buffer.concat([Buffer.from("pw-"), Buffer.from([0xe9, 0xff, 0x80]), Buffer.from("-tail9")]);
    const plan = purgePlan([{ bytes, finding: newFinding("secret-default", "app.py", 3, "m", "") }]);
    expect(filterRepoApplies(plan.expressions, Buffer.concat([Buffer.from("x="), bytes]))).toEqual(
      Buffer.from("x=***REMOVED***"),
    );
  });

  test(`values shorter than ${MIN_PURGE_BYTES} characters are left out, named by where they are`, () => {
    const plan = purgePlan([
      value("juniper", "app/settings.py", 4, "0123456789abcdef0123456789abcdef01234567"),
      value("juniper", "app/settings.py", 4, "0123456789abcdef0123456789abcdef01234567"),
      value("hunter2", ".env", 1),
    ]);
    expect(plan).toEqual({
      expressions: Buffer.alloc(0),
      literals: 0,
      regexes: 0,
      tooShort: [".env:1 secret-pattern", "app/settings.py:4 secret-pattern (commit 0123456789ab)"],
    });
  });

  test("the same values in any order give the same file", () => {
    const values = [
      example("{alnum:40}"),
      example("{alnum:32}"),
      example("{alnum:32}"),
      example("{alnum:20}"),
    ];
    const forward = purgePlan(values.map((text) => value(text)));
    const backward = purgePlan([...values].reverse().map((text) => value(text)));
    expect(backward.expressions).toEqual(forward.expressions);
  });
});

describe("the history scan hands over the values it reports, and only to historyValues", () => {
  test("error and warning findings of every commit; not notes, not accepted lines, not short defaults", async () => {
    const repo = tempFolder("purge-history-");
    const git = (...args: string[]) => gitIn(repo, args);
    const write = (files: Record<string, string>) => {
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        writeFileSync(path.join(repo, file), content);
      }
    };
    const token = example("ghp_{alnum:36}");
    const accepted = example("ghp_{alnum:36}");
    const apiKey = example("{alnum:32}");
    const fixture = example("{alnum:32}");
    const appDefault = example("{alnum:24}");
    const key = pem("RSA PRIVATE KEY");
    const keyBody = key.split("\n").slice(1, -2).join("\n");
    git("init", "-q", "-b", "main");
    write({
      "config/deploy.yaml": `github:\n  token: ${token}\n`,
      "config/accepted.yaml": `token: ${accepted} # secrets-allow\n`,
      "docs/setup.md": `Set \`GITHUB_TOKEN=ghp_${"x".repeat(36)}\` in your shell.\n`,
      ".env": `LOG_LEVEL=info\nAPI_KEY=${apiKey}\n`,
      "tests/fixtures/settings.yaml": `api_key: "${fixture}"\n`,
      "app/settings.py": `import os\nTOKEN = os.getenv("APP_TOKEN", "${appDefault}")\nAUTH = os.getenv("APP_AUTHKEY", "juniper")\n`,
      "deploy/key.pem": key,
    });
    git("add", "-A");
    git("commit", "-q", "-m", "leak");
    git("rm", "-q", "config/deploy.yaml", ".env", "deploy/key.pem");
    git("commit", "-q", "-m", "remove");
    const values: HistoryValue[] = [];
    const result = await verify({
      cwd: repo,
      source: { scope: "history" },
      include: [],
      policyFile: "",
      sopsConfigFile: "",
      identities: [],
      now: Date.UTC(2026, 9, 1),
      historyValues: (found) => values.push(found),
    });
    const handed = values.map((found) => [
      found.finding.rule,
      found.finding.severity,
      found.finding.file,
      Buffer.from(found.bytes).toString("latin1"),
    ]);
    expect(new Set(handed.map((item) => JSON.stringify(item)))).toEqual(
      new Set(
        [
          ["secret-pattern", "error", "config/deploy.yaml", token],
          ["secret-pattern", "error", ".env", apiKey],
          ["plaintext-env-file", "error", ".env", apiKey],
          ["secret-pattern", "warning", "tests/fixtures/settings.yaml", fixture],
          ["secret-default", "error", "app/settings.py", appDefault],
          ["secret-default", "error", "app/settings.py", "juniper"],
          ["secret-pattern", "error", "deploy/key.pem", keyBody],
        ].map((item) => JSON.stringify(item)),
      ),
    );
    const commit = git("rev-parse", "HEAD~1");
    expect(values.every((found) => found.commit === commit)).toBe(true);
    // What verify returns (findings, notes: what becomes output, SARIF, annotations) holds none of them.
    const returned = JSON.stringify(result);
    for (const secret of [token, accepted, apiKey, fixture, appDefault, ...keyBody.split("\n")])
      expect(returned).not.toContain(secret);
    const plan = purgePlan(values);
    expect(plan).toMatchObject({ literals: 4, regexes: 1 });
    expect(plan.tooShort).toEqual([`app/settings.py:3 secret-default (commit ${commit.slice(0, 12)})`]);
  });

  test("without historyValues nothing is collected and the findings are the same", async () => {
    const repo = tempFolder("purge-history-");
    gitIn(repo, ["init", "-q", "-b", "main"]);
    writeFileSync(path.join(repo, "config.yaml"), `token: ${example("ghp_{alnum:36}")}\n`);
    gitIn(repo, ["add", "-A"]);
    gitIn(repo, ["commit", "-q", "-m", "leak"]);
    const options = {
      cwd: repo,
      source: { scope: "history" } as const,
      include: [],
      policyFile: "",
      sopsConfigFile: "",
      identities: [],
      now: 0,
    };
    const plain = await verify(options);
    const values: HistoryValue[] = [];
    const asked = await verify({ ...options, historyValues: (found) => values.push(found) });
    expect(asked.findings).toEqual(plain.findings);
    expect(values).toHaveLength(1);
  });
});
