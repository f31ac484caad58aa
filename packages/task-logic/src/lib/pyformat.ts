/**
 * Python's float formatting (`f"{x:.2f}"`, `f"{x:.15e}"`, `f"{x:.10g}"`, `f"{x:,}"`) from the
 * exact binary value of the double, rounded half to even as CPython's dtoa does. JavaScript's
 * toFixed/toPrecision round exact ties up (0.125.toFixed(2) is "0.13", Python prints "0.12")
 * and drop the sign of negative zero, so they cannot stand in.
 */
import { pyFloatRepr } from "./numbers.js";

/** |x| = digits × 10^exponent exactly; digits has no leading zeros ("0" for zero). */
interface ExactDecimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/** The exact decimal value of a finite double (every double is m·2^e, so m·5^-e·10^e). */
function exactDecimal(x: number): ExactDecimal {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { negative, digits: "0", exponent: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const e2 = (biased === 0 ? 1 : biased) - 1075;
  if (e2 >= 0) return { negative, digits: (mantissa << BigInt(e2)).toString(), exponent: 0 };
  return { negative, digits: (mantissa * 5n ** BigInt(-e2)).toString(), exponent: e2 };
}

/**
 * The decimal rounded half-even to a multiple of 10^place: returns the integer coefficient as
 * a digit string ("0" when it rounds to zero); the value is coefficient × 10^place.
 */
function roundToPlace(d: ExactDecimal, place: number): string {
  const drop = place - d.exponent;
  if (drop <= 0) return d.digits === "0" ? "0" : d.digits + "0".repeat(-drop);
  if (drop > d.digits.length) return "0"; // below half of 10^place: the value is < 10^(place-1)
  const keep = d.digits.slice(0, d.digits.length - drop);
  const rest = d.digits.slice(d.digits.length - drop);
  const first = rest.charCodeAt(0) - 48;
  const beyond = /[1-9]/.test(rest.slice(1));
  const lastKept = keep.length > 0 ? keep.charCodeAt(keep.length - 1) - 48 : 0;
  const up = first > 5 || (first === 5 && (beyond || lastKept % 2 === 1));
  const kept = keep.length > 0 ? BigInt(keep) : 0n;
  return (up ? kept + 1n : kept).toString();
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  return null;
}

/** Python's `f"{x:.{places}f}"`. */
export function pyFixed(x: number, places: number): string {
  const s = special(x);
  if (s !== null) return s;
  const d = exactDecimal(x);
  const coefficient = roundToPlace(d, -places).padStart(places + 1, "0");
  const whole = coefficient.slice(0, coefficient.length - places);
  const frac = coefficient.slice(coefficient.length - places);
  return `${d.negative ? "-" : ""}${whole}${places > 0 ? `.${frac}` : ""}`;
}

/** Significant digits of x rounded to `precision`, with the decimal exponent of the first. */
function significant(
  x: number,
  precision: number,
): { negative: boolean; digits: string; exp: number } {
  const d = exactDecimal(x);
  if (d.digits === "0") return { negative: d.negative, digits: "0".repeat(precision), exp: 0 };
  let exp = d.digits.length - 1 + d.exponent;
  let digits = roundToPlace(d, exp - precision + 1);
  if (digits.length > precision) {
    // 9.99 rounded up to 10.0: one more digit, one higher exponent
    exp += 1;
    digits = digits.slice(0, precision);
  }
  return { negative: d.negative, digits, exp };
}

const exponentText = (exp: number) =>
  `e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;

/** Python's `f"{x:.{places}e}"`. */
export function pyExponential(x: number, places: number): string {
  const s = special(x);
  if (s !== null) return s;
  const { negative, digits, exp } = significant(x, places + 1);
  const mantissa = places > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${negative ? "-" : ""}${mantissa}${exponentText(exp)}`;
}

/** Python's `f"{x:.{precision}g}"`: fixed or exponential by the exponent, trailing zeros cut. */
export function pyGeneral(x: number, precision: number): string {
  const s = special(x);
  if (s !== null) return s;
  const p = Math.max(precision, 1);
  const { negative, digits, exp } = significant(x, p);
  const sign = negative ? "-" : "";
  const cut = (text: string) =>
    text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  if (exp < -4 || exp >= p) {
    const mantissa = cut(p > 1 ? `${digits[0]}.${digits.slice(1)}` : digits);
    return `${sign}${mantissa}${exponentText(exp)}`;
  }
  if (exp < 0) return `${sign}${cut(`0.${"0".repeat(-exp - 1)}${digits}`)}`;
  const whole = digits.slice(0, exp + 1);
  return `${sign}${cut(`${whole}.${digits.slice(exp + 1)}`)}`;
}

/** Python's `f"{x:,}"` for a float: its repr with thousands separators in the integer part. */
export function pyThousands(x: number): string {
  const repr = pyFloatRepr(x);
  if (/[a-z]/.test(repr)) return repr;
  const [whole = "", frac] = repr.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "");
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}${grouped}${frac === undefined ? "" : `.${frac}`}`;
}

/** Python's `n / d` for integers: the double nearest the exact ratio (ties to even). */
export function ratioToNumber(n: bigint, d: bigint): number {
  if (d === 0n) throw new RangeError("division by zero");
  if (d < 0n) return ratioToNumber(-n, -d);
  if (n < 0n) return -ratioToNumber(-n, d);
  if (n === 0n) return 0;
  const limit = 1n << 53n;
  if (n <= limit && d <= limit) return Number(n) / Number(d);
  // q = floor(n·2^k / d) with 54 bits, then round the last bit half-even with a sticky remainder.
  let k = 53 - (n.toString(2).length - d.toString(2).length);
  const scaled = (shift: number) =>
    shift >= 0 ? [n << BigInt(shift), d] : [n, d << BigInt(-shift)];
  let [num, den] = scaled(k) as [bigint, bigint];
  let q = num / den;
  if (q >= 1n << 54n) k -= 1;
  else if (q < 1n << 53n) k += 1;
  [num, den] = scaled(k) as [bigint, bigint];
  q = num / den;
  const sticky = num % den !== 0n;
  const half = q & 1n;
  q >>= 1n;
  if (half === 1n && (sticky || (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** -(k - 1);
}
