/**
 * The one source of random values in the tests: a small seeded generator (sfc32), seeded per test file
 * by the jest environment (seeded-environment.mjs) from TEST_SEED or the file's path. The same seed
 * draws the same values in the same order on any machine, so a failure that prints its seed can be run
 * again exactly. Test values only: nothing here is fit for keys that protect anything.
 */
declare global {
  var __TEST_SEED__: number | undefined;
}

export class SeededRandom {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  seed = 0;

  constructor(seed: number) {
    this.reseed(seed);
  }

  /** Starts the sequence of `seed` over (the sweep scripts draw many seeds in one process). */
  reseed(seed: number): void {
    this.seed = seed >>> 0;
    // SplitMix32 spreads a small seed over the four words of state.
    let state = this.seed;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    [this.a, this.b, this.c, this.d] = [next(), next(), next(), next()];
    for (let round = 0; round < 12; round++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A whole number from 0 to `bound` - 1, without modulo bias. */
  int(bound: number): number {
    if (!Number.isInteger(bound) || bound <= 0 || bound > 0x100000000) throw new RangeError(`bound ${bound}`);
    const limit = 0x100000000 - (0x100000000 % bound);
    for (;;) {
      const value = this.uint32();
      if (value < limit) return value % bound;
    }
  }

  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let index = 0; index < length; index++) out[index] = this.uint32() & 0xff;
    return out;
  }

  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string {
    let out = "";
    for (let index = 0; index < length; index++) out += alphabet[this.int(alphabet.length)] ?? "";
    return out;
  }
}

/** This test file's seed: set by the environment; 0 where a module is loaded outside jest. */
export const TEST_SEED = globalThis.__TEST_SEED__ ?? 0;

/** This test file's generator: every random value of a test comes from it. */
export const random = new SeededRandom(TEST_SEED);
