/**
 * Reasoning Gym's integration scorer (simple_integration, intermediate_integration): the answer
 * is right when its derivative equals the integrand, `simplify(diff(answer) - integrand) == 0`
 * in SymPy. Here: when both are (Laurent) polynomials the derivative is compared exactly,
 * coefficient by coefficient; otherwise the derivative (forward-mode, exact rules) and the
 * integrand are compared at fixed complex points, which decides identities of analytic
 * functions on SymPy's principal branches (so log(x**2) and 2*log(x) differ, as in SymPy).
 */
import type { Expr } from "./expr.js";
import {
  type Complex,
  csub,
  evaluateWithDerivative,
  isFiniteComplex,
  magnitude,
} from "./numeric.js";
import { difference, differentiate, toPolynomial } from "./polynomial.js";

/** Sample points: moduli 0.6-1.7, angles spread round the circle (both half-planes, off the axes). */
const POINTS: readonly Complex[] = [
  [0.83, 0.41],
  [1.37, 2.23],
  [0.61, 3.9],
  [1.12, 5.02],
  [1.7, 1.1],
  [0.95, 2.87],
  [1.49, 4.45],
  [0.72, 5.86],
].map(([r, theta]) => ({
  re: (r as number) * Math.cos(theta as number),
  im: (r as number) * Math.sin(theta as number),
}));

/** Values for the other symbols (constants such as C): fixed, generic complex numbers. */
function otherSymbol(name: string): Complex {
  let h = 7;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) % 997;
  return { re: 0.3 + h / 613, im: -0.4 + h / 1409 };
}

/** Points where the integrand has no finite value are skipped; at least this many must remain. */
const MIN_POINTS = 5;
const RELATIVE_TOLERANCE = 1e-9;

/** Whether d/d`variable` of `answer` equals `integrand` (see the module comment). */
export function isAntiderivative(answer: Expr, integrand: Expr, variable: string): boolean {
  const p = toPolynomial(answer);
  const q = toPolynomial(integrand);
  if (p !== null && q !== null) return difference(differentiate(p, variable), q).size === 0;
  let compared = 0;
  for (const point of POINTS) {
    const f = evaluateWithDerivative(integrand, variable, point, otherSymbol).v;
    if (!isFiniteComplex(f)) continue;
    const derivative = evaluateWithDerivative(answer, variable, point, otherSymbol).d;
    if (!isFiniteComplex(derivative)) return false;
    const scale = Math.max(1, magnitude(f), magnitude(derivative));
    if (magnitude(csub(derivative, f)) > RELATIVE_TOLERANCE * scale) return false;
    compared++;
  }
  return compared >= MIN_POINTS;
}
