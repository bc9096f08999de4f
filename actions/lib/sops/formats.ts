/**
 * Which store reads a file: by extension as sops does, and, for the extensions sops does not know
 * (`.env.enc`, `.enc`, `secrets`), by looking at how the encrypted file is laid out.
 */
import { createBinaryStore } from "./stores/binary.js";
import { createDotenvStore } from "./stores/dotenv.js";
import { createIniStore } from "./stores/ini.js";
import { createJsonStore } from "./stores/json.js";
import { FORMATS, type Format, type Store, type StoreOptions } from "./stores/store.js";
import { createYamlStore } from "./stores/yaml.js";
import { badInput } from "./errors.js";

export type { Format } from "./stores/store.js";

export function createStore(format: Format, options: StoreOptions = {}): Store {
  switch (format) {
    case "yaml":
      return createYamlStore(options);
    case "json":
      return createJsonStore(options);
    case "dotenv":
      return createDotenvStore();
    case "ini":
      return createIniStore();
    case "binary":
      return createBinaryStore(options);
  }
}

export function parseFormat(text: string, what: string): Format {
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw badInput(`${what} must be one of ${FORMATS.join(", ")}, not "${text.slice(0, 40)}"`);
}

/** sops' choice by extension (`formats.FormatForPath`): anything unknown is the binary store. */
export function formatForPath(path: string): Format | undefined {
  const name = path.toLowerCase();
  if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
  if (name.endsWith(".json")) return "json";
  if (name.endsWith(".env")) return "dotenv";
  if (name.endsWith(".ini")) return "ini";
  return undefined;
}

const decoder = new TextDecoder();

/**
 * The format of an encrypted file: by extension when sops knows it, otherwise from the layout of its
 * metadata (`{"data":..., "sops":...}` JSON is the binary store).
 */
export function detectEncryptedFormat(path: string, bytes: Uint8Array): Format {
  const byExtension = formatForPath(path);
  if (byExtension) return byExtension;
  const head = decoder.decode(bytes.subarray(0, 1 << 16));
  const text = head.trimStart();
  if (text.startsWith("{")) return isBinaryEnvelope(bytes) ? "binary" : "json";
  if (/^sops_(lastmodified|mac|version)=/m.test(head)) return "dotenv";
  if (/^\[sops\]\s*$/m.test(head)) return "ini";
  if (/^sops:\s*$/m.test(head)) return "yaml";
  return "binary";
}

function isBinaryEnvelope(bytes: Uint8Array): boolean {
  try {
    const [branch] = createJsonStore().parseEncrypted(bytes).branches;
    const keys = branch?.entries().map((entry) => entry.key) ?? [];
    return keys.length === 1 && keys[0] === "data";
  } catch {
    // Not even valid encrypted JSON: the JSON store will report what is wrong with it.
    return false;
  }
}
