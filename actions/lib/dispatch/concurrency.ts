/**
 * A limiter: at most `max` of the tasks given to it run at once, the others start in order as slots
 * free up. A task that throws frees its slot like one that returns.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`createLimiter needs a whole number of at least 1, not ${max}`);
  let running = 0;
  const queue: (() => void)[] = [];
  // A freed slot passes straight to the next waiter, so a newcomer can never take it in between.
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => queue.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
