import { expect } from "@jest/globals";
import fc from "fast-check";
import { SopsError, type SopsErrorCode } from "../../actions/lib/sops/errors.js";
import { describeUnknown } from "../../actions/lib/errors.js";
import type { Store } from "../../actions/lib/sops/stores/store.js";

/** The error a function throws (or a promise rejects with); fails the test when there is none. */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}

/** The SopsError a function throws; fails the test on any other outcome. */
export function sopsErrorFrom(action: () => unknown): SopsError {
  const error = thrownBy(action);
  if (!(error instanceof SopsError)) throw new Error(`expected a SopsError, got ${describeUnknown(error)}`);
  return error;
}

export function expectSopsError(action: () => unknown, code: SopsErrorCode, message: RegExp): void {
  const error = sopsErrorFrom(action);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

export function expectMalformed(action: () => unknown, message: RegExp): void {
  expectSopsError(action, "MALFORMED", message);
}

/** Random input through a store's parsers: a tree, or MALFORMED / NOT_SOPS_FILE, never another exception. */
export function expectParsersFailCleanly(
  store: Store,
  inputs: fc.Arbitrary<Uint8Array>,
  numRuns = 500,
): void {
  fc.assert(
    fc.property(inputs, (bytes) => {
      for (const parse of [
        (b: Uint8Array) => store.parsePlain(b),
        (b: Uint8Array) => store.parseEncrypted(b),
      ]) {
        try {
          parse(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(SopsError);
          expect(["MALFORMED", "NOT_SOPS_FILE"]).toContain((error as SopsError).code);
        }
      }
    }),
    { numRuns },
  );
}
