/**
 * One SOPS file from disk to its plaintext tree (MAC verified unless asked otherwise), the same way for
 * decrypt-env and `secrets-actions run`: errors name the file as the user wrote it.
 */
import { readFileSync } from "node:fs";
import type { DecryptedSource } from "../lib/env/plan.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { decrypt } from "../lib/sops/engine.js";
import { inFile } from "../lib/sops/errors.js";
import { detectEncryptedFormat } from "../lib/sops/formats.js";

export interface DecryptedFile extends DecryptedSource {
  format: string;
  lastModified: string;
  warnings: string[];
}

export async function decryptSopsFile(
  file: string,
  name: string,
  identities: readonly AgeIdentity[],
  ignoreMac = false,
): Promise<DecryptedFile> {
  try {
    const bytes = readFileSync(file);
    const format = detectEncryptedFormat(file, bytes);
    const result = await decrypt(bytes, { format, identities, ignoreMac });
    return {
      file: name,
      format,
      branches: result.branches,
      leaves: result.leaves,
      lastModified: result.metadata.lastModified,
      warnings: result.warnings,
    };
  } catch (error) {
    throw inFile(name, error);
  }
}
