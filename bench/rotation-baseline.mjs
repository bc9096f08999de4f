// The peer of rotate-reminder's timing: what one would write today to learn when each value of a SOPS
// file last changed — for every revision of the file, `git show` it, decrypt it with sops-age, and
// compare with the previous revision's values. Prints the age commit of each key as JSON.
//
// Usage: SOPS_AGE_KEY=... node bench/rotation-baseline.mjs REPO FILE
import { execFileSync } from "node:child_process";
import { decryptSops } from "sops-age";

const [repo, file] = process.argv.slice(2);
const commits = execFileSync("git", ["log", "--format=%H", "--reverse", "--", file], { cwd: repo })
  .toString()
  .trim()
  .split("\n");
const changed = {};
let previous = {};
for (const commit of commits) {
  const text = execFileSync("git", ["show", `${commit}:${file}`], { cwd: repo }).toString();
  const values = await decryptSops(text, { fileType: "env", secretKey: process.env.SOPS_AGE_KEY });
  for (const [name, value] of Object.entries(values)) if (previous[name] !== value) changed[name] = commit;
  previous = values;
}
process.stdout.write(`${JSON.stringify(changed)}\n`);
