/**
 * Exact rational numbers on BigInt, kept in lowest terms with a positive denominator.
 * Used where both sides of a comparison are exact, so that 1/2004! and 1/2006! (both 0 as
 * floats) are told apart and 0.333 is never 1/3.
 */
export interface Rational {
  n: bigint;
  d: bigint;
}

/** Results larger than this many bits are refused (the caller falls back to numerics). */
export const MAX_EXACT_BITS = 200_000;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Euclid's gcd is quadratic in the bit length: when numerator and denominator are both this
 * large, the value is refused (callers fall back to numerics) rather than reduced.
 */
const MAX_GCD_BITS = 4096;

export function rat(n: bigint, d: bigint = 1n): Rational | null {
  if (d === 0n) return null;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (d === 1n) return { n, d };
  if (Math.min(bitLength(n), bitLength(d)) > MAX_GCD_BITS) return null;
  const g = gcd(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  return { n, d };
}

export function bitLength(x: bigint): number {
  const v = x < 0n ? -x : x;
  return v === 0n ? 0 : v.toString(16).length * 4;
}

function tooBig(r: Rational): boolean {
  return bitLength(r.n) + bitLength(r.d) > MAX_EXACT_BITS;
}

function guard(r: Rational | null): Rational | null {
  return r && !tooBig(r) ? r : null;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function add(a: Rational, b: Rational): Rational | null {
  return guard(rat(a.n * b.d + b.n * a.d, a.d * b.d));
}
export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}
export function mul(a: Rational, b: Rational): Rational | null {
  return guard(rat(a.n * b.n, a.d * b.d));
}
export function div(a: Rational, b: Rational): Rational | null {
  return b.n === 0n ? null : guard(rat(a.n * b.d, a.d * b.n));
}
export function equal(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}
export function isInteger(a: Rational): boolean {
  return a.d === 1n;
}
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a^e for an integer e, refused when the result would exceed MAX_EXACT_BITS. */
export function powInt(a: Rational, e: bigint): Rational | null {
  if (e === 0n) return a.n === 0n ? null : ONE;
  if (a.n === 0n) return e > 0n ? ZERO : null;
  const abs = e < 0n ? -e : e;
  const bits = Math.max(bitLength(a.n), bitLength(a.d));
  if (bits > 1 && Number(abs) * (bits - 1) > MAX_EXACT_BITS) return null;
  if (bits <= 1 && abs > 1_000_000n) {
    // |base| is 1 (or 1/1): the result is ±1.
    const sign = a.n < 0n && abs % 2n === 1n ? -1n : 1n;
    return e > 0n ? rat(sign) : rat(sign);
  }
  // A power of a fraction in lowest terms is in lowest terms: no gcd needed.
  const p: Rational = { n: a.n ** abs, d: a.d ** abs };
  return e < 0n ? div(ONE, p) : guard(p);
}

/** Integer k-th root when exact (k >= 1), else null. */
export function intRoot(x: bigint, k: number): bigint | null {
  if (x < 0n) {
    if (k % 2 === 0) return null;
    const r = intRoot(-x, k);
    return r === null ? null : -r;
  }
  if (x < 2n) return x;
  const kb = BigInt(k);
  // Newton iteration from an overestimate.
  let r = 1n << BigInt(Math.ceil(bitLength(x) / k) + 1);
  for (;;) {
    const next = ((kb - 1n) * r + x / r ** (kb - 1n)) / kb;
    if (next >= r) break;
    r = next;
  }
  return r ** kb === x ? r : null;
}

/** The exact k-th root of a rational when numerator and denominator are perfect powers. */
export function rootExact(a: Rational, k: number): Rational | null {
  if (k < 1 || k > 64) return null;
  const n = intRoot(a.n, k);
  const d = intRoot(a.d, k);
  return n === null || d === null ? null : rat(n, d);
}

/** Parses "12", "-3.25", ".5", "1.5e-3" exactly; null for anything else. */
export function parseDecimal(text: string): Rational | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,6}))?$/.exec(text);
  if (!m) return null;
  const intPart = m[2] ?? "";
  const frac = m[3] ?? "";
  if (intPart === "" && frac === "") return null;
  let n = BigInt((intPart || "0") + frac);
  let d = 10n ** BigInt(frac.length);
  const exp = m[4] ? Number(m[4]) : 0;
  if (Math.abs(exp) > 5000) return null;
  if (exp > 0) n *= 10n ** BigInt(exp);
  else if (exp < 0) d *= 10n ** BigInt(-exp);
  if (m[1] === "-") n = -n;
  return rat(n, d);
}

export function toNumber(a: Rational): number {
  const v = Number(a.n) / Number(a.d);
  if (Number.isFinite(v)) return v;
  // Scale both down to keep the ratio when either part overflows a double.
  const shift = BigInt(Math.max(bitLength(a.n), bitLength(a.d)) - 1000);
  if (shift <= 0n) return v;
  return Number(a.n >> shift) / Number(a.d >> shift);
}

/** Rounds to `places` decimals, half away from zero, as an exact rational. */
export function roundTo(a: Rational, places: number): Rational {
  const scale = 10n ** BigInt(places);
  const scaled = a.n * scale;
  const q = scaled / a.d;
  const rem = scaled - q * a.d;
  const twice = 2n * (rem < 0n ? -rem : rem);
  let r = q;
  if (twice >= a.d) r += a.n < 0n ? -1n : 1n;
  return rat(r, scale) ?? ZERO;
}

export function ratToString(a: Rational): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
