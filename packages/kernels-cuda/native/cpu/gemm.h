// Blocked single-precision GEMM used when the build finds no CBLAS: C (+)= op(A) op(B), row-major.
// The GotoBLAS/BLIS scheme: B is packed into KC x NR column panels, A into MR x KC row panels,
// and a MR x NR register-tile micro-kernel (GCC vector extensions, 8 lanes; the compiler maps
// them to AVX/FMA under -march=native) runs over the packed panels. Threads (OpenMP) split the
// rows of C. Written from the structure described in Goto & van de Geijn, "Anatomy of
// High-Performance Matrix Multiplication" (2008) and BLIS's gemm loop nest.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace prorl {

inline const char* gemmSimdName() {
#if defined(__AVX512F__)
  return "avx512";
#elif defined(__AVX2__) && defined(__FMA__)
  return "avx2+fma";
#elif defined(__AVX__)
  return "avx";
#elif defined(__SSE2__)
  return "sse2";
#else
  return "scalar";
#endif
}

typedef float v8f __attribute__((vector_size(32), aligned(4)));

constexpr int64_t MR = 6;
constexpr int64_t NR = 16;
constexpr int64_t KC = 256;
constexpr int64_t MC = 120;   // multiple of MR
constexpr int64_t NC = 2048;  // multiple of NR

// Packs op(B)[pc:pc+kc, jc:jc+nc] into panels of NR columns: panel j holds kc rows of NR values.
inline void packB(bool tb, const float* B, int64_t ldb, int64_t pc, int64_t kc, int64_t jc,
                  int64_t nc, float* out) {
  int64_t panels = (nc + NR - 1) / NR;
#pragma omp parallel for if (kc * nc > 65536)
  for (int64_t p = 0; p < panels; p++) {
    float* o = out + p * kc * NR;
    int64_t j0 = jc + p * NR;
    int64_t w = std::min<int64_t>(NR, jc + nc - j0);
    for (int64_t k = 0; k < kc; k++) {
      float* row = o + k * NR;
      if (!tb) {
        const float* src = B + (pc + k) * ldb + j0;
        for (int64_t j = 0; j < w; j++) row[j] = src[j];
      } else {
        for (int64_t j = 0; j < w; j++) row[j] = B[(j0 + j) * ldb + pc + k];
      }
      for (int64_t j = w; j < NR; j++) row[j] = 0;
    }
  }
}

// Packs op(A)[ic:ic+mc, pc:pc+kc] into panels of MR rows: panel i holds kc columns of MR values.
inline void packA(bool ta, const float* A, int64_t lda, int64_t ic, int64_t mc, int64_t pc,
                  int64_t kc, float* out) {
  int64_t panels = (mc + MR - 1) / MR;
  for (int64_t p = 0; p < panels; p++) {
    float* o = out + p * kc * MR;
    int64_t i0 = ic + p * MR;
    int64_t h = std::min<int64_t>(MR, ic + mc - i0);
    for (int64_t k = 0; k < kc; k++) {
      float* col = o + k * MR;
      for (int64_t i = 0; i < h; i++)
        col[i] = ta ? A[(pc + k) * lda + i0 + i] : A[(i0 + i) * lda + pc + k];
      for (int64_t i = h; i < MR; i++) col[i] = 0;
    }
  }
}

// c[MR x NR] (+)= a_panel . b_panel over kc. Twelve named accumulators so that they stay in
// registers (an array of vectors gets spilled to the stack by GCC).
inline void microKernel(int64_t kc, const float* a, const float* b, float* c, int64_t ldc,
                        int64_t h, int64_t w, bool accumulate) {
  const v8f z = {0, 0, 0, 0, 0, 0, 0, 0};
  v8f c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z;
  v8f c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
  for (int64_t k = 0; k < kc; k++) {
    const v8f b0 = *reinterpret_cast<const v8f*>(b + k * NR);
    const v8f b1 = *reinterpret_cast<const v8f*>(b + k * NR + 8);
    const float* ak = a + k * MR;
#define PRORL_ROW(i, x0, x1)   \
  {                            \
    const v8f ai = z + ak[i];  \
    x0 += ai * b0;             \
    x1 += ai * b1;             \
  }
    PRORL_ROW(0, c00, c01)
    PRORL_ROW(1, c10, c11)
    PRORL_ROW(2, c20, c21)
    PRORL_ROW(3, c30, c31)
    PRORL_ROW(4, c40, c41)
    PRORL_ROW(5, c50, c51)
#undef PRORL_ROW
  }
  float tmp[MR][NR];
  *reinterpret_cast<v8f*>(&tmp[0][0]) = c00;
  *reinterpret_cast<v8f*>(&tmp[0][8]) = c01;
  *reinterpret_cast<v8f*>(&tmp[1][0]) = c10;
  *reinterpret_cast<v8f*>(&tmp[1][8]) = c11;
  *reinterpret_cast<v8f*>(&tmp[2][0]) = c20;
  *reinterpret_cast<v8f*>(&tmp[2][8]) = c21;
  *reinterpret_cast<v8f*>(&tmp[3][0]) = c30;
  *reinterpret_cast<v8f*>(&tmp[3][8]) = c31;
  *reinterpret_cast<v8f*>(&tmp[4][0]) = c40;
  *reinterpret_cast<v8f*>(&tmp[4][8]) = c41;
  *reinterpret_cast<v8f*>(&tmp[5][0]) = c50;
  *reinterpret_cast<v8f*>(&tmp[5][8]) = c51;
  for (int64_t i = 0; i < h; i++) {
    float* ci = c + i * ldc;
    if (accumulate)
      for (int64_t j = 0; j < w; j++) ci[j] += tmp[i][j];
    else
      for (int64_t j = 0; j < w; j++) ci[j] = tmp[i][j];
  }
}

// C = op(A) op(B), or C += op(A) op(B) with accumulate.
inline void sgemm(bool ta, bool tb, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
                  const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate = false) {
  if (M == 0 || N == 0) return;
  if (K == 0) {
    if (!accumulate)
      for (int64_t i = 0; i < M; i++) std::memset(C + i * ldc, 0, size_t(N) * 4);
    return;
  }
  std::vector<float> bPack(size_t(KC * ((std::min(N, NC) + NR - 1) / NR) * NR));
  for (int64_t jc = 0; jc < N; jc += NC) {
    int64_t nc = std::min(NC, N - jc);
    for (int64_t pc = 0; pc < K; pc += KC) {
      int64_t kc = std::min(KC, K - pc);
      packB(tb, B, ldb, pc, kc, jc, nc, bPack.data());
      bool add = accumulate || pc > 0;
      int64_t mBlocks = (M + MC - 1) / MC;
#pragma omp parallel if (M * nc * kc > 200000)
      {
        std::vector<float> aPack(size_t(MC * kc));
#pragma omp for schedule(dynamic)
        for (int64_t mb = 0; mb < mBlocks; mb++) {
          int64_t ic = mb * MC;
          int64_t mc = std::min(MC, M - ic);
          packA(ta, A, lda, ic, mc, pc, kc, aPack.data());
          for (int64_t jr = 0; jr < nc; jr += NR) {
            int64_t w = std::min(NR, nc - jr);
            const float* bp = bPack.data() + (jr / NR) * kc * NR;
            for (int64_t ir = 0; ir < mc; ir += MR) {
              int64_t h = std::min(MR, mc - ir);
              microKernel(kc, aPack.data() + (ir / MR) * kc * MR, bp,
                          C + (ic + ir) * ldc + jc + jr, ldc, h, w, add);
            }
          }
        }
      }
    }
  }
}

}  // namespace prorl
