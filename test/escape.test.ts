// One escaper per output channel: what a pull request puts into a file name or a value must not start
// a workflow command in the log, nor become markup in the job summary.
import { describe, expect, test } from "@jest/globals";
import {
  forAnnotation,
  forLogLine,
  forSummaryHtml,
  forSummaryMarkdownCell,
} from "../actions/common/escape.js";
import { toFailure } from "../actions/common/github.js";

describe("forLogLine", () => {
  test.each([
    ["deploy\n::stop-commands::x", "deploy\\n::stop-commands::x"],
    ["a\r\n::save-state name=x::y", "a\\r\\n::save-state name=x::y"],
    ["::error::forged", " ::error::forged"],
    ["\u001b[31mred", "\\u001b[31mred"],
    ["line\u2028separator", "line\\u2028separator"],
    ["plain text: ok", "plain text: ok"],
  ])("%j", (text, expected) => {
    const line = forLogLine(text);
    expect(line).toBe(expected);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.startsWith("::")).toBe(false);
  });
});

test("forAnnotation keeps an annotation on one line", () => {
  expect(forAnnotation("x\n::warning::y")).toBe("x\\n::warning::y");
});

describe("summaries", () => {
  test.each([
    ['<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"],
    ["a & b's", "a &amp; b&#39;s"],
  ])("forSummaryHtml(%j)", (text, expected) => {
    expect(forSummaryHtml(text)).toBe(expected);
  });

  test.each([
    ["a | b", "a \\| b"],
    ["two\nlines", "two lines"],
    ["<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"],
  ])("forSummaryMarkdownCell(%j)", (text, expected) => {
    expect(forSummaryMarkdownCell(text)).toBe(expected);
  });
});

describe("errors from the HTTP layer", () => {
  test.each([
    'Headers.append: "token ghs_leak\nmore" is an invalid header value.',
    "Invalid header value 'Bearer ghs_leak'",
  ])("%j loses every quoted part", (message) => {
    const failure = toFailure(new TypeError(message));
    expect(failure.status).toBeUndefined();
    expect(failure.message).not.toContain("ghs_leak");
    expect(failure.message).not.toMatch(/[\r\n]/);
  });

  test("GitHub's own message is kept", () => {
    const failure = toFailure({ status: 422, response: { data: { message: "No ref found for: nope" } } });
    expect(failure).toMatchObject({ status: 422, message: "No ref found for: nope" });
  });
});
