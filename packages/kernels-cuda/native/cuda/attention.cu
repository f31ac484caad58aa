// Causal grouped-query attention, flash-style (FlashAttention-2 in float32 SIMT code: no T x S
// matrix in global memory), and its gradient.
//
// The semantics are the CPU target's Attention / AttentionGrad (../cpu/addon.cc): q [B, H, T, D],
// k and v [B, G, S, D], keyMask [B, S]; query t is position past + t and sees key s when
// s <= past + t and keyMask[b, s] != 0. The rep = H / G query heads of key/value head g are
// adjacent in q, so a block works on the R = rep * T folded rows of one (b, g): row i is head
// g * rep + i / T at position past + i % T, and the rows of q, dy, out and dq of (b, g) are
// contiguous. A row before the sequence's first real key sees no key: the plain-ops path's all
// -1e9 row is a softmax of equal scores, the uniform average over all S keys, and its gradient
// flows through that softmax. Here such a row scores 0 against every key, which gives the same
// probabilities (1/S) and the same gradients.
//
// Tiles hold kN = 2048 / kD rows or keys, kD being the head dim rounded up to 64, 128 or 256, in
// static shared memory (at most 42 KB a block). Each row (or key) of a tile has 8 adjacent lanes
// of one warp, so a block has 8 kN threads: lane c of a row scores it against keys c, c + 8, ...
// of the tile and accumulates dims c, c + 8, ... of its result. Shared rows are padded to kD + 1
// floats so that the 8 rows read at one step lie in different banks.
#include "portable.cuh"

namespace prorl {
namespace {

constexpr int kRowThreads = 8;  // threads per tile row, adjacent lanes of one warp
constexpr int kMaxHeadDim = 256;

/** Rows (or keys) per tile for head dims up to kD: 2048 floats per staged operand. */
template <int kD>
constexpr int tileRows() {
  return 2048 / kD;
}

PRORL_HOST_DEVICE int64_t minI64(int64_t a, int64_t b) { return a < b ? a : b; }

PRORL_DEVICE float rowMax(float x) {
  for (int o = kRowThreads / 2; o > 0; o >>= 1)
    x = fmaxf(x, __shfl_xor_sync(0xffffffffu, x, o));
  return x;
}

PRORL_DEVICE float rowSum(float x) {
  for (int o = kRowThreads / 2; o > 0; o >>= 1) x += __shfl_xor_sync(0xffffffffu, x, o);
  return x;
}

/** Folded rows per (b, g): the rep query heads of a key/value head, T positions each. */
PRORL_HOST_DEVICE int64_t foldedRows(const AttentionShape& a) { return a.H / a.G * a.T; }

// A row at position pos reads key s < S when causal and key mask allow it, or, when pos is before
// the first real key (it sees none), every key.
PRORL_DEVICE bool reads(int64_t pos, int64_t first, int64_t s, bool real) {
  return pos < first || (s <= pos && real);
}

// End of the keys that folded rows [i0, i1) read: one past the last one they can see, or S when
// one of them sees no key.
PRORL_DEVICE int64_t keyEnd(const AttentionShape& a, int64_t i0, int64_t i1, int64_t first) {
  bool oneHead = i0 / a.T == (i1 - 1) / a.T;
  int64_t tmin = oneHead ? i0 % a.T : 0;
  int64_t tmax = oneHead ? (i1 - 1) % a.T : a.T - 1;
  return a.past + tmin < first ? a.S : minI64(a.S, a.past + tmax + 1);
}

// Rows row0 .. row0 + kN - 1 of an [n, D] matrix into a shared tile, zero past row n (their
// weights are 0, and 0 * NaN would not be): consecutive threads read consecutive floats.
template <int kD, int kN>
PRORL_DEVICE void loadTile(float (*tile)[kD + 1], const float* x, int64_t row0, int64_t n, int D) {
  for (int e = threadIdx.x; e < kN * D; e += blockDim.x) {
    int r = e / D, d = e - r * D;
    tile[r][d] = row0 + r < n ? x[(row0 + r) * D + d] : 0.0f;
  }
}

// Keys j0 .. j0 + kN - 1 of k and v into shared tiles, and whether each is a real token.
template <int kD, int kN>
PRORL_DEVICE void loadKeys(float (*ks)[kD + 1], float (*vs)[kD + 1], bool* real, const float* k,
                           const float* v, const float* mask, int64_t j0, int64_t S, int D) {
  loadTile<kD, kN>(ks, k, j0, S, D);
  loadTile<kD, kN>(vs, v, j0, S, D);
  if (threadIdx.x < kN) real[threadIdx.x] = j0 + threadIdx.x < S && mask[j0 + threadIdx.x] != 0.0f;
}

// out[m] = x . tile[c + 8 m] over D dims, for the thread's kN / 8 rows of the tile.
template <int kD, int kN>
PRORL_DEVICE void dots(const float* x, const float (*tile)[kD + 1], int c, int D,
                       float (&out)[kN / kRowThreads]) {
#pragma unroll
  for (int m = 0; m < kN / kRowThreads; m++) out[m] = 0.0f;
  for (int d = 0; d < D; d++) {
    float xd = x[d];
#pragma unroll
    for (int m = 0; m < kN / kRowThreads; m++) out[m] += xd * tile[c + kRowThreads * m][d];
  }
}

// acc[n] += sum over the tile's rows j of w[j * stride] tile[j][c + 8 n]: the thread's dims of
// w^T tile.
template <int kD, int kN>
PRORL_DEVICE void accumulate(float (&acc)[kD / kRowThreads], const float* w, int stride,
                             const float (*tile)[kD + 1], int c, int D) {
  for (int j = 0; j < kN; j++) {
    float wj = w[j * stride];
#pragma unroll
    for (int n = 0; n < kD / kRowThreads; n++) {
      int d = c + kRowThreads * n;
      if (d < D) acc[n] += wj * tile[j][d];
    }
  }
}

// first[b] = the first s with keyMask[b, s] != 0, S when there is none: each thread finds its
// first in stride order, then a block min.
__global__ void firstKeyKernel(const float* keyMask, int64_t* first, int64_t S) {
  __shared__ int64_t best[kThreads];
  const float* mb = keyMask + int64_t(blockIdx.x) * S;
  int64_t mine = S;
  for (int64_t s = threadIdx.x; s < S; s += blockDim.x) {
    if (mb[s] != 0.0f) {
      mine = s;
      break;
    }
  }
  best[threadIdx.x] = mine;
  for (int half = kThreads / 2; half > 0; half >>= 1) {
    __syncthreads();
    if (int(threadIdx.x) < half)
      best[threadIdx.x] = minI64(best[threadIdx.x], best[threadIdx.x + half]);
  }
  if (threadIdx.x == 0) first[blockIdx.x] = best[0];
}

/** Online softmax state of one folded row, per thread: the row's running max m, the thread's
 * keys' share l of sum_s exp(score_s - m), and its dims of sum_s exp(score_s - m) v_s. */
template <int kD>
struct RowState {
  float m, l;
  float acc[kD / kRowThreads];
};

// FlashAttention-2's forward loop for block (b g, query tile): key tiles up to the last key the
// tile's rows read, scores s = scale q . k (0 for a row that sees no key, -inf for a key it
// does not read), m' = max(m, max s), l = l e^(m - m') + sum e^(s - m'), acc likewise.
template <int kD>
PRORL_DEVICE void flashForward(const float* q, const float* k, const float* v,
                              const float* keyMask, const int64_t* first, const AttentionShape& a,
                              RowState<kD>& st) {
  constexpr int kN = tileRows<kD>(), kPer = kN / kRowThreads;
  __shared__ float qs[kN][kD + 1], ks[kN][kD + 1], vs[kN][kD + 1], ps[kN][kN + 1];
  __shared__ bool real[kN];
  const int D = int(a.D), r = threadIdx.x / kRowThreads, c = threadIdx.x % kRowThreads;
  const int64_t bg = blockIdx.x, b = bg / a.G, R = foldedRows(a), i0 = int64_t(blockIdx.y) * kN;
  const int64_t pos = a.past + (i0 + r) % a.T, fk = first[b];
  const float* kb = k + bg * a.S * D;
  const float* vb = v + bg * a.S * D;
  const float* mb = keyMask + b * a.S;
  loadTile<kD, kN>(qs, q + bg * R * D, i0, R, D);
  st.m = -INFINITY;
  st.l = 0.0f;
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) st.acc[n] = 0.0f;
  const int64_t end = keyEnd(a, i0, minI64(i0 + kN, R), fk);
  for (int64_t j0 = 0; j0 < end; j0 += kN) {
    __syncthreads();  // the previous key tile is consumed
    loadKeys<kD, kN>(ks, vs, real, kb, vb, mb, j0, a.S, D);
    __syncthreads();
    float s[kPer];
    dots<kD, kN>(qs[r], ks, c, D, s);
    float mx = -INFINITY;
#pragma unroll
    for (int m = 0; m < kPer; m++) {
      int j = c + kRowThreads * m;
      bool read = j0 + j < a.S && reads(pos, fk, j0 + j, real[j]);
      s[m] = !read ? -INFINITY : pos < fk ? 0.0f : a.scale * s[m];
      mx = fmaxf(mx, s[m]);
    }
    float mNew = fmaxf(st.m, rowMax(mx));
    float alpha = st.m == -INFINITY ? 0.0f : expf(st.m - mNew);  // -inf: nothing accumulated yet
    st.l *= alpha;
#pragma unroll
    for (int m = 0; m < kPer; m++) {
      float p = s[m] == -INFINITY ? 0.0f : expf(s[m] - mNew);
      st.l += p;
      ps[r][c + kRowThreads * m] = p;
    }
#pragma unroll
    for (int n = 0; n < kD / kRowThreads; n++) st.acc[n] *= alpha;
    st.m = mNew;
    __syncthreads();
    accumulate<kD, kN>(st.acc, ps[r], 1, vs, c, D);
  }
}

// out = acc / l for grid (b g, query tile), block 8 kN.
template <int kD>
__global__ void attentionKernel(const float* q, const float* k, const float* v,
                                const float* keyMask, const int64_t* first, float* out,
                                AttentionShape a) {
  RowState<kD> st;
  flashForward<kD>(q, k, v, keyMask, first, a, st);
  const int64_t R = foldedRows(a);
  const int64_t i = int64_t(blockIdx.y) * tileRows<kD>() + threadIdx.x / kRowThreads;
  const int D = int(a.D), c = threadIdx.x % kRowThreads;
  float l = rowSum(st.l);
  if (i >= R) return;
  float* o = out + (int64_t(blockIdx.x) * R + i) * D;
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) {
    int d = c + kRowThreads * n;
    if (d < D) o[d] = st.acc[n] / l;
  }
}

// The statistics the gradient kernels rebuild probabilities from, per folded row:
// lse = m + log(sum_s e^(s - m)), so p_s = e^(s - lse), and delta = dy . out = sum_s p_s dp_s.
template <int kD>
__global__ void statsKernel(const float* dy, const float* q, const float* k, const float* v,
                            const float* keyMask, const int64_t* first, float* lse, float* delta,
                            AttentionShape a) {
  RowState<kD> st;
  flashForward<kD>(q, k, v, keyMask, first, a, st);
  const int64_t R = foldedRows(a);
  const int64_t i = int64_t(blockIdx.y) * tileRows<kD>() + threadIdx.x / kRowThreads;
  const int D = int(a.D), c = threadIdx.x % kRowThreads;
  const int64_t row = int64_t(blockIdx.x) * R + i;
  float l = rowSum(st.l);
  float part = 0.0f;
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) {
    int d = c + kRowThreads * n;
    if (d < D && i < R) part += dy[row * D + d] * (st.acc[n] / l);
  }
  float dot = rowSum(part);
  if (i < R && c == 0) {
    lse[row] = st.m + logf(l);
    delta[row] = dot;
  }
}

// dq = scale sum_s ds_s k_s, ds_s = p_s (dp_s - delta), p_s = e^(score_s - lse), dp_s = dy . v_s,
// for grid (b g, query tile), block 8 kN: the forward's loop over key tiles.
template <int kD>
__global__ void gradQKernel(const float* dy, const float* q, const float* k, const float* v,
                            const float* keyMask, const int64_t* first, const float* lse,
                            const float* delta, float* dq, AttentionShape a) {
  constexpr int kN = tileRows<kD>(), kPer = kN / kRowThreads;
  __shared__ float qs[kN][kD + 1], dys[kN][kD + 1], ks[kN][kD + 1], vs[kN][kD + 1];
  __shared__ float dss[kN][kN + 1];
  __shared__ bool real[kN];
  const int D = int(a.D), r = threadIdx.x / kRowThreads, c = threadIdx.x % kRowThreads;
  const int64_t bg = blockIdx.x, b = bg / a.G, R = foldedRows(a), i0 = int64_t(blockIdx.y) * kN;
  const int64_t i = i0 + r, row = bg * R + i, pos = a.past + i % a.T, fk = first[b];
  const float* kb = k + bg * a.S * D;
  const float* vb = v + bg * a.S * D;
  const float* mb = keyMask + b * a.S;
  loadTile<kD, kN>(qs, q + bg * R * D, i0, R, D);
  loadTile<kD, kN>(dys, dy + bg * R * D, i0, R, D);
  const float rowLse = i < R ? lse[row] : 0.0f, rowDelta = i < R ? delta[row] : 0.0f;
  float acc[kD / kRowThreads];
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) acc[n] = 0.0f;
  const int64_t end = keyEnd(a, i0, minI64(i0 + kN, R), fk);
  for (int64_t j0 = 0; j0 < end; j0 += kN) {
    __syncthreads();  // the previous key tile is consumed
    loadKeys<kD, kN>(ks, vs, real, kb, vb, mb, j0, a.S, D);
    __syncthreads();
    float s[kPer], dp[kPer];
    dots<kD, kN>(qs[r], ks, c, D, s);
    dots<kD, kN>(dys[r], vs, c, D, dp);
#pragma unroll
    for (int m = 0; m < kPer; m++) {
      int j = c + kRowThreads * m;
      bool read = j0 + j < a.S && reads(pos, fk, j0 + j, real[j]);
      float p = read ? expf((pos < fk ? 0.0f : a.scale * s[m]) - rowLse) : 0.0f;
      dss[r][j] = p * (dp[m] - rowDelta);
    }
    __syncthreads();
    accumulate<kD, kN>(acc, dss[r], 1, ks, c, D);
  }
  if (i >= R) return;
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) {
    int d = c + kRowThreads * n;
    if (d < D) dq[row * D + d] = a.scale * acc[n];
  }
}

// dk_s = scale sum_i ds_is q_i and dv_s = sum_i p_is dy_i over every folded row i (all rep query
// heads) that reads key s, for grid (b g, key tile), block 8 kN (8 lanes a key). Each block owns
// its keys' dk and dv, so no atomics: the sums are deterministic. Query tiles whose rows all end
// before the key tile are skipped.
template <int kD>
__global__ void gradKVKernel(const float* dy, const float* q, const float* k, const float* v,
                             const float* keyMask, const int64_t* first, const float* lse,
                             const float* delta, float* dk, float* dv, AttentionShape a) {
  constexpr int kN = tileRows<kD>(), kPer = kN / kRowThreads;
  __shared__ float ks[kN][kD + 1], vs[kN][kD + 1], qs[kN][kD + 1], dys[kN][kD + 1];
  __shared__ float ps[kN][kN + 1], dss[kN][kN + 1];
  __shared__ float lses[kN], deltas[kN];
  const int D = int(a.D), j = threadIdx.x / kRowThreads, c = threadIdx.x % kRowThreads;
  const int64_t bg = blockIdx.x, b = bg / a.G, R = foldedRows(a), j0 = int64_t(blockIdx.y) * kN;
  const int64_t key = j0 + j, fk = first[b];
  const bool real = key < a.S && keyMask[b * a.S + key] != 0.0f;
  loadTile<kD, kN>(ks, k + bg * a.S * D, j0, a.S, D);
  loadTile<kD, kN>(vs, v + bg * a.S * D, j0, a.S, D);
  float dkAcc[kD / kRowThreads], dvAcc[kD / kRowThreads];
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) dkAcc[n] = dvAcc[n] = 0.0f;
  for (int64_t i0 = 0; i0 < R; i0 += kN) {
    if (keyEnd(a, i0, minI64(i0 + kN, R), fk) <= j0) continue;
    __syncthreads();  // the previous query tile is consumed
    loadTile<kD, kN>(qs, q + bg * R * D, i0, R, D);
    loadTile<kD, kN>(dys, dy + bg * R * D, i0, R, D);
    if (threadIdx.x < kN) {
      bool in = i0 + threadIdx.x < R;
      lses[threadIdx.x] = in ? lse[bg * R + i0 + threadIdx.x] : 0.0f;
      deltas[threadIdx.x] = in ? delta[bg * R + i0 + threadIdx.x] : 0.0f;
    }
    __syncthreads();
    float s[kPer], dp[kPer];
    dots<kD, kN>(ks[j], qs, c, D, s);
    dots<kD, kN>(vs[j], dys, c, D, dp);
#pragma unroll
    for (int m = 0; m < kPer; m++) {
      int r = c + kRowThreads * m;
      int64_t pos = a.past + (i0 + r) % a.T;
      bool read = i0 + r < R && key < a.S && reads(pos, fk, key, real);
      float p = read ? expf((pos < fk ? 0.0f : a.scale * s[m]) - lses[r]) : 0.0f;
      ps[r][j] = p;
      dss[r][j] = p * (dp[m] - deltas[r]);
    }
    __syncthreads();
    accumulate<kD, kN>(dvAcc, &ps[0][j], kN + 1, dys, c, D);
    accumulate<kD, kN>(dkAcc, &dss[0][j], kN + 1, qs, c, D);
  }
  if (key >= a.S) return;
  int64_t at = (bg * a.S + key) * D;
#pragma unroll
  for (int n = 0; n < kD / kRowThreads; n++) {
    int d = c + kRowThreads * n;
    if (d < D) {
      dk[at + d] = a.scale * dkAcc[n];
      dv[at + d] = dvAcc[n];
    }
  }
}

void checkShape(const AttentionShape& a) {
  if (a.D > kMaxHeadDim)
    throw CudaError("cuda backend: attention supports head dims up to " +
                    std::to_string(kMaxHeadDim) + ", got " + std::to_string(a.D));
  if (a.G <= 0 || a.H % a.G != 0)
    throw CudaError("cuda backend: attention needs H a multiple of G, got H " +
                    std::to_string(a.H) + ", G " + std::to_string(a.G));
}

// Grid (b g, tile of n rows); the tiles go in y, which allows 65535 of them.
template <int kD>
dim3 gridOver(const AttentionShape& a, int64_t n) {
  int64_t tiles = (n + tileRows<kD>() - 1) / tileRows<kD>();
  if (tiles > 65535)
    throw CudaError("cuda backend: attention over " + std::to_string(n) + " rows is too long");
  return dim3(unsigned(a.B * a.G), unsigned(tiles));
}

/** The first real key of each sequence, into scratch. */
void firstKeys(const float* keyMask, const AttentionShape& a, const Scratch& first) {
  launch("attention", firstKeyKernel, unsigned(a.B), kThreads, 0, keyMask, first.as<int64_t>(),
         a.S);
}

template <int kD>
void attentionFor(const float* q, const float* k, const float* v, const float* keyMask,
                  float* out, const AttentionShape& a) {
  Scratch first(size_t(a.B) * sizeof(int64_t));
  firstKeys(keyMask, a, first);
  launch("attention", attentionKernel<kD>, gridOver<kD>(a, foldedRows(a)),
         tileRows<kD>() * kRowThreads, 0, q, k, v, keyMask, first.as<const int64_t>(), out, a);
}

template <int kD>
void attentionGradFor(const float* dy, const float* q, const float* k, const float* v,
                      const float* keyMask, float* dq, float* dk, float* dv,
                      const AttentionShape& a) {
  const int64_t rows = a.B * a.H * a.T;
  const unsigned threads = tileRows<kD>() * kRowThreads;
  Scratch first(size_t(a.B) * sizeof(int64_t)), lse(size_t(rows) * 4), delta(size_t(rows) * 4);
  firstKeys(keyMask, a, first);
  const int64_t* fk = first.as<const int64_t>();
  dim3 queryTiles = gridOver<kD>(a, foldedRows(a));
  launch("attentionGrad", statsKernel<kD>, queryTiles, threads, 0, dy, q, k, v, keyMask, fk,
         lse.as<float>(), delta.as<float>(), a);
  launch("attentionGrad", gradQKernel<kD>, queryTiles, threads, 0, dy, q, k, v, keyMask, fk,
         lse.as<const float>(), delta.as<const float>(), dq, a);
  launch("attentionGrad", gradKVKernel<kD>, gridOver<kD>(a, a.S), threads, 0, dy, q, k, v,
         keyMask, fk, lse.as<const float>(), delta.as<const float>(), dk, dv, a);
}

}  // namespace

void attention(const float* q, const float* k, const float* v, const float* keyMask, float* out,
               const AttentionShape& a) {
  if (a.B * a.H * a.T * a.D == 0) return;
  checkShape(a);
  if (a.D <= 64) attentionFor<64>(q, k, v, keyMask, out, a);
  else if (a.D <= 128) attentionFor<128>(q, k, v, keyMask, out, a);
  else attentionFor<256>(q, k, v, keyMask, out, a);
}

// dk and dv cover all S keys even when T is 0 (then they are 0).
void attentionGrad(const float* dy, const float* q, const float* k, const float* v,
                   const float* keyMask, float* dq, float* dk, float* dv,
                   const AttentionShape& a) {
  if (a.B * a.G * a.S * a.D == 0) return;
  checkShape(a);
  if (a.D <= 64) attentionGradFor<64>(dy, q, k, v, keyMask, dq, dk, dv, a);
  else if (a.D <= 128) attentionGradFor<128>(dy, q, k, v, keyMask, dq, dk, dv, a);
  else attentionGradFor<256>(dy, q, k, v, keyMask, dq, dk, dv, a);
}

}  // namespace prorl
