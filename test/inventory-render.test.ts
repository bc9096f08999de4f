/**
 * The merged inventory's Markdown and HTML: every string from a repository is text in both (hostile
 * names, paths, keys, environments, readers, rule ids and problems), the Markdown stays within GitHub's
 * issue body limit with a note, the HTML requests nothing and stays small for 500 repositories.
 */
import { createHash } from "node:crypto";
import { describe, expect, test } from "@jest/globals";
import { markdownCode, visible } from "../actions/lib/inventory/escape.js";
import { CONTENT_SECURITY_POLICY, renderHtml } from "../actions/lib/inventory/html.js";
import { ISSUE_BODY_LIMIT, renderMarkdown } from "../actions/lib/inventory/markdown.js";
import { mergeInventories, type MergedInventory } from "../actions/lib/inventory/merge.js";
import { generateOrganisation } from "../tools/inventory-corpus.mjs";
import { HOSTILE, asInput, hostileInventory, inputOf, sampleFiles } from "./support/inventory.js";
import { random } from "./support/random.js";

const hostile = (): MergedInventory =>
  mergeInventories([...sampleFiles().map(inputOf), asInput("hostile.json", hostileInventory())]).merged;

let organisation: MergedInventory | undefined;
/** 500 generated repositories of 50 secrets (drawn once per file from the seeded generator). */
function largeOrganisation(): MergedInventory {
  organisation ??= mergeInventories(
    generateOrganisation({ repositories: 500, secrets: 50, random }).map((inventory, index) =>
      asInput(`inventory-${index}.json`, inventory),
    ),
  ).merged;
  return organisation;
}

/** Markdown with every backslash escape and our own tags taken out: what a reader sees as text. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

/** The cells of a table row, split at pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (char === "\\") {
      current += char + line.charAt(index + 1);
      index++;
    } else if (char === "|") {
      out.push(current);
      current = "";
    } else current += char;
  }
  out.push(current);
  return out.slice(1, -1);
}

describe("Markdown: repository strings are text", () => {
  test.each(HOSTILE.map((text) => [text]))("%j", (text) => {
    expect(renderMarkdown(hostile(), { limit: 1_000_000 })).toContain(markdownCode(text));
  });

  test("markdownCode: one <code> span, every ASCII punctuation escaped, line breaks visible", () => {
    for (const text of HOSTILE) {
      const escaped = markdownCode(text);
      const inner = escaped.slice("<code>".length, -"</code>".length);
      expect(escaped).toBe(`<code>${inner}</code>`);
      expect(inner).not.toMatch(/[\n\r]/);
      // Every punctuation character is preceded by a backslash that is not itself escaped.
      expect(inner.replace(/\\[!-/:-@[-`{-~]/g, "")).not.toMatch(/[!-/:-@[-`{-~]/);
      expect(unescapeMarkdown(inner)).toBe(visible(text));
    }
    expect(markdownCode("line one\nline two")).toBe("<code>line one\\\\nline two</code>");
  });

  test("tables keep their shape, nothing opens HTML but our own tags, no mention or link is raw", () => {
    const markdown = renderMarkdown(hostile(), { limit: 1_000_000 });
    const lines = markdown.split("\n");
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith("|")) {
        columns = 0;
        continue;
      }
      const count = cells(line).length;
      if (columns === 0) columns = count;
      expect([line, count]).toEqual([line, columns]);
    }
    // Outside our own tags there is no unescaped < or backtick anywhere.
    const withoutTags = markdown.replace(/<\/?code>|<br>/g, "");
    expect(withoutTags.replace(/\\[!-/:-@[-`{-~]/g, "")).not.toMatch(/[<`]/);
    for (const line of lines.filter((candidate) => candidate.includes("octocat")))
      for (const match of line.matchAll(/octocat/g)) {
        const before = line.slice(0, match.index);
        expect(before.lastIndexOf("<code>")).toBeGreaterThan(before.lastIndexOf("</code>"));
      }
  });
});

describe("Markdown: within GitHub's issue body limit", () => {
  test("500 repositories: truncated to 65,536 characters, with the note and the hint", () => {
    const markdown = renderMarkdown(largeOrganisation(), { artifactHint: "See the inventory artifact." });
    expect(markdown.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(markdown.length).toBeGreaterThan(ISSUE_BODY_LIMIT - 2_000);
    expect(markdown).toMatch(
      /\n> \*\*Truncated\*\* to stay within GitHub's limit of 65,536 characters on an issue body: shown \d+ of 500 repositories, \d+ of \d+ secret names, \d+ of \d+ rules(, \d+ of \d+ problems)?\.\n> See the inventory artifact\.\n$/,
    );
  });

  test.each([500, 2_000, 10_000, 30_000])("a limit of %d characters is kept", (limit) => {
    for (const report of [hostile(), largeOrganisation()]) {
      const markdown = renderMarkdown(report, { limit });
      expect(markdown.length).toBeLessThanOrEqual(limit);
    }
  });

  test("the default hint says where the full report is", () => {
    expect(renderMarkdown(largeOrganisation())).toContain("--html FILE --json FILE");
  });

  test("a report that fits has no note", () => {
    const markdown = renderMarkdown(hostile());
    expect(markdown.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(markdown).not.toContain("Truncated");
    expect(markdown).toMatch(/^# Secrets inventory\n/);
  });

  test("one row longer than the limit is left out, and said", () => {
    const inventory = hostileInventory();
    const first = inventory.secrets[0];
    if (first) first.name = "N".repeat(70_000);
    const markdown = renderMarkdown(mergeInventories([asInput("long.json", inventory)]).merged);
    expect(markdown.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(markdown).toContain("Truncated");
    expect(markdown).not.toContain("N".repeat(1000));
  });
});

describe("HTML: repository strings are text, nothing is requested", () => {
  const OUR_TAGS = new Set(
    "html head meta title style body h1 h2 p table caption thead tbody tr th td ul li span script".split(" "),
  );

  test.each(HOSTILE.map((text) => [text]))("%j is escaped wherever it appears", (text) => {
    const html = renderHtml(hostile());
    const escaped = visible(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
    expect(html).toContain(escaped);
  });

  test("the only tags are the report's own, none has an event handler, a source or a link", () => {
    const html = renderHtml(hostile());
    const body = html.slice(0, html.indexOf("<script>")) + html.slice(html.indexOf("</script>"));
    const tags = [...body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)];
    expect(tags.length).toBeGreaterThan(100);
    for (const [tag, name, attributes] of tags) {
      expect([tag, OUR_TAGS.has((name ?? "").toLowerCase())]).toEqual([tag, true]);
      expect(attributes).not.toMatch(/\bon\w+\s*=|\bsrc\s*=|\bhref\s*=|\baction\s*=/i);
    }
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base|form|svg|a)\b/i);
    // No address of any kind outside the script's own text.
    expect(body).not.toMatch(/(https?|ftp|wss?):\/\/(?!evil\.example|example\.invalid)/);
  });

  test("the policy allows exactly the page's style and script, by hash", () => {
    const html = renderHtml(hostile());
    const hash = (content: string) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`;
    const style = /<style>([^]*?)<\/style>/.exec(html)?.[1] ?? "";
    const script = /<script>([^]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'`,
    );
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    );
    // The policy comes before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  });

  test("the script never parses or inserts markup, nor evaluates text", () => {
    const script = /<script>([^]*?)<\/script>/.exec(renderHtml(hostile()))?.[1] ?? "";
    expect(script).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|Function\(|setTimeout|setInterval|DOMParser|createContextualFragment|srcdoc/,
    );
  });

  test("500 repositories of 50 secrets: under 5 MB", () => {
    const html = renderHtml(largeOrganisation());
    expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024 * 1024);
    expect(largeOrganisation().totals.repositories).toBe(500);
  });
});
