import { describe, expect, test } from "@jest/globals";
import { thrownBy } from "./support/errors.js";
import { compileRe2 } from "../actions/lib/sops/re2.js";

describe("Go RE2 patterns translated to JavaScript", () => {
  test.each([
    ["^(data|stringData)$", "stringData", true],
    ["^(data|stringData)$", "metadata", false],
    ["(?i)^password$", "PassWord", true],
    ["(?i)^password$", "passwords", false],
    ["\\Atoken\\z", "token", true],
    ["\\Atoken\\z", "token\n", false],
    ["^a.b$", "a\nb", false],
    ["(?s)^a.b$", "a\nb", true],
    ["^a.b$", "a\rb", true],
    ["^\\s$", "\u00a0", false],
    ["^\\s$", "\t", true],
    ["^[[:upper:]]+$", "ABC", true],
    ["^[[:upper:]]+$", "AbC", false],
    ["^(?P<name>x+)$", "xx", true],
    ["^\\Qa.b\\E$", "a.b", true],
    ["^\\Qa.b\\E$", "axb", false],
    ["^\\x41\\x{42}$", "AB", true],
    ["^\\pL+$", "ünï", true],
    ["^\\p{Greek}+$", "αβ", true],
    ["^\\-\\#$", "-#", true],
    ["_unencrypted", "x_unencrypted_y", true],
    ["^[]a]$", "]", true],
  ])("%j on %j → %s", (pattern, input, expected) => {
    expect(compileRe2(pattern).test(input)).toBe(expected);
  });

  test.each([
    ["look-ahead", "a(?=b)"],
    ["look-behind", "(?<=a)b"],
    ["backreference", "(a)\\1"],
    ["ungreedy flag", "(?U)a+"],
    ["inline flag group", "a(?i:b)"],
    ["unclosed class", "[abc"],
    ["unknown escape", "\\q"],
    ["trailing backslash", "abc\\"],
    ["invalid", "a)"],
  ])("refuses %s with a BAD_INPUT error naming the pattern", (_name, pattern) => {
    expect(thrownBy(() => compileRe2(pattern))).toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining(pattern),
    });
  });
});
