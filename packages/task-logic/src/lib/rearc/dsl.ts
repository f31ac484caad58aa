/**
 * RE-ARC's domain-specific language (Michael Hodel, MIT licence; as vendored by Reasoning Gym in
 * reasoning_gym/arc/rearc_utils/dsl.py), written again in TypeScript with the same function
 * names and the same semantics, so the 400 generators read like RE-ARC's.
 *
 * Types: a Grid is a tuple of rows (readonly arrays); a point is an (i, j) tuple; a cell is a
 * (colour, (i, j)) tuple; an object is a FrozenSet of cells, indices a FrozenSet of points.
 * Functions that take a "patch" also take arrays of points or cells (RE-ARC's generators pass
 * Python lists), and, as in Python, a grid is told from a patch by being an array (tuple).
 * Differences, none of which RE-ARC's generators or verifiers rely on: `toindices`, `shift` and
 * `normalize` return a FrozenSet where RE-ARC passes an array of points (or an empty array)
 * through unchanged; an array of cells counts as a patch in height/width/square (a tuple of
 * cells would count as a grid in Python, a list as a patch); the corner functions raise on an
 * empty patch where Python returns `()`, and argmax/argmin raise on an empty container where
 * Python returns None; `switch` is `switch_` (a JavaScript keyword). Ties that Python breaks by
 * its set iteration order follow CPython's order for sets of integers and insertion order
 * otherwise (see ./frozenset.ts).
 */
import { cpythonIntSetOrder, eq, FrozenSet, keyOf, PySet } from "./frozenset.js";
import { contains, count, floordiv, pymax, pymin, sorted } from "./python.js";

export type Integer = number;
export type IntegerTuple = readonly [Integer, Integer];
export type Numerical = Integer | IntegerTuple;
export type IntegerSet = FrozenSet<Integer>;
export type Grid = readonly (readonly Integer[])[];
export type Cell = readonly [Integer, IntegerTuple];
/** RE-ARC's `Object`. */
export type ArcObject = FrozenSet<Cell>;
export type Objects = FrozenSet<ArcObject>;
export type Indices = FrozenSet<IntegerTuple>;
export type IndicesSet = FrozenSet<Indices>;
export type Patch = ArcObject | Indices;
/** A patch as generators pass it: a set, or a tuple/list of points or cells. */
export type PatchLike = Patch | readonly IntegerTuple[] | readonly Cell[];
export type Element = ArcObject | Grid;
export type Piece = Grid | Patch;
export type Container<T> = readonly T[] | FrozenSet<T>;

// constants

export const ZERO = 0;
export const ONE = 1;
export const TWO = 2;
export const THREE = 3;
export const FOUR = 4;
export const FIVE = 5;
export const SIX = 6;
export const SEVEN = 7;
export const EIGHT = 8;
export const NINE = 9;
export const TEN = 10;
export const F = false;
export const T = true;
export const NEG_ONE = -1;
export const ORIGIN: IntegerTuple = [0, 0];
export const UNITY: IntegerTuple = [1, 1];
export const DOWN: IntegerTuple = [1, 0];
export const RIGHT: IntegerTuple = [0, 1];
export const UP: IntegerTuple = [-1, 0];
export const LEFT: IntegerTuple = [0, -1];
export const NEG_TWO = -2;
export const NEG_UNITY: IntegerTuple = [-1, -1];
export const UP_RIGHT: IntegerTuple = [-1, 1];
export const DOWN_LEFT: IntegerTuple = [1, -1];
export const ZERO_BY_TWO: IntegerTuple = [0, 2];
export const TWO_BY_ZERO: IntegerTuple = [2, 0];
export const TWO_BY_TWO: IntegerTuple = [2, 2];
export const THREE_BY_THREE: IntegerTuple = [3, 3];

/** An integer for integers, a pair as soon as one operand is a pair (RE-ARC's Numerical rules). */
export type NumericalOf<N> = [N] extends [number] ? Integer : IntegerTuple;
/** What shifting or mirroring a patch gives: an object for cells, indices for points. */
export type PatchOf<P> =
  P extends Iterable<infer C> ? (C extends Cell ? ArcObject : Indices) : never;
/** A grid stays a grid (arrays are grids, as tuples are in Python); a patch as PatchOf. */
export type PieceOf<P> = P extends Grid ? Grid : PatchOf<P>;
/** A function from grids to grids (RE-ARC's rotations and mirrors). */
export type GridFunction = (grid: Grid) => Grid;

const isGrid = (x: unknown): x is Grid => Array.isArray(x);

/** Python's `type(container)(items)` for sets: a (mutable) set stays a set. */
function sameSetType<X, Y>(container: FrozenSet<X>, items: Iterable<Y>): FrozenSet<Y> {
  return container instanceof PySet ? new PySet(items) : new FrozenSet(items);
}
const isCell = (x: IntegerTuple | Cell): x is Cell => Array.isArray(x[1]);
const num = (x: Numerical | boolean): number => Number(x);

// arithmetic

export function identity<X>(x: X): X {
  return x;
}

/** Applies `op` to integers, pairs elementwise, or an integer and a pair. */
function numerical(a: Numerical, b: Numerical, op: (x: number, y: number) => number): Numerical {
  if (!Array.isArray(a) && !Array.isArray(b)) return op(num(a), num(b));
  if (Array.isArray(a) && Array.isArray(b)) return [op(a[0], b[0]), op(a[1], b[1])];
  if (!Array.isArray(a) && Array.isArray(b)) return [op(num(a), b[0]), op(num(a), b[1])];
  const [a0, a1] = a as IntegerTuple;
  return [op(a0, num(b)), op(a1, num(b))];
}

export function add<A extends Numerical, B extends Numerical>(a: A, b: B): NumericalOf<A | B> {
  return numerical(a, b, (x, y) => x + y) as NumericalOf<A | B>;
}

export function subtract<A extends Numerical, B extends Numerical>(a: A, b: B): NumericalOf<A | B> {
  return numerical(a, b, (x, y) => x - y) as NumericalOf<A | B>;
}

export function multiply<A extends Numerical, B extends Numerical>(a: A, b: B): NumericalOf<A | B> {
  return numerical(a, b, (x, y) => x * y) as NumericalOf<A | B>;
}

/** Floor division. */
export function divide<A extends Numerical, B extends Numerical>(a: A, b: B): NumericalOf<A | B> {
  return numerical(a, b, floordiv) as NumericalOf<A | B>;
}

export function invert<N extends Numerical>(n: N): NumericalOf<N> {
  return (Array.isArray(n) ? [-n[0], -n[1]] : -num(n)) as NumericalOf<N>;
}

export function even(n: Integer): boolean {
  return n % 2 === 0;
}

export function double<N extends Numerical>(n: N): NumericalOf<N> {
  return (Array.isArray(n) ? [n[0] * 2, n[1] * 2] : num(n) * 2) as NumericalOf<N>;
}

export function halve<N extends Numerical>(n: N): NumericalOf<N> {
  return (
    Array.isArray(n) ? [floordiv(n[0], 2), floordiv(n[1], 2)] : floordiv(num(n), 2)
  ) as NumericalOf<N>;
}

export function flip(b: boolean): boolean {
  return !b;
}

export function equality(a: unknown, b: unknown): boolean {
  return eq(a, b);
}

export function contained(value: unknown, container: Iterable<unknown>): boolean {
  return contains(container, value);
}

// containers

/** Union, keeping the container type of `a` (tuple concatenation or set union). */
export function combine<A, B>(a: FrozenSet<A>, b: Iterable<B>): FrozenSet<A | B>;
export function combine<A, B>(a: readonly A[], b: Iterable<B>): (A | B)[];
export function combine<A, B>(a: Container<A>, b: Iterable<B>): Container<A | B> {
  return a instanceof FrozenSet ? a.union(b) : [...a, ...b];
}

export function intersection<X>(a: FrozenSet<X>, b: Iterable<unknown>): FrozenSet<X> {
  return a.intersection(b);
}

/** Items of `a` not in `b`, keeping the container type of `a`. */
export function difference<X>(a: FrozenSet<X>, b: Iterable<unknown>): FrozenSet<X>;
export function difference<X>(a: readonly X[], b: Iterable<unknown>): X[];
export function difference<X>(a: Container<X>, b: Iterable<unknown>): Container<X> {
  if (a instanceof FrozenSet) return a.difference(b);
  return a.filter((e) => !contains(b, e));
}

export function dedupe<X>(iterable: readonly X[]): X[] {
  const seen = new Set<string | number>();
  return iterable.filter((e) => {
    const k = keyOf(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function order<X>(container: Iterable<X>, compfunc: (x: X) => unknown): X[] {
  return sorted(container, compfunc);
}

export function repeat<X>(item: X, num: Integer): X[] {
  return Array.from({ length: Math.max(0, num) }, () => item);
}

export function greater(a: Integer, b: Integer): boolean {
  return a > b;
}

export function size(container: { readonly length: number } | { readonly size: number }): Integer {
  return "length" in container ? container.length : container.size;
}

/** The items of an iterable type. */
export type ElementOf<C> = C extends Iterable<infer X> ? X : never;

/** Flattens a container of containers into the outer container's type. */
export function merge<C extends Iterable<unknown>>(
  containers: FrozenSet<C>,
): FrozenSet<ElementOf<C>>;
export function merge<C extends Iterable<unknown>>(containers: readonly C[]): ElementOf<C>[];
export function merge(containers: Container<Iterable<unknown>>): Container<unknown> {
  const items: unknown[] = [];
  for (const c of containers) for (const e of c) items.push(e);
  return containers instanceof FrozenSet ? sameSetType(containers, items) : items;
}

export function maximum(container: Iterable<Integer>): Integer {
  const items = [...container];
  return items.length === 0 ? 0 : pymax(items);
}

export function minimum(container: Iterable<Integer>): Integer {
  const items = [...container];
  return items.length === 0 ? 0 : pymin(items);
}

/** `compfunc` of the item maximising it; of 0 when the container is empty (RE-ARC's default). */
export function valmax<X>(container: Iterable<X>, compfunc: (x: X) => Integer): Integer {
  const items = [...container];
  return items.length === 0 ? compfunc(0 as X) : compfunc(pymax(items, compfunc));
}

export function valmin<X>(container: Iterable<X>, compfunc: (x: X) => Integer): Integer {
  const items = [...container];
  return items.length === 0 ? compfunc(0 as X) : compfunc(pymin(items, compfunc));
}

/** The first item with the largest key (RE-ARC returns None for an empty container; this raises). */
export function argmax<X>(container: Iterable<X>, compfunc: (x: X) => unknown): X {
  return pymax(container, compfunc);
}

export function argmin<X>(container: Iterable<X>, compfunc: (x: X) => unknown): X {
  return pymin(container, compfunc);
}

/** Python's iteration order of `set(items)`: CPython's for integers, first occurrence otherwise. */
function setOrder<X>(items: readonly X[]): X[] {
  const firsts = dedupe(items);
  if (firsts.every((x) => typeof x === "number" && Number.isInteger(x)))
    return cpythonIntSetOrder(firsts as number[]) as X[];
  return firsts;
}

/** `max(set(container), key=container.count)`. */
export function mostcommon<X>(container: readonly X[]): X {
  return pymax(setOrder(container), (x) => count(container, x));
}

export function leastcommon<X>(container: readonly X[]): X {
  return pymin(setOrder(container), (x) => count(container, x));
}

export function initset<X>(value: X): FrozenSet<X> {
  return new FrozenSet([value]);
}

export function both(a: boolean, b: boolean): boolean {
  return a && b;
}

export function either(a: boolean, b: boolean): boolean {
  return a || b;
}

export function increment<N extends Numerical>(x: N): NumericalOf<N> {
  return (Array.isArray(x) ? [x[0] + 1, x[1] + 1] : num(x) + 1) as NumericalOf<N>;
}

export function decrement<N extends Numerical>(x: N): NumericalOf<N> {
  return (Array.isArray(x) ? [x[0] - 1, x[1] - 1] : num(x) - 1) as NumericalOf<N>;
}

const crementOne = (x: number) => (x === 0 ? 0 : x > 0 ? x + 1 : x - 1);
/** Increments positives, decrements negatives. */
export function crement<N extends Numerical>(x: N): NumericalOf<N> {
  return (
    Array.isArray(x) ? [crementOne(x[0]), crementOne(x[1])] : crementOne(num(x))
  ) as NumericalOf<N>;
}

export function sign<N extends Numerical>(x: N): NumericalOf<N> {
  return (
    Array.isArray(x) ? [Math.sign(x[0]), Math.sign(x[1])] : Math.sign(num(x))
  ) as NumericalOf<N>;
}

export function positive(x: Integer): boolean {
  return x > 0;
}

export function toivec(i: Integer): IntegerTuple {
  return [i, 0];
}

export function tojvec(j: Integer): IntegerTuple {
  return [0, j];
}

/** Items satisfying `condition`, keeping the container type. */
export function sfilter<X>(container: PySet<X>, condition: (x: X) => boolean): PySet<X>;
export function sfilter<X>(container: FrozenSet<X>, condition: (x: X) => boolean): FrozenSet<X>;
export function sfilter<X>(container: readonly X[], condition: (x: X) => boolean): X[];
export function sfilter<X>(container: Container<X>, condition: (x: X) => boolean): Container<X> {
  if (container instanceof FrozenSet)
    return sameSetType(container, [...container].filter(condition));
  return container.filter(condition);
}

/** Filter, then merge. */
export function mfilter<C extends Iterable<unknown>>(
  container: FrozenSet<C>,
  condition: (x: C) => boolean,
): FrozenSet<ElementOf<C>>;
export function mfilter<C extends Iterable<unknown>>(
  container: readonly C[],
  condition: (x: C) => boolean,
): ElementOf<C>[];
export function mfilter<C extends Iterable<unknown>>(
  container: Container<C>,
  condition: (x: C) => boolean,
): Container<unknown> {
  return container instanceof FrozenSet
    ? merge(sfilter(container, condition))
    : merge(sfilter(container, condition));
}

/** The first item satisfying `condition` (raises when there is none). */
export function extract<X>(container: Iterable<X>, condition: (x: X) => boolean): X {
  for (const e of container) if (condition(e)) return e;
  throw new RangeError("StopIteration: no element satisfies the condition");
}

export function totuple<X>(container: Iterable<X>): X[] {
  return [...container];
}

export function first<X>(container: Iterable<X>): X {
  for (const e of container) return e;
  throw new RangeError("StopIteration: empty container");
}

export function last<X>(container: Iterable<X>): X {
  const items = [...container];
  if (items.length === 0) throw new RangeError("ValueError: empty container");
  return items[items.length - 1] as X;
}

export function insert<X>(value: X, container: FrozenSet<X>): FrozenSet<X> {
  return container.union([value]);
}

/** Items other than `value`, keeping the container type. */
export function remove<X>(value: unknown, container: PySet<X>): PySet<X>;
export function remove<X>(value: unknown, container: FrozenSet<X>): FrozenSet<X>;
export function remove<X>(value: unknown, container: readonly X[]): X[];
export function remove<X>(value: unknown, container: Container<X>): Container<X> {
  if (container instanceof FrozenSet)
    return sameSetType(
      container,
      [...container].filter((e) => !eq(e, value)),
    );
  return container.filter((e) => !eq(e, value));
}

/** The (first) item of the container that is not `value`. */
export function other<X>(container: Container<X>, value: unknown): X {
  return first(
    container instanceof FrozenSet ? remove(value, container) : remove(value, container),
  );
}

/** `tuple(range(start, stop, step))`. */
export function interval(start: Integer, stop: Integer, step: Integer): Integer[] {
  if (step === 0) throw new RangeError("range() arg 3 must not be zero");
  const out: number[] = [];
  for (let k = start; step > 0 ? k < stop : k > stop; k += step) out.push(k);
  return out;
}

export function astuple(a: Integer, b: Integer): IntegerTuple {
  return [a, b];
}

/** Cartesian product as a set of pairs. */
export function product<A, B>(a: Iterable<A>, b: Iterable<B>): FrozenSet<readonly [A, B]> {
  const out: (readonly [A, B])[] = [];
  const as = [...a];
  for (const j of b) for (const i of as) out.push([i, j]);
  return new FrozenSet(out);
}

/** Zips two tuples. */
export function pair<A, B>(a: readonly A[], b: readonly B[]): (readonly [A, B])[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, k) => [a[k] as A, b[k] as B] as const);
}

export function branch<A, B>(condition: boolean, ifValue: A, elseValue: B): A | B {
  return condition ? ifValue : elseValue;
}

// functions on functions

export function compose<A, B, C>(outer: (b: B) => C, inner: (a: A) => B): (a: A) => C {
  return (x) => outer(inner(x));
}

export function chain<A, B, C, D>(h: (c: C) => D, g: (b: B) => C, f: (a: A) => B): (a: A) => D {
  return (x) => h(g(f(x)));
}

export function matcher<A, B>(fn: (a: A) => B, target: B): (a: A) => boolean {
  return (x) => eq(fn(x), target);
}

type Fn = (...args: never[]) => unknown;

/** Fixes the last argument of a 2-, 3- or 4-argument function (RE-ARC reads the arity). */
export function rbind<A, B, R>(fn: (a: A, b: B) => R, fixed: B): (a: A) => R;
export function rbind<A, B, C, R>(fn: (a: A, b: B, c: C) => R, fixed: C): (a: A, b: B) => R;
export function rbind<A, B, C, D, R>(
  fn: (a: A, b: B, c: C, d: D) => R,
  fixed: D,
): (a: A, b: B, c: C) => R;
export function rbind(fn: Fn, fixed: unknown): Fn {
  const call = fn as (...args: unknown[]) => unknown;
  if (fn.length === 2) return (x: unknown) => call(x, fixed);
  if (fn.length === 3) return (x: unknown, y: unknown) => call(x, y, fixed);
  return (x: unknown, y: unknown, z: unknown) => call(x, y, z, fixed);
}

/** Fixes the first argument of a 2-, 3- or 4-argument function. */
export function lbind<A, B, R>(fn: (a: A, b: B) => R, fixed: A): (b: B) => R;
export function lbind<A, B, C, R>(fn: (a: A, b: B, c: C) => R, fixed: A): (b: B, c: C) => R;
export function lbind<A, B, C, D, R>(
  fn: (a: A, b: B, c: C, d: D) => R,
  fixed: A,
): (b: B, c: C, d: D) => R;
export function lbind(fn: Fn, fixed: unknown): Fn {
  const call = fn as (...args: unknown[]) => unknown;
  if (fn.length === 2) return (y: unknown) => call(fixed, y);
  if (fn.length === 3) return (y: unknown, z: unknown) => call(fixed, y, z);
  return (y: unknown, z: unknown, a: unknown) => call(fixed, y, z, a);
}

/** `fn` composed with itself `n` times. */
export function power<A>(fn: (a: A) => A, n: Integer): (a: A) => A {
  if (n === 1) return fn;
  return compose(fn, power(fn, n - 1));
}

export function fork<A, B, C, R>(
  outer: (b: B, c: C) => R,
  a: (x: A) => B,
  b: (x: A) => C,
): (x: A) => R {
  return (x) => outer(a(x), b(x));
}

/** Maps over a container, keeping its type. */
export function apply<X, Y>(fn: (x: X) => Y, container: FrozenSet<X>): FrozenSet<Y>;
export function apply<X, Y>(fn: (x: X) => Y, container: readonly X[]): Y[];
export function apply<X, Y>(fn: (x: X) => Y, container: Container<X>): Container<Y> {
  if (container instanceof FrozenSet)
    return sameSetType(
      container,
      [...container].map((e) => fn(e)),
    );
  return container.map((e) => fn(e));
}

export function rapply<X, Y>(functions: FrozenSet<(x: X) => Y>, value: X): FrozenSet<Y>;
export function rapply<X, Y>(functions: readonly ((x: X) => Y)[], value: X): Y[];
export function rapply<X, Y>(functions: Container<(x: X) => Y>, value: X): Container<Y> {
  if (functions instanceof FrozenSet)
    return sameSetType(
      functions,
      [...functions].map((f) => f(value)),
    );
  return functions.map((f) => f(value));
}

/**
 * Apply, then merge. For a set this is the union of the results: RE-ARC first collects them in a
 * set of sets, which only drops duplicates the union drops anyway.
 */
export function mapply<X, C extends Iterable<unknown>>(
  fn: (x: X) => C,
  container: FrozenSet<X>,
): FrozenSet<ElementOf<C>>;
export function mapply<X, C extends Iterable<unknown>>(
  fn: (x: X) => C,
  container: readonly X[],
): ElementOf<C>[];
export function mapply<X, C extends Iterable<unknown>>(
  fn: (x: X) => C,
  container: Container<X>,
): Container<unknown> {
  if (!(container instanceof FrozenSet)) return merge(apply(fn, container));
  const items: unknown[] = [];
  for (const x of container) for (const e of fn(x)) items.push(e);
  return sameSetType(container, items);
}

export function papply<A, B, R>(fn: (a: A, b: B) => R, a: readonly A[], b: readonly B[]): R[] {
  return pair(a, b).map(([x, y]) => fn(x, y));
}

export function mpapply<A, B, C extends Iterable<unknown>>(
  fn: (a: A, b: B) => C,
  a: readonly A[],
  b: readonly B[],
): ElementOf<C>[] {
  return merge(papply(fn, a, b));
}

export function prapply<A, B, R>(
  fn: (a: A, b: B) => R,
  a: Iterable<A>,
  b: Iterable<B>,
): FrozenSet<R> {
  const out: R[] = [];
  const as = [...a];
  for (const j of b) for (const i of as) out.push(fn(i, j));
  return new FrozenSet(out);
}

// colours

function elementValues(element: Element | readonly Cell[]): number[] {
  if (element instanceof FrozenSet) return [...element].map(([v]) => v);
  const values: number[] = [];
  for (const r of element) for (const v of r) values.push(v as number);
  return values;
}

/** Colour counts, keyed in first-occurrence order. */
function colourCounts(element: Element | readonly Cell[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of elementValues(element)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The most common colour; ties go to the first in Python's set order. */
export function mostcolor(element: Element | readonly Cell[]): Integer {
  const counts = colourCounts(element);
  return pymax(cpythonIntSetOrder(counts.keys()), (v) => counts.get(v));
}

export function leastcolor(element: Element | readonly Cell[]): Integer {
  const counts = colourCounts(element);
  return pymin(cpythonIntSetOrder(counts.keys()), (v) => counts.get(v));
}

// shapes

export function height(piece: Piece | PatchLike): Integer {
  if (size(piece) === 0) return 0;
  if (isGrid(piece) && !isPatchArray(piece)) return piece.length;
  return lowermost(piece as PatchLike) - uppermost(piece as PatchLike) + 1;
}

export function width(piece: Piece | PatchLike): Integer {
  if (size(piece) === 0) return 0;
  if (isGrid(piece) && !isPatchArray(piece)) return (piece[0] as readonly number[]).length;
  return rightmost(piece as PatchLike) - leftmost(piece as PatchLike) + 1;
}

/**
 * An array of cells is a patch (Python would read a tuple of cells as a grid and fail); an
 * array of points is read as a grid, as Python reads a tuple of points.
 */
function isPatchArray(piece: readonly unknown[]): boolean {
  const row = piece[0];
  return Array.isArray(row) && row.length === 2 && Array.isArray(row[1]);
}

export function shape(piece: Piece | PatchLike): IntegerTuple {
  return [height(piece), width(piece)];
}

export function portrait(piece: Piece | PatchLike): boolean {
  return height(piece) > width(piece);
}

export function colorcount(element: Element, value: Integer): Integer {
  if (element instanceof FrozenSet) return [...element].filter(([v]) => v === value).length;
  let n = 0;
  for (const r of element) for (const v of r) if (v === value) n++;
  return n;
}

/** Objects whose (first cell's) colour is `value`. */
export function colorfilter(objs: Iterable<ArcObject>, value: Integer): Objects {
  return new FrozenSet([...objs].filter((obj) => first(obj)[0] === value));
}

export function sizefilter<X extends { readonly size: number } | { readonly length: number }>(
  container: Iterable<X>,
  n: Integer,
): FrozenSet<X> {
  return new FrozenSet([...container].filter((item) => size(item) === n));
}

export function asindices(grid: Grid): Indices {
  const out: IntegerTuple[] = [];
  const w = gridWidth(grid);
  for (let i = 0; i < grid.length; i++) for (let j = 0; j < w; j++) out.push([i, j]);
  return new FrozenSet(out);
}

export function ofcolor(grid: Grid, value: Integer): Indices {
  const out: IntegerTuple[] = [];
  grid.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v === value) out.push([i, j]);
    });
  });
  return new FrozenSet(out);
}

/** `len(grid[0])`, raising on a grid without rows as Python does. */
function gridWidth(grid: Grid): number {
  const row = grid[0];
  if (row === undefined) throw new RangeError("IndexError: tuple index out of range");
  return row.length;
}

function indexList(patch: PatchLike): IntegerTuple[] {
  const out: IntegerTuple[] = [];
  for (const x of patch as Iterable<IntegerTuple | Cell>) out.push(isCell(x) ? x[1] : x);
  return out;
}

function cornerOf(patch: PatchLike, rowMax: boolean, colMax: boolean): IntegerTuple {
  const points = indexList(patch);
  if (points.length === 0) throw new RangeError("corner of an empty patch");
  let i = points[0]?.[0] as number;
  let j = points[0]?.[1] as number;
  for (const [a, b] of points) {
    i = rowMax ? Math.max(i, a) : Math.min(i, a);
    j = colMax ? Math.max(j, b) : Math.min(j, b);
  }
  return [i, j];
}

export function ulcorner(patch: PatchLike): IntegerTuple {
  return cornerOf(patch, false, false);
}

export function urcorner(patch: PatchLike): IntegerTuple {
  return cornerOf(patch, false, true);
}

export function llcorner(patch: PatchLike): IntegerTuple {
  return cornerOf(patch, true, false);
}

export function lrcorner(patch: PatchLike): IntegerTuple {
  return cornerOf(patch, true, true);
}

/** The subgrid of `dims` at `start` (Python slicing: clipped, negative starts wrap). */
export function crop(grid: Grid, start: IntegerTuple, dims: IntegerTuple): Grid {
  return grid.slice(start[0], start[0] + dims[0]).map((r) => r.slice(start[1], start[1] + dims[1]));
}

export function toindices(patch: PatchLike): Indices {
  if (patch instanceof FrozenSet) {
    if (patch.size === 0) return new FrozenSet();
    if (isCell(first(patch as Iterable<IntegerTuple | Cell>)))
      return new FrozenSet(indexList(patch));
    return patch as Indices;
  }
  return new FrozenSet(indexList(patch));
}

export function recolor(value: Integer, patch: PatchLike): ArcObject {
  return new FrozenSet(indexList(patch).map((index): Cell => [value, index]));
}

export function shift<P extends PatchLike>(patch: P, directions: IntegerTuple): PatchOf<P> {
  return shiftPatch(patch, directions) as PatchOf<P>;
}

function shiftPatch(patch: PatchLike, directions: IntegerTuple): Patch {
  const items = [...(patch as Iterable<IntegerTuple | Cell>)];
  if (items.length === 0) return patch instanceof FrozenSet ? patch : new FrozenSet<IntegerTuple>();
  const [di, dj] = directions;
  if (isCell(items[0] as IntegerTuple | Cell)) {
    return new FrozenSet((items as Cell[]).map(([v, [i, j]]): Cell => [v, [i + di, j + dj]]));
  }
  return new FrozenSet((items as IntegerTuple[]).map(([i, j]): IntegerTuple => [i + di, j + dj]));
}

/** Moves the upper-left corner to the origin. */
export function normalize<P extends PatchLike>(patch: P): PatchOf<P> {
  if (size(patch) === 0) return shift(patch, [0, 0]);
  return shift(patch, [-uppermost(patch), -leftmost(patch)]);
}

export function dneighbors(loc: IntegerTuple): Indices {
  const [i, j] = loc;
  return new FrozenSet<IntegerTuple>([
    [i - 1, j],
    [i + 1, j],
    [i, j - 1],
    [i, j + 1],
  ]);
}

export function ineighbors(loc: IntegerTuple): Indices {
  const [i, j] = loc;
  return new FrozenSet<IntegerTuple>([
    [i - 1, j - 1],
    [i - 1, j + 1],
    [i + 1, j - 1],
    [i + 1, j + 1],
  ]);
}

export function neighbors(loc: IntegerTuple): Indices {
  return dneighbors(loc).union(ineighbors(loc));
}

const DIRECT_STEPS: readonly IntegerTuple[] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
];
const ALL_STEPS: readonly IntegerTuple[] = [...DIRECT_STEPS, [-1, -1], [-1, 1], [1, -1], [1, 1]];

/**
 * Connected objects: cells of one colour (univalued) or of any non-background colour,
 * connected by edges (or also corners when diagonal); without_bg leaves out the most common
 * colour. Without without_bg and univalued, every cell joins one object (RE-ARC's rule).
 */
export function objects(
  grid: Grid,
  univalued: boolean,
  diagonal: boolean,
  withoutBg: boolean,
): Objects {
  const bg = withoutBg ? mostcolor(grid) : null;
  const h = grid.length;
  const w = gridWidth(grid);
  const value = (i: number, j: number) => (grid[i] as readonly number[])[j] as number;
  const occupied = new Uint8Array(h * w);
  const steps = diagonal ? ALL_STEPS : DIRECT_STEPS;
  const objs: ArcObject[] = [];
  for (let i0 = 0; i0 < h; i0++) {
    for (let j0 = 0; j0 < w; j0++) {
      const val = value(i0, j0);
      if (occupied[i0 * w + j0] || val === bg) continue;
      const belongs = (v: number) => (univalued ? v === val : v !== bg);
      const cells: Cell[] = [];
      const stack: IntegerTuple[] = [[i0, j0]];
      occupied[i0 * w + j0] = 1;
      while (stack.length > 0) {
        const [i, j] = stack.pop() as IntegerTuple;
        cells.push([value(i, j), [i, j]]);
        for (const [di, dj] of steps) {
          const a = i + di;
          const b = j + dj;
          if (a < 0 || a >= h || b < 0 || b >= w || occupied[a * w + b]) continue;
          if (!belongs(value(a, b))) continue;
          occupied[a * w + b] = 1;
          stack.push([a, b]);
        }
      }
      objs.push(new FrozenSet(cells));
    }
  }
  return new FrozenSet(objs);
}

function cellsOfColour(grid: Grid, value: number): ArcObject {
  const cells: Cell[] = [];
  grid.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v === value) cells.push([v, [i, j]]);
    });
  });
  return new FrozenSet(cells);
}

/** One object per colour. */
export function partition(grid: Grid): Objects {
  return new FrozenSet([...palette(grid)].map((value) => cellsOfColour(grid, value)));
}

/** One object per colour, background left out. */
export function fgpartition(grid: Grid): Objects {
  const bg = mostcolor(grid);
  return new FrozenSet(
    [...palette(grid)].filter((v) => v !== bg).map((value) => cellsOfColour(grid, value)),
  );
}

function extremeIndex(patch: PatchLike, axis: 0 | 1, largest: boolean): Integer {
  const points = indexList(patch);
  if (points.length === 0) throw new RangeError("ValueError: empty patch");
  const values = points.map((p) => p[axis]);
  return largest ? Math.max(...values) : Math.min(...values);
}

export function uppermost(patch: PatchLike): Integer {
  return extremeIndex(patch, 0, false);
}

export function lowermost(patch: PatchLike): Integer {
  return extremeIndex(patch, 0, true);
}

export function leftmost(patch: PatchLike): Integer {
  return extremeIndex(patch, 1, false);
}

export function rightmost(patch: PatchLike): Integer {
  return extremeIndex(patch, 1, true);
}

export function square(piece: Piece | PatchLike): boolean {
  if (isGrid(piece) && !isPatchArray(piece)) return piece.length === gridWidth(piece);
  return height(piece) * width(piece) === size(piece) && height(piece) === width(piece);
}

export function vline(patch: PatchLike): boolean {
  return height(patch) === size(patch) && width(patch) === 1;
}

export function hline(patch: PatchLike): boolean {
  return width(patch) === size(patch) && height(patch) === 1;
}

function sharesLine(a: PatchLike, b: PatchLike, axis: 0 | 1): boolean {
  const lines = new Set(indexList(a).map((p) => p[axis]));
  return indexList(b).some((p) => lines.has(p[axis]));
}

/** Some row holds cells of both patches. */
export function hmatching(a: PatchLike, b: PatchLike): boolean {
  return sharesLine(a, b, 0);
}

/** Some column holds cells of both patches. */
export function vmatching(a: PatchLike, b: PatchLike): boolean {
  return sharesLine(a, b, 1);
}

/** The closest Manhattan distance between two patches. */
export function manhattan(a: PatchLike, b: PatchLike): Integer {
  const pa = indexList(a);
  const pb = indexList(b);
  let best = Number.POSITIVE_INFINITY;
  for (const [ai, aj] of pa)
    for (const [bi, bj] of pb) best = Math.min(best, Math.abs(ai - bi) + Math.abs(aj - bj));
  if (best === Number.POSITIVE_INFINITY) throw new RangeError("ValueError: empty patch");
  return best;
}

export function adjacent(a: PatchLike, b: PatchLike): boolean {
  return manhattan(a, b) === 1;
}

export function bordering(patch: PatchLike, grid: Grid): boolean {
  return (
    uppermost(patch) === 0 ||
    leftmost(patch) === 0 ||
    lowermost(patch) === grid.length - 1 ||
    rightmost(patch) === gridWidth(grid) - 1
  );
}

/** Mean row and column, floored (divided by the patch's size). */
export function centerofmass(patch: PatchLike): IntegerTuple {
  const points = indexList(patch);
  const n = size(patch);
  const si = points.reduce((s, p) => s + p[0], 0);
  const sj = points.reduce((s, p) => s + p[1], 0);
  return [floordiv(si, n), floordiv(sj, n)];
}

export function palette(element: Element | readonly Cell[]): IntegerSet {
  return new FrozenSet(elementValues(element));
}

export function numcolors(element: Element): Integer {
  return palette(element).size;
}

export function color(obj: ArcObject | readonly Cell[]): Integer {
  return first(obj)[0];
}

export function toobject(patch: PatchLike, grid: Grid): ArcObject {
  const h = grid.length;
  const w = gridWidth(grid);
  const cells: Cell[] = [];
  for (const [i, j] of indexList(patch)) {
    if (i >= 0 && i < h && j >= 0 && j < w)
      cells.push([(grid[i] as readonly number[])[j] as number, [i, j]]);
  }
  return new FrozenSet(cells);
}

export function asobject(grid: Grid): ArcObject {
  const cells: Cell[] = [];
  grid.forEach((r, i) => {
    r.forEach((v, j) => {
      cells.push([v, [i, j]]);
    });
  });
  return new FrozenSet(cells);
}

// grids

/** Python's `zip(*grid)`: columns as rows, cut to the shortest row. */
function transpose(grid: Grid): Grid {
  if (grid.length === 0) return [];
  const w = Math.min(...grid.map((r) => r.length));
  return Array.from({ length: w }, (_, j) => grid.map((r) => r[j] as number));
}

/** Quarter turn clockwise. */
export function rot90(grid: Grid): Grid {
  return transpose(grid.slice().reverse());
}

export function rot180(grid: Grid): Grid {
  return grid
    .slice()
    .reverse()
    .map((r) => r.slice().reverse());
}

/** Quarter turn anticlockwise. */
export function rot270(grid: Grid): Grid {
  return transpose(grid.slice().reverse())
    .map((r) => r.slice().reverse())
    .reverse();
}

type Mirror = (i: number, j: number) => IntegerTuple;

function mirrorPatch(patch: Patch, map: Mirror): Patch {
  const items = [...(patch as Iterable<IntegerTuple | Cell>)];
  if (items.length > 0 && isCell(items[0] as IntegerTuple | Cell)) {
    return new FrozenSet((items as Cell[]).map(([v, [i, j]]): Cell => [v, map(i, j)]));
  }
  return new FrozenSet((items as IntegerTuple[]).map(([i, j]) => map(i, j)));
}

/** Mirroring along the horizontal (upside down). */
export function hmirror<P extends Piece>(piece: P): PieceOf<P>;
export function hmirror(piece: Piece): Piece {
  if (isGrid(piece)) return piece.slice().reverse();
  const d = ulcorner(piece)[0] + lrcorner(piece)[0];
  return mirrorPatch(piece, (i, j) => [d - i, j]);
}

/** Mirroring along the vertical (left to right). */
export function vmirror<P extends Piece>(piece: P): PieceOf<P>;
export function vmirror(piece: Piece): Piece {
  if (isGrid(piece)) return piece.map((r) => r.slice().reverse());
  const d = ulcorner(piece)[1] + lrcorner(piece)[1];
  return mirrorPatch(piece, (i, j) => [i, d - j]);
}

/** Mirroring along the main diagonal. */
export function dmirror<P extends Piece>(piece: P): PieceOf<P>;
export function dmirror(piece: Piece): Piece {
  if (isGrid(piece)) return transpose(piece);
  const [a, b] = ulcorner(piece);
  return mirrorPatch(piece, (i, j) => [j - b + a, i - a + b]);
}

/** Mirroring along the counterdiagonal. */
export function cmirror<P extends Piece>(piece: P): PieceOf<P>;
export function cmirror(piece: Piece): Piece {
  if (isGrid(piece))
    return transpose(
      piece
        .slice()
        .reverse()
        .map((r) => r.slice().reverse()),
    );
  return vmirror(dmirror(vmirror(piece)));
}

function mutableCopy(grid: Grid): number[][] {
  return grid.map((r) => r.slice());
}

/** Sets the cells of `patch` (inside the grid) to `value`. */
export function fill(grid: Grid, value: Integer, patch: PatchLike): Grid {
  const h = grid.length;
  const w = gridWidth(grid);
  const out = mutableCopy(grid);
  for (const [i, j] of indexList(patch)) {
    if (i >= 0 && i < h && j >= 0 && j < w) (out[i] as number[])[j] = value;
  }
  return out;
}

export function paint(grid: Grid, obj: ArcObject | readonly Cell[]): Grid {
  const h = grid.length;
  const w = gridWidth(grid);
  const out = mutableCopy(grid);
  for (const [value, [i, j]] of obj) {
    if (i >= 0 && i < h && j >= 0 && j < w) (out[i] as number[])[j] = value;
  }
  return out;
}

/** Fills only cells of the background (most common) colour. */
export function underfill(grid: Grid, value: Integer, patch: PatchLike): Grid {
  const h = grid.length;
  const w = gridWidth(grid);
  const bg = mostcolor(grid);
  const out = mutableCopy(grid);
  for (const [i, j] of indexList(patch)) {
    if (i >= 0 && i < h && j >= 0 && j < w && out[i]?.[j] === bg) (out[i] as number[])[j] = value;
  }
  return out;
}

export function underpaint(grid: Grid, obj: ArcObject | readonly Cell[]): Grid {
  const h = grid.length;
  const w = gridWidth(grid);
  const bg = mostcolor(grid);
  const out = mutableCopy(grid);
  for (const [value, [i, j]] of obj) {
    if (i >= 0 && i < h && j >= 0 && j < w && out[i]?.[j] === bg) (out[i] as number[])[j] = value;
  }
  return out;
}

export function hupscale(grid: Grid, factor: Integer): Grid {
  return grid.map((r) => r.flatMap((v) => Array.from({ length: Math.max(0, factor) }, () => v)));
}

export function vupscale(grid: Grid, factor: Integer): Grid {
  return grid.flatMap((r) => Array.from({ length: Math.max(0, factor) }, () => r));
}

export function upscale<E extends Element>(element: E, factor: Integer): PieceOf<E> {
  return upscaleElement(element, factor) as PieceOf<E>;
}

function upscaleElement(element: Element, factor: Integer): Element {
  if (isGrid(element)) return vupscale(hupscale(element, factor), factor);
  if (element.size === 0) return new FrozenSet<Cell>();
  const [di, dj] = ulcorner(element);
  const cells: Cell[] = [];
  for (const [value, [i, j]] of shift(element, [-di, -dj])) {
    for (let io = 0; io < factor; io++)
      for (let jo = 0; jo < factor; jo++) cells.push([value, [i * factor + io, j * factor + jo]]);
  }
  return shift(new FrozenSet(cells), [di, dj]);
}

/** Keeps every factor-th row and column. */
export function downscale(grid: Grid, factor: Integer): Grid {
  return grid.map((r) => r.filter((_, j) => j % factor === 0)).filter((_, i) => i % factor === 0);
}

export function hconcat(a: Grid, b: Grid): Grid {
  return pair(a, b).map(([i, j]) => [...i, ...j]);
}

export function vconcat(a: Grid, b: Grid): Grid {
  return [...a, ...b];
}

export function subgrid(patch: PatchLike, grid: Grid): Grid {
  return crop(grid, ulcorner(patch), shape(patch));
}

/** Splits into n grids side by side (skipping one column between them when w % n != 0). */
export function hsplit(grid: Grid, n: Integer): Grid[] {
  const h = grid.length;
  const w = floordiv(gridWidth(grid), n);
  const offset = gridWidth(grid) % n !== 0 ? 1 : 0;
  return Array.from({ length: n }, (_, i) => crop(grid, [0, w * i + i * offset], [h, w]));
}

export function vsplit(grid: Grid, n: Integer): Grid[] {
  const h = floordiv(grid.length, n);
  const w = gridWidth(grid);
  const offset = grid.length % n !== 0 ? 1 : 0;
  return Array.from({ length: n }, (_, i) => crop(grid, [h * i + i * offset, 0], [h, w]));
}

/** `a` where it agrees with `b`, `fallback` elsewhere. */
export function cellwise(a: Grid, b: Grid, fallback: Integer): Grid {
  const w = gridWidth(a);
  return a.map((r, i) =>
    Array.from({ length: w }, (_, j) => {
      const v = r[j] as number;
      const other = b[i]?.[j];
      if (other === undefined) throw new RangeError("IndexError: tuple index out of range");
      return v === other ? v : fallback;
    }),
  );
}

export function replace(grid: Grid, replacee: Integer, replacer: Integer): Grid {
  return grid.map((r) => r.map((v) => (v === replacee ? replacer : v)));
}

/** RE-ARC's `switch`: swaps two colours. */
export function switch_(grid: Grid, a: Integer, b: Integer): Grid {
  return grid.map((r) => r.map((v) => (v === a ? b : v === b ? a : v)));
}

export function center(patch: PatchLike): IntegerTuple {
  return [
    uppermost(patch) + floordiv(height(patch), 2),
    leftmost(patch) + floordiv(width(patch), 2),
  ];
}

/** The direction from a's centre to b's. */
export function position(a: PatchLike, b: PatchLike): IntegerTuple {
  const [ia, ja] = center(toindices(a));
  const [ib, jb] = center(toindices(b));
  if (ia === ib) return [0, ja < jb ? 1 : -1];
  if (ja === jb) return [ia < ib ? 1 : -1, 0];
  return [ia < ib ? 1 : -1, ja < jb ? 1 : -1];
}

/** The colour at `loc`, or null (Python's None) outside the grid. */
export function index(grid: Grid, loc: IntegerTuple): Integer | null {
  const [i, j] = loc;
  const h = grid.length;
  const w = gridWidth(grid);
  if (!(i >= 0 && i < h && j >= 0 && j < w)) return null;
  return (grid[i] as readonly number[])[j] as number;
}

export function canvas(value: Integer, dimensions: IntegerTuple): Grid {
  const [h, w] = dimensions;
  return Array.from({ length: Math.max(0, h) }, () =>
    Array.from({ length: Math.max(0, w) }, () => value),
  );
}

export function corners(patch: PatchLike): Indices {
  return new FrozenSet([ulcorner(patch), urcorner(patch), llcorner(patch), lrcorner(patch)]);
}

/** The straight (horizontal, vertical or diagonal) line between two points; else empty. */
export function connect(a: IntegerTuple, b: IntegerTuple): Indices {
  const [ai, aj] = a;
  const [bi, bj] = b;
  const si = Math.min(ai, bi);
  const ei = Math.max(ai, bi) + 1;
  const sj = Math.min(aj, bj);
  const ej = Math.max(aj, bj) + 1;
  const out: IntegerTuple[] = [];
  if (ai === bi) for (let j = sj; j < ej; j++) out.push([ai, j]);
  else if (aj === bj) for (let i = si; i < ei; i++) out.push([i, aj]);
  else if (bi - ai === bj - aj) for (let k = 0; k < ei - si; k++) out.push([si + k, sj + k]);
  else if (bi - ai === aj - bj) for (let k = 0; k < ei - si; k++) out.push([si + k, ej - 1 - k]);
  return new FrozenSet(out);
}

export function cover(grid: Grid, patch: PatchLike): Grid {
  return fill(grid, mostcolor(grid), toindices(patch));
}

export function trim(grid: Grid): Grid {
  return grid.slice(1, -1).map((r) => r.slice(1, -1));
}

export function move(grid: Grid, obj: ArcObject, offset: IntegerTuple): Grid {
  return paint(cover(grid, obj), shift(obj, offset));
}

export function tophalf(grid: Grid): Grid {
  return grid.slice(0, floordiv(grid.length, 2));
}

export function bottomhalf(grid: Grid): Grid {
  return grid.slice(floordiv(grid.length, 2) + (grid.length % 2));
}

export function lefthalf(grid: Grid): Grid {
  return rot270(tophalf(rot90(grid)));
}

export function righthalf(grid: Grid): Grid {
  return rot270(bottomhalf(rot90(grid)));
}

/** The column through `location`, rows 0 to 29. */
export function vfrontier(location: IntegerTuple): Indices {
  return new FrozenSet(Array.from({ length: 30 }, (_, i): IntegerTuple => [i, location[1]]));
}

/** The row through `location`, columns 0 to 29. */
export function hfrontier(location: IntegerTuple): Indices {
  return new FrozenSet(Array.from({ length: 30 }, (_, j): IntegerTuple => [location[0], j]));
}

/** Every index in the patch's bounding box. */
export function backdrop(patch: PatchLike): Indices {
  if (size(patch) === 0) return new FrozenSet();
  const [si, sj] = ulcorner(patch);
  const [ei, ej] = lrcorner(patch);
  const out: IntegerTuple[] = [];
  for (let i = si; i <= ei; i++) for (let j = sj; j <= ej; j++) out.push([i, j]);
  return new FrozenSet(out);
}

/** The bounding box minus the patch. */
export function delta(patch: PatchLike): Indices {
  if (size(patch) === 0) return new FrozenSet();
  return backdrop(patch).difference(toindices(patch));
}

/** The offset that moves `source` (in steps of one) until it is adjacent to `destination`. */
export function gravitate(source: PatchLike, destination: PatchLike): IntegerTuple {
  const [si, sj] = center(source);
  const [di, dj] = center(destination);
  let i = 0;
  let j = 0;
  if (vmatching(source, destination)) i = si < di ? 1 : -1;
  else j = sj < dj ? 1 : -1;
  let gi = i;
  let gj = j;
  let moved: PatchLike = source;
  for (let c = 0; c < 42 && !adjacent(moved, destination); c++) {
    gi += i;
    gj += j;
    moved = shift(moved, [i, j]);
  }
  return [gi - i, gj - j];
}

/** The outline of the box from (ai, aj) to (bi, bj) (either order). */
function boxOutline(ai: number, aj: number, bi: number, bj: number): Indices {
  const si = Math.min(ai, bi);
  const sj = Math.min(aj, bj);
  const ei = Math.max(ai, bi);
  const ej = Math.max(aj, bj);
  const out: IntegerTuple[] = [];
  for (let i = si; i <= ei; i++) out.push([i, sj], [i, ej]);
  for (let j = sj; j <= ej; j++) out.push([si, j], [ei, j]);
  return new FrozenSet(out);
}

/** The outline one cell inside the bounding box. */
export function inbox(patch: PatchLike): Indices {
  return boxOutline(
    uppermost(patch) + 1,
    leftmost(patch) + 1,
    lowermost(patch) - 1,
    rightmost(patch) - 1,
  );
}

/** The outline one cell outside the bounding box. */
export function outbox(patch: PatchLike): Indices {
  return boxOutline(
    uppermost(patch) - 1,
    leftmost(patch) - 1,
    lowermost(patch) + 1,
    rightmost(patch) + 1,
  );
}

/** The outline of the bounding box. */
export function box(patch: PatchLike): Indices {
  if (size(patch) === 0) return new FrozenSet();
  const [ai, aj] = ulcorner(patch);
  const [bi, bj] = lrcorner(patch);
  return boxOutline(ai, aj, bi, bj);
}

/** The ray of 43 cells from `start` in `direction`. */
export function shoot(start: IntegerTuple, direction: IntegerTuple): Indices {
  return connect(start, [start[0] + 42 * direction[0], start[1] + 42 * direction[1]]);
}

/** Upper-left positions at which the (normalised) object occurs in the grid. */
export function occurrences(grid: Grid, obj: ArcObject): Indices {
  const normed = [...normalize(obj)];
  const h = grid.length;
  const w = gridWidth(grid);
  const out: IntegerTuple[] = [];
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const occurs = normed.every(([v, [a, b]]) => {
        const r = grid[a + i];
        return r !== undefined && b + j >= 0 && b + j < w && r[b + j] === v;
      });
      if (occurs) out.push([i, j]);
    }
  }
  return new FrozenSet(out);
}

const isUniform = (line: readonly number[]) => line.every((v) => v === line[0]);

/** The single-coloured full rows and columns, as objects. */
export function frontiers(grid: Grid): Objects {
  const w = gridWidth(grid);
  const rows = grid.flatMap((r, i) => (isUniform(r) ? [i] : []));
  const columns = transpose(grid).flatMap((c, j) => (isUniform(c) ? [j] : []));
  const lines: ArcObject[] = [
    ...rows.map(
      (i) =>
        new FrozenSet(Array.from({ length: w }, (_, j): Cell => [grid[i]?.[j] as number, [i, j]])),
    ),
    ...columns.map((j) => new FrozenSet(grid.map((r, i): Cell => [r[j] as number, [i, j]]))),
  ];
  return new FrozenSet(lines);
}

/** Removes the single-coloured full rows and columns. */
export function compress(grid: Grid): Grid {
  const rows = new Set(grid.flatMap((r, i) => (isUniform(r) ? [i] : [])));
  const columns = new Set(transpose(grid).flatMap((c, j) => (isUniform(c) ? [j] : [])));
  return grid.filter((_, i) => !rows.has(i)).map((r) => r.filter((_, j) => !columns.has(j)));
}

/** The smallest shift p along `axis` under which the object's overlap with itself agrees. */
function period(obj: ArcObject, axis: 0 | 1): Integer {
  const normalized = normalize(obj);
  const extent = axis === 0 ? height(normalized) : width(normalized);
  for (let p = 1; p < extent; p++) {
    const offset: IntegerTuple = axis === 0 ? [-p, 0] : [0, -p];
    const pruned = [...shift(normalized, offset)].filter(([, loc]) => loc[axis] >= 0);
    if (pruned.every((cell) => normalized.has(cell))) return p;
  }
  return extent;
}

export function hperiod(obj: ArcObject): Integer {
  return period(obj, 1);
}

export function vperiod(obj: ArcObject): Integer {
  return period(obj, 0);
}
