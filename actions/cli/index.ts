import { isScanWorker, serveScans } from "../common/scan-pool.js";
// A large `verify` starts this same bundle on worker threads: there it serves scans instead of running,
// and never loads the commands (a worker that boots sooner scans sooner).
if (isScanWorker()) serveScans();
else
  void import("./main.js")
    .then(({ run }) => run(process.argv.slice(2)))
    .then((code) => (process.exitCode = code));
