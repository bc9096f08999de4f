/**
 * Where a needle occurs in a text, collected on first use (once per text), and how many occurrences
 * come before an offset by binary search: many questions about one text cost O(log n) each.
 */
export class Occurrences {
  private found: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Offsets of every occurrence, in order. */
  all(): readonly number[] {
    if (!this.found) {
      const found: number[] = [];
      for (let at = this.text.indexOf(this.needle); at !== -1; at = this.text.indexOf(this.needle, at + 1))
        found.push(at);
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
}

/**
 * Line numbers and bounds of a text in O(log n) each, from its newline offsets (collected on first use,
 * once per text): a file with many findings costs the same per finding wherever they are.
 */
export class LineIndex {
  private readonly newlines: Occurrences;

  constructor(private readonly text: string) {
    this.newlines = new Occurrences(text, "\n");
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
