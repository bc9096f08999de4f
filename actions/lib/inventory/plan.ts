/**
 * How an organisation's inventory is spread over a GitHub Actions matrix: repositories in chunks, so
 * that 500 repositories fit the 256-job limit of a matrix with room to spare, each chunk one job.
 */
import { byCodeUnits } from "./merge.js";

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_LIMIT = 256;

export interface Chunk {
  chunk: number;
  /** `owner/name`, comma-separated (a matrix value is a string). */
  repositories: string;
  /** The same repositories without their owner, for an App token scoped to them. */
  names: string;
}

/** `owner/name` entries of a list written one per line or comma-separated; duplicates dropped, order kept. */
export function parseRepositoryList(text: string): string[] {
  const seen = new Set<string>();
  for (const item of text.split(/[\s,]+/)) {
    const name = item.trim();
    if (name !== "") seen.add(name);
  }
  return [...seen];
}

export function planChunks(repositories: readonly string[], perJob: number): Chunk[] {
  // Code-unit order, not the locale's: the same chunks on every runner.
  const sorted = [...new Set(repositories)].sort(byCodeUnits);
  // At least enough per job that the matrix stays under its limit.
  const size = Math.max(1, perJob, Math.ceil(sorted.length / MATRIX_LIMIT));
  const chunks: Chunk[] = [];
  for (let start = 0; start < sorted.length; start += size) {
    const part = sorted.slice(start, start + size);
    chunks.push({
      chunk: chunks.length + 1,
      repositories: part.join(","),
      names: part.map((repository) => repository.slice(repository.indexOf("/") + 1)).join(","),
    });
  }
  return chunks;
}
