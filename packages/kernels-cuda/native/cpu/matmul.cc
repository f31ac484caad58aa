// Matrix products of the CPU target (declared in kernels.h): through the builtin GEMM (gemm.cc)
// or through OpenBLAS's cblas_sgemm where the build linked it (PRORL_HAVE_CBLAS). Both are in the
// same binary; setGemm picks one at run time (src/native.ts sets it from PRORL_GEMM when the
// backend starts), so the two can be compared in one process.
#include <stdexcept>

#include "gemm.h"
#include "kernels.h"

#ifdef PRORL_HAVE_CBLAS
#include <cblas.h>
#endif
#ifdef _OPENMP
#include <omp.h>
#endif

namespace prorl {
namespace cpu {
namespace {

Gemm g_gemm = Gemm::Builtin;

}  // namespace

bool blasLinked() {
#ifdef PRORL_HAVE_CBLAS
  return true;
#else
  return false;
#endif
}

void setGemm(Gemm gemm) {
  if (gemm == Gemm::Blas && !blasLinked())
    throw std::invalid_argument(
        "native backend: this build has no OpenBLAS (install libopenblas-dev and rebuild)");
  g_gemm = gemm;
}

Gemm gemm() { return g_gemm; }

const char* gemmName(Gemm gemm) { return gemm == Gemm::Blas ? "blas" : "builtin"; }

void setThreads(int threads) {
  if (threads < 1 || threads > 1024)
    throw std::invalid_argument("native backend: threads must be between 1 and 1024");
#ifdef _OPENMP
  omp_set_num_threads(threads);
#endif
#ifdef PRORL_HAVE_CBLAS
  openblas_set_num_threads(threads);
#endif
}

int threads() {
#ifdef _OPENMP
  return omp_get_max_threads();
#else
  return 1;
#endif
}

void matmul(bool ta, bool tb, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
            const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate) {
#ifdef PRORL_HAVE_CBLAS
  // Empty products are sgemm's (cblas_sgemm rejects lda = K = 0).
  if (g_gemm == Gemm::Blas && M > 0 && N > 0 && K > 0) {
    cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                int(M), int(N), int(K), 1.0f, A, int(lda), B, int(ldb), accumulate ? 1.0f : 0.0f,
                C, int(ldc));
    return;
  }
#endif
  sgemm(ta, tb, M, N, K, A, lda, B, ldb, C, ldc, accumulate);
}

void batchMatMul(const float* a, const float* b, float* c, const int32_t* aIdx,
                 const int32_t* bIdx, int64_t batch, int64_t M, int64_t N, int64_t K, bool ta,
                 bool tb) {
  for (int64_t i = 0; i < batch; i++)
    matmul(ta, tb, M, N, K, a + int64_t(aIdx[i]) * M * K, ta ? M : K,
           b + int64_t(bIdx[i]) * K * N, tb ? K : N, c + i * M * N, N, false);
}

}  // namespace cpu
}  // namespace prorl
