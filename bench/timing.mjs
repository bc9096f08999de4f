// Interleaved timing: ours and theirs alternate (ABBA order) so that both see the same machine noise,
// and the median resists GC pauses and scheduler hiccups.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

/** Linear-interpolated quantile (q in [0, 1]). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Runs `a` and `b` alternately after a warm-up, until both `minRuns` pairs and `minMs` of measuring
 * have passed (or `maxMs`, with at least `floorRuns` pairs, for slow workloads).
 */
export async function timePair(
  a,
  b,
  { minRuns = 20, minMs = 1000, maxMs = 12000, floorRuns = 7, warmupRuns = 3, warmupMs = 250 } = {},
) {
  const warmupEnd = performance.now() + warmupMs;
  for (let i = 0; i < warmupRuns || performance.now() < warmupEnd; i++) {
    await a();
    await b();
  }
  const timesA = [];
  const timesB = [];
  const start = performance.now();
  for (let i = 0; ; i++) {
    if (i % 2 === 0) {
      timesA.push(await timed(a));
      timesB.push(await timed(b));
    } else {
      timesB.push(await timed(b));
      timesA.push(await timed(a));
    }
    const elapsed = performance.now() - start;
    const runs = i + 1;
    if ((runs >= minRuns && elapsed >= minMs) || (runs >= floorRuns && elapsed >= maxMs)) break;
  }
  // Each pair ran back to back, so its ratio cancels most of the noise the two medians would not share.
  const ratios = timesA.map((time, index) => time / timesB[index]);
  return {
    a: median(timesA),
    b: median(timesB),
    ratio: median(ratios),
    ratioLow: quantile(ratios, 0.25),
    ratioHigh: quantile(ratios, 0.75),
    runs: timesA.length,
  };
}

function wallMs(command, args, options) {
  const start = performance.now();
  const result = spawnSync(command, args, options);
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(" ")} exited with ${result.status}: ${String(result.stderr).slice(0, 500)}`,
    );
  }
  return ms;
}

/**
 * Whole-process wall time of two commands, alternated, after one warm-up run each. `before`, untimed,
 * runs before every run of `first` (e.g. another step that sets up what it consumes).
 */
export function timeProcesses(first, second, runs, { before = () => {} } = {}) {
  const timeFirst = () => {
    before();
    return wallMs(...first);
  };
  timeFirst();
  wallMs(...second);
  const timesFirst = [];
  const timesSecond = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      timesFirst.push(timeFirst());
      timesSecond.push(wallMs(...second));
    } else {
      timesSecond.push(wallMs(...second));
      timesFirst.push(timeFirst());
    }
  }
  const ratios = timesFirst.map((time, index) => time / timesSecond[index]);
  return { first: median(timesFirst), second: median(timesSecond), ratio: median(ratios), runs };
}
