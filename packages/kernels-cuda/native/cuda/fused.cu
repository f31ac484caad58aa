// Fused kernels and their gradients: RMSNorm, rotary embedding, SwiGLU, token log-prob + entropy.
// Row kernels give each row one block of kThreads threads that reads the row coalesced and reduces
// with warp shuffles and one shared slot per warp; row sums are in double, as in the CPU target.
#include "reductions.cuh"

namespace prorl {
namespace {

// Block-stride loop over the rows, so that a grid smaller than `rows` still covers them; the
// bound is the same for every thread of a block, so barriers inside the body are reached by all.
#define FOR_EACH_ROW(r, rows) for (int64_t r = blockIdx.x; r < (rows); r += gridDim.x)

// Block-stride loop over the elements of one row.
#define FOR_EACH_IN_ROW(j, n) for (int64_t j = threadIdx.x; j < (n); j += blockDim.x)


/** Blocks for one block per row (the rows loop covers the rest). */
unsigned rowBlocks(int64_t rows) {
  return unsigned(std::max<int64_t>(1, std::min<int64_t>(rows, 65535 * 8)));
}

template <typename T>
struct Add {
  static PRORL_DEVICE T identity() { return T(0); }
  static PRORL_DEVICE T combine(T a, T b) { return a + b; }
};
struct MaxF {
  static PRORL_DEVICE float identity() { return -INFINITY; }
  static PRORL_DEVICE float combine(float a, float b) { return fmaxf(a, b); }
};

// ---- rotary embedding ----

// Per pair (i, i + D/2) of a row of x [B, H, T, D] with tables [B, 1, T, D]:
// y1 = x1 c1 - x2 s1, y2 = x2 c2 + x1 s2; grad (x is dy, y is dx): dx1 = dy1 c1 + dy2 s2,
// dx2 = dy2 c2 - dy1 s1.
__global__ void ropeKernel(const float* x, const float* cs, const float* sn, float* y, int64_t H,
                           int64_t T, int64_t D, int64_t pairs, bool grad) {
  int64_t half = D / 2;
  FOR_EACH_ELEMENT(p, pairs) {
    int64_t r = p / half, i = p % half;
    int64_t table = ((r / (H * T)) * T + r % T) * D;
    const float* c = cs + table;
    const float* s = sn + table;
    float x1 = x[r * D + i], x2 = x[r * D + i + half];
    if (!grad) {
      y[r * D + i] = x1 * c[i] - x2 * s[i];
      y[r * D + i + half] = x2 * c[i + half] + x1 * s[i + half];
    } else {
      y[r * D + i] = x1 * c[i] + x2 * s[i + half];
      y[r * D + i + half] = x2 * c[i + half] - x1 * s[i];
    }
  }
}

// ---- RMSNorm ----

// inv = 1 / sqrt(sum(x^2) / H + eps) of the row, in every thread (sum in double).
__device__ double rowInvRms(const float* xr, int64_t H, double eps) {
  double ss = 0;
  FOR_EACH_IN_ROW(j, H) ss += double(xr[j]) * xr[j];
  ss = blockAllReduce<Add<double>>(ss);
  return 1.0 / sqrt(ss / double(H) + eps);
}

// y = x * rsqrt(mean(x^2) + eps) * w, one block per row.
__global__ void rmsNormKernel(const float* x, const float* w, float* y, int64_t rows, int64_t H,
                              double eps) {
  FOR_EACH_ROW(r, rows) {
    const float* xr = x + r * H;
    float inv = float(rowInvRms(xr, H, eps));
    FOR_EACH_IN_ROW(j, H) y[r * H + j] = xr[j] * inv * w[j];
  }
}

// r = rsqrt(mean(x^2) + eps), g = dy * w: dx = r g - x r^3 sum(g x) / H, one block per row; also
// stores r per row for the weight gradient.
__global__ void rmsNormGradRowsKernel(const float* dy, const float* x, const float* w, float* dx,
                                      double* invs, int64_t rows, int64_t H, double eps) {
  FOR_EACH_ROW(r, rows) {
    const float* xr = x + r * H;
    const float* gr = dy + r * H;
    double inv = rowInvRms(xr, H, eps);
    double gx = 0;
    FOR_EACH_IN_ROW(j, H) gx += double(gr[j]) * w[j] * xr[j];
    gx = blockAllReduce<Add<double>>(gx);
    float a = float(inv), c = float(gx * inv * inv * inv / double(H));
    FOR_EACH_IN_ROW(j, H) dx[r * H + j] = a * gr[j] * w[j] - xr[j] * c;
    if (threadIdx.x == 0) invs[r] = inv;
  }
}

// partial[chunk, j] = sum over the chunk's rows of dy * x * r (double): grid (column tiles,
// chunks), a thread per column, so a warp reads consecutive columns of one row.
__global__ void rmsNormWeightPartialKernel(const float* dy, const float* x, const double* invs,
                                           double* partial, int64_t rows, int64_t H,
                                           int64_t chunkRows) {
  int64_t j = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
  if (j >= H) return;
  int64_t r0 = int64_t(blockIdx.y) * chunkRows;
  int64_t r1 = r0 + chunkRows < rows ? r0 + chunkRows : rows;
  double acc = 0;
  for (int64_t r = r0; r < r1; r++) acc += double(dy[r * H + j]) * x[r * H + j] * invs[r];
  partial[int64_t(blockIdx.y) * H + j] = acc;
}

// dw_j = sum over chunks of partial[chunk, j], in chunk order (deterministic).
__global__ void sumColumnsKernel(const double* partial, float* out, int64_t chunks, int64_t H) {
  FOR_EACH_ELEMENT(j, H) {
    double s = 0;
    for (int64_t c = 0; c < chunks; c++) s += partial[c * H + j];
    out[j] = float(s);
  }
}

/** Rows per chunk of the weight gradient: chunks of 32 rows, at most 256 chunks. */
int64_t weightChunkRows(int64_t rows) {
  constexpr int64_t kMaxChunks = 256;
  return std::max<int64_t>(32, (rows + kMaxChunks - 1) / kMaxChunks);
}

// ---- SwiGLU ----

PRORL_DEVICE float sigmoid(float g) { return 1.0f / (1.0f + expf(-g)); }

// y = g * sigmoid(g) * u
__global__ void swigluKernel(const float* g, const float* u, float* y, int64_t n) {
  FOR_EACH_ELEMENT(i, n) y[i] = g[i] * sigmoid(g[i]) * u[i];
}

// s = sigmoid(g): dg = dy * u * s * (1 + g * (1 - s)), du = dy * g * s
__global__ void swigluGradKernel(const float* dy, const float* g, const float* u, float* dg,
                                 float* du, int64_t n) {
  FOR_EACH_ELEMENT(i, n) {
    float s = sigmoid(g[i]);
    dg[i] = dy[i] * u[i] * s * (1.0f + g[i] * (1.0f - s));
    du[i] = dy[i] * g[i] * s;
  }
}

// ---- token log-prob + entropy ----

struct SoftmaxStats {
  float m;     // max of the row
  double lse;  // log sum exp(z - m)
  double ent;  // -sum p log p = lse - sum(e (z - m)) / sum(e), e = exp(z - m)
};

// Two passes over a row of logits in every thread of the block: the max, then sum(e) and
// sum(e (z - m)) in double.
__device__ SoftmaxStats rowSoftmaxStats(const float* zr, int64_t V) {
  float m = -INFINITY;
  FOR_EACH_IN_ROW(j, V) m = fmaxf(m, zr[j]);
  m = blockAllReduce<MaxF>(m);
  double s = 0, sz = 0;
  FOR_EACH_IN_ROW(j, V) {
    float d = zr[j] - m;
    double e = expf(d);
    s += e;
    sz += e * d;
  }
  s = blockAllReduce<Add<double>>(s);
  sz = blockAllReduce<Add<double>>(sz);
  double lse = log(s);
  return {m, lse, lse - sz / s};
}

// logp = log softmax(z)[t] (0 for t outside [0, V)), ent = -sum p log p; one block per row.
__global__ void logProbEntropyKernel(const float* z, const int32_t* t, float* logp, float* ent,
                                     int64_t rows, int64_t V) {
  FOR_EACH_ROW(r, rows) {
    const float* zr = z + r * V;
    SoftmaxStats st = rowSoftmaxStats(zr, V);
    if (threadIdx.x == 0) {
      int32_t k = t[r];
      logp[r] = (k >= 0 && k < V) ? float(double(zr[k] - st.m) - st.lse) : 0.0f;
      ent[r] = float(st.ent);
    }
  }
}

// p = softmax(z), H = entropy: dz_j = dlogp * (1[j = t] - p_j) - dent * p_j * (log p_j + H);
// one block per row, writing every element of it.
__global__ void logProbEntropyGradKernel(const float* z, const int32_t* t, const float* dl,
                                         const float* de, float* dz, int64_t rows, int64_t V) {
  FOR_EACH_ROW(r, rows) {
    const float* zr = z + r * V;
    SoftmaxStats st = rowSoftmaxStats(zr, V);
    float lse = float(st.lse), ent = float(st.ent), a = dl[r], b = de[r];
    int32_t k = t[r];
    FOR_EACH_IN_ROW(j, V) {
      float lp = (zr[j] - st.m) - lse;
      float p = expf(lp);
      float v = -a * p - b * p * (lp + ent);
      dz[r * V + j] = j == k ? v + a : v;
    }
  }
}

}  // namespace

void rope(const float* x, const float* cos, const float* sin, float* y, int64_t B, int64_t H,
          int64_t T, int64_t D, bool grad) {
  int64_t pairs = B * H * T * (D / 2);
  launch("rope", ropeKernel, blocksFor(pairs), kThreads, 0, x, cos, sin, y, H, T, D, pairs, grad);
}

void rmsNorm(const float* x, const float* w, float* y, int64_t rows, int64_t H, float eps) {
  launch("rmsNorm", rmsNormKernel, rowBlocks(rows), kThreads, 0, x, w, y, rows, H, double(eps));
}

// dx per row as above; dw = sum over rows of dy * x * r, in fixed-order double partials per
// chunk of rows, then per column (no float atomics, so the result is the same on every run).
void rmsNormGrad(const float* dy, const float* x, const float* w, float* dx, float* dw,
                 int64_t rows, int64_t H, float eps) {
  int64_t chunkRows = weightChunkRows(rows);
  int64_t chunks = (rows + chunkRows - 1) / chunkRows;
  Scratch invs(size_t(rows) * sizeof(double));
  Scratch partial(size_t(chunks * H) * sizeof(double));
  launch("rmsNormGrad", rmsNormGradRowsKernel, rowBlocks(rows), kThreads, 0, dy, x, w, dx,
         invs.as<double>(), rows, H, double(eps));
  dim3 grid(unsigned((H + kThreads - 1) / kThreads), unsigned(chunks));
  launch("rmsNormGrad", rmsNormWeightPartialKernel, grid, kThreads, 0, dy, x, invs.as<double>(),
         partial.as<double>(), rows, H, chunkRows);
  launch("rmsNormGrad", sumColumnsKernel, blocksFor(H), kThreads, 0, partial.as<double>(), dw,
         chunks, H);
}

void swiglu(const float* g, const float* u, float* y, int64_t n) {
  launch("swiglu", swigluKernel, blocksFor(n), kThreads, 0, g, u, y, n);
}

void swigluGrad(const float* dy, const float* g, const float* u, float* dg, float* du, int64_t n) {
  launch("swigluGrad", swigluGradKernel, blocksFor(n), kThreads, 0, dy, g, u, dg, du, n);
}

void logProbEntropy(const float* z, const int32_t* targets, float* logp, float* ent, int64_t rows,
                    int64_t V) {
  launch("logProbEntropy", logProbEntropyKernel, rowBlocks(rows), kThreads, 0, z, targets, logp,
         ent, rows, V);
}

void logProbEntropyGrad(const float* z, const int32_t* targets, const float* dlogp,
                        const float* dent, float* dz, int64_t rows, int64_t V) {
  launch("logProbEntropyGrad", logProbEntropyGradKernel, rowBlocks(rows), kThreads, 0, z, targets,
         dlogp, dent, dz, rows, V);
}

}  // namespace prorl
