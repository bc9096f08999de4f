/**
 * decrypt-env end to end: the bundled dist/ entry points run as the runner runs them, under this
 * machine's Node and Node 24.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { encrypt } from "../actions/lib/sops/engine.js";
import type { Format } from "../actions/lib/sops/formats.js";
import { fixturePath } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { runBundle, type StepResult } from "../tools/runner.mjs";
import { RUNTIMES } from "./support/runtimes.js";

const TRICKY = {
  MULTI_LINE:
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nsecond-line-of-the-key-material\n-----END PRIVATE KEY-----",
  QUOTES: `it's a "quoted" value`,
  PERCENT: "100%-sure%0A%25",
  UNICODE: "pässwörd-✓-秘密",
  DOLLAR: "pa$$word$HOME and $",
  SPACES_HASH: "  leading and # hash  ",
  BACKSLASH: "C:\\path\\to\\dir\\\\share\\",
};

let alice: TestKey;
let bob: TestKey;
let workspace: string;

async function encryptTo(file: string, plaintext: string, format: Format, recipients = [alice.recipient]) {
  const encrypted = await encrypt(Buffer.from(plaintext), { format, ageGroups: [recipients] });
  const target = path.join(workspace, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, encrypted);
}

function dotenvPlaintext(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value.replace(/\n/g, "\\n")}\n`)
    .join("");
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([newKey(), newKey()]);
  workspace = mkdtempSync(path.join(tmpdir(), "decrypt-env-"));
  await encryptTo(
    ".env.enc",
    dotenvPlaintext({
      ANTHROPIC_API_KEY: "sk-ant-api03-secretvalue",
      SHARED: "from-dotenv",
      LOG_LEVEL_unencrypted: "info",
      SHORT: "ab",
    }),
    "dotenv",
  );
  await encryptTo(
    "config/secrets.enc.yaml",
    [
      "database:",
      "    url: postgres://juniper:s3cret@db:5432/juniper",
      "    pool: 5",
      "juniper_data_api_keys:",
      "    - jd-key-one",
      "    - jd-key-two",
      "SHARED: from-yaml",
      "feature_unencrypted: enabled",
      "",
    ].join("\n"),
    "yaml",
  );
  await encryptTo("tricky.env", dotenvPlaintext(TRICKY), "dotenv");
  await encryptTo("dangerous.env", "PATH=/evil\nOK=1\n", "dotenv");
  await encryptTo("invalid-name.env", "my-key=value\n", "dotenv");
  await encryptTo("interpolated.env", "URL=https://${HOST}/path\n", "dotenv");
  await encryptTo("bob-only.env", "TOKEN=for-bob\n", "dotenv", [bob.recipient]);
  const tampered = readFileSync(path.join(workspace, ".env.enc"), "utf8").replace(
    "LOG_LEVEL_unencrypted=info",
    "LOG_LEVEL_unencrypted=debug",
  );
  writeFileSync(path.join(workspace, "tampered.env"), tampered);
  writeFileSync(path.join(workspace, "broken.env"), "this is not a sops file\n");
  writeFileSync(
    path.join(workspace, "pgp.enc.yaml"),
    readFileSync(fixturePath("getsops__sops/functional-tests/res/format.enc.yaml")),
  );
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function errors(step: StepResult) {
  return step.commands.filter((command) => command.command === "error");
}

describe.each(RUNTIMES)("decrypt-env under $name", ({ node }) => {
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}, post = false) =>
    runBundle("decrypt-env", { node, workspace, inputs: { "age-key": alice.secret, ...inputs }, env, post });

  test("exports every key, masks every encrypted value and reports names only", async () => {
    const { main } = await run({ files: ".env.enc\nconfig/secrets.enc.yaml" });
    expect(main.exitCode).toBe(0);
    expect(errors(main)).toEqual([]);
    expect(main.env).toEqual({
      ANTHROPIC_API_KEY: "sk-ant-api03-secretvalue",
      LOG_LEVEL_unencrypted: "info",
      SHORT: "ab",
      database__url: "postgres://juniper:s3cret@db:5432/juniper",
      database__pool: "5",
      juniper_data_api_keys: '["jd-key-one","jd-key-two"]',
      SHARED: "from-yaml",
      feature_unencrypted: "enabled",
    });
    expect(main.masks).toEqual(
      expect.arrayContaining([
        "sk-ant-api03-secretvalue",
        "postgres://juniper:s3cret@db:5432/juniper",
        "jd-key-one",
        "jd-key-two",
        '["jd-key-one","jd-key-two"]',
        "from-yaml",
      ]),
    );
    expect(main.masks).not.toContain("info");
    expect(main.masks).not.toContain("enabled");
    expect(main.masks).not.toContain("ab");
    expect(main.outputs.keys).toBe(JSON.stringify(Object.keys(main.env)));
    expect(JSON.parse(main.outputs.files ?? "")).toEqual([".env.enc", "config/secrets.enc.yaml"]);
    expect(Object.keys(JSON.parse(main.outputs.lastmodified ?? "{}") as object)).toEqual([
      ".env.enc",
      "config/secrets.enc.yaml",
    ]);
    expect(main.commands.find((command) => command.command === "notice")?.message).toBe(
      "decrypt-env: SHARED from config/secrets.enc.yaml overrides the value from .env.enc",
    );
    expect(main.commands.find((command) => command.command === "warning")?.message).toMatch(
      /not masked because shorter than mask-min-length \(4\): SHORT, database__pool;/,
    );
    expect(main.summary).toContain("<code>ANTHROPIC_API_KEY</code>");
    expect(main.summary).not.toContain("sk-ant-api03");
    // The first add-mask comes before anything else the action prints.
    expect(main.stdout.split("\n")[0]).toMatch(/^::add-mask::/);
  });

  test("key filters, prefix, upper-casing and the nested delimiter", async () => {
    const { main } = await run({
      files: "config/secrets.enc.yaml",
      keys: "DATABASE_*\nJUNIPER_*",
      prefix: "APP_",
      uppercase: "true",
      "nested-delimiter": "_",
    });
    expect(main.env).toEqual({
      APP_DATABASE_URL: "postgres://juniper:s3cret@db:5432/juniper",
      APP_DATABASE_POOL: "5",
      APP_JUNIPER_DATA_API_KEYS: '["jd-key-one","jd-key-two"]',
    });
  });

  test("tricky values survive export and stay out of the log", async () => {
    const { main } = await run({ files: "tricky.env", "mask-min-length": "0" });
    expect(main.exitCode).toBe(0);
    expect(main.env).toEqual(TRICKY);
    const withoutMaskCommands = main.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    for (const value of Object.values(TRICKY)) {
      for (const line of [value, ...value.split("\n")])
        expect(withoutMaskCommands).not.toContain(line.trim());
      expect(main.masks).toContain(value);
    }
    for (const line of TRICKY.MULTI_LINE.split("\n")) expect(main.masks).toContain(line);
    expect(withoutMaskCommands).not.toContain(alice.secret);
    expect(main.masks[0]).toBe(alice.secret);
  });

  test.each([
    ["dotenv", ".secrets/app.env"],
    ["json", "out/nested/app.json"],
    ["yaml", "out/app.yaml"],
  ])("writes a 0600 %s file and the post step deletes it", async (format, file) => {
    const { main, post } = await run(
      {
        files: ".env.enc\nconfig/secrets.enc.yaml",
        "output-file": file,
        "output-format": format,
        "export-env": "false",
      },
      {},
      true,
    );
    expect(main.exitCode).toBe(0);
    expect(main.env).toEqual({});
    const target = path.join(workspace, file);
    expect(main.outputs["output-file"]).toBe(target);
    expect(post?.exitCode).toBe(0);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(path.join(workspace, file.split("/")[0] ?? ""))).toBe(false);
  });

  test("a post step that cannot delete the file warns and still succeeds", async () => {
    const target = path.join(workspace, "stuck.env");
    const { post } = await runBundle("decrypt-env", {
      node,
      workspace,
      inputs: {
        files: ".env.enc",
        "age-key": alice.secret,
        "output-file": "stuck.env",
        "export-env": "false",
      },
      post: true,
      beforePost: () => {
        // A later step replaced the file with a non-empty folder.
        rmSync(target);
        mkdirSync(target);
        writeFileSync(path.join(target, "keep"), "");
      },
    });
    expect(post?.exitCode).toBe(0);
    expect(post?.commands.filter((command) => command.command === "error")).toEqual([]);
    expect(post?.commands.find((command) => command.command === "warning")?.message).toMatch(
      /^decrypt-env cleanup: could not delete .*stuck\.env/,
    );
    rmSync(target, { recursive: true });
  });

  test("the written file has mode 0600 and the expected content", async () => {
    const { main } = await run({
      files: "config/secrets.enc.yaml",
      "output-file": "kept/app.json",
      "output-format": "json",
      cleanup: "false",
    });
    const target = path.join(workspace, "kept/app.json");
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual(main.env);
    expect(main.state).toEqual({});
    rmSync(path.join(workspace, "kept"), { recursive: true });
  });

  test("python-dotenv reads back every value of the dotenv file exactly", async () => {
    const { main } = await run({
      files: "tricky.env\n.env.enc",
      "output-file": "dotenv-check/.env",
      cleanup: "false",
    });
    expect(main.exitCode).toBe(0);
    const target = path.join(workspace, "dotenv-check/.env");
    const read = execFileSync("/usr/bin/python3", [
      "-c",
      "import json,sys; from dotenv import dotenv_values; print(json.dumps(dotenv_values(sys.argv[1])))",
      target,
    ]);
    expect(JSON.parse(read.toString())).toEqual(main.env);
    rmSync(path.dirname(target), { recursive: true });
  });

  test.each([
    [
      "no key at all",
      { files: ".env.enc", "age-key": "" },
      /^decrypt-env failed: no age key: set the age-key input/,
    ],
    [
      "a wrong key",
      { files: "bob-only.env" },
      /^decrypt-env failed: bob-only\.env: encrypted to age1\w+; the keys given are age1\w+ \(input age-key line 1\)\. Use a matching age key, or add yours with `sops updatekeys`$/,
    ],
    [
      "a MAC mismatch",
      { files: ".env.enc\ntampered.env" },
      /^decrypt-env failed: tampered\.env: MAC mismatch: the file was modified without re-encryption/,
    ],
    ["a malformed file", { files: "broken.env" }, /^decrypt-env failed: broken\.env: /],
    [
      "an unsupported key type",
      { files: "pgp.enc.yaml" },
      /^decrypt-env failed: pgp\.enc\.yaml: .*pgp:FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4/,
    ],
    [
      "a missing file",
      { files: ".env.enc\nmissing/*.env" },
      /^decrypt-env failed: files: "missing\/\*\.env" matches no file/,
    ],
    [
      "a bad boolean input",
      { files: ".env.enc", "export-env": "yes" },
      /^decrypt-env failed: input `export-env` must be true or false/,
    ],
    [
      "a bad output format",
      { files: ".env.enc", "output-file": "x.env", "output-format": "toml" },
      /^decrypt-env failed: input `output-format` must be one of dotenv, json, yaml/,
    ],
    [
      "a bad mask length",
      { files: ".env.enc", "mask-min-length": "-1" },
      /^decrypt-env failed: input `mask-min-length` must be a whole number/,
    ],
    [
      "a name that would hijack the runner",
      { files: "dangerous.env" },
      /^decrypt-env failed: dangerous\.env: the key PATH could take over the runner or later steps; .*allow-names/,
    ],
    [
      "an invalid name",
      { files: "invalid-name.env" },
      /^decrypt-env failed: invalid-name\.env: the key "my-key" is not a valid environment variable name/,
    ],
    [
      "a garbage age key",
      { files: ".env.enc", "age-key": "AGE-SECRET-KEY-1NOPE" },
      /^decrypt-env failed: input age-key line 1 is not a valid age identity/,
    ],
  ] as Array<[string, Record<string, string>, RegExp]>)(
    "%s fails with one error line and leaves nothing behind",
    async (_name, inputs, message) => {
      const { main } = await run({ "output-file": "should-not-exist.env", ...inputs });
      expect(main.exitCode).toBe(1);
      const [error, ...more] = errors(main);
      expect(more).toEqual([]);
      expect(error?.message).toMatch(message);
      expect(main.env).toEqual({});
      expect(main.outputs).toEqual({});
      expect(existsSync(path.join(workspace, "should-not-exist.env"))).toBe(false);
      expect(existsSync(path.join(workspace, "x.env"))).toBe(false);
      expect(main.stderr).toBe("");
      expect(main.stdout).not.toMatch(/\n\s+at /);
    },
  );

  test("a ${...} value cannot go into a dotenv file (python-dotenv would expand it) but can into JSON", async () => {
    const failed = await run({
      files: "interpolated.env",
      "output-file": "interpolated.out",
      "export-env": "false",
    });
    expect(errors(failed.main)[0]?.message).toMatch(
      /^decrypt-env failed: the value of URL contains \$\{\.\.\.\}, which python-dotenv expands/,
    );
    expect(existsSync(path.join(workspace, "interpolated.out"))).toBe(false);
    const { main } = await run({
      files: "interpolated.env",
      "output-file": "interpolated.json",
      "output-format": "json",
      cleanup: "false",
    });
    expect(JSON.parse(readFileSync(path.join(workspace, "interpolated.json"), "utf8"))).toEqual({
      URL: "https://${HOST}/path",
    });
    expect(main.env).toEqual({ URL: "https://${HOST}/path" });
    rmSync(path.join(workspace, "interpolated.json"));
  });

  test("allow-names lets a listed name through; ignore-missing skips missing patterns", async () => {
    const { main } = await run({
      files: "dangerous.env\nnothing-here/*.env",
      "allow-names": "PATH",
      "ignore-missing": "true",
      "export-env": "false",
      "output-file": "allowed.env",
      cleanup: "false",
    });
    expect(main.exitCode).toBe(0);
    expect(readFileSync(path.join(workspace, "allowed.env"), "utf8")).toBe("PATH='/evil'\nOK='1'\n");
    rmSync(path.join(workspace, "allowed.env"));
  });

  test("SOPS_AGE_KEY from the environment is used when age-key is empty", async () => {
    const { main } = await run({ files: "bob-only.env", "age-key": "" }, { SOPS_AGE_KEY: bob.secret });
    expect(main.env).toEqual({ TOKEN: "for-bob" });
    expect(main.masks).toContain(bob.secret);
  });

  test("ignore-mac decrypts a modified file with a loud warning", async () => {
    const { main } = await run({ files: "tampered.env", "ignore-mac": "true" });
    expect(main.exitCode).toBe(0);
    expect(main.env.LOG_LEVEL_unencrypted).toBe("debug");
    expect(
      main.commands.some(
        (command) => command.command === "warning" && /MAC was NOT verified/.test(command.message),
      ),
    ).toBe(true);
  });
});
