// The register tiles of the builtin GEMM (interface in gemm-tiles.h). Each keeps its MR x NR
// block of C in vector registers for the whole kc loop and, per step of k, loads one row of the B
// micro-panel (NR values) and broadcasts the MR values of the A micro-panel's column against it,
// as BLIS's micro-kernels do (Van Zee & van de Geijn, "BLIS: A Framework for Rapidly
// Instantiating BLAS Functionality", TOMS 2015; the haswell 6x16 and skx 32x12 sgemm shapes).
//
//   avx512   12 x 32: 24 zmm accumulators, 2 zmm of B, 1 broadcast (27 of 32 registers)
//   avx2      6 x 16: 12 ymm accumulators, 2 ymm of B, 1 broadcast (15 of 16 registers)
//   portable  4 x  8: GCC/Clang vector extensions, product and sum rounded separately
//
// The x86 tiles are compiled for their instruction set with target attributes, whatever the
// flags of the rest of the addon, and are only called where the CPU has it (tilesSupported).
#include "gemm-tiles.h"

#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PRORL_X86 1
#endif

namespace prorl {
namespace {

// Each tile is a struct with MR (rows of a whole tile), NR (columns) and run<R, kRows>, the
// multiply over the first R <= MR rows: A packed (element (i, k) at a[k * MR + i]) or, kRows, in
// place (a[i * lda + k]). Rows past R are neither read nor written, so an edge of R rows costs R.

#ifdef PRORL_X86

struct Avx512 {
  static constexpr int MR = 12, NR = 32;
  template <int R, bool kRows>
  __attribute__((target("avx512f"))) static void run(int64_t kc, const float* a, int64_t lda,
                                                     const float* b, float* c, int64_t ldc,
                                                     bool load) {
    const int64_t ka = kRows ? 1 : MR, ia = kRows ? lda : 1;
    __m512 acc[R][2];
#pragma GCC unroll 12
    for (int i = 0; i < R; i++) {
      acc[i][0] = load ? _mm512_loadu_ps(c + i * ldc) : _mm512_setzero_ps();
      acc[i][1] = load ? _mm512_loadu_ps(c + i * ldc + 16) : _mm512_setzero_ps();
    }
    for (int64_t k = 0; k < kc; k++, a += ka, b += NR) {
      const __m512 b0 = _mm512_load_ps(b), b1 = _mm512_load_ps(b + 16);
#pragma GCC unroll 12
      for (int i = 0; i < R; i++) {
        const __m512 ai = _mm512_set1_ps(a[i * ia]);
        acc[i][0] = _mm512_fmadd_ps(ai, b0, acc[i][0]);
        acc[i][1] = _mm512_fmadd_ps(ai, b1, acc[i][1]);
      }
    }
#pragma GCC unroll 12
    for (int i = 0; i < R; i++) {
      _mm512_storeu_ps(c + i * ldc, acc[i][0]);
      _mm512_storeu_ps(c + i * ldc + 16, acc[i][1]);
    }
  }
};

struct Avx2 {
  static constexpr int MR = 6, NR = 16;
  template <int R, bool kRows>
  __attribute__((target("avx2,fma"))) static void run(int64_t kc, const float* a, int64_t lda,
                                                      const float* b, float* c, int64_t ldc,
                                                      bool load) {
    const int64_t ka = kRows ? 1 : MR, ia = kRows ? lda : 1;
    __m256 acc[R][2];
#pragma GCC unroll 6
    for (int i = 0; i < R; i++) {
      acc[i][0] = load ? _mm256_loadu_ps(c + i * ldc) : _mm256_setzero_ps();
      acc[i][1] = load ? _mm256_loadu_ps(c + i * ldc + 8) : _mm256_setzero_ps();
    }
    for (int64_t k = 0; k < kc; k++, a += ka, b += NR) {
      const __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + 8);
#pragma GCC unroll 6
      for (int i = 0; i < R; i++) {
        const __m256 ai = _mm256_broadcast_ss(a + i * ia);
        acc[i][0] = _mm256_fmadd_ps(ai, b0, acc[i][0]);
        acc[i][1] = _mm256_fmadd_ps(ai, b1, acc[i][1]);
      }
    }
#pragma GCC unroll 6
    for (int i = 0; i < R; i++) {
      _mm256_storeu_ps(c + i * ldc, acc[i][0]);
      _mm256_storeu_ps(c + i * ldc + 8, acc[i][1]);
    }
  }
};

#endif  // PRORL_X86

// Eight floats; the compiler maps them onto whatever vectors the target has. aligned(4): rows
// of C are only float-aligned.
typedef float v8f __attribute__((vector_size(32), aligned(4)));

// The build passes -ffp-contract=off, so `acc + a * b` stays a multiply and an add.
struct Portable {
  static constexpr int MR = 4, NR = 8;
  template <int R, bool kRows>
  static void run(int64_t kc, const float* a, int64_t lda, const float* b, float* c, int64_t ldc,
                  bool load) {
    const int64_t ka = kRows ? 1 : MR, ia = kRows ? lda : 1;
    v8f acc[R];
    for (int i = 0; i < R; i++) acc[i] = load ? *reinterpret_cast<const v8f*>(c + i * ldc) : v8f{};
    for (int64_t k = 0; k < kc; k++, a += ka, b += NR) {
      const v8f bk = *reinterpret_cast<const v8f*>(b);
      for (int i = 0; i < R; i++) acc[i] = acc[i] + a[i * ia] * bk;
    }
    for (int i = 0; i < R; i++) *reinterpret_cast<v8f*>(c + i * ldc) = acc[i];
  }
};

/** run<1, kRows> .. run<MR, kRows> of tile K, at the index of their row count. */
template <class K, bool kRows, int... R>
constexpr TileFns fns(std::integer_sequence<int, R...>) {
  return TileFns{{nullptr, &K::template run<R + 1, kRows>...}};
}

template <class K>
constexpr Tile tile(const char* name) {
  constexpr auto rows = std::make_integer_sequence<int, K::MR>();
  return Tile{name, K::MR, K::NR, fns<K, false>(rows), fns<K, true>(rows)};
}

}  // namespace

int tilesSupported(const Tile** out, int max) {
  static const Tile portable = tile<Portable>("portable");
  int n = 0;
  auto add = [&](const Tile* t) {
    if (n < max) out[n++] = t;
  };
#ifdef PRORL_X86
  static const Tile avx512 = tile<Avx512>("avx512");
  static const Tile avx2 = tile<Avx2>("avx2");
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) add(&avx512);
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) add(&avx2);
#endif
  add(&portable);
  return n;
}

}  // namespace prorl
