/**
 * The detection corpus of verify-no-plaintext: files as people write them, with credentials (which must
 * be errors) and look-alikes (which must not be), built from the providers' documentation and from
 * values generated at run time. It measures the detectors (test/corpus.test.ts asserts each case,
 * `npm run corpus` prints recall and false positives); it is not a copy of any scanner's test data.
 *
 * - SYNTAXES: every place a value is assigned, each a function (name, value) → a file.
 * - Claimed formats: each shape row of the credential table (as the table draws it) plus the current
 *   and legacy forms the providers document (/tmp/research/credential-shapes.md), in rotating syntaxes.
 * - Name-only providers: credentials with no distinctive shape, assigned to names that say what they
 *   are, in every syntax.
 * - Non-secrets: placeholders, provider documentation examples, CSRF tokens, off-by-one lengths,
 *   hashes, UUIDs, images, lockfile integrity, public keys.
 * - The Juniper placeholder files: what a Python service's templates and settings hold.
 *
 * Every random value comes from the test file's seeded generator (random.ts), drawn in a fixed order
 * by buildCorpus(). No line of this file holds a credential-shaped literal: documentation examples are
 * joined from parts at run time.
 */
import { bech32 } from "@scure/base";
import { CREDENTIAL_FORMATS, type CredentialFormat } from "../../actions/lib/scan/credentials.js";
import { findSecrets, isApiDescription } from "../../actions/lib/scan/patterns.js";
import { Scanner } from "../../actions/lib/scan/scanner.js";
import { CHARACTER_CLASSES, parseShape, type Segment } from "../../actions/lib/scan/shapes.js";
import { redact } from "../../actions/lib/scan/values.js";
import { ageKey, classCharacters, pem, placeholderOf, randomRun } from "./credential-examples.js";
import { random } from "./random.js";

// --- Cases ------------------------------------------------------------------------------------------

export type Group = "claimed" | "name-only" | "non-secret" | "juniper";
/**
 * - `error`: some hit is an error.
 * - `reported`: some hit is an error or a warning (a name-only value in a docs file: generic values
 *   there are warnings by design).
 * - `not-error`: no hit is an error (a warning or a note is counted, not failed).
 * - `quiet`: no error and no warning (a note is fine).
 */
export type Expectation = "error" | "reported" | "not-error" | "quiet";
export type Form = "table" | "current" | "legacy";

export interface CorpusCase {
  group: Group;
  /** Report family (`source & CI`, `AI`, ...) or, for non-secrets, the set (`placeholder`, `hash`...). */
  family: string;
  /** What the value is: "Slack workflow webhook (triggers)". */
  format: string;
  form?: Form;
  syntax: string;
  path: string;
  text: string;
  /** The value as generated (for the report, only ever shown redacted). */
  value: string;
  /** Its format's fixed prefix, the only part of it a report may show. */
  prefix: string;
  expect: Expectation;
  /** The detector id that should find it (claimed formats). */
  detector?: string;
}

export type Level = "error" | "warning" | "note" | "none";

export interface Outcome {
  level: Level;
  /** The detectors of the hits at that level. */
  detectors: string[];
}

const RANK: Record<string, number> = { error: 3, warning: 2, note: 1 };

/** What the detectors say of a case's file: its most severe hit. */
export function outcome(corpusCase: CorpusCase, now: number): Outcome {
  // Read as verify reads the file: its kind, whether its path is a test or doc, what document it is.
  const bytes = Buffer.from(corpusCase.text);
  const options = new Scanner({ now }).patternOptions(corpusCase.path, isApiDescription(bytes));
  const hits = findSecrets(bytes, options);
  let level: Level = "none";
  for (const hit of hits) {
    const severity = hit.severity as string;
    if ((RANK[severity] ?? 0) > (RANK[level] ?? 0)) level = severity as Level;
  }
  const detectors = [...new Set(hits.filter((hit) => hit.severity === level).map((hit) => hit.detector))];
  return { level, detectors };
}

export function meets(expectation: Expectation, level: Level): boolean {
  switch (expectation) {
    case "error":
      return level === "error";
    case "reported":
      return level === "error" || level === "warning";
    case "not-error":
      return level !== "error";
    case "quiet":
      return level !== "error" && level !== "warning";
  }
}

/** A value as a report may show it: its format's prefix and its length, nothing of its body. */
export function redacted(corpusCase: CorpusCase): string {
  return redact(corpusCase.value, corpusCase.prefix);
}

/** The instant the corpus is judged at: the generated JWTs expire a year after it. */
export const CORPUS_NOW = Date.UTC(2026, 6, 1);

// --- Drawing values of a shape ----------------------------------------------------------------------

/** Random characters as a generator makes them: mixed classes, no placeholder word or run by chance. */
const run = randomRun;

const chars = (name: keyof typeof CHARACTER_CLASSES) => classCharacters(CHARACTER_CLASSES[name]);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const uuid = () =>
  `${run(chars("hex"), 8)}-${run(chars("hex"), 4)}-4${run(chars("hex"), 3)}-a${run(chars("hex"), 3)}-${run(chars("hex"), 12)}`;

/** A service's JWT as an identity provider signs one: RS256, a key id, claims valid for a year. */
function serviceJwt(): string {
  const iat = Math.floor(CORPUS_NOW / 1000) - 86_400;
  const header = base64url({ alg: "RS256", typ: "JWT", kid: run(chars("token"), 16) });
  const claims = base64url({
    iss: "https://auth.acme-corp.net/",
    sub: `svc-${run(chars("lowernum"), 8)}`,
    aud: "api.acme-corp.net",
    scope: "deploy:write",
    iat,
    exp: iat + 366 * 86_400,
  });
  return `${header}.${claims}.${run(chars("token"), 342)}`;
}

/** A Mapbox token: `sk.`/`pk.` + base64url JSON naming the account + `.` + 22 characters. */
const mapbox = (kind: "sk" | "pk") =>
  `${kind}.${base64url({ u: `acme-${run(chars("lower"), 6)}`, a: run(chars("lowernum"), 25) })}.${run(chars("token"), 22)}`;

/** A Sentry organization token: `sntrys_` + base64 of its facts + `_` + base64 of 32 random bytes. */
function sentryOrgToken(): string {
  const facts = {
    iat: CORPUS_NOW / 1000,
    url: "https://sentry.io",
    region_url: "https://us.sentry.io",
    org: "acme",
  };
  const strip = (text: string) => text.replace(/=+$/, "");
  return `sntrys_${strip(Buffer.from(JSON.stringify(facts)).toString("base64"))}_${strip(random.bytes(32).toString("base64"))}`;
}

/** An age recipient (public key): `age1` + bech32 of 32 bytes. */
const ageRecipient = () => bech32.encode("age", bech32.toWords(random.bytes(32)));

const SPECIALS: Record<string, () => string> = {
  uuid,
  jwt: serviceJwt,
  "jwt-base64": () => Buffer.from(serviceJwt()).toString("base64"),
  age: () => ageKey(),
  "age-pq": () => ageKey(true),
  "mapbox-secret": () => mapbox("sk"),
  "mapbox-public": () => mapbox("pk"),
  "sentry-org": sentryOrgToken,
  pem: () => pem("RSA PRIVATE KEY"),
  "pem-rsa": () => pem("RSA PRIVATE KEY"),
  "pem-pkcs8": () => pem("PRIVATE KEY"),
  "pem-ec": () => pem("EC PRIVATE KEY"),
  "pem-openssh": () => pem("OPENSSH PRIVATE KEY"),
  "pem-pgp": () => pem("PGP PRIVATE KEY BLOCK"),
};

type ClassSegment = Extract<Segment, { kind: "class" }>;

interface Drawn {
  value: string;
  prefix: string;
}

/**
 * A value of a shape: a random alternative of each literal choice, a realistic length of each range
 * (often its minimum, otherwise low in the range; an open range up to half again), the specials above.
 * `lengthOf` overrides the length of a class segment (by index).
 */
function draw(shape: string, lengthOf?: (segment: ClassSegment, index: number) => number | undefined): Drawn {
  let prefix = "";
  let leading = true;
  const value = parseShape(shape)
    .map((segment, index) => {
      if (segment.kind === "literal") {
        const option = segment.options[random.int(segment.options.length)] ?? "";
        if (leading) prefix += option;
        return option;
      }
      leading = false;
      if (segment.kind === "special") {
        const make = SPECIALS[segment.name];
        if (!make) throw new Error(`corpus: no generator for {${segment.name}}`);
        return make();
      }
      const length = lengthOf?.(segment, index) ?? realisticLength(segment);
      return run(chars(segment.name), length);
    })
    .join("");
  return { value, prefix };
}

function realisticLength({ min, max }: ClassSegment): number {
  if (min === max) return min;
  if (max >= 1024) return min + random.int(Math.floor(min / 2) + 1);
  return random.int(2) === 0 ? min : min + random.int(Math.floor((max - min) / 4) + 1);
}

/** The literal a shape starts with, first alternatives (as placeholderOf spells it). */
function leadingLiteral(shape: string): string {
  let prefix = "";
  for (const segment of parseShape(shape)) {
    if (segment.kind !== "literal") break;
    prefix += segment.options[0] ?? "";
  }
  return prefix;
}

// --- Names ------------------------------------------------------------------------------------------

export interface Names {
  /** HF_TOKEN */
  env: string;
  /** hfToken */
  camel: string;
  /** HfToken */
  pascal: string;
  /** hf_token */
  snake: string;
  /** hf.token */
  dotted: string;
}

function names(env: string): Names {
  const words = env.toLowerCase().split("_");
  const capital = (word: string) => (word[0] ?? "").toUpperCase() + word.slice(1);
  const pascal = words.map(capital).join("");
  return {
    env,
    camel: (words[0] ?? "") + words.slice(1).map(capital).join(""),
    pascal,
    snake: words.join("_"),
    dotted: words.join("."),
  };
}

// --- Syntaxes ---------------------------------------------------------------------------------------

/** Values some syntaxes are only for (npm tokens in .npmrc), or that need syntaxes of their own. */
export type Tag = "npm" | "pypi" | "url" | "jwt" | "pem" | "age";

export interface Syntax {
  id: string;
  /** A docs file (README, .txt): a generic value there is a warning by design. */
  docs?: boolean;
  /** Only for values with this tag (a fixed-name file), or, for `pem`, the only syntaxes of a key. */
  only?: Tag;
  /** Not for values with these tags (a URL inside a URL's userinfo). */
  not?: Tag[];
  render: (name: Names, value: string) => { path: string; text: string };
}

const xml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const json = (value: string) => JSON.stringify(value);
const indent = (text: string, by: string) =>
  text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => by + line)
    .join("\n");

/** A JWT wrapped after each `.`, the next part indented: how long tokens are folded in YAML and docs. */
const wrapJwt = (value: string, continuation: string, indentation: string) =>
  value.split(".").join(`.${continuation}\n${indentation}`);

export const SYNTAXES: readonly Syntax[] = [
  { id: "sh", render: (n, v) => ({ path: "deploy/env.sh", text: `#!/bin/sh\n${n.env}=${v}\n` }) },
  { id: "sh-export", render: (n, v) => ({ path: "deploy/profile.sh", text: `export ${n.env}=${v}\n` }) },
  {
    id: "sh-export-quoted",
    render: (n, v) => ({ path: "deploy/profile.sh", text: `#!/usr/bin/env bash\nexport ${n.env}="${v}"\n` }),
  },
  {
    id: "dotenv",
    render: (n, v) => ({ path: "services/api/.env", text: `APP_ENV=production\n${n.env}=${v}\n` }),
  },
  {
    id: "docker-env",
    render: (n, v) => ({
      path: "deploy/Dockerfile",
      text: `FROM python:3.12-slim\nENV ${n.env}=${v}\nCMD ["app"]\n`,
    }),
  },
  {
    id: "docker-env-space",
    render: (n, v) => ({
      path: "deploy/Dockerfile",
      text: `FROM python:3.12-slim\nENV ${n.env} ${v}\nCMD ["app"]\n`,
    }),
  },
  {
    id: "docker-arg",
    render: (n, v) => ({ path: "deploy/Dockerfile", text: `FROM node:22\nARG ${n.env}=${v}\nRUN npm ci\n` }),
  },
  { id: "powershell", render: (n, v) => ({ path: "deploy/setup.ps1", text: `$env:${n.env} = "${v}"\n` }) },
  {
    id: "make-colon",
    render: (n, v) => ({ path: "Makefile", text: `${n.env} := ${v}\n\ndeploy:\n\t./deploy.sh\n` }),
  },
  {
    id: "make-posix",
    render: (n, v) => ({ path: "Makefile", text: `${n.env} ::= ${v}\n\ndeploy:\n\t./deploy.sh\n` }),
  },
  {
    id: "make-cond",
    render: (n, v) => ({ path: "Makefile", text: `${n.env} ?= ${v}\n\ndeploy:\n\t./deploy.sh\n` }),
  },
  {
    id: "make-plain",
    render: (n, v) => ({ path: "Makefile", text: `${n.env} = ${v}\n\ndeploy:\n\t./deploy.sh\n` }),
  },
  {
    id: "xml-element",
    render: (n, v) => ({
      path: "config/settings.xml",
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<settings>\n  <${n.camel}>${xml(v)}</${n.camel}>\n</settings>\n`,
    }),
  },
  {
    id: "xml-add",
    render: (n, v) => ({
      path: "config/appsettings.xml",
      text: `<configuration>\n  <appSettings>\n    <add key="${n.env}" value="${xml(v)}"/>\n  </appSettings>\n</configuration>\n`,
    }),
  },
  {
    id: "go-var",
    render: (n, v) => ({
      path: "src/config/config.go",
      text: `package config\n\nvar ${n.camel} string = "${v}"\n`,
    }),
  },
  {
    id: "go-short",
    render: (n, v) => ({
      path: "src/config/client.go",
      text: `package config\n\nfunc newClient() *Client {\n\t${n.camel} := "${v}"\n\treturn &Client{token: ${n.camel}}\n}\n`,
    }),
  },
  { id: "php", render: (n, v) => ({ path: "src/config.php", text: `<?php\n$${n.snake} = '${v}';\n` }) },
  {
    id: "php-append",
    render: (n, v) => ({
      path: "src/config.php",
      text: `<?php\n$${n.snake} = '';\n$${n.snake} .= '${v}';\n`,
    }),
  },
  {
    id: "java-system",
    render: (n, v) => ({
      path: "src/main/java/app/Config.java",
      text: `package app;\n\nclass Config {\n  static void init() {\n    System.setProperty("${n.env}", "${v}");\n  }\n}\n`,
    }),
  },
  {
    id: "kotlin-props",
    render: (n, v) => ({
      path: "src/main/kotlin/app/Config.kt",
      text: `package app\n\nval props = java.util.Properties()\n\nfun configure() {\n    props.setProperty("${n.dotted}", "${v}")\n}\n`,
    }),
  },
  {
    id: "cs-property",
    render: (n, v) => ({
      path: "src/App/Settings.cs",
      text: `namespace App;\n\npublic class Settings\n{\n    public string ${n.pascal} { get; set; } = "${v}";\n}\n`,
    }),
  },
  {
    id: "cs-const",
    render: (n, v) => ({
      path: "src/App/Secrets.cs",
      text: `namespace App;\n\ninternal static class Secrets\n{\n    const string ${n.pascal} = "${v}";\n}\n`,
    }),
  },
  {
    id: "toml",
    render: (n, v) => ({ path: "config/settings.toml", text: `[service]\n${n.snake} = ${json(v)}\n` }),
  },
  { id: "ini", render: (n, v) => ({ path: "config/app.ini", text: `[service]\n${n.snake} = ${v}\n` }) },
  { id: "yaml", render: (n, v) => ({ path: "deploy/values.yaml", text: `service:\n  ${n.snake}: ${v}\n` }) },
  {
    id: "yaml-quoted",
    render: (n, v) => ({ path: "deploy/values.yaml", text: `service:\n  ${n.snake}: ${json(v)}\n` }),
  },
  {
    id: "json",
    render: (n, v) => ({
      path: "config/settings.json",
      text: `{\n  "service": {\n    "${n.snake}": ${json(v)}\n  }\n}\n`,
    }),
  },
  {
    id: "ipynb",
    render: (n, v) => ({
      path: "notebooks/explore.ipynb",
      text: `${JSON.stringify(
        {
          cells: [
            {
              cell_type: "code",
              execution_count: 1,
              metadata: {},
              outputs: [],
              source: ["config = {\n", `    "${n.snake}": "${v}",\n`, "}\n"],
            },
          ],
          metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      )}\n`,
    }),
  },
  {
    id: "npmrc",
    only: "npm",
    render: (_n, v) => ({
      path: ".npmrc",
      text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\n`,
    }),
  },
  {
    id: "pypirc",
    only: "pypi",
    render: (_n, v) => ({
      path: "deploy/.pypirc",
      text: `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${v}\n`,
    }),
  },
  {
    id: "netrc",
    not: ["url"],
    render: (_n, v) => ({ path: "deploy/.netrc", text: `machine api.example.com login me password ${v}\n` }),
  },
  {
    id: "url-userinfo",
    not: ["url"],
    render: (_n, v) => ({
      path: "scripts/clone.sh",
      // Userinfo is percent-encoded (RFC 3986 §3.2.1): a `/` or `+` in a password is written `%2F`, `%2B`.
      text: `#!/bin/sh\ngit clone https://ci-bot:${encodeURIComponent(v)}@git.acme-corp.net/platform/api.git\n`,
    }),
  },
  {
    id: "curl",
    only: "url",
    render: (_n, v) => ({
      path: "scripts/notify.sh",
      text: `#!/bin/sh\ncurl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' ${v}\n`,
    }),
  },
  { id: "fish", render: (n, v) => ({ path: "config/fish/conf.d/env.fish", text: `set -x ${n.env} ${v}\n` }) },
  { id: "csh", render: (n, v) => ({ path: "deploy/env.csh", text: `setenv ${n.env} ${v}\n` }) },
  {
    id: "python",
    render: (n, v) => ({ path: "src/app/settings.py", text: `import os\n\n${n.env} = "${v}"\n` }),
  },
  {
    id: "javascript",
    render: (n, v) => ({
      path: "src/config.js",
      text: `const ${n.camel} = "${v}";\n\nexport default { ${n.camel} };\n`,
    }),
  },
  {
    id: "txt",
    docs: true,
    render: (n, v) => ({ path: "ops/handover.txt", text: `Production settings\n\n${n.env}=${v}\n` }),
  },
  {
    id: "readme",
    docs: true,
    render: (n, v) => ({
      path: "README.md",
      text: `# Deploy\n\n\`\`\`sh\nexport ${n.env}=${v}\n./deploy.sh\n\`\`\`\n`,
    }),
  },
  // Values that need syntaxes of their own.
  {
    id: "yaml-wrapped",
    only: "jwt",
    render: (n, v) => ({
      path: "deploy/values.yaml",
      text: `service:\n  ${n.snake}: ${wrapJwt(v, "", "    ")}\n`,
    }),
  },
  {
    id: "properties-wrapped",
    only: "jwt",
    render: (n, v) => ({
      path: "src/main/resources/application.properties",
      text: `service.url=https://api.acme-corp.net\nservice.${n.dotted}=${wrapJwt(v, "\\", "    ")}\n`,
    }),
  },
  {
    id: "age-keys-file",
    only: "age",
    render: (_n, v) => ({
      path: "deploy/age/keys.txt",
      text: `# created: 2026-03-02T10:14:55+01:00\n# public key: ${ageRecipient()}\n${v}\n`,
    }),
  },
  { id: "pem-file", only: "pem", render: (_n, v) => ({ path: "deploy/keys/id_service", text: v }) },
  {
    id: "pem-sh",
    only: "pem",
    render: (n, v) => ({ path: "deploy/keys.sh", text: `export ${n.env}="${v}"\n` }),
  },
  {
    id: "pem-dotenv",
    only: "pem",
    render: (n, v) => ({
      path: "services/api/.env",
      text: `${n.env}="${v.replace(/\n$/, "").split("\n").join("\\n")}"\n`,
    }),
  },
  {
    id: "pem-json",
    only: "pem",
    render: (_n, v) => ({
      path: "config/service-account.json",
      text: `${JSON.stringify({ type: "service_account", project_id: "acme-prod", private_key_id: run(chars("hex"), 40), private_key: v }, null, 2)}\n`,
    }),
  },
  {
    id: "pem-yaml",
    only: "pem",
    render: (n, v) => ({ path: "deploy/tls.yaml", text: `tls:\n  ${n.snake}: |\n${indent(v, "    ")}\n` }),
  },
  {
    id: "pem-python",
    only: "pem",
    render: (n, v) => ({ path: "src/app/signing.py", text: `${n.env} = """${v}"""\n` }),
  },
];

const syntax = (id: string): Syntax => {
  const found = SYNTAXES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`corpus: no syntax ${id}`);
  return found;
};

/** The syntaxes any value can be written in. */
const UNIVERSAL = SYNTAXES.filter((candidate) => candidate.only === undefined);

function syntaxesFor(tags: readonly Tag[]): Syntax[] {
  if (tags.includes("pem")) return SYNTAXES.filter((candidate) => candidate.only === "pem");
  return SYNTAXES.filter(
    (candidate) =>
      (candidate.only === undefined || tags.includes(candidate.only)) &&
      !(candidate.not ?? []).some((tag) => tags.includes(tag)),
  );
}

// --- Claimed formats --------------------------------------------------------------------------------

const FAMILIES: Record<string, string[]> = {
  "source & CI": [
    "github-token",
    "github-app-installation-token",
    "github-fine-grained-token",
    "gitlab-token",
    "npm-token",
    "pypi-token",
    "rubygems-token",
    "clojars-token",
    "docker-hub-token",
    "artifactory-token",
    "sourcegraph-token",
    "sonarqube-token",
    "octopus-deploy-key",
    "harness-token",
    "readme-token",
    "prefect-token",
    "pulumi-token",
    "infracost-token",
    "postman-token",
    "terraform-cloud-token",
  ],
  "secrets managers": ["vault-token", "doppler-token", "1password-token", "1password-secret-key"],
  cloud: [
    "aws-access-key",
    "google-api-key",
    "azure-client-secret",
    "alibaba-access-key",
    "digitalocean-token",
    "cloudflare-origin-ca-key",
    "heroku-token",
    "flyio-token",
    "vercel-token",
    "tailscale-key",
    "openshift-token",
    "scalingo-token",
    "planetscale-token",
    "databricks-token",
    "clickhouse-key",
    "yandex-api-key",
  ],
  observability: [
    "dynatrace-token",
    "new-relic-key",
    "grafana-token",
    "maxmind-license-key",
    "sentry-token",
    "sentry-dsn",
  ],
  AI: ["anthropic-key", "openai-key", "huggingface-token", "groq-key", "perplexity-key"],
  chat: ["slack-token", "slack-webhook", "teams-webhook"],
  "SaaS & collaboration": [
    "atlassian-token",
    "linear-key",
    "notion-token",
    "figma-token",
    "frameio-token",
    "typeform-token",
    "hubspot-token",
    "adobe-client-secret",
    "authress-key",
    "defined-networking-token",
    "intra42-secret",
    "settlemint-token",
  ],
  "email & social": [
    "mailchimp-key",
    "sendgrid-key",
    "twilio-key",
    "brevo-key",
    "twitter-bearer-token",
    "facebook-token",
  ],
  payments: [
    "stripe-key",
    "shopify-token",
    "square-token",
    "plaid-token",
    "flutterwave-key",
    "duffel-token",
    "easypost-key",
    "shippo-token",
  ],
  "keys & generic": ["age-secret-key", "private-key", "jwt", "url-password"],
};

export const NAME_ONLY_FAMILY = "name-only providers";

const familyOf = (id: string) => Object.entries(FAMILIES).find(([, ids]) => ids.includes(id))?.[0] ?? "other";

/** The variable names people give each credential (the first ones are the providers' own). */
const VARIABLES: Record<string, string[]> = {
  "github-token": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
  "github-app-installation-token": ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"],
  "github-fine-grained-token": ["GITHUB_PAT", "GH_TOKEN"],
  "gitlab-token": ["GITLAB_TOKEN", "CI_JOB_TOKEN", "GITLAB_RUNNER_TOKEN"],
  "npm-token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
  "pypi-token": ["PYPI_API_TOKEN", "TWINE_PASSWORD"],
  "rubygems-token": ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"],
  "clojars-token": ["CLOJARS_PASSWORD", "CLOJARS_TOKEN"],
  "docker-hub-token": ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"],
  "artifactory-token": ["ARTIFACTORY_API_KEY", "JFROG_ACCESS_TOKEN"],
  "sourcegraph-token": ["SRC_ACCESS_TOKEN"],
  "sonarqube-token": ["SONAR_TOKEN"],
  "octopus-deploy-key": ["OCTOPUS_API_KEY"],
  "harness-token": ["HARNESS_API_KEY"],
  "readme-token": ["README_API_KEY"],
  "prefect-token": ["PREFECT_API_KEY"],
  "pulumi-token": ["PULUMI_ACCESS_TOKEN"],
  "infracost-token": ["INFRACOST_API_KEY"],
  "postman-token": ["POSTMAN_API_KEY"],
  "terraform-cloud-token": ["TF_TOKEN_APP_TERRAFORM_IO", "TFE_TOKEN"],
  "vault-token": ["VAULT_TOKEN"],
  "doppler-token": ["DOPPLER_TOKEN"],
  "1password-token": ["OP_SERVICE_ACCOUNT_TOKEN"],
  "1password-secret-key": ["OP_SECRET_KEY", "ONEPASSWORD_SECRET_KEY"],
  "aws-access-key": ["AWS_ACCESS_KEY_ID"],
  "google-api-key": ["GOOGLE_API_KEY", "GEMINI_API_KEY"],
  "azure-client-secret": ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"],
  "alibaba-access-key": ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
  "digitalocean-token": ["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"],
  "cloudflare-origin-ca-key": ["CF_ORIGIN_CA_KEY"],
  "heroku-token": ["HEROKU_API_KEY"],
  "flyio-token": ["FLY_API_TOKEN"],
  "vercel-token": ["VERCEL_TOKEN"],
  "tailscale-key": ["TS_AUTHKEY", "TAILSCALE_API_KEY"],
  "openshift-token": ["OPENSHIFT_TOKEN", "OC_TOKEN"],
  "scalingo-token": ["SCALINGO_API_TOKEN"],
  "planetscale-token": ["PLANETSCALE_SERVICE_TOKEN", "DATABASE_PASSWORD"],
  "databricks-token": ["DATABRICKS_TOKEN"],
  "clickhouse-key": ["CLICKHOUSE_SECRET_KEY"],
  "yandex-api-key": ["YC_API_KEY"],
  "dynatrace-token": ["DT_API_TOKEN"],
  "new-relic-key": ["NEW_RELIC_API_KEY", "NEW_RELIC_LICENSE_KEY"],
  "grafana-token": ["GRAFANA_TOKEN", "GRAFANA_SERVICE_ACCOUNT_TOKEN"],
  "maxmind-license-key": ["MAXMIND_LICENSE_KEY"],
  "sentry-token": ["SENTRY_AUTH_TOKEN"],
  "sentry-dsn": ["SENTRY_DSN"],
  "anthropic-key": ["ANTHROPIC_API_KEY"],
  "openai-key": ["OPENAI_API_KEY"],
  "huggingface-token": ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
  "groq-key": ["GROQ_API_KEY"],
  "perplexity-key": ["PERPLEXITY_API_KEY"],
  "slack-token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN"],
  "slack-webhook": ["SLACK_WEBHOOK_URL"],
  "teams-webhook": ["TEAMS_WEBHOOK_URL"],
  "atlassian-token": ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN"],
  "linear-key": ["LINEAR_API_KEY"],
  "notion-token": ["NOTION_TOKEN"],
  "figma-token": ["FIGMA_TOKEN"],
  "frameio-token": ["FRAMEIO_TOKEN"],
  "typeform-token": ["TYPEFORM_TOKEN"],
  "hubspot-token": ["HUBSPOT_ACCESS_TOKEN"],
  "adobe-client-secret": ["ADOBE_CLIENT_SECRET"],
  "authress-key": ["AUTHRESS_SERVICE_CLIENT_ACCESS_KEY"],
  "defined-networking-token": ["DN_API_TOKEN"],
  "intra42-secret": ["FT_CLIENT_SECRET"],
  "settlemint-token": ["SETTLEMINT_ACCESS_TOKEN"],
  "mailchimp-key": ["MAILCHIMP_API_KEY"],
  "sendgrid-key": ["SENDGRID_API_KEY"],
  "twilio-key": ["TWILIO_API_KEY"],
  "brevo-key": ["BREVO_API_KEY"],
  "twitter-bearer-token": ["TWITTER_BEARER_TOKEN"],
  "facebook-token": ["FB_PAGE_ACCESS_TOKEN"],
  "stripe-key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
  "shopify-token": ["SHOPIFY_ACCESS_TOKEN"],
  "square-token": ["SQUARE_ACCESS_TOKEN"],
  "plaid-token": ["PLAID_ACCESS_TOKEN"],
  "flutterwave-key": ["FLW_SECRET_KEY"],
  "duffel-token": ["DUFFEL_ACCESS_TOKEN"],
  "easypost-key": ["EASYPOST_API_KEY"],
  "shippo-token": ["SHIPPO_API_TOKEN"],
  "age-secret-key": ["SOPS_AGE_KEY"],
  "private-key": ["PRIVATE_KEY", "TLS_KEY"],
  jwt: ["API_TOKEN", "SERVICE_JWT", "ACCESS_TOKEN"],
  "url-password": ["DATABASE_URL", "REDIS_URL"],
};

interface Spec {
  family: string;
  format: string;
  form: Form;
  /** The detector that claims it (none for name-only providers). */
  detector?: string;
  variables: string[];
  shape: string;
  tags?: Tag[];
  /** Not a real credential of this form: skipped (a test-mode table alternative). */
  reject?: (value: string) => boolean;
}

/** The current and legacy forms the providers document (research notes), beyond the table's shapes. */
const RESEARCH_FORMS: Array<Omit<Spec, "family" | "variables"> & { variables?: string[] }> = [
  // Source hosting and CI
  { detector: "github-token", format: "GitHub classic PAT", form: "current", shape: "ghp_{alnum:36}" },
  { detector: "github-token", format: "GitHub OAuth token", form: "current", shape: "gho_{alnum:36}" },
  {
    detector: "github-fine-grained-token",
    format: "GitHub fine-grained PAT (82 word chars)",
    form: "current",
    shape: "github_pat_{alnum:22}_{alnum:59}",
  },
  {
    detector: "github-app-installation-token",
    format: "GitHub stateless installation token (ghs_APPID_JWT)",
    form: "current",
    shape: "ghs_{digits:7}_{jwt}",
  },
  { detector: "gitlab-token", format: "GitLab PAT (20 chars)", form: "legacy", shape: "glpat-{token:20}" },
  {
    detector: "npm-token",
    format: "npm granular token",
    form: "current",
    shape: "npm_{alnum:36}",
    tags: ["npm"],
  },
  {
    detector: "pypi-token",
    format: "PyPI token (pypi.org macaroon)",
    form: "current",
    shape: "pypi-AgEIcHlwaS5vcmc{token:150-190}",
    tags: ["pypi"],
  },
  {
    detector: "pypi-token",
    format: "TestPyPI token",
    form: "current",
    shape: "pypi-AgENdGVzdC5weXBpLm9yZw{token:150-190}",
    tags: ["pypi"],
  },
  { detector: "sonarqube-token", format: "SonarQube user token", form: "current", shape: "squ_{hex:40}" },
  { detector: "docker-hub-token", format: "Docker Hub PAT", form: "current", shape: "dckr_pat_{token:27}" },
  // Secrets managers
  {
    detector: "vault-token",
    format: "Vault service token (95 chars)",
    form: "current",
    shape: "hvs.{token:91}",
  },
  {
    detector: "vault-token",
    format: "HCP Vault service token (long)",
    form: "current",
    shape: "hvs.{token:160-200}",
  },
  { detector: "vault-token", format: "Vault batch token", form: "current", shape: "hvb.{token:150-260}" },
  {
    detector: "vault-token",
    format: "Vault service token (pre-1.10 s.)",
    form: "legacy",
    shape: "s.{alnum:24}",
  },
  {
    detector: "doppler-token",
    format: "Doppler service token with environment",
    form: "current",
    shape: "dp.st.prd.{alnum:43}",
  },
  {
    detector: "doppler-token",
    format: "Doppler service account identity token",
    form: "current",
    shape: "dp.said.{alnum:43}",
  },
  {
    detector: "1password-secret-key",
    format: "1Password Secret Key (six groups)",
    form: "current",
    shape: "A3-{upnum:6}-{upnum:6}-{upnum:5}-{upnum:5}-{upnum:5}-{upnum:5}",
  },
  // Cloud
  {
    detector: "heroku-token",
    format: "Heroku OAuth token (65 chars)",
    form: "current",
    shape: "HRKU-AA{token:58}",
  },
  {
    detector: "heroku-token",
    format: "Heroku OAuth token (HRKU-uuid)",
    form: "legacy",
    shape: "HRKU-{uuid}",
  },
  {
    detector: "alibaba-access-key",
    format: "Alibaba AccessKey ID (16 chars)",
    form: "legacy",
    shape: "LTAI{alnum:12}",
  },
  {
    detector: "databricks-token",
    format: "Azure Databricks PAT (-N suffix)",
    form: "current",
    shape: "dapi{hex:32}-2",
  },
  {
    detector: "azure-client-secret",
    format: "Entra client secret (40 chars)",
    form: "current",
    shape: "{azure:3}{digits:1}Q~{azuretail:34}",
  },
  {
    detector: "aws-access-key",
    format: "AWS temporary access key id",
    form: "current",
    shape: "ASIA{b32:16}",
  },
  // Observability
  { detector: "new-relic-key", format: "New Relic user key", form: "current", shape: "NRAK-{upnum:27}" },
  {
    detector: "new-relic-key",
    format: "New Relic browser key (lower-case body)",
    form: "current",
    shape: "NRJS-{hex:19}",
  },
  {
    detector: "new-relic-key",
    format: "New Relic insert key (lower-case body)",
    form: "current",
    shape: "NRII-{token:32}",
  },
  {
    detector: "new-relic-key",
    format: "New Relic license key (…NRAL)",
    form: "current",
    shape: "{hex:36}NRAL",
    variables: ["NEW_RELIC_LICENSE_KEY"],
  },
  {
    detector: "sentry-dsn",
    format: "Sentry DSN",
    form: "current",
    shape: "https://{hex:32}@o{digits:6}.ingest.sentry.io/{digits:7}",
    tags: ["url"],
  },
  {
    detector: "sentry-dsn",
    format: "Sentry DSN (regional host)",
    form: "current",
    shape: "https://{hex:32}@o{digits:6}.ingest.us.sentry.io/{digits:7}",
    tags: ["url"],
  },
  {
    detector: "sentry-dsn",
    format: "Sentry DSN (public:secret, sentry.io/N)",
    form: "legacy",
    shape: "https://{hex:32}:{hex:32}@sentry.io/{digits:6}",
    tags: ["url"],
  },
  {
    detector: "sentry-dsn",
    format: "Sentry DSN (app.getsentry.com)",
    form: "legacy",
    shape: "https://{hex:32}:{hex:32}@app.getsentry.com/{digits:5}",
    tags: ["url"],
  },
  { detector: "sentry-token", format: "Sentry organization token", form: "current", shape: "{sentry-org}" },
  // AI
  {
    detector: "anthropic-key",
    format: "Anthropic API key (108 chars)",
    form: "current",
    shape: "sk-ant-api03-{token:93}AA",
  },
  {
    detector: "anthropic-key",
    format: "Anthropic admin key",
    form: "current",
    shape: "sk-ant-admin01-{token:93}AA",
    variables: ["ANTHROPIC_ADMIN_KEY"],
  },
  {
    detector: "openai-key",
    format: "OpenAI project key",
    form: "current",
    shape: "sk-proj-{token:74}T3BlbkFJ{token:74}",
  },
  {
    detector: "openai-key",
    format: "OpenAI service account key",
    form: "current",
    shape: "sk-svcacct-{token:74}T3BlbkFJ{token:74}",
  },
  {
    detector: "openai-key",
    format: "OpenAI user key (51 chars)",
    form: "legacy",
    shape: "sk-{alnum:20}T3BlbkFJ{alnum:20}",
  },
  {
    detector: "huggingface-token",
    format: "Hugging Face user token",
    form: "current",
    shape: "hf_{letters:34}",
  },
  {
    detector: "huggingface-token",
    format: "Hugging Face org API token",
    form: "legacy",
    shape: "api_org_{letters:34}",
  },
  // Chat
  {
    detector: "slack-webhook",
    format: "Slack incoming webhook",
    form: "current",
    shape: "https://hooks.slack.com/services/T{upnum:9-11}/B{upnum:9-11}/{alnum:24}",
    tags: ["url"],
  },
  {
    detector: "slack-webhook",
    format: "Slack workflow webhook (triggers, no A id)",
    form: "current",
    shape: "https://hooks.slack.com/triggers/T{upnum:10}/{digits:13}/{hex:31}",
    tags: ["url"],
  },
  {
    detector: "slack-webhook",
    format: "Slack workflow webhook (workflows/A id)",
    form: "legacy",
    shape: "https://hooks.slack.com/workflows/T{upnum:10}/A{upnum:10}/{digits:18}/{alnum:32}",
    tags: ["url"],
  },
  {
    detector: "slack-token",
    format: "Slack bot token",
    form: "current",
    shape: "xoxb-{digits:12}-{digits:13}-{alnum:24}",
  },
  {
    detector: "slack-token",
    format: "Slack user token (hex secret)",
    form: "current",
    shape: "xoxp-{digits:11}-{digits:11}-{digits:13}-{hex:32}",
    variables: ["SLACK_USER_TOKEN"],
  },
  {
    detector: "slack-token",
    format: "Slack user token (short secret, pre-2016)",
    form: "legacy",
    shape: "xoxp-{digits:10}-{digits:10}-{digits:10}-{lowernum:10}",
    variables: ["SLACK_USER_TOKEN"],
  },
  {
    detector: "slack-token",
    format: "Slack app-level token",
    form: "current",
    shape: "xapp-1-A{upnum:10}-{digits:13}-{hex:64}",
    variables: ["SLACK_APP_TOKEN"],
  },
  {
    detector: "teams-webhook",
    format: "Teams incoming webhook (tenant host)",
    form: "current",
    shape:
      "https://acmecorp.webhook.office.com/webhookb2/{uuid}@{uuid}/IncomingWebhook/{hex:32}/{uuid}/V2{token:43}",
    tags: ["url"],
  },
  {
    detector: "teams-webhook",
    format: "Teams webhook (outlook.office.com)",
    form: "legacy",
    shape: "https://outlook.office.com/webhook/{uuid}@{uuid}/IncomingWebhook/{hex:32}/{uuid}",
    tags: ["url"],
  },
  {
    detector: "teams-webhook",
    format: "Teams Workflows webhook (logic.azure.com sig)",
    form: "current",
    shape:
      "https://prod-{digits:2}.westeurope.logic.azure.com:443/workflows/{hex:32}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={token:43}",
    tags: ["url"],
  },
  // SaaS
  {
    detector: "atlassian-token",
    format: "Atlassian API token (variable length)",
    form: "current",
    shape: "ATATT3{tokenpad:175-195}",
  },
  {
    detector: "notion-token",
    format: "Notion integration token",
    form: "current",
    shape: "ntn_{digits:11}{alnum:35}",
  },
  // Payments
  {
    detector: "stripe-key",
    format: "Stripe live secret key (long)",
    form: "current",
    shape: "sk_live_{alnum:99}",
  },
  { detector: "stripe-key", format: "Stripe restricted key", form: "current", shape: "rk_live_{alnum:99}" },
  {
    detector: "stripe-key",
    format: "Stripe live secret key (24)",
    form: "legacy",
    shape: "sk_live_{alnum:24}",
  },
  {
    detector: "square-token",
    format: "Square application secret",
    form: "legacy",
    shape: "sq0csp-{token:43}",
  },
  // Keys and generic
  { detector: "jwt", format: "JWT (RS256, unexpired)", form: "current", shape: "{jwt}", tags: ["jwt"] },
  {
    detector: "private-key",
    format: "RSA private key (PEM)",
    form: "current",
    shape: "{pem-rsa}",
    tags: ["pem"],
  },
  {
    detector: "private-key",
    format: "PKCS#8 private key",
    form: "current",
    shape: "{pem-pkcs8}",
    tags: ["pem"],
  },
  { detector: "private-key", format: "EC private key", form: "current", shape: "{pem-ec}", tags: ["pem"] },
  {
    detector: "private-key",
    format: "OpenSSH private key",
    form: "current",
    shape: "{pem-openssh}",
    tags: ["pem"],
  },
  {
    detector: "private-key",
    format: "PGP private key block",
    form: "current",
    shape: "{pem-pgp}",
    tags: ["pem"],
  },
  { detector: "age-secret-key", format: "age identity", form: "current", shape: "{age}", tags: ["age"] },
  {
    detector: "age-secret-key",
    format: "age post-quantum identity",
    form: "current",
    shape: "{age-pq}",
    tags: ["age"],
  },
  {
    detector: "url-password",
    format: "Postgres URL password",
    form: "current",
    shape: "postgres://app:{alnum:24}@db.internal:5432/app",
    tags: ["url"],
  },
  {
    detector: "url-password",
    format: "MongoDB SRV URL password",
    form: "current",
    shape: "mongodb+srv://svc-api:{token:20}@cluster0.{lowernum:5}.mongodb.net/prod",
    tags: ["url"],
  },
  {
    detector: "url-password",
    format: "Redis URL password (no user)",
    form: "current",
    shape: "rediss://:{alnum:32}@cache.internal:6380/0",
    tags: ["url"],
  },
  {
    detector: "url-password",
    format: "AMQP URL password",
    form: "current",
    shape: "amqps://worker:{alnum:20}@mq.internal:5671/prod",
    tags: ["url"],
  },
];

/** Providers whose credentials have no shape of their own (or none the table claims): found by name only. */
const NAME_ONLY: Array<{ format: string; form: Form; variables: string[]; shape: string; tags?: Tag[] }> = [
  {
    format: "Airtable API key (key…)",
    form: "legacy",
    variables: ["AIRTABLE_API_KEY"],
    shape: "key{alnum:14}",
  },
  {
    format: "Airtable personal access token (pat…)",
    form: "current",
    variables: ["AIRTABLE_TOKEN"],
    shape: "pat{alnum:14}.{hex:64}",
  },
  { format: "Algolia admin API key", form: "current", variables: ["ALGOLIA_ADMIN_KEY"], shape: "{hex:32}" },
  {
    format: "Contentful delivery token",
    form: "current",
    variables: ["CONTENTFUL_ACCESS_TOKEN"],
    shape: "{token:43}",
  },
  {
    format: "Contentful management token (CFPAT-)",
    form: "current",
    variables: ["CONTENTFUL_MANAGEMENT_TOKEN"],
    shape: "CFPAT-{token:43}",
  },
  {
    format: "Mapbox secret token (sk.)",
    form: "current",
    variables: ["MAPBOX_DOWNLOADS_TOKEN"],
    shape: "{mapbox-secret}",
  },
  {
    format: "Atlassian API token (24 chars)",
    form: "legacy",
    variables: ["JIRA_API_TOKEN"],
    shape: "{alnum:24}",
  },
  { format: "SonarQube token (40 hex)", form: "legacy", variables: ["SONAR_TOKEN"], shape: "{hex:40}" },
  { format: "GitHub token (40 hex)", form: "legacy", variables: ["GITHUB_TOKEN"], shape: "{hex:40}" },
  { format: "Heroku API key (UUID)", form: "legacy", variables: ["HEROKU_API_KEY"], shape: "{uuid}" },
  { format: "Vault token (UUID, pre-1.0)", form: "legacy", variables: ["VAULT_TOKEN"], shape: "{uuid}" },
  { format: "npm token (UUID)", form: "legacy", variables: ["NPM_TOKEN"], shape: "{uuid}", tags: ["npm"] },
  { format: "Mailgun API key (key-)", form: "legacy", variables: ["MAILGUN_API_KEY"], shape: "key-{hex:32}" },
  {
    format: "Mailgun API key",
    form: "current",
    variables: ["MAILGUN_API_KEY"],
    shape: "{hex:32}-{hex:8}-{hex:8}",
  },
  { format: "Pusher app secret", form: "current", variables: ["PUSHER_APP_SECRET"], shape: "{hex:20}" },
  { format: "Twilio auth token", form: "current", variables: ["TWILIO_AUTH_TOKEN"], shape: "{hex:32}" },
  { format: "Datadog API key", form: "current", variables: ["DATADOG_API_KEY"], shape: "{hex:32}" },
  { format: "Datadog application key", form: "current", variables: ["DATADOG_APP_KEY"], shape: "{hex:40}" },
  {
    format: "Shopify access token (32 hex)",
    form: "legacy",
    variables: ["SHOPIFY_API_SECRET"],
    shape: "{hex:32}",
  },
  {
    format: "Sentry auth token (64 hex)",
    form: "legacy",
    variables: ["SENTRY_AUTH_TOKEN"],
    shape: "{hex:64}",
  },
  {
    format: "DigitalOcean token (64 hex)",
    form: "legacy",
    variables: ["DIGITALOCEAN_ACCESS_TOKEN"],
    shape: "{hex:64}",
  },
  {
    format: "Notion token (secret_)",
    form: "legacy",
    variables: ["NOTION_API_KEY"],
    shape: "secret_{alnum:43}",
  },
  {
    format: "New Relic license key (40 hex)",
    form: "legacy",
    variables: ["NEW_RELIC_LICENSE_KEY"],
    shape: "{hex:40}",
  },
  {
    format: "AWS secret access key",
    form: "current",
    variables: ["AWS_SECRET_ACCESS_KEY"],
    shape: "{b64:40}",
  },
  {
    format: "Cloudflare API token",
    form: "current",
    variables: ["CLOUDFLARE_API_TOKEN"],
    shape: "{token:40}",
  },
  {
    format: "Telegram bot token",
    form: "current",
    variables: ["TELEGRAM_BOT_TOKEN"],
    shape: "{digits:10}:AA{token:33}",
  },
  { format: "Okta API token", form: "current", variables: ["OKTA_API_TOKEN"], shape: "00{token:40}" },
  {
    format: "LaunchDarkly SDK key",
    form: "current",
    variables: ["LAUNCHDARKLY_SDK_KEY"],
    shape: "sdk-{uuid}",
  },
  { format: "RubyGems API key (32 hex)", form: "legacy", variables: ["RUBYGEMS_API_KEY"], shape: "{hex:32}" },
  {
    format: "Discord webhook URL",
    form: "current",
    variables: ["DISCORD_WEBHOOK_URL"],
    shape: "https://discord.com/api/webhooks/{digits:19}/{token:68}",
    tags: ["url"],
  },
];

/** How many syntaxes each claimed value is written in (rotating, so that every syntax gets its share). */
const CLAIMED_SYNTAXES = 5;

const TABLE_TAGS: Record<string, Tag[]> = {
  jwt: ["jwt"],
  "private-key": ["pem"],
  "age-secret-key": ["age"],
  "sentry-dsn": ["url"],
  "url-password": ["url"],
  "slack-webhook": ["url"],
  "teams-webhook": ["url"],
};

/** Each row of the credential table (but the generic one), drawn as its shape or its example says. */
function tableSpecs(): Spec[] {
  return CREDENTIAL_FORMATS.filter((format) => format.detector !== "generic").map(
    (format: CredentialFormat) => ({
      family: familyOf(format.id),
      format: format.label,
      form: "table" as const,
      detector: format.id,
      variables: VARIABLES[format.id] ?? [
        `${format.provider.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_TOKEN`,
      ],
      shape: format.example ?? format.shape,
      tags: TABLE_TAGS[format.id] ?? [],
      reject: (value: string) => format.testMode?.test(value) ?? false,
    }),
  );
}

function researchSpecs(): Spec[] {
  return RESEARCH_FORMS.map((form) => ({
    ...form,
    family: familyOf(form.detector ?? ""),
    variables: form.variables ?? VARIABLES[form.detector ?? ""] ?? ["API_TOKEN"],
  }));
}

function drawSpec(spec: Spec): Drawn {
  for (;;) {
    const drawn = draw(spec.shape);
    if (!spec.reject?.(drawn.value)) return drawn;
  }
}

// --- Non-secrets ------------------------------------------------------------------------------------

const join = (...parts: string[]) => parts.join("");

/** Values the providers publish in their documentation (research notes): examples, not anyone's secret. */
function documentationExamples(): Array<{ format: string; variable: string; value: string; prefix: string }> {
  const doppler = "bAqhcVzrhy5cRHkOlNTc0Ve6w5NUDCpcutm8vGE9myi";
  return [
    {
      format: "AWS access key id (docs)",
      variable: "AWS_ACCESS_KEY_ID",
      value: join("AKIA", "IOSFODNN7EXAMPLE"),
      prefix: "AKIA",
    },
    {
      format: "AWS access key id (docs, 2)",
      variable: "AWS_ACCESS_KEY_ID",
      value: join("AKIA", "I44QH8DHBEXAMPLE"),
      prefix: "AKIA",
    },
    {
      format: "AWS temporary key id (docs)",
      variable: "AWS_ACCESS_KEY_ID",
      value: join("ASIA", "IOSFODNN7EXAMPLE"),
      prefix: "ASIA",
    },
    {
      format: "AWS secret access key (docs)",
      variable: "AWS_SECRET_ACCESS_KEY",
      value: join("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      prefix: "",
    },
    {
      format: "AWS secret access key (docs, 2)",
      variable: "AWS_SECRET_ACCESS_KEY",
      value: join("je7MtGbClwBF/2Zp9Utk/", "h3yCo8nvbEXAMPLEKEY"),
      prefix: "",
    },
    {
      format: "Google API key (docs)",
      variable: "GOOGLE_API_KEY",
      value: join("AIza", "SyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"),
      prefix: "AIza",
    },
    {
      format: "Heroku token (docs, uuid form)",
      variable: "HEROKU_API_KEY",
      value: join("HRKU-", "57dce771-afad-4c41-a8a5-d10b7fbc743c"),
      prefix: "HRKU-",
    },
    {
      format: "Heroku token (docs, 65 chars)",
      variable: "HEROKU_API_KEY",
      value: join("HRKU-", "AALJCYR7SRzPkj9_BGqhi1jAI1J5P4WfD6ITENvdVydAPCnNcAlrMMahHrTo"),
      prefix: "HRKU-",
    },
    {
      format: "Heroku token (docs, bare uuid)",
      variable: "HEROKU_API_KEY",
      value: join("cf0e05d9-4eca-", "4948-a012-b91fe9704bab"),
      prefix: "",
    },
    ...["ct", "pt", "sa", "said", "scim", "audit"].map((kind) => ({
      format: `Doppler dp.${kind} (docs)`,
      variable: "DOPPLER_TOKEN",
      value: join("dp.", kind, ".", doppler),
      prefix: `dp.${kind}.`,
    })),
    {
      format: "Doppler dp.st.dev (docs)",
      variable: "DOPPLER_TOKEN",
      value: join("dp.", "st.dev.", doppler),
      prefix: "dp.st.",
    },
    {
      format: "Slack user token (docs, short)",
      variable: "SLACK_USER_TOKEN",
      value: join("xoxp-", "12345-67890-1928471-abcdefg"),
      prefix: "xoxp-",
    },
    {
      format: "Slack user token (docs, long)",
      variable: "SLACK_USER_TOKEN",
      value: join("xoxp-", "12345-67890-1928471-qemwiiwglagjacakvqbvbfkmvbsvsuzn"),
      prefix: "xoxp-",
    },
    {
      format: "Slack refresh token (docs)",
      variable: "SLACK_REFRESH_TOKEN",
      value: join("xoxe-", "1-abcdefg"),
      prefix: "xoxe-",
    },
    {
      format: "Slack workspace token (docs)",
      variable: "SLACK_TOKEN",
      value: join("xoxa-", "access-token-string"),
      prefix: "xoxa-",
    },
    {
      format: "Slack workflow webhook (docs)",
      variable: "SLACK_WEBHOOK_URL",
      value: join(
        "https://hooks.slack.com/triggers/",
        "T0123456789/3141592653589/c6e6c0d868b3054ca0f4611a5dbadaf",
      ),
      prefix: "https://hooks.slack.com/triggers/",
    },
    {
      format: "Slack incoming webhook (docs)",
      variable: "SLACK_WEBHOOK_URL",
      value: join("https://hooks.slack.com/services/", "T00000000/B00000000/", "X".repeat(24)),
      prefix: "https://hooks.slack.com/services/",
    },
    {
      format: "Tailscale API key (docs)",
      variable: "TAILSCALE_API_KEY",
      value: join("tskey-", "api-abcDEF1CNTRL-091234567890ABCDEF"),
      prefix: "tskey-api-",
    },
    {
      format: "1Password Secret Key (white paper)",
      variable: "OP_SECRET_KEY",
      value: join("A3-", "ASWWYB-798JRYLJVD4-23DC2-86TVM-H43EB"),
      prefix: "A3-",
    },
    {
      format: "1Password Secret Key (white paper, six groups)",
      variable: "OP_SECRET_KEY",
      value: join("A3-", "ASWWYB-798JRY-LJVD4-23DC2-86TVM-H43EB"),
      prefix: "A3-",
    },
    {
      format: "Grafana API key (docs)",
      variable: "GRAFANA_API_KEY",
      value: join("eyJrIjoi", "T0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk"),
      prefix: "eyJrIjoi",
    },
    {
      format: "JWT (RFC 7519 example)",
      variable: "ID_TOKEN",
      value: join(
        "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9",
        ".",
        "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ",
        ".",
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      ),
      prefix: "eyJ",
    },
    {
      format: "JWT (jwt.io default)",
      variable: "ACCESS_TOKEN",
      value: join(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        ".",
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
        ".",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      ),
      prefix: "eyJ",
    },
    {
      format: "Stripe test secret key (docs)",
      variable: "STRIPE_SECRET_KEY",
      value: join("sk_", "test_4eC39HqLyjWDarjtT1zdp7dc"),
      prefix: "sk_test_",
    },
    {
      format: "Stripe test secret key (older docs)",
      variable: "STRIPE_SECRET_KEY",
      value: join("sk_", "test_BQokikJOvBiI2HlWgH4olfQ2"),
      prefix: "sk_test_",
    },
    {
      format: "Stripe test publishable key (docs)",
      variable: "STRIPE_PUBLISHABLE_KEY",
      value: join("pk_", "test_TYooMQauvdEDq54NiTphI7jx"),
      prefix: "pk_test_",
    },
    {
      format: "Stripe test publishable key (older docs)",
      variable: "STRIPE_PUBLISHABLE_KEY",
      value: join("pk_", "test_6pRNASCoBOKtIshFeQd4XMUh"),
      prefix: "pk_test_",
    },
  ];
}

/** Placeholders people write in a known format's place. */
const PLACEHOLDERS: Array<{ format: string; variable: string; value: string; prefix: string }> = [
  { format: "OpenAI sk-xxxx", variable: "OPENAI_API_KEY", value: `sk-${"x".repeat(48)}`, prefix: "sk-" },
  { format: "OpenAI sk-proj-... ", variable: "OPENAI_API_KEY", value: "sk-proj-...", prefix: "sk-proj-" },
  {
    format: "Hugging Face hf_FakeFake…",
    variable: "HF_TOKEN",
    value: `hf_${"Fake".repeat(8)}Fa`,
    prefix: "hf_",
  },
  { format: "Hugging Face hf_...", variable: "HF_TOKEN", value: "hf_...", prefix: "hf_" },
  { format: "GitHub ghp_<your-token>", variable: "GITHUB_TOKEN", value: "ghp_<your-token>", prefix: "ghp_" },
  { format: "GitHub ghp_XXXX", variable: "GITHUB_TOKEN", value: `ghp_${"X".repeat(36)}`, prefix: "ghp_" },
  { format: "shell ${TOKEN}", variable: "API_TOKEN", value: "${TOKEN}", prefix: "" },
  {
    format: "Actions ${{ secrets.X }}",
    variable: "PYPI_API_TOKEN",
    value: "${{ secrets.PYPI_API_TOKEN }}",
    prefix: "",
  },
  { format: "command substitution", variable: "VAULT_TOKEN", value: "$(vault print token)", prefix: "" },
  {
    format: "Anthropic sk-ant-api03-...",
    variable: "ANTHROPIC_API_KEY",
    value: "sk-ant-api03-...",
    prefix: "sk-ant-api03-",
  },
  {
    format: "Slack xoxb-your-bot-token",
    variable: "SLACK_BOT_TOKEN",
    value: "xoxb-your-bot-token",
    prefix: "xoxb-",
  },
  {
    format: "GitLab glpat-XXXX",
    variable: "GITLAB_TOKEN",
    value: `glpat-${"X".repeat(20)}`,
    prefix: "glpat-",
  },
  { format: "<your-api-key>", variable: "STRIPE_SECRET_KEY", value: "<your-api-key>", prefix: "" },
  { format: "changeme", variable: "DATABASE_PASSWORD", value: "changeme", prefix: "" },
  { format: "YOUR_API_KEY_HERE", variable: "SENDGRID_API_KEY", value: "YOUR_API_KEY_HERE", prefix: "" },
  { format: "Stripe sk_live_...", variable: "STRIPE_SECRET_KEY", value: "sk_live_...", prefix: "sk_live_" },
  { format: "npm_****", variable: "NPM_TOKEN", value: `npm_${"*".repeat(36)}`, prefix: "npm_" },
];

/** A real PNG's first bytes, then random ones: how an inlined image starts. */
const pngBase64 = (length: number) =>
  Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), random.bytes(length)]).toString(
    "base64",
  );

const integrity = () => `sha512-${random.bytes(64).toString("base64")}`;
const hex = (length: number) => run(chars("hex"), length);

/** Non-secret files that are not assignments of one value: hashes, ids, images, lockfiles, public keys. */
function lookAlikeFiles(): Array<{
  set: string;
  format: string;
  path: string;
  text: string;
  value: string;
  prefix: string;
}> {
  const files: Array<{
    set: string;
    format: string;
    path: string;
    text: string;
    value: string;
    prefix: string;
  }> = [];
  const add = (set: string, format: string, path: string, value: string, text: string, prefix = "") =>
    files.push({ set, format, path, text, value, prefix });
  // Hashes and commit ids.
  let value = hex(40);
  add(
    "hash",
    "git SHA in a pinned action",
    ".github/workflows/ci.yml",
    value,
    `jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${value} # v4.2.2\n`,
  );
  value = hex(40);
  add("hash", "git SHA in .env", "deploy/.env", value, `GIT_COMMIT=${value}\nBUILD_NUMBER=1842\n`);
  value = hex(40);
  add(
    "hash",
    "commit in JSON",
    "config/build-info.json",
    value,
    `{\n  "commit": "${value}",\n  "branch": "main"\n}\n`,
  );
  value = hex(40);
  add("hash", "sha1 of a file", "deploy/checksums.txt", value, `${value}  app-1.4.2.tar.gz\n`);
  value = hex(64);
  add(
    "hash",
    "sha256 in a Dockerfile",
    "deploy/Dockerfile",
    value,
    `FROM debian:12\nARG TOOL_SHA256=${value}\nRUN echo "$TOOL_SHA256  tool.tgz" | sha256sum -c -\n`,
  );
  value = hex(64);
  add(
    "hash",
    "image digest",
    "deploy/compose.yaml",
    value,
    `services:\n  api:\n    image: ghcr.io/acme/api@sha256:${value}\n`,
  );
  value = hex(64);
  add(
    "hash",
    "requirements.txt --hash",
    "requirements.txt",
    value,
    `requests==2.32.3 \\\n    --hash=sha256:${value}\n`,
  );
  value = hex(64);
  add(
    "hash",
    "Cargo.lock checksum",
    "Cargo.lock",
    value,
    `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${value}"\n`,
  );
  value = hex(64);
  add(
    "hash",
    "poetry.lock hash",
    "poetry.lock",
    value,
    `[[package]]\nname = "httpx"\nversion = "0.27.2"\nfiles = [\n    {file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:${value}"},\n]\n`,
  );
  value = random.bytes(32).toString("base64");
  add(
    "hash",
    "go.sum h1 hash",
    "go.sum",
    value,
    `github.com/acme/lib v1.2.3 h1:${value}\ngithub.com/acme/lib v1.2.3/go.mod h1:${random.bytes(32).toString("base64")}\n`,
  );
  value = hex(64);
  add(
    "hash",
    "sha256 in Homebrew formula",
    "Formula/tool.rb",
    value,
    `class Tool < Formula\n  url "https://downloads.acme-corp.net/tool-1.0.tar.gz"\n  sha256 "${value}"\nend\n`,
  );
  // UUIDs not assigned to secret names.
  value = uuid();
  add("uuid", "id in JSON", "config/project.json", value, `{\n  "id": "${value}",\n  "name": "api"\n}\n`);
  value = uuid();
  add("uuid", "PROJECT_ID in .env", "deploy/.env", value, `PROJECT_ID=${value}\n`);
  value = uuid().toUpperCase();
  add(
    "uuid",
    "ProjectGuid in csproj",
    "src/App/App.csproj",
    value,
    `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <ProjectGuid>{${value}}</ProjectGuid>\n  </PropertyGroup>\n</Project>\n`,
  );
  value = uuid();
  add("uuid", "request_id in Python", "src/app/handlers.py", value, `request_id = "${value}"\n`);
  value = uuid();
  add(
    "uuid",
    "tenant id in YAML",
    "deploy/values.yaml",
    value,
    `azure:\n  tenant_id: ${value}\n  client_id: ${uuid()}\n`,
  );
  value = uuid();
  add(
    "uuid",
    "AZURE_CLIENT_ID",
    "deploy/env.sh",
    value,
    `export AZURE_CLIENT_ID=${value}\nexport AZURE_SUBSCRIPTION_ID=${uuid()}\n`,
  );
  // Inlined images.
  value = pngBase64(300);
  add(
    "image",
    "data URI in CSS",
    "src/styles/app.css",
    value,
    `.logo {\n  background-image: url("data:image/png;base64,${value}");\n}\n`,
    "data:image/png;base64,",
  );
  value = pngBase64(300);
  add(
    "image",
    "data URI in HTML",
    "src/templates/email.html",
    value,
    `<img alt="logo" src="data:image/png;base64,${value}">\n`,
    "data:image/png;base64,",
  );
  value = pngBase64(600);
  add(
    "image",
    "notebook output image",
    "notebooks/plot.ipynb",
    value,
    `${JSON.stringify({ cells: [{ cell_type: "code", execution_count: 2, metadata: {}, source: ["plt.show()\n"], outputs: [{ output_type: "display_data", data: { "image/png": value, "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`,
  );
  value = pngBase64(200);
  add(
    "image",
    "data URI in Markdown",
    "README.md",
    value,
    `# App\n\n![badge](data:image/png;base64,${value})\n`,
    "data:image/png;base64,",
  );
  // Lockfile integrity.
  value = integrity();
  add(
    "lockfile",
    "package-lock integrity",
    "package-lock.json",
    value,
    `{\n  "packages": {\n    "node_modules/yaml": {\n      "version": "2.9.1",\n      "resolved": "https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz",\n      "integrity": "${value}"\n    }\n  }\n}\n`,
    "sha512-",
  );
  value = integrity();
  add(
    "lockfile",
    "yarn.lock integrity",
    "yarn.lock",
    value,
    `yaml@^2.9.1:\n  version "2.9.1"\n  resolved "https://registry.yarnpkg.com/yaml/-/yaml-2.9.1.tgz#${hex(40)}"\n  integrity ${value}\n`,
    "sha512-",
  );
  value = integrity();
  add(
    "lockfile",
    "pnpm-lock integrity",
    "pnpm-lock.yaml",
    value,
    `packages:\n  yaml@2.9.1:\n    resolution: {integrity: ${value}}\n`,
    "sha512-",
  );
  // Public keys.
  value = `pk_live_${run(chars("alnum"), 99)}`;
  add(
    "public key",
    "Stripe publishable key",
    "deploy/.env",
    value,
    `STRIPE_PUBLISHABLE_KEY=${value}\n`,
    "pk_live_",
  );
  value = `pk_live_${run(chars("alnum"), 99)}`;
  add(
    "public key",
    "Stripe publishable key in JS",
    "src/checkout.js",
    value,
    `const stripe = Stripe("${value}");\n`,
    "pk_live_",
  );
  value = ageRecipient();
  add(
    "public key",
    "age recipient in .sops.yaml",
    ".sops.yaml",
    value,
    `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: ${value}\n`,
    "age1",
  );
  value = ageRecipient();
  add("public key", "SOPS_AGE_RECIPIENTS", "deploy/.env", value, `SOPS_AGE_RECIPIENTS=${value}\n`, "age1");
  value = `AAAAC3NzaC1lZDI1NTE5AAAAI${random.bytes(32).toString("base64").replace(/=+$/, "")}`;
  add(
    "public key",
    "ssh-ed25519 authorized key",
    "deploy/authorized_keys",
    value,
    `ssh-ed25519 ${value} deploy@ci\n`,
    "AAAAC3NzaC1lZDI1NTE5",
  );
  value =
    random
      .bytes(294)
      .toString("base64")
      .match(/.{1,64}/g)
      ?.join("\n") ?? "";
  add(
    "public key",
    "PEM public key",
    "config/jwt-public.pem",
    value,
    `-----BEGIN PUBLIC KEY-----\n${value}\n-----END PUBLIC KEY-----\n`,
  );
  value = mapbox("pk");
  add(
    "public key",
    "Mapbox public token in JS",
    "src/map.js",
    value,
    `mapboxgl.accessToken = '${value}';\n`,
    "pk.",
  );
  value = hex(32);
  add(
    "public key",
    "Algolia search-only key (NEXT_PUBLIC_)",
    "web/.env.production",
    value,
    `NEXT_PUBLIC_ALGOLIA_APP_ID=${run(chars("upnum"), 10)}\nNEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=${value}\n`,
  );
  // CSRF tokens: per-session, sent to the browser by design.
  value = run(chars("token"), 43);
  add(
    "csrf",
    "csrf-token meta",
    "src/templates/layout.html",
    value,
    `<head>\n  <meta name="csrf-token" content="${value}">\n</head>\n`,
  );
  value = run(chars("alnum"), 64);
  add(
    "csrf",
    "csrf_token hidden input",
    "src/templates/form.html",
    value,
    `<form method="post">\n  <input type="hidden" name="csrf_token" value="${value}">\n</form>\n`,
  );
  value = run(chars("token"), 43);
  add("csrf", "csrf_token in Python", "src/app/views.py", value, `csrf_token = "${value}"\n`);
  value = run(chars("alnum"), 40);
  add(
    "csrf",
    "csrfToken in JS",
    "src/api.js",
    value,
    `const csrfToken = "${value}";\nfetch("/api", { headers: { "X-CSRF-Token": csrfToken } });\n`,
  );
  value = run(chars("alnum"), 32);
  add("csrf", "csrf-token in YAML", "deploy/values.yaml", value, `web:\n  csrf-token: ${value}\n`);
  return files;
}

// --- The Juniper placeholder files ------------------------------------------------------------------

const JUNIPER_FILES: Array<{ path: string; text: string }> = [
  {
    path: "juniper-data/.env.example",
    text: `# Copy to .env and fill in. Never commit .env.
JUNIPER_DATA_HOST=0.0.0.0
JUNIPER_DATA_PORT=8100
JUNIPER_DATA_API_KEY=your-api-key-here
JUNIPER_DATA_API_KEYS=key-one,key-two
HF_TOKEN=hf_...
ANTHROPIC_API_KEY=sk-ant-api03-...
SENTRY_SDK_DSN=
PYPI_TOKEN=pypi-...
TEST_PYPI_TOKEN=
`,
  },
  {
    path: "juniper-cascor/.env.sample",
    text: `CASCOR_HOST=127.0.0.1
CASCOR_PORT=50000
CASCOR_AUTHKEY=change-me
JUNIPER_DATA_URL=http://localhost:8100
JUNIPER_DATA_API_KEY=<juniper-data-api-key>
SENTRY_SDK_DSN=https://<key>@o<org>.ingest.sentry.io/<project>
HF_TOKEN=
`,
  },
  {
    path: "juniper-deploy/docker-compose.yml",
    text: `services:
  juniper-data:
    image: ghcr.io/pcalnon/juniper-data:latest
    environment:
      JUNIPER_DATA_API_KEYS: \${JUNIPER_DATA_API_KEYS:-}
      HF_TOKEN: \${HF_TOKEN:?set HF_TOKEN in .env}
      SENTRY_SDK_DSN: \${SENTRY_SDK_DSN:-}
  juniper-cascor:
    image: ghcr.io/pcalnon/juniper-cascor:latest
    environment:
      - CASCOR_AUTHKEY=\${CASCOR_AUTHKEY:-juniper-dev-authkey}
      - ANTHROPIC_API_KEY=\${ANTHROPIC_API_KEY}
      - JUNIPER_DATA_API_KEY=\${JUNIPER_DATA_API_KEY:-}
`,
  },
  {
    path: "juniper-data/juniper_data/settings.py",
    text: `import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JUNIPER_DATA_", env_file=".env")

    host: str = "0.0.0.0"
    port: int = 8100
    api_key: SecretStr | None = Field(default=None, description="API key clients send in X-API-Key")
    api_keys: list[str] = Field(default_factory=list)
    hf_token: SecretStr | None = Field(default=None, alias="HF_TOKEN")
    anthropic_api_key: SecretStr | None = Field(default=None, alias="ANTHROPIC_API_KEY")
    sentry_sdk_dsn: str | None = Field(default=None, alias="SENTRY_SDK_DSN")


CASCOR_AUTHKEY = os.environ.get("CASCOR_AUTHKEY", "").encode()
PYPI_TOKEN = os.getenv("PYPI_TOKEN")
`,
  },
  {
    path: "juniper-data/README.md",
    text: `# juniper-data

## Configuration

\`\`\`sh
export HF_TOKEN=hf_...
export ANTHROPIC_API_KEY="sk-ant-api03-..."
export JUNIPER_DATA_API_KEYS="<key1>,<key2>"
export SENTRY_SDK_DSN="https://<key>@o<org>.ingest.sentry.io/<project>"
export CASCOR_AUTHKEY=$(openssl rand -hex 32)
\`\`\`

Publish with a PyPI API token (\`pypi-...\`):

\`\`\`sh
twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
\`\`\`
`,
  },
  {
    path: "juniper-data/.github/workflows/publish.yml",
    text: `name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
          repository-url: https://test.pypi.org/legacy/
        env:
          TEST_PYPI_TOKEN: \${{ secrets.TEST_PYPI_TOKEN }}
`,
  },
  {
    path: "juniper-data/.pypirc.template",
    text: `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = pypi-<your-pypi-token>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = \${TEST_PYPI_TOKEN}
`,
  },
];

// --- Building ---------------------------------------------------------------------------------------

/** The shape rows whose random parts all have a fixed length, with the last (or longest) one's index. */
function fixedLengthPart(shape: string): number | undefined {
  const segments = parseShape(shape);
  if (segments.some((segment) => segment.kind === "special")) return undefined;
  const classes = segments.flatMap((segment, index) =>
    segment.kind === "class" ? [{ segment, index }] : [],
  );
  if (classes.length === 0 || classes.some(({ segment }) => segment.min !== segment.max)) return undefined;
  const last = segments.length - 1;
  const target =
    segments[last]?.kind === "class"
      ? last
      : classes.reduce((a, b) => (b.segment.min > a.segment.min ? b : a)).index;
  const length = (segments[target] as ClassSegment).min;
  return length >= 16 ? target : undefined;
}

/**
 * The whole corpus, drawn from the generator in a fixed order: call it once per test file (the
 * report reseeds the generator with corpus.test.ts's seed first, so both see the same values).
 */
export function buildCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const push = (
    fields: Omit<CorpusCase, "path" | "text"> & { render: Syntax["render"]; variable: string },
  ) => {
    const { render, variable, ...rest } = fields;
    const { path, text } = render(names(variable), fields.value);
    cases.push({ ...rest, path, text });
  };

  // 2. Claimed formats: table rows then researched forms, each value in CLAIMED_SYNTAXES rotating
  // universal syntaxes, plus every syntax of its own (npmrc, curl, wrapped JWTs, PEM files...).
  let turn = 0;
  for (const spec of [...tableSpecs(), ...researchSpecs()]) {
    const tags = spec.tags ?? [];
    const fitting = syntaxesFor(tags);
    const own = fitting.filter((candidate) => candidate.only !== undefined);
    const shared = tags.includes("pem") ? [] : fitting.filter((candidate) => candidate.only === undefined);
    const picked =
      shared.length === 0
        ? []
        : Array.from({ length: CLAIMED_SYNTAXES }, () => shared[turn++ % shared.length] as Syntax);
    if (tags.includes("jwt")) picked.push(syntax("xml-element"));
    for (const [index, chosen] of [...new Set([...picked, ...own])].entries()) {
      const { value, prefix } = drawSpec(spec);
      push({
        group: "claimed",
        family: spec.family,
        format: spec.format,
        form: spec.form,
        syntax: chosen.id,
        value,
        prefix,
        expect: "error",
        ...(spec.detector === undefined ? {} : { detector: spec.detector }),
        render: chosen.render,
        variable: spec.variables[index % spec.variables.length] ?? "API_TOKEN",
      });
    }
  }

  // 3. Name-only providers, in every syntax (docs files: a warning is what a generic value gets there).
  for (const provider of NAME_ONLY) {
    for (const chosen of syntaxesFor(provider.tags ?? [])) {
      const { value, prefix } = draw(provider.shape);
      push({
        group: "name-only",
        family: NAME_ONLY_FAMILY,
        format: provider.format,
        form: provider.form,
        syntax: chosen.id,
        value,
        prefix,
        expect: chosen.docs ? "reported" : "error",
        render: chosen.render,
        variable: provider.variables[0] ?? "API_TOKEN",
      });
    }
  }

  // 4. Non-secrets.
  const nonSecret = (
    set: string,
    format: string,
    chosen: Syntax,
    variable: string,
    value: string,
    prefix: string,
  ) => {
    push({
      group: "non-secret",
      family: set,
      format,
      syntax: chosen.id,
      value,
      prefix,
      expect: "not-error",
      render: chosen.render,
      variable,
    });
  };
  let rotation = 0;
  const next = () => UNIVERSAL[rotation++ % UNIVERSAL.length] as Syntax;
  // A value in a password's place is one whatever the variable is called: a neutral name needs a name.
  const named = UNIVERSAL.filter((candidate) => candidate.id !== "netrc" && candidate.id !== "url-userinfo");
  const nextNamed = () => named[rotation++ % named.length] as Syntax;
  for (const format of CREDENTIAL_FORMATS) {
    if (format.detector !== "shape") continue;
    const variable = VARIABLES[format.id]?.[0] ?? "API_TOKEN";
    const placeholder = placeholderOf(format.shape);
    const prefix = leadingLiteral(format.shape);
    nonSecret("placeholder", `${format.label} placeholder`, next(), variable, placeholder, prefix);
    const part = fixedLengthPart(format.shape);
    if (part === undefined) continue;
    for (const delta of [-1, 1]) {
      const drawn = draw(format.shape, (segment, index) =>
        index === part ? segment.min + delta : undefined,
      );
      const neutral = ["RELEASE_ID", "BUILD_REF", "ASSET_NAME", "CACHE_DIGEST"][rotation % 4] ?? "BUILD_REF";
      nonSecret(
        "off-by-one",
        `${format.label} ${delta < 0 ? "one short" : "one long"}`,
        nextNamed(),
        neutral,
        drawn.value,
        drawn.prefix,
      );
    }
  }
  for (const placeholder of PLACEHOLDERS)
    for (let copy = 0; copy < 3; copy++)
      nonSecret(
        "placeholder",
        placeholder.format,
        next(),
        placeholder.variable,
        placeholder.value,
        placeholder.prefix,
      );
  for (const example of documentationExamples())
    for (const id of ["readme", "dotenv", "python"])
      nonSecret("doc example", example.format, syntax(id), example.variable, example.value, example.prefix);
  for (const file of lookAlikeFiles())
    cases.push({
      group: "non-secret",
      family: file.set,
      format: file.format,
      syntax: file.path.slice(file.path.lastIndexOf("/") + 1),
      path: file.path,
      text: file.text,
      value: file.value,
      prefix: file.prefix,
      expect: "not-error",
    });

  // 5. The Juniper placeholder files.
  for (const file of JUNIPER_FILES)
    cases.push({
      group: "juniper",
      family: "juniper placeholders",
      format: file.path,
      syntax: file.path.slice(file.path.lastIndexOf("/") + 1),
      path: file.path,
      text: file.text,
      value: "",
      prefix: "",
      expect: "quiet",
    });
  return cases;
}
