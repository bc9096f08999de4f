/**
 * `secrets-actions verify --history --purge-plan FILE` end to end, with the bundled CLI under this
 * machine's Node and Node 24: a repository whose history holds a GitHub token, a generic API key in a
 * .env and a private key (all removed from the tree since) next to a SOPS file; the plan is a new 0600
 * file, nothing printed holds a value, Debian's `git filter-repo --replace-text` run with it leaves no
 * value in any blob, a second `verify --history` finds no secret, and the SOPS file still decrypts to
 * the same values. Also: the usage mistakes, a shallow clone, and an existing file or a link at FILE
 * refused with one line, nothing written.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { gitIn } from "../tools/git.mjs";
import { decrypt, emitPlaintext, encrypt } from "../actions/lib/sops/engine.js";
import { example, pem } from "./support/credential-examples.js";
import { REPO_ROOT } from "./support/fixtures.js";
import { newKey, type TestKey } from "./support/keys.js";
import { RUNTIMES } from "./support/runtimes.js";

const CLI = path.join(REPO_ROOT, "dist", "cli", "index.js");
const SOPS_FILE = "config/secrets.enc.yaml";

let alice: TestKey;
const folders: string[] = [];

beforeAll(async () => {
  alice = await newKey();
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Leaky {
  repo: string;
  /** Every plaintext secret of the history, made at run time. */
  secrets: { token: string; apiKey: string; keyBody: string; dbPassword: string };
  sopsPlaintext: string;
}

function write(repo: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), content);
  }
}

/** A repository whose tree is clean and whose history is not. */
async function leakyRepository(): Promise<Leaky> {
  const repo = mkdtempSync(path.join(tmpdir(), "purge-e2e-"));
  folders.push(repo);
  const git = (...args: string[]) => gitIn(repo, args);
  const token = example("ghp_{alnum:36}");
  const apiKey = example("{alnum:32}");
  const key = pem("RSA PRIVATE KEY");
  const keyBody = key.split("\n").slice(1, -2).join("\n");
  const dbPassword = example("{alnum:24}");
  // The API key moved into the SOPS file: its ciphertext must survive the purge untouched.
  const sopsPlaintext = `api_key: ${apiKey}\ndb_password: ${dbPassword}\n`;
  git("init", "-q", "-b", "main");
  write(repo, {
    ".sops.yaml": `creation_rules:\n  - path_regex: \\.enc\\.yaml$\n    age: ${alice.recipient}\n`,
    [SOPS_FILE]: await encrypt(Buffer.from(sopsPlaintext), {
      format: "yaml",
      ageGroups: [[alice.recipient]],
    }),
    "README.md": "# app\n",
  });
  git("add", "-A");
  git("commit", "-q", "-m", "encrypted settings");
  write(repo, {
    "deploy/github.yaml": `github:\n  token: ${token}\n`,
    ".env": `LOG_LEVEL=info\nAPI_KEY=${apiKey}\n`,
    "deploy/key.pem": key,
  });
  git("add", "-A");
  git("commit", "-q", "-m", "deploy settings");
  git("rm", "-q", "deploy/github.yaml", ".env", "deploy/key.pem");
  write(repo, { ".gitignore": ".env\n" });
  git("add", "-A");
  git("commit", "-q", "-m", "remove the plaintext");
  return { repo, secrets: { token, apiKey, keyBody, dbPassword }, sopsPlaintext };
}

/** Every piece of every secret that must show nowhere: whole values, and each line of the key. */
const pieces = (secrets: Leaky["secrets"]) => [
  secrets.token,
  secrets.token.slice(4),
  secrets.apiKey,
  secrets.dbPassword,
  ...secrets.keyBody.split("\n"),
];

/** The contents of every blob of every ref, as one text. */
function allBlobs(repo: string): string {
  const ids = gitIn(repo, ["rev-list", "--objects", "--all"])
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((id) => id !== "");
  const objects = spawnSync("git", ["cat-file", "--batch"], { cwd: repo, input: ids.join("\n") + "\n" });
  return objects.stdout.toString("latin1");
}

describe.each(RUNTIMES)("verify --history --purge-plan under $name", ({ node }) => {
  function cli(args: string[], cwd: string) {
    const result = spawnSync(node, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd },
    });
    return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  }

  test("the plan, git filter-repo with it, and a history with none of the secrets", async () => {
    const { repo, secrets, sopsPlaintext } = await leakyRepository();
    const sopsBefore = spawnSync("git", ["show", `HEAD:${SOPS_FILE}`], { cwd: repo }).stdout;

    // The tree is clean: only the history holds the secrets.
    expect(cli(["verify"], repo).status).toBe(0);
    const first = cli(["verify", "--history", "--purge-plan", "plan.txt"], repo);
    expect(first.status).toBe(1);
    const found = first.stdout.split("\n").filter((line) => / (error|warning): /.test(line));
    expect(found.map((line) => /^([^:]+):\d+: (\S+)/.exec(line)?.slice(1, 3).join(" ")).sort()).toEqual([
      ".env plaintext-env-file",
      ".env secret-pattern",
      "deploy/github.yaml secret-pattern",
      "deploy/key.pem secret-pattern",
    ]);
    for (const line of found) expect(line).toMatch(/\(commit [0-9a-f]{12}\)$/);
    expect(first.stdout).toContain(
      "purge plan: 3 secret values written to plan.txt (mode 0600) as `git filter-repo --replace-text` expressions (1 over several lines, as byte-exact regex: lines)",
    );
    for (const words of [
      "FIRST revoke and rotate every one of these secrets",
      "Purging does not un-leak anything: forks, other clones, caches, pull request refs (refs/pull/*) and CI logs keep the old history",
      "only GitHub Support can remove cached views and pull request refs",
      "git clone --mirror",
      `git filter-repo --replace-text ${path.join(repo, "plan.txt")}`,
      "never use --force on your working clone",
      "git push --force --mirror",
      "git push --force origin BRANCH",
      "Ask every collaborator to re-clone",
      "Delete plan.txt when you are done",
      "plan.txt is inside the repository's work tree: keep it out of every commit",
    ])
      expect(first.stdout).toContain(words);
    for (const piece of pieces(secrets)) expect(first.stdout + first.stderr).not.toContain(piece);

    const plan = path.join(repo, "plan.txt");
    expect(statSync(plan).mode & 0o777).toBe(0o600);
    const lines = readFileSync(plan, "latin1").split("\n").slice(0, -1);
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith("literal:")).sort()).toEqual(
      [`literal:${secrets.apiKey}==>***REMOVED***`, `literal:${secrets.token}==>***REMOVED***`].sort(),
    );
    expect(lines.filter((line) => line.startsWith("regex:"))).toHaveLength(1);

    // As the plan says, but in this (throwaway) repository itself: hence --force.
    const rewrite = spawnSync("git", ["filter-repo", "--replace-text", plan, "--force"], { cwd: repo });
    expect({ status: rewrite.status, stderr: rewrite.stderr.toString() }).toMatchObject({ status: 0 });

    const blobs = allBlobs(repo);
    for (const piece of pieces(secrets)) expect(blobs).not.toContain(piece);
    expect(gitIn(repo, ["log", "-p", "--all"])).toContain("API_KEY=***REMOVED***");
    rmSync(plan);

    const second = cli(["verify", "--history"], repo);
    expect(second.stdout).not.toMatch(/secret-pattern/);
    // The .env stays in the history, a dotenv file in plaintext, now without its value.
    expect(second.stdout).toMatch(/^\.env:1: plaintext-env-file error: /m);
    for (const piece of pieces(secrets)) expect(second.stdout + second.stderr).not.toContain(piece);

    const sopsAfter = readFileSync(path.join(repo, SOPS_FILE));
    expect(sopsAfter).toEqual(sopsBefore);
    const decrypted = await decrypt(sopsAfter, { format: "yaml", identities: [alice.identity] });
    expect(Buffer.from(emitPlaintext(decrypted, "yaml")).toString()).toBe(sopsPlaintext);
  });

  test("an existing file or a link at FILE is refused with one line, before the scan, nothing written", async () => {
    const { repo, secrets } = await leakyRepository();
    const outside = mkdtempSync(path.join(tmpdir(), "purge-outside-"));
    folders.push(outside);

    writeFileSync(path.join(repo, "plan.txt"), "mine\n");
    const existing = cli(["verify", "--history", "--purge-plan", "plan.txt"], repo);
    expect(existing.status).toBe(2);
    expect(existing.stdout).toBe("");
    expect(existing.stderr).toBe(
      `secrets-actions: --purge-plan plan.txt (${path.join(repo, "plan.txt")}) already exists: choose a path that does not exist, or delete it first (in a workflow: in an earlier step)\n`,
    );
    expect(readFileSync(path.join(repo, "plan.txt"), "utf8")).toBe("mine\n");

    // A link to a file that does not exist yet, and one to a file that does.
    for (const [name, target] of [
      ["dangling.txt", path.join(outside, "created-through-the-link.txt")],
      ["linked.txt", path.join(outside, "victim.txt")],
    ] as const) {
      if (name === "linked.txt") writeFileSync(target, "keep\n");
      symlinkSync(target, path.join(repo, name));
      const linked = cli(["verify", "--history", "--purge-plan", name], repo);
      expect(linked.status).toBe(2);
      expect(linked.stdout).toBe("");
      expect(linked.stderr).toBe(
        `secrets-actions: --purge-plan ${name} (${path.join(repo, name)}) is a symbolic link: delete it or choose another path\n`,
      );
      expect(lstatSync(path.join(repo, name)).isSymbolicLink()).toBe(true);
    }
    expect(existsSync(path.join(outside, "created-through-the-link.txt"))).toBe(false);
    expect(readFileSync(path.join(outside, "victim.txt"), "utf8")).toBe("keep\n");
    for (const piece of pieces(secrets))
      expect(readFileSync(path.join(outside, "victim.txt"), "latin1")).not.toContain(piece);
  });

  test.each([
    [["--history", "--staged"], "--history and --staged exclude each other"],
    [["--history", "README.md"], "--history takes no PATHS"],
    [["--purge-plan", "plan.txt"], "--purge-plan is made from the whole history: add --history"],
    [["--purge-plan", "plan.txt", "--staged"], "--purge-plan is made from the whole history: add --history"],
    [["--history", "--purge-plan", ""], "--purge-plan needs a file name"],
  ])("verify %j is a usage error", async (args, message) => {
    const { repo } = await leakyRepository();
    const result = cli(["verify", ...args], repo);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(`secrets-actions: ${message}`);
    expect(result.stderr).toContain("usage: secrets-actions verify [options] [PATHS...]");
    expect(existsSync(path.join(repo, "plan.txt"))).toBe(false);
  });

  test("a shallow clone: --history fails as the action's history scope does, and says why", async () => {
    const { repo } = await leakyRepository();
    const shallow = mkdtempSync(path.join(tmpdir(), "purge-shallow-"));
    folders.push(shallow);
    gitIn(shallow, ["clone", "-q", "--depth", "1", `file://${repo}`, "."]);
    const result = cli(["verify", "--history", "--purge-plan", "plan.txt"], shallow);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "secrets-actions: --history needs the whole history, and this shallow clone's is incomplete: run `git fetch --unshallow` first (in a workflow: check out with `fetch-depth: 0` (actions/checkout) so that the commits it needs are there)\n",
    );
    expect(existsSync(path.join(shallow, "plan.txt"))).toBe(false);
  });
});
