// `node --import ./record-modules.mjs ...`: appends the URL of every module file the process loads (the
// bundle's entry and each chunk it loads) to the file named by RECORD_MODULES, one a line. ES modules are
// seen by the hooks (record-modules-hooks.mjs, on node's loader thread: every import, static or
// dynamic); CommonJS files, as the bundles are, by the CommonJS loader's handler for .js files. A file
// may be named by both: readers keep the first line of each.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";
import { pathToFileURL } from "node:url";

register("./record-modules-hooks.mjs", import.meta.url);

const loadJs = Module._extensions[".js"];
Module._extensions[".js"] = function recordJs(module, filename) {
  if (process.env.RECORD_MODULES)
    appendFileSync(process.env.RECORD_MODULES, `${pathToFileURL(filename).href}\n`);
  return loadJs.call(this, module, filename);
};
