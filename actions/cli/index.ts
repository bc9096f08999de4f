import { isScanWorker, serveScans } from "../common/scan-pool.js";
import { run } from "./main.js";
// A large `verify` starts this same bundle on worker threads: there it serves scans instead of running.
if (isScanWorker()) serveScans();
else void run(process.argv.slice(2)).then((code) => (process.exitCode = code));
