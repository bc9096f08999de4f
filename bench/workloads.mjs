// The files both decrypters are timed on: the age fixtures written by the real sops (listed in
// test/fixtures/sops/SOURCES.md) and generated secret files encrypted by our engine.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { stringify } from "yaml";
import { FIXTURES_DIR, fixtureRows } from "../tools/fixture-sources.mjs";

export const FIXTURES = FIXTURES_DIR;

/** Our format names → sops-age's `fileType`. The binary store is a JSON envelope to sops-age. */
const PEER_FILE_TYPE = { yaml: "yaml", json: "json", dotenv: "env", binary: "json" };

/** Rows of the "Files encrypted to age recipients" table. */
export function ageFixtures() {
  const rows = fixtureRows(FIXTURES).filter((row) => row.table === "age");
  return rows.map((row) => {
    const keyText = readFileSync(path.join(FIXTURES, row.keyFile), "utf8");
    return {
      name: row.file,
      format: row.format,
      peerFileType: PEER_FILE_TYPE[row.format],
      bytes: readFileSync(path.join(FIXTURES, row.file)),
      keyText,
      // sops-age takes one key; the bench tries each X25519 line of the key file during setup.
      peerKeys: keyText
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.startsWith("AGE-SECRET-KEY-1")),
      postQuantum: keyText.includes("AGE-SECRET-KEY-PQ-1"),
      check: row.check,
    };
  });
}

/** mulberry32: the generated plaintexts are identical on every run, so sizes and timings compare. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function secretValues(random) {
  const pick = (alphabet, length) =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const hex = "0123456789abcdef";
  const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const word = () => pick("abcdefghijklmnopqrstuvwxyz", 4 + Math.floor(random() * 6));
  return {
    token: () => `${pick(b64, 43)}=`,
    apiKey: () => `sk_live_${pick(alnum, 32)}`,
    hexKey: () => pick(hex, 64),
    password: () => pick(`${alnum}!#%&*+-=?@^_~`, 12 + Math.floor(random() * 20)),
    url: () =>
      `postgres://${word()}:${pick(alnum, 24)}@${word()}.${word()}.internal:5432/${word()}?sslmode=require`,
    jwt: () => `eyJhbGciOiJIUzI1NiJ9.${pick(alnum, 80)}.${pick(alnum, 43)}`,
    pem: () =>
      `-----BEGIN PRIVATE KEY-----\n${Array.from({ length: 6 }, () => pick(b64, 64)).join("\n")}\n-----END PRIVATE KEY-----\n`,
    port: () => 1024 + Math.floor(random() * 60000),
    flag: () => random() < 0.5,
    word,
  };
}

/**
 * A secrets tree with exactly `leaves` values: services → environments → a dozen settings
 * (credentials, URLs, ports, flags, a list of tokens, now and then a PEM key).
 */
function secretsTree(leaves, seed) {
  const random = prng(seed);
  const v = secretValues(random);
  const shapes = [
    ["api_key", v.apiKey],
    ["db_password", v.password],
    ["db_url", v.url],
    ["signing_key", v.hexKey],
    ["session_secret", v.token],
    ["service_token", v.jwt],
    ["port", v.port],
    ["tls_verify", v.flag],
    ["smtp_password", v.password],
    ["webhook_secret", v.token],
  ];
  const root = {};
  let remaining = leaves;
  for (let service = 0; remaining > 0; service++) {
    const environments = {};
    root[`service_${String(service).padStart(4, "0")}`] = environments;
    for (const env of ["production", "staging", "development"]) {
      if (remaining <= 0) break;
      const settings = {};
      environments[env] = settings;
      for (const [key, make] of shapes) {
        if (remaining <= 0) break;
        settings[key] = make();
        remaining--;
      }
      if (remaining >= 2) {
        settings.backup_tokens = [v.token(), v.token()];
        remaining -= 2;
      }
      if (remaining >= 1 && service % 25 === 0) {
        settings.private_key = v.pem();
        remaining--;
      }
    }
  }
  return root;
}

export function secretsDotenv(keys, seed) {
  const v = secretValues(prng(seed));
  const makers = [v.apiKey, v.password, v.url, v.hexKey, v.token, v.jwt];
  const lines = Array.from(
    { length: keys },
    (_, i) => `SECRET_${v.word().toUpperCase()}_${i}=${makers[i % makers.length]()}`,
  );
  return `${lines.join("\n")}\n`;
}

/** Our engine encrypts the generated files to a throwaway X25519 key. */
export async function generatedWorkloads(engine) {
  const secret = await generateX25519Identity();
  const recipient = await identityToRecipient(secret);
  const encoder = new TextEncoder();
  const specs = [
    { name: "generated: dotenv, 20 keys", format: "dotenv", plain: secretsDotenv(20, 1), large: false },
    {
      name: "generated: YAML, 1,000 keys",
      format: "yaml",
      plain: stringify(secretsTree(1000, 2)),
      large: true,
    },
    {
      name: "generated: YAML, 10,000 keys",
      format: "yaml",
      plain: stringify(secretsTree(10000, 3)),
      large: true,
    },
    {
      name: "generated: JSON, 10,000 keys",
      format: "json",
      plain: JSON.stringify(secretsTree(10000, 3), null, 2),
      large: true,
    },
  ];
  const out = [];
  for (const spec of specs) {
    const bytes = Buffer.from(
      await engine.encrypt(encoder.encode(spec.plain), { format: spec.format, ageGroups: [[recipient]] }),
    );
    out.push({
      name: spec.name,
      format: spec.format,
      peerFileType: PEER_FILE_TYPE[spec.format],
      bytes,
      keyText: `${secret}\n`,
      peerKeys: [secret],
      postQuantum: false,
      large: spec.large,
      plain: spec.plain,
    });
  }
  return out;
}
