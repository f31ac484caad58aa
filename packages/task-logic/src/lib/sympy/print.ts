/** SymPy's StrPrinter (`str(expr)`) for the expressions of ./expr.ts. */

import { pyFloatRepr } from "../numbers.js";
import {
  asCoeffMul,
  couldExtractMinusSign,
  type Expr,
  isRat,
  isRatValue,
  mul,
  type Num,
  negNum,
  orderedFactors,
  orderedTerms,
  rat,
  signNum,
} from "./expr.js";

const PRECEDENCE = { Add: 40, Mul: 50, Pow: 60, Func: 70, Atom: 1000 } as const;

/** SymPy's printing precedence. */
function precedence(e: Expr): number {
  switch (e.kind) {
    case "num":
      if (e.n < 0n) return PRECEDENCE.Add;
      return e.d === 1n ? PRECEDENCE.Atom : PRECEDENCE.Mul;
    case "float":
      return e.value < 0 ? PRECEDENCE.Add : PRECEDENCE.Atom;
    case "sym":
    case "const":
      return PRECEDENCE.Atom;
    case "add":
      return PRECEDENCE.Add;
    case "mul":
      return couldExtractMinusSign(e) ? PRECEDENCE.Add : PRECEDENCE.Mul;
    case "pow":
      return PRECEDENCE.Pow;
    case "fn":
      return PRECEDENCE.Func;
  }
}

const parenthesize = (e: Expr, level: number) => (precedence(e) <= level ? `(${str(e)})` : str(e));

/** `str(expr)` as SymPy prints it. */
export function str(e: Expr): string {
  switch (e.kind) {
    case "num":
      return e.d === 1n ? `${e.n}` : `${e.n}/${e.d}`;
    case "float":
      return pyFloatRepr(e.value);
    case "sym":
    case "const":
      return e.name;
    case "add":
      return printAdd(e);
    case "mul":
      return printMul(e);
    case "pow":
      return printPow(e.base, e.exp);
    case "fn":
      return `${e.name}(${str(e.arg)})`;
  }
}

function printAdd(e: Expr & { kind: "add" }): string {
  const parts: string[] = [];
  for (const term of orderedTerms(e)) {
    let text = str(term);
    let sign = "+";
    if (text.startsWith("-")) {
      sign = "-";
      text = text.slice(1);
    }
    parts.push(sign, precedence(term) < PRECEDENCE.Add ? `(${text})` : text);
  }
  const first = parts.shift();
  return (first === "-" ? "-" : "") + parts.join(" ");
}

/** A negative exponent's factor for the denominator: x**(-2) as x**2, x**(-y) as x**y. */
function flipped(base: Expr, exp: Expr): Expr {
  const [c, rest] = asCoeffMul(exp);
  const positive = isRatValue(c, -1n) ? rest : mul(negNum(c), rest);
  return isRatValue(positive, 1n) ? base : { kind: "pow", base, exp: positive };
}

function printMul(e: Expr & { kind: "mul" }): string {
  const level = precedence(e);
  const [c, rest] = asCoeffMul(e);
  let sign = "";
  let factors: Expr[];
  if (signNum(c) < 0) {
    sign = "-";
    const positive = negNum(c);
    factors = isRatValue(positive, 1n)
      ? orderedFactors(rest)
      : orderedFactors(withFirst(positive, rest));
  } else factors = orderedFactors(e);
  const numerator: Expr[] = [];
  const denominator: Expr[] = [];
  for (const item of factors) {
    // SymPy also re-parenthesises x**-1 over a product or power base; evaluation never leaves one.
    if (item.kind === "pow" && signNum(asCoeffMul(item.exp)[0]) < 0)
      denominator.push(flipped(item.base, item.exp));
    else if (isRat(item)) {
      if (item.n !== 1n) numerator.push(rat(item.n));
      if (item.d !== 1n) denominator.push(rat(item.d));
    } else numerator.push(item);
  }
  if (numerator.length === 0) numerator.push(rat(1n));
  const top = numerator.map((f) => parenthesize(f, level)).join("*");
  const bottom = denominator.map((f) => parenthesize(f, level));
  if (bottom.length === 0) return sign + top;
  if (bottom.length === 1) return `${sign + top}/${bottom[0]}`;
  return `${sign + top}/(${bottom.join("*")})`;
}

/** _keep_coeff(coeff, rest) without evaluation: the product with `coeff` put first. */
function withFirst(coeff: Num, rest: Expr): Expr {
  return { kind: "mul", args: [coeff, ...(rest.kind === "mul" ? rest.args : [rest])] };
}

function printPow(base: Expr, exp: Expr): string {
  if (isRatValue(exp, 1n, 2n)) return `sqrt(${str(base)})`;
  if (isRatValue(exp, -1n, 2n)) return `1/sqrt(${str(base)})`;
  if (isRatValue(exp, -1n)) return `1/${parenthesize(base, PRECEDENCE.Pow)}`;
  return `${parenthesize(base, PRECEDENCE.Pow)}**${parenthesize(exp, PRECEDENCE.Pow)}`;
}
