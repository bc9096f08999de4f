/**
 * Where the CLI finds age identities, as sops does: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the default
 * keys.txt of the user's config folder, all combined. (The decrypt-env action deliberately does not
 * look in the home folder: it takes keys only from its input or the environment.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseIdentities, type AgeIdentity } from "../lib/sops/age.js";
import { badInput } from "../lib/sops/errors.js";

export interface KeyLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  /** Also read the default keys.txt (the CLI does; actions do not). */
  includeDefaultFile: boolean;
  /** Sees every key text before it is parsed (actions register it with the runner's masking). */
  onKeyText?: (text: string) => void;
}

/** sops' default key file: `<UserConfigDir>/sops/age/keys.txt`. */
export function defaultKeyFile({ env, platform, home }: KeyLookup): string | undefined {
  if (platform === "win32")
    return env.APPDATA ? path.win32.join(env.APPDATA, "sops", "age", "keys.txt") : undefined;
  if (env.XDG_CONFIG_HOME) return path.join(env.XDG_CONFIG_HOME, "sops", "age", "keys.txt");
  if (platform === "darwin")
    return path.join(home, "Library", "Application Support", "sops", "age", "keys.txt");
  return path.join(home, ".config", "sops", "age", "keys.txt");
}

function readKeyFile(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw badInput(`${what} (${file}) cannot be read: check the path and its permissions`);
  }
}

export async function identitiesFromEnvironment(lookup: KeyLookup): Promise<AgeIdentity[]> {
  const identities: AgeIdentity[] = [];
  const parse = (text: string, source: string) => {
    lookup.onKeyText?.(text);
    return parseIdentities(text, source);
  };
  const inline = lookup.env.SOPS_AGE_KEY;
  if (inline && inline.trim() !== "") identities.push(...(await parse(inline, "SOPS_AGE_KEY")));
  const keyFile = lookup.env.SOPS_AGE_KEY_FILE;
  if (keyFile) identities.push(...(await parse(readKeyFile(keyFile, "SOPS_AGE_KEY_FILE"), keyFile)));
  const fallback = lookup.includeDefaultFile ? defaultKeyFile(lookup) : undefined;
  if (fallback) {
    let text: string | undefined;
    try {
      text = readFileSync(fallback, "utf8");
    } catch {
      // The default key file is optional.
    }
    if (text !== undefined && text.trim() !== "") identities.push(...(await parse(text, fallback)));
  }
  return identities;
}
