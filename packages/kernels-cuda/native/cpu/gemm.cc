// The builtin GEMM's loop nest (gemm.h says what it computes). The GotoBLAS/BLIS scheme (Goto &
// van de Geijn, "Anatomy of High-Performance Matrix Multiplication", TOMS 2008; BLIS's gemm
// loop nest): for each NC-wide column panel of C and each KC-deep slice of k,
//   pack op(B)[pc:pc+KC, jc:jc+NC] into KC x NR micro-panels   (shared by the threads),
//   for each MC-tall row block: pack op(A)[ic:ic+MC, pc:pc+KC] into MR x KC micro-panels (L2),
//     for each micro-panel of B (L1) and of A: the MR x NR register tile (gemm-tiles.cc).
// The transposes are handled by the packing, so the tiles see one layout. Two departures:
//  - Rows of A (not transposed) whose stride does not crowd a few cache sets are read in place
//    by the tile instead of packed: for the tall, thin products of a small model (N of 64 and
//    128) packing A had cost 13-14% of the product's time.
//  - When all of K x NC of B fits in half of L2, it is packed at once and each row block runs
//    all its KC slices in turn, while its C block is still in cache; otherwise (large N and K)
//    C goes round the slices as in BLIS. A C block that left the caches between slices cost the
//    [11904 x 384] x [384 x 128] products of the embedded default a quarter of their speed.
// C is carried from one KC slice to the next in the tile's accumulators (loaded, not added to),
// which keeps every element one multiply-add chain in k order whatever KC is.
//
// Block sizes come from the data caches, as in Low et al., "Analytical Modeling Is Enough for
// High-Performance BLIS" (TOMS 2016), simplified. KC: the B micro-panel of the AVX2 tile (KC rows
// of one 64-byte line) takes 3/4 of L1, the rest left to the A micro-panel streaming through;
// the AVX-512 tile, whose B rows are two lines, keeps the same KC and streams B from L2 (on the
// Zen 4 it was tuned on, KC 384 beat 192 and 128 for it by 3-16% on large squares; BLIS's skx
// sgemm uses 384 too). A deep KC also means fewer trips of C through the tile. MC: an MC x KC
// block of A takes a quarter of L2. NC: a KC x NC panel of B a quarter of L3 (capped at 4096
// columns; L3 is shared, and a VM may report the host's).
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
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PRORL_X86 1
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace prorl {
namespace {

// Multiply-adds (128^3, about 45 us on one Zen 4 core) under which a product stays on one thread:
// waking a sleeping OpenMP team (OMP_WAIT_POLICY=PASSIVE) took 15-20 us on the development VM.
constexpr int64_t kSerialWork = int64_t(1) << 21;
constexpr int64_t kMaxTileFloats = kMaxTileRows * 32;  // MR x NR of the largest tile

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
  s.kc = kc > 0 ? kc : std::clamp<int64_t>(roundDown(s.l1 * 3 / 4 / 64, 8), 128, 512);
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
thread_local std::vector<float*> t_aBlockPtrs;

struct Operands {
  bool ta, tb;
  const float* A;
  int64_t lda;
  const float* B;
  int64_t ldb;
  float* C;
  int64_t ldc;
};

// out[k * MR + i] = op(A)[i0 + i][pc + k] for the micro-panel of rows i0 .. i0 + h (a tile of h
// rows reads no further). MR is a constant so that whole micro-panels copy with vector moves.
template <int MR>
void packAPanel(const Operands& o, int64_t i0, int64_t h, int64_t pc, int64_t kc, float* out) {
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

#ifdef PRORL_X86
/** dst[c * ldd + r] = src[r * lds + c] for an 8 x 8 block (unpack, shuffle, swap 128-bit lanes). */
__attribute__((target("avx"))) void transpose8x8(const float* src, int64_t lds, float* dst,
                                                 int64_t ldd) {
  __m256 r[8], t[8];
  for (int i = 0; i < 8; i++) r[i] = _mm256_loadu_ps(src + i * lds);
  for (int i = 0; i < 8; i += 2) {
    t[i] = _mm256_unpacklo_ps(r[i], r[i + 1]);
    t[i + 1] = _mm256_unpackhi_ps(r[i], r[i + 1]);
  }
  for (int i = 0; i < 8; i += 4) {
    r[i] = _mm256_shuffle_ps(t[i], t[i + 2], _MM_SHUFFLE(1, 0, 1, 0));
    r[i + 1] = _mm256_shuffle_ps(t[i], t[i + 2], _MM_SHUFFLE(3, 2, 3, 2));
    r[i + 2] = _mm256_shuffle_ps(t[i + 1], t[i + 3], _MM_SHUFFLE(1, 0, 1, 0));
    r[i + 3] = _mm256_shuffle_ps(t[i + 1], t[i + 3], _MM_SHUFFLE(3, 2, 3, 2));
  }
  for (int i = 0; i < 4; i++) {
    _mm256_storeu_ps(dst + i * ldd, _mm256_permute2f128_ps(r[i], r[i + 4], 0x20));
    _mm256_storeu_ps(dst + (i + 4) * ldd, _mm256_permute2f128_ps(r[i], r[i + 4], 0x31));
  }
}

bool haveAvx() {
  static const bool avx = (__builtin_cpu_init(), __builtin_cpu_supports("avx"));
  return avx;
}
#endif

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
  // op(B)[k][j] = B[j][k]: a transpose, by 8 x 8 blocks where AVX is there, then the rest.
  const float* src = o.B + j0 * o.ldb + pc;
  int64_t j8 = 0, k8 = 0;
#ifdef PRORL_X86
  if (haveAvx()) {
    j8 = w / 8 * 8;
    k8 = kc / 8 * 8;
    for (int64_t j = 0; j < j8; j += 8)
      for (int64_t k = 0; k < k8; k += 8) transpose8x8(src + j * o.ldb + k, o.ldb, out + k * NR + j, NR);
  }
#endif
  for (int64_t j = 0; j < w; j++) {
    const float* col = src + j * o.ldb;
    for (int64_t k = j < j8 ? k8 : 0; k < kc; k++) out[k * NR + j] = col[k];
  }
}

/** h rows of the tile over its first w < NR columns, through a scratch block NR wide. */
void runNarrowTile(const Tile& t, TileFn run, int64_t kc, const float* a, int64_t lda,
                   const float* b, float* c, int64_t ldc, int64_t h, int64_t w, bool load) {
  alignas(64) float block[kMaxTileFloats];
  if (load) {
    for (int64_t i = 0; i < h; i++) {
      std::memcpy(block + i * t.nr, c + i * ldc, size_t(w) * 4);
      std::fill(block + i * t.nr + w, block + (i + 1) * t.nr, 0.0f);
    }
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
 * Row blocks of at most MC rows, of even size, as many as a multiple of the threads when they are
 * few (3 blocks on 2 threads would leave one idle a third of the time); when there are fewer rows
 * than threads x MR, each row block is split into column ranges (multiples of NR) too.
 */
Split splitPanel(int64_t M, int64_t nc, int64_t mc, int64_t mr, int64_t nr, int threads) {
  Split s{};
  s.mBlocks = ceilDiv(M, mc);
  if (s.mBlocks < 4 * threads) s.mBlocks = roundUp(s.mBlocks, threads);
  s.mBlocks = std::min(s.mBlocks, ceilDiv(M, mr));
  s.mcEach = roundUp(ceilDiv(M, s.mBlocks), mr);
  s.mBlocks = ceilDiv(M, s.mcEach);
  int64_t nPanels = ceilDiv(nc, nr);
  s.nParts = s.mBlocks >= threads ? 1 : std::min<int64_t>(nPanels, ceilDiv(threads, s.mBlocks));
  s.ncEach = ceilDiv(nPanels, s.nParts) * nr;
  s.nParts = ceilDiv(nc, s.ncEach);
  return s;
}

/** The k range one packing of B covers, and where each KC slice of it lies in the B panel. */
struct Pass {
  int64_t k0, k1;  // op(B) rows k0 .. k1, in KC slices from k0
  int64_t kc;      // KC
  int64_t ncPadded;  // columns of the panel, a multiple of NR
  /** The packed slice starting at row pc: its micro-panels of kc(pc) rows, one per NR columns. */
  int64_t sliceOffset(int64_t pc) const { return (pc - k0) * ncPadded; }
  int64_t kcAt(int64_t pc) const { return std::min(kc, k1 - pc); }
};

/**
 * One thread's part of a panel: the row block of item `item`, over its column range, through the
 * pass's KC slices in order (each continuing the chains the previous one left in C).
 */
template <int MR, int NR>
void runItem(const Operands& o, const Tile& t, const Split& sp, int64_t item, int64_t M,
             int64_t jc, int64_t nc, const Pass& pass, bool accumulate, const float* bPanel,
             float* aBlock) {
  const int64_t ic = (item / sp.nParts) * sp.mcEach;
  const int64_t mc = std::min(sp.mcEach, M - ic);
  const int64_t j0 = (item % sp.nParts) * sp.ncEach;
  const int64_t j1 = std::min(nc, j0 + sp.ncEach);
  const bool inPlace = !o.ta && rowsInPlace(o.lda, MR);  // A's rows read where they are
  for (int64_t pc = pass.k0; pc < pass.k1; pc += pass.kc) {
    const int64_t kc = pass.kcAt(pc);
    const bool load = accumulate || pc > 0;
    if (!inPlace) {
      for (int64_t ir = 0; ir < mc; ir += MR)
        packAPanel<MR>(o, ic + ir, std::min<int64_t>(MR, mc - ir), pc, kc, aBlock + ir * kc);
    }
    for (int64_t jr = j0; jr < j1; jr += NR) {
      const int64_t w = std::min<int64_t>(NR, j1 - jr);
      const float* b = bPanel + pass.sliceOffset(pc) + jr * kc;
      for (int64_t ir = 0; ir < mc; ir += MR) {
        const int64_t h = std::min<int64_t>(MR, mc - ir);
        float* c = o.C + (ic + ir) * o.ldc + jc + jr;
        if (load) {  // the next tile's C, while this one computes
          for (int64_t i = MR; i < std::min<int64_t>(2 * MR, mc - ir); i++)
            __builtin_prefetch(c + i * o.ldc, 1);
        }
        const float* a = inPlace ? o.A + (ic + ir) * o.lda + pc : aBlock + ir * kc;
        const TileFn run = (inPlace ? t.runRows : t.run)[size_t(h)];
        if (w == NR) run(kc, a, o.lda, b, c, o.ldc, load);
        else runNarrowTile(t, run, kc, a, o.lda, b, c, o.ldc, h, w, load);
      }
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

/**
 * f(0) .. f(n - 1), shared among the threads of the enclosing OpenMP team (kTeam) or all on this
 * thread; a team waits at the end for all of them. (libgomp allocates a work share for a loop
 * outside a parallel region, which costs a small product more than its multiply.)
 */
template <bool kTeam, bool kDynamic, typename F>
void forEach(int64_t n, F f) {
  if constexpr (!kTeam) {
    for (int64_t i = 0; i < n; i++) f(i);
  } else if constexpr (kDynamic) {
#pragma omp for schedule(dynamic, 1)
    for (int64_t i = 0; i < n; i++) f(i);
  } else {
#pragma omp for schedule(static)
    for (int64_t i = 0; i < n; i++) f(i);
  }
}

/**
 * The loop nest as one thread runs it: the loops over B micro-panels and over work items are
 * shared among the threads of the team, so a B panel is packed before it is used and not
 * replaced while it is. A pass packs `kSpan` rows of op(B): one KC slice, or all of K when the
 * whole panel fits (then each row block runs all its k slices while its C block is in cache).
 */
template <int MR, int NR, bool kTeam>
void loopNest(const Operands& o, const State& st, int64_t M, int64_t N, int64_t K,
              int64_t kSpan, bool accumulate, int threads, float* bPanel, float* aBlock) {
  const Tile& t = *st.tile;
  for (int64_t jc = 0; jc < N; jc += st.nc) {
    const int64_t nc = std::min(st.nc, N - jc);
    const Split sp = splitPanel(M, nc, st.mc, MR, NR, threads);
    const int64_t panels = ceilDiv(nc, NR);
    for (int64_t k0 = 0; k0 < K; k0 += kSpan) {
      const Pass pass{k0, std::min(K, k0 + kSpan), st.kc, panels * NR};
      const int64_t slices = ceilDiv(pass.k1 - k0, st.kc);
      forEach<kTeam, false>(slices * panels, [&](int64_t slot) {
        const int64_t pc = k0 + (slot / panels) * st.kc;
        const int64_t j0 = (slot % panels) * NR;
        const int64_t kc = pass.kcAt(pc);
        packBPanel<NR>(o, jc + j0, std::min<int64_t>(NR, nc - j0), pc, kc,
                       bPanel + pass.sliceOffset(pc) + j0 * kc);
      });
      forEach<kTeam, true>(sp.items(), [&](int64_t item) {
        runItem<MR, NR>(o, t, sp, item, M, jc, nc, pass, accumulate, bPanel, aBlock);
      });
    }
  }
}

template <int MR, int NR>
void product(const Operands& o, const State& st, int64_t M, int64_t N, int64_t K,
             bool accumulate) {
  const int threads = threadsFor(M, N, K);
  const int64_t kcMax = std::min(st.kc, K);
  const int64_t ncPadded = roundUp(std::min(st.nc, N), NR);
  const int64_t mcMax = std::min(roundUp(st.mc, MR), roundUp(M, MR));
  // All of K in one pass when that B panel takes at most half of L2.
  const int64_t kSpan = K * ncPadded * 4 <= st.l2 / 2 ? K : st.kc;
  // Allocated here, not in the threads: an exception must not leave an OpenMP region.
  float* bPanel = t_bPanel.reserve(ncPadded * std::min(kSpan, K));
  if (t_aBlocks.size() < size_t(threads)) t_aBlocks.resize(size_t(threads));
  if (t_aBlockPtrs.size() < size_t(threads)) t_aBlockPtrs.resize(size_t(threads));
  for (int i = 0; i < threads; i++)
    t_aBlockPtrs[size_t(i)] = t_aBlocks[size_t(i)].reserve(mcMax * kcMax);
  float* const* aBlocks = t_aBlockPtrs.data();
  if (threads == 1)
    return loopNest<MR, NR, false>(o, st, M, N, K, kSpan, accumulate, 1, bPanel, aBlocks[0]);
#pragma omp parallel num_threads(threads)
  {
    int me = 0;
#ifdef _OPENMP
    me = omp_get_thread_num();
#endif
    loopNest<MR, NR, true>(o, st, M, N, K, kSpan, accumulate, threads, bPanel, aBlocks[me]);
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
