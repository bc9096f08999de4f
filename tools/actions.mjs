// The actions of the repository, found the one way the build, the docs and the tests all use: every
// folder at the root holding an action.yml. Each action's bundles are `dist/<folder>/main` (from
// actions/<folder>/index.ts) and, when action.yml has `runs.post`, `dist/<folder>/post` (from post.ts).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function actionFolders(root) {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .filter((folder) => existsSync(path.join(root, folder, "action.yml")))
    .sort(byName);
}

/** dist folder → TypeScript entry point, for the CLI and every action. */
export function bundleEntries(root) {
  const entries = { cli: "actions/cli/index.ts" };
  for (const folder of actionFolders(root)) {
    entries[`${folder}/main`] = `actions/${folder}/index.ts`;
    if (existsSync(path.join(root, "actions", folder, "post.ts")))
      entries[`${folder}/post`] = `actions/${folder}/post.ts`;
  }
  return entries;
}
