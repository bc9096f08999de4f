/**
 * Finds every occurrence of many ASCII literals in one pass (Aho–Corasick, compiled to a full transition
 * table): one table lookup per character, however many literals there are. A regex alternation of the
 * same hundred-odd literals makes the engine try them at every position and is several times slower.
 */

const ASCII = 128;
const BYTES = 256;

export class LiteralSearch {
  /** transitions[state * 256 + byte] = next state; states with outputs are numbered from `firstOutput`. */
  private readonly transitions: Uint16Array;
  private readonly firstOutput: number;
  /** The literals (indexes into `words`) that end in each output state, longest first. */
  private readonly outputs: number[][];

  constructor(readonly words: readonly string[]) {
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
    const ascii = new Uint16Array(states * ASCII);
    const failure = new Uint16Array(states);
    const outputs = ends.map((list) => [...list]);
    // Breadth first, so that a state's failure target is complete before the state is.
    const queue: number[] = [];
    for (let code = 0; code < ASCII; code++) {
      const child = children[0]?.get(code) ?? 0;
      ascii[code] = child;
      if (child !== 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const fallback = failure[state] ?? 0;
      outputs[state]?.push(...(outputs[fallback] ?? []));
      for (let code = 0; code < ASCII; code++) {
        const child = children[state]?.get(code);
        const viaFailure = ascii[fallback * ASCII + code] ?? 0;
        if (child === undefined) {
          ascii[state * ASCII + code] = viaFailure;
        } else {
          ascii[state * ASCII + code] = child;
          failure[child] = viaFailure;
          queue.push(child);
        }
      }
    }
    // Renumber: states without output first (the root stays 0), so that the hot loop tests one bound.
    const order = [...outputs.keys()].sort(
      (a, b) => Number((outputs[a]?.length ?? 0) > 0) - Number((outputs[b]?.length ?? 0) > 0) || a - b,
    );
    const renamed = new Uint16Array(states);
    order.forEach((state, index) => (renamed[state] = index));
    this.firstOutput = order.findIndex((state) => (outputs[state]?.length ?? 0) > 0);
    if (this.firstOutput < 0) this.firstOutput = states;
    this.transitions = new Uint16Array(states * BYTES);
    for (let state = 0; state < states; state++) {
      const row = (renamed[state] ?? 0) * BYTES;
      // Bytes above 127 lead back to the root (every literal is ASCII).
      for (let code = 0; code < ASCII; code++)
        this.transitions[row + code] = renamed[ascii[state * ASCII + code] ?? 0] ?? 0;
    }
    this.outputs = order
      .slice(this.firstOutput)
      .map((state) =>
        [...(outputs[state] ?? [])].sort((a, b) => (words[b]?.length ?? 0) - (words[a]?.length ?? 0)),
      );
  }

  /**
   * Every occurrence in the bytes, as (start, word index) pairs in one flat array, ordered by start and,
   * at the same start, longest word first.
   */
  find(bytes: Uint8Array): number[] {
    const found: number[] = [];
    const { transitions, firstOutput, outputs, words } = this;
    let state = 0;
    for (let at = 0; at < bytes.length; at++) {
      state = transitions[(state << 8) | (bytes[at] ?? 0)] ?? 0;
      if (state >= firstOutput) {
        for (const index of outputs[state - firstOutput] ?? [])
          found.push(at + 1 - (words[index]?.length ?? 0), index);
      }
    }
    return sortPairs(found, words);
  }
}

/**
 * Occurrences come out ordered by end; callers want them by start (longest first at one start). They
 * nearly always are already (a long literal that starts before a short one ends after it is rare).
 */
function sortPairs(found: number[], words: readonly string[]): number[] {
  let sorted = true;
  for (let at = 2; at < found.length && sorted; at += 2) sorted = (found[at] ?? 0) > (found[at - 2] ?? 0);
  if (sorted) return found;
  const pairs: Array<[number, number]> = [];
  for (let at = 0; at < found.length; at += 2) pairs.push([found[at] ?? 0, found[at + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0] || (words[b[1]]?.length ?? 0) - (words[a[1]]?.length ?? 0));
  return pairs.flat();
}
