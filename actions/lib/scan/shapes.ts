/**
 * The shape language of credential formats: one string says what a credential looks like, and is both
 * compiled into the detector's regex and rendered in the rule docs, so the two cannot disagree.
 *
 * - literal text: `glpat-`, `.atlasv1.`
 * - `(a|b|)`: one of several literals (an empty one makes the part optional)
 * - `{class:N}`, `{class:N-M}`, `{class:N+}`: N (to M, or more) characters of a class below
 * - `{name}` (no count): a value only an example generator can make (`{jwt}`); never in a detector.
 */

export const CHARACTER_CLASSES = {
  alnum: "A-Za-z0-9",
  word: "A-Za-z0-9_",
  token: "A-Za-z0-9_-",
  tokenpad: "A-Za-z0-9_=-",
  dotted: "A-Za-z0-9_.=-",
  b64: "A-Za-z0-9+/",
  b64any: "A-Za-z0-9+/=_-",
  hex: "a-f0-9",
  hexany: "a-fA-F0-9",
  lower: "a-z",
  letters: "A-Za-z",
  digits: "0-9",
  lowernum: "a-z0-9",
  slug: "a-z0-9_-",
  upnum: "A-Z0-9",
  b32: "A-Z2-7",
  bech32: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
  azure: "A-Za-z0-9_~.",
  azuretail: "A-Za-z0-9_~.-",
  percent: "A-Za-z0-9%",
  pad: "=",
} as const;

export type CharacterClass = keyof typeof CHARACTER_CLASSES;

/** Open-ended counts (`{b64:100+}`) stop here, so that no pattern can run over a whole minified file. */
const UNBOUNDED = 1024;

export type Segment =
  | { kind: "literal"; options: string[] }
  | { kind: "class"; name: CharacterClass; min: number; max: number }
  | { kind: "special"; name: string };

const PART = /\(([^()]*)\)|\{([a-z0-9-]+)(?::(\d+)(?:(-)(\d+)|(\+))?)?\}|([^({]+)/gy;

/** Parses a shape; throws on a malformed one (shapes are constants of the source, checked by tests). */
export function parseShape(shape: string): Segment[] {
  const segments: Segment[] = [];
  PART.lastIndex = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  while (PART.lastIndex < shape.length && (match = PART.exec(shape)) !== null) {
    end = PART.lastIndex;
    const [, alternatives, name, min, range, max, open, literal] = match;
    if (alternatives !== undefined) segments.push({ kind: "literal", options: alternatives.split("|") });
    else if (literal !== undefined) segments.push({ kind: "literal", options: [literal] });
    else if (name !== undefined && min === undefined) segments.push({ kind: "special", name });
    else if (name !== undefined && name in CHARACTER_CLASSES) {
      const low = Number(min);
      const high = range ? Number(max) : open ? UNBOUNDED : low;
      segments.push({ kind: "class", name: name as CharacterClass, min: low, max: high });
    } else throw new Error(`shape ${shape}: unknown character class {${name ?? ""}}`);
  }
  if (end !== shape.length) throw new Error(`shape ${shape}: cannot parse from offset ${end}`);
  return segments;
}

const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

export function segmentSource(segment: Segment): string {
  switch (segment.kind) {
    case "literal":
      return segment.options.length === 1
        ? escapeLiteral(segment.options[0] ?? "")
        : `(?:${segment.options.map(escapeLiteral).join("|")})`;
    case "class": {
      const count = segment.min === segment.max ? `{${segment.min}}` : `{${segment.min},${segment.max}}`;
      return `([${CHARACTER_CLASSES[segment.name]}]${count})`;
    }
    case "special":
      throw new Error(`{${segment.name}} only makes examples, it cannot be matched`);
  }
}

/** Every literal the consecutive literal segments can spell (`(ghp|gho)_` → ghp_, gho_). */
export function literalExpansions(segments: readonly Segment[]): string[] {
  let words = [""];
  for (const segment of segments) {
    if (segment.kind !== "literal") break;
    words = words.flatMap((word) => segment.options.map((option) => word + option));
  }
  return words;
}

const describeCount = ({ min, max }: { min: number; max: number }) =>
  min === max ? `${min}` : max === UNBOUNDED ? `${min}+` : `${min}–${max}`;

/** How a shape reads in the docs: `glpat-` then 20–300 of `[A-Za-z0-9_-]`. */
export function describeShape(shape: string): string {
  return parseShape(shape)
    .map((segment) => {
      switch (segment.kind) {
        case "literal":
          return segment.options.length === 1
            ? `\`${segment.options[0] ?? ""}\``
            : `one of ${segment.options.map((option) => (option === "" ? "nothing" : `\`${option}\``)).join(", ")}`;
        case "class":
          return `${describeCount(segment)} × \`[${CHARACTER_CLASSES[segment.name]}]\``;
        case "special":
          return `a generated \`${segment.name}\` value`;
      }
    })
    .join(" + ");
}
