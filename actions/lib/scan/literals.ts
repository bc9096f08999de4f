/**
 * Finds every occurrence of many ASCII literals in one pass (Aho–Corasick, compiled to a full transition
 * table): one table lookup per byte, however many literals there are. A regex alternation of the same
 * hundred-odd literals makes the engine try them at every position and is several times slower.
 *
 * The table is indexed by byte class (bytes no literal holds share one), and holds each next state
 * already multiplied by the row length: the lookup is one addition, and the table small enough to stay
 * in cache. Each lookup waits for the one before it; large inputs are searched as two halves at once,
 * which the processor overlaps.
 */

const BYTES = 256;
/** Inputs shorter than this are searched in one stream: two would not pay for themselves. */
const TWO_STREAMS = 4096;

export class LiteralSearch {
  /** transitions[state + classOf[byte]] = next state; states are row offsets (state number × classes). */
  private readonly transitions: Int32Array;
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  /** States from this one on have outputs. */
  private readonly firstOutput: number;
  /** The literals (indexes into `words`) that end in each output state, longest first. */
  private readonly outputs: number[][];
  private readonly lengths: Int32Array;
  private readonly longest: number;

  constructor(readonly words: readonly string[]) {
    this.lengths = Int32Array.from(words, (word) => word.length);
    const children: Array<Map<number, number>> = [new Map<number, number>()];
    const ends: number[][] = [[]];
    words.forEach((word, index) => {
      if (word === "" || !/^[\x20-\x7e]+$/.test(word))
        throw new Error(`literal ${JSON.stringify(word)}: ASCII only`);
      let state = 0;
      for (let at = 0; at < word.length; at++) {
        const code = word.charCodeAt(at);
        let next = children[state]?.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map<number, number>());
          ends.push([]);
          children[state]?.set(code, next);
        }
        state = next;
      }
      ends[state]?.push(index);
    });
    if (children.length > 0xffff) throw new Error("too many literals for one search");
    const states = children.length;
    // Failure links and outputs over the trie, breadth first: a state's failure target is nearer the
    // root, so it is complete before the state is. The table is built once per process, at start-up, in
    // code the engine has not optimized yet: the links are found by walking the trie's few children
    // rather than by filling a row for every state and byte.
    const failure = new Int32Array(states);
    const outputs = ends;
    const queue: number[] = [...(children[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      outputs[state]?.push(...(outputs[failure[state] ?? 0] ?? []));
      for (const [code, child] of children[state] ?? []) {
        let fallback = failure[state] ?? 0;
        while (fallback !== 0 && !children[fallback]?.has(code)) fallback = failure[fallback] ?? 0;
        failure[child] = children[fallback]?.get(code) ?? 0;
        queue.push(child);
      }
    }
    // Renumber: states without output first (the root stays 0), so that the hot loop tests one bound.
    const renamed = new Int32Array(states);
    let next = 0;
    for (let state = 0; state < states; state++) if (outputs[state]?.length === 0) renamed[state] = next++;
    this.firstOutput = next;
    for (let state = 0; state < states; state++) if (outputs[state]?.length !== 0) renamed[state] = next++;
    // Class 0: every byte no literal holds (bytes above 127 included); then one class per byte used.
    this.classOf = new Uint8Array(BYTES);
    let classes = 1;
    for (const word of words)
      for (let at = 0; at < word.length; at++) {
        const code = word.charCodeAt(at);
        if (this.classOf[code] === 0) this.classOf[code] = classes++;
      }
    this.classes = classes;
    // Each state's row is its failure target's (built before it, breadth first) with its own children
    // changed; class 0 leads every state back to the root.
    const transitions = new Int32Array(states * classes);
    const row = (state: number) => (renamed[state] ?? 0) * classes;
    for (const [code, child] of children[0] ?? []) transitions[this.classOf[code] ?? 0] = row(child);
    for (const state of queue) {
      const fallback = row(failure[state] ?? 0);
      transitions.copyWithin(row(state), fallback, fallback + classes);
      for (const [code, child] of children[state] ?? [])
        transitions[row(state) + (this.classOf[code] ?? 0)] = row(child);
    }
    this.transitions = transitions;
    this.longest = Math.max(0, ...this.lengths);
    this.outputs = outputs
      .filter((list) => list.length > 0)
      .map((list) => [...list].sort((a, b) => (words[b]?.length ?? 0) - (words[a]?.length ?? 0)));
    this.firstOutput *= this.classes;
  }

  /**
   * Every occurrence in the bytes, in the order they end (at one end, longest first): `visit(start,
   * word index)`. The caller keeps what it wants as it goes, so that no list of every occurrence (most
   * of which it drops) is ever built.
   */
  forEach(bytes: Uint8Array, visit: (start: number, word: number) => void): void {
    if (bytes.length < TWO_STREAMS) {
      this.stream(bytes, 0, bytes.length, visit);
      return;
    }
    // The second half starts with a fresh state `longest - 1` bytes early: an occurrence that ends in
    // it starts no earlier, so its states there are the one-stream states. Its occurrences (all ending
    // after the first half's) are kept until the first half's are visited.
    const middle = bytes.length >> 1;
    const later: number[] = [];
    const keep = (start: number, word: number) => later.push(start, word);
    const second = this.halves(bytes, middle, visit, keep);
    // An odd length leaves the second half one byte longer.
    this.stream(bytes, 2 * middle, bytes.length, keep, second);
    for (let pair = 0; pair < later.length; pair += 2) visit(later[pair] ?? 0, later[pair + 1] ?? 0);
  }

  /**
   * The two halves' first `middle` bytes each, at once; returns the second half's state. A loop of its
   * own: the optimizing compiler enters long loops midway (on-stack replacement), and code compiled
   * that way for `forEach` would hold its tail too, cold then, and leave it on every later call.
   */
  private halves(
    bytes: Uint8Array,
    middle: number,
    visit: (start: number, word: number) => void,
    keep: (start: number, word: number) => void,
  ): number {
    const { transitions, classOf, firstOutput } = this;
    let first = 0;
    let second = 0;
    for (let other = middle - this.longest + 1; other < middle; other++)
      second = transitions[second + (classOf[bytes[other] ?? 0] ?? 0)] ?? 0;
    for (let at = 0; at < middle; at++) {
      first = transitions[first + (classOf[bytes[at] ?? 0] ?? 0)] ?? 0;
      second = transitions[second + (classOf[bytes[middle + at] ?? 0] ?? 0)] ?? 0;
      if (first >= firstOutput) this.report(first, at, visit);
      if (second >= firstOutput) this.report(second, middle + at, keep);
    }
    return second;
  }

  private stream(
    bytes: Uint8Array,
    from: number,
    to: number,
    visit: (start: number, word: number) => void,
    initial = 0,
  ): void {
    const { transitions, classOf, firstOutput } = this;
    let state = initial;
    for (let at = from; at < to; at++) {
      state = transitions[state + (classOf[bytes[at] ?? 0] ?? 0)] ?? 0;
      if (state >= firstOutput) this.report(state, at, visit);
    }
  }

  /** The literals that end at `at` (the state reached there). */
  private report(state: number, at: number, visit: (start: number, word: number) => void): void {
    for (const word of this.outputs[(state - this.firstOutput) / this.classes] ?? [])
      visit(at + 1 - (this.lengths[word] ?? 0), word);
  }
}
