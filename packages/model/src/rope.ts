// Rotary position embeddings as in Hugging Face transformers (modeling_rope_utils.py): inverse
// frequencies theta^(-2i/d), optionally rescaled ("linear" or "llama3"), applied to the two halves
// of each head (rotate_half, the NeoX layout Qwen2 and Llama use in transformers).
import type { ModelConfig } from "./config.js";

/** The headDim/2 inverse frequencies, with the config's scaling applied. */
export function inverseFrequencies(c: ModelConfig): Float64Array {
  const half = c.headDim / 2;
  const inv = new Float64Array(half);
  for (let i = 0; i < half; i++) inv[i] = 1 / c.ropeTheta ** ((2 * i) / c.headDim);
  const s = c.ropeScaling;
  if (s === null) return inv;
  if (s.type === "linear") return inv.map((f) => f / s.factor);
  const lowWavelen = s.originalMaxPositionEmbeddings / s.lowFreqFactor;
  const highWavelen = s.originalMaxPositionEmbeddings / s.highFreqFactor;
  return inv.map((f) => {
    const wavelen = (2 * Math.PI) / f;
    if (wavelen < highWavelen) return f;
    if (wavelen > lowWavelen) return f / s.factor;
    const smooth =
      (s.originalMaxPositionEmbeddings / wavelen - s.lowFreqFactor) /
      (s.highFreqFactor - s.lowFreqFactor);
    return (1 - smooth) * (f / s.factor) + smooth * f;
  });
}

/** cos and sin tables [rows * positions, headDim] for the given positions (row-major). */
export function ropeTables(
  invFreq: Float64Array,
  positions: readonly (readonly number[])[],
): { cos: Float32Array; sin: Float32Array } {
  const half = invFreq.length;
  const d = 2 * half;
  const n = positions.reduce((a, r) => a + r.length, 0);
  const cos = new Float32Array(n * d);
  const sin = new Float32Array(n * d);
  let o = 0;
  for (const row of positions) {
    for (const p of row) {
      for (let i = 0; i < half; i++) {
        const a = p * (invFreq[i] as number);
        const c = Math.cos(a);
        const s = Math.sin(a);
        cos[o + i] = c;
        cos[o + i + half] = c;
        sin[o + i] = s;
        sin[o + i + half] = s;
      }
      o += d;
    }
  }
  return { cos, sin };
}
