/**
 * A user mistake in an action's inputs or configuration: reported as a one-line error without a stack
 * trace. Messages name the input, key or file at fault and say what to do.
 */
import { escapeControlCharacters } from "./sops/errors.js";

export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";

  constructor(message: string) {
    // Messages quote names from files and inputs: keep every message on one line.
    super(escapeControlCharacters(message));
  }
}
