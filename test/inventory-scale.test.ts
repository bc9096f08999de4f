/**
 * The inventory's GitHub side at an organisation's scale, against the fake GitHub (which checks every
 * request against GitHub's description and answers with its rate-limit headers): 500 repositories
 * listed from the App installation and planned under the matrix limit, each repository's secrets
 * metadata read in at most 10 requests, the whole run within one installation's 5,000 requests an hour,
 * server errors retried, a secondary limit's retry-after honoured, and a repository that cannot be read
 * reported with the reason instead of failing the run.
 */
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { githubSecrets } from "../actions/common/github-secrets.js";
import { createGitHubClient, installationRepositories, type GitHubClient } from "../actions/common/github.js";
import { MATRIX_LIMIT, planChunks } from "../actions/lib/inventory/plan.js";
import { startFakeGitHub, type FakeGitHub, type FakeSecret } from "../tools/fake-github/server.mjs";

const REPOSITORIES = 500;
const TOKEN = "ghs_fake_installation_token";
const secret = (name: string): FakeSecret => ({
  name,
  created_at: "2026-01-05T10:00:00Z",
  updated_at: "2026-06-01T10:00:00Z",
});

/** Every fifth repository has two environments with a secret each. */
function environmentsOf(index: number): Record<string, FakeSecret[]> {
  return index % 5 === 0 ? { production: [secret("DEPLOY_KEY")], staging: [secret("DEPLOY_KEY")] } : {};
}

let github: FakeGitHub;
let client: GitHubClient;
const names = Array.from(
  { length: REPOSITORIES },
  (_, index) => `juniper/service-${String(index).padStart(3, "0")}`,
);

beforeAll(async () => {
  github = await startFakeGitHub({
    token: TOKEN,
    rateLimit: { limit: 5000 },
    orgSecrets: { juniper: [secret("PYPI_API_TOKEN")] },
    repositories: names.map((fullName, index) => ({
      fullName,
      secrets: [secret("HF_TOKEN"), secret("SENTRY_SDK_DSN")],
      environments: environmentsOf(index),
      dependabotSecrets: [secret("NPM_READ_TOKEN")],
    })),
  });
  process.env.GITHUB_API_URL = github.url;
  client = createGitHubClient({
    token: TOKEN,
    action: "inventory-scale-test",
    concurrency: 4,
    report: { debug: () => undefined, warning: () => undefined },
  });
});

afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
});

test("500 repositories: listed, planned, read within the request budget; failures are rows", async () => {
  const listed = await installationRepositories(client);
  expect(listed.sort()).toEqual(names);
  const plan = planChunks(listed, 1);
  expect(plan.length).toBeLessThanOrEqual(MATRIX_LIMIT);
  expect(plan.flatMap((chunk) => chunk.repositories.split(",")).sort()).toEqual(names);

  // Bursts of server errors and a secondary limit: retried; one repository the token may not read.
  github.fault("server-error", { repository: names[10], times: 2, status: 502 });
  github.fault("secondary-rate-limit", { repository: names[20], retryAfter: 1 });
  github.fault("forbidden", { repository: names[30], times: 10 });
  const listings = [];
  for (const repository of names) listings.push(await githubSecrets(client, repository));

  const perRepository = names.map((repository) => github.requestCount(repository));
  const total = github.requests.length;
  console.log(
    `inventory at scale: ${total} requests for ${REPOSITORIES} repositories (max ${Math.max(...perRepository)} per repository, listing ${github.requestCount(undefined, "apps/list-repos-accessible-to-installation")})`,
  );
  expect(Math.max(...perRepository)).toBeLessThanOrEqual(10);
  expect(total).toBeLessThanOrEqual(5000);
  expect(github.responseProblems).toEqual([]);
  expect(listings[10]).toMatchObject({ kind: "listed" });
  expect(listings[20]).toMatchObject({ kind: "listed" });
  expect(listings[30]).toMatchObject({ kind: "denied", status: 403 });
  const listed0 = listings[0];
  expect(
    listed0?.kind === "listed"
      ? listed0.secrets.map((found) => `${found.scope ?? ""}:${found.name}`).sort()
      : [],
  ).toEqual(
    [
      "dependabot:NPM_READ_TOKEN",
      "environment:DEPLOY_KEY",
      "environment:DEPLOY_KEY",
      "organization:PYPI_API_TOKEN",
      "repository:HF_TOKEN",
      "repository:SENTRY_SDK_DSN",
    ].sort(),
  );
});
