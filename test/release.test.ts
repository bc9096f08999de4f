// The release notes come from CHANGELOG.md: the tag's section, and an error for a tag without one.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@jest/globals";
import { REPO_ROOT } from "./support/fixtures.js";

const section = (tag: string) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "changelog-section.mjs"), tag], {
    encoding: "utf8",
  });

test("a released version prints its section without the heading", () => {
  const result = section("v0.1.0");
  expect(result.status).toBe(0);
  expect(result.stdout.startsWith("### Added\n")).toBe(true);
  expect(result.stdout).not.toContain("## [");
});

test("a tag without a section fails and says what to add", () => {
  const result = section("v9.9.9");
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('CHANGELOG.md has no "## [9.9.9]" section: add one before tagging v9.9.9\n');
});
