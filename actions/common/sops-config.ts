/**
 * Finding and reading `.sops.yaml` as sops does: an explicit file, or the nearest one in the starting
 * folder or a folder above it. Shared by verify-no-plaintext, rotate-reminder and the CLI.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../lib/errors.js";
import { parseSopsConfig, type SopsConfig } from "../lib/sops/config.js";

export const SOPS_CONFIG_NAME = ".sops.yaml";

/** sops stops looking after this many parent folders. */
const MAX_DEPTH = 100;

export interface FoundSopsConfig {
  config: SopsConfig;
  /** Absolute path of the file. */
  file: string;
  /** Its folder: creation rules' `path_regex` are matched relative to it. */
  dir: string;
}

/**
 * The config file for `from`: `explicit` (resolved against `from`; an error naming `what` when it does
 * not exist), else the nearest `.sops.yaml` upward, else undefined.
 */
export function locateSopsConfig(
  from: string,
  explicit?: { file: string; what: string },
): string | undefined {
  if (explicit) {
    const file = path.resolve(from, explicit.file);
    if (!existsSync(file))
      throw new ConfigurationError(`${explicit.what}: ${explicit.file} does not exist in ${from}`);
    return file;
  }
  let dir = path.resolve(from);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const candidate = path.join(dir, SOPS_CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Reads and parses a config; `name` is how messages call it (a repository-relative path). */
export function readSopsConfig(file: string, name = file): FoundSopsConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ConfigurationError(`${name} cannot be read: check the file and its permissions`);
  }
  return { config: parseSopsConfig(text, name), file, dir: path.dirname(file) };
}
