import { isScanWorker, serveScans } from "../common/scan-pool.js";
// A large scan starts this same bundle on worker threads: there it serves scans instead of running, and
// never loads the action's other modules (a worker that boots sooner scans sooner).
if (isScanWorker()) serveScans();
else void import("./main.js").then(({ run }) => run());
