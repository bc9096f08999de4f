// The jest environment of every test file: Node's, plus the file's random seed. The seed is TEST_SEED
// when set, else a fixed number derived from the file's path, so CI draws the same values on every
// machine; a failing test gets one more error that names the seed and the command that reproduces it.
import path from "node:path";
import { TestEnvironment } from "jest-environment-node";

/** FNV-1a over the path relative to the project: the same number on every checkout. */
function pathSeed(relative) {
  let hash = 0x811c9dc5;
  for (const char of relative) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function seedOf(relative, variable) {
  if (variable === undefined || variable === "") return pathSeed(relative);
  const seed = Number(variable);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(
      `TEST_SEED=${variable}: expected a whole number from 0 to 4294967295; unset it for the fixed seed`,
    );
  return seed;
}

export default class SeededEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.relativePath = path
      .relative(config.projectConfig.rootDir, context.testPath)
      .split(path.sep)
      .join("/");
    this.seed = seedOf(this.relativePath, process.env.TEST_SEED);
    this.global.__TEST_SEED__ = this.seed;
  }

  handleTestEvent(event) {
    if (event.name !== "test_done" || event.test.errors.length === 0) return;
    const hint = new Error(
      `random seed ${this.seed}: reproduce with TEST_SEED=${this.seed} npm test -- ${this.relativePath}`,
    );
    hint.stack = hint.message;
    event.test.errors.push(hint);
  }
}
