/**
 * Durations in action inputs: `50ms`, `10s`, `30m`, `1h`, combined as `1h30m`; a bare number is seconds.
 */
import { ConfigurationError } from "../errors.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseDuration(text: string, input: string): number {
  const value = text.trim();
  const bare = /^\d+(?:\.\d+)?$/.test(value) ? `${value}s` : value;
  const parts = [...bare.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  const total = parts.reduce((sum, [, amount = "0", unit = "s"]) => {
    return sum + Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  }, 0);
  if (parts.map(([part]) => part).join("") !== bare || total <= 0) {
    throw new ConfigurationError(
      `input \`${input}\` must be a duration such as 50ms, 10s, 30m or 1h30m, not "${value.slice(0, 40)}"`,
    );
  }
  return Math.round(total);
}

/** The shortest spelling of a duration, for messages: 1500 → `1.5s`, 5_400_000 → `1h30m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return [hours ? `${hours}h` : "", minutes ? `${minutes}m` : "", seconds ? `${seconds}s` : ""].join("");
}
