// `node --import ./record-modules.mjs ...`: appends the URL of every module the process loads (the
// bundle's entry and each chunk it imports) to the file named by RECORD_MODULES, one a line. The hooks
// (record-modules-hooks.mjs) run on node's loader thread, so they see every import, static or dynamic.
import { register } from "node:module";

register("./record-modules-hooks.mjs", import.meta.url);
