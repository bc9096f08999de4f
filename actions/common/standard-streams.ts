/**
 * Standard output and error written with writeSync instead of through process.stdout and process.stderr:
 * creating those streams (a net.Socket for a pipe, a tty.WriteStream for a terminal) costs about 2 ms,
 * a tenth of a short command's whole run (bench/startup.mjs), and the CLI and the post steps only ever
 * write whole messages. On Linux and macOS the streams write pipes, files and terminals synchronously
 * too, so the order and the blocking are the same. A descriptor left non-blocking by whoever started us
 * can refuse a write (EAGAIN) when its reader is slow: from then on that descriptor's stream takes
 * everything, as it makes the descriptor blocking and keeps the order of what is still queued. A reader
 * that has gone (`secrets-actions decrypt FILE | head -1`: EPIPE) gets nothing more, and the command goes
 * on. Windows keeps the streams: a console shows what writeSync gives it in its code page, not UTF-8.
 */
import { writeSync } from "node:fs";

type Descriptor = 1 | 2;

const viaStream = new Set<Descriptor>(process.platform === "win32" ? [1, 2] : []);
const readerGone = new Set<Descriptor>();

function streamOf(fd: Descriptor): NodeJS.WriteStream {
  return fd === 1 ? process.stdout : process.stderr;
}

/** From now on the stream writes `fd`; a reader that goes away then ends the output as above. */
function handOver(fd: Descriptor): void {
  viaStream.add(fd);
  streamOf(fd).on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    readerGone.add(fd);
  });
}

function write(fd: Descriptor, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  let offset = 0;
  while (offset < bytes.length && !readerGone.has(fd)) {
    if (viaStream.has(fd)) {
      streamOf(fd).write(bytes.subarray(offset));
      return;
    }
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") readerGone.add(fd);
      else if (code === "EAGAIN") handOver(fd);
      else throw error;
    }
  }
}

export const writeStdout = (data: string | Uint8Array): void => {
  write(1, data);
};

export const writeStderr = (data: string | Uint8Array): void => {
  write(2, data);
};
