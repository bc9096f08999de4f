/**
 * The dotenv store (`sops:stores/dotenv/store.go`). sops' dotenv is deliberately naive: no trimming, no
 * quotes, no `export`; the key is everything before the first `=`. Reproducing that exactly matters because
 * keys and values feed the MAC: `foo =x` has the key `foo ` (with its space).
 */
import { SopsError, malformed } from "../errors.js";
import { valueToString } from "../goformat.js";
import { Comment, TreeMap, isScalar, type MapItem, type TreeValue } from "../tree.js";
import { escapeNewlines, flattenMetadata, unescapeNewlines, unflattenMetadata } from "./flatten.js";
import { decodeUtf8 } from "../utf8.js";
import type { EncryptedDocument, Store } from "./store.js";

const SOPS_PREFIX = "sops_";

const utf8Encoder = new TextEncoder();

type DotenvItem = Comment | { key: string; value: string };

function parseItems(bytes: Uint8Array): DotenvItem[] {
  const items: DotenvItem[] = [];
  decodeUtf8(bytes, "dotenv")
    .split("\n")
    .forEach((line, index) => {
      if (line === "") return;
      if (line.startsWith("#")) {
        items.push(new Comment(line.slice(1)));
        return;
      }
      const equals = line.indexOf("=");
      // The line itself is not quoted: it may be a secret missing its `=`.
      if (equals === -1) throw malformed(`dotenv line ${index + 1} has no "=" (expected KEY=VALUE)`);
      items.push({ key: line.slice(0, equals), value: unescapeNewlines(line.slice(equals + 1)) });
    });
  return items;
}

function scalarText(value: TreeValue, key: string): string {
  if (!isScalar(value)) throw malformed(`dotenv cannot hold nested values (key ${key})`);
  return valueToString(value);
}

function formatLines(items: MapItem[]): string {
  let text = "";
  for (const item of items) {
    if (item instanceof Comment) {
      // One `#` per line: a multi-line comment (from YAML) would otherwise turn into broken KEY=VALUE lines.
      text += item.value
        .split("\n")
        .map((line) => `#${line}\n`)
        .join("");
      continue;
    }
    // sops writes such keys unchecked; they would read back as a different key or as a comment.
    if (item.key.includes("=") || item.key.includes("\n") || item.key.startsWith("#")) {
      throw malformed(
        `dotenv cannot hold the key ${JSON.stringify(item.key)} (it contains "=", "#" or a newline)`,
      );
    }
    text += `${item.key}=${escapeNewlines(scalarText(item.value, item.key))}\n`;
  }
  return text;
}

function singleBranch(branches: TreeMap[]): TreeMap {
  const [branch] = branches;
  if (branch === undefined || branches.length > 1) {
    throw malformed(`dotenv holds exactly one document, got ${branches.length}`);
  }
  return branch;
}

function checkDataKeys(branch: TreeMap): void {
  for (const { key } of branch.entries()) {
    if (key.startsWith(SOPS_PREFIX)) {
      throw malformed(`dotenv key ${key} starts with "${SOPS_PREFIX}", which is reserved for sops metadata`);
    }
  }
}

export function createDotenvStore(): Store {
  return {
    format: "dotenv",

    parsePlain(bytes: Uint8Array): TreeMap[] {
      return [new TreeMap(parseItems(bytes))];
    },

    parseEncrypted(bytes: Uint8Array): EncryptedDocument {
      const data: MapItem[] = [];
      const metadataPairs: Array<[string, string]> = [];
      for (const item of parseItems(bytes)) {
        if (!(item instanceof Comment) && item.key.startsWith(SOPS_PREFIX)) {
          metadataPairs.push([item.key, item.value]);
        } else {
          data.push(item);
        }
      }
      if (metadataPairs.length === 0) {
        throw new SopsError("NOT_SOPS_FILE", `dotenv input has no "${SOPS_PREFIX}" metadata keys`);
      }
      return { branches: [new TreeMap(data)], metadata: unflattenMetadata(metadataPairs, SOPS_PREFIX) };
    },

    emitPlain(branches: TreeMap[]): Uint8Array {
      const branch = singleBranch(branches);
      checkDataKeys(branch);
      return utf8Encoder.encode(formatLines(branch.items));
    },

    emitEncrypted(branches: TreeMap[], metadata: TreeMap): Uint8Array {
      const branch = singleBranch(branches);
      checkDataKeys(branch);
      const metadataItems = flattenMetadata(metadata, SOPS_PREFIX).map(([key, value]) => ({ key, value }));
      return utf8Encoder.encode(formatLines([...branch.items, ...metadataItems]));
    },

    emitValue(value: TreeValue): Uint8Array {
      if (value instanceof Uint8Array) return value;
      if (!isScalar(value)) throw malformed("dotenv can only extract a single value, not a map or list");
      return utf8Encoder.encode(valueToString(value));
    },
  };
}
