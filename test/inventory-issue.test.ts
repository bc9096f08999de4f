/**
 * `inventory merge --issue-repo`: the report kept in one issue of the central repository on the fake
 * GitHub: opened once with its label, updated in place, reopened when closed, never duplicated; a pin
 * the API refuses is a warning, not a failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { run } from "../actions/cli/main.js";
import { INVENTORY_LABEL, INVENTORY_MARKER } from "../actions/common/inventory-issue.js";
import { INVENTORY_SCHEMA, type RepositoryInventory } from "../actions/lib/inventory/schema.js";
import { generateOrganisation } from "../tools/inventory-corpus.mjs";
import { startFakeGitHub, type FakeGitHub } from "../tools/fake-github/server.mjs";
import { random } from "./support/random.js";

const TOKEN = "ghs_central_token";
let github: FakeGitHub;
let work: string;

function inventory(repository: string, status: "ok" | "overdue"): RepositoryInventory {
  return {
    schema: INVENTORY_SCHEMA,
    repository,
    commit: "0123456789abcdef0123456789abcdef01234567",
    generated_at: "2026-12-06T05:00:00Z",
    adopted: true,
    recipients: [],
    secrets: [
      {
        name: "JUNIPER_DATA_API_KEY",
        source: "sops",
        file: "secrets/app.enc.yaml",
        key: "JUNIPER_DATA_API_KEY",
        readers: ["ci"],
        last_changed: "2026-01-05T10:00:00Z",
        commit: "0123456789abcdef0123456789abcdef01234567",
        age_days: 335,
        exact: true,
        max_age_days: 90,
        status,
        digest: null,
      },
    ],
    verify: { tree: { errors: 0, warnings: 0, notes: 0, by_rule: {} }, history: null },
    problems: [],
  };
}

async function merge(files: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await run(["inventory", "merge", ...files, "--issue-repo", "juniper/central"], {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    env: { GITHUB_TOKEN: TOKEN },
    cwd: work,
  });
  return { code, stderr };
}

beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN, repositories: [{ fullName: "juniper/central" }] });
  process.env.GITHUB_API_URL = github.url;
  work = mkdtempSync(path.join(tmpdir(), "inventory-issue-"));
  writeFileSync(path.join(work, "data.json"), JSON.stringify(inventory("juniper/juniper-data", "overdue")));
  writeFileSync(path.join(work, "cascor.json"), JSON.stringify(inventory("juniper/juniper-cascor", "ok")));
});

afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
  rmSync(work, { recursive: true, force: true });
});

test("one issue, kept in place", async () => {
  const first = await merge(["data.json"]);
  expect(first.code).toBe(0);
  expect(first.stderr).toContain("issue #1 of juniper/central opened");
  expect(first.stderr).toMatch(/issue #1 could not be pinned: /);
  const issues = () => github.issues("juniper/central");
  expect(issues()).toHaveLength(1);
  expect(issues()[0]?.body).toEqual(expect.stringContaining(INVENTORY_MARKER));
  expect(JSON.stringify(issues()[0]?.labels)).toContain(INVENTORY_LABEL);

  const same = await merge(["data.json"]);
  expect(same.stderr).toContain("issue #1 of juniper/central unchanged");
  const more = await merge(["data.json", "cascor.json"]);
  expect(more.stderr).toContain("issue #1 of juniper/central updated");
  expect(issues()).toHaveLength(1);
  expect(String(issues()[0]?.body)).toContain("juniper\\/juniper\\-cascor");
});

test("a report too long for an issue is truncated by rows, marker included, within GitHub's limit", async () => {
  const central = "juniper/central-large";
  github.addRepository({ fullName: central });
  const files = generateOrganisation({ repositories: 60, secrets: 40, random }).map((entry, index) => {
    const file = `large-${index}.json`;
    writeFileSync(path.join(work, file), JSON.stringify(entry));
    return file;
  });
  let stderr = "";
  const code = await run(["inventory", "merge", ...files, "--issue-repo", central], {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    env: { GITHUB_TOKEN: TOKEN },
    cwd: work,
  });
  expect({ code, stderr }).toMatchObject({
    code: 0,
    stderr: expect.stringContaining(`issue #1 of ${central} opened`),
  });
  const [issue] = github.issues(central);
  const body = String(issue?.body);
  expect(body.startsWith(`${INVENTORY_MARKER}\n# Secrets inventory\n`)).toBe(true);
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body.length).toBeGreaterThan(60_000);
  // Cut between rows, with the note that says so as its last line.
  expect(body).toMatch(
    /\n> \*\*Truncated\*\* to stay within GitHub's limit of 65,536 characters on an issue body: shown [^\n]+\n> [^\n]+\n$/,
  );
});
