/**
 * verify-no-plaintext's work, shared by the action and `secrets-actions verify`: find the files of the
 * scope (through git), read the repository's policy, gitleaks allowlist and `.sops.yaml`, scan every
 * file once, check `.gitignore`, and verify MACs when a key is given.
 */
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../lib/errors.js";
import type { CommitRange } from "../lib/scan/event.js";
import { dotenvKind } from "../lib/scan/dotenv.js";
import { globMatcher } from "../lib/scan/policy.js";
import type { Finding } from "../lib/scan/rules.js";
import type { FoundValue, Scanner } from "../lib/scan/scanner.js";
import { verifyMac } from "../lib/scan/sops-checks.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import type { Format } from "../lib/sops/formats.js";
import {
  blobSizes,
  changedFiles,
  historyBlobs,
  introducingCommit,
  isIgnored,
  repositoryRoot,
  stagedFiles,
  trackedFiles,
  type PathBlob,
} from "./git.js";
import { loadScanner, scanGitBlobs, toPosix, type ScannedFile, type ScannerSource } from "./scan-files.js";
import {
  ScanPool,
  isLargeScan,
  pieces,
  scanPieces,
  threadsFor,
  treePieces,
  type ScanWork,
} from "./scan-pool.js";

export type Source =
  | { scope: "all" }
  | { scope: "changed"; range: CommitRange }
  /** `askedBy`: how a shallow clone's error names the scope (`scope: history`, or the CLI's `--history`). */
  | { scope: "history"; askedBy?: "action" | "cli" }
  | { scope: "staged"; paths?: string[] }
  | { scope: "paths"; paths: string[] };

export interface VerifyOptions {
  /** Where the command runs: the workspace or the CLI's current folder. */
  cwd: string;
  source: Source;
  /** Globs (repository-relative) a file must match to be checked; empty: every file. */
  include: readonly string[];
  /** Policy file, relative to the repository root; empty: `.github/secrets-policy.yml` when it exists. */
  policyFile: string;
  /** `.sops.yaml` to use, relative to the repository root; empty: the one found upward. */
  sopsConfigFile: string;
  identities: readonly AgeIdentity[];
  now: number;
  /** Worker threads: 0 (the default) one per core when the scan is large, 1 none, N that many. */
  threads?: number;
  /**
   * History scope only, for `secrets-actions verify --history --purge-plan`: receives the plaintext of
   * every error and warning finding of the history's blobs (secret-pattern, secret-default, real-looking
   * dotenv values), with the commit that added the blob. Values never reach the findings, the notes or
   * any message. With it, the history's blobs are scanned on this thread: no value crosses threads.
   */
  historyValues?: (value: HistoryValue) => void;
}

/** A secret's plaintext from the history, with its finding and the first commit that added its blob. */
export interface HistoryValue extends FoundValue {
  commit: string | undefined;
}

export interface VerifyResult {
  root: string;
  findings: Finding[];
  /** Things worth saying that are not findings (a MAC no key could check, a fallback scope). */
  notes: string[];
  files: number;
  bytes: number;
  /** How long the verify took, from finding the repository to the last check (not the process's start). */
  seconds: number;
  policy: string | undefined;
  sopsConfig: string | undefined;
}

/**
 * Explicit paths (files or folders, relative to cwd) as repository-relative files, in order, as the
 * walk finds them (so that the first are scanned while it goes on). Folder entries are taken by their
 * type, without a stat each: the scan opens each file without following links and skips what is not
 * a regular file. Every path must exist: checked before the first file comes out.
 */
function expandPaths(cwd: string, root: string, paths: readonly string[]): Iterable<string> {
  const items = paths.map((item) => {
    const absolute = path.resolve(cwd, item);
    try {
      return { absolute, stat: lstatSync(absolute) };
    } catch {
      throw new ConfigurationError(`${absolute} does not exist`);
    }
  });
  function* visit(folder: string): Generator<string> {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name === ".git") continue;
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) yield* visit(child);
      else if (entry.isFile()) yield toPosix(path.relative(root, child));
    }
  }
  return (function* () {
    for (const { absolute, stat } of items) {
      if (stat.isDirectory()) yield* visit(absolute);
      else if (stat.isFile()) yield toPosix(path.relative(root, absolute));
    }
  })();
}

function* filtered(files: Iterable<string>, wanted: (file: string) => boolean): Generator<string> {
  for (const file of files) if (wanted(file)) yield file;
}

interface Collected {
  findings: Finding[];
  sopsFiles: Array<{ file: string; bytes: Uint8Array; format: Format }>;
  files: number;
  bytes: number;
}

interface Scan {
  source: ScannerSource;
  scanner: Scanner;
  /** As asked: 0 for one per core when large. */
  threads: number;
  pool: ScanPool | undefined;
}

/** `file` is given for current content only: its MAC can be checked with a key. */
function collect(result: ScannedFile, collected: Collected, file: string): void {
  collected.files++;
  collected.bytes += result.size;
  collected.findings.push(...result.findings);
  if (result.sops) collected.sopsFiles.push({ file, ...result.sops });
}

/** Working-tree files, on the worker threads too when there are any. */
async function scanWorkingFiles(scan: Scan, files: Iterable<string>, collected: Collected): Promise<void> {
  const order: string[] = [];
  const listed = (function* () {
    for (const file of files) {
      order.push(file);
      yield file;
    }
  })();
  const results = await scanPieces(scan.pool, scan.scanner, scan.source.root, treePieces(listed));
  results.forEach((result, index) => {
    if (result) collect(result, collected, order[index] ?? "");
  });
}

/** Objects read from git; returns each blob's result (history ties findings to their blob). */
async function scanBlobs(scan: Scan, blobs: readonly PathBlob[], historic: boolean): Promise<ScannedFile[]> {
  // A handful of blobs (a pull request's changes, usually) is small: no need to ask git for sizes.
  const sizes: number[] = blobs.length < 64 ? blobs.map(() => 0) : await blobSizes(scan.source.root, blobs);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const work: ScanWork[] = pieces(blobs, sizes).map(({ items }) => ({
    kind: "blobs",
    blobs: items,
    historic,
  }));
  const large = isLargeScan(scan.threads, total);
  if (large && !scan.pool) scan.pool = ScanPool.start(scan.source, threadsFor(scan.threads));
  const results = await scanPieces(large ? scan.pool : undefined, scan.scanner, scan.source.root, work);
  return results.map((result) => result ?? { findings: [], size: 0 });
}

async function scanCurrentBlobs(scan: Scan, blobs: readonly PathBlob[], collected: Collected): Promise<void> {
  for (const [index, result] of (await scanBlobs(scan, blobs, false)).entries())
    collect(result, collected, blobs[index]?.path ?? "");
}

/**
 * Content that is no longer in the tree: findings already reported for the current tree are dropped,
 * the others name the first commit that added the content. `sink` (a purge plan) gets the value behind
 * every reported finding of every blob, also those the tree already reported, but not those of a
 * commit the gitleaks allowlist names.
 */
async function scanHistory(
  scan: Scan,
  blobs: readonly PathBlob[],
  collected: Collected,
  sink: VerifyOptions["historyValues"],
) {
  const root = scan.source.root;
  const values = new Map<number, FoundValue[]>();
  // The values are handed over on this thread, by a scan that does not use the workers: results that
  // cross threads hold no value.
  const results = sink
    ? await scanGitBlobs(scan.scanner, root, blobs, true, undefined, (index, found) => {
        const list = values.get(index);
        if (list) list.push(found);
        else values.set(index, [found]);
      })
    : await scanBlobs(scan, blobs, true);
  const reported = new Set(collected.findings.map((finding) => finding.fingerprint));
  const commits = new Map<string, string | undefined>();
  const commitOf = async (blob: string) => {
    if (!commits.has(blob)) commits.set(blob, await introducingCommit(root, blob));
    return commits.get(blob);
  };
  for (const [index, result] of results.entries()) {
    collected.files++;
    collected.bytes += result.size;
    const blob = blobs[index]?.blob ?? "";
    for (const finding of result.findings) {
      if (reported.has(finding.fingerprint)) continue;
      reported.add(finding.fingerprint);
      const commit = await commitOf(blob);
      if (commit && scan.scanner.acceptsCommit(commit)) continue;
      collected.findings.push(commit ? { ...finding, commit } : finding);
    }
  }
  if (!sink) return;
  for (const [index, found] of values) {
    const commit = await commitOf(blobs[index]?.blob ?? "");
    if (commit && scan.scanner.acceptsCommit(commit)) continue;
    for (const value of found) sink({ ...value, commit });
  }
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const started = performance.now();
  const scope = options.source;
  const gitRoot = await repositoryRoot(options.cwd);
  if (!gitRoot && scope.scope !== "paths") {
    throw new ConfigurationError(
      `${options.cwd} is not a git repository: check it out with actions/checkout (git must be installed) or pass paths`,
    );
  }
  const root = gitRoot ?? options.cwd;
  const source: ScannerSource = {
    root,
    policyFile: options.policyFile,
    sopsConfigFile: options.sopsConfigFile,
    now: options.now,
  };
  const threads = options.threads ?? 0;
  // Workers for a scan of the whole tree start first, so that they boot while this thread reads the
  // configuration and lists the files; a scan that is over before they are up never waits for them.
  // Diffs (changed, staged) start them only when their blobs are large.
  const wholeTree = scope.scope === "all" || scope.scope === "history" || scope.scope === "paths";
  const early = wholeTree && threads !== 1 ? ScanPool.start(source, threadsFor(threads)) : undefined;
  let scan: Scan | undefined;
  try {
    const { scanner, policy, sops } = loadScanner(source);
    scan = { source, scanner, threads, pool: early };
    const result = await verifyWith(scan, options, root, policy.source, sops?.file);
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    await (scan?.pool ?? early)?.close();
  }
}

async function verifyWith(
  scan: Scan,
  options: VerifyOptions,
  root: string,
  policySource: string | undefined,
  sopsFile: string | undefined,
): Promise<Omit<VerifyResult, "seconds">> {
  const scope = options.source;
  const { scanner } = scan;
  const included = options.include.length > 0 ? globMatcher(options.include) : () => true;
  const wanted = (file: string) => included(file) && scanner.wants(file);

  const collected: Collected = { findings: [], sopsFiles: [], files: 0, bytes: 0 };
  const notes: string[] = [];
  let checkIgnore = false;
  const scanTree = async () => scanWorkingFiles(scan, (await trackedFiles(root)).filter(wanted), collected);

  switch (scope.scope) {
    case "all":
      checkIgnore = true;
      await scanTree();
      break;
    case "history": {
      // Listed first: a shallow clone fails before any scan.
      const blobs = (await historyBlobs(root, scope.askedBy)).filter((item) => wanted(item.path));
      checkIgnore = true;
      await scanTree();
      await scanHistory(scan, blobs, collected, options.historyValues);
      break;
    }
    case "changed": {
      const files = (await changedFiles(root, scope.range)).filter((file) => wanted(file.path));
      checkIgnore = files.some(({ path: file }) => file === ".gitignore" || dotenvKind(file) !== undefined);
      await scanCurrentBlobs(scan, files, collected);
      break;
    }
    case "staged": {
      // Staged paths need not exist in the work tree; a folder selects everything staged below it.
      const chosen = scope.paths?.map((item) =>
        toPosix(path.relative(root, path.resolve(options.cwd, item))),
      );
      const selected = (file: string) =>
        !chosen || chosen.some((item) => item === "" || file === item || file.startsWith(`${item}/`));
      const files = (await stagedFiles(root)).filter((file) => wanted(file.path) && selected(file.path));
      checkIgnore =
        !chosen && files.some(({ path: file }) => file === ".gitignore" || dotenvKind(file) !== undefined);
      await scanCurrentBlobs(scan, files, collected);
      break;
    }
    case "paths":
      await scanWorkingFiles(scan, filtered(expandPaths(options.cwd, root, scope.paths), wanted), collected);
      break;
  }

  if (checkIgnore) collected.findings.push(...scanner.envNotIgnored(await isIgnored(root, ".env")));
  if (options.identities.length > 0) {
    for (const sopsFile of collected.sopsFiles) {
      const checked = await verifyMac(sopsFile.file, sopsFile.bytes, sopsFile.format, options.identities);
      if (checked.finding) collected.findings.push(...scanner.accepted([checked.finding]));
      if (checked.note) notes.push(checked.note);
    }
  }
  return {
    root,
    findings: collected.findings,
    notes,
    files: collected.files,
    bytes: collected.bytes,
    policy: policySource,
    sopsConfig: sopsFile,
  };
}
