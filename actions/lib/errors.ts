/**
 * Errors and message helpers every part of the suite shares. Messages never contain plaintext values or
 * key material; they quote names from files and inputs, so every message is kept on one line.
 */

/**
 * A user mistake in an action's inputs or configuration: reported as a one-line error without a stack
 * trace. Messages name the input, key or file at fault and say what to do.
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";

  constructor(message: string) {
    super(escapeControlCharacters(message));
  }
}

/**
 * Line breaks and other control characters written as JSON escapes (`\n`, `\u001b`), so that text taken
 * from a file or an input cannot break a line, forge a workflow command or drive a terminal.
 */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char.length === 1 && char.charCodeAt(0) < 0x20
      ? JSON.stringify(char).slice(1, -1)
      : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Text taken from a file (a recipient, a type tag) made safe for a one-line message: control characters
 * are escaped and long text is cut.
 */
export function printable(text: string, max = 100): string {
  return escapeControlCharacters(text.length > max ? `${text.slice(0, max)}...` : text);
}

/** The first line of a text (an error's message, a tool's stderr). */
export function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}

/** A short, single-line description of an unexpected error, without its stack. */
export function describeUnknown(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error)) || "unknown error";
}

/** A failed HTTP API call, reduced to what messages need (never headers, the request or the token). */
export interface ApiFailure {
  /** undefined: no HTTP answer (network error). */
  status: number | undefined;
  /** GitHub's `message`, or the client's error text. */
  message: string;
  /** `x-ratelimit-reset` (epoch seconds) when the primary limit is exhausted. */
  rateLimitReset?: number | undefined;
}
