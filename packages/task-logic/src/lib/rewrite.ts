/**
 * The rewriting loop of Reasoning Gym's string_* tasks: from `start`, apply `step` until the
 * result is a state seen before (a step that changes nothing repeats its state), or `maxSteps`
 * steps were taken. Returns every distinct state in order; the last is the answer.
 */
export function statesUntilRepeat<T>(
  start: T,
  step: (state: T) => T,
  maxSteps: number,
  key: (state: T) => string,
): T[] {
  const states = [start];
  const seen = new Set([key(start)]);
  let current = start;
  for (let k = 0; k < maxSteps; k++) {
    const next = step(current);
    const id = key(next);
    if (seen.has(id)) break;
    seen.add(id);
    states.push(next);
    current = next;
  }
  return states;
}

/** A rule over item counts: applicable when every count covers `consume`; adds `produce`. */
export interface CountRule {
  consume: Readonly<Record<number, number>>;
  produce: Readonly<Record<number, number>>;
}

/** The first applicable rule applied to `counts` (a copy, unchanged when none applies). */
export function applyFirstCountRule(
  rules: readonly CountRule[],
  counts: readonly number[],
): number[] {
  const next = counts.slice();
  const rule = rules.find(({ consume }) =>
    Object.entries(consume).every(([item, n]) => (counts[Number(item)] as number) >= n),
  );
  if (!rule) return next;
  const add = (item: string, n: number) => {
    next[Number(item)] = (next[Number(item)] as number) + n;
  };
  for (const [item, n] of Object.entries(rule.consume)) add(item, -n);
  for (const [item, n] of Object.entries(rule.produce)) add(item, n);
  return next;
}
