/**
 * Complex evaluation of an expression and of its derivative in one pass (forward-mode
 * differentiation with dual numbers), on SymPy's principal branches: log, sqrt and powers via
 * the principal logarithm, asin/acos/atan by their logarithmic formulas.
 */
import { type Expr, type FunctionName, toNumber } from "./expr.js";

export interface Complex {
  re: number;
  im: number;
}
/** A value and its derivative with respect to the chosen variable. */
interface Dual {
  v: Complex;
  d: Complex;
}

const c = (re: number, im = 0): Complex => ({ re, im });
const cadd = (a: Complex, b: Complex) => c(a.re + b.re, a.im + b.im);
export const csub = (a: Complex, b: Complex) => c(a.re - b.re, a.im - b.im);
const cmul = (a: Complex, b: Complex) => c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
function cdiv(a: Complex, b: Complex): Complex {
  const den = b.re * b.re + b.im * b.im;
  return c((a.re * b.re + a.im * b.im) / den, (a.im * b.re - a.re * b.im) / den);
}
const cexp = (a: Complex) => {
  const m = Math.exp(a.re);
  return c(m * Math.cos(a.im), m * Math.sin(a.im));
};
const clog = (a: Complex) => c(Math.log(Math.hypot(a.re, a.im)), Math.atan2(a.im, a.re));
const csqrt = (a: Complex) => {
  const r = Math.hypot(a.re, a.im);
  const re = Math.sqrt((r + a.re) / 2);
  const im = Math.sqrt((r - a.re) / 2);
  return c(re, a.im < 0 || (a.im === 0 && Object.is(a.im, -0)) ? -im : im);
};
const csin = (a: Complex) => c(Math.sin(a.re) * Math.cosh(a.im), Math.cos(a.re) * Math.sinh(a.im));
const ccos = (a: Complex) => c(Math.cos(a.re) * Math.cosh(a.im), -Math.sin(a.re) * Math.sinh(a.im));
const I = c(0, 1);
const ONE = c(1);
const neg = (a: Complex) => c(-a.re, -a.im);
const sq = (a: Complex) => cmul(a, a);

/** z**w on the principal branch; integer powers by repeated squaring (exact at 0). */
function cpow(z: Complex, w: Complex): Complex {
  if (w.im === 0 && Number.isInteger(w.re) && Math.abs(w.re) <= 64) {
    let result = ONE;
    let base = z;
    for (let k = Math.abs(w.re); k > 0; k >>= 1) {
      if (k & 1) result = cmul(result, base);
      base = cmul(base, base);
    }
    return w.re < 0 ? cdiv(ONE, result) : result;
  }
  if (z.re === 0 && z.im === 0) return w.re > 0 ? c(0) : c(Number.NaN, Number.NaN);
  return cexp(cmul(w, clog(z)));
}

const casin = (z: Complex) => cmul(neg(I), clog(cadd(cmul(I, z), csqrt(csub(ONE, sq(z))))));
const catan = (z: Complex) =>
  cmul(c(0, 0.5), csub(clog(csub(ONE, cmul(I, z))), clog(cadd(ONE, cmul(I, z)))));
const csinh = (z: Complex) => cmul(neg(I), csin(cmul(I, z)));
const ccosh = (z: Complex) => ccos(cmul(I, z));
const cinv = (z: Complex) => cdiv(ONE, z);

/** Each function's value and derivative at u. */
const FUNCTION_RULES: Record<FunctionName, (u: Complex) => [Complex, Complex]> = {
  exp: (u) => [cexp(u), cexp(u)],
  log: (u) => [clog(u), cinv(u)],
  sin: (u) => [csin(u), ccos(u)],
  cos: (u) => [ccos(u), neg(csin(u))],
  tan: (u) => {
    const t = cdiv(csin(u), ccos(u));
    return [t, cadd(ONE, sq(t))];
  },
  cot: (u) => {
    const t = cdiv(ccos(u), csin(u));
    return [t, neg(cadd(ONE, sq(t)))];
  },
  sec: (u) => {
    const s = cinv(ccos(u));
    return [s, cmul(s, cdiv(csin(u), ccos(u)))];
  },
  csc: (u) => {
    const s = cinv(csin(u));
    return [s, neg(cmul(s, cdiv(ccos(u), csin(u))))];
  },
  asin: (u) => [casin(u), cinv(csqrt(csub(ONE, sq(u))))],
  acos: (u) => [csub(c(Math.PI / 2), casin(u)), neg(cinv(csqrt(csub(ONE, sq(u)))))],
  atan: (u) => [catan(u), cinv(cadd(ONE, sq(u)))],
  acot: (u) => [catan(cinv(u)), neg(cinv(cadd(ONE, sq(u))))],
  sinh: (u) => [csinh(u), ccosh(u)],
  cosh: (u) => [ccosh(u), csinh(u)],
  tanh: (u) => {
    const t = cdiv(csinh(u), ccosh(u));
    return [t, csub(ONE, sq(t))];
  },
  coth: (u) => {
    const t = cdiv(ccosh(u), csinh(u));
    return [t, csub(ONE, sq(t))];
  },
  asinh: (u) => [clog(cadd(u, csqrt(cadd(sq(u), ONE)))), cinv(csqrt(cadd(sq(u), ONE)))],
  acosh: (u) => {
    const root = cmul(csqrt(cadd(u, ONE)), csqrt(csub(u, ONE)));
    return [clog(cadd(u, root)), cinv(root)];
  },
  atanh: (u) => [
    cmul(c(0.5), csub(clog(cadd(ONE, u)), clog(csub(ONE, u)))),
    cinv(csub(ONE, sq(u))),
  ],
};

const constant = (v: Complex): Dual => ({ v, d: c(0) });
const isZero = (z: Complex) => z.re === 0 && z.im === 0;

/**
 * The value of `e` and its derivative with respect to `variable` at `point`; other symbols take
 * their value from `values` (their derivative is 0).
 */
export function evaluateWithDerivative(
  e: Expr,
  variable: string,
  point: Complex,
  values: (name: string) => Complex,
): Dual {
  switch (e.kind) {
    case "num":
    case "float":
      return constant(c(toNumber(e)));
    case "const":
      return constant(e.name === "E" ? c(Math.E) : e.name === "pi" ? c(Math.PI) : I);
    case "sym":
      return e.name === variable ? { v: point, d: ONE } : constant(values(e.name));
    case "add":
      return e.args
        .map((a) => evaluateWithDerivative(a, variable, point, values))
        .reduce((x, y) => ({ v: cadd(x.v, y.v), d: cadd(x.d, y.d) }));
    case "mul":
      return e.args
        .map((a) => evaluateWithDerivative(a, variable, point, values))
        .reduce((x, y) => ({ v: cmul(x.v, y.v), d: cadd(cmul(x.d, y.v), cmul(x.v, y.d)) }));
    case "pow": {
      const b = evaluateWithDerivative(e.base, variable, point, values);
      const x = evaluateWithDerivative(e.exp, variable, point, values);
      const v = cpow(b.v, x.v);
      // A constant part has derivative 0 even where its value overflows (2**10000 - 2**10000).
      if (isZero(b.d) && isZero(x.d)) return constant(v);
      // d(b^x) = x·b^(x-1)·b' + b^x·log(b)·x'  (each term only where its part varies)
      let d = isZero(b.d) ? c(0) : cmul(cmul(x.v, cpow(b.v, csub(x.v, ONE))), b.d);
      if (!isZero(x.d)) d = cadd(d, cmul(cmul(v, clog(b.v)), x.d));
      return { v, d };
    }
    case "fn": {
      const u = evaluateWithDerivative(e.arg, variable, point, values);
      const [v, dv] = FUNCTION_RULES[e.name](u.v);
      return { v, d: isZero(u.d) ? c(0) : cmul(dv, u.d) };
    }
  }
}

export const isFiniteComplex = (z: Complex) => Number.isFinite(z.re) && Number.isFinite(z.im);
export const magnitude = (z: Complex) => Math.hypot(z.re, z.im);
