// Running git in a repository that a test, benchmark or the demo builds: a fixed author and committer,
// and optionally a date for both (so that ages can be chosen). Returns stdout, trimmed.
import { execFileSync } from "node:child_process";

export function gitIn(cwd, args, date) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "secrets-actions",
      GIT_AUTHOR_EMAIL: "secrets-actions@example.com",
      GIT_COMMITTER_NAME: "secrets-actions",
      GIT_COMMITTER_EMAIL: "secrets-actions@example.com",
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  }).trim();
}
