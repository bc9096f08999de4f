import { enableCompileCache } from "../common/compile-cache.js";
import { isScanWorker } from "../common/scan-worker.js";
import { run } from "./main.js";
// A large `verify` starts this same bundle on worker threads: there it serves scans instead of running.
// Neither loads what it does not need: main.ts imports each command's module when it runs.
if (isScanWorker())
  void import("../common/scan-pool.js").then(({ serveScans }) => {
    serveScans();
  });
else {
  enableCompileCache();
  void run(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
