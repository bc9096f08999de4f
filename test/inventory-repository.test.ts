/**
 * `secrets-actions inventory` on one checkout writes what `inventory merge` reads: a SOPS file's keys
 * with their readers by name and their ages, never a value, a digest only with the shared digest key,
 * and "not adopted" for a repository without .sops.yaml.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { run } from "../actions/cli/main.js";
import { parseInventory } from "../actions/lib/inventory/validate.js";
import { encrypt } from "../actions/lib/sops/engine.js";
import { gitIn } from "../tools/git.mjs";
import { newKey, type TestKey } from "./support/keys.js";

let alice: TestKey;
let adopted: string;
let plain: string;
const VALUE = "hf_inventoryValueNeverPrinted0123456789";

function repository(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "inventory-"));
  gitIn(root, ["init", "-q", "-b", "main"]);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  gitIn(root, ["add", "-A"]);
  gitIn(root, ["commit", "-q", "-m", "one"]);
  return root;
}

beforeAll(async () => {
  alice = await newKey();
  adopted = repository({
    ".sops.yaml": `creation_rules:\n  - path_regex: \\.enc\\.yaml$\n    age: ${alice.recipient} # alice\n`,
    "config/secrets.enc.yaml": await encrypt(Buffer.from(`HF_TOKEN: ${VALUE}\n`), {
      format: "yaml",
      ageGroups: [[alice.recipient]],
    }),
  });
  plain = repository({ "README.md": "# app\n" });
});

afterAll(() => {
  for (const root of [adopted, plain]) rmSync(root, { recursive: true, force: true });
});

async function inventory(root: string, env: Record<string, string>) {
  const out = path.join(root, "..", `${path.basename(root)}.json`);
  let stderr = "";
  const code = await run(["inventory", "--repository", "juniper/app", "--json", out], {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    env: { HOME: root, XDG_CONFIG_HOME: root, ...env },
    cwd: root,
  });
  const text = readFileSync(out, "utf8");
  rmSync(out);
  return { code, text, stderr };
}

test("an adopted checkout: keys, readers by name, a digest with the shared key, never the value", async () => {
  const { code, text, stderr } = await inventory(adopted, {
    SOPS_AGE_KEY: alice.secret,
    INVENTORY_DIGEST_KEY: "organisation digest key",
  });
  expect(code).toBe(0);
  expect(text + stderr).not.toContain(VALUE);
  const parsed = parseInventory(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.inventory).toMatchObject({ repository: "juniper/app", adopted: true });
  expect(parsed.inventory.secrets).toEqual([
    expect.objectContaining({
      name: "HF_TOKEN",
      source: "sops",
      file: "config/secrets.enc.yaml",
      readers: ["alice"],
      exact: true,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    }),
  ]);
  expect(parsed.inventory.problems).toEqual(["GitHub secrets not listed: no token"]);
});

test("without the digest key, no digest; a checkout without .sops.yaml is not adopted", async () => {
  const keyed = parseInventory((await inventory(adopted, { SOPS_AGE_KEY: alice.secret })).text);
  expect(keyed.ok && keyed.inventory.secrets[0]?.digest).toBeNull();
  const bare = parseInventory((await inventory(plain, {})).text);
  expect(bare.ok && bare.inventory.adopted).toBe(false);
  expect(bare.ok && bare.inventory.secrets).toEqual([]);
});
