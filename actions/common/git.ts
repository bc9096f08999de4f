/**
 * All of verify-no-plaintext's git plumbing: tracked, changed and staged file lists, blob contents
 * through one `git cat-file --batch`, the blobs of the whole history, and `.gitignore` answers. git runs
 * through node:child_process rather than @actions/exec so that blobs stay bytes (getExecOutput decodes
 * them as UTF-8) and the CLI, which has no @actions dependency, uses the same module.
 */
import { spawn } from "node:child_process";
import { ConfigurationError, firstLine } from "../lib/errors.js";
import type { CommitRange } from "../lib/scan/event.js";

const FETCH_ALL = "check out with `fetch-depth: 0` (actions/checkout) so that the commits it needs are there";

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function run(
  cwd: string,
  args: string[],
  input?: string,
  onStdout?: (chunk: Buffer) => void,
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      if (onStdout) onStdout(chunk);
      else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      reject(new ConfigurationError(`git cannot be run (${error.message}): install git on the runner`));
    });
    child.on("close", (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString() });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}

async function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  const result = await run(cwd, args, input);
  if (result.code !== 0) {
    const reason = firstLine(result.stderr);
    throw new ConfigurationError(`git ${args[0] ?? ""} failed in ${cwd}: ${reason}`);
  }
  return result.stdout;
}

function nulList(output: Buffer): string[] {
  return output
    .toString("utf8")
    .split("\0")
    .filter((item) => item !== "");
}

/** Every path that any commit reachable from HEAD added, modified or renamed to. */
export async function historyPaths(root: string): Promise<string[]> {
  const output = await git(root, ["log", "--format=", "--name-only", "--diff-filter=AMR", "-z", "HEAD"]);
  return [
    ...new Set(
      nulList(output)
        .map((item) => item.replace(/^\n+/, ""))
        .filter((item) => item !== ""),
    ),
  ].sort();
}

/** `owner/name` of the `origin` remote when it is a GitHub-style URL (https or ssh), else undefined. */
export async function originRepository(root: string): Promise<string | undefined> {
  const result = await run(root, ["remote", "get-url", "origin"]);
  if (result.code !== 0) return undefined;
  const url = result.stdout.toString("utf8").trim();
  return /[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}

/** The repository's top folder, or undefined outside a git work tree. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const result = await run(cwd, ["rev-parse", "--show-toplevel"]);
  return result.code === 0 ? result.stdout.toString().trim() : undefined;
}

/** The commit checked out in `cwd`, or undefined outside a git work tree (or before a first commit). */
export async function headCommit(cwd: string): Promise<string | undefined> {
  const result = await run(cwd, ["rev-parse", "--verify", "HEAD"]);
  const sha = result.stdout.toString().trim();
  return result.code === 0 && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
}

export async function trackedFiles(root: string): Promise<string[]> {
  return nulList(await git(root, ["ls-files", "-z"]));
}

/** A file of a tree or the index with the blob it holds: blobs are read by id, never by path. */
export interface PathBlob {
  path: string;
  blob: string;
}

/**
 * `git diff --raw -z` entries: `:<modes> <old> <new> <status>\0<path>\0`. Paths are NUL-separated, so a
 * path with a line break is one path like any other; the new blob id is what is read.
 */
function rawDiffBlobs(output: Buffer): PathBlob[] {
  const fields = output.toString("utf8").split("\0");
  const entries: PathBlob[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const header = fields[index] ?? "";
    const file = fields[index + 1] ?? "";
    const blob = header.split(" ")[3];
    if (!header.startsWith(":") || !blob || file === "")
      throw new ConfigurationError(
        `git diff printed an entry this action cannot read: ${header.slice(0, 80)}`,
      );
    // Submodules (mode 160000) have no blob to scan.
    if (header.split(" ")[1] !== "160000") entries.push({ path: file, blob });
  }
  return entries;
}

/** What is staged in the index: added or modified files and their index blobs. */
export async function stagedFiles(root: string): Promise<PathBlob[]> {
  return rawDiffBlobs(
    await git(root, ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=d"]),
  );
}

export async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ["rev-parse", "--is-shallow-repository"])).toString().trim() === "true";
}

async function hasCommit(root: string, sha: string): Promise<boolean> {
  return (await run(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}

/**
 * The files a pull request or merge group changes: added or modified between the merge base of base
 * and head, and head. Missing commits are an error, never an empty (passing) list.
 */
export async function changedFiles(root: string, range: CommitRange): Promise<PathBlob[]> {
  for (const [what, sha] of [
    ["head", range.head],
    ["base", range.base],
  ] as const) {
    if (!(await hasCommit(root, sha))) {
      throw new ConfigurationError(
        `the ${what} commit ${sha.slice(0, 12)} is not in the clone: ${FETCH_ALL}` +
          (what === "head" ? " and the pull request head is checked out or fetched" : ""),
      );
    }
  }
  const mergeBase = await run(root, ["merge-base", range.base, range.head]);
  if (mergeBase.code !== 0) {
    const shallow = await isShallow(root);
    throw new ConfigurationError(
      `no merge base of ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}${shallow ? " in this shallow clone" : ""}: ${FETCH_ALL}`,
    );
  }
  const base = mergeBase.stdout.toString().trim();
  return rawDiffBlobs(
    await git(root, [
      "diff",
      "--raw",
      "-z",
      "--no-renames",
      "--no-abbrev",
      "--diff-filter=d",
      base,
      range.head,
    ]),
  );
}

/**
 * Every blob reachable from HEAD, once, with a path it had. A shallow clone would hide some: an error,
 * worded for the action's `scope: history` or the command line's `--history` (`askedBy`).
 * `rev-list --objects` ends each entry with a line break and does not quote paths, so a line that does
 * not start with an object id continues the previous entry's path.
 */
export async function historyBlobs(root: string, askedBy: "action" | "cli" = "action"): Promise<PathBlob[]> {
  if (await isShallow(root))
    throw new ConfigurationError(
      askedBy === "action"
        ? `scope: history needs the whole history: ${FETCH_ALL}`
        : `--history needs the whole history, and this shallow clone's is incomplete: run \`git fetch --unshallow\` first (in a workflow: ${FETCH_ALL})`,
    );
  const text = (await git(root, ["rev-list", "--objects", "--filter=object:type=blob", "HEAD"])).toString(
    "utf8",
  );
  const blobs: PathBlob[] = [];
  let last: PathBlob | undefined;
  for (const line of text.split("\n")) {
    const entry = /^([0-9a-f]{40}|[0-9a-f]{64})(?: (.*))?$/.exec(line);
    if (entry) {
      last = entry[2] === undefined ? undefined : { blob: entry[1] ?? "", path: entry[2] };
      if (last) blobs.push(last);
    } else if (last && line !== "") {
      last.path += `\n${line}`;
    }
  }
  return blobs;
}

/** The first commit reachable from HEAD that added this blob (for messages and SARIF). */
export async function introducingCommit(root: string, blob: string): Promise<string | undefined> {
  const output = await git(root, ["log", "--format=%H", "--reverse", `--find-object=${blob}`, "HEAD"]);
  return firstLine(output.toString()) || undefined;
}

/**
 * Reads blobs by id through one `git cat-file --batch` and hands each to `onBlob` as it arrives, so that
 * a long history never sits in memory at once. A blob git cannot give is an error, never a skip: a
 * check that silently reads nothing would pass.
 */
export async function readBlobs(
  root: string,
  blobs: readonly PathBlob[],
  onBlob: (index: number, bytes: Buffer) => void,
): Promise<void> {
  const unreadable = (index: number) => {
    const file = blobs[index]?.path ?? "";
    throw new ConfigurationError(
      `${JSON.stringify(file)} (blob ${(blobs[index]?.blob ?? "").slice(0, 12)}) cannot be read from git: ${FETCH_ALL}`,
    );
  };
  let index = 0;
  let header: Buffer[] = [];
  let body: Buffer | undefined;
  let filled = 0;
  // After a body comes one LF, then the next header.
  let skipNewline = false;
  const onChunk = (chunk: Buffer) => {
    let at = 0;
    while (at < chunk.length) {
      if (skipNewline) {
        skipNewline = false;
        at++;
        continue;
      }
      if (body) {
        const take = Math.min(body.length - filled, chunk.length - at);
        chunk.copy(body, filled, at, at + take);
        filled += take;
        at += take;
        if (filled === body.length) {
          onBlob(index++, body);
          body = undefined;
          skipNewline = true;
        }
        continue;
      }
      const newline = chunk.indexOf(10, at);
      if (newline === -1) {
        header.push(chunk.subarray(at));
        return;
      }
      header.push(chunk.subarray(at, newline));
      const line = Buffer.concat(header).toString("utf8");
      header = [];
      at = newline + 1;
      const size = /^[0-9a-f]+ (?:blob|tree|commit|tag) (\d+)$/.exec(line)?.[1];
      if (size === undefined) {
        unreadable(index);
      } else {
        body = Buffer.alloc(Number(size));
        filled = 0;
        if (body.length === 0) {
          onBlob(index++, body);
          body = undefined;
          skipNewline = true;
        }
      }
    }
  };
  for (const [index, entry] of blobs.entries())
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(entry.blob)) unreadable(index);
  let failure: Error | undefined;
  const result = await run(
    root,
    ["cat-file", "--batch"],
    blobs.map((entry) => `${entry.blob}\n`).join(""),
    (chunk) => {
      if (failure !== undefined) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    },
  );
  if (failure !== undefined) throw failure;
  if (index < blobs.length) unreadable(index);
  if (result.code !== 0)
    throw new ConfigurationError(`git cat-file failed in ${root}: ${firstLine(result.stderr)}`);
}

/**
 * The size of each blob, from one `git cat-file --batch-check` (no content is read): what decides
 * whether a scan is large enough for worker threads. A blob git does not have counts 0 here; reading it
 * is what fails, loudly.
 */
export async function blobSizes(root: string, blobs: readonly PathBlob[]): Promise<number[]> {
  const result = await run(
    root,
    ["cat-file", "--batch-check"],
    blobs.map((entry) => `${entry.blob}\n`).join(""),
  );
  if (result.code !== 0)
    throw new ConfigurationError(`git cat-file failed in ${root}: ${firstLine(result.stderr)}`);
  const sizes = result.stdout
    .toString("utf8")
    .split("\n")
    .slice(0, blobs.length)
    .map((line: string) => Number(/^[0-9a-f]+ blob (\d+)$/.exec(line)?.[1] ?? 0));
  return blobs.map((_, index) => sizes[index] ?? 0);
}

/** Whether git ignores the path (`--no-index`: a tracked .env still counts as not ignored by .gitignore). */
export async function isIgnored(root: string, file: string): Promise<boolean> {
  const result = await run(root, ["check-ignore", "-q", "--no-index", "--", file]);
  if (result.code > 1)
    throw new ConfigurationError(`git check-ignore failed in ${root}: ${result.stderr.trim()}`);
  return result.code === 0;
}

/** One revision of a file: the commit, its time, and the blob the file held there. */
export interface FileRevision {
  commit: string;
  /** Committer time, RFC 3339. */
  date: string;
  path: string;
  blob: string;
}

/** The commits of a `git log -z --raw --format=%x01%H %cI`: each commit's hash, date and raw fields. */
function logRecords(output: Buffer): { commit: string; date: string; fields: string[] }[] {
  return output
    .toString("utf8")
    .split("\x01")
    .slice(1)
    .map((record) => {
      const headerEnd = record.indexOf("\0");
      const [commit = "", date = ""] = record
        .slice(0, headerEnd === -1 ? record.length : headerEnd)
        .trim()
        .split(" ");
      return {
        commit,
        date,
        fields: record
          .slice(headerEnd + 1)
          .replace(/^\n/, "")
          .split("\0"),
      };
    });
}

/**
 * Every revision of each of these paths reachable from HEAD, oldest first, from one `git log` for all
 * of them (renames are not followed: each path stands for itself). A shallow clone gives what it has.
 */
export async function pathRevisions(
  root: string,
  paths: readonly string[],
): Promise<Map<string, FileRevision[]>> {
  const found = new Map<string, FileRevision[]>(paths.map((file) => [file, []]));
  if (paths.length === 0) return found;
  const output = await git(root, [
    "log",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "-z",
    "--diff-filter=AM",
    "--format=%x01%H %cI",
    "--",
    ...paths.map((file) => `:(literal)${file}`),
  ]);
  for (const { commit, date, fields } of logRecords(output)) {
    // Pairs of `:<modes> <old> <new> <status>` and the path.
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const header = fields[index] ?? "";
      const file = fields[index + 1] ?? "";
      const blob = header.split(" ")[3];
      if (header.startsWith(":") && blob) found.get(file)?.push({ commit, date, path: file, blob });
    }
  }
  for (const revisions of found.values()) revisions.reverse();
  return found;
}

/**
 * Every revision of a file reachable from HEAD, oldest first, following renames, from one `git log`.
 * A shallow clone would cut the history short: an error that says `fetch-depth: 0`.
 */
export async function fileRevisions(root: string, file: string): Promise<FileRevision[]> {
  if (await isShallow(root))
    throw new ConfigurationError(
      `the history of ${JSON.stringify(file)} is cut short in this shallow clone: ${FETCH_ALL}`,
    );
  const output = await git(root, [
    "log",
    "--follow",
    "--raw",
    "--no-abbrev",
    "-z",
    "--diff-filter=AMR",
    "--format=%x01%H %cI",
    "--",
    file,
  ]);
  const revisions: FileRevision[] = [];
  for (const { commit, date, fields } of logRecords(output)) {
    // `:<modes> <old> <new> <status>` then the path (two paths for a rename: old, new).
    const header = fields[0] ?? "";
    const blob = header.split(" ")[3];
    const renamed = (header.split(" ")[4] ?? "").startsWith("R");
    const path = renamed ? fields[2] : fields[1];
    if (!header.startsWith(":") || !blob || !path) continue;
    revisions.push({ commit, date, path, blob });
  }
  return revisions.reverse();
}
