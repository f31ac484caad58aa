/**
 * Python's value semantics for RE-ARC: tuples are (readonly) arrays, frozensets are `FrozenSet`s
 * that hold values by structure (two tuples with the same items are the same element), and `eq`
 * is Python's `==`. Element keys are numbers where a value packs into one (integers, the (i, j)
 * points and (colour, (i, j)) cells that make up almost every RE-ARC set), else strings.
 *
 * Iteration order: a set of integers iterates in CPython's order (its hash table: small
 * non-negative integers mostly ascending), because RE-ARC's DSL breaks ties by that order (the
 * background colour of a grid with two equally common colours, `first(palette(g))`). Other sets
 * iterate in insertion order: CPython's order for tuples hangs on hash values we do not emulate.
 */

export type Key = number | string;

/** Point keys: 2^40 + (i + 2^15)·2^16 + (j + 2^15); cell keys: 2^42 + (v + 128)·2^32 + point part. */
const POINT_BASE = 2 ** 40;
const CELL_BASE = 2 ** 42;
const COORD_OFFSET = 2 ** 15;
const COLOUR_OFFSET = 128;
const INT_KEY_LIMIT = 2 ** 39;

const isSmallInt = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && Math.abs(v) < INT_KEY_LIMIT;
const isCoord = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= -COORD_OFFSET && v < COORD_OFFSET;

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

/** The key that identifies a value in a set or dict: equal values (Python `==`) share a key. */
export function keyOf(value: unknown): Key {
  if (typeof value === "number") return isSmallInt(value) ? value : `n${value}`;
  if (typeof value === "boolean") return value ? 1 : 0; // Python: True == 1
  if (value === null || value === undefined) return "None";
  if (typeof value === "string") return `s${value}`;
  if (Array.isArray(value)) return tupleKey(value);
  if (value instanceof FrozenSet) return `{${value.canonicalKey()}}`;
  if (typeof value === "function") {
    let id = functionIds.get(value);
    if (id === undefined) {
      id = nextFunctionId++;
      functionIds.set(value, id);
    }
    return `f${id}`;
  }
  throw new TypeError(`unhashable value: ${String(value)}`);
}

function tupleKey(value: readonly unknown[]): Key {
  if (value.length === 2) {
    const [a, b] = value;
    if (isCoord(a) && isCoord(b)) return POINT_BASE + (a + COORD_OFFSET) * 65536 + b + COORD_OFFSET;
    if (typeof a === "number" && Number.isInteger(a) && a >= -COLOUR_OFFSET && a < COLOUR_OFFSET) {
      if (Array.isArray(b) && b.length === 2 && isCoord(b[0]) && isCoord(b[1])) {
        const point = (b[0] + COORD_OFFSET) * 65536 + b[1] + COORD_OFFSET;
        return CELL_BASE + (a + COLOUR_OFFSET) * 2 ** 32 + point;
      }
    }
  }
  return `(${value.map(keyOf).join(",")})`;
}

/** Python's `==`: numbers by value, tuples item by item, sets by membership. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" || typeof a === "boolean")
    return (typeof b === "number" || typeof b === "boolean") && Number(a) === Number(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!eq(a[k], b[k])) return false;
    return true;
  }
  if (a instanceof FrozenSet) {
    if (!(b instanceof FrozenSet) || a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  if (a instanceof PyDict) return b instanceof PyDict && a.equals(b);
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return false;
}

/** Python's ordering (`<`) for sorting: numbers, then tuples lexicographically, strings. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" || typeof a === "boolean") {
    if (typeof b !== "number" && typeof b !== "boolean") throw new TypeError("'<' between types");
    return Number(a) - Number(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let k = 0; k < n; k++) {
      if (!eq(a[k], b[k])) return compare(a[k], b[k]);
    }
    return a.length - b.length;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  throw new TypeError("'<' not supported between these values");
}

/**
 * The slot order CPython's set gives integers added in this order (setobject.c: a table of 8
 * slots, linear probes of 9, perturbed probing, resized to 4 × used when 3/5 full). An integer
 * hashes to itself, except -1, which hashes to -2.
 */
export function cpythonIntSetOrder(values: Iterable<number>): number[] {
  let table: (number | undefined)[] = new Array(8);
  let used = 0;
  const hashOf = (v: number) => (v === -1 ? -2 : v);
  const insertClean = (t: (number | undefined)[], v: number) => {
    const mask = t.length - 1;
    const hash = hashOf(v);
    let i = hash & mask;
    let perturb = BigInt.asUintN(64, BigInt(hash));
    for (;;) {
      if (t[i] === undefined) {
        t[i] = v;
        return;
      }
      if (i + 9 <= mask) {
        for (let probe = 1; probe <= 9; probe++) {
          if (t[i + probe] === undefined) {
            t[i + probe] = v;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  };
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    insertClean(table, v);
    used++;
    if (used * 5 >= (table.length - 1) * 3) {
      let size = 8;
      while (size <= used * 4) size *= 2;
      const bigger: (number | undefined)[] = new Array(size);
      for (const x of table) if (x !== undefined) insertClean(bigger, x);
      table = bigger;
    }
  }
  return table.filter((x): x is number => x !== undefined);
}

/** Membership by key in `values` (a set's own keys, or the keys of any iterable). */
function keyTest(values: Iterable<unknown>): (key: Key) => boolean {
  if (values instanceof FrozenSet) return (key) => values.hasKey(key);
  const keys = new Set<Key>();
  for (const v of values) keys.add(keyOf(v));
  return (key) => keys.has(key);
}

/** Python's frozenset: an immutable set of values compared by structure. */
export class FrozenSet<T> implements Iterable<T> {
  protected items: Map<Key, T>;
  #canonical: string | undefined;
  #order: T[] | undefined;

  constructor(values?: Iterable<T>) {
    this.items = new Map();
    if (values instanceof FrozenSet) this.items = new Map(values.items);
    else if (values) for (const v of values) this.items.set(keyOf(v), v);
  }

  get size(): number {
    return this.items.size;
  }

  hasKey(key: Key): boolean {
    return this.items.has(key);
  }

  has(value: unknown): boolean {
    return this.items.has(keyOf(value));
  }

  [Symbol.iterator](): Iterator<T> {
    return this.ordered()[Symbol.iterator]();
  }

  /** The elements in Python's iteration order for integer sets, insertion order otherwise. */
  protected ordered(): T[] {
    if (this.#order) return this.#order;
    const values = [...this.items.values()];
    const allInts =
      values.length > 1 && values.every((v) => typeof v === "number" && isSmallInt(v));
    this.#order = allInts ? (cpythonIntSetOrder(values as number[]) as T[]) : values;
    return this.#order;
  }

  protected invalidate(): void {
    this.#order = undefined;
    this.#canonical = undefined;
  }

  /** Sorted element keys: equal sets have equal canonical keys. */
  canonicalKey(): string {
    if (this.#canonical === undefined) {
      const keys = [...this.items.keys()];
      const numbers = keys.filter((k): k is number => typeof k === "number").sort((a, b) => a - b);
      const strings = keys.filter((k): k is string => typeof k === "string").sort();
      this.#canonical = [...numbers, ...strings].join(",");
    }
    return this.#canonical;
  }

  /**
   * A set of the same kind holding `items` (Python: `set | frozenset` is a set, `frozenset | set`
   * a frozenset).
   */
  protected like<U>(items: Map<Key, U>): FrozenSet<U> {
    const out = new FrozenSet<U>();
    out.items = items;
    return out;
  }

  /** Python's `a | b`. */
  union<U>(other: Iterable<U>): FrozenSet<T | U> {
    const items = new Map<Key, T | U>(this.items);
    if (other instanceof FrozenSet) for (const [k, v] of other.items) items.set(k, v as U);
    else for (const v of other) items.set(keyOf(v), v);
    return this.like(items);
  }

  /** Python's `a & b`. */
  intersection(other: Iterable<unknown>): FrozenSet<T> {
    return this.like(this.#filtered(keyTest(other), true));
  }

  /** Python's `a - b`. */
  difference(other: Iterable<unknown>): FrozenSet<T> {
    return this.like(this.#filtered(keyTest(other), false));
  }

  #filtered(test: (key: Key) => boolean, keep: boolean): Map<Key, T> {
    const items = new Map<Key, T>();
    for (const [k, v] of this.items) if (test(k) === keep) items.set(k, v);
    return items;
  }

  /** Python's `a.issubset(b)` / `a <= b`. */
  issubset(other: Iterable<unknown>): boolean {
    const test = keyTest(other);
    for (const k of this.items.keys()) if (!test(k)) return false;
    return true;
  }
}

/** Python's (mutable) set: `add`, `discard` and `update` in place. */
export class PySet<T> extends FrozenSet<T> {
  protected override like<U>(items: Map<Key, U>): PySet<U> {
    const out = new PySet<U>();
    out.items = items;
    return out;
  }

  override union<U>(other: Iterable<U>): PySet<T | U> {
    return super.union(other) as PySet<T | U>;
  }

  override intersection(other: Iterable<unknown>): PySet<T> {
    return super.intersection(other) as PySet<T>;
  }

  override difference(other: Iterable<unknown>): PySet<T> {
    return super.difference(other) as PySet<T>;
  }

  add(value: T): void {
    this.items.set(keyOf(value), value);
    this.invalidate();
  }

  discard(value: T): void {
    this.items.delete(keyOf(value));
    this.invalidate();
  }

  update(values: Iterable<T>): void {
    for (const v of values) this.items.set(keyOf(v), v);
    this.invalidate();
  }
}

/** Python's dict with value keys (a tuple key is found by an equal tuple), in insertion order. */
export class PyDict<K, V> {
  readonly #entries = new Map<Key, [K, V]>();

  constructor(entries?: Iterable<readonly [K, V]>) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: K): boolean {
    return this.#entries.has(keyOf(key));
  }

  /** `d[key]`: a missing key raises, as Python's KeyError. */
  get(key: K): V {
    const entry = this.#entries.get(keyOf(key));
    if (!entry) throw new RangeError(`KeyError: ${String(key)}`);
    return entry[1];
  }

  set(key: K, value: V): void {
    this.#entries.set(keyOf(key), [key, value]);
  }

  /** `del d[key]`: a missing key raises, as Python's KeyError. */
  delete(key: K): void {
    if (!this.#entries.delete(keyOf(key))) throw new RangeError(`KeyError: ${String(key)}`);
  }

  keys(): K[] {
    return [...this.#entries.values()].map(([k]) => k);
  }

  values(): V[] {
    return [...this.#entries.values()].map(([, v]) => v);
  }

  items(): (readonly [K, V])[] {
    return [...this.#entries.values()];
  }

  equals(other: PyDict<unknown, unknown>): boolean {
    if (other.size !== this.size) return false;
    for (const [k, v] of this.items()) if (!other.has(k) || !eq(other.get(k), v)) return false;
    return true;
  }
}
