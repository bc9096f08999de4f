/**
 * Where a value stands decides how much it matters (issue: find real credentials where they are, stay
 * silent on placeholders): test and doc paths, the policy's `sample-paths`, comments and docstrings,
 * example blocks of API descriptions, published documentation examples, and the `note` level that
 * placeholders get. Pure: paths and bytes in, findings out. Values are drawn from the seeded generator.
 */
import { createHmac } from "node:crypto";
import { describe, expect, test } from "@jest/globals";
import { findSecrets, isApiDescription, isSamplePath, namesSecret } from "../actions/lib/scan/patterns.js";
import { parsePolicy } from "../actions/lib/scan/policy.js";
import { countSeverities, describeFinding, describeNotes, reportable } from "../actions/lib/scan/rules.js";
import { buildSarif } from "../actions/lib/scan/sarif.js";
import { Scanner } from "../actions/lib/scan/scanner.js";
import { example, jwt } from "./support/credential-examples.js";
import { random } from "./support/random.js";

const NOW = Date.UTC(2026, 9, 1);
const HEX = "0123456789abcdef";

function severities(file: string, text: string, scanner = new Scanner({ now: NOW })): string[] {
  return scanner
    .scan({ path: file, bytes: Buffer.from(text) })
    .findings.filter((finding) => finding.rule === "secret-pattern")
    .map((finding) => finding.severity);
}

describe("sample paths", () => {
  test.each([
    ["test/test_settings.py", true],
    ["tests/conftest.py", true],
    ["src/__tests__/client.ts", true],
    ["pkg/client/client_test.go", true],
    ["src/app/client.test.ts", true],
    ["src/app/client.spec.js", true],
    ["src/test/java/app/ClientTest.java", true],
    ["testdata/config.yaml", true],
    ["fixtures/settings.json", true],
    ["examples/deploy.sh", true],
    ["docs/setup.rst", true],
    ["README.md", true],
    ["notes.txt", true],
    ["src/app/settings.py", false],
    ["deploy/values.yaml", false],
    ["src/contest/entry.py", false],
    ["src/latest/client.ts", false],
    ["Dockerfile", false],
  ])("%s is a sample: %s", (file, expected) => {
    expect(isSamplePath(file)).toBe(expected);
  });

  test("a secret-named value is an error in code and configuration, a warning in tests and docs", () => {
    const line = `CLIENT_SECRET = "${example("{alnum:32}")}"\n`;
    expect(severities("src/app/settings.py", line)).toEqual(["error"]);
    expect(severities("deploy/app.env.sh", line)).toEqual(["error"]);
    expect(severities("tests/test_settings.py", line)).toEqual(["warning"]);
    expect(severities("docs/setup.md", line)).toEqual(["warning"]);
  });

  test("the policy's sample-paths replace the default list", () => {
    const policy = parsePolicy("sample-paths:\n  - 'qa/**'\n", ".github/secrets-policy.yml");
    const scanner = new Scanner({ now: NOW, policy });
    const line = `CLIENT_SECRET = "${example("{alnum:32}")}"\n`;
    expect(severities("qa/settings.py", line, scanner)).toEqual(["warning"]);
    expect(severities("tests/test_settings.py", line, scanner)).toEqual(["error"]);
  });

  test("a sample-paths that is not a list of globs names the key", () => {
    expect(() => parsePolicy("sample-paths: 3\n", "policy.yml")).toThrow(
      "policy.yml: sample-paths must be a list of non-empty strings",
    );
    expect(() => parsePolicy("samples: []\n", "policy.yml")).toThrow(
      "policy.yml: unknown key `samples` (expected allow, sample-paths, recipients)",
    );
  });
});

describe("documentation inside code and documents", () => {
  const value = () => example("{alnum:32}");

  test.each([
    ["a // comment", (v: string) => `// const apiKey = "${v}";\n`],
    ["a # comment", (v: string) => `# API_KEY = "${v}"\n`],
    ["a doc comment line", (v: string) => `/**\n * const apiKey = "${v}";\n */\n`],
  ])("in code, a value on %s is a warning", (_name, render) => {
    expect(severities("src/client.py", render(value()))).toEqual(["warning"]);
  });

  test("a Python docstring is documentation; a triple-quoted value is not", () => {
    const docstring = `def f():\n    """Call with\n\n        api_key="${value()}"\n    """\n`;
    expect(severities("src/client.py", docstring)).toEqual(["warning"]);
    const assigned = `API_KEY = """${value()}"""\n`;
    expect(severities("src/client.py", assigned)).toEqual(["error"]);
  });

  test("a comment in configuration still counts: commented-out secrets leak too", () => {
    expect(severities("deploy/.env.production.sh", `# API_KEY=${value()}\n`)).toEqual(["error"]);
  });

  test("values inside an examples block of a JSON or YAML document are notes", () => {
    const secret = random.string(HEX, 40);
    const json = `{\n  "examples": {\n    "app": {\n      "value": {\n        "client_secret": "${secret}"\n      }\n    }\n  }\n}\n`;
    expect(severities("api/description.json", json)).toEqual(["note"]);
    const yaml = `components:\n  schemas:\n    App:\n      example:\n        webhook_secret: ${secret}\n`;
    expect(severities("api/description.yaml", yaml)).toEqual(["note"]);
    const real = `{\n  "app": {\n    "client_secret": "${secret}"\n  }\n}\n`;
    expect(severities("config/app.json", real)).toEqual(["error"]);
  });

  test("an OpenAPI or Swagger description documents its values: warnings at most", () => {
    const head = '{\n  "openapi": "3.0.3",\n  "info": {}\n}\n';
    expect(isApiDescription(Buffer.from(head))).toBe(true);
    expect(isApiDescription(Buffer.from("swagger: '2.0'\n"))).toBe(true);
    expect(isApiDescription(Buffer.from('{ "name": "openapi-client" }'))).toBe(false);
    const text = `openapi: 3.1.0\nservers:\n  - url: https://api.example.net\nx-token: ${example("ghp_{alnum:36}")}\n`;
    expect(severities("api/openapi.yaml", text)).toEqual(["warning"]);
  });

  test("a window of a large file knows the document from the file's head, not from its own bytes", () => {
    const secret = random.string(HEX, 40);
    const head = "openapi: 3.0.0\npaths: {}\n";
    const rest = `x-creds:\n  client_secret: ${secret}\n`;
    const scanner = new Scanner({ now: NOW });
    const levels = (input: Parameters<Scanner["scan"]>[0]) =>
      scanner.scan(input).findings.map((finding) => finding.severity);
    expect(levels({ path: "api.yaml", bytes: Buffer.from(head + rest) })).toEqual(["warning"]);
    // The window holds none of the head: only `head` tells it the file is an API description.
    const window = Buffer.from(rest);
    const owned = { from: 0, to: window.length };
    expect(levels({ path: "api.yaml", bytes: window, owned, head: Buffer.from(head) })).toEqual(["warning"]);
    expect(levels({ path: "api.yaml", bytes: window, owned })).toEqual(["error"]);
  });
});

describe("notes: placeholders and published examples", () => {
  test("a provider's published example is a note, its own format's real value an error", () => {
    const published = ["AKIA", "IOSFODNN7", "EXAMPLE"].join("");
    const hits = findSecrets(Buffer.from(`aws_access_key_id = ${published}\n`), { kind: "config", now: NOW });
    expect(hits.map((hit) => [hit.detector, hit.severity])).toEqual([["aws-access-key", "note"]]);
    const real = example("AKIA{b32:16}");
    const found = findSecrets(Buffer.from(`aws_access_key_id = ${real}\n`), { kind: "config", now: NOW });
    expect(found.map((hit) => hit.severity)).toEqual(["error"]);
  });

  test("a JWT signed with a tutorial's key is a note; with any other key an error", () => {
    const claims = { sub: "svc-deploy", iat: 1_790_000_000 };
    const [header = "", payload = ""] = jwt(claims).split(".");
    const sign = (key: string) =>
      `${header}.${payload}.${createHmac("sha256", key).update(`${header}.${payload}`).digest("base64url")}`;
    const level = (token: string) =>
      findSecrets(Buffer.from(`id_token: ${token}\n`), { kind: "config", now: NOW }).map(
        (hit) => hit.severity,
      );
    expect(level(sign("your-256-bit-secret"))).toEqual(["note"]);
    expect(level(sign(random.string(HEX, 32)))).toEqual(["error"]);
  });

  test("notes are counted, kept in SARIF at level note, and never reported as findings to fix", () => {
    const scanner = new Scanner({ now: NOW });
    const findings = scanner.scan({
      path: "deploy/.env.example.sh",
      bytes: Buffer.from(
        `OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nHF_TOKEN=hf_${"x".repeat(34)}\n`,
      ),
    }).findings;
    expect(countSeverities(findings)).toEqual({ error: 0, warning: 0, note: 2 });
    expect(reportable(findings)).toEqual([]);
    expect(describeNotes(2)).toBe("2 placeholders or documentation examples ignored");
    expect(describeFinding(findings[0] as (typeof findings)[number])).toContain("nothing to rotate");
    expect(buildSarif(findings).runs[0]?.results?.map((result) => result.level)).toEqual(["note", "note"]);
  });
});

describe("names", () => {
  test.each([
    ["HF_TOKEN", true],
    ["ANTHROPIC_API_KEY", true],
    ["dbPassword", true],
    ["CASCOR_AUTHKEY", true],
    ["REDIS_HOST", false],
    ["cacheKey", false],
    ["csrf_token", false],
    ["STRIPE_PUBLISHABLE_KEY", false],
    ["NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY", false],
  ])("%s names a secret: %s", (name, expected) => {
    expect(namesSecret(name)).toBe(expected);
  });

  test("a plaintext .env of settings only is a warning; one with a secret-named value an error", () => {
    const scanner = new Scanner({ now: NOW });
    const rule = (text: string) =>
      scanner
        .scan({ path: "services/.env", bytes: Buffer.from(text) })
        .findings.filter((finding) => finding.rule === "plaintext-env-file")
        .map((finding) => finding.severity);
    expect(rule("REDIS_HOST=127.0.0.1\nREDIS_PORT=6379\n")).toEqual(["warning"]);
    expect(rule("REDIS_HOST=127.0.0.1\nREDIS_PASSWORD=hunter2\n")).toEqual(["error"]);
  });
});
