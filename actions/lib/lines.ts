/**
 * Line numbers and bounds of a text in O(log n) each, from its newline offsets (collected on first use,
 * once per text): a file with many findings costs the same per finding wherever they are.
 */
export class LineIndex {
  private newlines: number[] | undefined;

  constructor(private readonly text: string) {}

  private offsets(): number[] {
    if (!this.newlines) {
      const offsets: number[] = [];
      for (let at = this.text.indexOf("\n"); at !== -1; at = this.text.indexOf("\n", at + 1))
        offsets.push(at);
      this.newlines = offsets;
    }
    return this.newlines;
  }

  /** The 1-based line of the character at `index`: one more than the newlines before it. */
  lineOf(index: number): number {
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] ?? Infinity) < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
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
