/**
 * The scanner's rules on in-memory files (no git): dotenv files and templates, dotenvx, the SOPS rules
 * on files encrypted with our engine, inline allowances, the policy file, a gitleaks allowlist, SARIF
 * 2.1.0 (validated against the official schema) and which commits an event's scope checks.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { ConfigurationError } from "../actions/lib/errors.js";
import { resolveScope } from "../actions/lib/scan/event.js";
import { parseGitleaksAllowlists, parsePolicy } from "../actions/lib/scan/policy.js";
import type { Finding } from "../actions/lib/scan/rules.js";
import { buildSarif } from "../actions/lib/scan/sarif.js";
import { Scanner, type ScanSetup } from "../actions/lib/scan/scanner.js";
import type { SopsSetup } from "../actions/lib/sops/policy.js";
import { parseSopsConfig } from "../actions/lib/sops/config.js";
import { encrypt } from "../actions/lib/sops/engine.js";
import type { Format } from "../actions/lib/sops/formats.js";
import { thrownBy } from "./support/errors.js";
import { newKey, type TestKey } from "./support/keys.js";

const NOW = Date.UTC(2026, 9, 1);
const fakeToken = () => `ghp_${"Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c".slice(0, 36)}`;

let alice: TestKey;
let bob: TestKey;
let sops: SopsSetup;

beforeAll(async () => {
  [alice, bob] = await Promise.all([newKey(), newKey()]);
  sops = {
    config: parseSopsConfig(
      [
        "creation_rules:",
        "  - path_regex: ^secrets/.*\\.yaml$",
        "    encrypted_regex: ^(password|token)$",
        `    age: ${alice.recipient},${bob.recipient}`,
        "  - path_regex: \\.env\\.enc$",
        `    age: ${alice.recipient}`,
        "",
      ].join("\n"),
      ".sops.yaml",
    ),
    dir: "",
    file: ".sops.yaml",
  };
});

function scan(files: Record<string, string | Uint8Array>, setup: Partial<ScanSetup> = {}): Finding[] {
  const scanner = new Scanner({ sops, now: NOW, ...setup });
  return Object.entries(files).flatMap(
    ([file, content]) =>
      scanner.scan({ path: file, bytes: typeof content === "string" ? Buffer.from(content) : content })
        .findings,
  );
}

const brief = (findings: Finding[]) =>
  findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`);

async function sealed(plaintext: string, format: Format, recipients: string[], extra = {}): Promise<string> {
  return Buffer.from(
    await encrypt(Buffer.from(plaintext), { format, ageGroups: [recipients], ...extra }),
  ).toString();
}

describe("plaintext-env-file", () => {
  test.each([
    [".env", "DB_HOST=db\nDB_PASSWORD=hunter2\n", ["plaintext-env-file .env:1"]],
    ["app/.env.production", "# comment\nLOG_LEVEL=info\n", ["plaintext-env-file app/.env.production:2"]],
    ["deploy/prod.env", "A=1\n", ["plaintext-env-file deploy/prod.env:1"]],
    [".env", "# only comments\n\nEMPTY=\n", []],
    [".env.example", "API_KEY=\nDB_PASSWORD=changeme\nTOKEN=<your token>\n", []],
    [".env.local.sample", "SECRET_KEY=your-secret-key-here\n", []],
    [".envrc", "export A=1\n", []],
    ["environment.ts", "export const env = 1;\n", []],
  ])("%s", (file, content, expected) => {
    expect(brief(scan({ [file]: content }))).toEqual(expected);
  });

  test("a template holding a real-looking value is a finding on that line, reported once", () => {
    const findings = scan({
      ".env.example":
        "API_URL=https://api\nDB_PASSWORD=Tr0ub4dor&3x\nSTRIPE_SECRET=Zq8rT2mW9xK4vB7nL3pD6fH1\n",
    });
    expect(brief(findings)).toEqual(["secret-pattern .env.example:3", "plaintext-env-file .env.example:2"]);
    expect(findings[1]?.message).toContain("DB_PASSWORD (… (12 chars))");
    expect(JSON.stringify(findings)).not.toContain("Tr0ub4");
  });

  test("dotenvx: fully encrypted passes, a plaintext value is a finding", () => {
    const encrypted = 'DOTENV_PUBLIC_KEY="02a1b2"\nAPI_KEY="encrypted:BDqk2mPz"\n';
    expect(scan({ ".env": encrypted })).toEqual([]);
    expect(brief(scan({ ".env": `${encrypted}PLAIN=1\n` }))).toEqual(["plaintext-env-file .env:3"]);
  });

  test("a SOPS-encrypted dotenv file is not a plaintext dotenv file", async () => {
    const file = await sealed("API_KEY=abc\n", "dotenv", [alice.recipient]);
    expect(scan({ ".env.enc": file })).toEqual([]);
  });
});

describe("SOPS rules", () => {
  test("sops-rule-not-encrypted: only files a path_regex rule covers, never .sops.yaml itself", () => {
    const findings = scan({
      "secrets/prod.yaml": "password: hunter2\n",
      "config/app.yaml": "password: hunter2\n",
      ".sops.yaml": "creation_rules: []\n",
      "secrets/blob.yaml": Buffer.from([0, 1, 2, 3]),
    });
    expect(brief(findings)).toEqual([
      "sops-rule-not-encrypted secrets/prod.yaml:1",
      "sops-rule-not-encrypted secrets/blob.yaml:1",
    ]);
  });

  test("a rule without path_regex is sops' default for encrypt, not a claim on every file", () => {
    const catchAll: SopsSetup = {
      ...sops,
      config: parseSopsConfig(`creation_rules:\n  - age: ${alice.recipient}\n`, ".sops.yaml"),
    };
    expect(scan({ "config/app.yaml": "a: 1\n" }, { sops: catchAll })).toEqual([]);
  });

  test("an encrypted file following its rule passes", async () => {
    const file = await sealed("user: app\npassword: hunter2\n", "yaml", [alice.recipient, bob.recipient], {
      cryptRule: { name: "encrypted_regex", value: "^(password|token)$" },
    });
    expect(scan({ "secrets/prod.yaml": file })).toEqual([]);
  });

  test("sops-value-not-encrypted: a pasted plaintext value where the file's own rules say encrypted", async () => {
    const file = await sealed("user: app\npassword: hunter2\n", "yaml", [alice.recipient, bob.recipient], {
      cryptRule: { name: "encrypted_regex", value: "^(password|token)$" },
    });
    const pasted = file.replace(/^user: app$/m, "user: app\ntoken: pasted-in-plaintext");
    const findings = scan({ "secrets/prod.yaml": pasted });
    expect(brief(findings)).toEqual(["sops-value-not-encrypted secrets/prod.yaml:2"]);
    expect(findings[0]?.message).toContain('["token"] is plaintext but encrypted_regex: ^(password|token)$');
    expect(findings[0]?.message).toContain(": … (19 chars)");
    expect(findings[0]?.message).not.toContain("pasted-in");
  });

  test("sops-value-not-encrypted: a plaintext line pasted into .env.enc (default _unencrypted rule)", async () => {
    const file = await sealed("API_KEY=abc\nLOG_unencrypted=info\n", "dotenv", [alice.recipient]);
    const pasted = file.replace(/^API_KEY=/m, "NEW_KEY=plaintextvalue\nAPI_KEY=");
    expect(brief(scan({ ".env.enc": pasted }))).toEqual(["sops-value-not-encrypted .env.enc:1"]);
  });

  test.each([
    ["no MAC", (text: string) => text.replace(/^sops_mac=.*$/m, "sops_mac="), /broken sops metadata: no MAC/],
    [
      "no lastmodified",
      (text: string) => text.replace(/^sops_lastmodified=.*\n/m, ""),
      /lastmodified is missing/,
    ],
    ["no key", (text: string) => text.replace(/^sops_age__list_0__map_.*\n/gm, ""), /no keys found/],
    [
      "no metadata at all",
      (text: string) => text.replace(/^sops_.*\n/gm, ""),
      /ENC\[\.\.\.\] values but no sops metadata/,
    ],
  ])("sops-value-not-encrypted: broken metadata (%s)", async (_case, damage, message) => {
    const file = damage(await sealed("API_KEY=abc\n", "dotenv", [alice.recipient]));
    const findings = scan({ ".env.enc": file });
    expect(brief(findings)).toEqual(["sops-value-not-encrypted .env.enc:1"]);
    expect(findings[0]?.message).toMatch(message);
  });

  test("sops-recipients-drift names the missing and extra recipients and says updatekeys", async () => {
    const carol = await newKey();
    const file = await sealed("password: x\n", "yaml", [alice.recipient, carol.recipient], {
      cryptRule: { name: "encrypted_regex", value: "^(password|token)$" },
    });
    const findings = scan({ "secrets/prod.yaml": file });
    expect(brief(findings)).toEqual(["sops-recipients-drift secrets/prod.yaml:1"]);
    expect(findings[0]?.message).toContain(`missing ${bob.recipient}`);
    expect(findings[0]?.message).toContain(`extra ${carol.recipient}`);
    expect(findings[0]?.message).toContain("sops updatekeys secrets/prod.yaml");
  });

  test("history content is not checked for drift (recipients are about the current tree)", async () => {
    const file = await sealed("A=1\n", "dotenv", [bob.recipient]);
    const scanner = new Scanner({ sops, now: NOW });
    expect(scanner.scan({ path: ".env.enc", bytes: Buffer.from(file), historic: true }).findings).toEqual([]);
    expect(brief(scanner.scan({ path: ".env.enc", bytes: Buffer.from(file) }).findings)).toEqual([
      "sops-recipients-drift .env.enc:1",
    ]);
  });

  test("SOPS text quoted in source code is not a SOPS file", () => {
    expect(scan({ "test/x.test.ts": "const y = `\nsops:\n  mac: ENC[AES256_GCM,data:x]\n`;\n" })).toEqual([]);
  });
});

describe("allowances", () => {
  const secret = () => `API_TOKEN=${fakeToken()}`;

  test.each([
    [`${secret()} # secrets-allow`, 0],
    [`${secret()} # secrets-allow: secret-pattern`, 0],
    [`${secret()} # secrets-allow: plaintext-env-file`, 1],
    [`${secret()} # gitleaks:allow`, 0],
    [secret(), 1],
  ])("inline: %s", (line, count) => {
    expect(scan({ "config.yaml": `${line}\n` })).toHaveLength(count);
  });

  test("the policy file accepts by path glob, rule and fingerprint", () => {
    const [finding] = scan({ "config/a.yaml": `${secret()}\n` });
    const policy = (text: string) => ({ policy: parsePolicy(text, ".github/secrets-policy.yml") });
    const files = { "config/a.yaml": `${secret()}\n`, "other/b.yaml": `${secret()}\n` };
    expect(brief(scan(files, policy("allow:\n  - reason: fixtures\n    paths: [config/**]\n")))).toEqual([
      "secret-pattern other/b.yaml:1",
    ]);
    expect(scan(files, policy("allow:\n  - reason: r\n    rules: [secret-pattern]\n"))).toEqual([]);
    expect(
      brief(
        scan(
          files,
          policy(`allow:\n  - reason: accepted\n    fingerprints: [${finding?.fingerprint ?? ""}]\n`),
        ),
      ),
    ).toEqual(["secret-pattern other/b.yaml:1"]);
    expect(
      brief(
        scan(
          files,
          policy("allow:\n  - reason: r\n    paths: [config/**]\n    rules: [plaintext-env-file]\n"),
        ),
      ),
    ).toHaveLength(2);
  });

  test("a fingerprint is of where the secret is, not of the secret: rotated in place, it stays", () => {
    const line = (value: string) => `deploy:\n  token: "${value}"\n`;
    const [first] = scan({ "a.yaml": line(fakeToken()) });
    const [rotated] = scan({ "a.yaml": line(["ghp", "Zy9xWv8uTs7rQp6oNm5lKj4iHg3fEd2cBa1z"].join("_")) });
    expect([first?.rule, rotated?.rule]).toEqual(["secret-pattern", "secret-pattern"]);
    expect(rotated?.fingerprint).toBe(first?.fingerprint);
    const [elsewhere] = scan({ "b.yaml": line(fakeToken()) });
    expect(elsewhere?.fingerprint).not.toBe(first?.fingerprint);
  });

  test("fingerprints survive the secret moving to another line", () => {
    const [first] = scan({ "a.yaml": `${secret()}\n` });
    const [moved] = scan({ "a.yaml": `\n\n# moved\n${secret()}\n` });
    expect(moved?.line).toBe(4);
    expect(moved?.fingerprint).toBe(first?.fingerprint);
  });

  test.each([
    ["allow: {}", /allow must be a list/],
    ["allow:\n  - paths: [a]\n", /allow\[0\] needs a reason/],
    ["allow:\n  - reason: r\n", /must name paths, rules or fingerprints/],
    ["allow:\n  - reason: r\n    rules: [no-such-rule]\n", /unknown rule `no-such-rule`/],
    ["allow:\n  - reason: r\n    path: [a]\n", /unknown key `path`/],
    ["allowlist: []\n", /unknown key `allowlist`/],
    ["allow: [", /not valid YAML/],
  ])("a policy mistake is a one-line error naming the file: %s", (text, message) => {
    const error = thrownBy(() => parsePolicy(text, ".github/secrets-policy.yml"));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^\.github\/secrets-policy\.yml/);
    expect((error as Error).message).toMatch(message);
  });

  test("a .gitleaks.toml [allowlist] keeps applying: paths, regexes, stopwords", () => {
    const lists = parseGitleaksAllowlists(
      [
        "[allowlist]",
        'description = "kept from gitleaks"',
        "paths = ['''(?i)^fixtures/''']",
        "regexes = ['''^ghp_Ab3d''']",
        "",
        "[[allowlists]]",
        "stopwords = ['sandbox']",
        "",
        "[[allowlists]]",
        'targetRules = ["aws-access-token"]',
        "paths = ['''.*''']",
      ].join("\n"),
      ".gitleaks.toml",
    );
    expect(lists).toHaveLength(2);
    const other = "AKIA" + "QYLPMN5HHHFPZAM2".replace(/H/g, "K");
    const findings = scan(
      {
        "Fixtures/a.yaml": `T=${other}\n`,
        "b.yaml": `T=${fakeToken()}\n`,
        "c.yaml": `T=${other}\n`,
        "d.yaml": `SANDBOX_SECRET=sandbox9Xk2mQ7vL4pR8wN3zT6\n`,
      },
      { gitleaks: lists },
    );
    expect(brief(findings)).toEqual(["secret-pattern c.yaml:1"]);
  });

  test("a bad gitleaks regex names the file and the field", () => {
    expect(() =>
      parseGitleaksAllowlists("[allowlist]\nregexes = ['''(?<=x)y''']\n", ".gitleaks.toml"),
    ).toThrow(/^\.gitleaks\.toml: \[allowlist\]\.regexes\[0\]/);
  });
});

describe("SARIF", () => {
  const require = createRequire(import.meta.url);
  const schemaPath = path.join(
    path.dirname(require.resolve("@microsoft/jest-sarif/package.json")),
    "lib",
    "schemas",
    "sarif-2.1.0-rtm.5.json",
  );

  /** The official SARIF 2.1.0 schema, with its `uri` and `date-time` formats checked. */
  const sarifValidator = () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
  };

  test("one result per finding, valid against the SARIF 2.1.0 schema", () => {
    const findings = scan({
      ".env": "A=1\n",
      "dir with space/config.yaml": `\n\nT=${fakeToken()}\n`,
    });
    const [first] = findings as [Finding, ...Finding[]];
    const sarif = buildSarif([...findings, { ...first, commit: "0".repeat(40) }]);
    const validate = sarifValidator();
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation])).toEqual([
      [
        "plaintext-env-file",
        { artifactLocation: { uri: ".env", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } },
      ],
      [
        "secret-pattern",
        {
          artifactLocation: { uri: "dir%20with%20space/config.yaml", uriBaseId: "%SRCROOT%" },
          region: { startLine: 3 },
        },
      ],
      [
        "plaintext-env-file",
        { artifactLocation: { uri: ".env", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } },
      ],
    ]);
    expect(JSON.stringify(sarif)).not.toContain(fakeToken().slice(4));
  });

  test("the schema check can fail", () => {
    expect(sarifValidator()({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false);
  });
});

describe("scope from the event", () => {
  const base = "a".repeat(40);
  const head = "b".repeat(40);
  const pr = { pull_request: { base: { sha: base }, head: { sha: head } } };

  test.each([
    ["auto", "pull_request", pr, { scope: "changed", range: { base, head } }],
    ["auto", "pull_request_target", pr, { scope: "changed", range: { base, head } }],
    [
      "auto",
      "merge_group",
      { merge_group: { base_sha: base, head_sha: head } },
      { scope: "changed", range: { base, head } },
    ],
    ["auto", "push", { before: base, after: head }, { scope: "all" }],
    ["changed", "push", { before: base, after: head }, { scope: "changed", range: { base, head } }],
    [
      "changed",
      "push",
      { before: "0".repeat(40), after: head },
      { scope: "all", note: expect.stringContaining("new branch") },
    ],
    ["auto", "schedule", {}, { scope: "all" }],
    ["history", "pull_request", pr, { scope: "history" }],
  ])("%s on %s", (scope, event, payload, expected) => {
    expect(resolveScope(scope as "auto", event, payload)).toEqual(expected);
  });

  test("changed without commits is a configuration error", () => {
    expect(() => resolveScope("changed", "workflow_dispatch", {})).toThrow(/use scope: all/);
  });
});
