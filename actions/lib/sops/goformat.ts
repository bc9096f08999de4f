/**
 * Go's number and value formatting, reproduced where sops' output or MAC depends on it. JavaScript's
 * `String(number)` switches to exponent notation at different thresholds than Go, so each Go verb sops
 * uses gets its own function here.
 */
import { SopsTime, type Scalar } from "./tree.js";

interface Digits {
  negative: boolean;
  /** Shortest round-trip decimal digits, without leading zeros ("0" for zero). */
  digits: string;
  /** Position of the decimal point relative to the start of `digits` (Go's `dp`). */
  point: number;
}

function shortestDigits(value: number): Digits {
  const negative = value < 0 || Object.is(value, -0);
  const [mantissa = "0", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  if (digits === "0") return { negative, digits, point: 1 };
  return { negative, digits, point: Number(exponentText) + 1 };
}

function special(value: number): string | undefined {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return undefined;
}

function fixedNotation({ negative, digits, point }: Digits): string {
  let text: string;
  if (point <= 0) text = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  if (digits === "0") text = "0";
  return negative ? `-${text}` : text;
}

function exponentNotation(
  { negative, digits, point }: Digits,
  e: "e" | "E",
  minExponentDigits: number,
): string {
  const exponent = digits === "0" ? 0 : point - 1;
  const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
  const sign = exponent < 0 ? "-" : "+";
  const magnitude = String(Math.abs(exponent)).padStart(minExponentDigits, "0");
  return `${negative ? "-" : ""}${mantissa}${e}${sign}${magnitude}`;
}

/** `strconv.FormatFloat(v, 'f', -1, 64)`: never exponent notation. Used by the MAC and by encryption. */
export function formatFloatFixed(value: number): string {
  return special(value) ?? fixedNotation(shortestDigits(value));
}

/** `strconv.FormatFloat(v, 'g' or 'G', -1, 64)`: exponent notation when the exponent is < -4 or >= 6. */
export function formatFloatGeneral(value: number, e: "e" | "E" = "e"): string {
  const text = special(value);
  if (text !== undefined) return text;
  const digits = shortestDigits(value);
  const exponent = digits.digits === "0" ? 0 : digits.point - 1;
  // Go decides with precision 6 when formatting the shortest representation.
  if (exponent < -4 || exponent >= 6) return exponentNotation(digits, e, 2);
  return fixedNotation(digits);
}

/** `encoding/json` float64 encoding: fixed between 1e-6 and 1e21, else exponent like `1e-07` -> `1e-7`. */
export function formatFloatJson(value: number): string {
  const abs = Math.abs(value);
  const digits = shortestDigits(value);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return exponentNotation(digits, "e", 1);
  return fixedNotation(digits);
}

/** Go `strconv.ParseBool`. */
export function parseGoBool(text: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return undefined;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** sops `ToBytes`: the bytes a value contributes to the MAC (and the plaintext it is encrypted as). */
export function canonicalBytes(value: Exclude<Scalar, null>): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return utf8.encode(canonicalText(value));
}

/** The canonical plaintext text of a non-bytes scalar, as sops' cipher writes it. */
export function canonicalText(value: Exclude<Scalar, null | Uint8Array>): string {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return formatFloatFixed(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  return value.text;
}

/**
 * sops `stores.ValToString`: how a scalar is written into a dotenv or INI file (note the lower-case
 * booleans, unlike the MAC's), and how `--extract` prints a scalar.
 */
export function valueToString(value: Scalar): string {
  if (value === null) return "";
  if (value instanceof Uint8Array) return utf8Decoder.decode(value);
  if (value instanceof SopsTime) return value.text;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    const text = formatFloatGeneral(value, "e");
    return /^-?\d+$/.test(text) ? `${text}.0` : text;
  }
  return canonicalText(value);
}
