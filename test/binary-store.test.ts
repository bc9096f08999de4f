import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { createBinaryStore } from "../actions/lib/sops/stores/binary.js";
import { TreeMap, type TreeValue } from "../actions/lib/sops/tree.js";
import { expectSopsError } from "./support/errors.js";
import { FIXTURES_DIR } from "../tools/fixture-sources.mjs";

const FIXTURES = path.dirname(FIXTURES_DIR);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, "sops", name)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function m(...entries: [string, TreeValue][]): TreeMap {
  return new TreeMap(entries.map(([key, value]) => ({ key, value })));
}

const store = createBinaryStore();

describe("binary store: encrypted fixtures", () => {
  // [file, whether it ends with the newline sops writes (some repositories strip it)]
  const fixtures: [string, boolean][] = [
    ["fluxcd__kustomize-controller/internal/controller/testdata/sops/files/file.txt", false],
    ["dbsystel__cdk-sops-secrets/test-secrets/README.sops.binary", false],
    ["dbsystel__cdk-sops-secrets/test-secrets/json/complex.sops.json", false],
    ["dbsystel__cdk-sops-secrets/test-secrets/json/complex.sops.binary", false],
    ["jkroepke__helm-secrets/tests/assets/values/sops/secrets.trailing-newline.raw", true],
  ];

  test.each(fixtures)("%s parses to a single `data` value and round-trips", (name, endsWithNewline) => {
    const bytes = fixture(name);
    const document = store.parseEncrypted(bytes);
    expect(document.branches).toHaveLength(1);
    expect(document.branches[0]?.entries().map((entry) => entry.key)).toEqual(["data"]);
    expect(document.branches[0]?.get("data")).toEqual(
      expect.stringMatching(/^ENC\[AES256_GCM,.*,type:str\]$/),
    );
    expect(document.metadata.get("lastmodified")).toEqual(expect.any(String));
    const emitted = text(store.emitEncrypted(document.branches, document.metadata));
    expect(emitted).toBe(endsWithNewline ? text(bytes) : `${text(bytes)}\n`);
  });

  test("an encrypted file without a data key is MALFORMED", () => {
    expectSopsError(
      () => store.parseEncrypted(utf8('{"other": "x", "sops": {}}')),
      "MALFORMED",
      /no top-level `data` key/,
    );
  });

  test("JSON errors and missing metadata come from the JSON store", () => {
    expectSopsError(() => store.parseEncrypted(utf8('{"data": "x"}')), "NOT_SOPS_FILE", /`sops`/);
    expectSopsError(() => store.parseEncrypted(utf8("plain text")), "MALFORMED", /line 1, column 1/);
  });

  test("the indent option reaches the JSON envelope", () => {
    const emitted = createBinaryStore({ indent: 2 }).emitEncrypted(
      [m(["data", "ENC[x]"])],
      m(["version", "3.13.2"]),
    );
    expect(text(emitted)).toBe('{\n  "data": "ENC[x]",\n  "sops": {\n    "version": "3.13.2"\n  }\n}\n');
  });
});

describe("binary store: plaintext", () => {
  test.each([
    ["text without a trailing newline", utf8("value")],
    [
      "text with trailing newlines",
      fixture("jkroepke__helm-secrets/tests/assets/values/sops/secrets.trailing-newline.dec.raw"),
    ],
    ["CRLF and a byte order mark", utf8("\uFEFFa\r\nb\r\n")],
    ["empty file", new Uint8Array()],
    ["JSON text is not parsed", utf8('{"a": 1, "a": 2}')],
  ])("%s stays one exact string", (_name, bytes) => {
    const branches = store.parsePlain(bytes);
    expect(branches).toEqual([m(["data", new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)])]);
    expect(store.emitPlain(branches)).toEqual(bytes);
  });

  test("non-UTF-8 bytes survive parsePlain and emitPlain exactly", () => {
    const gzip = new Uint8Array([
      0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a,
    ]);
    const branches = store.parsePlain(gzip);
    const value = branches[0]?.get("data");
    expect(value).toBeInstanceOf(Uint8Array);
    expect(value).toEqual(gzip);
    gzip[0] = 0; // the tree holds its own copy
    expect(store.emitPlain(branches)).toEqual(new Uint8Array([0x1f, ...gzip.subarray(1)]));
  });

  test("emitPlain needs a string or bytes under `data` in a single document", () => {
    expectSopsError(
      () => store.emitPlain([m(["other", "x"])]),
      "MALFORMED",
      /binary store needs a `data` key/,
    );
    expectSopsError(() => store.emitPlain([m(["data", 5n])]), "MALFORMED", /must be a string/);
    expectSopsError(
      () => store.emitPlain([m(["data", "a"]), m(["data", "b"])]),
      "BAD_INPUT",
      /exactly one document, got 2/,
    );
    expectSopsError(() => store.emitPlain([]), "BAD_INPUT", /exactly one document, got 0/);
  });

  test("a single value cannot be extracted", () => {
    expectSopsError(() => store.emitValue("x"), "BAD_INPUT", /not structured/);
  });

  test("the format is binary", () => {
    expect(store.format).toBe("binary");
  });
});
