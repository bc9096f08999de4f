/**
 * The bundled CLI (dist/cli/index.js) run as a user runs it, under this machine's Node and Node 24:
 * output, exit codes and one-line errors that never show key material.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { REPO_ROOT, fixturePath, readFixture } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");
const HUMPHD_KEY = fixturePath("humphd__sops-age/key.txt");
const HUMPHD = "humphd__sops-age/tests/data";

let work: string;
let alice: TestKey;
let bob: TestKey;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "cli-test-"));
  [alice, bob] = await Promise.all([newKey(), newKey()]);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe.each(RUNTIMES)("secrets-actions CLI under $name", ({ node }) => {
  function cli(args: string[], env: Record<string, string> = {}, cwd = work) {
    // A clean environment: no identities leak in from the machine running the tests.
    const result = spawnSync(node, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: work, ...env },
    });
    return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  }

  test.each([
    [`${HUMPHD}/secret.enc.env`, "secret=this is a secret\nanother_secret=7\n"],
    [`${HUMPHD}/secret.enc.yaml`, "secret: this is a secret\nstring: string\nint: 7\n"],
  ])("decrypt %s prints the plaintext", (file, expectedStart) => {
    const result = cli(["decrypt", fixturePath(file)], { SOPS_AGE_KEY_FILE: HUMPHD_KEY });
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout.startsWith(expectedStart)).toBe(true);
  });

  test("decrypt --output-type json and --extract", () => {
    const env = { SOPS_AGE_KEY: readFileSync(HUMPHD_KEY, "utf8") };
    const json = cli(["decrypt", "--output-type", "json", fixturePath(`${HUMPHD}/secret.enc.yaml`)], env);
    expect(JSON.parse(json.stdout)).toMatchObject({
      int: 7,
      boolean: true,
      complex: { array: ["one", "two", "three"] },
    });
    const extracted = cli(
      ["decrypt", "--extract", '["complex"]["value"]', fixturePath(`${HUMPHD}/secret.enc.yaml`)],
      env,
    );
    expect(extracted).toMatchObject({ status: 0, stdout: "this is a secret" });
  });

  test("identities come from the default keys.txt under XDG_CONFIG_HOME", () => {
    const config = path.join(work, "xdg");
    const folder = path.join(config, "sops", "age");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "keys.txt"), readFileSync(HUMPHD_KEY));
    const result = cli(["decrypt", fixturePath(`${HUMPHD}/secret.enc.env`)], { XDG_CONFIG_HOME: config });
    expect(result.status).toBe(0);
  });

  test("encrypt with --age, then set, unset, filestatus and decrypt", () => {
    const plain = path.join(work, "app.yaml");
    writeFileSync(plain, "database:\n    password: hunter2\nport_unencrypted: 5432\n");
    const encrypted = cli(["encrypt", "--age", `${alice.recipient},${bob.recipient}`, plain]);
    expect(encrypted.status).toBe(0);
    expect(encrypted.stdout).not.toContain("hunter2");
    const file = path.join(work, "app.enc.yaml");
    writeFileSync(file, encrypted.stdout);
    expect(cli(["filestatus", file]).stdout).toBe('{"encrypted":true}\n');
    expect(cli(["filestatus", plain]).stdout).toBe('{"encrypted":false}\n');

    const env = { SOPS_AGE_KEY: bob.secret };
    expect(cli(["set", file, '["database"]["user"]', '"admin"'], env).status).toBe(0);
    expect(cli(["unset", file, '["port_unencrypted"]'], env).status).toBe(0);
    expect(cli(["decrypt", file], env).stdout).toBe("database:\n    password: hunter2\n    user: admin\n");
  });

  test("encrypt and updatekeys follow the .sops.yaml creation rules", () => {
    const project = mkdtempSync(path.join(work, "project-"));
    const config = (recipients: string) => {
      writeFileSync(
        path.join(project, ".sops.yaml"),
        `creation_rules:\n  - path_regex: ^secrets/.*\\.env$\n    age: >-\n      ${recipients}\n`,
      );
    };
    config(alice.recipient);
    mkdirSync(path.join(project, "secrets"));
    writeFileSync(path.join(project, "secrets", "ci.env"), "TOKEN=abc\n");
    const encrypted = cli(["encrypt", "secrets/ci.env"], {}, project);
    expect(encrypted.status).toBe(0);
    expect(encrypted.stdout).toContain(`sops_age__list_0__map_recipient=${alice.recipient}`);
    writeFileSync(path.join(project, "secrets", "ci.env"), encrypted.stdout);

    config(`${alice.recipient},${bob.recipient}`);
    const updated = cli(["updatekeys", "-y", "secrets/ci.env"], { SOPS_AGE_KEY: alice.secret }, project);
    expect(updated).toMatchObject({ status: 0, stderr: expect.stringContaining(`added: ${bob.recipient}`) });
    expect(cli(["decrypt", "secrets/ci.env"], { SOPS_AGE_KEY: bob.secret }, project).stdout).toBe(
      "TOKEN=abc\n",
    );

    const unmatched = cli(["encrypt", "other.env"], {}, project);
    expect(unmatched.status).toBe(2);
  });

  test.each([
    [
      "a wrong key",
      ["decrypt", fixturePath(`${HUMPHD}/secret.enc.env`)],
      () => ({ SOPS_AGE_KEY: alice.secret }),
      128,
      /secret\.enc\.env: encrypted to age1je6k.*the keys given are age1/,
    ],
    [
      "no key at all",
      ["decrypt", fixturePath(`${HUMPHD}/secret.enc.env`)],
      () => ({}),
      128,
      /the keys given are none/,
    ],
    [
      "a MAC mismatch",
      ["decrypt", "TAMPERED"],
      () => ({ SOPS_AGE_KEY_FILE: HUMPHD_KEY }),
      51,
      /tampered\.env: the MAC cannot be decrypted: lastmodified or the MAC was modified/,
    ],
    [
      "not a SOPS file",
      ["decrypt", fixturePath(`${HUMPHD}/secret.json`)],
      () => ({ SOPS_AGE_KEY_FILE: HUMPHD_KEY }),
      3,
      /secret\.json: the JSON document has no top-level `sops` metadata key/,
    ],
    [
      "PGP-only keys",
      ["decrypt", fixturePath("getsops__sops/functional-tests/res/format.enc.yaml")],
      () => ({ SOPS_AGE_KEY_FILE: HUMPHD_KEY }),
      4,
      /pgp:FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4/,
    ],
    ["a missing file", ["decrypt", "nope.yaml"], () => ({}), 2, /nope\.yaml: cannot be read/],
    ["an unknown command", ["frobnicate"], () => ({}), 2, /unknown command "frobnicate"/],
    ["an unknown flag", ["decrypt", "--bogus", "x.yaml"], () => ({}), 2, /bogus/],
    [
      "a bad --output-type",
      ["decrypt", "--output-type", "toml", "x.yaml"],
      () => ({}),
      2,
      /--output-type must be one of/,
    ],
    [
      "a garbage SOPS_AGE_KEY",
      ["decrypt", fixturePath(`${HUMPHD}/secret.enc.env`)],
      () => ({ SOPS_AGE_KEY: "AGE-SECRET-KEY-1NOTAKEY" }),
      2,
      /SOPS_AGE_KEY line 1 is not a valid age identity/,
    ],
  ])("%s: exit code and a one-line error", (_name, args, env, status, message) => {
    const tampered = path.join(work, "tampered.env");
    writeFileSync(
      tampered,
      readFixture(`${HUMPHD}/secret.enc.env`)
        .toString()
        .replace("sops_lastmodified=2024-03-26T00:43:54Z", "sops_lastmodified=2024-03-26T00:43:55Z"),
    );
    const result = cli(
      args.map((arg) => (arg === "TAMPERED" ? tampered : arg)),
      env(),
    );
    expect(result.status).toBe(status);
    expect(result.stdout).toBe("");
    const firstLine = result.stderr.split("\n")[0] ?? "";
    expect(firstLine).toMatch(message);
    expect(result.stderr).not.toMatch(/AGE-SECRET-KEY-1[0-9A-Z]{20}/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
