// Child process for `npm run bench -- --profile`: decrypts one file repeatedly under `node --cpu-prof`,
// with ours (the ncc bundle) or with sops-age, the same call the bench times.
// Arguments: <ours|sops-age> <bundle.js> <encrypted file> <format> <sops-age fileType> <key file> <iterations>
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { decryptSops } from "sops-age";

const [which, bundle, file, format, peerFileType, keyFile, iterations] = process.argv.slice(2);
const bytes = readFileSync(file);
const keyText = readFileSync(keyFile, "utf8");
const secretKey = keyText.split(/\s+/).find((token) => token.startsWith("AGE-SECRET-KEY-1"));

let once = () => decryptSops(bytes, { secretKey, fileType: peerFileType });
if (which === "ours") {
  const engine = await import(pathToFileURL(bundle).href);
  once = async () =>
    engine.decrypt(bytes, { format, identities: await engine.parseIdentities(keyText, "bench key") });
}

for (let i = 0; i < Number(iterations); i++) await once();
