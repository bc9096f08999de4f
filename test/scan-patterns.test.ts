/**
 * The secret-pattern detectors beyond one row of the credential table (scan-credentials.test.ts): the
 * variants of the code detectors (PEM types, JWT claims, age keys, generic assignments) and how hits
 * interact (ENC[...] values, overlaps, redaction). Realistic values are built at run time from random
 * characters, so that this file holds no credential-shaped literal.
 */
import { describe, expect, test } from "@jest/globals";
import { findSecrets, type FileKind } from "../actions/lib/scan/patterns.js";
import { isPlaceholder, redact } from "../actions/lib/scan/values.js";
import { ageKey, brokenChecksum, jwt, pem } from "./support/credential-examples.js";
import { random as generator } from "./support/random.js";

const NOW = Date.UTC(2026, 9, 1);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Random characters with at least one of each class the alphabet has (so checks for mixed case pass). */
function random(alphabet: string, length: number): string {
  for (;;) {
    const value = generator.string(alphabet, length);
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(alphabet));
    if (classes.every((regex) => regex.test(value)) && !isPlaceholder(value)) return value;
  }
}

const hits = (text: string, kind: FileKind = "config") => findSecrets(Buffer.from(text), { kind, now: NOW });

interface Case {
  name: string;
  detector: string;
  positive: () => string;
  negatives: string[];
  severity?: "error" | "warning";
}

const CASES: Case[] = [
  {
    name: "RSA private key",
    detector: "private-key",
    positive: () => pem("RSA PRIVATE KEY"),
    negatives: ['const HEADER = "-----BEGIN RSA PRIVATE KEY-----";', "-----BEGIN PUBLIC KEY-----\nMIIB"],
  },
  {
    name: "PKCS#8 private key in a JSON string",
    detector: "private-key",
    positive: () => JSON.stringify({ key: pem("PRIVATE KEY") }),
    negatives: [],
  },
  {
    name: "OpenSSH private key",
    detector: "private-key",
    positive: () => pem("OPENSSH PRIVATE KEY"),
    negatives: [],
  },
  {
    name: "encrypted private key",
    detector: "private-key",
    positive: () => pem("ENCRYPTED PRIVATE KEY"),
    negatives: [],
    severity: "warning",
  },
  {
    name: "age X25519 identity",
    detector: "age-secret-key",
    positive: () => `# created: 2026-01-01\n${ageKey()}\n`,
    // A checksum that fails: documentation and tests write such keys on purpose.
    // One key, its last character changed (two ageKey() calls made the change a no-op now and then).
    negatives: [brokenChecksum(ageKey()), "AGE-SECRET-KEY-1..."],
  },
  {
    name: "age post-quantum identity",
    detector: "age-secret-key",
    positive: () => ageKey(true),
    negatives: ["AGE-SECRET-KEY-PQ-1XXXX"],
  },
  {
    name: "JWT",
    detector: "jwt",
    positive: () => `Authorization: Bearer ${jwt({ sub: "svc-deploy", iat: 1_790_000_000 })}`,
    negatives: [jwt({ sub: "1234567890", name: "John Doe", iat: 1516239022 }), "eyJhbGciOi.notatoken"],
  },
  {
    name: "expired JWT",
    detector: "jwt",
    positive: () => jwt({ sub: "svc", exp: 1_600_000_000 }),
    negatives: [],
    severity: "warning",
  },
  {
    name: "generic *_SECRET assignment",
    detector: "generic-secret",
    positive: () => `CLIENT_SECRET=${random(ALNUM, 32)}`,
    negatives: [
      "CLIENT_SECRET=changeme",
      "CLIENT_SECRET=${CLIENT_SECRET}",
      "CLIENT_SECRET=ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]",
      "PUBLIC_KEY=AAAAB3NzaC1yc2EAAAADAQABAAABAQC9",
      "cache_key: some-long-cache-key-value-1234",
      "CLIENT_SECRET=short1A",
    ],
  },
  {
    name: "generic password in YAML",
    detector: "generic-secret",
    positive: () => `database:\n  password: "${random(ALNUM, 20)}"\n`,
    negatives: ["database:\n  password: ${DB_PASSWORD}\n", "bypass: aVeryLongValue1234567890abcdefXYZ"],
  },
];

describe.each(CASES)("$name", ({ detector, positive, negatives, severity = "error" }) => {
  test("a realistic value is found, once, and shown only redacted", () => {
    const text = positive();
    const found = hits(text);
    expect(found.map((hit) => [hit.detector, hit.severity])).toEqual([[detector, severity]]);
    const [first] = found;
    // Private keys are fingerprinted without their line breaks.
    expect(text.replace(/\s|\\n/g, "")).toContain(first?.secret.replace(/\s/g, ""));
    expect(redact(first?.secret ?? "")).not.toContain((first?.secret ?? "").slice(4));
  });

  test("near misses are not found", () => {
    expect(negatives.map((text) => [text, hits(text).map((hit) => hit.detector)])).toEqual(
      negatives.map((text) => [text, []]),
    );
  });
});

describe("where values do not count", () => {
  test("inside a SOPS ENC[...] value", () => {
    const token = `ghp_${random(ALNUM, 36)}`;
    expect(hits(`TOKEN=ENC[AES256_GCM,data:${token},iv:abc,tag:def,type:str]`)).toEqual([]);
    expect(hits(`TOKEN=${token}`)).toHaveLength(1);
  });

  test("on one long line (a minified file), inside each ENC[...] value but not between or after them", () => {
    const tokens = Array.from({ length: 6 }, () => `ghp_${random(ALNUM, 36)}`);
    const encrypted = (token: string) => `ENC[AES256_GCM,data:${token},iv:abc,tag:def,type:str]`;
    // On the line: encrypted, plain, encrypted, encrypted, plain, and on the next line a plain one
    // after an ENC[ of the line before (not this line's).
    const line = [
      encrypted(tokens[0] ?? ""),
      tokens[1],
      encrypted(tokens[2] ?? ""),
      encrypted(tokens[3] ?? ""),
      tokens[4],
    ].join(", ");
    const found = hits(`{"values": [${line}, "ENC[AES256_GCM,data:x"]}\n${tokens[5]}\n`);
    expect(found.map((hit) => hit.secret)).toEqual([tokens[1], tokens[4], tokens[5]]);
  });

  test("inside a dotenvx encrypted: value", () => {
    expect(hits(`TOKEN="encrypted:BD${random(ALNUM, 20)}AIza${random(ALNUM, 35)}"`)).toEqual([]);
  });

  test("a generic literal in source code is an error, in tests and docs a warning, an unquoted code expression nothing", () => {
    const value = random(ALNUM, 32);
    const line = `const clientSecret = "${value}";`;
    expect(hits(line, "code").map((hit) => hit.severity)).toEqual(["error"]);
    const inSample = findSecrets(Buffer.from(line), { kind: "code", sample: true, now: NOW });
    expect(inSample.map((hit) => hit.severity)).toEqual(["warning"]);
    expect(hits(`clientSecret: "${value}"`, "docs").map((hit) => hit.severity)).toEqual(["warning"]);
    expect(hits(`const clientSecret = process.env.${value};`, "code")).toEqual([]);
    expect(hits(`clientSecret: ${value}`, "config").map((hit) => hit.severity)).toEqual(["error"]);
  });

  test("a known token inside a generic assignment is reported once, by its own detector", () => {
    const found = hits(`GITHUB_TOKEN=ghp_${random(ALNUM, 36)}`);
    expect(found.map((hit) => hit.detector)).toEqual(["github-token"]);
  });

  test("a value right after the anchor of another secret is still found", () => {
    const text = `a=AKIA${random(UPPER_B32, 16)} b=ghp_${random(ALNUM, 36)}`;
    expect(hits(text).map((hit) => hit.detector)).toEqual(["aws-access-key", "github-token"]);
  });
});

test.each([
  ["a 4-character PIN", "4821", "", "… (4 chars)"],
  ["a 7-character password", "hunter2", "", "… (7 chars)"],
  ["a GitHub token", `ghp_${"aB3".repeat(12)}`, "ghp_", "ghp_… (40 chars)"],
  ["an Anthropic key", `sk-ant-api03-${"Qw7".repeat(30)}`, "sk-ant-api03-", "sk-ant-api03-… (103 chars)"],
  ["a bare known prefix", "ghp_", "ghp_", "… (4 chars)"],
  ["a password that starts like a token format", "dapi-and-more", "", "… (13 chars)"],
  ["a prefix the value does not start with", "hunter22", "ghp_", "… (8 chars)"],
])("%s is shown as its format's fixed prefix and its length only", (_what, secret, prefix, shown) => {
  expect(redact(secret, prefix)).toBe(shown);
});

test("a hit carries the prefix of the format that found it, and nothing for a value without one", () => {
  const token = `glpat-${random(ALNUM, 24)}`;
  expect(hits(`T=${token}`).map((hit) => hit.prefix)).toEqual(["glpat-"]);
  expect(hits(`CLIENT_SECRET=dapi${random(ALNUM, 28)}`).map((hit) => [hit.detector, hit.prefix])).toEqual([
    ["generic-secret", ""],
  ]);
});
