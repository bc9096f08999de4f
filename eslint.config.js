import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import directions from "./eslint.directions.js";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "action-docs/",
      ".bench-tmp/",
      ".build/",
      "**/*.js",
      "**/*.cjs",
    ],
  },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    // Build, demo and benchmark scripts are plain Node.js modules.
    files: ["**/*.mjs"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  ...directions,
);
