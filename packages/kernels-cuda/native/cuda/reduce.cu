// Reductions over rows, softmax, gather and unsorted segment sums.
//
// Row kernels give each row a group of threads: a warp when the row is short, the whole block when
// it is long (a vocabulary). A group reads its row coalesced (lane j takes elements j, j + group,
// ...), folds into one accumulator per thread, then combines the accumulators with warp shuffles
// and, for a block, one round through shared memory.
#include <type_traits>

#include "../common/ops.h"
#include "reductions.cuh"

namespace prorl {
namespace {

// Grid-stride loop over rows with `group` threads per row. All threads of a group see the same
// rows, so each reaches the group's shuffles and barriers as often as the others.
#define FOR_EACH_ROW(r, rows, group)                                                     \
  for (int64_t r = int64_t(blockIdx.x) * (blockDim.x / (group)) + threadIdx.x / (group); \
       r < (rows); r += int64_t(gridDim.x) * (blockDim.x / (group)))

constexpr int kWarp = 32;
/** Rows up to this long get a warp each, longer ones a block of kThreads. */
constexpr int64_t kWarpRowMax = 1024;

/** Blocks for `rows` rows, `perBlock` to a block (a grid-stride loop covers the rest). */
unsigned rowBlocks(int64_t rows, int64_t perBlock) {
  return unsigned(std::min<int64_t>((rows + perBlock - 1) / perBlock, 65535 * 8));
}

// ---- Combining accumulators across a group ----

/** The best value so far and its index; i < 0 while there is none. */
template <typename V>
struct ArgAcc {
  V v;
  int i;
};

template <typename V>
PRORL_DEVICE ArgAcc<V> shuffleXor(ArgAcc<V> a, int mask) {
  return {prorl::shuffleXor(a.v, mask), prorl::shuffleXor(a.i, mask)};
}

template <int kGroup, typename Op, typename Acc>
PRORL_DEVICE Acc groupReduce(Acc a) {
  if constexpr (kGroup == kWarp) return warpAllReduce<Op>(a);
  else return blockAllReduce<Op>(a);
}

// ---- Reduction ops: identity, load (element j of the row), combine, finish (the output) ----

/** Accumulator of maxima and minima: bytes widen to int, which shuffles take. */
template <typename T>
struct Wide {
  using type = T;
};
template <>
struct Wide<uint8_t> {
  using type = int;
};

template <typename V>
PRORL_DEVICE V lowest() {
  return V(-2147483647 - 1);
}
template <>
PRORL_DEVICE float lowest<float>() {
  return -INFINITY;
}
template <typename V>
PRORL_DEVICE V highest() {
  return V(2147483647);
}
template <>
PRORL_DEVICE float highest<float>() {
  return INFINITY;
}

// max and min that return NaN when either side is NaN (a != a only for a float NaN).
template <typename V>
PRORL_DEVICE V maxOf(V a, V b) {
  return a > b || a != a ? a : b;
}
template <typename V>
PRORL_DEVICE V minOf(V a, V b) {
  return a < b || a != a ? a : b;
}

// Sums and means accumulate in double for float32 (as the CPU target does) and in int64 for
// integers, whose sum is then truncated to int32.
template <typename T>
struct SumAcc {
  using type = int64_t;
};
template <>
struct SumAcc<float> {
  using type = double;
};

template <typename T>
struct Sum {
  using In = T;
  using Out = typename std::conditional<std::is_same<T, float>::value, float, int32_t>::type;
  using Acc = typename SumAcc<T>::type;
  static PRORL_DEVICE Acc identity() { return 0; }
  static PRORL_DEVICE Acc load(T v, int64_t) { return Acc(v); }
  static PRORL_DEVICE Acc combine(Acc a, Acc b) { return a + b; }
  static PRORL_DEVICE Out finish(Acc s, const T*, int64_t) { return Out(s); }
};

// mean = float(sum / inner), the division in double.
template <typename T>
struct Mean : Sum<T> {
  using Out = float;
  static PRORL_DEVICE Out finish(typename Sum<T>::Acc s, const T*, int64_t inner) {
    return float(double(s) / double(inner));
  }
};

template <typename T>
struct Prod {
  using In = T;
  using Out = T;
  using Acc = double;
  static PRORL_DEVICE Acc identity() { return 1; }
  static PRORL_DEVICE Acc load(T v, int64_t) { return Acc(v); }
  static PRORL_DEVICE Acc combine(Acc a, Acc b) { return a * b; }
  static PRORL_DEVICE Out finish(Acc s, const T*, int64_t) { return Out(s); }
};

// Max (kMax) or min; NaN anywhere in a float row makes the result NaN.
template <typename T, bool kMax>
struct Extreme {
  using In = T;
  using Out = T;
  using Acc = typename Wide<T>::type;
  static PRORL_DEVICE Acc identity() { return kMax ? lowest<Acc>() : highest<Acc>(); }
  static PRORL_DEVICE Acc load(T v, int64_t) { return Acc(v); }
  static PRORL_DEVICE Acc combine(Acc a, Acc b) { return kMax ? maxOf(a, b) : minOf(a, b); }
  static PRORL_DEVICE Out finish(Acc m, const T*, int64_t) { return Out(m); }
};

// All (kAll) or any of the row nonzero.
template <typename T, bool kAll>
struct Logical {
  using In = T;
  using Out = uint8_t;
  using Acc = int;
  static PRORL_DEVICE Acc identity() { return kAll ? 1 : 0; }
  static PRORL_DEVICE Acc load(T v, int64_t) { return v != 0 ? 1 : 0; }
  static PRORL_DEVICE Acc combine(Acc a, Acc b) { return kAll ? a & b : a | b; }
  static PRORL_DEVICE Out finish(Acc a, const T*, int64_t) { return Out(a); }
};

// First index of the max (kMax) or min, as the CPU's scan from x[0] finds it: NaN is never
// better than anything, and a NaN at x[0] is never replaced, so the answer is then 0. Ties go to
// the lower index, which makes combine symmetric.
template <typename T, bool kMax>
struct ArgBest {
  using In = T;
  using Out = int32_t;
  using V = typename Wide<T>::type;
  using Acc = ArgAcc<V>;
  static PRORL_DEVICE Acc identity() { return {V(0), -1}; }
  static PRORL_DEVICE Acc load(T v, int64_t j) {
    return v != v ? identity() : Acc{V(v), int(j)};
  }
  static PRORL_DEVICE bool better(V a, V b) { return kMax ? a > b : a < b; }
  static PRORL_DEVICE Acc combine(Acc a, Acc b) {
    if (a.i < 0) return b;
    if (b.i < 0) return a;
    if (better(a.v, b.v)) return a;
    if (better(b.v, a.v)) return b;
    return a.i < b.i ? a : b;
  }
  static PRORL_DEVICE Out finish(Acc a, const T* row, int64_t) {
    return a.i < 0 || row[0] != row[0] ? 0 : a.i;
  }
};

template <int kGroup, typename Op>
__global__ void reduceKernel(const typename Op::In* x, typename Op::Out* out, int64_t outer,
                             int64_t inner) {
  int lane = threadIdx.x % kGroup;
  FOR_EACH_ROW(r, outer, kGroup) {
    const typename Op::In* row = x + r * inner;
    typename Op::Acc a = Op::identity();
    for (int64_t j = lane; j < inner; j += kGroup) a = Op::combine(a, Op::load(row[j], j));
    a = groupReduce<kGroup, Op>(a);
    if (lane == 0) out[r] = Op::finish(a, row, inner);
  }
}

template <typename Op>
void reduceRows(const void* x, void* out, int64_t outer, int64_t inner) {
  auto xp = static_cast<const typename Op::In*>(x);
  auto op = static_cast<typename Op::Out*>(out);
  if (inner <= kWarpRowMax)
    launch("reduce", reduceKernel<kWarp, Op>, rowBlocks(outer, kThreads / kWarp), kThreads, 0,
           xp, op, outer, inner);
  else
    launch("reduce", reduceKernel<kThreads, Op>, rowBlocks(outer, 1), kThreads, 0, xp, op, outer,
           inner);
}

template <typename T>
void reduceAs(int op, const void* x, void* out, int64_t outer, int64_t inner) {
  switch (op) {
    case R_SUM: return reduceRows<Sum<T>>(x, out, outer, inner);
    case R_MEAN: return reduceRows<Mean<T>>(x, out, outer, inner);
    case R_MAX: return reduceRows<Extreme<T, true>>(x, out, outer, inner);
    case R_MIN: return reduceRows<Extreme<T, false>>(x, out, outer, inner);
    case R_PROD: return reduceRows<Prod<T>>(x, out, outer, inner);
    case R_ALL: return reduceRows<Logical<T, true>>(x, out, outer, inner);
    case R_ANY: return reduceRows<Logical<T, false>>(x, out, outer, inner);
    case R_ARGMAX: return reduceRows<ArgBest<T, true>>(x, out, outer, inner);
    case R_ARGMIN: return reduceRows<ArgBest<T, false>>(x, out, outer, inner);
    default: throw CudaError("cuda backend: reduce: unknown op " + std::to_string(op));
  }
}

// ---- Softmax ----

// softmax_j = exp(x_j - m) / s and log-softmax_j = x_j - m - log s, where m = max_k x_k and
// s = sum_k exp(x_k - m) (in double, as the CPU target sums). The third pass recomputes exp
// rather than storing it, so the row is read three times and written once.
template <int kGroup>
__global__ void softmaxKernel(const float* x, float* out, int64_t outer, int64_t inner,
                              bool logOut) {
  int lane = threadIdx.x % kGroup;
  FOR_EACH_ROW(r, outer, kGroup) {
    const float* row = x + r * inner;
    float* o = out + r * inner;
    float m = lowest<float>();
    for (int64_t j = lane; j < inner; j += kGroup) m = maxOf(m, row[j]);
    m = groupReduce<kGroup, Extreme<float, true>>(m);
    double s = 0;
    for (int64_t j = lane; j < inner; j += kGroup) s += expf(row[j] - m);
    s = groupReduce<kGroup, Sum<float>>(s);
    if (logOut) {
      float ls = float(log(s));
      for (int64_t j = lane; j < inner; j += kGroup) o[j] = row[j] - m - ls;
    } else {
      float inv = float(1.0 / s);
      for (int64_t j = lane; j < inner; j += kGroup) o[j] = expf(row[j] - m) * inv;
    }
  }
}

// ---- Gather ----

// first = min(first, i) over positions i whose index is outside [0, dim).
__global__ void firstBadIndexKernel(const int32_t* idx, int64_t n, int64_t dim,
                                    unsigned long long* first) {
  FOR_EACH_ELEMENT(i, n) {
    int32_t k = idx[i];
    if (k < 0 || k >= dim) atomicMin(first, static_cast<unsigned long long>(i));
  }
}

// out[b, o, i, :] = x[b, o, idx[b, i], :], rows of `rowUnits` units U; one thread per unit.
template <typename U>
__global__ void gatherKernel(const U* x, const int32_t* idx, U* out, int64_t outer, int64_t dim,
                             int64_t nIdx, int64_t rowUnits, int64_t n) {
  FOR_EACH_ELEMENT(e, n) {
    int64_t r = e / rowUnits, c = e - r * rowUnits;
    int64_t bo = r / nIdx, i = r - bo * nIdx;  // bo = b * outer + o
    int64_t k = idx[bo / outer * nIdx + i];
    out[e] = x[(bo * dim + k) * rowUnits + c];
  }
}

template <typename U>
void gatherRows(const void* x, const int32_t* idx, void* out, int64_t rows, int64_t outer,
                int64_t dim, int64_t nIdx, int64_t rowBytes) {
  int64_t rowUnits = rowBytes / int64_t(sizeof(U)), n = rows * rowUnits;
  launch("gather", gatherKernel<U>, blocksFor(n), kThreads, 0, static_cast<const U*>(x), idx,
         static_cast<U*>(out), outer, dim, nIdx, rowUnits, n);
}

// ---- Segment sum ----

// out[ids[i], :] += x[i, :] for ids in [0, numSegments). The atomics add in no fixed order, so
// float32 sums may differ between runs (and from the CPU's in-order sum) in the last bits.
template <typename T>
__global__ void segmentSumKernel(const T* x, const int32_t* ids, T* out, int64_t nIds,
                                 int64_t inner, int64_t numSegments) {
  FOR_EACH_ELEMENT(e, nIds * inner) {
    int64_t i = e / inner;
    int32_t s = ids[i];
    if (s >= 0 && s < numSegments) atomicAdd(out + s * inner + (e - i * inner), x[e]);
  }
}

template <typename T>
void segmentSumAs(const void* x, const int32_t* ids, void* out, int64_t nIds, int64_t inner,
                  int64_t numSegments) {
  launch("segmentSum", segmentSumKernel<T>, blocksFor(nIds * inner), kThreads, 0,
         static_cast<const T*>(x), ids, static_cast<T*>(out), nIds, inner, numSegments);
}

}  // namespace

void reduce(int op, int dtype, const void* x, void* out, int64_t outer, int64_t inner) {
  if (outer == 0) return;
  if (dtype == F32) reduceAs<float>(op, x, out, outer, inner);
  else if (dtype == I32) reduceAs<int32_t>(op, x, out, outer, inner);
  else reduceAs<uint8_t>(op, x, out, outer, inner);
}

void softmax(const float* x, float* out, int64_t outer, int64_t inner, bool log) {
  if (inner <= kWarpRowMax)
    launch("softmax", softmaxKernel<kWarp>, rowBlocks(outer, kThreads / kWarp), kThreads, 0, x,
           out, outer, inner, log);
  else
    launch("softmax", softmaxKernel<kThreads>, rowBlocks(outer, 1), kThreads, 0, x, out, outer,
           inner, log);
}

// Validates every index on the device and copies back only the first bad position (the one wait
// on the host), then gathers in units of the widest of 4, 2, 1 bytes that divides a row.
int64_t gather(const void* x, const int32_t* idx, void* out, int64_t batch, int64_t outer,
               int64_t dim, int64_t inner, int64_t nIdx, int elemBytes) {
  int64_t nAll = batch * nIdx;
  if (nAll > 0) {
    Scratch first(sizeof(unsigned long long));
    fillBytes(first.as<void>(), 0xFF, sizeof(unsigned long long));
    launch("gather", firstBadIndexKernel, blocksFor(nAll), kThreads, 0, idx, nAll, dim,
           first.as<unsigned long long>());
    unsigned long long pos = 0;
    copyToHost(&pos, first.as<void>(), sizeof(pos));
    if (pos != ~0ull) {
      int32_t bad = 0;
      copyToHost(&bad, idx + pos, sizeof(bad));
      return bad;
    }
  }
  int64_t rows = batch * outer * nIdx, rowBytes = inner * elemBytes;
  if (rows * rowBytes == 0) return -1;
  if (rowBytes % 4 == 0) gatherRows<uint32_t>(x, idx, out, rows, outer, dim, nIdx, rowBytes);
  else if (rowBytes % 2 == 0) gatherRows<uint16_t>(x, idx, out, rows, outer, dim, nIdx, rowBytes);
  else gatherRows<uint8_t>(x, idx, out, rows, outer, dim, nIdx, rowBytes);
  return -1;
}

void segmentSum(const void* x, const int32_t* ids, void* out, int64_t nIds, int64_t inner,
                int64_t numSegments, int dtype) {
  if (numSegments * inner == 0) return;
  fillBytes(out, 0, size_t(numSegments * inner) * 4);
  if (dtype == F32) segmentSumAs<float>(x, ids, out, nIds, inner, numSegments);
  else segmentSumAs<int32_t>(x, ids, out, nIds, inner, numSegments);
}

}  // namespace prorl
