/**
 * The Python built-ins RE-ARC's generators use, with Python's semantics: negative indices,
 * floor division and modulo, banker's rounding, `in` by value, sorting tuples
 * lexicographically, emptiness as falsehood. Errors Python would raise (an index out of range, a
 * division by zero, `min` of nothing) throw here too, so a generator fails where RE-ARC's does.
 */
import { compare, eq, FrozenSet, PyDict, PySet } from "./frozenset.js";

export type Sized = { readonly length: number } | { readonly size: number };

/** Python's `len`. */
export function len(x: Sized): number {
  return "length" in x ? x.length : x.size;
}

/** Python's truth value: empty containers, 0, None and False are false. */
export function truthy(x: unknown): boolean {
  if (Array.isArray(x) || typeof x === "string") return x.length > 0;
  if (x instanceof FrozenSet || x instanceof PyDict) return x.size > 0;
  return Boolean(x);
}

/** Python's `range(stop)` / `range(start, stop[, step])` as an array. */
export function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new RangeError("range() arg 3 must not be zero");
  const out: number[] = [];
  for (let k = from; step > 0 ? k < to : k > to; k += step) out.push(k);
  return out;
}

/** `seq[i]` with Python's negative indices; out of range raises IndexError. */
export function at<T>(seq: readonly T[], index: number): T {
  const k = index < 0 ? seq.length + index : index;
  if (!Number.isInteger(k) || k < 0 || k >= seq.length)
    throw new RangeError(`IndexError: index ${index} out of range`);
  return seq[k] as T;
}

/** `seq[start:stop:step]` (JavaScript's `slice` already matches Python's for step 1). */
export function slice<T>(
  seq: readonly T[],
  start: number | null,
  stop: number | null,
  step: number,
): T[] {
  const n = seq.length;
  if (step === 0) throw new RangeError("slice step cannot be zero");
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const norm = (v: number) => (v < 0 ? v + n : v);
  const out: T[] = [];
  if (step > 0) {
    const from = start === null ? 0 : clamp(norm(start), 0, n);
    const to = stop === null ? n : clamp(norm(stop), 0, n);
    for (let k = from; k < to; k += step) out.push(seq[k] as T);
  } else {
    const from = start === null ? n - 1 : clamp(norm(start), -1, n - 1);
    const to = stop === null ? -1 : clamp(norm(stop), -1, n - 1);
    for (let k = from; k > to; k += step) out.push(seq[k] as T);
  }
  return out;
}

/** `seq[::-1]`. */
export function reversed<T>(seq: readonly T[]): T[] {
  return seq.slice().reverse();
}

/** Python's `a // b` on integers (rounds towards negative infinity). */
export function floordiv(a: number, b: number): number {
  if (b === 0) throw new RangeError("ZeroDivisionError: integer division by zero");
  return Math.floor(a / b);
}

/** Python's `a % b` (the result takes the divisor's sign). */
export function mod(a: number, b: number): number {
  if (b === 0) throw new RangeError("ZeroDivisionError: modulo by zero");
  return a - b * Math.floor(a / b);
}

/** Python's true division `a / b`. */
export function truediv(a: number, b: number): number {
  if (b === 0) throw new RangeError("ZeroDivisionError: division by zero");
  return a / b;
}

/** Python 3's `round(x)`: half to even. */
export function round(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Python's `int(x)` on a number: truncation towards zero. */
export function int(x: number): number {
  return Math.trunc(x);
}

/** Python's `x in container` (by value, as `==`). */
export function contains(
  container: Iterable<unknown> | PyDict<unknown, unknown>,
  x: unknown,
): boolean {
  if (container instanceof FrozenSet || container instanceof PyDict) return container.has(x);
  if (typeof container === "string") return typeof x === "string" && container.includes(x);
  for (const y of container) if (eq(x, y)) return true;
  return false;
}

/** `seq.count(x)`. */
export function count(seq: Iterable<unknown>, x: unknown): number {
  let n = 0;
  for (const y of seq) if (eq(x, y)) n++;
  return n;
}

/** `seq.index(x)`: raises ValueError when absent. */
export function indexOf(seq: readonly unknown[], x: unknown): number {
  for (let k = 0; k < seq.length; k++) if (eq(x, seq[k])) return k;
  throw new RangeError("ValueError: value is not in the sequence");
}

/** Python's `sorted` (stable, Python's ordering, optional key and reverse). */
export function sorted<T>(
  items: Iterable<T>,
  key?: ((x: T) => unknown) | null,
  reverse = false,
): T[] {
  const keyed = [...items].map((x) => ({ x, k: key ? key(x) : x }));
  // Python's reverse keeps equal items in their original order, as a stable descending sort.
  keyed.sort((a, b) => (reverse ? compare(b.k, a.k) : compare(a.k, b.k)));
  return keyed.map(({ x }) => x);
}

/** Python's `min(iterable, key=...)`: the first smallest item; an empty iterable raises. */
export function pymin<T>(items: Iterable<T>, key?: (x: T) => unknown): T {
  return extreme(items, key, -1);
}

/** Python's `max(iterable, key=...)`: the first largest item; an empty iterable raises. */
export function pymax<T>(items: Iterable<T>, key?: (x: T) => unknown): T {
  return extreme(items, key, 1);
}

function extreme<T>(items: Iterable<T>, key: ((x: T) => unknown) | undefined, sign: 1 | -1): T {
  let best: { x: T; k: unknown } | undefined;
  for (const x of items) {
    const k = key ? key(x) : x;
    if (best === undefined || sign * compare(k, best.k) > 0) best = { x, k };
  }
  if (best === undefined) throw new RangeError("ValueError: arg is an empty sequence");
  return best.x;
}

/** Python's `sum` of numbers (booleans count 1). */
export function sum(items: Iterable<number | boolean>): number {
  let total = 0;
  for (const x of items) total += Number(x);
  return total;
}

/** Python's `all`. */
export function all(items: Iterable<unknown>): boolean {
  for (const x of items) if (!truthy(x)) return false;
  return true;
}

/** Python's `zip` of two or three iterables (stops at the shortest). */
export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): (readonly [A, B])[];
export function zip<A, B, C>(
  a: Iterable<A>,
  b: Iterable<B>,
  c: Iterable<C>,
): (readonly [A, B, C])[];
export function zip(...seqs: Iterable<unknown>[]): (readonly unknown[])[] {
  const arrays = seqs.map((s) => [...s]);
  const n = Math.min(...arrays.map((a) => a.length));
  return Array.from({ length: n }, (_, k) => arrays.map((a) => a[k]));
}

/** Python's `enumerate`. */
export function enumerate<T>(items: Iterable<T>): (readonly [number, T])[] {
  return [...items].map((x, k) => [k, x] as const);
}

/** Tuple/list concatenation `a + b`. */
export function concat<T, U>(a: readonly T[], b: readonly U[]): (T | U)[] {
  return [...a, ...b];
}

/** Tuple/list repetition `seq * n`. */
export function repeatSeq<T>(seq: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(...seq);
  return out;
}

/** Tuple unpacking `a, b = seq`: raises unless seq has exactly `n` items. */
export function unpack<T>(seq: Iterable<T>, n: 2): [T, T];
export function unpack<T>(seq: Iterable<T>, n: 3): [T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 4): [T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 5): [T, T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 6): [T, T, T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 7): [T, T, T, T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 8): [T, T, T, T, T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: 9): [T, T, T, T, T, T, T, T, T];
export function unpack<T>(seq: Iterable<T>, n: number): T[] {
  const items = [...seq];
  if (items.length !== n)
    throw new RangeError(`ValueError: expected ${n} values to unpack, got ${items.length}`);
  return items;
}

/** Python's `frozenset(iterable)`; `frozenset()` is empty. */
export function frozenset<T = never>(items?: Iterable<T>): FrozenSet<T> {
  return new FrozenSet(items);
}

/** Python's `set(iterable)` / a set display `{a, b}`. */
export function set<T = never>(items?: Iterable<T>): PySet<T> {
  return new PySet(items);
}

/** `s.add(x)` on a variable typed as a frozenset: Python raises unless it holds a (mutable) set. */
export function setAdd<T>(s: FrozenSet<T>, value: T): void {
  if (!(s instanceof PySet))
    throw new TypeError("AttributeError: 'frozenset' object has no attribute 'add'");
  s.add(value);
}

/**
 * A variable Python may read before any assignment (or while still None, where the generator
 * then fails downstream): raises as Python would.
 */
export function bound<T>(value: T | undefined | null, name: string): T {
  if (value === undefined || value === null)
    throw new RangeError(
      `UnboundLocalError: local variable '${name}' referenced before assignment`,
    );
  return value;
}
