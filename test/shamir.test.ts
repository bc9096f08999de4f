import { describe, expect, test } from "@jest/globals";
import { thrownBy } from "./support/errors.js";
import { random } from "./support/random.js";
import { combine, split } from "../actions/lib/sops/shamir.js";

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) =>
    subsets(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

describe("Shamir secret sharing over GF(2^8)", () => {
  test.each([
    [2, 2],
    [3, 2],
    [3, 3],
    [5, 3],
  ])("%i shares with threshold %i: every threshold-sized subset recovers the secret", (parts, threshold) => {
    const secret = new Uint8Array(random.bytes(32));
    const shares = split(secret, parts, threshold);
    expect(shares).toHaveLength(parts);
    shares.forEach((share, index) => {
      expect(share).toHaveLength(33);
      expect(share[32]).toBe(index + 1);
    });
    for (const subset of subsets(shares, threshold)) expect(combine(subset)).toEqual(secret);
  });

  test("fewer shares than the threshold give a different value", () => {
    const secret = new Uint8Array(random.bytes(32));
    const [first, second] = split(secret, 3, 3);
    expect(combine([first as Uint8Array, second as Uint8Array])).not.toEqual(secret);
  });

  test("a hand-computed share set: the constant term is recovered by Lagrange interpolation", () => {
    // f(x) = 0x42 + 0x01*x over GF(2^8): f(1) = 0x43, f(2) = 0x40.
    expect(combine([Uint8Array.of(0x43, 1), Uint8Array.of(0x40, 2)])).toEqual(Uint8Array.of(0x42));
    // f(x) = 0x53 + 0xCA*x: f(1) = 0x99, f(2) = 0x53 ^ (0xCA*2 = 0x8F) = 0xDC.
    expect(combine([Uint8Array.of(0x99, 1), Uint8Array.of(0xdc, 2)])).toEqual(Uint8Array.of(0x53));
  });

  test.each([
    ["one share", [Uint8Array.of(1, 1)]],
    ["different lengths", [Uint8Array.of(1, 1), Uint8Array.of(1, 2, 2)]],
    ["duplicate x", [Uint8Array.of(1, 1), Uint8Array.of(2, 1)]],
  ])("combine rejects %s", (_name, shares) => {
    expect(thrownBy(() => combine(shares))).toMatchObject({ code: "MALFORMED" });
  });

  test.each([
    [1, 1],
    [2, 3],
    [256, 2],
  ])("split(%i parts, threshold %i) is refused", (parts, threshold) => {
    expect(thrownBy(() => split(Uint8Array.of(1), parts, threshold))).toMatchObject({ code: "BAD_INPUT" });
  });
});
