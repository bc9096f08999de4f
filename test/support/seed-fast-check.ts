/**
 * Runs after the environment of every test file: fast-check's properties draw from the file's seed
 * too, so a property that fails on CI fails the same way with TEST_SEED on any machine.
 */
import fc from "fast-check";
import { TEST_SEED } from "./random.js";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: TEST_SEED | 0 });
