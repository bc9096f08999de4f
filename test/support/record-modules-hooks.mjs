// The loader hooks record-modules.mjs registers: one line per module loaded, before it is evaluated.
import { appendFileSync } from "node:fs";

export async function load(url, context, nextLoad) {
  if (process.env.RECORD_MODULES) appendFileSync(process.env.RECORD_MODULES, `${url}\n`);
  return nextLoad(url, context);
}
