/**
 * Every failure the SOPS engine reports is a SopsError with a stable code, so that callers (CLI exit
 * codes, action messages) can react to the kind of failure without parsing text.
 *
 * Messages must never contain plaintext values or key material: they name files, keys (paths),
 * recipients and what to do.
 */
import { describeUnknown, escapeControlCharacters } from "../errors.js";

export type SopsErrorCode =
  /** No supplied identity could unwrap the data key. */
  | "NO_MATCHING_KEY"
  /** The file's MAC does not match its content, or cannot be decrypted. */
  | "MAC_MISMATCH"
  /** The input has no (or an unusable) `sops` metadata block. */
  | "NOT_SOPS_FILE"
  /** The input cannot be parsed: syntax, encoding, structure, ENC[] values. */
  | "MALFORMED"
  /** Valid SOPS, but something this engine does not do (PGP/KMS-only files, plugin recipients, ...). */
  | "UNSUPPORTED"
  /** A caller mistake: bad recipient, bad identity, bad regex, bad path expression, bad config. */
  | "BAD_INPUT";

export class SopsError extends Error {
  override readonly name = "SopsError";

  constructor(
    readonly code: SopsErrorCode,
    message: string,
  ) {
    // Messages quote key names and recipients from files: keep every message on one line.
    super(escapeControlCharacters(message));
  }
}

export function malformed(message: string): SopsError {
  return new SopsError("MALFORMED", message);
}

export function badInput(message: string): SopsError {
  return new SopsError("BAD_INPUT", message);
}

/** Prefix an error's message with the file it concerns, keeping its code. */
export function inFile(file: string, error: unknown): SopsError {
  if (error instanceof SopsError) {
    const prefixed = new SopsError(error.code, `${file}: ${error.message}`);
    return prefixed;
  }
  return new SopsError("MALFORMED", `${file}: ${describeUnknown(error)}`);
}
