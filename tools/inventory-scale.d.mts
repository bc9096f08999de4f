import type { FakeGitHub, FakeGitHubOptions } from "./fake-github/server.mjs";

export const SCALE_TOKEN: string;
export function scaleOrganisation(count: number): { names: string[]; fakeOptions: FakeGitHubOptions };
export function injectFaults(
  github: FakeGitHub,
  names: readonly string[],
): { serverErrors: string; secondaryLimit: string; forbidden: string };
