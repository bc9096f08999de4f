import { isScanWorker, serveScans } from "../common/scan-pool.js";
import { run } from "./main.js";
// A large scan starts this same bundle on worker threads: there it serves scans instead of running.
if (isScanWorker()) serveScans();
else void run();
