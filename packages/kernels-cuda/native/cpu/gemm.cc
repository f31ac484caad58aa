// The builtin GEMM's loop nest (gemm.h says what it computes). The GotoBLAS/BLIS scheme (Goto &
// van de Geijn, "Anatomy of High-Performance Matrix Multiplication", TOMS 2008; BLIS's gemm
// loop nest): for each NC-wide column panel of C and each KC-deep slice of k,
//   pack op(B)[pc:pc+KC, jc:jc+NC] into KC x NR micro-panels   (shared; lives in L3),
//   for each MC-tall row block: pack op(A)[ic:ic+MC, pc:pc+KC] into MR x KC micro-panels (L2),
//     for each micro-panel of B (kept in L1) and of A: the MR x NR register tile (gemm-tiles.cc).
// The transposes are handled by the packing, so the tiles see one layout. C is carried from one
// KC slice to the next in the tile's accumulators (loaded, not added to), which keeps every
// element one multiply-add chain in k order whatever KC is.
//
// Block sizes come from the data caches, as in Low et al., "Analytical Modeling Is Enough for
// High-Performance BLIS" (TOMS 2016), simplified: a KC x NR micro-panel of B takes half of L1, an
// MC x KC block of A a quarter of L2, a KC x NC panel of B a quarter of L3 (capped at 4096
// columns; L3 is shared and a VM may report the host's).
//
// Threads (OpenMP) split C, never k: they pack the B panel together, then take (row block,
// column range) items of the panel; a row block is split into column ranges only when there are
// fewer row blocks than threads (short C). Products under kSerialWork multiply-adds stay on the
// calling thread, where waking the others would cost more than it saves.
#include "gemm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <vector>

#include "gemm-tiles.h"

#ifdef _OPENMP
#include <omp.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace prorl {
namespace {

constexpr int64_t kSerialWork = int64_t(1) << 18;  // multiply-adds (64^3)
constexpr int64_t kMaxTileFloats = 12 * 32;        // the largest MR * NR in gemm-tiles.cc

int64_t roundDown(int64_t x, int64_t m) { return std::max(m, x / m * m); }
int64_t roundUp(int64_t x, int64_t m) { return (x + m - 1) / m * m; }
int64_t ceilDiv(int64_t x, int64_t m) { return (x + m - 1) / m; }

int64_t cacheBytes(int level, int64_t fallback) {
  long v = -1;
#if defined(_SC_LEVEL1_DCACHE_SIZE)
  if (level == 1) v = sysconf(_SC_LEVEL1_DCACHE_SIZE);
  if (level == 2) v = sysconf(_SC_LEVEL2_CACHE_SIZE);
  if (level == 3) v = sysconf(_SC_LEVEL3_CACHE_SIZE);
#endif
  return v > 0 ? int64_t(v) : fallback;
}

struct State {
  const Tile* tile;
  int64_t kc, mc, nc, l1, l2, l3;
};

/** Block sizes for a tile from the cache sizes; a nonzero override wins. */
void deriveBlocks(State& s, int64_t kc, int64_t mc, int64_t nc) {
  const int64_t mr = s.tile->mr, nr = s.tile->nr;
  s.kc = kc > 0 ? kc : std::clamp<int64_t>(roundDown(s.l1 / 2 / (nr * 4), 8), 64, 512);
  s.mc = roundDown(mc > 0 ? mc : std::clamp<int64_t>(s.l2 / 4 / (s.kc * 4), mr, 1024), mr);
  s.nc = roundDown(nc > 0 ? nc : std::clamp<int64_t>(s.l3 / 4 / (s.kc * 4), nr, 4096), nr);
}

State initialState() {
  State s{};
  const Tile* tiles[4];
  tilesSupported(tiles, 4);
  s.tile = tiles[0];
  s.l1 = cacheBytes(1, 32 << 10);
  s.l2 = cacheBytes(2, 512 << 10);
  s.l3 = cacheBytes(3, 8 << 20);
  deriveBlocks(s, 0, 0, 0);
  return s;
}

State& state() {
  static State s = initialState();
  return s;
}

/** 64-byte aligned scratch for packed panels, kept between calls. */
class PackBuffer {
 public:
  PackBuffer() = default;
  PackBuffer(const PackBuffer&) = delete;
  PackBuffer& operator=(const PackBuffer&) = delete;
  PackBuffer(PackBuffer&& o) noexcept : p_(o.p_), floats_(o.floats_) {
    o.p_ = nullptr;
    o.floats_ = 0;
  }
  ~PackBuffer() { std::free(p_); }
  float* reserve(int64_t floats) {
    if (floats > floats_) {
      std::free(p_);
      floats_ = roundUp(floats, 16);
      p_ = static_cast<float*>(std::aligned_alloc(64, size_t(floats_) * 4));
      if (p_ == nullptr) {
        floats_ = 0;
        throw std::bad_alloc();
      }
    }
    return p_;
  }

 private:
  float* p_ = nullptr;
  int64_t floats_ = 0;
};

// The calling thread's buffers: one B panel, and one A block per thread of its products.
thread_local PackBuffer t_bPanel;
thread_local std::vector<PackBuffer> t_aBlocks;

struct Operands {
  bool ta, tb;
  const float* A;
  int64_t lda;
  const float* B;
  int64_t ldb;
  float* C;
  int64_t ldc;
};

// out[k * MR + i] = op(A)[i0 + i][pc + k] for the micro-panel of rows i0 .. i0 + h (zeros past h).
// MR is a constant so that the copies of whole micro-panels compile to vector moves.
template <int MR>
void packAPanel(const Operands& o, int64_t i0, int64_t h, int64_t pc, int64_t kc, float* out) {
  if (h < MR) std::fill(out, out + kc * MR, 0.0f);
  if (o.ta) {  // op(A)[i][k] = A[k][i]: each k is h consecutive floats
    const float* src = o.A + pc * o.lda + i0;
    if (h == MR) {
      for (int64_t k = 0; k < kc; k++)
        for (int i = 0; i < MR; i++) out[k * MR + i] = src[k * o.lda + i];
    } else {
      for (int64_t k = 0; k < kc; k++)
        for (int64_t i = 0; i < h; i++) out[k * MR + i] = src[k * o.lda + i];
    }
    return;
  }
  const float* rows[MR];  // op(A)[i][k] = A[i][k]: rows become strided columns
  for (int i = 0; i < MR; i++) rows[i] = o.A + (i0 + std::min<int64_t>(i, h - 1)) * o.lda + pc;
  if (h == MR) {
    for (int64_t k = 0; k < kc; k++)
      for (int i = 0; i < MR; i++) out[k * MR + i] = rows[i][k];
  } else {
    for (int64_t k = 0; k < kc; k++)
      for (int64_t i = 0; i < h; i++) out[k * MR + i] = rows[i][k];
  }
}

// out[k * NR + j] = op(B)[pc + k][j0 + j] for the micro-panel of columns j0 .. j0 + w.
template <int NR>
void packBPanel(const Operands& o, int64_t j0, int64_t w, int64_t pc, int64_t kc, float* out) {
  if (w < NR) std::fill(out, out + kc * NR, 0.0f);
  if (!o.tb) {  // op(B)[k][j] = B[k][j]: each k is w consecutive floats
    const float* src = o.B + pc * o.ldb + j0;
    if (w == NR) {
      for (int64_t k = 0; k < kc; k++)
        for (int j = 0; j < NR; j++) out[k * NR + j] = src[k * o.ldb + j];
    } else {
      for (int64_t k = 0; k < kc; k++)
        for (int64_t j = 0; j < w; j++) out[k * NR + j] = src[k * o.ldb + j];
    }
    return;
  }
  for (int64_t j = 0; j < w; j++) {  // op(B)[k][j] = B[j][k]
    const float* col = o.B + (j0 + j) * o.ldb + pc;
    for (int64_t k = 0; k < kc; k++) out[k * NR + j] = col[k];
  }
}

/** An h x w corner of the tile (h <= MR, w <= NR) through a full-size scratch block. */
void runEdgeTile(const Tile& t, TileFn run, int64_t kc, const float* a, int64_t lda,
                 const float* b, float* c, int64_t ldc, int64_t h, int64_t w, bool load) {
  alignas(64) float block[kMaxTileFloats];
  if (load) {
    std::fill(block, block + t.mr * t.nr, 0.0f);
    for (int64_t i = 0; i < h; i++) std::memcpy(block + i * t.nr, c + i * ldc, size_t(w) * 4);
  }
  run(kc, a, lda, b, block, t.nr, load);
  for (int64_t i = 0; i < h; i++) std::memcpy(c + i * ldc, block + i * t.nr, size_t(w) * 4);
}

/**
 * Whether MR rows of A, lda floats apart, can be read in place by the tile instead of packed: when
 * no more than two of them share a set of a 64-set (4 KiB per way) L1, so that they and the B
 * micro-panel stay cached. Power-of-two strides of 1 KiB and more put them in a few sets (and
 * an MC-row block in a few sets of L2): those are packed.
 */
bool rowsInPlace(int64_t lda, int64_t mr) {
  int perSet[64] = {};
  for (int64_t i = 0; i < mr; i++)
    if (++perSet[(i * lda * 4 / 64) % 64] > 2) return false;
  return true;
}

/** How one (jc, pc) panel's C block is cut into work items for the threads. */
struct Split {
  int64_t mBlocks, mcEach;  // row blocks of mcEach rows (the last may be shorter)
  int64_t nParts, ncEach;   // column ranges of ncEach columns per row block
  int64_t items() const { return mBlocks * nParts; }
};

/**
 * Row blocks of at most MC rows, of even size; when there are fewer blocks than threads, blocks of
 * MR rows, and each split into column ranges (multiples of NR) so every thread has an item.
 */
Split splitPanel(int64_t M, int64_t nc, int64_t mc, int64_t mr, int64_t nr, int threads) {
  Split s{};
  s.mBlocks = ceilDiv(M, mc);
  if (s.mBlocks < threads) s.mBlocks = std::min<int64_t>(threads, ceilDiv(M, mr));
  s.mcEach = roundUp(ceilDiv(M, s.mBlocks), mr);
  s.mBlocks = ceilDiv(M, s.mcEach);
  int64_t nPanels = ceilDiv(nc, nr);
  s.nParts = s.mBlocks >= threads ? 1 : std::min<int64_t>(nPanels, ceilDiv(threads, s.mBlocks));
  s.ncEach = ceilDiv(nPanels, s.nParts) * nr;
  s.nParts = ceilDiv(nc, s.ncEach);
  return s;
}

/** One thread's part of a (jc, pc) panel: the row block of item `item`, over its column range. */
template <int MR, int NR>
void runItem(const Operands& o, const Tile& t, const Split& sp, int64_t item, int64_t M,
             int64_t jc, int64_t nc, int64_t pc, int64_t kc, bool load, const float* bPanel,
             float* aBlock) {
  const int64_t ic = (item / sp.nParts) * sp.mcEach;
  const int64_t mc = std::min(sp.mcEach, M - ic);
  const int64_t j0 = (item % sp.nParts) * sp.ncEach;
  const int64_t j1 = std::min(nc, j0 + sp.ncEach);
  // A in place: whole micro-panels of rows are read where they are; the last, short one is packed.
  const bool inPlace = !o.ta && rowsInPlace(o.lda, MR);
  for (int64_t ir = 0; ir < mc; ir += MR) {
    const int64_t h = std::min<int64_t>(MR, mc - ir);
    if (!inPlace || h < MR) packAPanel<MR>(o, ic + ir, h, pc, kc, aBlock + ir * kc);
  }
  for (int64_t jr = j0; jr < j1; jr += NR) {
    const int64_t w = std::min<int64_t>(NR, j1 - jr);
    const float* b = bPanel + jr * kc;
    for (int64_t ir = 0; ir < mc; ir += MR) {
      const int64_t h = std::min<int64_t>(MR, mc - ir);
      float* c = o.C + (ic + ir) * o.ldc + jc + jr;
      if (load && ir + MR < mc) {  // the next tile's C, while this one computes
        for (int i = 0; i < MR; i++) __builtin_prefetch(c + (MR + i) * o.ldc, 1);
      }
      const bool rows = inPlace && h == MR;
      const float* a = rows ? o.A + (ic + ir) * o.lda + pc : aBlock + ir * kc;
      const TileFn run = rows ? t.runRows : t.run;
      if (h == MR && w == NR) run(kc, a, o.lda, b, c, o.ldc, load);
      else runEdgeTile(t, run, kc, a, o.lda, b, c, o.ldc, h, w, load);
    }
  }
}

int threadsFor(int64_t M, int64_t N, int64_t K) {
#ifdef _OPENMP
  if (M * N * K >= kSerialWork && !omp_in_parallel()) return omp_get_max_threads();
#endif
  (void)M, (void)N, (void)K;
  return 1;
}

template <int MR, int NR>
void product(const Operands& o, const State& st, int64_t M, int64_t N, int64_t K,
             bool accumulate) {
  const Tile& t = *st.tile;
  const int threads = threadsFor(M, N, K);
  const int64_t kcMax = std::min(st.kc, K);
  const int64_t ncMax = std::min(st.nc, N);
  // Allocated here, not in the threads: an exception must not leave an OpenMP region.
  float* bPanel = t_bPanel.reserve(roundUp(ncMax, NR) * kcMax);
  if (t_aBlocks.size() < size_t(threads)) t_aBlocks.resize(size_t(threads));
  std::vector<float*> aBlocks(static_cast<size_t>(threads));
  const int64_t mcMax = std::min(roundUp(st.mc, MR), roundUp(M, MR));
  for (int i = 0; i < threads; i++)
    aBlocks[size_t(i)] = t_aBlocks[size_t(i)].reserve(mcMax * kcMax);

#pragma omp parallel num_threads(threads) if (threads > 1)
  {
    int me = 0;
#ifdef _OPENMP
    me = omp_get_thread_num();
#endif
    float* aBlock = aBlocks[size_t(me)];
    for (int64_t jc = 0; jc < N; jc += st.nc) {
      const int64_t nc = std::min(st.nc, N - jc);
      const Split sp = splitPanel(M, nc, st.mc, MR, NR, threads);
      for (int64_t pc = 0; pc < K; pc += st.kc) {
        const int64_t kc = std::min(st.kc, K - pc);
        const int64_t panels = ceilDiv(nc, NR);
#pragma omp for schedule(static)
        for (int64_t p = 0; p < panels; p++) {
          const int64_t j0 = p * NR;
          packBPanel<NR>(o, jc + j0, std::min<int64_t>(NR, nc - j0), pc, kc, bPanel + j0 * kc);
        }
#pragma omp for schedule(dynamic, 1)
        for (int64_t item = 0; item < sp.items(); item++)
          runItem<MR, NR>(o, t, sp, item, M, jc, nc, pc, kc, accumulate || pc > 0, bPanel,
                          aBlock);
      }
    }
  }
}

}  // namespace

void sgemm(bool ta, bool tb, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
           const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate) {
  if (M <= 0 || N <= 0) return;
  if (K <= 0) {
    if (!accumulate)
      for (int64_t i = 0; i < M; i++) std::fill(C + i * ldc, C + i * ldc + N, 0.0f);
    return;
  }
  const State st = state();
  const Operands o{ta, tb, A, lda, B, ldb, C, ldc};
  switch (st.tile->mr * 100 + st.tile->nr) {
    case 1232: return product<12, 32>(o, st, M, N, K, accumulate);
    case 616: return product<6, 16>(o, st, M, N, K, accumulate);
    default: return product<4, 8>(o, st, M, N, K, accumulate);
  }
}

GemmSettings gemmSettings() {
  const State& s = state();
  return GemmSettings{s.tile->name, s.tile->mr, s.tile->nr, s.kc, s.mc, s.nc, s.l1, s.l2, s.l3};
}

std::string gemmTilesSupported() {
  const Tile* tiles[4];
  int n = tilesSupported(tiles, 4);
  std::string names;
  for (int i = 0; i < n; i++) names += (i > 0 ? "," : "") + std::string(tiles[i]->name);
  return names;
}

void configureGemm(const std::string& tile, int64_t kc, int64_t mc, int64_t nc) {
  State s = state();
  if (!tile.empty()) {
    const Tile* tiles[4];
    int n = tilesSupported(tiles, 4);
    const Tile* found = nullptr;
    for (int i = 0; i < n; i++)
      if (tile == tiles[i]->name) found = tiles[i];
    if (found == nullptr)
      throw std::invalid_argument("GEMM tile '" + tile + "' is not one this CPU runs (" +
                                  gemmTilesSupported() + ")");
    s.tile = found;
  }
  if (kc < 0 || mc < 0 || nc < 0) throw std::invalid_argument("GEMM block sizes must be >= 0");
  deriveBlocks(s, kc, mc, nc);
  state() = s;
}

}  // namespace prorl
