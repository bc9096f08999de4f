/**
 * The `secret-pattern` detectors. Speed comes from one prefilter regex of cheap literal anchors
 * (`ghp_`, `AKIA`, `sk-ant-`, `-----BEGIN`, `://`, `*_TOKEN =`...) run once over the whole file; only
 * where an anchor matches does the detector for it run its exact (sticky) pattern and its checks.
 */
import { bech32 } from "@scure/base";
import type { Severity } from "./rules.js";
import { LineIndex, Occurrences } from "../lines.js";
import { entropy, hasCharacterClasses, isPlaceholder } from "./values.js";

export interface SecretHit {
  /** Stable detector id, e.g. `github-token`. */
  detector: string;
  /** What it is, for messages: "GitHub token". */
  label: string;
  severity: Severity;
  /** Offset of the secret in the text. */
  index: number;
  secret: string;
}

/**
 * - `config` (dotenv, YAML, JSON, INI, shell...): where deployed secrets live; any assignment counts.
 * - `docs` (Markdown, text): unquoted values count, but a generic high-entropy value is only a warning.
 * - `code`: an assignment only counts when its value is a string literal (`token = getToken()` is code),
 *   and a generic high-entropy literal is only a warning (libraries are full of test vectors).
 */
export type FileKind = "config" | "docs" | "code";

const CODE = new Set(
  "js mjs cjs jsx ts mts cts tsx py rb go java kt kts cs php rs swift scala c h cc cpp hpp m map vue svelte dart lua pl r groovy ex exs erl clj fs".split(
    " ",
  ),
);
const DOCS = new Set("md markdown mdx txt rst adoc html htm".split(" "));

/** By extension; anything unknown counts as configuration, the strictest kind. */
export function fileKind(file: string): FileKind {
  const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1) : "";
  if (CODE.has(extension)) return "code";
  if (DOCS.has(extension)) return "docs";
  return "config";
}

export interface PatternOptions {
  kind: FileKind;
  /** Milliseconds since the epoch: a JWT that expired before it is only a warning. */
  now: number;
}

type Detect = (text: string, at: number, anchorEnd: number, options: PatternOptions) => SecretHit | undefined;

interface Anchor {
  /** Regex source of the literal that must occur for the detector to run. */
  source: string;
  detect: Detect;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** The anchor starts a token: no letter, digit or `_` right before it. */
function startsToken(text: string, at: number): boolean {
  return at === 0 || !isWordCode(text.charCodeAt(at - 1));
}

function hit(detector: string, label: string, index: number, secret: string, severity: Severity = "error") {
  return { detector, label, severity, index, secret };
}

/**
 * A sticky pattern applied at the anchor; `check` judges the random part (group 1). The secret is the
 * whole token, so its redacted form starts with the harmless prefix (`ghp_…`).
 */
function fixed(
  detector: string,
  label: string,
  pattern: RegExp,
  check: (random: string, match: RegExpExecArray) => Severity | false,
): Detect {
  return (text, at) => {
    if (!startsToken(text, at)) return undefined;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return undefined;
    const severity = check(match[1] ?? match[0], match);
    return severity ? hit(detector, label, at, match[0], severity) : undefined;
  };
}

/** The random part of a prefixed token must look random: not a placeholder, mixed characters. */
function randomTail(tail: string, minEntropy = 3): Severity | false {
  return !isPlaceholder(tail) && entropy(tail) >= minEntropy && hasCharacterClasses(tail, 2)
    ? "error"
    : false;
}

const github = fixed(
  "github-token",
  "GitHub token",
  /gh[pousr]_([A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/y,
  (tail) => randomTail(tail),
);
const githubPat = fixed(
  "github-token",
  "GitHub fine-grained token",
  /github_pat_([A-Za-z0-9]{20,30}_[A-Za-z0-9]{50,70})(?![A-Za-z0-9_])/y,
  (tail) => randomTail(tail),
);
const aws = fixed(
  "aws-access-key",
  "AWS access key id",
  /(?:AKIA|ASIA|ABIA|ACCA)([A-Z2-7]{16})(?![A-Za-z0-9])/y,
  (tail) => (!isPlaceholder(tail) && entropy(tail) >= 2.8 ? "error" : false),
);
const google = fixed(
  "google-api-key",
  "Google API key",
  /AIza([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/y,
  (tail) => randomTail(tail),
);
const huggingFace = fixed(
  "huggingface-token",
  "Hugging Face token",
  /hf_([A-Za-z]{34})(?![A-Za-z0-9_])/y,
  (tail) =>
    !isPlaceholder(tail) && entropy(tail) >= 3.5 && /[a-z]/.test(tail) && /[A-Z]/.test(tail)
      ? "error"
      : false,
);
const anthropic = fixed(
  "anthropic-key",
  "Anthropic API key",
  /sk-ant-[a-z]{2,10}\d{2}-([A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])/y,
  (tail) => randomTail(tail, 3.5),
);
const openai = fixed(
  "openai-key",
  "OpenAI API key",
  /sk-(?:(?:proj|svcacct|admin)-)?([A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/y,
  (tail) => randomTail(tail, 3.5),
);
const slack = fixed(
  "slack-token",
  "Slack token",
  /(?:xox[abposr]|xoxe\.xox[bp]|xapp)-((?:\d+-)+[A-Za-z0-9-]{10,})(?![A-Za-z0-9_-])/y,
  (tail) => randomTail(tail),
);
const stripe = fixed(
  "stripe-key",
  "Stripe secret key",
  /[sr]k_(?:live|test)_([A-Za-z0-9]{20,})(?![A-Za-z0-9_])/y,
  (tail, match) => {
    if (randomTail(tail) === false) return false;
    // Test-mode keys move no money but still belong in a secret store.
    return match[0].includes("_live_") ? "error" : "warning";
  },
);
const npm = fixed("npm-token", "npm token", /npm_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/y, (tail) =>
  randomTail(tail, 3.5),
);
const pypi = fixed("pypi-token", "PyPI token", /pypi-(AgE[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/y, (tail) =>
  randomTail(tail, 3.5),
);
const sentryToken = fixed(
  "sentry-token",
  "Sentry auth token",
  /sntry[su]_([A-Za-z0-9+/=_-]{60,})(?![A-Za-z0-9+/=_-])/y,
  (tail) => randomTail(tail, 3.5),
);

function validBech32(text: string): boolean {
  return bech32.decodeUnsafe(text.toLowerCase(), false) !== undefined;
}

const age = fixed(
  "age-secret-key",
  "age secret key",
  /AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58,}(?![A-Za-z0-9])/y,
  // A key whose checksum fails cannot be used: documentation and tests write such keys on purpose.
  (key) => (validBech32(key) ? "error" : false),
);

const PRIVATE_KEY_HEADER =
  /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/y;
/** Armor headers, line breaks and escaped line breaks (a key inside a string literal) after BEGIN. */
const PEM_PREAMBLE = /(?:\s|\\[nr]|(?:Proc-Type|DEK-Info|Comment|Version|Hash): [^\n\\]*)*/y;
const PEM_BODY = /(?:[A-Za-z0-9+/=]|\s|\\[nr])+/y;

const privateKey: Detect = (text, at) => {
  PRIVATE_KEY_HEADER.lastIndex = at;
  const header = PRIVATE_KEY_HEADER.exec(text);
  if (!header) return undefined;
  PEM_PREAMBLE.lastIndex = PRIVATE_KEY_HEADER.lastIndex;
  const preamble = PEM_PREAMBLE.exec(text);
  const bodyStart = PRIVATE_KEY_HEADER.lastIndex + (preamble?.[0].length ?? 0);
  PEM_BODY.lastIndex = bodyStart;
  const body = (PEM_BODY.exec(text)?.[0] ?? "").replace(/\s|\\[nr]/g, "");
  // A PEM parser's string constant has no key material after the header; a real key has lines of it.
  if (body.length < 64 || entropy(body.slice(0, 256)) < 4.5) return undefined;
  const encrypted = (header[1] ?? "").startsWith("ENCRYPTED") || preamble?.[0].includes("ENCRYPTED");
  // A passphrase-protected key still leaks when the passphrase is weak, but is not usable as it is.
  return hit("private-key", header[1] ?? "private key", bodyStart, body, encrypted ? "warning" : "error");
};

const JWT = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/y;
const SAMPLE_CLAIMS = /John Doe|Jane Doe|"1234567890"|example\.(?:com|org|net)/;

function base64UrlJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

const jwt: Detect = (text, at, _anchorEnd, options) => {
  if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1] ?? "")) return undefined;
  JWT.lastIndex = at;
  const match = JWT.exec(text);
  if (!match) return undefined;
  const [header = "", payload = ""] = match[0].split(".");
  const decodedHeader = base64UrlJson(header) as { alg?: unknown } | undefined;
  const claims = Buffer.from(payload, "base64url").toString("utf8");
  if (typeof decodedHeader?.alg !== "string" || decodedHeader.alg.toLowerCase() === "none") return undefined;
  const decoded = base64UrlJson(payload) as { exp?: unknown } | undefined;
  if (typeof decoded !== "object" || SAMPLE_CLAIMS.test(claims)) return undefined;
  const expired = typeof decoded.exp === "number" && decoded.exp * 1000 < options.now;
  return hit(
    "jwt",
    expired ? "expired JSON Web Token" : "JSON Web Token",
    at,
    match[0],
    expired ? "warning" : "error",
  );
};

const URL_CREDENTIALS = /([^\s:/?#@"'`<>\\]{0,128}):([^\s/?#@"'`<>\\]{1,256})@([A-Za-z0-9._-]+)/y;
const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{1,31}$/;
const DUMMY_PASSWORDS = new Set(
  "password pass passwd pwd secret root admin postgres mysql guest test user demo changeme token pw p".split(
    " ",
  ),
);
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|domain|server)$/i;
const SENTRY_DSN = /([0-9a-f]{32})(?::[0-9a-f]{32})?@([A-Za-z0-9.-]+)(?::\d+)?\/\d+/y;
const SLACK_WEBHOOK =
  /hooks\.slack\.com\/(?:services|workflows|triggers)\/(T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9/]{20,})/y;

/**
 * Passwords in URLs and generic assignments are medium confidence: errors in configuration, where
 * deployed secrets live, warnings in code and docs, which are full of examples and test vectors.
 */
function mediumConfidence(options: PatternOptions): Severity {
  return options.kind === "config" ? "error" : "warning";
}

/** Everything that follows a `scheme://`: a Slack webhook, a Sentry DSN or a password in the URL. */
const url: Detect = (text, at, anchorEnd, options) => {
  const scheme = SCHEME.exec(text.slice(Math.max(0, at - 32), at))?.[0];
  if (!scheme) return undefined;
  SLACK_WEBHOOK.lastIndex = anchorEnd;
  const webhook = SLACK_WEBHOOK.exec(text);
  if (webhook?.[1]) return hit("slack-webhook", "Slack webhook URL", anchorEnd, webhook[1]);
  SENTRY_DSN.lastIndex = anchorEnd;
  const dsn = SENTRY_DSN.exec(text);
  if (dsn?.[1] && /sentry/i.test(dsn[2] ?? "")) return hit("sentry-dsn", "Sentry DSN key", anchorEnd, dsn[1]);
  URL_CREDENTIALS.lastIndex = anchorEnd;
  const credentials = URL_CREDENTIALS.exec(text);
  if (!credentials) return undefined;
  const [, user = "", password = "", host = ""] = credentials;
  if (
    password.length < 4 ||
    entropy(password) < 2.5 ||
    password === user ||
    DUMMY_PASSWORDS.has(password.toLowerCase()) ||
    /^[$%{<*[(]/.test(password) ||
    isPlaceholder(password) ||
    EXAMPLE_HOST.test(host)
  ) {
    return undefined;
  }
  return hit(
    "url-password",
    "password in a URL",
    anchorEnd + user.length + 1,
    password,
    mediumConfidence(options),
  );
};

/** Secret-like name endings; `key` alone is too common in code (`cacheKey`, `primaryKey`). */
const SECRET_KEY_NAMES =
  /(?:api|secret|private|access|auth|signing|encryption|master|client|license|account|storage|subscription|session|webhook)key$/;
const NOT_SECRET_NAMES =
  /(?:public|pub|next|page|continuation|cancellation|sync|resume|refresh_?url|id)(?:key|token)$|^(?:key|is\w*|has\w*)$/;
const NAME_CHARS = /[A-Za-z0-9_.-]{0,80}$/;

/** The keyword ends the name, so it is followed by an optional closing quote and the assignment. */
function isSecretName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[-_.]/g, "");
  if (NOT_SECRET_NAMES.test(normalized)) return false;
  // `bypass`, `compass`: only a whole word `pass` (DB_PASS, smtp.pass, dbPass) names a password.
  if (normalized.endsWith("pass") && !/(?:^|[-_.])pass$/i.test(name) && !/[a-z]Pass$/.test(name))
    return false;
  if (!normalized.endsWith("key")) return true;
  // Environment-style names (STRIPE_KEY, OPENAI_KEY) are secrets; code identifiers need a telling prefix.
  return (/^[A-Z0-9_]+$/.test(name) && name.length > 3) || SECRET_KEY_NAMES.test(normalized);
}

const QUOTED = { '"': /"([^"\n\\]{1,512})"/y, "'": /'([^'\n\\]{1,512})'/y, "`": /`([^`\n\\$]{1,512})`/y };
const UNQUOTED = /([^\s"'`,;&()[\]{}<>]{1,512})(?![^\s"'`,;&)\]}>])/y;
const SPACES = /[ \t]*/y;

function assignedValue(text: string, from: number, code: boolean): string | undefined {
  SPACES.lastIndex = from;
  SPACES.exec(text);
  const start = SPACES.lastIndex;
  const quote = text[start];
  const pattern =
    quote === '"' || quote === "'" || quote === "`" ? QUOTED[quote] : code ? undefined : UNQUOTED;
  if (!pattern) return undefined;
  pattern.lastIndex = start;
  return pattern.exec(text)?.[1];
}

/** A value that could be a generated secret: long, random-looking, with letters and digits, no template. */
function looksGenerated(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || /^[$%{<(]|^ENC\[|^encrypted:/.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholder(value)) return false;
  // Paths, URLs, dotted names and version strings are configuration, not secrets.
  if (/^[a-z][a-z0-9+.-]*:\/\/|^\.{0,2}\/|^[\w-]+(?:\.[\w-]+){2,}$/i.test(value)) return false;
  return entropy(value) >= Math.min(3.5, Math.log2(value.length) - 0.7);
}

const generic: Detect = (text, at, anchorEnd, options) => {
  const keywordEnd = text.slice(at, anchorEnd).search(/["'`]?[ \t]*(?::=|=>|[:=])$/) + at;
  const name =
    (NAME_CHARS.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? "") + text.slice(at, keywordEnd);
  if (!isSecretName(name)) return undefined;
  const value = assignedValue(text, anchorEnd, options.kind === "code");
  if (value === undefined || !looksGenerated(value)) return undefined;
  const severity = mediumConfidence(options);
  return hit(
    "generic-secret",
    `high-entropy value of ${name.slice(0, 60)}`,
    text.indexOf(value, anchorEnd),
    value,
    severity,
  );
};

/** A case-insensitive ASCII word without the `i` flag, which would slow the whole prefilter down. */
const ci = (word: string) => word.replace(/[a-z]/g, (char) => `[${char.toUpperCase()}${char}]`);

const ANCHORS: Anchor[] = [
  { source: "gh[pousr]_", detect: github },
  { source: "github_pat_", detect: githubPat },
  { source: "A(?:KIA|SIA|BIA|CCA)", detect: aws },
  { source: "AIza", detect: google },
  { source: "hf_", detect: huggingFace },
  { source: "sk-ant-", detect: anthropic },
  { source: "sk-", detect: openai },
  { source: "xox|xapp-", detect: slack },
  { source: "[sr]k_(?:live|test)_", detect: stripe },
  { source: "npm_", detect: npm },
  { source: "pypi-", detect: pypi },
  { source: "sntry[su]_", detect: sentryToken },
  { source: "AGE-SECRET-KEY-", detect: age },
  { source: "-----BEGIN ", detect: privateKey },
  { source: "eyJ", detect: jwt },
  { source: ":\\/\\/", detect: url },
  {
    source: `(?:${["key", "token", "secret", "passphrase", "password", "passwd", "pass", "pwd", "credentials", "credential"].map(ci).join("|")})["'\`]?[ \\t]*(?::=|=>|[:=])`,
    detect: generic,
  },
];

const PREFILTER = new RegExp(ANCHORS.map((anchor) => `(${anchor.source})`).join("|"), "g");

/**
 * Every secret in the text (decoded as Latin-1), in order. Values inside SOPS `ENC[...]` and dotenvx
 * `encrypted:` values never count.
 */
export function findSecrets(text: string, options: PatternOptions): SecretHit[] {
  const hits: SecretHit[] = [];
  const encrypted = new EncryptedValues(text);
  PREFILTER.lastIndex = 0;
  let match: RegExpExecArray | null;
  let covered = 0;
  while ((match = PREFILTER.exec(text)) !== null) {
    const at = match.index;
    if (at < covered) continue;
    let group = 1;
    while (match[group] === undefined) group++;
    const found = ANCHORS[group - 1]?.detect(text, at, at + match[0].length, options);
    if (!found || encrypted.contains(found.index)) continue;
    hits.push(found);
    // A generic assignment's value may hold a known token (`apiKey: "AIza..."`): let the specific
    // detector inside it run, and keep only its hit.
    if (found.detector !== "generic-secret") covered = found.index + found.secret.length;
  }
  return withoutCoveredGeneric(hits);
}

/**
 * SOPS `ENC[...]` values and dotenvx `encrypted:` values are ciphertext, whatever they contain. The
 * `ENC[` offsets are collected once per text, so each question costs a binary search, not a scan back.
 */
class EncryptedValues {
  private readonly opens: Occurrences;
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.opens = new Occurrences(text, "ENC[");
    this.lines = new LineIndex(text);
  }

  /** The last `ENC[` at or before `index`, or -1. */
  private openBefore(index: number): number {
    const count = this.opens.countBefore(index, true);
    return count === 0 ? -1 : (this.opens.all()[count - 1] ?? -1);
  }

  contains(index: number): boolean {
    const lineStart = this.lines.startOf(this.lines.lineOf(index));
    const open = this.openBefore(index);
    if (open >= lineStart) {
      const close = this.text.indexOf("]", open);
      if (close === -1 || close >= index) return true;
    }
    let start = index;
    while (start > lineStart && !/[\s"'=]/.test(this.text[start - 1] ?? "")) start--;
    return this.text.startsWith("encrypted:", start);
  }
}

/**
 * A generic assignment that overlaps a specific token's hit is dropped for it. Hits come in text order,
 * so overlaps are found in one pass over the hits sorted by start, not by comparing every pair.
 */
function withoutCoveredGeneric(hits: SecretHit[]): SecretHit[] {
  const order = hits.map((hit, position) => ({ hit, position })).sort((a, b) => a.hit.index - b.hit.index);
  const covered = new Set<number>();
  for (const [at, { hit, position }] of order.entries()) {
    const end = hit.index + hit.secret.length;
    // Every overlap is seen from the hit that starts first: the later hits that start before its end.
    for (let next = at + 1; next < order.length && (order[next]?.hit.index ?? Infinity) < end; next++) {
      covered.add(position);
      covered.add(order[next]?.position ?? -1);
    }
  }
  return hits.filter((hit, position) => hit.detector !== "generic-secret" || !covered.has(position));
}
