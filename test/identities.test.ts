import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import { defaultKeyFile, identitiesFromEnvironment } from "../actions/common/identities.js";
import { parseIdentities } from "../actions/lib/sops/age.js";
import { rejectionOf } from "./support/errors.js";
import { newKey, type TestKey } from "./support/keys.js";

let a: TestKey;
let b: TestKey;
let pq: TestKey;

beforeAll(async () => {
  [a, b, pq] = await Promise.all([newKey(), newKey(), newKey("pq")]);
});

describe("parsing identities", () => {
  test.each([
    [
      "one per line with comments and blank lines",
      () => `# created: 2024\n# public key: x\n${a.secret}\n\n${b.secret}\n`,
    ],
    ["CRLF line ends", () => `${a.secret}\r\n${b.secret}\r\n`],
    ["several on one line (SOPS_AGE_KEY since sops 3.13)", () => `${a.secret} ${b.secret}`],
    ["no final newline and surrounding spaces", () => `  ${a.secret}\n\t${b.secret}`],
  ])("%s", async (_name, text) => {
    const identities = await parseIdentities(text(), "keys.txt");
    expect(identities.map((identity) => identity.recipient)).toEqual([a.recipient, b.recipient]);
  });

  test("post-quantum identities parse to age1pq1 recipients", async () => {
    const [identity] = await parseIdentities(pq.secret, "pq");
    expect(identity?.recipient).toBe(pq.recipient);
    expect(pq.recipient.startsWith("age1pq1")).toBe(true);
  });

  test.each([
    ["an empty text", "", /keys\.txt holds no age identity/, "BAD_INPUT"],
    ["comments only", "# nothing\n", /keys\.txt holds no age identity/, "BAD_INPUT"],
    ["a garbage line", "# ok\nnot-a-key\n", /keys\.txt line 2 is not an age identity/, "BAD_INPUT"],
    [
      "a plugin identity",
      "AGE-PLUGIN-YUBIKEY-1QQQ",
      /keys\.txt line 1: age plugin identities are not supported/,
      "UNSUPPORTED",
    ],
  ])("%s is refused without echoing the line", async (_name, text, message, code) => {
    const error = await rejectionOf(parseIdentities(text, "keys.txt"));
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect((error as Error).message).not.toContain("not-a-key");
  });

  test("a corrupted key names its line and never shows the key", async () => {
    const corrupted = `${a.secret.slice(0, -1)}${a.secret.endsWith("Q") ? "P" : "Q"}`;
    const error = await rejectionOf(parseIdentities(`\n${corrupted}`, "SOPS_AGE_KEY"));
    expect(error).toMatchObject({
      code: "BAD_INPUT",
      message: "SOPS_AGE_KEY line 2 is not a valid age identity (bad encoding or checksum)",
    });
  });

  test("an identity never prints its secret", async () => {
    const [identity] = await parseIdentities(a.secret, "k");
    expect(`${String(identity)} ${JSON.stringify(identity)}`).not.toContain(a.secret);
    expect(String(identity)).toContain(a.recipient);
  });
});

describe("where the CLI looks for identities", () => {
  test.each<[NodeJS.Platform, Record<string, string>, string | undefined]>([
    ["linux", {}, "/home/u/.config/sops/age/keys.txt"],
    ["linux", { XDG_CONFIG_HOME: "/xdg" }, "/xdg/sops/age/keys.txt"],
    ["darwin", {}, "/home/u/Library/Application Support/sops/age/keys.txt"],
    ["darwin", { XDG_CONFIG_HOME: "/xdg" }, "/xdg/sops/age/keys.txt"],
    [
      "win32",
      { APPDATA: "C:\\Users\\u\\AppData\\Roaming" },
      "C:\\Users\\u\\AppData\\Roaming\\sops\\age\\keys.txt",
    ],
    ["win32", {}, undefined],
  ])("%s with %j → %s", (platform, env, expected) => {
    expect(defaultKeyFile({ env, platform, home: "/home/u", includeDefaultFile: true })).toBe(expected);
  });

  test("SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the default file are combined; actions skip the default file", async () => {
    const config = mkdtempSync(path.join(tmpdir(), "keys-"));
    const folder = path.join(config, "sops", "age");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "keys.txt"), pq.secret);
    const keyFile = path.join(config, "file.txt");
    writeFileSync(keyFile, b.secret);
    const env = { SOPS_AGE_KEY: a.secret, SOPS_AGE_KEY_FILE: keyFile, XDG_CONFIG_HOME: config };
    const cli = await identitiesFromEnvironment({
      env,
      platform: "linux",
      home: "/nowhere",
      includeDefaultFile: true,
    });
    expect(cli.map((identity) => identity.recipient)).toEqual([a.recipient, b.recipient, pq.recipient]);
    const action = await identitiesFromEnvironment({
      env,
      platform: "linux",
      home: "/nowhere",
      includeDefaultFile: false,
    });
    expect(action.map((identity) => identity.recipient)).toEqual([a.recipient, b.recipient]);
  });

  test("an unreadable SOPS_AGE_KEY_FILE is an error naming it", async () => {
    const error = await rejectionOf(
      identitiesFromEnvironment({
        env: { SOPS_AGE_KEY_FILE: "/no/such/file" },
        platform: "linux",
        home: "/",
        includeDefaultFile: false,
      }),
    );
    expect(error).toMatchObject({
      code: "BAD_INPUT",
      message: "SOPS_AGE_KEY_FILE (/no/such/file) cannot be read: check the path and its permissions",
    });
  });
});
