import { enableCompileCache } from "../common/compile-cache.js";
import { isScanWorker } from "../common/scan-worker.js";
import { run } from "./main.js";
// A large `verify` starts this same bundle on worker threads: there it serves scans instead of running.
// Both load main.ts (dispatch and usage, in this file's chunk: a separate chunk would cost the CLI a
// load); the commands' and the scanner's modules are imported only where they run, through the compile
// cache on both (each thread compiles the chunks it loads).
enableCompileCache();
if (isScanWorker())
  void import("../common/scan-pool.js").then(({ serveScans }) => {
    serveScans();
  });
else void run(process.argv.slice(2)).then((code) => (process.exitCode = code));
