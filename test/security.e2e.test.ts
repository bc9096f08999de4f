/**
 * Attacks from a pull request on the bundled actions, run as the runner runs them: file names that
 * would forge workflow commands or summary markup, symbolic links that would steer where plaintext
 * or a report is written, a committed file the output would destroy.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { encrypt } from "../actions/lib/sops/engine.js";
import { runBundle } from "../tools/runner.mjs";
import { newKey, type TestKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const FORGED =
  "a\n::warning title=forged::forged warning\n::stop-commands::endtoken\n<img src=x onerror=alert(1)>.env";

let key: TestKey;
let workspace: string;
let outside: string;

beforeAll(async () => {
  key = await newKey();
  workspace = mkdtempSync(path.join(tmpdir(), "security-e2e-"));
  outside = mkdtempSync(path.join(tmpdir(), "security-outside-"));
  const encrypted = await encrypt(Buffer.from("HF_TOKEN=hf_attackerKnowsOnlyTheRecipient\n"), {
    format: "dotenv",
    ageGroups: [[key.recipient]],
  });
  mkdirSync(path.join(workspace, "inject"));
  writeFileSync(path.join(workspace, "inject", FORGED), encrypted);
  writeFileSync(path.join(workspace, "plain.env"), encrypted);
  writeFileSync(path.join(workspace, "settings.json"), '{"committed": true}\n');
  symlinkSync(outside, path.join(workspace, "linked"));
  execFileSync("git", ["init", "-q", workspace]);
  writeFileSync(path.join(outside, "victim.sarif"), "keep");
  writeFileSync(path.join(outside, "elsewhere.env"), encrypted);
  symlinkSync(path.join(outside, "elsewhere.env"), path.join(workspace, "linked-secrets.env"));
  symlinkSync(path.join(outside, "victim.sarif"), path.join(workspace, "report.sarif"));
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe.each(RUNTIMES)("under $name", ({ node }) => {
  const decryptEnv = (inputs: Record<string, string>) =>
    runBundle("decrypt-env", { node, workspace, inputs: { "age-key": key.secret, ...inputs } });

  test("a file name with line breaks and HTML forges no workflow command and no summary markup", async () => {
    const { main } = await decryptEnv({ files: "inject/*.env" });
    expect(main.exitCode).toBe(0);
    expect(main.commands.map((command) => command.command)).not.toContain("warning");
    expect(main.commands.map((command) => command.command)).not.toContain("stop-commands");
    expect(
      main.stdout.split("\n").filter((line) => line.startsWith("::") && !/^::(add-mask|debug)::/.test(line)),
    ).toEqual([]);
    expect(main.summary).not.toContain("<img");
    expect(main.summary).toContain("&lt;img");
  });

  test("output-file through a symbolic link out of the workspace is refused and nothing is written there", async () => {
    const { main } = await decryptEnv({ files: "plain.env", "output-file": "linked/.env" });
    expect(main.exitCode).toBe(1);
    expect(
      main.commands.filter((command) => command.command === "error").map((command) => command.message),
    ).toEqual([
      expect.stringMatching(
        /^decrypt-env failed: output-file linked\/\.env .* outside the workspace and RUNNER_TEMP/,
      ),
    ]);
    expect(existsSync(path.join(outside, ".env"))).toBe(false);
    expect(main.env).toEqual({});
  });

  test("a SOPS file linked from outside the workspace is not decrypted", async () => {
    const { main } = await decryptEnv({ files: "linked-secrets.env" });
    expect(main.exitCode).toBe(1);
    expect(
      main.commands.filter((command) => command.command === "error").map((command) => command.message),
    ).toEqual([
      expect.stringMatching(
        /^decrypt-env failed: files: linked-secrets\.env is a symbolic link that leads outside the workspace/,
      ),
    ]);
    expect(main.env).toEqual({});
  });

  test("an existing file is not overwritten (nor deleted by the post step)", async () => {
    const { main, post } = await runBundle("decrypt-env", {
      node,
      workspace,
      inputs: { "age-key": key.secret, files: "plain.env", "output-file": "settings.json" },
      post: true,
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(/settings\.json.* already exists/);
    expect(post?.exitCode).toBe(0);
    expect(readFileSync(path.join(workspace, "settings.json"), "utf8")).toBe('{"committed": true}\n');
  });

  test("verify-no-plaintext does not write its SARIF file through a committed symbolic link", async () => {
    const { main } = await runBundle("verify-no-plaintext", {
      node,
      workspace,
      inputs: { scope: "all", "sarif-file": "report.sarif", "fail-on": "never" },
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(/sarif-file report\.sarif .*is a symbolic link/);
    expect(readFileSync(path.join(outside, "victim.sarif"), "utf8")).toBe("keep");
  });
});
