/**
 * Number helpers shared by the arithmetic-style tasks: exact decimal comparison (Python's
 * `Decimal(a) == Decimal(b)` without floating point), Reasoning Gym's compute_decimal_reward,
 * Python-compatible float formatting, half-even rounding and integer number theory on bigint.
 * Everything here is linear in the length of its input.
 */

/** A decimal in canonical form: sign, significant digits without leading/trailing zeros, exponent. */
interface CanonicalDecimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Parses a decimal literal the way Python's `Decimal(str)` does for finite numbers: optional
 * surrounding whitespace, sign, digits with optional `_` separators between digits, fraction,
 * exponent. Returns null for anything else (including infinities and NaN, which never compare
 * equal to a finite oracle).
 */
function canonicalDecimal(text: string): CanonicalDecimal | null {
  const s = text.trim();
  let i = 0;
  let negative = false;
  if (s[i] === "+" || s[i] === "-") {
    negative = s[i] === "-";
    i++;
  }
  let intPart = "";
  let fracPart = "";
  let sawDigit = false;
  const readDigits = (): string | null => {
    let out = "";
    let lastWasDigit = false;
    while (i < s.length) {
      const code = s.charCodeAt(i);
      if (isDigit(code)) {
        out += s[i];
        lastWasDigit = true;
        sawDigit = true;
      } else if (s[i] === "_" && lastWasDigit && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) {
        lastWasDigit = false;
      } else break;
      i++;
    }
    return out;
  };
  intPart = readDigits() ?? "";
  if (s[i] === ".") {
    i++;
    fracPart = readDigits() ?? "";
  }
  if (!sawDigit) return null;
  let exponent = 0;
  if (s[i] === "e" || s[i] === "E") {
    i++;
    let expNegative = false;
    if (s[i] === "+" || s[i] === "-") {
      expNegative = s[i] === "-";
      i++;
    }
    const start = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    if (i === start || i - start > 9) return null;
    exponent = Number(s.slice(start, i)) * (expNegative ? -1 : 1);
  }
  if (i !== s.length) return null;
  let digits = intPart + fracPart;
  exponent -= fracPart.length;
  let lead = 0;
  while (lead < digits.length && digits[lead] === "0") lead++;
  digits = digits.slice(lead);
  let trail = digits.length;
  while (trail > 0 && digits[trail - 1] === "0") trail--;
  exponent += digits.length - trail;
  digits = digits.slice(0, trail);
  if (digits.length === 0) return { negative: false, digits: "", exponent: 0 };
  return { negative, digits, exponent };
}

/** Python's `Decimal(a) == Decimal(b)`; false when either side does not parse. */
export function decimalEquals(a: string, b: string): boolean {
  const x = canonicalDecimal(a);
  const y = canonicalDecimal(b);
  if (x === null || y === null) return false;
  return x.negative === y.negative && x.digits === y.digits && x.exponent === y.exponent;
}

/** Whether `text` is a decimal literal Python's Decimal accepts (finite). */
export function isDecimalLiteral(text: string): boolean {
  return canonicalDecimal(text) !== null;
}

/**
 * Reasoning Gym's utils.compute_decimal_reward: 1.0 when the answer equals the oracle as a
 * decimal (sign, leading zeros, trailing decimals and, optionally, commas tolerated), else
 * len(oracle)/len(answer) when the oracle occurs in the answer, else 0.
 */
export function computeDecimalReward(
  answer: string | null,
  oracle: string,
  stripCommas = true,
): number {
  if (answer === null || answer.length === 0) return 0;
  let given = answer;
  let expected = oracle;
  if (stripCommas) {
    given = given.replaceAll(",", "");
    expected = expected.replaceAll(",", "");
  }
  if (decimalEquals(given, expected)) return 1;
  if (expected.length > 0 && given.includes(expected)) return expected.length / given.length;
  return 0;
}

/** Python's `round`/numpy's `np.round`: round half to even at `decimals` places. */
export function roundHalfEven(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  let rounded: number;
  if (diff > 0.5) rounded = floor + 1;
  else if (diff < 0.5) rounded = floor;
  else rounded = floor % 2 === 0 ? floor : floor + 1;
  return rounded / scale;
}

/** Python's `repr(float)`: shortest round-trip digits, ".0" on integers, "-0.0", 1e-05 style exponents. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(value);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mantissa, exp] = value.toExponential().split("e") as [string, string];
    const expNumber = Number(exp);
    const sign = expNumber < 0 ? "-" : "+";
    const expDigits = String(Math.abs(expNumber)).padStart(2, "0");
    return `${mantissa}e${sign}${expDigits}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}

export function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function lcmBig(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const product = (a * b) / gcdBig(a, b);
  return product < 0n ? -product : product;
}

/** A uniform integer in [min, max] drawn from an Rng-like `int`, for bounds beyond 2^53 too. */
export function randomBigInt(
  rng: { int(min: number, max: number): number },
  min: bigint,
  max: bigint,
): bigint {
  const span = max - min;
  if (span <= BigInt(Number.MAX_SAFE_INTEGER)) return min + BigInt(rng.int(0, Number(span)));
  // Rejection sampling over 30-bit limbs.
  const bits = span.toString(2).length;
  for (;;) {
    let value = 0n;
    for (let have = 0; have < bits; have += 30)
      value = (value << 30n) | BigInt(rng.int(0, 2 ** 30 - 1));
    value &= (1n << BigInt(bits)) - 1n;
    if (value <= span) return min + value;
  }
}

/** Digits of `value` in `base` (2..36), lowercase letters above 9, as Python's format/bin/hex do. */
export function toBase(value: number, base: number): string {
  return value.toString(base);
}

const PY_FLOAT = /^[+-]?(?:\d+(?:_\d+)*)?(?:\.(?:\d+(?:_\d+)*)?)?(?:[eE][+-]?\d+(?:_\d+)*)?$/;
const PY_SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

/**
 * Python's `float(x)` for a string or number (bools count as 0/1); null where Python raises.
 * The pattern has no nested quantifier over the same characters, so it runs in linear time.
 */
export function pyFloat(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (PY_SPECIAL.test(s)) {
    const negative = s.startsWith("-");
    if (s.toLowerCase().includes("nan")) return Number.NaN;
    return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!PY_FLOAT.test(s) || !/\d/.test(s)) return null;
  return Number(s.replaceAll("_", ""));
}

/** Python's `str(list_of_str)`: `['a', 'b']` (the strings here never contain quotes). */
export function pyStrList(items: readonly string[]): string {
  return `[${items.map((item) => `'${item}'`).join(", ")}]`;
}

const PY_INT = /^[+-]?\d+(?:_\d+)*$/;

/** Python's limit on digits in int(str) (sys.int_info.default_max_str_digits, Python >= 3.11). */
const PY_MAX_STR_DIGITS = 4300;

/**
 * Python's `int(str)` (base 10, surrounding whitespace and `_` separators allowed); null where
 * it raises, including past Python's 4300-digit limit, which also keeps BigInt parsing (not
 * linear in V8) off huge hostile answers.
 */
export function pyInt(text: string): bigint | null {
  const s = text.trim();
  if (s.length > 2 * PY_MAX_STR_DIGITS + 2 || !PY_INT.test(s)) return null;
  const digits = s.replaceAll("_", "").replace(/^[+-]/, "");
  if (digits.length > PY_MAX_STR_DIGITS) return null;
  return BigInt(s.replaceAll("_", ""));
}

/**
 * A polynomial in one variable printed as sympy's `str()` prints its expansion:
 * `coefficients[k]` is the coefficient of variable**k; terms by descending degree
 * ("-3*x**3 + x - 7"), except sympy's special case of two terms, a positive constant and a
 * negated term, printed constant first ("3 - x**2"). The zero polynomial prints "0".
 */
export function sympyPolynomial(coefficients: readonly bigint[], variable: string): string {
  const terms: { degree: number; coefficient: bigint }[] = [];
  for (let degree = coefficients.length - 1; degree >= 0; degree--) {
    const coefficient = coefficients[degree] ?? 0n;
    if (coefficient !== 0n) terms.push({ degree, coefficient });
  }
  if (terms.length === 0) return "0";
  const last = terms[terms.length - 1];
  const first = terms[0];
  if (
    terms.length === 2 &&
    last &&
    first &&
    last.degree === 0 &&
    last.coefficient > 0n &&
    first.coefficient < 0n
  ) {
    terms.reverse();
  }
  const body = (degree: number, magnitude: bigint): string => {
    if (degree === 0) return String(magnitude);
    const power = degree === 1 ? variable : `${variable}**${degree}`;
    return magnitude === 1n ? power : `${magnitude}*${power}`;
  };
  let out = "";
  for (const [k, { degree, coefficient }] of terms.entries()) {
    const magnitude = coefficient < 0n ? -coefficient : coefficient;
    if (k === 0) out = `${coefficient < 0n ? "-" : ""}${body(degree, magnitude)}`;
    else out += `${coefficient < 0n ? " - " : " + "}${body(degree, magnitude)}`;
  }
  return out;
}
