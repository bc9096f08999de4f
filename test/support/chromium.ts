/**
 * Debian's chromium, headless, driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
 * commands on fd 3, answers and events on fd 4, each message ending with a NUL byte): no npm
 * dependency, no port. Waits are for protocol events only (a load event, a command's answer), never
 * for a time. `--host-resolver-rules` makes every host name unresolvable, so that nothing a page asks
 * for could leave the machine even if it tried (the tests watch the Network events to see that it
 * does not try).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";

export interface ProtocolEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

interface Answer {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
}

/** The chromium on PATH, or a message that says how to install it. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | { missing: string } {
  for (const folder of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of ["chromium", "chromium-browser"]) {
      const candidate = path.join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return {
    missing:
      "chromium is not installed (no chromium on PATH): the HTML report's browser test needs it; install Debian's with `apt-get install -y chromium` (.ci/run does)",
  };
}

export class Chromium {
  private nextId = 1;
  private buffer = "";
  private readonly pending = new Map<
    number,
    { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }
  >();
  private readonly waiters: {
    match: (event: ProtocolEvent) => boolean;
    resolve: (event: ProtocolEvent) => void;
  }[] = [];
  private exited: Promise<void>;
  readonly events: ProtocolEvent[] = [];
  stderr = "";

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    output.setEncoding("utf8");
    output.on("data", (chunk: string) => {
      this.receive(chunk);
    });
    input.on("error", () => undefined);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      child.once("exit", () => {
        for (const { reject } of this.pending.values())
          reject(new Error(`chromium exited before answering: ${this.stderr.slice(-800)}`));
        this.pending.clear();
        resolve();
      });
    });
  }

  static launch(binary: string): Chromium {
    const profile = mkdtempSync(path.join(tmpdir(), "chromium-profile-"));
    const child = spawn(
      binary,
      [
        "--headless",
        "--no-sandbox", // CI runs as root, where chromium's sandbox cannot start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--no-default-browser-check",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        `--user-data-dir=${profile}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
    );
    return new Chromium(child, profile);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf("\0"); end >= 0; end = this.buffer.indexOf("\0")) {
      const message = JSON.parse(this.buffer.slice(0, end)) as Answer;
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        const event: ProtocolEvent = {
          method: message.method,
          params: message.params ?? {},
          ...(message.sessionId ? { sessionId: message.sessionId } : {}),
        };
        this.events.push(event);
        for (const waiter of [...this.waiters]) {
          if (waiter.match(event)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      }
    }
  }

  send(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  /** The next event that matches (registered before the command that causes it is sent). */
  next(method: string, sessionId?: string): Promise<ProtocolEvent> {
    return new Promise((resolve) => {
      this.waiters.push({
        match: (event) =>
          event.method === method && (sessionId === undefined || event.sessionId === sessionId),
        resolve,
      });
    });
  }

  /** A new tab, attached: its session id. */
  async newPage(): Promise<string> {
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true });
    return sessionId as string;
  }

  /** Navigates and resolves when the page's load event has fired. */
  async load(sessionId: string, url: string): Promise<void> {
    const loaded = this.next("Page.loadEventFired", sessionId);
    const { errorText } = await this.send("Page.navigate", { url }, sessionId);
    if (typeof errorText === "string") throw new Error(`chromium could not open ${url}: ${errorText}`);
    await loaded;
  }

  /** An expression's value in the page (returned by value; an exception in the page is an error here). */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send(
      "Runtime.evaluate",
      { expression, returnByValue: true },
      sessionId,
    )) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails)
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.send("Browser.close"), this.exited]);
      } catch {
        this.child.kill();
      }
      await this.exited;
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}
