/**
 * The binary store (sops `stores/json/store.go` `BinaryStore`): any file that is not YAML, JSON, dotenv or
 * INI is one opaque value under the key `data`, wrapped in the JSON store's encrypted format.
 */
import { badInput, malformed } from "../errors.js";
import { TreeMap } from "../tree.js";
import { createJsonStore } from "./json.js";
import type { Store, StoreOptions } from "./store.js";
import { textOrBytes } from "../utf8.js";

const DATA_KEY = "data";
const UTF8 = new TextEncoder();

export function createBinaryStore(options?: StoreOptions): Store {
  const json = createJsonStore(options);

  return {
    format: "binary",

    // Text stays a Go string (`type:str`), a BOM included; other bytes stay bytes so that none are lost.
    parsePlain: (bytes) => [new TreeMap([{ key: DATA_KEY, value: textOrBytes(new Uint8Array(bytes)) }])],

    parseEncrypted(bytes) {
      const document = json.parseEncrypted(bytes);
      if (document.branches[0]?.get(DATA_KEY) === undefined) {
        throw malformed("the encrypted binary file has no top-level `data` key");
      }
      return document;
    },

    emitPlain(branches) {
      const [branch] = branches;
      if (branch === undefined || branches.length > 1) {
        throw badInput(`a binary file holds exactly one document, got ${branches.length}`);
      }
      const value = branch.get(DATA_KEY);
      if (value === undefined) throw malformed("binary store needs a `data` key");
      if (typeof value === "string") return UTF8.encode(value);
      if (value instanceof Uint8Array) return new Uint8Array(value);
      throw malformed("the binary store's `data` value must be a string");
    },

    emitEncrypted: (branches, metadata) => json.emitEncrypted(branches, metadata),

    emitValue() {
      throw badInput("a binary file is not structured: a single value cannot be extracted from it");
    },
  };
}
