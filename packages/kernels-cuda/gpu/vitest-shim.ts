// The part of vitest's API that this package's kernel tests and @prorl/model's native.test.ts use
// (describe/it with skipIf and each, beforeAll/afterAll, expect with the matchers they call), so
// that scripts/gpu-pack.mjs can bundle those same test files into one script that runs on a GPU
// machine where there is Node but no node_modules. vitest itself does not bundle. Tests run one
// after another; a failure is printed with its message and the run exits 1.
import { inspect, isDeepStrictEqual } from "node:util";

type Fn = () => unknown;
interface Test {
  name: string;
  fn: Fn;
  skip: boolean;
}
interface Suite {
  name: string;
  skip: boolean;
  tests: Test[];
  suites: Suite[];
  beforeAll: Fn[];
  afterAll: Fn[];
}

const root: Suite = { name: "", skip: false, tests: [], suites: [], beforeAll: [], afterAll: [] };
let current = root;

function format(name: string, args: readonly unknown[]): string {
  let i = 0;
  return name.replace(/%[sdi]/g, () => String(args[i++]));
}

function addSuite(name: string, fn: Fn, skip: boolean): void {
  const suite: Suite = { name, skip, tests: [], suites: [], beforeAll: [], afterAll: [] };
  current.suites.push(suite);
  const parent = current;
  current = suite;
  fn();
  current = parent;
}

function addTest(name: string, fn: Fn, skip: boolean): void {
  current.tests.push({ name, fn, skip });
}

type Each = <T>(
  table: readonly T[],
) => (name: string, fn: (...args: T extends readonly unknown[] ? T : [T]) => unknown) => void;

function withVariants(add: (name: string, fn: Fn, skip: boolean) => void) {
  const plain = (name: string, fn: Fn) => add(name, fn, false);
  const skipIf = (cond: unknown) => (name: string, fn: Fn) => add(name, fn, Boolean(cond));
  const each: Each = (table) => (name, fn) => {
    for (const row of table) {
      const args = (Array.isArray(row) ? row : [row]) as never[];
      add(format(name, args), () => (fn as (...a: unknown[]) => unknown)(...args), false);
    }
  };
  return Object.assign(plain, {
    skipIf,
    each,
    skip: (name: string, fn: Fn) => add(name, fn, true),
  });
}

export const describe = withVariants(addSuite);
export const it = withVariants(addTest);
export const test = it;
export const beforeAll = (fn: Fn) => current.beforeAll.push(fn);
export const afterAll = (fn: Fn) => current.afterAll.push(fn);

class AssertionError extends Error {
  override name = "AssertionError";
}

const show = (v: unknown) => inspect(v, { depth: 4, maxArrayLength: 8, breakLength: 120 });

function matchers(actual: unknown, message: string | undefined, negate: boolean) {
  const check = (pass: boolean, what: string) => {
    if (pass === negate) {
      throw new AssertionError(
        `${message ? `${message}: ` : ""}expected ${show(actual)} ${negate ? "not " : ""}${what}`,
      );
    }
  };
  const thrown = (): unknown => {
    try {
      (actual as () => unknown)();
    } catch (e) {
      return e;
    }
    return undefined;
  };
  const matchesError = (e: unknown, expected?: unknown) => {
    if (e === undefined) return false;
    const text = e instanceof Error ? e.message : String(e);
    if (expected === undefined) return true;
    if (expected instanceof RegExp) return expected.test(text);
    if (expected instanceof Error) return text.includes(expected.message);
    return text.includes(String(expected));
  };
  return {
    toBe: (v: unknown) => check(Object.is(actual, v), `to be ${show(v)}`),
    toEqual: (v: unknown) => check(isDeepStrictEqual(actual, v), `to equal ${show(v)}`),
    toBeLessThan: (v: number) => check((actual as number) < v, `to be less than ${v}`),
    toBeGreaterThan: (v: number) => check((actual as number) > v, `to be greater than ${v}`),
    toBeGreaterThanOrEqual: (v: number) => check((actual as number) >= v, `to be >= ${v}`),
    toBeNull: () => check(actual === null, "to be null"),
    toBeTruthy: () => check(Boolean(actual), "to be truthy"),
    toContain: (v: unknown) =>
      check((actual as { includes(x: unknown): boolean }).includes(v), `to contain ${show(v)}`),
    toMatch: (v: RegExp | string) =>
      check(
        typeof v === "string" ? String(actual).includes(v) : v.test(String(actual)),
        `to match ${v}`,
      ),
    toThrow: (expected?: unknown) => {
      const e = thrown();
      check(matchesError(e, expected), `to throw ${show(expected)} (threw ${show(e)})`);
    },
  };
}

export function expect(actual: unknown, message?: string) {
  return {
    ...matchers(actual, message, false),
    not: matchers(actual, message, true),
    rejects: {
      toThrow: async (expected?: unknown) => {
        try {
          await actual;
        } catch (e) {
          const text = e instanceof Error ? e.message : String(e);
          const ok =
            expected === undefined ||
            (expected instanceof RegExp ? expected.test(text) : text.includes(String(expected)));
          if (!ok)
            throw new AssertionError(`expected rejection ${show(expected)}, got ${show(text)}`);
          return;
        }
        throw new AssertionError("expected the promise to reject");
      },
    },
  };
}

/** Runs every registered suite; resolves to the number of failed tests. */
export async function runAll(): Promise<{ passed: number; failed: number; skipped: number }> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const countSkipped = (s: Suite): number =>
    s.tests.length + s.suites.reduce((n, c) => n + countSkipped(c), 0);
  async function run(suite: Suite, path: string[]): Promise<void> {
    if (suite.skip) {
      counts.skipped += countSkipped(suite);
      return;
    }
    for (const hook of suite.beforeAll) await hook();
    for (const t of suite.tests) {
      const name = [...path, t.name].join(" > ");
      if (t.skip) {
        counts.skipped++;
        continue;
      }
      const started = performance.now();
      try {
        await t.fn();
        counts.passed++;
        console.log(`  ok   ${name} (${Math.round(performance.now() - started)} ms)`);
      } catch (e) {
        counts.failed++;
        console.log(`  FAIL ${name}\n       ${(e as Error).message ?? e}`);
      }
    }
    for (const child of suite.suites) await run(child, [...path, child.name]);
    for (const hook of suite.afterAll) await hook();
  }
  await run(root, []);
  return counts;
}
