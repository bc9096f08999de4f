/**
 * verify-no-plaintext's work, shared by the action and `secrets-actions verify`: find the files of the
 * scope (through git), read the repository's policy, gitleaks allowlist and `.sops.yaml`, scan every
 * file once, check `.gitignore`, and verify MACs when a key is given.
 */
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, readdirSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../lib/errors.js";
import type { CommitRange } from "../lib/scan/event.js";
import { dotenvKind } from "../lib/scan/dotenv.js";
import {
  EMPTY_POLICY,
  globMatcher,
  parseGitleaksAllowlists,
  parsePolicy,
  type Policy,
} from "../lib/scan/policy.js";
import type { Finding } from "../lib/scan/rules.js";
import { Scanner, type FileResult } from "../lib/scan/scanner.js";
import { verifyMac } from "../lib/scan/sops-checks.js";
import type { SopsSetup } from "../lib/sops/policy.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { describeUnknown } from "../lib/errors.js";
import type { Format } from "../lib/sops/formats.js";
import {
  changedFiles,
  historyBlobs,
  introducingCommit,
  isIgnored,
  readBlobs,
  repositoryRoot,
  stagedFiles,
  trackedFiles,
  type PathBlob,
} from "./git.js";
import { locateSopsConfig, readSopsConfig } from "./sops-config.js";

export type Source =
  | { scope: "all" }
  | { scope: "changed"; range: CommitRange }
  | { scope: "history" }
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
}

export interface VerifyResult {
  root: string;
  findings: Finding[];
  /** Things worth saying that are not findings (a MAC no key could check, a fallback scope). */
  notes: string[];
  files: number;
  bytes: number;
  policy: string | undefined;
  sopsConfig: string | undefined;
}

const POLICY_FILES = [".github/secrets-policy.yml", ".github/secrets-policy.yaml"];
/** Larger working-tree files are read in windows, so memory stays bounded whatever is committed. */
export const WINDOW = 16 << 20;
const OVERLAP = 64 << 10;

const toPosix = (file: string) => file.split(path.sep).join("/");

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new ConfigurationError(`${what} ${file} cannot be read: check the path`);
  }
}

function loadPolicy(root: string, explicit: string): Policy {
  const candidates = explicit ? [explicit] : POLICY_FILES;
  const found = candidates.find((file) => existsSync(path.resolve(root, file)));
  if (!found) {
    if (explicit) throw new ConfigurationError(`config: ${explicit} does not exist in ${root}`);
    return EMPTY_POLICY;
  }
  return parsePolicy(readText(path.resolve(root, found), "policy file"), found);
}

function loadSops(root: string, explicit: string): SopsSetup | undefined {
  const file = locateSopsConfig(root, explicit ? { file: explicit, what: "sops-config" } : undefined);
  if (!file) return undefined;
  const relative = toPosix(path.relative(root, file));
  try {
    return {
      config: readSopsConfig(file, relative).config,
      dir: toPosix(path.dirname(relative)).replace(/^\.$/, ""),
      file: relative,
    };
  } catch (error) {
    throw new ConfigurationError(describeUnknown(error));
  }
}

/** Explicit paths (files or folders, relative to cwd) as repository-relative files. */
function expandPaths(cwd: string, root: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (absolute: string) => {
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch {
      throw new ConfigurationError(`${absolute} does not exist`);
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute).sort())
        if (entry !== ".git") visit(path.join(absolute, entry));
    } else if (stat.isFile()) {
      files.push(toPosix(path.relative(root, absolute)));
    }
  };
  for (const item of paths) visit(path.resolve(cwd, item));
  return files;
}

interface Collected {
  findings: Finding[];
  sopsFiles: Array<{ file: string; bytes: Uint8Array; format: Format }>;
  files: number;
  bytes: number;
}

function scanWorkingFile(scanner: Scanner, root: string, file: string, collected: Collected): void {
  const absolute = path.join(root, file);
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch {
    return; // Tracked but deleted in the work tree.
  }
  // Symbolic links may point outside the repository; submodules are folders.
  if (!stat.isFile()) return;
  collected.files++;
  collected.bytes += stat.size;
  if (stat.size <= WINDOW) {
    const bytes = readFileSync(absolute);
    collect(scanner.scan({ path: file, bytes }), bytes, collected, file);
    return;
  }
  const fd = openSync(absolute, "r");
  try {
    const seen = new Set<string>();
    const buffer = Buffer.alloc(WINDOW + OVERLAP);
    let lines = 0;
    for (let offset = 0; offset < stat.size; offset += WINDOW) {
      const read = readSync(fd, buffer, 0, buffer.length, offset);
      const window = buffer.subarray(0, read);
      // A binary file is known by its first window.
      if (offset === 0 && window.subarray(0, 8000).includes(0)) return;
      for (const finding of scanner.scan({ path: file, bytes: window }).findings) {
        const line = finding.line + lines;
        const key = `${finding.fingerprint}:${line}`;
        if (!seen.has(key)) collected.findings.push({ ...finding, line });
        seen.add(key);
      }
      for (let index = 0; index < Math.min(WINDOW, read); index++) if (window[index] === 10) lines++;
    }
  } finally {
    closeSync(fd);
  }
}

/** `file` is given for current content only: its MAC can be checked with a key. */
function collect(result: FileResult, bytes: Uint8Array, collected: Collected, file?: string): void {
  collected.findings.push(...result.findings);
  if (result.sops && file !== undefined)
    collected.sopsFiles.push({ file, bytes, format: result.sops.format });
}

/** Scans objects read from git; `onFile` sees each result (history ties findings to their blob). */
async function scanBlobs(
  scanner: Scanner,
  root: string,
  files: readonly PathBlob[],
  collected: Collected,
  historic: boolean,
  onFile: (index: number, result: FileResult) => void = () => undefined,
): Promise<void> {
  await readBlobs(root, files, (index, bytes) => {
    const file = files[index];
    if (!file) return;
    collected.files++;
    collected.bytes += bytes.length;
    const result = scanner.scan({ path: file.path, bytes, historic });
    onFile(index, result);
    collect(result, bytes, collected, historic ? undefined : file.path);
  });
}

/**
 * Content that is no longer in the tree: findings already reported for the current tree are dropped,
 * the others name the first commit that added the content.
 */
async function scanHistory(
  scanner: Scanner,
  root: string,
  wanted: (file: string) => boolean,
  collected: Collected,
) {
  const blobs = (await historyBlobs(root)).filter((item) => wanted(item.path));
  const historic: Collected = { findings: [], sopsFiles: [], files: 0, bytes: 0 };
  const blobOf = new Map<Finding, string>();
  await scanBlobs(scanner, root, blobs, historic, true, (index, result) => {
    for (const finding of result.findings) blobOf.set(finding, blobs[index]?.blob ?? "");
  });
  const reported = new Set(collected.findings.map((finding) => finding.fingerprint));
  const commits = new Map<string, string | undefined>();
  for (const finding of historic.findings) {
    if (reported.has(finding.fingerprint)) continue;
    reported.add(finding.fingerprint);
    const blob = blobOf.get(finding) ?? "";
    if (!commits.has(blob)) commits.set(blob, await introducingCommit(root, blob));
    const commit = commits.get(blob);
    if (commit && scanner.acceptsCommit(commit)) continue;
    collected.findings.push(commit ? { ...finding, commit } : finding);
  }
  collected.files += historic.files;
  collected.bytes += historic.bytes;
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const { source } = options;
  const gitRoot = await repositoryRoot(options.cwd);
  if (!gitRoot && source.scope !== "paths") {
    throw new ConfigurationError(
      `${options.cwd} is not a git repository: check it out with actions/checkout (git must be installed) or pass paths`,
    );
  }
  const root = gitRoot ?? options.cwd;
  const policy = loadPolicy(root, options.policyFile);
  const gitleaksFile = path.join(root, ".gitleaks.toml");
  const gitleaks = existsSync(gitleaksFile)
    ? parseGitleaksAllowlists(readText(gitleaksFile, "gitleaks config"), ".gitleaks.toml")
    : [];
  const sops = loadSops(root, options.sopsConfigFile);
  const scanner = new Scanner({ sops, policy, gitleaks, now: options.now });
  const included = options.include.length > 0 ? globMatcher(options.include) : () => true;
  const wanted = (file: string) => included(file) && scanner.wants(file);

  const collected: Collected = { findings: [], sopsFiles: [], files: 0, bytes: 0 };
  const notes: string[] = [];
  let checkIgnore = false;
  const scanTree = async () => {
    for (const file of (await trackedFiles(root)).filter(wanted))
      scanWorkingFile(scanner, root, file, collected);
  };

  switch (source.scope) {
    case "all":
      checkIgnore = true;
      await scanTree();
      break;
    case "history":
      checkIgnore = true;
      await scanTree();
      await scanHistory(scanner, root, wanted, collected);
      break;
    case "changed": {
      const files = (await changedFiles(root, source.range)).filter((file) => wanted(file.path));
      checkIgnore = files.some(({ path: file }) => file === ".gitignore" || dotenvKind(file) !== undefined);
      await scanBlobs(scanner, root, files, collected, false);
      break;
    }
    case "staged": {
      // Staged paths need not exist in the work tree; a folder selects everything staged below it.
      const chosen = source.paths?.map((item) =>
        toPosix(path.relative(root, path.resolve(options.cwd, item))),
      );
      const selected = (file: string) =>
        !chosen || chosen.some((item) => item === "" || file === item || file.startsWith(`${item}/`));
      const files = (await stagedFiles(root)).filter((file) => wanted(file.path) && selected(file.path));
      checkIgnore =
        !chosen && files.some(({ path: file }) => file === ".gitignore" || dotenvKind(file) !== undefined);
      await scanBlobs(scanner, root, files, collected, false);
      break;
    }
    case "paths":
      for (const file of expandPaths(options.cwd, root, source.paths).filter(wanted))
        scanWorkingFile(scanner, root, file, collected);
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
    policy: policy.source,
    sopsConfig: sops?.file,
  };
}
