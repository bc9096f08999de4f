/**
 * The `secret-pattern` detectors, built from the credential table (credentials.ts). Speed comes from one
 * search for the formats' literal anchors (`glpat-`, `AKIA`, `-----BEGIN `, `://`, `*_TOKEN =`...) over
 * the file's bytes (literals.ts); only the lines where an anchor is found are decoded, and there the
 * formats behind it run their exact (sticky) patterns and checks.
 */
import { createHmac } from "node:crypto";
import { CREDENTIAL_FORMATS, type CodeDetector, type CredentialFormat } from "./credentials.js";
import type { Severity } from "./rules.js";
import { literalExpansions, parseShape, segmentSource, type Segment } from "./shapes.js";
import { LineBounds, Occurrences, asBuffer, lineEndAt, lineStartAt } from "../lines.js";
import { LiteralSearch } from "./literals.js";
import { entropy, hasCharacterClasses, hasPlaceholderWord, isPlaceholder, readsAsWords } from "./values.js";

export interface SecretHit {
  /** Stable detector id, e.g. `github-token`. */
  detector: string;
  /** What it is, for messages: "GitHub token". */
  label: string;
  severity: Severity;
  /** Offset of the secret in the text. */
  index: number;
  secret: string;
  /** The fixed prefix of its format the secret starts with (`glpat-`), the only part a message may show. */
  prefix: string;
  /**
   * The secret as the text holds it, from `index`, when `secret` is not that: a private key's body is
   * judged without its line breaks, but a purge plan must replace what the file holds.
   */
  verbatim?: string;
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

/** Folders whose files are tests, fixtures, examples or docs. */
const SAMPLE_FOLDERS = new Set(
  "test tests __tests__ testing testdata test-data test_data spec specs __mocks__ mocks fixtures __fixtures__ fixture example examples sample samples demo demos doc docs documentation".split(
    " ",
  ),
);
const SAMPLE_FILE =
  /(?:^|[._-])(?:test|tests|spec|example|sample)[._-]|_test\.go$|Tests?\.(?:java|kt|cs|scala)$|^conftest\.py$/i;

/**
 * The default of `sample-paths`: a file under a test, fixture, example or docs folder, or named as a
 * test (`x_test.go`, `test_x.py`, `x.test.ts`, `XTest.java`), or a docs file (`.md`, `.txt`, ...).
 */
export function isSamplePath(file: string): boolean {
  const parts = file.toLowerCase().split("/");
  const name = file.slice(file.lastIndexOf("/") + 1);
  return (
    parts.slice(0, -1).some((part) => SAMPLE_FOLDERS.has(part)) ||
    SAMPLE_FILE.test(name) ||
    fileKind(file) === "docs"
  );
}

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
  /** The file is a test, fixture, example or doc (samplePath): a generic value there is a warning. */
  sample?: boolean;
  /** Triple-quoted strings are docstrings (Python): a generic value in one is documentation. */
  docstrings?: boolean;
  /** The whole file documents an API (an OpenAPI or Swagger description): its values are examples. */
  apiDescription?: boolean;
  /** Milliseconds since the epoch: a JWT that expired before it is only a warning. */
  now: number;
}

type Detect = (text: string, at: number, anchorEnd: number, options: PatternOptions) => SecretHit | undefined;

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** The match starts a token: no letter, digit or `_` right before it. */
function startsToken(text: string, at: number): boolean {
  return at === 0 || !isWordCode(text.charCodeAt(at - 1));
}

function hit(
  detector: string,
  label: string,
  index: number,
  secret: string,
  severity: Severity = "error",
  prefix = "",
): SecretHit {
  return { detector, label, severity, index, secret, prefix };
}

// --- Identifiers: a token-shaped match that is code, not a credential ---------------------------------

/**
 * Import lines: `import …` (JavaScript, Python, Go, Java), Python's `from x import`, and only the
 * JavaScript exports that import (`export … from`, `export {`, `export *`): `export NAME=value` is
 * how shells assign secrets.
 */
const IMPORT_LINE =
  /^\s*(?:import\s|from\s+[\w.]+\s+import\s|export\s*[{*]|export\s.*\bfrom\s+["'])|\brequire\(|\bimport\(/;

const SLASH = 47;
const DOT = 46;
const PAREN = 40;

/**
 * Decided by the characters around the match, as the best scanners do: a call or definition (`name(`),
 * a segment of a dotted or slashed path (`pkg/name/x`, `a.name.b`), or anything on an import line.
 */
function isIdentifierContext(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === PAREN) return true;
  const previous = text.charCodeAt(start - 1);
  if (
    (previous === SLASH || previous === DOT) &&
    (next === SLASH || next === DOT) &&
    isWordCode(text.charCodeAt(end + 1))
  )
    return true;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return start - lineStart < 400 && IMPORT_LINE.test(text.slice(lineStart, start));
}

// --- Formats detected by their shape ----------------------------------------------------------------

interface ShapeMatcher {
  format: CredentialFormat;
  /** Sticky; applied `lead` characters before the anchor. */
  pattern: RegExp;
  lead: number;
  /** The literals a match starts with, longest first (none when random characters come first). */
  prefixes: string[];
  /** Capture groups of digits only (ids, not randomness). */
  digitGroups: Set<number>;
}

/** Where the anchor literal sits in the shape, and how many fixed characters come before it. */
function anchorOf(format: CredentialFormat, segments: readonly Segment[]): { at: number; lead: number } {
  const at = format.anchor
    ? segments.findIndex(
        (segment) => segment.kind === "literal" && segment.options.includes(format.anchor ?? ""),
      )
    : segments.findIndex((segment) => segment.kind === "literal");
  if (at < 0) throw new Error(`credential format ${format.id}: no literal to anchor ${format.shape}`);
  let lead = 0;
  for (const segment of segments.slice(0, at)) {
    const length =
      segment.kind === "class" && segment.min === segment.max
        ? segment.min
        : segment.kind === "literal" && segment.options.length === 1
          ? (segment.options[0] ?? "").length
          : undefined;
    if (length === undefined)
      throw new Error(`credential format ${format.id}: variable length before its anchor`);
    lead += length;
  }
  return { at, lead };
}

function lastClassCharacters(segments: readonly Segment[]): string {
  const last = segments[segments.length - 1];
  return last?.kind === "class" ? segmentSource(last).slice(2, segmentSource(last).indexOf("]")) : "";
}

function compile(format: CredentialFormat): { matcher: ShapeMatcher; anchor: string; samples: string[] } {
  const segments = parseShape(format.shape);
  const { at, lead } = anchorOf(format, segments);
  // The token ends where its characters end: no word character (or one of its own class) follows.
  const boundary = `(?![A-Za-z0-9_${lastClassCharacters(segments)}])`;
  const pattern = new RegExp(segments.map(segmentSource).join("") + boundary, "y");
  const anchored = segments.slice(at);
  const literalRun = anchored.findIndex((segment) => segment.kind !== "literal");
  const anchorSegments = anchored.slice(0, literalRun < 0 ? anchored.length : literalRun);
  const samples = literalExpansions(anchorSegments);
  const prefixes = lead === 0 ? [...samples].sort((a, b) => b.length - a.length) : [];
  const classes = segments.filter((segment) => segment.kind === "class");
  const digitGroups = new Set(
    classes.flatMap((segment, group) => (segment.name === "digits" ? [group + 1] : [])),
  );
  return {
    matcher: { format, pattern, lead, prefixes, digitGroups },
    anchor: anchorSegments.map(segmentSource).join(""),
    samples,
  };
}

/** Below this entropy the random part of a known format is a made-up value, not a generated one. */
function minimumEntropy(format: CredentialFormat, body: string): number {
  return Math.min(format.minEntropy ?? 3, Math.log2(body.length) - 1);
}

/** Below this, random letters read as words too often (`VoxJuehzHpyy`) to tell a look-alike by them. */
export const LOOK_ALIKE_LENGTH = 16;

/** The longest random part of a match, digits-only groups (ids) aside: where a made-up value shows. */
function longestPart(match: RegExpExecArray, digitGroups: ReadonlySet<number>): string {
  let longest = "";
  for (let group = 1; group < match.length; group++) {
    const part = match[group] ?? "";
    if (!digitGroups.has(group) && part.length > longest.length) longest = part;
  }
  return longest;
}

/**
 * All random parts of a match joined, digits-only groups aside: a format of several short groups
 * (1Password's) has its entropy and character classes in all of them together.
 */
function randomPart(match: RegExpExecArray, digitGroups: ReadonlySet<number>): string {
  let body = "";
  for (let group = 1; group < match.length; group++) if (!digitGroups.has(group)) body += match[group] ?? "";
  return body;
}

/**
 * The severity of a shape match: a placeholder or a made-up random part is a note (documentation
 * usually), a real-looking one the format's severity; undefined for an identifier, and for a random
 * part whose checksum fails (tests and docs write those on purpose).
 */
function judge(matcher: ShapeMatcher, match: RegExpExecArray): Severity | undefined {
  const { format } = matcher;
  const longest = longestPart(match, matcher.digitGroups);
  const body = randomPart(match, matcher.digitGroups);
  const severity = format.testMode?.test(match[0]) ? "warning" : format.severity;
  // A checksum decides: a valid one is a credential whatever its body spells (`...FAKE...` by chance).
  if (format.valid) return format.valid(match[0]) ? severity : isPlaceholder(longest) ? "note" : undefined;
  // A look-alike spells words where the format has random characters (`hf_downloadDatasetSnapshot…`).
  if (longest.length >= LOOK_ALIKE_LENGTH && readsAsWords(longest)) return undefined;
  // A placeholder or a made-up random part: documentation, not anyone's credential.
  if (
    isPlaceholder(longest) ||
    entropy(body) < minimumEntropy(format, body) ||
    !hasCharacterClasses(body, format.minClasses ?? 2)
  )
    return "note";
  return severity;
}

/** What may follow a known prefix in documentation: `<token>`, `${TOKEN}`, `{{ token }}`, `xxxx`. */
const PLACEHOLDER_TAIL = /<[^<>\s]{1,64}>|\$\{[^}\s]{1,64}\}|\{\{[^}\n]{1,64}\}\}|[A-Za-z0-9_.*-]{4,120}/y;

function placeholderAfter(text: string, from: number): string | undefined {
  PLACEHOLDER_TAIL.lastIndex = from;
  const tail = PLACEHOLDER_TAIL.exec(text)?.[0];
  if (tail === undefined) return undefined;
  if (/^[<$]|^\{\{/.test(tail)) return tail;
  const alphanumerics = tail.match(/[A-Za-z0-9]/g)?.length ?? 0;
  if (alphanumerics < 3) return undefined;
  // A short tail is too easily mostly one character by chance (`8884`, `6646-6866`): only a word or
  // one repeated character makes it a placeholder.
  if (alphanumerics < 12) return hasPlaceholderWord(tail) || /^(.)\1+$/.test(tail) ? tail : undefined;
  return isPlaceholder(tail) ? tail : undefined;
}

/** A prefix that names its format on its own (`glpat-`, `sk_live_`): a placeholder after it is documentation. */
function namesItsFormat({ format, prefixes }: ShapeMatcher): boolean {
  return (
    !format.weakPrefix && prefixes.length > 0 && prefixes.every((prefix) => /^.{2,}[-_.~]$/.test(prefix))
  );
}

function shapeDetector(matchers: readonly ShapeMatcher[]): Detect {
  const placeholderFormat = matchers.find(namesItsFormat)?.format;
  return (text, at, anchorEnd) => {
    for (const matcher of matchers) {
      const start = at - matcher.lead;
      if (start < 0 || !startsToken(text, start)) continue;
      matcher.pattern.lastIndex = start;
      const match = matcher.pattern.exec(text);
      if (!match) continue;
      // A value that passes its format's checks is reported wherever it stands (`name(`, a path):
      // the context only tells look-alikes (the placeholder tail below) from documentation.
      const severity = judge(matcher, match);
      if (!severity) return undefined;
      const prefix = matcher.prefixes.find((literal) => match[0].startsWith(literal)) ?? "";
      return hit(matcher.format.id, matcher.format.label, start, match[0], severity, prefix);
    }
    if (!placeholderFormat || !startsToken(text, at)) return undefined;
    const tail = placeholderAfter(text, anchorEnd);
    if (tail === undefined || isIdentifierContext(text, at, anchorEnd + tail.length)) return undefined;
    const label = `${placeholderFormat.label} placeholder`;
    const prefix = text.slice(at, anchorEnd);
    return hit(placeholderFormat.id, label, at, prefix + tail, "note", prefix);
  };
}

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
  const verbatim = PEM_BODY.exec(text)?.[0] ?? "";
  const body = verbatim.replace(/\s|\\[nr]/g, "");
  // A PEM parser's string constant has no key material after the header; a real key has lines of it.
  if (body.length < 64 || entropy(body.slice(0, 256)) < 4.5) return undefined;
  const encrypted = (header[1] ?? "").startsWith("ENCRYPTED") || preamble?.[0].includes("ENCRYPTED");
  // A passphrase-protected key still leaks when the passphrase is weak, but is not usable as it is.
  const found = hit(
    "private-key",
    header[1] ?? "private key",
    bodyStart,
    body,
    encrypted ? "warning" : "error",
  );
  return { ...found, verbatim: withoutTrailingBreaks(verbatim) };
};

/** A PEM body without the line breaks (and escaped ones, `\n` in a string) before its END line. */
function withoutTrailingBreaks(text: string): string {
  let end = text.length;
  for (;;) {
    if (/\s/.test(text.charAt(end - 1))) end--;
    else if (text.charAt(end - 2) === "\\" && /[nr]/.test(text.charAt(end - 1))) end -= 2;
    else return text.slice(0, end);
  }
}

/** A break where a wrapped JWT goes on: after a `.`, an optional `\`, the line break and indentation. */
const JWT_BREAK = "(?:\\\\?\\r?\\n[ \\t]+)?";
const JWT = new RegExp(
  `eyJ[A-Za-z0-9_-]{10,}\\.${JWT_BREAK}eyJ[A-Za-z0-9_-]{10,}\\.${JWT_BREAK}[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])`,
  "y",
);
const SAMPLE_CLAIMS = /John Doe|Jane Doe|"1234567890"|example\.(?:com|org|net)/;

function base64UrlJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The HMAC keys that tutorials and jwt.io sign their example tokens with. */
const EXAMPLE_JWT_KEYS = [
  "secret",
  "your-256-bit-secret",
  "your-secret-key",
  "secret-key",
  "secretkey",
  "my-secret",
  "mysecret",
  "changeme",
];
const HMAC_HASHES: Record<string, string> = { hs256: "sha256", hs384: "sha384", hs512: "sha512" };

/** A token whose HMAC signature verifies with a key everyone knows is an example, not a credential. */
function signedWithExampleKey(token: string, alg: string): boolean {
  const hash = HMAC_HASHES[alg.toLowerCase()];
  if (!hash) return false;
  const cut = token.lastIndexOf(".");
  const signature = token.slice(cut + 1);
  return EXAMPLE_JWT_KEYS.some(
    (key) => createHmac(hash, key).update(token.slice(0, cut)).digest("base64url") === signature,
  );
}

const jwt: Detect = (text, at, _anchorEnd, options) => {
  if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1] ?? "")) return undefined;
  JWT.lastIndex = at;
  const match = JWT.exec(text);
  if (!match) return undefined;
  const token = match[0].replace(/\\?\r?\n[ \t]+/g, "");
  const [header = "", payload = ""] = token.split(".");
  const decodedHeader = base64UrlJson(header) as { alg?: unknown } | undefined;
  const claims = Buffer.from(payload, "base64url").toString("utf8");
  if (typeof decodedHeader?.alg !== "string" || decodedHeader.alg.toLowerCase() === "none") return undefined;
  const decoded = base64UrlJson(payload) as { exp?: unknown } | undefined;
  if (typeof decoded !== "object" || SAMPLE_CLAIMS.test(claims)) return undefined;
  const expired = typeof decoded.exp === "number" && decoded.exp * 1000 < options.now;
  if (signedWithExampleKey(token, decodedHeader.alg))
    return hit("jwt", "JSON Web Token signed with a documentation key", at, match[0], "note", "eyJ");
  return hit(
    "jwt",
    expired ? "expired JSON Web Token" : "JSON Web Token",
    at,
    match[0],
    expired ? "warning" : "error",
    "eyJ",
  );
};

const URL_CREDENTIALS = /([^\s:/?#@"'`<>\\]{0,128}):([^\s/?#@"'`<>\\]{1,256})@([A-Za-z0-9._-]+)/y;
const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{1,31}$/;
/** Passwords that documentation writes instead of one: a URL holding one is an example, not a leak. */
const DUMMY_PASSWORDS = new Set(
  "password pass passwd pwd secret root admin postgres mysql guest test user demo changeme token pw p".split(
    " ",
  ),
);
const SENTRY_DSN = /([0-9a-f]{32})(?::[0-9a-f]{32})?@([A-Za-z0-9.-]+)(?::\d+)?\/\d+/y;

/**
 * A high-entropy value assigned to a secret-named variable is an error where deployed code and
 * configuration live, and a warning in tests, fixtures, examples and docs, which are full of example
 * values and test vectors.
 */
function genericSeverity(options: PatternOptions): Severity {
  return options.kind === "docs" || options.sample === true ? "warning" : "error";
}

/**
 * A URL password: a placeholder is nothing, a short or low-entropy one (`s3cret`, `hunter22`) a warning,
 * anything else an error, whatever the host: `user:pw@example.com` in a README is still a real password
 * more often than not.
 */
function urlPasswordSeverity(user: string, password: string): Severity | undefined {
  if (
    password === user ||
    DUMMY_PASSWORDS.has(password.toLowerCase()) ||
    /^[$%{<*[(]/.test(password) ||
    isPlaceholder(password)
  )
    return undefined;
  return password.length < 12 || entropy(password) < 3 ? "warning" : "error";
}

/** Everything that follows a `scheme://`: a Sentry DSN or a password in the URL. */
const url: Detect = (text, at, anchorEnd) => {
  const scheme = SCHEME.exec(text.slice(Math.max(0, at - 32), at))?.[0];
  if (!scheme) return undefined;
  SENTRY_DSN.lastIndex = anchorEnd;
  const dsn = SENTRY_DSN.exec(text);
  if (dsn?.[1] && /sentry/i.test(dsn[2] ?? "")) return hit("sentry-dsn", "Sentry DSN key", anchorEnd, dsn[1]);
  URL_CREDENTIALS.lastIndex = anchorEnd;
  const credentials = URL_CREDENTIALS.exec(text);
  if (!credentials) return undefined;
  const [, user = "", password = ""] = credentials;
  const severity = urlPasswordSeverity(user, password);
  return (
    severity && hit("url-password", "password in a URL", anchorEnd + user.length + 1, password, severity)
  );
};

/** Secret-like name endings; `key` alone is too common in code (`cacheKey`, `primaryKey`). */
const SECRET_KEY_NAMES =
  /(?:api|secret|private|access|auth|signing|encryption|master|client|license|account|storage|subscription|session|webhook|admin|write|service|app|deploy|management|sdk|mobile|server)key$/;
const NOT_SECRET_NAMES =
  /(?:public|pub|publishable|search|searchapi|next|page|continuation|cancellation|sync|resume|refresh_?url|id|csrf|xsrf|authenticity|significant)(?:key|token)$|^(?:key|is\w*|has\w*)$|^(?:nextpublic|nuxtpublic|expopublic)/;
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
const UNQUOTED = /([^\s"'`,;&()[\]{}<>]{1,512})(?![^\s"'`,;&)\]}<>])/y;
const SPACES = /[ \t]*/y;

/** A one-line triple-quoted string (Python, Kotlin): `KEY = """value"""`. */
const TRIPLE_QUOTED = /("""|''')([^"'\n\\]{1,512})\1/y;

/** A value inside a JSON string (a notebook's source line): `\"api_key\": \"value\"`. */
const ESCAPED_QUOTED = /\\"([^"\\\n]{1,512})\\"/y;

function assignedValue(text: string, from: number, code: boolean): string | undefined {
  SPACES.lastIndex = from;
  SPACES.exec(text);
  const start = SPACES.lastIndex;
  if (text.startsWith('"""', start) || text.startsWith("'''", start)) {
    TRIPLE_QUOTED.lastIndex = start;
    return TRIPLE_QUOTED.exec(text)?.[2];
  }
  if (text[start] === "\\" && text[start + 1] === '"') {
    ESCAPED_QUOTED.lastIndex = start;
    return ESCAPED_QUOTED.exec(text)?.[1];
  }
  const quote = text[start];
  const pattern =
    quote === '"' || quote === "'" || quote === "`" ? QUOTED[quote] : code ? undefined : UNQUOTED;
  if (!pattern) return undefined;
  pattern.lastIndex = start;
  return pattern.exec(text)?.[1];
}

/** One part of a path that is a word or words: `actions`, `create-github-app-token`, `resources`. */
function isWordSegment(segment: string): boolean {
  if (segment === "" || readsAsWords(segment)) return true;
  const vowels = segment.match(/[aeiouy]/gi)?.length ?? 0;
  return /^[a-z]{2,}$/i.test(segment) && vowels * 4 >= segment.length;
}

/** A value that could be a generated secret: long, random-looking, with letters and digits, no template. */
function looksGenerated(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || /^[$%{<(]|^ENC\[|^encrypted:/.test(value)) return false;
  // Letters with digits or with both cases: generated keys are not always alphanumeric mixes.
  if (!/[A-Za-z]/.test(value) || !hasCharacterClasses(value, 2) || isPlaceholder(value)) return false;
  // Paths, URLs, dotted names and version strings are configuration, not secrets.
  if (/^[a-z][a-z0-9+.-]*:\/\/|^\.{0,2}\/|^[\w-]+(?:\.[\w-]+){2,}$/i.test(value)) return false;
  // Names of things (`challengePassword`, `_EllipticCurvePrivateKey`, `?NonExpressionParenEnd`), and
  // paths of them (`actions/create-github-app-token`, `src/main/resources`).
  if (readsAsWords(value.replace(/^[^A-Za-z]+/, ""))) return false;
  if (value.includes("/") && value.split("/").every(isWordSegment)) return false;
  // Hexadecimal has 16 symbols: a random hex key (or a UUID) of 20 to 40 characters reaches only about 3.5 to 3.8 bits.
  const ceiling = /^[0-9a-f-]+$/i.test(value) ? 3 : 3.5;
  return entropy(value) >= Math.min(ceiling, Math.log2(value.length) - 0.7);
}

/** Any variable name that names a secret (`HF_TOKEN`, `dbPassword`; not `REDIS_HOST`, `cacheKey`). */
export function namesSecret(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_WORDS.some((word) => lower.endsWith(word)) && isSecretName(name);
}

/** Calls whose first two arguments are a name and its value: `setProperty("X", "v")`, `os.Setenv`. */
const SETTER_CALL = /(?:setProperty|[Ss]etenv|putenv|SetEnvironmentVariable|\.put|\.set)\(\s*$/;

function generic(
  text: string,
  at: number,
  nameEnd: number,
  anchorEnd: number,
  options: PatternOptions,
): SecretHit | undefined {
  const before = NAME_CHARS.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? "";
  const name = before + text.slice(at, nameEnd);
  // Four digits before the word: the inside of a random value (`…m85kchZR0i0EbkPWD=`), not a name.
  if (!isSecretName(name) || (before.match(/[0-9]/g)?.length ?? 0) >= 4) return undefined;
  // `"NAME", "value"` is an assignment only as the arguments of a setter.
  if (text.charCodeAt(anchorEnd - 1) === COMMA) {
    const quote = at - before.length - 1;
    if (!SETTER_CALL.test(text.slice(Math.max(0, quote - 48), quote))) return undefined;
  }
  const value = assignedValue(text, anchorEnd, options.kind === "code");
  if (value === undefined || !looksGenerated(value)) return undefined;
  return hit(
    "generic-secret",
    `high-entropy value of ${name.slice(0, 60)}`,
    text.indexOf(value, anchorEnd),
    value,
    genericSeverity(options),
  );
}

const CODE_DETECTORS: Record<Exclude<CodeDetector, "generic">, { samples: string[]; detect: Detect }> = {
  "private-key": { samples: ["-----BEGIN "], detect: privateKey },
  jwt: { samples: ["eyJ"], detect: jwt },
  url: { samples: ["://"], detect: url },
};

/** What runs where the prefilter found a literal: its detectors, then those of its shorter prefixes. */
type Dispatch = Map<string, Array<{ detect: Detect; anchorLength: number }>>;

function buildDispatch(): Dispatch {
  const matchersBySample = new Map<string, ShapeMatcher[]>();
  const codes = new Set<Exclude<CodeDetector, "generic">>();
  for (const format of CREDENTIAL_FORMATS) {
    if (format.detector === "generic") continue;
    if (format.detector !== "shape") {
      codes.add(format.detector);
      continue;
    }
    const { matcher, samples } = compile(format);
    for (const sample of samples)
      matchersBySample.set(sample, [...(matchersBySample.get(sample) ?? []), matcher]);
  }
  const own = new Map<string, Detect[]>();
  for (const [sample, matchers] of matchersBySample) own.set(sample, [shapeDetector(matchers)]);
  for (const code of codes) {
    for (const sample of CODE_DETECTORS[code].samples)
      own.set(sample, [...(own.get(sample) ?? []), CODE_DETECTORS[code].detect]);
  }
  // `sk-ant-api03-` is also an `sk-`: when no Anthropic shape matches, the OpenAI one may.
  const samples = [...own.keys()].sort((a, b) => b.length - a.length);
  const dispatch: Dispatch = new Map();
  for (const sample of samples) {
    // Its prefixes that are samples too, longest first (the order the longer ones are tried in).
    const shorter: string[] = [];
    for (let length = sample.length - 1; length > 0; length--)
      if (own.has(sample.slice(0, length))) shorter.push(sample.slice(0, length));
    dispatch.set(
      sample,
      [sample, ...shorter].flatMap((anchor) =>
        (own.get(anchor) ?? []).map((detect) => ({ detect, anchorLength: anchor.length })),
      ),
    );
  }
  return dispatch;
}

/** Words that name a secret when an assignment follows them (`API_KEY=`, `"password":`, `token =>`). */
const SECRET_WORDS = [
  "key",
  "token",
  "secret",
  "passphrase",
  "password",
  "passwd",
  "pass",
  "pwd",
  "credentials",
  "credential",
];
/** How names spell them: `apiKey`, `ApiKey`, `API_KEY` (one literal each keeps the search exact and fast). */
const SECRET_WORD_SPELLINGS = SECRET_WORDS.flatMap((word) => [
  word,
  (word[0] ?? "").toUpperCase() + word.slice(1),
  word.toUpperCase(),
]);
const DISPATCH = buildDispatch();
const SAMPLES = [...DISPATCH.keys()];
const URL_SAMPLE = SAMPLES.indexOf("://");
const SEARCH = new LiteralSearch([...SAMPLES, ...SECRET_WORD_SPELLINGS]);

const [QUOTE, APOSTROPHE, BACKTICK, SPACE, TAB, COLON, EQUALS, GREATER, AT, NEWLINE, CLOSE_BRACKET] = [
  34, 39, 96, 32, 9, 58, 61, 62, 64, 10, 93,
];
const [DASH, BACKSLASH] = [45, 92];

const [QUESTION, PLUS, COMMA, OPEN_BRACE, CLOSE_BRACE, LESS, STAR] = [63, 43, 44, 123, 125, 60, 42];

const VALUE_ATTRIBUTE = Buffer.from("value=");

const isQuoteByte = (code: number | undefined) => code === QUOTE || code === APOSTROPHE || code === BACKTICK;

/** `=` that is not `==`, at `at`: where the value starts after it, or -1. */
function equalsAt(bytes: Uint8Array, at: number): number {
  if (bytes[at] !== EQUALS) return -1;
  if (bytes[at + 1] === GREATER) return at + 2;
  return bytes[at + 1] === EQUALS ? -1 : at + 1;
}

/**
 * A line that assigns with a space (`ENV NAME value`, `ARG`, `setenv NAME value`, fish's `set -x NAME
 * value`, .netrc's `password value`): the name at `nameStart` is the line's first word or follows one
 * of those keywords.
 */
const SPACE_ASSIGNMENT_LINE = /^[ \t]*(?:(?:ENV|ARG|setenv|set(?:[ \t]+-[A-Za-z]+)+|machine[ \t].*)[ \t]+)?$/;

function spaceAssignment(bytes: Uint8Array, nameStart: number): boolean {
  let lineStart = nameStart;
  while (lineStart > 0 && nameStart - lineStart < 240 && bytes[lineStart - 1] !== NEWLINE) lineStart--;
  if (lineStart > 0 && bytes[lineStart - 1] !== NEWLINE) return false;
  return SPACE_ASSIGNMENT_LINE.test(
    Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, nameStart - lineStart).toString("latin1"),
  );
}

/**
 * Where the value of an assignment starts after a secret word that ends at `from`, or -1: the word
 * must end the name, then come an assignment operator (`=`, `:`, `:=`, `::=`, `?=`, `.=`, `+=`, `=>`),
 * a quoted name's closing quote (`"api_key":`, `\"api_key\":` in a notebook's JSON string, a call's
 * `("NAME", "value")`), an XML element's `>`, a C# property's `{ get; set; } =`, a Go type
 * (`var apiKey string =`), or a space after a name that a keyword line assigns (`ENV NAME value`).
 * The text detector checks what the bytes can only suggest (the `<` of an element, the call).
 */
function assignmentEnd(bytes: Uint8Array, nameStart: number, from: number): number {
  let at = from;
  let quoted = false;
  if (bytes[at] === BACKSLASH && isQuoteByte(bytes[at + 1])) {
    at += 2;
    quoted = true;
  } else if (isQuoteByte(bytes[at])) {
    at++;
    quoted = true;
  }
  if (!quoted && bytes[at] === GREATER) return bytes[nameStart - 1] === LESS ? at + 1 : -1;
  const afterName = at;
  while (bytes[at] === SPACE || bytes[at] === TAB) at++;
  const operator = bytes[at];
  if (operator === COLON) {
    // `${NAME:-default}` and its kin are a shell's defaults, not assignments.
    if (bytes[at + 1] === DASH || bytes[at + 1] === QUESTION || bytes[at + 1] === PLUS) return -1;
    if (bytes[at + 1] === COLON && bytes[at + 2] === EQUALS) return at + 3;
    return bytes[at + 1] === EQUALS ? at + 2 : at + 1;
  }
  if (operator === EQUALS) return equalsAt(bytes, at);
  if ((operator === QUESTION || operator === DOT || operator === PLUS) && bytes[at + 1] === EQUALS)
    return at + 2;
  if (operator === COMMA) return quoted ? at + 1 : -1;
  // `<add key="ApiKey" value="..." />` (.NET app settings): the value is the next attribute.
  if (quoted && at > afterName && VALUE_ATTRIBUTE.equals(bytes.subarray(at, at + VALUE_ATTRIBUTE.length)))
    return at + VALUE_ATTRIBUTE.length;
  if (operator === OPEN_BRACE && !quoted) {
    let close = at + 1;
    while (close < at + 48 && bytes[close] !== CLOSE_BRACE && bytes[close] !== NEWLINE) close++;
    if (bytes[close] !== CLOSE_BRACE) return -1;
    close++;
    while (bytes[close] === SPACE || bytes[close] === TAB) close++;
    return equalsAt(bytes, close);
  }
  if (at === afterName || quoted || operator === undefined) return -1;
  if (isWordCode(operator)) {
    // A type between the name and `=` (Go, Kotlin without the colon), or the value of a keyword line.
    let typeEnd = at;
    while (isWordCode(bytes[typeEnd] ?? 0) || bytes[typeEnd] === DOT || bytes[typeEnd] === STAR) typeEnd++;
    let next = typeEnd;
    while (bytes[next] === SPACE || bytes[next] === TAB) next++;
    if (next > typeEnd && bytes[next] === EQUALS) return equalsAt(bytes, next);
  }
  if (operator === NEWLINE || operator === 13) return -1;
  return spaceAssignment(bytes, nameStart) ? at : -1;
}

/** Bytes of a name before a secret word (NAME_CHARS): `HF_` of `HF_TOKEN`, `smtp.` of `smtp.password`. */
const NAME_BYTES = new Uint8Array(256);
for (const range of ["AZ", "az", "09"])
  for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++) NAME_BYTES[code] = 1;
for (const code of [95, DOT, DASH]) NAME_BYTES[code] = 1;

/** Bytes that end the user and password part of a URL (whitespace, `/?#"'\`<>\\`). */
const URL_STOP = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 47, 63, 35, 34, 39, 96, 60, 62, 92]) URL_STOP[code] = 1;

/** Credentials (or a DSN key) follow `://` only when an `@` comes before the end of the authority. */
function credentialsAhead(bytes: Uint8Array, from: number): boolean {
  const end = Math.min(bytes.length, from + 386);
  for (let at = from; at < end; at++) {
    const code = bytes[at] ?? 0;
    if (code === AT) return true;
    if (URL_STOP[code] === 1) return false;
  }
  return false;
}

/**
 * The occurrences worth a detector, as (start, literal, anchor end) triples. Secret words need an
 * assignment after them and `://` an `@` ahead: checked on the bytes, so that a file whose occurrences
 * all fail (most source files) is never decoded.
 */
function candidates(bytes: Uint8Array): number[] {
  const kept: number[] = [];
  SEARCH.forEach(bytes, (at, word) => {
    const end = at + (SEARCH.words[word]?.length ?? 0);
    let anchorEnd = end;
    if (word >= SAMPLES.length) {
      let nameStart = at;
      while (nameStart > 0 && at - nameStart < 80 && NAME_BYTES[bytes[nameStart - 1] ?? 0] === 1) nameStart--;
      anchorEnd = assignmentEnd(bytes, nameStart, end);
      if (anchorEnd < 0) return;
    } else if (word === URL_SAMPLE && !credentialsAhead(bytes, end)) return;
    // Occurrences come by end; callers want them by start, longest first at one start. A longer
    // literal ends later than a shorter one at its start, and rarely than one that starts after it:
    // moving the new one back past those few keeps the list in order.
    let place = kept.length;
    kept.push(at, word, anchorEnd);
    while (place >= 3) {
      const before = kept[place - 3] ?? 0;
      const beforeLength = SEARCH.words[kept[place - 2] ?? 0]?.length ?? 0;
      if (before < at || (before === at && beforeLength >= end - at)) break;
      kept.copyWithin(place, place - 3, place);
      kept[place - 3] = at;
      kept[place - 2] = word;
      kept[place - 1] = anchorEnd;
      place -= 3;
    }
  });
  return kept;
}

function detectAt(
  text: string,
  at: number,
  word: number,
  anchorEnd: number,
  options: PatternOptions,
): SecretHit | undefined {
  const literal = SAMPLES[word];
  if (literal === undefined)
    return generic(text, at, at + (SEARCH.words[word]?.length ?? 0), anchorEnd, options);
  for (const { detect, anchorLength } of DISPATCH.get(literal) ?? []) {
    const found = detect(text, at, at + anchorLength, options);
    if (found) return found;
  }
  return undefined;
}

const PRIVATE_KEY_ANCHOR = "-----BEGIN ";
const PRIVATE_KEY_WORDS = Buffer.from("PRIVATE KEY");
/** Bytes of a PEM header's words (`RSA PRIVATE KEY-----`), and of its body (base64, `\s`, `\n` escapes). */
const [HEADER_BYTES, BODY_BYTES] = [new Uint8Array(256), new Uint8Array(256)];
for (const range of ["AZ", "09"])
  for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++) HEADER_BYTES[code] = 1;
for (const code of [SPACE, DASH]) HEADER_BYTES[code] = 1;
for (const range of ["AZ", "az", "09"])
  for (let code = range.charCodeAt(0); code <= range.charCodeAt(1); code++) BODY_BYTES[code] = 1;
for (const code of [43, 47, EQUALS, BACKSLASH, 9, 10, 11, 12, 13, 32, 0xa0]) BODY_BYTES[code] = 1;
const PREAMBLE_NAMES = ["Proc-Type: ", "DEK-Info: ", "Comment: ", "Version: ", "Hash: "].map((name) =>
  Buffer.from(name),
);

/**
 * Where the private key detector stops reading at the latest: past the header's words, its body and
 * armor lines (a bound, not a parse: a superset of what PRIVATE_KEY_HEADER, PEM_PREAMBLE and PEM_BODY
 * can match).
 */
function privateKeyEnd(bytes: Buffer, from: number): number {
  let at = from;
  while (at < bytes.length && HEADER_BYTES[bytes[at] ?? 0] === 1) at++;
  while (at < bytes.length) {
    if (BODY_BYTES[bytes[at] ?? 0] === 1) {
      at++;
      continue;
    }
    const name = PREAMBLE_NAMES.find((candidate) =>
      bytes.subarray(at, at + candidate.length).equals(candidate),
    );
    if (!name) break;
    at += name.length;
    while (at < bytes.length && bytes[at] !== NEWLINE && bytes[at] !== BACKSLASH) at++;
  }
  return at;
}

/**
 * The text a detector runs on for the candidate at `at`: the candidate's whole line(s), decoded. Every
 * detector looks only within the line of its anchor (no character class or literal of a format holds a
 * line break, and the look-behinds stop at it), except a private key's body, which runs over lines up
 * to privateKeyEnd. Decoding lines instead of whole files is most of what makes a large scan fast:
 * most files with a candidate hold no secret.
 */
function lineText(
  bytes: Buffer,
  at: number,
  anchorEnd: number,
  word: number,
): { start: number; text: string } {
  const start = lineStartAt(bytes, at);
  // `-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----` has the most words before `PRIVATE KEY`.
  const privateKey =
    SAMPLES[word] === PRIVATE_KEY_ANCHOR &&
    bytes.subarray(anchorEnd, anchorEnd + 32).indexOf(PRIVATE_KEY_WORDS) !== -1;
  let lineEnd = lineEndAt(bytes, privateKey ? privateKeyEnd(bytes, anchorEnd) : anchorEnd);
  if (SAMPLES[word] === JWT_ANCHOR) lineEnd = jwtContinuationEnd(bytes, lineEnd);
  // With its newline: the text ends where the line does.
  const end = Math.min(bytes.length, lineEnd + 1);
  return { start, text: bytes.toString("latin1", start, end) };
}

const JWT_ANCHOR = "eyJ";

/**
 * A JWT wrapped after a `.` (`.\` in a .properties file, or a plain line break and indentation in
 * YAML or docs) goes on over the next lines: where the last of them ends, at most two more.
 */
function jwtContinuationEnd(bytes: Buffer, lineEnd: number): number {
  let end = lineEnd;
  for (let more = 0; more < 2 && end < bytes.length; more++) {
    let last = end - 1;
    if (bytes[last] === 13) last--;
    if (bytes[last] === BACKSLASH) last--;
    if (bytes[last] !== DOT) break;
    let next = end + 1;
    while (bytes[next] === SPACE || bytes[next] === TAB) next++;
    if (next === end + 1 || !isWordCode(bytes[next] ?? 0)) break;
    end = lineEndAt(bytes, next);
  }
  return end;
}

const COMMENT_START = /^[ \t]*(?:\/\/|\/\*|\*|#)/;
const ESCAPED_NEWLINE = Buffer.from("\\n");
/** What stands before a string that is a value, not a docstring: an assignment, a call, a list. */
const STRING_VALUE_BEFORE = /[=(,:[{]\s*[rRbBuUfF]{0,2}$/;
const TRIPLE_QUOTES = [Buffer.from('"""'), Buffer.from("'''")];

/**
 * In source code, a value on a comment line (`//`, `#`, `/*`, ` * ` of a doc comment, also
 * after a `\n` escape, as in a source map's embedded sources) or in a Python docstring is
 * documentation: examples live there, and the code that runs does not read them.
 */
function inCodeDocumentation(text: HitText, index: number, docstrings: boolean): boolean {
  const { bytes } = text;
  let start = text.lines.startAt(index);
  // The last `\n` that ends before the hit, if it is on the hit's line.
  const escaped = text.escapedNewlines.lastAtOrBefore(index - ESCAPED_NEWLINE.length);
  if (escaped >= start) start = escaped + ESCAPED_NEWLINE.length;
  if (COMMENT_START.test(bytes.toString("latin1", start, Math.min(index, start + 64)))) return true;
  if (!docstrings) return false;
  // Inside a docstring when an odd number of triple quotes comes before (asked only for hits), and the
  // one that opened it is not a value (`KEY = """…`, `f("""…`).
  return TRIPLE_QUOTES.some((quotes) => {
    let count = 0;
    let opening = -1;
    for (let at = bytes.indexOf(quotes); at !== -1 && at < index; at = bytes.indexOf(quotes, at + 3)) {
      count++;
      opening = at;
    }
    if (count % 2 === 0) return false;
    const before = bytes.toString("latin1", lineStartAt(bytes, opening), opening);
    return !STRING_VALUE_BEFORE.test(before);
  });
}

function indentationAt(bytes: Buffer, lineStart: number): number {
  let at = lineStart;
  while (bytes[at] === SPACE || bytes[at] === TAB) at++;
  return at - lineStart;
}

/** A key that opens an example in an API description or schema (OpenAPI, JSON Schema): `"examples": {`. */
const EXAMPLE_KEY = /^[ \t-]*["']?(?:examples?|x-examples?|sample(?:Value)?)["']?[ \t]*:/;
/**
 * How far above a value its parents are looked for: the same in a whole file and in a window of a
 * large one (which reads this much before its own part), so both give the same answer.
 */
export const PARENT_BYTES = 256 << 10;

/**
 * A value inside an `example` or `examples` block of a JSON or YAML document (an API description's
 * sample response, a schema's example): the document says it is an example. The parents are the
 * lines above with less indentation, within PARENT_BYTES.
 */
function insideExampleBlock(text: HitText, index: number): boolean {
  const { bytes } = text;
  let lineStart = text.lines.startAt(index);
  let indent = indentationAt(bytes, lineStart);
  const limit = index - PARENT_BYTES;
  while (lineStart > 0 && indent > 0) {
    lineStart = lineStartAt(bytes, lineStart - 1);
    // A line that starts beyond the limit is not read, in a whole file as in a window of it.
    if (lineStart <= limit) return false;
    const lineIndent = indentationAt(bytes, lineStart);
    if (lineIndent >= indent || bytes[lineStart + lineIndent] === NEWLINE) continue;
    indent = lineIndent;
    if (EXAMPLE_KEY.test(bytes.toString("latin1", lineStart, Math.min(bytes.length, lineStart + 96))))
      return true;
  }
  return false;
}

const API_DESCRIPTION = /^[\s{]*["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*["']?[23]\./m;

/** An OpenAPI or Swagger description, by its first bytes (a window of a large one reads them too). */
export function isApiDescription(head: Uint8Array): boolean {
  return API_DESCRIPTION.test(asBuffer(head).toString("latin1", 0, Math.min(head.length, 4096)));
}

/** Values the providers publish in their documentation (the table's `published`): notes, not secrets. */
const PUBLISHED = new Set(
  CREDENTIAL_FORMATS.flatMap((format) => format.published ?? []).map(({ value }) => value),
);

function asPublished(hit: SecretHit): SecretHit {
  return PUBLISHED.has(hit.secret)
    ? { ...hit, severity: "note", label: `${hit.label} (the provider's documentation example)` }
    : hit;
}

/**
 * Every secret in the bytes, in order, with offsets into the bytes (and into their Latin-1 decoding:
 * the same offsets). Values inside SOPS `ENC[...]` and dotenvx `encrypted:` values never count.
 */
export function findSecrets(bytes: Uint8Array, options: PatternOptions): SecretHit[] {
  const found = candidates(bytes);
  // Most files hold no candidate at all: nothing of them is decoded.
  if (found.length === 0) return [];
  const buffer = asBuffer(bytes);
  const hits: SecretHit[] = [];
  const text = new HitText(buffer);
  let covered = 0;
  let previous = -1;
  let line: { start: number; end: number; text: string } | undefined;
  for (let triple = 0; triple < found.length; triple += 3) {
    const at = found[triple] ?? 0;
    // At one start only the longest literal runs: its detectors include those of its prefixes.
    if (at === previous || at < covered) continue;
    previous = at;
    const word = found[triple + 1] ?? 0;
    const anchorEnd = found[triple + 2] ?? 0;
    // A private key's text runs over the lines after its header: a line decoded for an earlier
    // candidate (`export KEY="-----BEGIN…`) is too short for it.
    if (!line || anchorEnd >= line.end || SAMPLES[word] === PRIVATE_KEY_ANCHOR) {
      const decoded = lineText(buffer, at, anchorEnd, word);
      line = { ...decoded, end: decoded.start + decoded.text.length };
    }
    const inLine = detectAt(line.text, at - line.start, word, anchorEnd - line.start, options);
    if (!inLine) continue;
    let hit = asPublished({ ...inLine, index: inLine.index + line.start });
    if (hit.severity !== "note" && insideExampleBlock(text, hit.index))
      hit = { ...hit, severity: "note", label: `${hit.label} (in an example block)` };
    else if (
      hit.severity === "error" &&
      options.kind === "code" &&
      inCodeDocumentation(text, hit.index, options.docstrings === true)
    )
      hit = { ...hit, severity: "warning", label: `${hit.label} in documentation of the code` };
    else if (hit.severity === "error" && options.apiDescription === true)
      hit = { ...hit, severity: "warning", label: `${hit.label} in an API description` };
    if (isEncryptedValue(text, hit.index)) continue;
    hits.push(hit);
    // A generic assignment's value may hold a known token (`apiKey: "AIza..."`): let the specific
    // detector inside it run, and keep only its hit.
    if (hit.detector !== "generic-secret") covered = hit.index + hit.secret.length;
  }
  return withoutCoveredGeneric(hits);
}

/** Where a value starts: after JavaScript's `\s` (within Latin-1, as the text detectors see it), a quote or `=`. */
const VALUE_START = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, QUOTE, APOSTROPHE, EQUALS]) VALUE_START[code] = 1;
const ENC_OPEN = Buffer.from("ENC[");
const DOTENVX_PREFIX = Buffer.from("encrypted:");

/**
 * The bytes a file's hits are judged on, with what the judging asks of them again and again, found once:
 * the line around a hit, and where `ENC[` and a `\n` escape occur. Each hit then costs the same, however
 * long its line (a minified file's hits all share one).
 */
class HitText {
  readonly lines: LineBounds;
  readonly encryptedOpenings: Occurrences;
  readonly escapedNewlines: Occurrences;

  constructor(readonly bytes: Buffer) {
    this.lines = new LineBounds(bytes);
    this.encryptedOpenings = new Occurrences((from) => bytes.indexOf(ENC_OPEN, from));
    this.escapedNewlines = new Occurrences((from) => bytes.indexOf(ESCAPED_NEWLINE, from));
  }
}

/**
 * SOPS `ENC[...]` values and dotenvx `encrypted:` values are ciphertext, whatever they contain. Asked
 * only for hits, on the bytes: an `ENC[` earlier on the hit's line without its `]` before the hit, or
 * `encrypted:` where the hit's value starts.
 */
function isEncryptedValue(text: HitText, index: number): boolean {
  const { bytes } = text;
  const open = text.encryptedOpenings.lastAtOrBefore(index);
  if (open !== -1 && open >= text.lines.startAt(index)) {
    const close = bytes.indexOf(CLOSE_BRACKET, open);
    if (close === -1 || close >= index) return true;
  }
  let start = index;
  while (start > 0 && VALUE_START[bytes[start - 1] ?? 0] !== 1) start--;
  return bytes.subarray(start, start + DOTENVX_PREFIX.length).equals(DOTENVX_PREFIX);
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
