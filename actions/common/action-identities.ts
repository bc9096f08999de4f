/**
 * The age identities an action decrypts with. Every key text is registered with the runner's masking
 * before it is parsed, so that no later line (an error included) can show it.
 */
import * as core from "@actions/core";
import type { AgeIdentity } from "../lib/sops/age.js";
import { parseIdentities } from "../lib/sops/age.js";
import { identitiesFromEnvironment } from "./identities.js";

/**
 * Masks the whole text and each identity in it: the runner hides a registered value only where it
 * appears whole, and a key file's identities are often printed one at a time. Comments (`# public key:`)
 * are not secrets and are not masked word by word.
 */
export function maskKeyText(text: string): void {
  core.setSecret(text);
  for (const identity of new Set(text.match(/AGE-SECRET-KEY-[0-9A-Z-]+/gi) ?? []))
    if (identity !== text) core.setSecret(identity);
}

export interface IdentitySources {
  /** The action's `age-key` input (empty: not given). */
  ageKey: string;
  /** How messages call that input. */
  inputName: string;
  /** Without the input, use SOPS_AGE_KEY / SOPS_AGE_KEY_FILE (never the home folder's keys.txt). */
  fallBackToEnvironment: boolean;
}

/** The parsed identities; empty when none was given. */
export async function loadActionIdentities(sources: IdentitySources): Promise<AgeIdentity[]> {
  if (sources.ageKey !== "") {
    maskKeyText(sources.ageKey);
    return parseIdentities(sources.ageKey, `input ${sources.inputName}`);
  }
  if (!sources.fallBackToEnvironment) return [];
  return identitiesFromEnvironment({
    env: process.env,
    platform: process.platform,
    home: "",
    includeDefaultFile: false,
    onKeyText: maskKeyText,
  });
}
