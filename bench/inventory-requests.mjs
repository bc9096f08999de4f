// The inventory's GitHub requests on an organisation of 500 repositories (tools/inventory-scale.mjs),
// against the fake GitHub, which checks each request against GitHub's description and answers with its
// rate-limit headers and the faults a real run meets (a burst of 502s, a secondary limit with
// retry-after, a repository the token may not read). As the reusable workflow runs it: the shipped
// CLI's `inventory plan` lists the installation's repositories; then, in matrix chunks of 5 with 8
// jobs at once, each repository's GitHub secrets metadata is read by the code `secrets-actions
// inventory` runs for it (common/github-secrets.ts, bundled by ncc as the CLI ships it, one client per
// repository as each CLI process has). The shipped CLI then inventories three checkouts, to show it
// makes exactly the requests counted here. Targets: at most 10 requests per repository, and the whole
// run within one App installation's 5,000 requests an hour.
//
// Run alone: node bench/inventory-requests.mjs   (also called by bench/run.mjs)
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startFakeGitHub } from "../tools/fake-github/server.mjs";
import { gitIn } from "../tools/git.mjs";
import { injectFaults, scaleOrganisation, SCALE_TOKEN } from "../tools/inventory-scale.mjs";
import { CLI, TMP, bundleEntry } from "./build.mjs";
import { median } from "./timing.mjs";

const REPOSITORIES = 500;
const PER_JOB = 5;
const MAX_PARALLEL = 8;
const PER_REPOSITORY_TARGET = 10;
const HOURLY_BUDGET = 5000;
const CHECKED_BY_CLI = 3;

const ENTRY = `export { githubSecrets } from "../../actions/common/github-secrets.js";
export { createGitHubClient } from "../../actions/common/github.js";
`;

/** The shipped CLI, asynchronously: the fake GitHub answers from this process meanwhile. */
function cli(args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

export async function runInventoryRequestsBench() {
  const dir = path.join(TMP, "inventory-requests");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { module } = await bundleEntry("inventory-requests-code", ENTRY);
  const { names, fakeOptions } = scaleOrganisation(REPOSITORIES);
  const github = await startFakeGitHub(fakeOptions);
  const previousApiUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = github.url;
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    XDG_CONFIG_HOME: dir,
    GITHUB_TOKEN: SCALE_TOKEN,
    GITHUB_API_URL: github.url,
  };
  try {
    const plan = await cli(["inventory", "plan", "--per-job", String(PER_JOB)], { cwd: dir, env });
    if (plan.status !== 0) throw new Error(`inventory plan failed: ${plan.stderr.slice(0, 300)}`);
    const chunks = JSON.parse(plan.stdout).include.map((chunk) => chunk.repositories.split(","));
    const listing = github.requests.length;

    const faulty = injectFaults(github, names);
    const outcomes = new Map();
    const queue = [...chunks];
    const job = async () => {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift())
        for (const repository of chunk) {
          const client = module.createGitHubClient({
            token: SCALE_TOKEN,
            action: "secrets-actions inventory",
            concurrency: 2,
            report: { debug: () => undefined, warning: () => undefined },
          });
          outcomes.set(repository, (await module.githubSecrets(client, repository)).kind);
        }
    };
    await Promise.all(Array.from({ length: MAX_PARALLEL }, job));

    const perRepository = names.map((repository) => github.requestCount(repository));
    const libraryCounts = names.slice(1, 1 + CHECKED_BY_CLI).map((name) => github.requestCount(name));
    const total = github.requests.length;

    // The shipped CLI on three checkouts, against a fresh fake of the same organisation.
    const fresh = await startFakeGitHub(fakeOptions);
    const checkout = path.join(dir, "checkout");
    mkdirSync(checkout);
    gitIn(checkout, ["init", "-q", "-b", "main"]);
    writeFileSync(path.join(checkout, "README.md"), "# service\n");
    gitIn(checkout, ["add", "-A"]);
    gitIn(checkout, ["commit", "-q", "-m", "one"]);
    const cliCounts = [];
    for (const repository of names.slice(1, 1 + CHECKED_BY_CLI)) {
      const run = await cli(["inventory", "--repository", repository, "--json", path.join(dir, "out.json")], {
        cwd: checkout,
        env: { ...env, GITHUB_API_URL: fresh.url },
      });
      if (run.status !== 0) throw new Error(`inventory of ${repository} failed: ${run.stderr.slice(0, 300)}`);
      cliCounts.push(fresh.requestCount(repository));
    }
    await fresh.close();

    const max = Math.max(...perRepository);
    const perPass = max <= PER_REPOSITORY_TARGET;
    const budgetPass = total <= HOURLY_BUDGET;
    const cliAgrees = cliCounts.every((count, index) => count === libraryCounts[index]);
    const problems = github.responseProblems.length;
    console.log(
      `\n== inventory on ${REPOSITORIES} repositories: GitHub requests against the fake GitHub ` +
        `(${chunks.length} matrix jobs of ${PER_JOB}, ${MAX_PARALLEL} at once; faults: 502 x2 on ${faulty.serverErrors}, ` +
        `a secondary limit on ${faulty.secondaryLimit}, 403 on ${faulty.forbidden})`,
    );
    console.table([
      {
        measure: "requests per repository (max)",
        value: max,
        target: `<= ${PER_REPOSITORY_TARGET}`,
        result: perPass ? "PASS" : "FAIL",
      },
      { measure: "requests per repository (median)", value: median(perRepository), target: "", result: "" },
      {
        measure: "requests in all (listing included)",
        value: total,
        target: `<= ${HOURLY_BUDGET} an hour`,
        result: budgetPass ? "PASS" : "FAIL",
      },
      { measure: "listing the installation (inventory plan)", value: listing, target: "", result: "" },
      {
        measure: `shipped CLI on ${CHECKED_BY_CLI} checkouts (requests each)`,
        value: cliCounts.join(", "),
        target: `= ${libraryCounts.join(", ")}`,
        result: cliAgrees ? "PASS" : "FAIL",
      },
    ]);
    console.log(
      `outcomes: ${[...outcomes.values()].filter((kind) => kind === "listed").length} listed, ` +
        `${[...outcomes.values()].filter((kind) => kind !== "listed").length} reported with the reason (${faulty.forbidden}); ` +
        `requests that broke GitHub's description: ${problems}`,
    );
    return {
      misses: [
        ...(perPass ? [] : [`inventory requests per repository: ${max} > ${PER_REPOSITORY_TARGET}`]),
        ...(budgetPass ? [] : [`inventory requests in all: ${total} > ${HOURLY_BUDGET}`]),
        ...(cliAgrees ? [] : [`inventory CLI requests ${cliCounts.join(",")} != ${libraryCounts.join(",")}`]),
        ...(problems === 0 ? [] : [`inventory: ${problems} requests broke GitHub's description`]),
      ],
      targets: 3,
    };
  } finally {
    if (previousApiUrl === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = previousApiUrl;
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { misses } = await runInventoryRequestsBench();
  process.exitCode = misses.length === 0 ? 0 : 1;
}
