/**
 * The credential table drives these tests: for every row (one shape of one credential type) a fake
 * positive is found with the row's detector and severity and shown only redacted, its near miss is not
 * found, a placeholder in its format is a warning, and an identifier that looks like it is nothing.
 */
import { describe, expect, test } from "@jest/globals";
import { CREDENTIAL_FORMATS, type CredentialFormat } from "../actions/lib/scan/credentials.js";
import { findSecrets, type FileKind } from "../actions/lib/scan/patterns.js";
import { literalExpansions, parseShape } from "../actions/lib/scan/shapes.js";
import { redact } from "../actions/lib/scan/values.js";
import {
  camelCase,
  classCharacters,
  example,
  identifierOf,
  placeholderOf,
} from "./support/credential-examples.js";

const NOW = Date.UTC(2026, 9, 1);

const hits = (text: string, kind: FileKind = "config") =>
  findSecrets(Buffer.from(text, "latin1"), { kind, now: NOW }).map((hit) => ({
    ...hit,
    shown: redact(hit.secret, hit.prefix),
  }));

/** Where a value is written: an assignment no generic rule reads as secret-named. */
const inConfig = (value: string) => `setting = ${value}\n`;
const positiveText = (format: CredentialFormat) =>
  format.detector === "generic"
    ? `${example(format.example ?? format.shape)}\n`
    : inConfig(example(format.example ?? format.shape));

const rows = CREDENTIAL_FORMATS.map((format) => ({
  name: `${format.id}: ${format.label} (${format.shape})`,
  format,
}));

describe.each(rows)("$name", ({ format }) => {
  test("a fake positive is found, once, with its detector and severity, and shown only redacted", () => {
    const text = positiveText(format);
    const found = hits(text);
    expect(found.map((hit) => [hit.detector, hit.severity])).toEqual([[format.id, format.severity]]);
    const [first] = found;
    const secret = first?.secret ?? "";
    // A private key is reported without its line breaks.
    expect(text.replace(/\s/g, "")).toContain(secret.replace(/\s/g, ""));
    // Nothing of the value beyond its format's fixed prefix.
    const body = secret.slice((first?.prefix ?? "").length);
    expect(first?.shown).not.toContain(body.slice(0, 4));
    expect(first?.shown).toMatch(/… \(\d+ chars\)$/);
  });

  test("its near miss is not found", () => {
    const text = inConfig(example(format.nearMiss));
    expect([format.nearMissWhy, hits(text).map((hit) => hit.detector)]).toEqual([format.nearMissWhy, []]);
  });

  test("a placeholder in its format is a warning (or nothing, for a code detector that says so)", () => {
    if (format.detector === "shape") {
      const text = inConfig(placeholderOf(format.shape));
      expect(hits(text).map((hit) => [hit.detector, hit.severity])).toEqual([[format.id, "warning"]]);
    } else {
      const expected = format.placeholder;
      expect(expected).toBeDefined();
      const found = hits(inConfig(expected?.text ?? "")).map((hit) => hit.severity);
      expect(found).toEqual(expected?.severity === "silent" ? [] : [expected?.severity]);
    }
  });

  test("an identifier that looks like it is nothing", () => {
    if (format.identifier !== undefined) {
      expect(hits(format.identifier, "code")).toEqual([]);
      return;
    }
    const value = example(format.example ?? format.shape);
    expect(hits(`def ${value}(self):\n`, "code")).toEqual([]);
    expect(hits(`result = ${value}(request)\n`)).toEqual([]);
    const camel = identifierOf(format.shape);
    if (camel !== undefined) expect([camel, hits(inConfig(camel))]).toEqual([camel, []]);
  });
});

describe("placeholders after a prefix that names its format", () => {
  const prefixesOf = (format: CredentialFormat) => {
    const segments = parseShape(format.shape);
    return segments[0]?.kind === "literal" ? literalExpansions(segments) : [];
  };
  const named = CREDENTIAL_FORMATS.filter(
    (format) =>
      format.detector === "shape" &&
      !format.weakPrefix &&
      format.anchor === undefined &&
      prefixesOf(format).length > 0 &&
      prefixesOf(format).every((prefix) => /^.{2,}[-_.~]$/.test(prefix)),
  );

  test("every such prefix is among the formats", () => {
    expect(named.length).toBeGreaterThan(40);
  });

  test.each(["<your-token>", "${API_TOKEN}", "{{ token }}", "xxxxxxxx", "your_token_here", "EXAMPLE_TOKEN"])(
    "prefix + %s is a warning",
    (tail) => {
      for (const format of named) {
        const prefix = prefixesOf(format)[0] ?? "";
        const found = hits(inConfig(`${prefix}${tail}`));
        expect([prefix, found.map((hit) => hit.severity)]).toEqual([prefix, ["warning"]]);
        expect(found[0]?.shown).toBe(`${prefix}… (${prefix.length + tail.length} chars)`);
      }
    },
  );

  test("prose that only names the prefix is nothing", () => {
    expect(hits("GitLab tokens start with glpat- and npm tokens with npm_.", "docs")).toEqual([]);
    expect(hits("export HF_TOKEN=hf_...", "docs")).toEqual([]);
  });
});

describe("the issue's examples", () => {
  test("a Hugging Face look-alike function name is not a token", () => {
    expect(hits(`def hf_${camelCase(34)}(repo):`, "code")).toEqual([]);
    expect(hits(`hf_${camelCase(34)}`, "code")).toEqual([]);
  });

  test("Slack bot tokens with real-looking ids are errors", () => {
    const secret = example("{alnum:24}");
    expect(hits(inConfig(`xoxb-1234567890-1234567890-${secret}`)).map((hit) => hit.severity)).toEqual([
      "error",
    ]);
  });

  test("credentials in URLs: placeholders are nothing, weak passwords warnings, the rest errors, whatever the host", () => {
    const strong = example("{alnum:20}");
    const cases: Array<[string, string[]]> = [
      ["https://user:password@example.com/", []],
      ["https://user:${PASSWORD}@example.com/", []],
      ["https://user:{{pass}}@example.com/", []],
      ["ftp://user:YOUR_PASSWORD@example.com/", []],
      ["https://deploy:s3cr3t@example.com/", ["warning"]],
      ["https://deploy:aaaabbbbcccc1@example.com/", ["warning"]],
      [`https://deploy:${strong}@example.com/`, ["error"]],
      [`ftp://deploy:${strong}@files.example.org/`, ["error"]],
      [`http://deploy:${strong}@localhost:8080/`, ["error"]],
    ];
    expect(cases.map(([text]) => [text, hits(inConfig(text)).map((hit) => hit.severity)])).toEqual(cases);
  });

  test("every class of the shape language spells characters the examples can use", () => {
    expect(classCharacters("A-Za-z0-9_-")).toHaveLength(64);
    expect(classCharacters("a-f0-9")).toBe("abcdef0123456789");
  });
});
