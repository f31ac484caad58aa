// A plain float64 loop implementation of the objective and its analytic gradient with respect to
// logp. Independent of TensorFlow.js: tests check the tf code against it (values and
// finite-difference gradients), and the benchmark uses it as the reference timing.
import type { AggregationMode, KlEstimator } from "../config.js";

export interface PlainBatch {
  logp: number[][];
  old: number[][];
  ref?: number[][];
  adv: number[];
  mask: number[][];
}

export interface PlainConfig {
  clipLow: number;
  clipHigh: number;
  dualClip: number | null;
  logRatioBound: number;
  aggregation: AggregationMode;
  maxResponseLength: number | null;
  klEstimator: KlEstimator;
  klCoef: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const inside = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

/** Per-token policy loss and d loss / d logp (subgradients chosen as TensorFlow.js does). */
function tokenPolicy(logp: number, old: number, a: number, c: PlainConfig): [number, number] {
  const x = logp - old;
  const dx = inside(x, -c.logRatioBound, c.logRatioBound) ? 1 : 0;
  const r = Math.exp(clamp(x, -c.logRatioBound, c.logRatioBound));
  const lo = 1 - c.clipLow;
  const hi = 1 + c.clipHigh;
  const u = -a * r;
  const k = -a * clamp(r, lo, hi);
  let l: number;
  let dr: number;
  if (u >= k) {
    l = u;
    dr = -a;
  } else {
    l = k;
    dr = inside(r, lo, hi) ? -a : 0;
  }
  if (c.dualClip !== null && a < 0) {
    const b = -a * c.dualClip;
    if (!(l <= b)) {
      l = b;
      dr = 0;
    }
  }
  return [l, dr * r * dx];
}

/** Per-token KL estimate and its derivative with respect to logp. */
function tokenKl(logp: number, ref: number, est: KlEstimator): [number, number] {
  if (est === "k1") return [logp - ref, 1];
  if (est === "k2") return [0.5 * (logp - ref) ** 2, logp - ref];
  const d0 = ref - logp;
  const d = clamp(d0, -20, 20);
  const k = Math.exp(d) - d - 1;
  const dk = inside(d0, -20, 20) && inside(k, -10, 10) ? -(Math.exp(d) - 1) : 0;
  return [clamp(k, -10, 10), dk];
}

/** Aggregation weights w_it such that agg(l) = sum_it w_it l_it. */
function weights(mask: number[][], c: PlainConfig): number[][] {
  let tokens = 0;
  let seqs = 0;
  for (const row of mask) {
    const n = row.reduce((s, m) => s + m, 0);
    tokens += n;
    if (n > 0) seqs++;
  }
  const width = mask[0]?.length ?? 0;
  return mask.map((row) => {
    const n = row.reduce((s, m) => s + m, 0);
    return row.map((m) => {
      if (c.aggregation === "token-mean") return m / Math.max(tokens, 1);
      if (c.aggregation === "seq-mean-token-mean") return m / Math.max(n, 1) / Math.max(seqs, 1);
      return m / (Math.max(seqs, 1) * (c.maxResponseLength ?? width));
    });
  });
}

/** Loss and its gradient with respect to logp, in float64. */
export function plainObjective(b: PlainBatch, c: PlainConfig): { loss: number; grad: number[][] } {
  const w = weights(b.mask, c);
  let loss = 0;
  const grad = b.logp.map((row, i) =>
    row.map((lp, t) => {
      const wit = w[i]?.[t] as number;
      const [l, dl] = tokenPolicy(lp, b.old[i]?.[t] as number, b.adv[i] as number, c);
      let total = l;
      let dTotal = dl;
      if (c.klCoef > 0 && b.ref) {
        const [k, dk] = tokenKl(lp, b.ref[i]?.[t] as number, c.klEstimator);
        total += c.klCoef * k;
        dTotal += c.klCoef * dk;
      }
      loss += wit * total;
      return wit * dTotal;
    }),
  );
  return { loss, grad };
}
