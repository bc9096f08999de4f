/**
 * `secrets-actions edit FILE`: as `sops edit`. The plaintext goes to a 0600 file in a 0700 temporary
 * folder, `$VISUAL`/`$EDITOR` opens it, and on save the file is encrypted again under the same data key:
 * values that did not change keep their exact ciphertext, so `git diff` (and rotate-reminder) see only
 * what did. Content that does not parse reopens the editor with the reason; an editor that fails (`:cq`)
 * gives up. The temporary folder is removed on every way out, signals included.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import path from "node:path";
import { writeFileSafely } from "../common/safe-write.js";
import { ConfigurationError, describeUnknown } from "../lib/errors.js";
import type { AgeIdentity } from "../lib/sops/age.js";
import { decrypt, emitPlaintext, replacePlaintext } from "../lib/sops/engine.js";
import { SopsError, inFile } from "../lib/sops/errors.js";
import { detectEncryptedFormat, type Format } from "../lib/sops/formats.js";
import type { KeyedCommandIo } from "./run.js";
import { parseCommandArgs, usageOf } from "./usage.js";

const EDIT = usageOf("edit");
const CLEANUP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** The temporary file keeps the plaintext's extension, so that the editor highlights it. */
function plaintextName(file: string, format: Format): string {
  const base = path.basename(file).replace(/\.enc(?=\.[^.]+$)|\.enc$/, "");
  const extension = { yaml: ".yaml", json: ".json", dotenv: ".env", ini: ".ini", binary: "" }[format];
  return base.endsWith(extension) || base.startsWith(".env") ? base : `${base}${extension}`;
}

function openEditor(editor: string, file: string): number {
  // The editor setting may carry arguments (`code --wait`): the shell splits it, the file is "$1".
  const result = spawnSync("/bin/sh", ["-c", `${editor} "$1"`, "sh", file], { stdio: "inherit" });
  return result.status ?? 1;
}

export async function editCommand(
  args: string[],
  io: KeyedCommandIo,
  identities: () => Promise<AgeIdentity[]>,
  usageError: (message: string) => Error,
): Promise<number> {
  const { positionals } = parseCommandArgs(EDIT, args, {}, usageError);
  if (positionals.length !== 1) throw usageError("give one SOPS file to edit");
  const name = positionals[0] ?? "";
  const file = path.resolve(io.cwd, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ConfigurationError(
      `${name}: the file cannot be read: check the path (edit changes an existing SOPS file; create one with encrypt)`,
    );
  }
  const editor = io.env.VISUAL || io.env.EDITOR || "vi";
  const format = detectEncryptedFormat(file, bytes);
  const keys = await identities();
  let original: Uint8Array;
  try {
    original = emitPlaintext(await decrypt(bytes, { format, identities: keys }), format);
  } catch (error) {
    throw inFile(name, error);
  }
  const folder = mkdtempSync(path.join(tmpdir(), "secrets-actions-edit-"));
  const cleanup = () => {
    rmSync(folder, { recursive: true, force: true });
  };
  // A signal must not leave the plaintext behind: clean up, then end as the signal asks.
  const handlers = CLEANUP_SIGNALS.map((signal) => {
    const handler = () => {
      cleanup();
      process.exit(128 + constants.signals[signal]);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    const scratch = path.join(folder, plaintextName(file, format));
    writeFileSync(scratch, original, { mode: 0o600, flag: "wx" });
    for (;;) {
      const status = openEditor(editor, scratch);
      if (status !== 0) {
        io.stderr(
          `secrets-actions edit: the editor (${editor}) exited with status ${status}: ${name} is unchanged\n`,
        );
        return 1;
      }
      const edited = readFileSync(scratch);
      if (edited.equals(original)) {
        io.stderr(`secrets-actions edit: no change: ${name} is unchanged\n`);
        return 0;
      }
      try {
        const encrypted = await replacePlaintext(bytes, edited, { format, identities: keys });
        writeFileSafely(file, encrypted, {
          what: name,
          roots: [path.dirname(file)],
          mode: statSync(file).mode & 0o777,
          replace: true,
        });
        io.stderr(`secrets-actions edit: ${name} saved (unchanged values keep their ciphertext)\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof SopsError)) throw error;
        io.stderr(
          `secrets-actions edit: ${name}: ${describeUnknown(error)}; reopening the editor (exit it with an error, e.g. :cq in vim, to give up)\n`,
        );
      }
    }
  } finally {
    cleanup();
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
