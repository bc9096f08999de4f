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
import { startFakeGitHub, type FakeGitHub } from "../tools/fake-github/server.mjs";
import { injectFaults, scaleOrganisation, SCALE_TOKEN } from "../tools/inventory-scale.mjs";

const REPOSITORIES = 500;
const { names, fakeOptions } = scaleOrganisation(REPOSITORIES);

let github: FakeGitHub;
let client: GitHubClient;

beforeAll(async () => {
  github = await startFakeGitHub(fakeOptions);
  process.env.GITHUB_API_URL = github.url;
  client = createGitHubClient({
    token: SCALE_TOKEN,
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
  injectFaults(github, names);
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
