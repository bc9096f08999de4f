/**
 * Shamir secret sharing over GF(2^8) exactly as sops' `shamir` package (forked from HashiCorp Vault)
 * does it, so that files with several key groups interoperate: each share is the secret's length plus
 * one byte, the share's x-coordinate (1-based group index) in the LAST byte.
 */
import { randomBytes } from "node:crypto";
import { malformed, badInput } from "./errors.js";

/** Multiplication in the Rijndael field (reduction polynomial x^8 + x^4 + x^3 + x + 1). */
function multiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    x = x & 0x80 ? ((x << 1) ^ 0x11b) & 0xff : x << 1;
    y >>= 1;
  }
  return product;
}

/** a^254 = a^-1 in GF(2^8); the inverse of 0 is never needed (x-coordinates are distinct and non-zero). */
function inverse(a: number): number {
  let result = 1;
  let base = a;
  let exponent = 254;
  while (exponent > 0) {
    if (exponent & 1) result = multiply(result, base);
    base = multiply(base, base);
    exponent >>= 1;
  }
  return result;
}

function divide(a: number, b: number): number {
  return multiply(a, inverse(b));
}

function evaluate(coefficients: Uint8Array, x: number): number {
  // Horner's method from the highest coefficient down.
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) result = multiply(result, x) ^ (coefficients[i] ?? 0);
  return result;
}

/** Split `secret` into `parts` shares, any `threshold` of which recover it. */
export function split(secret: Uint8Array, parts: number, threshold: number): Uint8Array[] {
  if (parts < threshold) throw badInput("Shamir: the number of key groups must be at least the threshold");
  if (parts > 255) throw badInput("Shamir: at most 255 key groups");
  if (threshold < 2) throw badInput("Shamir: the threshold must be at least 2");
  if (secret.length === 0) throw badInput("Shamir: cannot split an empty secret");
  const shares = Array.from({ length: parts }, (_, index) => {
    const share = new Uint8Array(secret.length + 1);
    share[secret.length] = index + 1;
    return share;
  });
  for (let byteIndex = 0; byteIndex < secret.length; byteIndex++) {
    const coefficients = new Uint8Array(randomBytes(threshold));
    coefficients[0] = secret[byteIndex] ?? 0;
    for (const share of shares) share[byteIndex] = evaluate(coefficients, share[secret.length] ?? 0);
  }
  return shares;
}

/** Recover the secret from shares by Lagrange interpolation at x = 0. */
export function combine(shares: Uint8Array[]): Uint8Array {
  if (shares.length < 2) throw malformed("Shamir: at least two shares are needed");
  const length = shares[0]?.length ?? 0;
  if (length < 2 || shares.some((share) => share.length !== length)) {
    throw malformed("Shamir: the shares have different or too short lengths");
  }
  const xs = shares.map((share) => share[length - 1] ?? 0);
  if (new Set(xs).size !== xs.length) throw malformed("Shamir: two shares have the same x-coordinate");
  if (xs.includes(0)) throw malformed("Shamir: a share has x-coordinate 0");

  const secret = new Uint8Array(length - 1);
  for (let byteIndex = 0; byteIndex < length - 1; byteIndex++) {
    let value = 0;
    xs.forEach((xi, i) => {
      let basis = 1;
      xs.forEach((xj, j) => {
        if (i !== j) basis = multiply(basis, divide(xj, xj ^ xi));
      });
      value ^= multiply(basis, shares[i]?.[byteIndex] ?? 0);
    });
    secret[byteIndex] = value;
  }
  return secret;
}
