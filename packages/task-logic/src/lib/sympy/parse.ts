/**
 * A reader for the Python expressions SymPy's `parse_expr` accepts with its standard
 * transformations, restricted to arithmetic: numbers (Python int and float literals), names,
 * + - * / **, parentheses and calls of the elementary functions. Operations are evaluated left
 * to right through ./expr.ts as Python would run them on SymPy objects, so the result is the
 * expression SymPy would build ("2*(x+1)*x" is x*(2*x + 2), "2*x*(x+1)" is 2*x*(x + 1)).
 * Nothing is executed; anything else (`^`, `!`, implicit products such as "2x", unknown
 * functions, SymPy objects that are not numbers or symbols) is a ParseError.
 */
import {
  E,
  type Expr,
  FUNCTIONS,
  type FunctionName,
  flt,
  fn,
  HALF,
  I,
  int,
  mul,
  NEG_ONE,
  PI,
  ProductBuilder,
  pow,
  SumBuilder,
  sym,
} from "./expr.js";

export class ParseError extends Error {}

const MAX_LENGTH = 5_000;
const MAX_DEPTH = 64;
/** Python refuses integer literals past 4300 digits. */
const MAX_INT_DIGITS = 4_300;

/**
 * Names SymPy's namespace gives to something other than a symbol (S, N, O, Q, oo, Sum, ...),
 * and Python keywords: a bare one is not a number SymPy can add, so the answer fails.
 */
const NOT_SYMBOLS = new Set(
  (
    "Abs Add And CC Chi Ci E1 EX Ei Eq FF FU GF Ge Gt ITE Id Idx LC LM LT Le Li Lt Max Min Mod " +
    "Mul N Ne Nor Not O Or Pow Q QQ RR Ray Rel Rem S Set Shi Si Sum Xor Ynm ZZ Znm arg ask cse " +
    "deg det div erf eye ff fft fps fu gcd gff hn1 hn2 im jn lcm lex li nan ntt oo per quo rad " +
    "re rem rf sqf use var yn zoo Integral Derivative Function Symbol Rational Integer Float " +
    "gamma beta zeta factorial binomial integrate diff simplify expand " +
    "and or not if else lambda in is None True False for while def return"
  ).split(" "),
);

const FUNCTION_NAMES: ReadonlySet<string> = new Set(FUNCTIONS);

type Token =
  | { type: "num"; text: string }
  | { type: "name"; text: string }
  | { type: "op"; text: string };

const NUMBER =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*|\d(?:_?\d)*)[jJ]?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /[ \t\n\r\f\v]+/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const at = (re: RegExp) => {
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  while (pos < text.length) {
    const space = at(SPACE);
    if (space) {
      pos += space.length;
      continue;
    }
    const number = at(NUMBER);
    if (number) {
      tokens.push({ type: "num", text: number });
      pos += number.length;
      continue;
    }
    const name = at(NAME);
    if (name) {
      tokens.push({ type: "name", text: name });
      pos += name.length;
      continue;
    }
    const op = text.startsWith("**", pos) ? "**" : (text[pos] as string);
    if (!"+-*/(),".includes(op) && op !== "**")
      throw new ParseError(`unexpected ${JSON.stringify(op)}`);
    pos += op.length;
    // SymPy re-joins the tokens of "x * * 2" into "x ** 2" (two "*" in a row are never valid Python).
    const last = tokens[tokens.length - 1];
    if (op === "*" && last?.type === "op" && last.text === "*") last.text = "**";
    else tokens.push({ type: "op", text: op });
  }
  return tokens;
}

/** SymPy's auto_number: an int literal becomes an Integer, a float literal a Float, 3j is 3*I. */
function numberValue(text: string, mul: Builder["mul"]): Expr {
  const imaginary = /[jJ]$/.test(text);
  const body = (imaginary ? text.slice(0, -1) : text).replaceAll("_", "");
  let value: Expr;
  if (/^0[xXoObB]/.test(body)) value = int(BigInt(body));
  else if (/[.eE]/.test(body)) value = flt(Number(body));
  else {
    if (body.length > 1 && body.startsWith("0") && /[1-9]/.test(body))
      throw new ParseError("leading zeros in an integer literal");
    if (body.length > MAX_INT_DIGITS) throw new ParseError("integer literal too long");
    value = int(BigInt(body));
  }
  return imaginary ? mul(value, I) : value;
}

export interface ParseOptions {
  /** Names read as plain symbols even where SymPy's namespace has them (parse_expr's local_dict). */
  symbols?: readonly string[];
  /**
   * false: build the tree as written, without SymPy's automatic evaluation (faster; the same
   * value, for callers that only evaluate it or expand it). Default true.
   */
  evaluate?: boolean;
}

/** Left-to-right sums and products, and powers and calls, with or without SymPy's evaluation. */
interface Builder {
  sum(): { plus(e: Expr): unknown; build(): Expr };
  product(): { times(e: Expr): unknown; build(): Expr };
  mul(a: Expr, b: Expr): Expr;
  pow(base: Expr, exp: Expr): Expr;
  fn(name: FunctionName, arg: Expr): Expr;
}

const EVALUATED: Builder = {
  sum: () => new SumBuilder(),
  product: () => new ProductBuilder(),
  mul,
  pow,
  fn,
};

/** The operands of a sum or product as written (nested ones spliced in). */
function collect(kind: "add" | "mul") {
  const args: Expr[] = [];
  const put = (e: Expr) => {
    if (e.kind === kind) args.push(...e.args);
    else args.push(e);
  };
  const build = (): Expr => (args.length === 1 ? (args[0] as Expr) : { kind, args });
  return { plus: put, times: put, build };
}
const AS_WRITTEN: Builder = {
  sum: () => collect("add"),
  product: () => collect("mul"),
  mul: (a, b) => ({ kind: "mul", args: [a, b] }),
  pow: (base, exp) => ({ kind: "pow", base, exp }),
  fn: (name, arg) => ({ kind: "fn", name, arg }),
};

/** The expression SymPy's parse_expr(text) would build; throws ParseError (or NotFinite, TooLarge). */
export function parseSympy(text: string, options: ParseOptions = {}): Expr {
  if (text.length > MAX_LENGTH) throw new ParseError("expression too long");
  const tokens = tokenize(text);
  const locals = new Set(options.symbols ?? []);
  const build = options.evaluate === false ? AS_WRITTEN : EVALUATED;
  const { mul, pow, fn } = build;
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp = (t: Token | undefined, op: string) => t?.type === "op" && t.text === op;
  const expect = (op: string) => {
    if (!isOp(tokens[pos], op)) throw new ParseError(`expected ${op}`);
    pos++;
  };
  const enter = () => {
    if (++depth > MAX_DEPTH) throw new ParseError("nested too deeply");
  };

  // sum := product (("+" | "-") product)*   — left to right: the order decides float zeros
  const sum = (): Expr => {
    const total = build.sum();
    total.plus(product());
    while (isOp(peek(), "+") || isOp(peek(), "-")) {
      const minus = (tokens[pos++] as Token).text === "-";
      const term = product();
      total.plus(minus ? mul(NEG_ONE, term) : term);
    }
    return total.build();
  };
  // product := unary (("*" | "/") unary)*   — left to right, as Python evaluates it
  const product = (): Expr => {
    const total = build.product();
    total.times(unary());
    while (isOp(peek(), "*") || isOp(peek(), "/")) {
      const divide = (tokens[pos++] as Token).text === "/";
      const right = unary();
      total.times(divide ? pow(right, NEG_ONE) : right);
    }
    return total.build();
  };
  // unary := ("+" | "-") unary | power
  const unary = (): Expr => {
    if (isOp(peek(), "-") || isOp(peek(), "+")) {
      const minus = (tokens[pos++] as Token).text === "-";
      enter();
      const operand = unary();
      depth--;
      return minus ? mul(NEG_ONE, operand) : operand;
    }
    return power();
  };
  // power := atom ("**" unary)?   — right-associative, binds tighter than a unary minus on its left
  const power = (): Expr => {
    const base = atom();
    if (!isOp(peek(), "**")) return base;
    pos++;
    enter();
    const exponent = unary();
    depth--;
    return pow(base, exponent);
  };
  const atom = (): Expr => {
    const token = tokens[pos++];
    if (token === undefined) throw new ParseError("unexpected end");
    if (token.type === "num") return numberValue(token.text, mul);
    if (token.type === "op") {
      if (token.text !== "(") throw new ParseError(`unexpected ${token.text}`);
      enter();
      const inner = sum();
      depth--;
      expect(")");
      return inner;
    }
    if (isOp(peek(), "(")) return call(token.text);
    return name(token.text);
  };
  const call = (callee: string): Expr => {
    pos++; // "("
    enter();
    const args = [sum()];
    while (isOp(peek(), ",")) {
      pos++;
      args.push(sum());
    }
    depth--;
    expect(")");
    const [first, second] = args as [Expr, Expr | undefined];
    if (args.length > 2 || (second !== undefined && callee !== "log"))
      throw new ParseError(`${callee} takes one argument`);
    if (locals.has(callee)) throw new ParseError(`${callee} is not a function`);
    if (callee === "sqrt") return pow(first, HALF);
    const name: FunctionName | null =
      callee === "ln" ? "log" : FUNCTION_NAMES.has(callee) ? (callee as FunctionName) : null;
    if (name === null) throw new ParseError(`unknown function ${callee}`);
    // log(x, b) is log(x)/log(b) in SymPy
    if (second !== undefined) return mul(fn("log", first), pow(fn("log", second), NEG_ONE));
    return fn(name, first);
  };
  const name = (text: string): Expr => {
    if (locals.has(text)) return sym(text);
    if (text === "E") return E;
    if (text === "pi") return PI;
    if (text === "I") return I;
    if (NOT_SYMBOLS.has(text) || FUNCTION_NAMES.has(text) || text === "ln" || text === "sqrt")
      throw new ParseError(`${text} is not a number or symbol`);
    return sym(text);
  };

  const result = sum();
  if (pos !== tokens.length) throw new ParseError("unexpected trailing input");
  return result;
}
