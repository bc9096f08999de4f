/**
 * Values of the credential table's shapes, made at run time from random characters, so that no file of
 * the repository holds a credential-shaped literal (drawn from the test file's seeded generator): a fake positive is random where the format is
 * random (and passes the checks a generated value passes), a placeholder repeats one character of the
 * class, an identifier spells camelCase words.
 */
import { LOOK_ALIKE_LENGTH } from "../../actions/lib/scan/patterns.js";
import { CHARACTER_CLASSES, parseShape, type Segment } from "../../actions/lib/scan/shapes.js";
import { entropy, hasCharacterClasses, isPlaceholder } from "../../actions/lib/scan/values.js";
import { ageSecretKey } from "./keys.js";
import { random } from "./random.js";

/** The characters of a class written as regex ranges (`A-Za-z0-9_-`). */
export function classCharacters(ranges: string): string {
  let characters = "";
  for (let at = 0; at < ranges.length; at++) {
    const first = ranges.charCodeAt(at);
    if (ranges[at + 1] === "-" && at + 2 < ranges.length) {
      const last = ranges.charCodeAt(at + 2);
      for (let code = first; code <= last; code++) characters += String.fromCharCode(code);
      at += 2;
    } else characters += ranges.charAt(at);
  }
  return characters;
}

const charactersOf = (segment: Extract<Segment, { kind: "class" }>) =>
  classCharacters(CHARACTER_CLASSES[segment.name]);

/** Random characters of the alphabet, as random-looking as it allows (no placeholder by chance). */
export function randomRun(alphabet: string, length: number): string {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(alphabet)).length;
  for (;;) {
    const value = random.string(alphabet, length);
    // One character repeated is a placeholder, not a random value (placeholderOf makes those).
    if (length > 1 && alphabet.length > 1 && /^(.)\1+$/.test(value)) continue;
    // A run like `44444` or a word like `FAKE` by chance makes a placeholder, not a random value.
    if (length >= 5 && alphabet.length > 1 && isPlaceholder(value)) continue;
    // A short value still as random as the detector asks of one (`AjAfAj` is not).
    if (length >= 5 && length < 8 && entropy(value) < Math.log2(length) - 1) continue;
    if (length < 8) return value;
    const generated =
      !isPlaceholder(value) &&
      hasCharacterClasses(value, Math.min(2, classes)) &&
      // As random as the alphabet allows: ten digits never reach 3.5 bits a character.
      entropy(value) >= Math.min(3.5, Math.log2(length) - 0.5, Math.log2(alphabet.length) - 0.5);
    if (generated) return value;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function jwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}.${randomRun(classCharacters("A-Za-z0-9_-"), 43)}`;
}

export function pem(type: string): string {
  const body =
    random
      .bytes(600)
      .toString("base64")
      .match(/.{1,64}/g)
      ?.join("\n") ?? "";
  return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
}

/** A random age key whose body does not spell a placeholder word by chance (`...FAKE...`). */
export function ageKey(pq = false): string {
  for (;;) {
    const key = ageSecretKey(pq ? "pq" : "x25519");
    if (!isPlaceholder(key.slice(key.lastIndexOf("1") + 1))) return key;
  }
}

/** The same key with its last (checksum) character replaced by another one. */
export function brokenChecksum(key: string): string {
  return key.slice(0, -1) + (key.endsWith("Q") ? "P" : "Q");
}

const SPECIALS: Record<string, () => string> = {
  jwt: () => jwt({ sub: "svc-deploy", iat: 1_790_000_000 }),
  "jwt-base64": () => Buffer.from(jwt({ sub: "svc-deploy", iat: 1_790_000_000 })).toString("base64"),
  age: () => ageKey(),
  "age-broken": () => brokenChecksum(ageKey()),
  pem: () => pem("RSA PRIVATE KEY"),
};

type Fill = (segment: Extract<Segment, { kind: "class" }>, length: number, longest: boolean) => string;

function expand(template: string, fill: Fill): string {
  const segments = parseShape(template);
  const lengths = segments.map((segment) => (segment.kind === "class" ? segment.min : 0));
  const longest = lengths.indexOf(Math.max(...lengths));
  return segments
    .map((segment, index) => {
      switch (segment.kind) {
        case "literal":
          return segment.options[0] ?? "";
        case "special": {
          const make = SPECIALS[segment.name];
          if (!make) throw new Error(`no example generator for {${segment.name}}`);
          return make();
        }
        case "class":
          return fill(segment, segment.min, index === longest);
      }
    })
    .join("");
}

/** A random value of the template (shortest lengths, first alternatives). */
export function example(template: string): string {
  return expand(template, (segment, length) => randomRun(charactersOf(segment), length));
}

/** The example with its longest random part replaced by one character repeated (`xxxx...`). */
export function placeholderOf(template: string): string {
  return expand(template, (segment, length, longest) => {
    const characters = charactersOf(segment);
    if (!longest) return randomRun(characters, length);
    const filler = ["x", "X", "0"].find((char) => characters.includes(char)) ?? characters[0] ?? "x";
    return filler.repeat(length);
  });
}

const WORDS = ["Download", "Dataset", "Snapshot", "With", "Retries", "From", "Cache", "Token", "Handler"];

/** camelCase words of exactly `length` characters: `getDownloadDatasetSnapshot...`. */
export function camelCase(length: number): string {
  let name = "get";
  for (let index = 0; name.length < length; index++) name += WORDS[index % WORDS.length] ?? "";
  // The last word must keep two lower-case letters after its capital: fold a cut-off capital in.
  return name.slice(0, length).replace(/[A-Z](?=[a-z]?$)/, (capital) => capital.toLowerCase());
}

/**
 * The example with its longest random part spelled as a camelCase identifier, when the class has both
 * cases (a name like `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`); undefined otherwise.
 */
export function identifierOf(template: string): string | undefined {
  const spelled: boolean[] = [];
  const value = expand(template, (segment, length, longest) => {
    const characters = charactersOf(segment);
    // The detector tells look-alikes by their words only from LOOK_ALIKE_LENGTH characters on.
    if (longest && length >= LOOK_ALIKE_LENGTH && /[a-z]/.test(characters) && /[A-Z]/.test(characters)) {
      spelled.push(true);
      return camelCase(length);
    }
    return randomRun(characters, length);
  });
  return spelled.length > 0 ? value : undefined;
}
