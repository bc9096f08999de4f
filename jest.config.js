/** @type {import('jest').Config} */
export default {
  // Node's environment plus each file's random seed (TEST_SEED, or fixed per file), printed on failure.
  testEnvironment: "<rootDir>/test/support/seeded-environment.mjs",
  setupFilesAfterEnv: ["<rootDir>/test/support/seed-fast-check.ts"],
  extensionsToTreatAsEsm: [".ts"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, diagnostics: false }],
  },
  // A guard against hangs only: generous enough that a busy two-core machine never reaches it.
  testTimeout: 180000,
};
