import { isScanWorker } from "../common/scan-worker.js";
// A large scan starts this same bundle on worker threads: there it serves scans instead of running, and
// never loads the action's other modules (a worker that boots sooner scans sooner).
if (isScanWorker())
  void import("../common/scan-pool.js").then(({ serveScans }) => {
    serveScans();
  });
else void import("./main.js").then(({ run }) => run());
