/**
 * One escaper per output channel. Names, paths, keys and messages come from pull requests and files, so
 * whatever reaches a channel goes through its escaper first: a file name with a newline must not start
 * a workflow command, and one with HTML must not become markup in the job summary.
 */
import { escapeControlCharacters } from "../lib/errors.js";
import { escapeHtml } from "../lib/html-escape.js";

/**
 * A job log line (or a terminal line of the CLI): control characters escaped, so the text stays on one
 * line and cannot drive a terminal, and a leading `::` cannot be read as a workflow command.
 */
export function forLogLine(text: string): string {
  const line = escapeControlCharacters(text);
  return line.startsWith("::") ? ` ${line}` : line;
}

/**
 * An annotation's message or title: @actions/core percent-encodes line breaks of annotation messages,
 * which the runner then shows as line breaks; escaping keeps each annotation the one line it was meant to be.
 */
export function forAnnotation(text: string): string {
  return escapeControlCharacters(text);
}

/** Text inside HTML in the job summary (`core.summary` tables and raw HTML). */
export function forSummaryHtml(text: string): string {
  return escapeHtml(text);
}

/** A cell of a Markdown table in the job summary: one line, no raw HTML, pipes escaped. */
export function forSummaryMarkdownCell(text: string): string {
  return forSummaryHtml(text.replace(/\s+/g, " ")).replace(/\|/g, "\\|").trim();
}
