/**
 * The secret-pattern detectors, one credential type at a time: a realistic value is found (with the
 * right detector and severity, and never shown in full), a near miss is not. Realistic values are built
 * at run time from random characters, so that this file holds no credential-shaped literal.
 */
import { randomBytes, randomInt } from "node:crypto";
import { describe, expect, test } from "@jest/globals";
import { bech32 } from "@scure/base";
import { findSecrets, type FileKind } from "../actions/lib/scan/patterns.js";
import { decodeLatin1 } from "../actions/lib/scan/text.js";
import { isPlaceholder, redact } from "../actions/lib/scan/values.js";

const NOW = Date.UTC(2026, 9, 1);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const LETTERS = ALNUM.slice(0, 52);
const HEX = "0123456789abcdef";

/** Random characters with at least one of each class the alphabet has (so checks for mixed case pass). */
function random(alphabet: string, length: number): string {
  for (;;) {
    const value = Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(alphabet));
    if (classes.every((regex) => regex.test(value)) && !isPlaceholder(value)) return value;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function jwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}.${random(ALNUM, 43)}`;
}

function pem(type: string): string {
  const body =
    randomBytes(600)
      .toString("base64")
      .match(/.{1,64}/g)
      ?.join("\n") ?? "";
  return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
}

/** The same key with its last (checksum) character replaced by another one. */
function brokenChecksum(key: string): string {
  return key.slice(0, -1) + (key.endsWith("Q") ? "P" : "Q");
}

function ageKey(pq = false): string {
  const words = bech32.toWords(randomBytes(pq ? 64 : 32));
  return bech32.encode(pq ? "age-secret-key-pq-" : "age-secret-key-", words, false).toUpperCase();
}

const hits = (text: string, kind: FileKind = "config") =>
  findSecrets(decodeLatin1(Buffer.from(text)), { kind, now: NOW });

interface Case {
  name: string;
  detector: string;
  positive: () => string;
  negatives: string[];
  severity?: "error" | "warning";
}

const CASES: Case[] = [
  {
    name: "GitHub classic token",
    detector: "github-token",
    positive: () => `token = "ghp_${random(ALNUM, 36)}"`,
    negatives: [
      'token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `ghp_${"a1".repeat(10)}`,
      `myghp_${random(ALNUM, 36)}`,
    ],
  },
  {
    name: "GitHub OAuth token",
    detector: "github-token",
    positive: () => `gho_${random(ALNUM, 36)}`,
    negatives: ["gho_short1234"],
  },
  {
    name: "GitHub user-to-server token",
    detector: "github-token",
    positive: () => `ghu_${random(ALNUM, 36)}`,
    negatives: [],
  },
  {
    name: "GitHub installation token",
    detector: "github-token",
    positive: () => `ghs_${random(ALNUM, 36)}`,
    negatives: [],
  },
  {
    name: "GitHub refresh token",
    detector: "github-token",
    positive: () => `ghr_${random(ALNUM, 76)}`,
    negatives: [],
  },
  {
    name: "GitHub fine-grained token",
    detector: "github-token",
    positive: () => `github_pat_${random(ALNUM, 22)}_${random(ALNUM, 59)}`,
    negatives: ["github_pat_ is the prefix of fine-grained tokens"],
  },
  {
    name: "AWS access key id",
    detector: "aws-access-key",
    positive: () => `aws_access_key_id = AKIA${random(UPPER_B32, 16)}`,
    negatives: ["AKIAIOSFODNN7EXAMPLE", `XAKIA${random(UPPER_B32, 16)}`, "AKIA1234"],
  },
  {
    name: "Hugging Face token",
    detector: "huggingface-token",
    positive: () => `HF_TOKEN=hf_${random(LETTERS, 34)}`,
    negatives: [
      "self.hf_model_name_or_path_for_this_thing = 1",
      "HF_TOKEN=hf_demoTokenNotReal0123456789",
      "chf_abcdefghij",
    ],
  },
  {
    name: "Anthropic key",
    detector: "anthropic-key",
    positive: () => `ANTHROPIC_API_KEY=sk-ant-api03-${random(ALNUM, 93)}AA`,
    negatives: ["sk-ant-xxxx", "ANTHROPIC_API_KEY=sk-ant-api03-...", "sk-ant-api03-secretvalue"],
  },
  {
    name: "OpenAI key",
    detector: "openai-key",
    positive: () => `sk-proj-${random(ALNUM, 40)}T3BlbkFJ${random(ALNUM, 40)}`,
    negatives: ["desk-top", "sk-your-openai-key-here", `sk-${random(ALNUM, 48)}`],
  },
  {
    name: "Slack bot token",
    detector: "slack-token",
    positive: () => `xoxb-${randomInt(1e11, 9e11)}-${randomInt(1e12, 9e12)}-${random(ALNUM, 24)}`,
    negatives: ["xoxb-your-token", "xoxb-1234"],
  },
  {
    name: "Slack webhook",
    detector: "slack-webhook",
    positive: () =>
      `https://hooks.slack.com/services/T${random(UPPER_B32, 8)}/B${random(UPPER_B32, 8)}/${random(ALNUM, 24)}`,
    negatives: ["https://hooks.slack.com/services/T000/B000/XXXX"],
  },
  {
    name: "Stripe live key",
    detector: "stripe-key",
    positive: () => `sk_live_${random(ALNUM, 24)}`,
    negatives: ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", `pk_live_${random(ALNUM, 24)}`],
  },
  {
    name: "Stripe test key",
    detector: "stripe-key",
    positive: () => `rk_test_${random(ALNUM, 24)}`,
    negatives: [],
    severity: "warning",
  },
  {
    name: "Google API key",
    detector: "google-api-key",
    positive: () => `"apiKey": "AIza${random(ALNUM, 35)}"`,
    negatives: ["AIzaSy-your-key", `AIza${random(ALNUM, 20)}`],
  },
  {
    name: "npm token",
    detector: "npm-token",
    positive: () => `//registry.npmjs.org/:_authToken=npm_${random(ALNUM, 36)}`,
    negatives: ["npm_config_cache=/tmp/npm", "npm_package_version"],
  },
  {
    name: "PyPI token",
    detector: "pypi-token",
    positive: () => `password = pypi-AgEIcHlwaS5vcmc${random(ALNUM, 60)}`,
    negatives: ["pip install pypi-server", "pypi-AgE-placeholder"],
  },
  {
    name: "Sentry DSN with a key",
    detector: "sentry-dsn",
    positive: () => `SENTRY_DSN=https://${random(HEX, 32)}@o4504.ingest.sentry.io/4504`,
    negatives: ["SENTRY_SDK_DSN=https://public@o0.ingest.sentry.io/1", "https://abc@o1.ingest.sentry.io/2"],
  },
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
    name: "password in a URL",
    detector: "url-password",
    positive: () => `DATABASE_URL=postgres://app:${random(ALNUM, 16)}@db.internal:5432/app`,
    negatives: [
      "postgres://user:password@localhost/db",
      "postgres://postgres:postgres@localhost/db",
      "redis://:${REDIS_PASSWORD}@cache:6379",
      `https://user:${random(ALNUM, 12)}@example.com/`,
      "https://github.com/juniper/secrets-actions",
    ],
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

  test("inside a dotenvx encrypted: value", () => {
    expect(hits(`TOKEN="encrypted:BD${random(ALNUM, 20)}AIza${random(ALNUM, 35)}"`)).toEqual([]);
  });

  test("a generic literal in source code is a warning, an unquoted code expression nothing", () => {
    const value = random(ALNUM, 32);
    expect(hits(`const clientSecret = "${value}";`, "code").map((hit) => hit.severity)).toEqual(["warning"]);
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
  ["a 4-character PIN", "4821", "… (4 chars)"],
  ["a 7-character password", "hunter2", "… (7 chars)"],
  ["a GitHub token", `ghp_${"aB3".repeat(12)}`, "ghp_… (40 chars)"],
  ["a Hugging Face token", `hf_${"xY9".repeat(11)}`, "hf_… (36 chars)"],
  ["an Anthropic key", `sk-ant-api03-${"Qw7".repeat(30)}`, "sk-ant-api03-… (103 chars)"],
  ["a bare known prefix", "ghp_", "… (4 chars)"],
])("%s is shown as its format's fixed prefix and its length only", (_what, secret, shown) => {
  expect(redact(secret)).toBe(shown);
});
