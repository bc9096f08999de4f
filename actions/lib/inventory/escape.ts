/**
 * Every string an inventory carries (names, paths, keys, environments, readers, rule ids, problems)
 * comes from a repository, and a pull request chooses it: the report shows it as text and nothing
 * else. One escaper per channel.
 */
import { escapeControlCharacters } from "../errors.js";
import { escapeHtml } from "../html-escape.js";

/**
 * Characters that change how text is read without being seen: line breaks and other controls (as
 * `\n`, `\u001b`), and zero-width and bidirectional marks (as `\u202e`), shown so a name cannot hide
 * a part of itself or look like another.
 */
export function visible(text: string): string {
  return escapeControlCharacters(text).replace(
    /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Text for an HTML element's content or a quoted attribute value. */
export function htmlText(text: string): string {
  return escapeHtml(visible(text));
}

/**
 * Text for GitHub Markdown (issue bodies, job summaries), in a table cell or anywhere else: inside
 * `<code>`, so that `@name` mentions nobody, `#1` links no issue and URLs are not linked; every ASCII
 * punctuation character backslash-escaped, so that pipes stay in their cell, backticks open no code
 * span, `*_~[]` format nothing and `<` `&` start no HTML or entity; line breaks shown as `\n`.
 */
export function markdownCode(text: string): string {
  return `<code>${visible(text).replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)}</code>`;
}
