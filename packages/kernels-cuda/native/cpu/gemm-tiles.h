// Register tiles of the builtin GEMM (gemm-tiles.cc), the innermost loop of gemm.cc.
//
// A tile computes an R x NR block of C (R <= MR rows) from packed panels over kc steps of k:
//   c[i][j] <- c[i][j] + a[k][i] * b[k][j]   for k = 0 .. kc - 1, in that order,
// with a the A micro-panel (kc columns of MR values: a + k * MR; or A's rows in place) and b the
// B micro-panel (kc rows of NR values: b + k * NR, 64-byte aligned), c starting from C's values
// when `load`, else from 0. All NR columns of the R rows are read and written: the caller passes
// a scratch block where C has fewer columns left.
#pragma once

#include <array>
#include <cstdint>

namespace prorl {

using TileFn = void (*)(int64_t kc, const float* a, int64_t lda, const float* b, float* c,
                        int64_t ldc, bool load);

/** The largest MR of the tiles. */
constexpr int kMaxTileRows = 12;
/** One function per row count: [r] computes the first r rows of the tile ([0] is unused). */
using TileFns = std::array<TileFn, kMaxTileRows + 1>;

struct Tile {
  const char* name;
  int64_t mr, nr;
  TileFns run;      // a packed: element (i, k) at a[k * MR + i] (lda unused)
  TileFns runRows;  // a in place, row-major: element (i, k) at a[i * lda + k]
};

/** The tiles this CPU can run (checked at run time from its features), best first. */
int tilesSupported(const Tile** out, int max);

}  // namespace prorl
