// The organisation the inventory is measured on at scale (test/inventory-scale.test.ts and
// `npm run bench`): `count` repositories in the fake GitHub, each with two repository secrets, a
// Dependabot secret and, for every fifth, two environments with a secret each; one organisation secret
// every repository sees. `injectFaults` adds what a real run meets: a burst of server errors, a
// secondary rate limit with retry-after, and a repository the token may not read.
export const SCALE_TOKEN = ["ghs", "fakeInventoryScaleInstallationToken"].join("_");
const SCALE_OWNER = "juniper";

const secret = (name) => ({ name, created_at: "2026-01-05T10:00:00Z", updated_at: "2026-06-01T10:00:00Z" });

export function scaleOrganisation(count) {
  const names = Array.from(
    { length: count },
    (_, index) => `${SCALE_OWNER}/service-${String(index).padStart(3, "0")}`,
  );
  return {
    names,
    fakeOptions: {
      token: SCALE_TOKEN,
      rateLimit: { limit: 5000 },
      orgSecrets: { [SCALE_OWNER]: [secret("PYPI_API_TOKEN")] },
      repositories: names.map((fullName, index) => ({
        fullName,
        secrets: [secret("HF_TOKEN"), secret("SENTRY_SDK_DSN")],
        environments:
          index % 5 === 0 ? { production: [secret("DEPLOY_KEY")], staging: [secret("DEPLOY_KEY")] } : {},
        dependabotSecrets: [secret("NPM_READ_TOKEN")],
      })),
    },
  };
}

/** The faults, on the 11th, 21st and 31st repositories: which is which is returned for the checks. */
export function injectFaults(github, names) {
  const faulty = { serverErrors: names[10], secondaryLimit: names[20], forbidden: names[30] };
  github.fault("server-error", { repository: faulty.serverErrors, times: 2, status: 502 });
  github.fault("secondary-rate-limit", { repository: faulty.secondaryLimit, retryAfter: 1 });
  github.fault("forbidden", { repository: faulty.forbidden, times: 10 });
  return faulty;
}
