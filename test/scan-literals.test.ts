// The literal search against the obvious one (indexOf of every literal at every position), on texts
// built to hold overlapping literals, literals inside literals, and bytes above 127.
import { describe, expect, test } from "@jest/globals";
import { LiteralSearch } from "../actions/lib/scan/literals.js";
import { random } from "./support/random.js";

function naive(words: readonly string[], text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  words.forEach((word, index) => {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push([at, index]);
  });
  // By end, then longest first: the order forEach promises.
  return found.sort(
    (a, b) =>
      a[0] + (words[a[1]]?.length ?? 0) - (b[0] + (words[b[1]]?.length ?? 0)) ||
      (words[b[1]]?.length ?? 0) - (words[a[1]]?.length ?? 0),
  );
}

function occurrences(search: LiteralSearch, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  search.forEach(Buffer.from(text, "latin1"), (start, word) => found.push([start, word]));
  return found;
}

describe("LiteralSearch", () => {
  const words = ["sk-", "sk-ant-api03-", "key", "Key", "apikey", "pass", "password", "assw", "://", "ss"];
  const search = new LiteralSearch(words);

  test.each([
    ["nothing here", "no literal at all"],
    ["password=x; apikey: y", "a literal inside another, and one at the end of another"],
    ["sk-ant-api03-abc sk-x sk-ant-", "a prefix of a longer literal, and a longer one cut short"],
    ["passsword pass\u00e9word ssss", "overlaps of one literal with itself, bytes above 127"],
    ["https://a:b@c KEY Key key", "case matters"],
  ])("%j: every occurrence, by end, longest first (%s)", (text) => {
    expect(occurrences(search, text)).toEqual(naive(words, text));
  });

  test("on random text over the literals' letters, the same as the obvious search", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = "skantpi03-eyKawordsw:/ ";
    const text = Array.from({ length: 20_000 }, () => letters[Math.floor(random() * letters.length)]).join(
      "",
    );
    expect(occurrences(search, text)).toEqual(naive(words, text));
  });

  test.each([5000, 5001, 4096])(
    "a long input (%d bytes, searched as two halves): occurrences across the middle once each",
    (length) => {
      const middle = length >> 1;
      const text = Array.from({ length }, (_, at) => (at % 7 === 0 ? " " : "x")).join("");
      // `password` just before the middle, `sk-ant-api03-` across it, `://` just after it.
      const placed =
        text.slice(0, middle - 20) +
        "password" +
        "x".repeat(5) +
        "sk-ant-api03-" +
        "://" +
        text.slice(middle + 9);
      expect(occurrences(search, placed)).toEqual(naive(words, placed));
      expect(occurrences(search, placed).filter(([, word]) => words[word] === "sk-ant-api03-")).toHaveLength(
        1,
      );
    },
  );

  test("random sets of literals over a small alphabet (many shared prefixes and suffixes), on random text", () => {
    const alphabet = "abcab-:/K";
    for (let round = 0; round < 40; round++) {
      const count = 1 + random.int(30);
      const literals = [
        ...new Set(Array.from({ length: count }, () => random.string(alphabet, 1 + random.int(6)))),
      ];
      const text = random.string(`${alphabet} \u00e9`, 600);
      expect(occurrences(new LiteralSearch(literals), text)).toEqual(naive(literals, text));
    }
  });

  test("refuses what it cannot search for", () => {
    expect(() => new LiteralSearch(["caf\u00e9"])).toThrow(/ASCII only/);
    expect(() => new LiteralSearch([""])).toThrow(/ASCII only/);
  });
});
