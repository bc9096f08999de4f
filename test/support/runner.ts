// The runner-protocol harness lives in runner.mjs so that the demo script can use it too.
export * from "./runner.mjs";
