// The peer of the decrypt-env timing: the least a Node script can do with sops-age to get the values
// of a dotenv SOPS file (no MAC verification, no masking, no export).
import { readFileSync } from "node:fs";
import { decryptSops } from "sops-age";

const [file] = process.argv.slice(2);
const values = await decryptSops(readFileSync(file, "utf8"), {
  fileType: "env",
  secretKey: process.env.SOPS_AGE_KEY,
});
process.stdout.write(`${JSON.stringify(values)}\n`);
