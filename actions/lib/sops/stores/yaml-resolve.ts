/**
 * Scalar typing of the YAML store, as yaml.v3's `resolve()` does it: which Go value an untagged plain
 * scalar (or one tagged `!!int`, `!!float`...) becomes. Shared by the exact reader, the fast reader of
 * plain block YAML and the emitter (which quotes what would not read back as a string).
 */
import { SopsTime, type Scalar } from "../tree.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const FIXED_VALUES = new Map<string, Scalar>([
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  [".nan", NaN],
  [".NaN", NaN],
  [".NAN", NaN],
  [".inf", Infinity],
  [".Inf", Infinity],
  [".INF", Infinity],
  ["+.inf", Infinity],
  ["+.Inf", Infinity],
  ["+.INF", Infinity],
  ["-.inf", -Infinity],
  ["-.Inf", -Infinity],
  ["-.INF", -Infinity],
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

type Hint = "map" | "dot" | "number" | undefined;

function hintOf(text: string): Hint {
  const first = text[0] ?? "";
  if (first >= "0" && first <= "9") return "number";
  if (first === "+" || first === "-") return "number";
  if (first === ".") return "dot";
  if ("yYnNtTfFoO~".includes(first)) return "map";
  return undefined;
}

/** Go `strconv.ParseInt(s, 0, 64)` / `ParseUint(s, 0, 64)` without range checks. */
function parseGoInteger(text: string, signed: boolean): bigint | undefined {
  let rest = text;
  let negative = false;
  if (signed && (rest.startsWith("+") || rest.startsWith("-"))) {
    negative = rest.startsWith("-");
    rest = rest.slice(1);
  }
  let digits = /^[0-9]+$/;
  let prefix = "";
  if (/^0[xX]/.test(rest)) {
    digits = /^[0-9a-fA-F]+$/;
    prefix = "0x";
    rest = rest.slice(2);
  } else if (/^0[bB]/.test(rest)) {
    digits = /^[01]+$/;
    prefix = "0b";
    rest = rest.slice(2);
  } else if (/^0[oO]/.test(rest)) {
    digits = /^[0-7]+$/;
    prefix = "0o";
    rest = rest.slice(2);
  } else if (rest.startsWith("0") && rest.length > 1) {
    digits = /^[0-7]+$/;
    prefix = "0o";
  }
  if (!digits.test(rest)) return undefined;
  const magnitude = BigInt(prefix + rest);
  return negative ? -magnitude : magnitude;
}

/** Go `strconv.ParseFloat(s, 64)` for the syntax yaml.v3 lets through; out of range is an error. */
function parseGoFloat(text: string): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * yaml.v3 `parseTimestamp`: the layouts `2006-1-2T15:4:5.999999999Z07:00` (also with `t`),
 * `2006-1-2 15:4:5.999999999` (UTC) and `2006-1-2`, with Go `time.Parse` field rules. Returns the Go
 * `time.MarshalText` form.
 */
function parseTimestamp(text: string): SopsTime | undefined {
  const match =
    /^(\d{4})-(\d\d?)-(\d\d?)(?:([Tt ])(\d\d?):(\d\d?):(\d\d?)(?:[.,](\d+))?(Z|[-+]\d\d:\d\d)?)?$/.exec(text);
  if (!match) return undefined;
  const [
    ,
    yearText = "",
    monthText = "",
    dayText = "",
    separator,
    hourText,
    minuteText,
    secondText,
    fraction,
    zone,
  ] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  const date = `${yearText}-${pad(month)}-${pad(day)}`;
  if (separator === undefined) return new SopsTime(`${date}T00:00:00Z`);
  // The space-separated layout has no zone; the `T` layouts require one.
  if ((separator === " ") !== (zone === undefined)) return undefined;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let zoneText = "Z";
  if (zone !== undefined && zone !== "Z") {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 24 || offsetMinutes > 60) return undefined;
    if (offsetHours !== 0 || offsetMinutes !== 0) zoneText = zone;
  }
  const nanos = (fraction ?? "").slice(0, 9).padEnd(9, "0").replace(/0+$/, "");
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${nanos === "" ? "" : `.${nanos}`}`;
  return new SopsTime(`${date}T${time}${zoneText}`);
}

export const STR = "!!str";
export const BINARY = "!!binary";

type ResolvedTag = "!!str" | "!!null" | "!!bool" | "!!int" | "!!float" | "!!timestamp";

export function tagOf(value: Scalar): ResolvedTag {
  if (value === null) return "!!null";
  if (typeof value === "boolean") return "!!bool";
  if (typeof value === "bigint") return "!!int";
  if (typeof value === "number") return "!!float";
  if (value instanceof SopsTime) return "!!timestamp";
  return STR;
}

/** yaml.v3 `resolve(tag, in)` for the resolvable tags ("" meaning untagged plain). */
export function resolveText(text: string, tag: string): Scalar {
  if (tag === STR || tag === BINARY) return text;
  if (text === "") return null;
  const hint = hintOf(text);
  if (hint === undefined) return text;
  const fixed = FIXED_VALUES.get(text);
  if (fixed !== undefined) return fixed;
  if (hint === "dot") return DOT_FLOAT.test(text) ? (parseGoFloat(text) ?? text) : text;
  if (hint === "number") {
    if (tag === "" || tag === "!!timestamp") {
      const time = parseTimestamp(text);
      if (time) return time;
    }
    const plain = text.replace(/_/g, "");
    const signed = parseGoInteger(plain, true);
    if (signed !== undefined && signed >= INT64_MIN && signed <= INT64_MAX) return signed;
    const unsigned = parseGoInteger(plain, false);
    if (unsigned !== undefined && unsigned <= UINT64_MAX) return Number(unsigned);
    if (YAML_STYLE_FLOAT.test(plain)) return parseGoFloat(plain) ?? text;
  }
  return text;
}
