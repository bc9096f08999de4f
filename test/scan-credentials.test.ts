/**
 * The credential table drives these tests: for every row (one shape of one credential type) a fake
 * positive is found with the row's detector and severity and shown only redacted, its near miss is not
 * found, a placeholder in its format is a note, and an identifier that looks like it is nothing.
 */
import { describe, expect, test } from "@jest/globals";
import { CREDENTIAL_FORMATS, type CredentialFormat } from "../actions/lib/scan/credentials.js";
import { literalExpansions, parseShape } from "../actions/lib/scan/shapes.js";
import { camelCase, classCharacters, example } from "./support/credential-examples.js";
import { hits, inConfig, ROW_CHECKS } from "./support/credential-rows.js";

const rows = CREDENTIAL_FORMATS.map((format) => ({
  name: `${format.id}: ${format.label} (${format.shape})`,
  format,
}));

// In the order the seed sweep runs them: a seed it reports fails the same way here.
describe.each(rows)("$name", ({ format }) => {
  test.each(ROW_CHECKS)("$name", ({ problems }) => {
    expect(problems(format)).toEqual([]);
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
    "prefix + %s is a note",
    (tail) => {
      for (const format of named) {
        const prefix = prefixesOf(format)[0] ?? "";
        const found = hits(inConfig(`${prefix}${tail}`));
        expect([prefix, found.map((hit) => hit.severity)]).toEqual([prefix, ["note"]]);
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
