/**
 * The CLI writes standard output with writeSync (common/standard-streams.ts), not through
 * process.stdout. What a stream would have done must still hold, under this machine's Node and Node 24:
 * a reader that stops early ends nothing but the output, and a descriptor left non-blocking by whoever
 * started the CLI still gets everything, in order.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { encrypt } from "../actions/lib/sops/engine.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");

let work: string;
let key: TestKey;
let encryptedFile: string;
/** Far more than a pipe holds (64 KiB on Linux), so that a writer must wait for its reader. */
let plain: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "standard-streams-"));
  key = await newKey();
  plain = Array.from(
    { length: 12_000 },
    (_, index) => `KEY_${index}=value-${index}-${"x".repeat(60)}\n`,
  ).join("");
  encryptedFile = path.join(work, "big.env.enc");
  writeFileSync(
    encryptedFile,
    await encrypt(Buffer.from(plain), { format: "dotenv", ageGroups: [[key.recipient]] }),
  );
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe.each(RUNTIMES)("standard output under $name", ({ node }) => {
  const env = () => ({ PATH: process.env.PATH ?? "", HOME: work, SOPS_AGE_KEY: key.secret });

  test("a reader that stops after one line ends the output, not the command: exit 0, nothing on stderr", () => {
    const result = spawnSync(
      "bash",
      [
        "-c",
        'set -o pipefail; "$0" "$1" decrypt --input-type dotenv "$2" | head -n 1',
        node,
        CLI,
        encryptedFile,
      ],
      { env: env(), encoding: "utf8" },
    );
    expect(result.stdout).toBe(`${plain.split("\n")[0]}\n`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("a non-blocking pipe read slowly gets all of the output, in order", () => {
    // Python opens the pipe: Node cannot hand a child a descriptor in non-blocking mode.
    const reader = [
      "import os, subprocess, sys, time",
      "r, w = os.pipe()",
      "os.set_blocking(w, False)",
      "child = subprocess.Popen(sys.argv[1:], stdout=w)",
      "os.close(w)",
      "chunks = []",
      "while True:",
      "    time.sleep(0.001)",
      "    chunk = os.read(r, 8192)",
      "    if not chunk: break",
      "    chunks.append(chunk)",
      "sys.stdout.buffer.write(b''.join(chunks))",
      "sys.exit(child.wait())",
    ].join("\n");
    const result = spawnSync(
      "python3",
      ["-c", reader, node, CLI, "decrypt", "--input-type", "dotenv", encryptedFile],
      { env: env(), encoding: "utf8", maxBuffer: 1 << 24 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout === plain).toBe(true);
  });

  test("a reader that goes away after the stream has taken over still ends only the output", () => {
    // A small non-blocking pipe that fills at once: the CLI meets EAGAIN and hands the descriptor to its
    // stream, which then waits on the pipe; the reader then closes it. (Should the reader close first
    // on a very slow machine, writeSync meets the EPIPE itself: the outcome asserted is the same.)
    const reader = [
      "import fcntl, os, subprocess, sys, time",
      "r, w = os.pipe()",
      "fcntl.fcntl(w, 1031, 4096)  # F_SETPIPE_SZ",
      "os.set_blocking(w, False)",
      "child = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)",
      "os.close(w)",
      "first = os.read(r, 100)",
      "time.sleep(0.5)",
      "os.close(r)",
      "error = child.stderr.read()",
      "sys.stdout.write(f'{child.wait()} {len(first)} {error!r}')",
    ].join("\n");
    const result = spawnSync(
      "python3",
      ["-c", reader, node, CLI, "decrypt", "--input-type", "dotenv", encryptedFile],
      { env: env(), encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("0 100 b''");
  });
});
