// Which code may import which: the pure core (actions/lib) imports no IO and nothing above it; an
// action imports only lib/ and common/, never another action or the CLI; common/ serves the actions
// and the CLI and imports neither; scripts and benchmarks import no test code. A lint fixture test
// (test/lint-directions.test.ts) proves each rule fails on a wrong import.
const ACTION_FOLDERS = [
  "cli",
  "decrypt-env",
  "verify-no-plaintext",
  "cross-repo-dispatch",
  "rotate-reminder",
];

const entryPointsBut = (own) =>
  ACTION_FOLDERS.filter((folder) => folder !== own).map((folder) => `**/${folder}/*`);

const IO_MODULES = [
  "fs",
  "node:fs",
  "fs/promises",
  "node:fs/promises",
  "child_process",
  "node:child_process",
];

const restrict = (groups, message, paths = []) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: groups, message }],
    },
  ],
});

export default [
  {
    files: ["actions/lib/**"],
    rules: restrict(
      ["**/common/*", ...entryPointsBut(""), "@actions/*"],
      "actions/lib is the pure core: no @actions/*, no fs or child processes, nothing from common/ or an action",
      IO_MODULES,
    ),
  },
  {
    files: ["actions/common/**"],
    rules: restrict(
      entryPointsBut(""),
      "actions/common serves every action and the CLI: it imports none of them",
    ),
  },
  ...ACTION_FOLDERS.map((folder) => ({
    files: [`actions/${folder}/**`],
    rules: restrict(
      entryPointsBut(folder),
      `actions/${folder} imports only actions/lib and actions/common: move what two entry points share to common/`,
    ),
  })),
  {
    files: ["bench/**", "scripts/**", "tools/**"],
    rules: restrict(
      ["**/test/*", "../test/**"],
      "scripts, benchmarks and tools import no test code: put what they share with the tests in tools/",
    ),
  },
];
