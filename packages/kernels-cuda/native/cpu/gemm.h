// The builtin single-precision GEMM of the CPU target (gemm.cc, register tiles in gemm-tiles.cc):
// C = op(A) op(B), or C += op(A) op(B), row-major, op(X) = X or X^T.
//
// Every element of C is one chain of multiply-adds in the order k = 0, 1, ..., K - 1,
//   c <- fma(op(A)[i][k], op(B)[k][j], c),  starting from c = 0 (or from C when accumulating),
// computed by one thread (threads split the rows and columns of C, never k). So a product has the
// same bits whatever the thread count and block sizes, and the AVX2 and AVX-512 tiles give the
// same bits too (both round once per multiply-add). The portable tile, for CPUs without AVX2 and
// FMA, rounds the product and the sum separately: c <- c + round(a b).
#pragma once

#include <cstdint>
#include <string>

namespace prorl {

void sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
           const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate = false);

/** What sgemm runs with: the register tile and the cache blocks (see gemm.cc). */
struct GemmSettings {
  std::string tile;  // "avx512", "avx2" or "portable"
  int64_t mr, nr;    // register tile: MR rows by NR columns of C
  int64_t kc, mc, nc;
  /** Data cache sizes in bytes the blocks were derived from (L1, L2, L3). */
  int64_t l1, l2, l3;
};

GemmSettings gemmSettings();

/**
 * Tests and benchmarks: use the named tile ("" keeps the current one; it must be one this CPU
 * runs) and these block sizes (0 derives a size from the caches, as at start). Throws
 * std::invalid_argument naming what is wrong.
 */
void configureGemm(const std::string& tile, int64_t kc, int64_t mc, int64_t nc);

/** The tiles this CPU runs, best first, comma-separated ("avx512,avx2,portable"). */
std::string gemmTilesSupported();

}  // namespace prorl
