// The fused kernels of the CPU target (declared in kernels.h), which @prorl/model calls by name
// on this backend, and their gradients: RMSNorm, rotary embedding, SwiGLU, and the token
// log-prob + entropy of a row of logits. Rows are independent and the one sum across rows (the
// RMSNorm weight gradient) is taken over fixed chunks of rows in order, so results do not depend
// on the thread count.
#include <algorithm>
#include <cmath>
#include <vector>

#include "kernels.h"

namespace prorl {
namespace cpu {

/** y = x * rsqrt(mean(x^2) + eps) * w over the last dimension. */
void rmsNorm(const float* x, const float* w, float* y, int64_t rows, int64_t H, double eps) {
#pragma omp parallel for if (rows * H > kParallelMin && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* xr = x + r * H;
    float* yr = y + r * H;
    double ss = 0;
    for (int64_t j = 0; j < H; j++) ss += double(xr[j]) * xr[j];
    float inv = float(1.0 / std::sqrt(ss / double(H) + eps));
    for (int64_t j = 0; j < H; j++) yr[j] = xr[j] * inv * w[j];
  }
}

namespace {

/** Rows per chunk of the weight gradient: 32, or more so that there are at most 256 chunks. */
int64_t weightChunkRows(int64_t rows) {
  constexpr int64_t kMaxChunks = 256;
  return std::max<int64_t>(32, (rows + kMaxChunks - 1) / kMaxChunks);
}

}  // namespace

/**
 * r = rsqrt(mean(x^2) + eps), g = dy * w:
 *   dx = r * g - x * r^3 * sum(g * x) / H ;  dw = sum over rows of dy * x * r
 * dw sums fixed chunks of rows (as the CUDA target does), then the chunks in order.
 */
void rmsNormGrad(const float* dy, const float* x, const float* w, float* dx, float* dw,
                 int64_t rows, int64_t H, double eps) {
  const int64_t chunkRows = weightChunkRows(rows);
  const int64_t chunks = (rows + chunkRows - 1) / chunkRows;
  std::vector<double> partial(size_t(chunks * H), 0.0);
#pragma omp parallel for if (rows * H > kParallelMin && chunks > 1)
  for (int64_t chunk = 0; chunk < chunks; chunk++) {
    double* acc = partial.data() + chunk * H;
    for (int64_t r = chunk * chunkRows; r < std::min(rows, (chunk + 1) * chunkRows); r++) {
      const float* xr = x + r * H;
      const float* gr = dy + r * H;
      float* dxr = dx + r * H;
      double ss = 0, gx = 0;
      for (int64_t j = 0; j < H; j++) {
        ss += double(xr[j]) * xr[j];
        gx += double(gr[j]) * w[j] * xr[j];
      }
      double inv = 1.0 / std::sqrt(ss / double(H) + eps);
      double c = gx * inv * inv * inv / double(H);
      for (int64_t j = 0; j < H; j++) {
        dxr[j] = float(inv * gr[j] * w[j] - xr[j] * c);
        acc[j] += double(gr[j]) * xr[j] * inv;
      }
    }
  }
  for (int64_t j = 0; j < H; j++) {
    double s = 0;
    for (int64_t chunk = 0; chunk < chunks; chunk++) s += partial[size_t(chunk * H + j)];
    dw[j] = float(s);
  }
}

/** y = g * sigmoid(g) * u */
void swiglu(const float* g, const float* u, float* y, int64_t n) {
#pragma omp parallel for simd if (n > kParallelMin)
  for (int64_t i = 0; i < n; i++) {
    float s = 1.0f / (1.0f + std::exp(-g[i]));
    y[i] = g[i] * s * u[i];
  }
}

/** s = sigmoid(g): dg = dy * u * s * (1 + g * (1 - s)), du = dy * g * s */
void swigluGrad(const float* dy, const float* g, const float* u, float* dg, float* du, int64_t n) {
#pragma omp parallel for simd if (n > kParallelMin)
  for (int64_t i = 0; i < n; i++) {
    float s = 1.0f / (1.0f + std::exp(-g[i]));
    dg[i] = dy[i] * u[i] * s * (1.0f + g[i] * (1.0f - s));
    du[i] = dy[i] * g[i] * s;
  }
}

namespace {

/** A row of logits' max m, log-sum-exp relative to m, and entropy H = lse - sum p (z - m). */
struct RowSoftmax {
  float m;
  double lse, entropy;
};

// Two passes over the row (max, then the sums in double), without storing the softmax.
RowSoftmax rowSoftmax(const float* zr, int64_t V) {
  float m = zr[0];
  for (int64_t j = 1; j < V; j++) m = zr[j] > m ? zr[j] : m;
  double s = 0, sz = 0;
  for (int64_t j = 0; j < V; j++) {
    double e = std::exp(double(zr[j] - m));
    s += e;
    sz += e * double(zr[j] - m);
  }
  double lse = std::log(s);
  return RowSoftmax{m, lse, lse - sz / s};
}

}  // namespace

/** Per row of logits z: logp = log softmax(z)[t] and ent = -sum p log p. */
void logProbEntropy(const float* z, const int32_t* t, float* logp, float* ent, int64_t rows,
                    int64_t V) {
#pragma omp parallel for if (rows * V > kParallelMin && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* zr = z + r * V;
    const RowSoftmax row = rowSoftmax(zr, V);
    int32_t k = t[r];
    logp[r] = (k >= 0 && k < V) ? float(double(zr[k] - row.m) - row.lse) : 0.0f;
    ent[r] = float(row.entropy);
  }
}

/**
 * p = softmax(z), H = entropy: dz_j = dlogp * (1[j = t] - p_j) - dent * p_j * (log p_j + H)
 */
void logProbEntropyGrad(const float* z, const int32_t* t, const float* dl, const float* de,
                        float* dz, int64_t rows, int64_t V) {
#pragma omp parallel for if (rows * V > kParallelMin && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* zr = z + r * V;
    float* dr = dz + r * V;
    const RowSoftmax row = rowSoftmax(zr, V);
    double a = dl[r], b = de[r];
    for (int64_t j = 0; j < V; j++) {
      double lp = double(zr[j] - row.m) - row.lse;
      double p = std::exp(lp);
      dr[j] = float(-a * p - b * p * (lp + row.entropy));
    }
    int32_t k = t[r];
    if (k >= 0 && k < V) dr[k] += float(a);
  }
}

/**
 * Rotary embedding: y1 = x1 c1 - x2 s1, y2 = x2 c2 + x1 s2 (halves of the last dimension). With
 * grad, x is dy and y is dx: dx1 = dy1 c1 + dy2 s2, dx2 = dy2 c2 - dy1 s1.
 */
void rope(const float* x, const float* cs, const float* sn, float* y, int64_t B, int64_t H,
          int64_t T, int64_t Dm, bool grad) {
  int64_t half = Dm / 2;
  int64_t rows = B * H * T;
#pragma omp parallel for if (rows * Dm > kParallelMin)
  for (int64_t r = 0; r < rows; r++) {
    int64_t t = r % T;
    int64_t b = r / (H * T);
    const float* c = cs + (b * T + t) * Dm;
    const float* s = sn + (b * T + t) * Dm;
    const float* xr = x + r * Dm;
    float* yr = y + r * Dm;
    for (int64_t i = 0; i < half; i++) {
      float x1 = xr[i], x2 = xr[i + half];
      if (!grad) {
        yr[i] = x1 * c[i] - x2 * s[i];
        yr[i + half] = x2 * c[i + half] + x1 * s[i + half];
      } else {
        yr[i] = x1 * c[i] + x2 * s[i + half];
        yr[i + half] = x2 * c[i + half] - x1 * s[i];
      }
    }
  }
}

}  // namespace cpu
}  // namespace prorl
