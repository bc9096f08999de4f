// Line arithmetic (actions/lib/lines.ts) against the obvious answers, on seeded random texts: the kept
// line of LineBounds and ByteLines, newline counts that never read past their window, and the last
// occurrence of a needle at or before an offset.
import { describe, expect, test } from "@jest/globals";
import {
  ByteLines,
  LineBounds,
  Occurrences,
  countNewlines,
  lineEndAt,
  lineStartAt,
} from "../actions/lib/lines.js";
import { random } from "./support/random.js";

/** Texts over a small alphabet with many newlines, one long line, and none at all. */
function texts(): Buffer[] {
  const made = Array.from({ length: 30 }, () =>
    Buffer.from(random.string("ab\n\n-", random.int(120)), "latin1"),
  );
  return [...made, Buffer.from(`${"x".repeat(5000)}\n`), Buffer.from("no newline"), Buffer.alloc(0)];
}

/** Offsets 0..length in a random order, twice each: a cursor is asked back and forth. */
function offsets(length: number): number[] {
  const all = Array.from({ length: 2 * (length + 1) }, (_, at) => at % (length + 1));
  for (let at = all.length - 1; at > 0; at--) {
    const other = random.int(at + 1);
    [all[at], all[other]] = [all[other] ?? 0, all[at] ?? 0];
  }
  return all;
}

const naiveLine = (bytes: Buffer, index: number) =>
  [...bytes.subarray(0, index)].filter((byte) => byte === 10).length + 1;

describe("line arithmetic", () => {
  test("LineBounds gives what lineStartAt and lineEndAt give, in any order of questions", () => {
    for (const bytes of texts()) {
      const bounds = new LineBounds(bytes);
      for (const index of offsets(bytes.length)) {
        expect([index, bounds.startAt(index), bounds.endAt(index)]).toEqual([
          index,
          lineStartAt(bytes, index),
          lineEndAt(bytes, index),
        ]);
      }
    }
  });

  test("ByteLines: the line of an offset and a line's bounds, in any order of questions", () => {
    for (const bytes of texts()) {
      const lines = new ByteLines(bytes);
      for (const index of offsets(bytes.length)) {
        const line = naiveLine(bytes, index);
        expect([index, lines.lineOf(index)]).toEqual([index, line]);
        const start = lineStartAt(bytes, index);
        expect(lines.bounds(line)).toEqual({ start, end: lineEndAt(bytes, start) });
      }
    }
  });

  test("countNewlines counts the window only, and nothing when it is empty or reversed", () => {
    for (const bytes of texts()) {
      for (let round = 0; round < 40; round++) {
        const from = random.int(bytes.length + 2);
        const to = random.int(bytes.length + 2);
        const expected = from < to ? [...bytes.subarray(from, to)].filter((byte) => byte === 10).length : 0;
        expect([from, to, countNewlines(bytes, from, to)]).toEqual([from, to, expected]);
      }
    }
  });

  test("Occurrences: the last occurrence at or before an offset", () => {
    for (const bytes of texts()) {
      const needle = Buffer.from("a-");
      const occurrences = new Occurrences((from) => bytes.indexOf(needle, from));
      for (const index of offsets(bytes.length)) {
        const expected = bytes.subarray(0, index + needle.length).lastIndexOf(needle);
        expect([index, occurrences.lastAtOrBefore(index)]).toEqual([index, expected]);
      }
      expect(occurrences.lastAtOrBefore(-1)).toBe(-1);
    }
  });
});
