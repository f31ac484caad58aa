/**
 * `compute` remembered for the last keys it saw (the whole table is dropped when it fills):
 * an entry is scored once per sample of its group, so what is derived from the entry alone
 * (a parsed oracle, a parsed integrand) is worth keeping between calls.
 */
export function memoized<V>(compute: (key: string) => V, limit = 1024): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    if (table.has(key)) return table.get(key) as V;
    const value = compute(key);
    if (table.size >= limit) table.clear();
    table.set(key, value);
    return value;
  };
}
