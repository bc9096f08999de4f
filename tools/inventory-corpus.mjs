// A generated organisation of repository inventories (the schema of actions/lib/inventory/schema.ts)
// for the merge's benchmark and tests: `repositories` repositories of about `secrets` secrets each,
// names drawn from a pool the repositories share (so most names live in several places, some with the
// same value and some not) and from names of their own. Every draw comes from `random` (an object with
// `int(bound)`), so one seed gives the same organisation on any machine.
import { createHash } from "node:crypto";

const SHARED = [
  "DATABASE_URL",
  "HF_TOKEN",
  "JUNIPER_DATA_API_KEY",
  "SENTRY_DSN",
  "SLACK_WEBHOOK_URL",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "OPENAI_API_KEY",
  "ANTHROPIC_API_KEY",
  "NPM_TOKEN",
  "PYPI_TOKEN",
  "REDIS_URL",
  "POSTGRES_PASSWORD",
  "REGISTRY_PASSWORD",
  "SESSION_SECRET",
];
const PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank", "ci", "deploy-bot", "ops-team"];
const RULES = [
  "plaintext-env-file",
  "generic-secret",
  "sops-rule-not-encrypted",
  "unpinned-uses",
  "github-pat",
];
const FILES = [".env.enc", "config/secrets.enc.yaml", "deploy/.env.production.enc", "secrets.enc.json"];
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 6);

const hex = (text) => createHash("sha256").update(text).digest("hex");
const iso = (time) => new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");

function statusOf(age, max) {
  if (age >= max) return "overdue";
  return age >= max - 14 ? "due-soon" : "ok";
}

function counts(random, scale) {
  const byRule = {};
  for (const rule of RULES) if (random.int(4) === 0) byRule[rule] = 1 + random.int(scale);
  const errors = Object.values(byRule).reduce((sum, value) => sum + value, 0);
  return { errors, warnings: random.int(3), notes: random.int(5), by_rule: byRule };
}

/** One repository's inventory. */
function repository(random, index, secrets) {
  const name = `juniper/service-${String(index).padStart(4, "0")}`;
  const adopted = random.int(10) < 7;
  const unnamed = `age1${hex(`${name}:laptop`).slice(0, 8)}`;
  const readers = [...PEOPLE.filter(() => random.int(3) === 0), ...(random.int(4) === 0 ? [unnamed] : [])];
  const entries = [];
  const used = new Set();
  for (let k = 0; k < secrets; k++) {
    const shared = random.int(10) < 6;
    const base = shared ? SHARED[random.int(SHARED.length)] : `SERVICE_${index}_SECRET_${k}`;
    const secretName = shared && used.has(base) ? `${base}_${k}` : base;
    used.add(secretName);
    const inSops = adopted && random.int(10) < 8;
    const maxAge = [90, 180, 365][random.int(3)];
    const age = random.int(500);
    const digest = random.int(5) === 0 ? null : hex(`${secretName}:${random.int(3)}`);
    const common = {
      last_changed: iso(NOW - age * DAY),
      age_days: age,
      exact: random.int(10) > 0,
      max_age_days: maxAge,
      status: statusOf(age, maxAge),
      digest,
    };
    entries.push(
      inSops
        ? {
            name: secretName,
            source: "sops",
            file: FILES[random.int(FILES.length)],
            key: secretName,
            readers: readers.length > 0 ? readers : ["ci"],
            commit: hex(`${name}:${k}`).slice(0, 40),
            ...common,
          }
        : {
            name: secretName,
            source: "github",
            scope: random.int(4) === 0 ? "environment" : "repository",
            ...(random.int(4) === 0 ? { environment: "production" } : {}),
            ...common,
          },
    );
  }
  return {
    schema: "secrets-actions/inventory@1",
    repository: name,
    commit: hex(name).slice(0, 40),
    generated_at: iso(NOW),
    adopted,
    recipients: PEOPLE.map((person) => ({ name: person, recipients: [`age1${hex(person).slice(0, 58)}`] })),
    secrets: entries,
    verify: { tree: counts(random, 3), history: random.int(3) === 0 ? null : counts(random, 2) },
    problems:
      random.int(10) === 0 ? ["the history was not read: a shallow clone (fetch-depth: 0 reads it)"] : [],
  };
}

/** `repositories` inventories (objects; JSON.stringify them to write files). */
export function generateOrganisation({ repositories = 500, secrets = 50, random }) {
  return Array.from({ length: repositories }, (_, index) => repository(random, index, secrets));
}
