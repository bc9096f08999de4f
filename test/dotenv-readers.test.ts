// The dotenv file decrypt-env writes, read back by the three readers that consume it in Juniper's CI:
// python-dotenv (pydantic-settings) and bash `set -a; source` for real, docker compose by its
// documented grammar. Each must get the exact value, and sourcing must run nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { renderOutputFile } from "../actions/lib/env/output-file.js";
import { ConfigurationError } from "../actions/lib/errors.js";

const folder = mkdtempSync(path.join(tmpdir(), "dotenv-readers-"));
const marker = path.join(folder, "pwned");
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const WRITABLE: Record<string, string> = {
  MULTI_LINE: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
  QUOTES: `it's a "quoted" value`,
  DOLLAR: "pa$$word$HOME and $",
  BACKTICK: `\`touch ${marker}\``,
  SUBSTITUTION: `$(touch ${marker})`,
  SEMICOLON: `x; touch ${marker}`,
  BACKSLASH: "C:\\path\\to\\dir\\\\share\\",
  SPACES_HASH: "  leading and # hash  ",
  UNICODE: "pässwörd-✓-秘密",
  EMPTY: "",
};

const variables = (values: Record<string, string>) =>
  Object.entries(values).map(([name, value]) => ({ name, value, secret: true, file: "x.env" }));

function writeDotenv(values: Record<string, string>): string {
  const file = path.join(folder, `${Object.keys(values).join("-").slice(0, 40)}.env`);
  writeFileSync(file, renderOutputFile(variables(values), "dotenv"));
  return file;
}

/** docker compose's env-file rules (docs: "Environment variables > .env file syntax"). */
function composeValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const pattern = /^([A-Za-z_][A-Za-z0-9_]*)=(?:'([^']*)'|"((?:\\.|[^"\\])*)"|(.*))$/gms;
  for (const match of text.matchAll(pattern)) {
    const [, name = "", single, double] = match;
    if (single !== undefined) values[name] = single;
    else if (double !== undefined) {
      // Double quotes interpolate `$`: a value written there must hold none.
      if (double.includes("$")) throw new Error(`compose would interpolate ${name}`);
      values[name] = double.replace(
        /\\(.)/g,
        (_, char: string) => ({ n: "\n", r: "\r", t: "\t" })[char] ?? char,
      );
    } else throw new Error(`${name} is unquoted`);
  }
  return values;
}

describe("values every reader gets back exactly", () => {
  const file = writeDotenv(WRITABLE);

  test("python-dotenv", () => {
    const read = execFileSync("/usr/bin/python3", [
      "-c",
      "import json,sys; from dotenv import dotenv_values; print(json.dumps(dotenv_values(sys.argv[1])))",
      file,
    ]);
    expect(JSON.parse(read.toString())).toEqual(WRITABLE);
  });

  test("bash `set -a; source`, which runs nothing", () => {
    const read = execFileSync("bash", [
      "-c",
      'set -a; source "$1"; exec /usr/bin/python3 -c "import json,os,sys; print(json.dumps({k: os.environ[k] for k in sys.argv[1:]}))" "${@:2}"',
      "bash",
      file,
      ...Object.keys(WRITABLE),
    ]);
    expect(JSON.parse(read.toString())).toEqual(WRITABLE);
    expect(existsSync(marker)).toBe(false);
  });

  test("docker compose's grammar", () => {
    expect(composeValues(readFileSync(file, "utf8"))).toEqual(WRITABLE);
  });
});

describe("values no single dotenv line can carry are refused, pointing to json/yaml", () => {
  test.each([
    ["a quote and a backtick", "it's `id`"],
    ["a quote and a $", "it's $HOME"],
    ["a backslash pair and a line break", "a\\\\b\nc"],
    ["a quote and a line break", "it's\nthere"],
    ["${...}, which python-dotenv expands", "https://${HOST}/x"],
  ])("%s", (_what, value) => {
    expect(() => renderOutputFile(variables({ V: value }), "dotenv")).toThrow(ConfigurationError);
    expect(() => renderOutputFile(variables({ V: value }), "dotenv")).toThrow(/json or yaml/);
  });
});
