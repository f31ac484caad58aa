// Causal grouped-query attention of the CPU target (declared in kernels.h), the fused kernel
// @prorl/model calls on this backend, and its gradient.
//
// Without a [T, S] score matrix: q [B, H, T, D], k and v [B, G, S, D]
// (H = G * rep; query head h reads key/value head h / rep), keyMask [B, S] (nonzero =
// real token); the T queries are the positions past .. past + T - 1 of S = past + T, and query t
// sees key s when s <= past + t and keyMask[b, s] != 0. The rep query heads of a key/value head are
// adjacent in q, so they are folded into rep * T query rows (as the plain-ops path folds them) and
// taken kAttnTile rows at a time: a tile's scores against the L keys its rows can see are one GEMM
// into an O(kAttnTile * S) scratch, masked and normalised in place, and its output one more GEMM.
// GEMMs (float32 products, as the plain-ops path's BatchMatMul) rather than a row at a time with
// dot products in double: that version was 7x slower (1.4 s against 0.2 s for forward + backward
// at B 1, H 8, T 1024, D 64 on 2 cores). Softmax sums and the gradient's row dot are in double.
// A row that sees no key gets the uniform average over all S keys, as in the plain-ops path: its
// additive -1e9 mask rounds every score of the row to -1e9 in float32 (for scores under 32 in
// magnitude) and softmax makes them uniform; the gradient goes through that softmax too.
#include <algorithm>
#include <cmath>
#include <vector>

#include "kernels.h"

namespace prorl {
namespace cpu {
namespace {

using Attn = AttentionShape;

constexpr int64_t kAttnTile = 128;  // query rows per tile

// The first real key of a sequence (S when it has none): rows before it see no key.
int64_t firstKey(const float* mask, int64_t S) {
  int64_t s = 0;
  while (s < S && mask[s] == 0.0f) s++;
  return s;
}

// The keys a tile of folded rows [i0, i1) reads: up to the last one its rows can see, or all S
// when one of its rows sees no key (its uniform average reads every value).
int64_t tileKeys(const Attn& a, int64_t i0, int64_t i1, int64_t first) {
  bool oneHead = i0 / a.T == (i1 - 1) / a.T;
  int64_t tmin = oneHead ? i0 % a.T : 0;
  int64_t tmax = oneHead ? (i1 - 1) % a.T : a.T - 1;
  return a.past + tmin < first ? a.S : a.past + tmax + 1;
}

// p [rows, L] from q . k to probabilities, row i being folded row i0 + i:
// p_s = exp(scale q.k_s - max) / sum over the visible keys, 0 elsewhere; uniform 1/S if none.
// An exp per element costs several plain elementwise ops, so this goes parallel at
// kParallelMin / 8.
void attnProbs(const Attn& a, const float* mask, int64_t i0, int64_t rows, int64_t L, float* p) {
#pragma omp parallel for if (rows * L > kParallelMin / 8)
  for (int64_t i = 0; i < rows; i++) {
    float* pr = p + i * L;
    int64_t lim = std::min(L - 1, a.past + (i0 + i) % a.T);  // last key the row may see
    float mx = -INFINITY;
    for (int64_t s = 0; s <= lim; s++)
      if (mask[s] != 0.0f) mx = std::max(mx, pr[s] * a.scale);
    if (mx == -INFINITY) {  // sees no key, so tileKeys gave L = S
      std::fill(pr, pr + L, 1.0f / float(a.S));
      continue;
    }
    double sum = 0;
    for (int64_t s = 0; s < L; s++) {
      pr[s] = (s <= lim && mask[s] != 0.0f) ? std::exp(pr[s] * a.scale - mx) : 0.0f;
      sum += pr[s];
    }
    float inv = float(1.0 / sum);
    for (int64_t s = 0; s <= lim; s++) pr[s] *= inv;
  }
}

// dp [rows, L] = dy v^T to the score gradient in place: ds_s = scale p_s (dp_s - sum_j p_j dp_j).
void attnScoreGrad(const Attn& a, int64_t rows, int64_t L, const float* p, float* dp) {
#pragma omp parallel for if (rows * L > kParallelMin / 8)
  for (int64_t i = 0; i < rows; i++) {
    const float* pr = p + i * L;
    float* dr = dp + i * L;
    double delta = 0;
    for (int64_t s = 0; s < L; s++) delta += double(pr[s]) * double(dr[s]);
    for (int64_t s = 0; s < L; s++) dr[s] = a.scale * pr[s] * float(double(dr[s]) - delta);
  }
}

}  // namespace

/** out [B, H, T, D] = softmax(scale q k^T + causal and key mask) v. */
void attention(const float* q, const float* k, const float* v, const float* mask, float* out,
               const Attn& a) {
  int64_t rows = (a.H / a.G) * a.T;  // folded query rows per key/value head
  int64_t SD = a.S * a.D;
  std::vector<float> p(size_t(std::min(rows, kAttnTile) * a.S));
  for (int64_t bg = 0; bg < a.B * a.G; bg++) {
    const float* mb = mask + (bg / a.G) * a.S;
    int64_t first = firstKey(mb, a.S);
    for (int64_t i0 = 0; i0 < rows; i0 += kAttnTile) {
      int64_t n = std::min(kAttnTile, rows - i0);
      int64_t L = tileKeys(a, i0, i0 + n, first);
      const float* qt = q + (bg * rows + i0) * a.D;
      matmul(false, true, n, L, a.D, qt, a.D, k + bg * SD, a.D, p.data(), L, false);
      attnProbs(a, mb, i0, n, L, p.data());
      matmul(false, false, n, a.D, L, p.data(), L, v + bg * SD, a.D,
             out + (bg * rows + i0) * a.D, a.D, false);
    }
  }
}

/**
 * Per tile: recomputes p, then ds as above, dq = ds k, dk += ds^T q, dv += p^T dy. Tiles of one
 * key/value head run in turn (they add into the same dk, dv); the GEMMs and row loops are
 * multithreaded.
 */
void attentionGrad(const float* dy, const float* q, const float* k, const float* v,
                   const float* mask, float* dq, float* dk, float* dv, const Attn& a) {
  int64_t rows = (a.H / a.G) * a.T;
  int64_t SD = a.S * a.D;
  std::fill(dk, dk + a.B * a.G * SD, 0.0f);
  std::fill(dv, dv + a.B * a.G * SD, 0.0f);
  size_t scratch = size_t(std::min(rows, kAttnTile) * a.S);
  std::vector<float> p(scratch), ds(scratch);
  for (int64_t bg = 0; bg < a.B * a.G; bg++) {
    const float* mb = mask + (bg / a.G) * a.S;
    int64_t first = firstKey(mb, a.S);
    const float* kb = k + bg * SD;
    const float* vb = v + bg * SD;
    for (int64_t i0 = 0; i0 < rows; i0 += kAttnTile) {
      int64_t n = std::min(kAttnTile, rows - i0);
      int64_t L = tileKeys(a, i0, i0 + n, first);
      int64_t at = (bg * rows + i0) * a.D;
      matmul(false, true, n, L, a.D, q + at, a.D, kb, a.D, p.data(), L, false);
      attnProbs(a, mb, i0, n, L, p.data());
      matmul(false, true, n, L, a.D, dy + at, a.D, vb, a.D, ds.data(), L, false);
      attnScoreGrad(a, n, L, p.data(), ds.data());
      matmul(false, false, n, a.D, L, ds.data(), L, kb, a.D, dq + at, a.D, false);
      matmul(true, false, L, a.D, n, ds.data(), L, q + at, a.D, dk + bg * SD, a.D, true);
      matmul(true, false, L, a.D, n, p.data(), L, dy + at, a.D, dv + bg * SD, a.D, true);
    }
  }
}

}  // namespace cpu
}  // namespace prorl
