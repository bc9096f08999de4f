/**
 * Scanning files of a repository, the same way on the main thread and in a scan worker: the scanner is
 * built from the repository's own policy, gitleaks allowlist and `.sops.yaml` (so that a worker, given
 * only where they are, builds an identical one), and each working-tree file or git blob becomes one
 * self-contained result that can cross a thread boundary.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
} from "node:fs";
import path from "node:path";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import { countNewlines } from "../lib/lines.js";
import { PARENT_BYTES } from "../lib/scan/patterns.js";
import { EMPTY_POLICY, parseGitleaksAllowlists, parsePolicy, type Policy } from "../lib/scan/policy.js";
import type { Finding } from "../lib/scan/rules.js";
import { Scanner, type FoundValue } from "../lib/scan/scanner.js";
import { RecipientNames } from "../lib/access/names.js";
import type { Format } from "../lib/sops/formats.js";
import type { SopsSetup } from "../lib/sops/policy.js";
import { readBlobs, type PathBlob } from "./git.js";
import { locateSopsConfig, readSopsConfig } from "./sops-config.js";

/** Where the scanner's configuration comes from: enough for any thread to build the same scanner. */
export interface ScannerSource {
  root: string;
  /** Relative to the root; empty: `.github/secrets-policy.yml` when it exists. */
  policyFile: string;
  /** Relative to the root; empty: the `.sops.yaml` found upward. */
  sopsConfigFile: string;
  now: number;
}

export interface LoadedScanner {
  scanner: Scanner;
  policy: Policy;
  sops: SopsSetup | undefined;
}

const POLICY_FILES = [".github/secrets-policy.yml", ".github/secrets-policy.yaml"];
/**
 * Larger working-tree files are read in windows, so memory stays bounded whatever is committed. A window
 * is also what threads share out: at 4 MB (tens of milliseconds) no thread waits long for another's
 * last one, and a worker never runs dry while this thread scans one.
 */
export const WINDOW = 4 << 20;
/** Bytes read past a window, so that a secret that starts in it ends in it (private keys included). */
const OVERLAP = 64 << 10;

export const toPosix = (file: string) => file.split(path.sep).join("/");

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new ConfigurationError(`${what} ${file} cannot be read: check the path`);
  }
}

export function loadPolicy(root: string, explicit: string): Policy {
  const candidates = explicit ? [explicit] : POLICY_FILES;
  const found = candidates.find((file) => existsSync(path.resolve(root, file)));
  if (!found) {
    if (explicit) throw new ConfigurationError(`config: ${explicit} does not exist in ${root}`);
    return EMPTY_POLICY;
  }
  return parsePolicy(readText(path.resolve(root, found), "policy file"), found);
}

export function loadSops(root: string, explicit: string): { setup: SopsSetup; text: string } | undefined {
  const file = locateSopsConfig(root, explicit ? { file: explicit, what: "sops-config" } : undefined);
  if (!file) return undefined;
  const relative = toPosix(path.relative(root, file));
  try {
    return {
      setup: {
        config: readSopsConfig(file, relative).config,
        dir: toPosix(path.dirname(relative)).replace(/^\.$/, ""),
        file: relative,
      },
      text: readFileSync(file, "utf8"),
    };
  } catch (error) {
    throw new ConfigurationError(describeUnknown(error));
  }
}

export function loadScanner(source: ScannerSource): LoadedScanner {
  const { root } = source;
  const policy = loadPolicy(root, source.policyFile);
  const gitleaksFile = path.join(root, ".gitleaks.toml");
  const gitleaks = existsSync(gitleaksFile)
    ? parseGitleaksAllowlists(readText(gitleaksFile, "gitleaks config"), ".gitleaks.toml")
    : [];
  const found = loadSops(root, source.sopsConfigFile);
  const sops = found?.setup;
  const repositoryFile = (file: string) => readRepositoryFile(root, file);
  // Names are checked only where the repository names its recipients.
  const names = policy.recipients ? new RecipientNames(policy.recipients, found?.text) : undefined;
  const scanner = new Scanner({
    sops,
    policy,
    gitleaks,
    now: source.now,
    repositoryFile,
    ...(names ? { names } : {}),
  });
  return { scanner, policy, sops };
}

/** Scripts and workflows larger than this are not followed by the workflow rules. */
const FOLLOWED_BYTES = 1 << 20;

/**
 * A file of the working tree that a workflow names (a script a step runs, a called workflow), read as
 * the workflow rules follow it: inside the repository, never through a link, at most FOLLOWED_BYTES.
 */
function readRepositoryFile(root: string, file: string): string | undefined {
  const relative = path.posix.normalize(file.replace(/\\/g, "/"));
  if (relative.startsWith("../") || relative === ".." || path.posix.isAbsolute(relative)) return undefined;
  const absolute = path.join(root, relative);
  // A linked folder on the way could lead out of the repository (a pull request controls links).
  let folder: string;
  try {
    folder = realpathSync(path.dirname(absolute));
  } catch {
    return undefined;
  }
  const top = realpathSync(root);
  if (folder !== top && !folder.startsWith(`${top}${path.sep}`)) return undefined;
  const opened = openRegular(path.join(folder, path.basename(absolute)));
  if (!opened) return undefined;
  try {
    if (opened.size > FOLLOWED_BYTES) return undefined;
    const buffer = Buffer.alloc(opened.size);
    return buffer.toString("utf8", 0, readSync(opened.fd, buffer, 0, opened.size, 0));
  } finally {
    closeSync(opened.fd);
  }
}

/** One file's result, as it crosses threads: the findings, its size, and a current SOPS file's bytes. */
export interface ScannedFile {
  findings: Finding[];
  size: number;
  /** Set for SOPS files of the current content, so that the caller can verify their MAC with a key. */
  sops?: { format: Format; bytes: Uint8Array };
}

/**
 * One window of a working-tree file larger than WINDOW: its findings, with lines counted from the start
 * of what it read, so that the windows of a file can be scanned anywhere and joined in order.
 */
export interface ScannedWindow {
  findings: Finding[];
  /** Newlines in the window's own part, and in the context read before it. */
  newlines: number;
  contextNewlines: number;
  /** The file is binary (a NUL in its first 8000 bytes): none of its windows counts. */
  binary: boolean;
  /** Of the whole file. */
  size: number;
}

/**
 * Bytes read before a window: what precedes a secret at its start, as far back as a value's parents
 * are looked for (an example block), so that a window sees what the whole file shows.
 */
const CONTEXT = PARENT_BYTES;

/** The offsets of a file's windows, WINDOW apart. */
export function windowOffsets(size: number): number[] {
  return Array.from({ length: Math.ceil(size / WINDOW) }, (_, index) => index * WINDOW);
}

/** Opened without following a link, and without waiting on a FIFO: what is not a regular file is skipped. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** One thread's window and file buffers, reused: nothing read outlives its scan. */
let windowBuffer: Buffer | undefined;
let fileBuffer: Buffer | undefined;

/**
 * The window at `offset`: it reads CONTEXT bytes before and OVERLAP after its own WINDOW bytes, and
 * reports the secrets that start in its own part, so that one across an edge is reported once.
 */
export function scanWindow(scanner: Scanner, root: string, file: string, offset: number): ScannedWindow {
  const fd = openSync(path.join(root, file), OPEN_FLAGS);
  try {
    const head = Buffer.alloc(8000);
    const size = fstatSync(fd).size;
    const binary = head.subarray(0, readSync(fd, head, 0, head.length, 0)).includes(0);
    if (binary) return { findings: [], newlines: 0, contextNewlines: 0, binary, size };
    const start = Math.max(0, offset - CONTEXT);
    const buffer = (windowBuffer ??= Buffer.allocUnsafe(CONTEXT + WINDOW + OVERLAP));
    const read = readSync(fd, buffer, 0, buffer.length, start);
    const bytes = buffer.subarray(0, read);
    const from = offset - start;
    const to = Math.min(read, from + WINDOW);
    const { findings } = scanner.scan({ path: file, bytes, owned: { from, to }, head });
    return {
      findings,
      newlines: countNewlines(bytes, from, to),
      contextNewlines: countNewlines(bytes, 0, from),
      binary,
      size,
    };
  } finally {
    closeSync(fd);
  }
}

/** A file's windows, in order, as one result: findings on the file's lines. */
export function joinWindows(windows: readonly ScannedWindow[]): ScannedFile {
  const size = windows[0]?.size ?? 0;
  if (windows.some((window) => window.binary)) return { findings: [], size };
  const findings: Finding[] = [];
  let before = 0;
  for (const window of windows) {
    const shift = before - window.contextNewlines;
    for (const finding of window.findings) findings.push({ ...finding, line: finding.line + shift });
    before += window.newlines;
  }
  return { findings, size };
}

/** A regular file, opened, and its size; undefined when it is gone, a link or not a regular file. */
function openRegular(absolute: string): { fd: number; size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(absolute, OPEN_FLAGS);
  } catch {
    return undefined; // Tracked but deleted in the work tree, or a link (it may point outside the repository).
  }
  const stat = fstatSync(fd);
  // Submodules are folders.
  if (stat.isFile()) return { fd, size: stat.size };
  closeSync(fd);
  return undefined;
}

/** A working-tree file larger than one window, not scanned: its windows are scanned one by one. */
export interface LargeFile {
  large: number;
}

/**
 * A working-tree file; undefined when it is gone, a link or not a regular file. A file larger than a
 * window is scanned window after window here, or (`split`) only reported as large.
 */
export function scanTreeFile(
  scanner: Scanner,
  root: string,
  file: string,
  split: boolean,
): ScannedFile | LargeFile | undefined {
  const opened = openRegular(path.join(root, file));
  if (!opened) return undefined;
  const { fd, size } = opened;
  let bytes: Buffer;
  try {
    if (size > WINDOW && split) return { large: size };
    if (size > WINDOW)
      return joinWindows(windowOffsets(size).map((offset) => scanWindow(scanner, root, file, offset)));
    // Read into this thread's reusable buffer: a large scan allocates nothing per file but its text.
    const buffer = (fileBuffer ??= Buffer.allocUnsafe(WINDOW + OVERLAP));
    bytes = buffer.subarray(0, readSync(fd, buffer, 0, size, 0));
  } finally {
    closeSync(fd);
  }
  const result = scanner.scan({ path: file, bytes });
  return {
    findings: result.findings,
    size,
    // A SOPS file's bytes outlive the scan (its MAC is checked later): they get a copy of their own.
    ...(result.sops ? { sops: { format: result.sops.format, bytes: Buffer.from(bytes) } } : {}),
  };
}

/**
 * Objects read from git through one `git cat-file --batch`, in the order given; `after` runs after each.
 * `values` (a purge plan only) receives the plaintext behind each blob's reported findings, with the
 * blob's index: never part of a result, so never across threads (the pool never passes it).
 */
export async function scanGitBlobs(
  scanner: Scanner,
  root: string,
  blobs: readonly PathBlob[],
  historic: boolean,
  after: (index: number, result: ScannedFile) => void = () => undefined,
  values?: (index: number, found: FoundValue) => void,
): Promise<ScannedFile[]> {
  const results: ScannedFile[] = [];
  await readBlobs(root, blobs, (index, bytes) => {
    const file = blobs[index];
    if (!file) return;
    const result = scanner.scan({
      path: file.path,
      bytes,
      historic,
      ...(values
        ? {
            values: (found: FoundValue) => {
              values(index, found);
            },
          }
        : {}),
    });
    const scanned: ScannedFile = {
      findings: result.findings,
      size: bytes.length,
      // Historic content is not the current tree: its MAC is not checked.
      ...(result.sops && !historic ? { sops: { format: result.sops.format, bytes } } : {}),
    };
    results[index] = scanned;
    after(index, scanned);
  });
  return results;
}
