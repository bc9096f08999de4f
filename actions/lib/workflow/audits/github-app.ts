/**
 * `github-app`: an App installation token wider than the job needs: every repository of an owner, every
 * permission of the installation, or kept after the job.
 */
import { input } from "../model.js";
import { workflowFinding, type Audit } from "../audit.js";

const CREATE_APP_TOKEN = "actions/create-github-app-token";
const TIBDEX = "tibdex/github-app-token";

export const githubApp: Audit = {
  id: "github-app",
  audit: ({ workflow }) =>
    workflow.jobs.flatMap((job) =>
      job.steps.flatMap((step) => {
        const uses = step.uses;
        if (uses?.kind !== "remote" || (uses.repository !== CREATE_APP_TOKEN && uses.repository !== TIBDEX))
          return [];
        const problems: string[] = [];
        if (uses.repository === CREATE_APP_TOKEN) {
          if (input(step, "owner") && !input(step, "repositories"))
            problems.push("every repository of the owner (`owner:` without `repositories:`)");
          if (!step.with.some((entry) => entry.key.startsWith("permission-")))
            problems.push("every permission of the installation (no `permission-*` input)");
          if (input(step, "skip-token-revoke")?.value?.string === "true")
            problems.push("not revoked after the job (`skip-token-revoke: true`)");
        } else {
          if (!input(step, "repositories") && !input(step, "repository"))
            problems.push("every repository of the installation (no `repositories:`)");
          if (!input(step, "permissions"))
            problems.push("every permission of the installation (no `permissions:`)");
          if (input(step, "revoke")?.value?.string === "false")
            problems.push("not revoked after the job (`revoke: false`)");
        }
        if (problems.length === 0) return [];
        return [
          workflowFinding(
            "github-app",
            uses.line,
            `GitHub App token for ${problems.join("; ")}`,
            `${job.id}\0${uses.text}`,
          ),
        ];
      }),
    ),
};
