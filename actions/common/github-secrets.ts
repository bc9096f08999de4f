/**
 * The GitHub half of rotate-reminder: the secrets metadata of a repository (Actions repository
 * secrets, every environment's, the organization's shared with it, Dependabot's). GitHub only says
 * when a secret was last written (`updated_at`), never its value. Without the permission to list them,
 * the caller is told so and decides whether that is an error.
 */
import { toFailure, type GitHubClient } from "./github.js";
import type { FoundSecret, SecretScope } from "../lib/rotation/report.js";

export type SecretsListing =
  | { kind: "listed"; secrets: FoundSecret[] }
  | { kind: "denied"; status: number | undefined; message: string };

interface SecretMeta {
  name: string;
  updated_at: string;
}

export async function githubSecrets(client: GitHubClient, repository: string): Promise<SecretsListing> {
  const [owner = "", repo = ""] = repository.split("/");
  const found = (scope: SecretScope, secrets: readonly SecretMeta[], environment?: string): FoundSecret[] =>
    secrets.map((secret) => ({
      name: secret.name,
      source: "github",
      repository,
      scope,
      ...(environment !== undefined ? { environment } : {}),
      lastChanged: secret.updated_at,
      exact: true,
    }));
  try {
    const secrets: FoundSecret[] = [];
    const repositorySecrets = await client.paginate(client.rest.actions.listRepoSecrets, {
      owner,
      repo,
      per_page: 100,
    });
    secrets.push(...found("repository", repositorySecrets));
    // The environments listing is not in octokit's paginate map: its pages are walked here.
    const environments: { name: string }[] = [];
    for (let page = 1; ; page++) {
      const { data } = await client.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page });
      environments.push(...(data.environments ?? []));
      if ((data.environments ?? []).length < 100) break;
    }
    for (const environment of environments) {
      const environmentSecrets = await client.paginate(client.rest.actions.listEnvironmentSecrets, {
        owner,
        repo,
        environment_name: environment.name,
        per_page: 100,
      });
      secrets.push(...found("environment", environmentSecrets, environment.name));
    }
    const organization = await client.paginate(client.rest.actions.listRepoOrganizationSecrets, {
      owner,
      repo,
      per_page: 100,
    });
    secrets.push(...found("organization", organization));
    const dependabot = await client.paginate(client.rest.dependabot.listRepoSecrets, {
      owner,
      repo,
      per_page: 100,
    });
    secrets.push(...found("dependabot", dependabot));
    return { kind: "listed", secrets };
  } catch (error) {
    const failure = toFailure(error);
    if (failure.status === 401 || failure.status === 403 || failure.status === 404)
      return { kind: "denied", status: failure.status, message: failure.message };
    throw error;
  }
}
