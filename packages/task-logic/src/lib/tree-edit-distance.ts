/**
 * Ordered tree edit distance (Zhang & Shasha 1989, "Simple fast algorithms for the editing
 * distance between trees and related problems"), with the cost convention of Python's zss
 * `simple_distance`: removing a node costs cost(label, ""), inserting one cost("", label),
 * relabelling cost(a, b). The distance is the cheapest edit script, so any exact algorithm
 * agrees with zss; ties in `min` follow Python's (a NaN cost only wins from the first place).
 * Written here because npm's edit-distance builds the whole mapping and has no types, and the
 * scorer needs a bound on the work before it starts.
 */

export interface LabelledTree {
  label: string;
  children: readonly LabelledTree[];
}

/** A tree in postorder: labels, leftmost leaf of each node, and the keyroots. */
interface Postorder {
  labels: string[];
  leftmost: number[];
  keyroots: number[];
}

function postorder(root: LabelledTree): Postorder {
  const labels: string[] = [];
  const leftmost: number[] = [];
  const visit = (node: LabelledTree): number => {
    let first = -1;
    for (const child of node.children) {
      const childLeftmost = visit(child);
      if (first < 0) first = childLeftmost;
    }
    labels.push(node.label);
    const index = labels.length - 1;
    leftmost.push(first < 0 ? index : first);
    return leftmost[index] as number;
  };
  visit(root);
  // A keyroot is the highest node with its leftmost leaf.
  const highest = new Map<number, number>();
  for (const [i, l] of leftmost.entries()) highest.set(l, i);
  return { labels, leftmost, keyroots: [...highest.values()].sort((a, b) => a - b) };
}

/** Python's min(a, b, c): a later value wins only when strictly smaller. */
function pyMin3(a: number, b: number, c: number): number {
  let m = a;
  if (b < m) m = b;
  if (c < m) m = c;
  return m;
}

/** Cells the forest-distance tables will fill: (Σ keyroot forest sizes of a) × (of b). */
function work(t: Postorder): number {
  return t.keyroots.reduce((sum, k) => sum + (k - (t.leftmost[k] as number) + 2), 0);
}

/**
 * The edit distance from `a` to `b` under `cost`, or null when the tables would need more than
 * `maxCells` cells (the caller decides what an over-large comparison scores).
 */
export function treeEditDistance(
  a: LabelledTree,
  b: LabelledTree,
  cost: (from: string, to: string) => number,
  maxCells = Number.POSITIVE_INFINITY,
): number | null {
  const A = postorder(a);
  const B = postorder(b);
  if (work(A) * work(B) > maxCells) return null;
  const n1 = A.labels.length;
  const n2 = B.labels.length;
  const remove = A.labels.map((label) => cost(label, ""));
  const insert = B.labels.map((label) => cost("", label));
  const treeDist = new Float64Array(n1 * n2);
  // One forest-distance table, reused by every keyroot pair (each fills its own m × n corner).
  const fd = new Float64Array((n1 + 1) * (n2 + 1));
  for (const i of A.keyroots) {
    for (const j of B.keyroots) {
      const li = A.leftmost[i] as number;
      const lj = B.leftmost[j] as number;
      const m = i - li + 2;
      const n = j - lj + 2;
      fd[0] = 0;
      for (let x = 1; x < m; x++)
        fd[x * n] = (fd[(x - 1) * n] as number) + (remove[li + x - 1] as number);
      for (let y = 1; y < n; y++) fd[y] = (fd[y - 1] as number) + (insert[lj + y - 1] as number);
      for (let x = 1; x < m; x++) {
        const xi = li + x - 1;
        for (let y = 1; y < n; y++) {
          const yj = lj + y - 1;
          const del = (fd[(x - 1) * n + y] as number) + (remove[xi] as number);
          const ins = (fd[x * n + y - 1] as number) + (insert[yj] as number);
          if (A.leftmost[xi] === li && B.leftmost[yj] === lj) {
            const upd =
              (fd[(x - 1) * n + y - 1] as number) +
              cost(A.labels[xi] as string, B.labels[yj] as string);
            const d = pyMin3(del, ins, upd);
            fd[x * n + y] = d;
            treeDist[xi * n2 + yj] = d;
          } else {
            const p = (A.leftmost[xi] as number) - li;
            const q = (B.leftmost[yj] as number) - lj;
            const sub = (fd[p * n + q] as number) + (treeDist[xi * n2 + yj] as number);
            fd[x * n + y] = pyMin3(del, ins, sub);
          }
        }
      }
    }
  }
  return treeDist[(n1 - 1) * n2 + (n2 - 1)] as number;
}
