/**
 * Where a needle occurs in a text or in bytes (`search(from)`: the next occurrence at or after `from`,
 * or -1), collected on first use (once per text), and how many occurrences come before an offset by
 * binary search: many questions about one text cost O(log n) each.
 */
export class Occurrences {
  private found: number[] | undefined;

  constructor(private readonly search: (from: number) => number) {}

  /** Offsets of every occurrence, in order. */
  all(): readonly number[] {
    if (!this.found) {
      const found: number[] = [];
      for (let at = this.search(0); at !== -1; at = this.search(at + 1)) found.push(at);
      this.found = found;
    }
    return this.found;
  }

  /** How many occurrences start before `index` (`inclusive`: at or before). */
  countBefore(index: number, inclusive = false): number {
    const offsets = this.all();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const offset = offsets[middle] ?? Infinity;
      if (offset < index || (inclusive && offset === index)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The last occurrence that starts at or before `index`, or -1. */
  lastAtOrBefore(index: number): number {
    return this.all()[this.countBefore(index, true) - 1] ?? -1;
  }
}

/**
 * Line numbers and bounds of a text in O(log n) each, from its newline offsets (collected on first use,
 * once per text): a file with many findings costs the same per finding wherever they are.
 */
export class LineIndex {
  private readonly newlines: Occurrences;

  constructor(private readonly text: string) {
    this.newlines = new Occurrences((from) => text.indexOf("\n", from));
  }

  private offsets(): readonly number[] {
    return this.newlines.all();
  }

  /** The 1-based line of the character at `index`: one more than the newlines before it. */
  lineOf(index: number): number {
    return this.newlines.countBefore(index) + 1;
  }

  /** Offset of the first character of a 1-based line. */
  startOf(line: number): number {
    return line <= 1 ? 0 : (this.offsets()[line - 2] ?? this.text.length) + 1;
  }

  /** Offset of the newline that ends a 1-based line (or the text's end). */
  endOf(line: number): number {
    return this.offsets()[line - 1] ?? this.text.length;
  }

  /** A 1-based line's text, without its newline. */
  line(line: number): string {
    return this.text.slice(this.startOf(line), this.endOf(line));
  }
}

const NEWLINE = 10;

/** The bytes as a Buffer (no copy): Buffer's indexOf is memchr, twice as fast as Uint8Array's. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offset of the first byte of the line holding `index`. */
export function lineStartAt(bytes: Buffer, index: number): number {
  return index <= 0 ? 0 : bytes.lastIndexOf(NEWLINE, index - 1) + 1;
}

/** Offset of the newline ending the line holding `index` (or the end). */
export function lineEndAt(bytes: Buffer, index: number): number {
  const end = bytes.indexOf(NEWLINE, index);
  return end === -1 ? bytes.length : end;
}

/** Newlines (LF bytes) in `bytes[from, to)`; nothing past `to` is read (it may be a long line's rest). */
export function countNewlines(bytes: Buffer, from: number, to: number): number {
  const window = bytes.subarray(0, Math.max(from, to));
  let count = 0;
  for (let at = window.indexOf(NEWLINE, from); at !== -1; at = window.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * The start and end of the line around an offset, for callers that ask about many offsets in turn: the
 * last line found is kept, so that the next question about it costs nothing. Hits on one long line (a
 * minified file's) would otherwise each search back to its start and on to its end: quadratic.
 */
export class LineBounds {
  private start = 0;
  /** The newline that ends the kept line (or the end of the bytes); -1 before the first question. */
  private end = -1;

  constructor(private readonly bytes: Buffer) {}

  private keep(index: number): void {
    if (this.end !== -1 && index >= this.start && index <= this.end) return;
    this.start = lineStartAt(this.bytes, index);
    this.end = lineEndAt(this.bytes, index);
  }

  /** Offset of the first byte of the line holding `index`. */
  startAt(index: number): number {
    this.keep(index);
    return this.start;
  }

  /** Offset of the newline ending the line holding `index` (or the end). */
  endAt(index: number): number {
    this.keep(index);
    return this.end;
  }
}

/**
 * Line numbers and bounds straight from the bytes, for the few places a scan reports: newlines are
 * counted from the last place asked about, so a file is walked at most once for its findings in order,
 * and no offsets are collected for a file that has none.
 */
export class ByteLines {
  /** A known line start: offset and 1-based line number. */
  private offset = 0;
  private line = 1;
  private readonly bytes: Buffer;
  private readonly around: LineBounds;
  /** The starts of the lines asked about, so that asking again for their bounds costs nothing. */
  private readonly starts = new Map<number, number>();

  constructor(bytes: Uint8Array) {
    this.bytes = asBuffer(bytes);
    this.around = new LineBounds(this.bytes);
  }

  /** Offset of the first byte of the line holding `index`. */
  startAt(index: number): number {
    return this.around.startAt(index);
  }

  /** Offset of the newline ending the line holding `index` (or the end). */
  endAt(index: number): number {
    return this.around.endAt(index);
  }

  /** The 1-based line of the byte at `index`. */
  lineOf(index: number): number {
    const start = this.startAt(index);
    this.line +=
      start >= this.offset
        ? countNewlines(this.bytes, this.offset, start)
        : -countNewlines(this.bytes, start, this.offset);
    this.offset = start;
    this.starts.set(this.line, start);
    return this.line;
  }

  /** Start and end (its newline) of a 1-based line; the end of the bytes for a line past the last. */
  bounds(line: number): { start: number; end: number } {
    const known = this.starts.get(line);
    if (known !== undefined) return { start: known, end: this.endAt(known) };
    while (this.line > line && this.offset > 0) {
      this.offset = this.startAt(this.offset - 1);
      this.line--;
    }
    while (this.line < line) {
      const end = this.bytes.indexOf(NEWLINE, this.offset);
      if (end === -1) return { start: this.bytes.length, end: this.bytes.length };
      this.offset = end + 1;
      this.line++;
    }
    return { start: this.offset, end: this.endAt(this.offset) };
  }
}
