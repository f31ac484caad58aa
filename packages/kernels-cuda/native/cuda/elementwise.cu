// Elementwise kernels (unary, binary with broadcasting, clip, select, addN, oneHot) and the
// copies and layout changes (copyRegion, transpose, tile). One thread per output element in
// grid-stride loops, except transposes that move the innermost dimension, which go through
// shared-memory tiles so that both the reads and the writes are coalesced.
#include <type_traits>
#include <utility>

#include "../common/ops.h"
#include "portable.cuh"

namespace prorl {
namespace {

/** Calls f with a value of the unsigned type of elemBytes bytes (the unit a copy moves). */
template <typename F>
void withUnit(int elemBytes, const char* what, F f) {
  switch (elemBytes) {
    case 1: f(uint8_t()); break;
    case 2: f(uint16_t()); break;
    case 4: f(uint32_t()); break;
    case 8: f(uint64_t()); break;
    default:
      throw CudaError(std::string("cuda backend: ") + what + ": unsupported element size " +
                      std::to_string(elemBytes));
  }
}

int64_t product(const Dims& s) {
  int64_t p = 1;
  for (int k = 0; k < s.rank; k++) p *= s.d[k];
  return p;
}

/** Row-major strides of a contiguous tensor of the given shape. */
Dims contiguousStrides(const Dims& shape) {
  Dims s{shape.rank, {}};
  int64_t acc = 1;
  for (int k = shape.rank; k-- > 0;) {
    s.d[k] = acc;
    acc *= shape.d[k];
  }
  return s;
}

void requireRank(const Dims& a, const Dims& b, const char* what) {
  if (a.rank != b.rank) throw CudaError(std::string("cuda backend: ") + what + ": ranks differ");
}

/**
 * Drops size-1 dimensions and merges dimensions k-1 and k wherever both strided views walk them
 * as one (stride[k-1] == stride[k] * shape[k] in both), so that kernels do fewer divisions.
 */
void mergeDims(Dims& shape, Dims& s1, Dims& s2) {
  int r = 0;
  for (int k = 0; k < shape.rank; k++) {
    int64_t d = shape.d[k];
    if (d == 1) continue;
    if (r > 0 && s1.d[r - 1] == s1.d[k] * d && s2.d[r - 1] == s2.d[k] * d) {
      shape.d[r - 1] *= d;
      s1.d[r - 1] = s1.d[k];
      s2.d[r - 1] = s2.d[k];
    } else {
      shape.d[r] = d;
      s1.d[r] = s1.d[k];
      s2.d[r] = s2.d[k];
      r++;
    }
  }
  shape.rank = s1.rank = s2.rank = r;
}

// The offsets, in two strided views of `shape`, of its element at row-major index i. The
// outermost coordinate is what remains of i, which saves a division.
PRORL_DEVICE void offsetsOf(int64_t i, const Dims& shape, const Dims& s1, const Dims& s2,
                            int64_t* o1, int64_t* o2) {
  int64_t a = 0, b = 0;
  if (shape.rank > 0) {
    for (int k = shape.rank - 1; k > 0; k--) {
      int64_t c = i % shape.d[k];
      i /= shape.d[k];
      a += c * s1.d[k];
      b += c * s2.d[k];
    }
    a += i * s1.d[0];
    b += i * s2.d[0];
  }
  *o1 = a;
  *o2 = b;
}

PRORL_DEVICE bool isNaN(float v) { return v != v; }

// ---------------------------------------------------------------------------------------------
// Copies and layout.

template <typename T>
__global__ void stridedCopyKernel(const T* src, Dims srcStrides, T* dst, Dims dstStrides,
                                  Dims shape, int64_t n) {
  FOR_EACH_ELEMENT(i, n) {
    int64_t s, d;
    offsetsOf(i, shape, srcStrides, dstStrides, &s, &d);
    dst[d] = src[s];
  }
}

/** dst[view dstStrides] = src[view srcStrides] over `shape`, after merging dimensions. */
void stridedCopy(const void* src, Dims srcStrides, void* dst, Dims dstStrides, Dims shape,
                 int elemBytes, const char* what) {
  int64_t n = product(shape);
  if (n == 0) return;
  mergeDims(shape, srcStrides, dstStrides);
  if (shape.rank == 0 || (shape.rank == 1 && srcStrides.d[0] == 1 && dstStrides.d[0] == 1)) {
    copyOnDevice(dst, src, size_t(n) * size_t(elemBytes));
    return;
  }
  withUnit(elemBytes, what, [&](auto unit) {
    using T = decltype(unit);
    launch(what, stridedCopyKernel<T>, blocksFor(n), kThreads, 0, static_cast<const T*>(src),
           srcStrides, static_cast<T*>(dst), dstStrides, shape, n);
  });
}

constexpr int kTile = 32;      // transpose tile edge
constexpr int kTileRows = 8;   // thread rows of a transpose block; each moves kTile / kTileRows

// A batch of 2-D transposes: element (a, b) of each tile moves from x[a * srcStrideA + b] to
// out[b * outStrideB + a], so reads run along b and writes along a; the other dimensions
// (`batch`, with their strides in x and out) pick the tile's origin. A block moves one
// kTile x kTile tile at a time through shared memory (padded against bank conflicts).
template <typename T>
__global__ void transposeTilesKernel(const T* x, T* out, int64_t nA, int64_t nB,
                                     int64_t srcStrideA, int64_t outStrideB, Dims batch,
                                     Dims batchSrc, Dims batchOut, int64_t tiles) {
  __shared__ T tile[kTile][kTile + 1];
  int64_t tilesA = (nA + kTile - 1) / kTile, tilesB = (nB + kTile - 1) / kTile;
  for (int64_t t = blockIdx.x; t < tiles; t += gridDim.x) {
    int64_t b0 = (t % tilesB) * kTile;
    int64_t a0 = (t / tilesB % tilesA) * kTile;
    int64_t xBase, oBase;
    offsetsOf(t / tilesB / tilesA, batch, batchSrc, batchOut, &xBase, &oBase);
    int64_t b = b0 + threadIdx.x;
    for (int r = threadIdx.y; r < kTile; r += kTileRows) {
      int64_t a = a0 + r;
      if (a < nA && b < nB) tile[r][threadIdx.x] = x[xBase + a * srcStrideA + b];
    }
    __syncthreads();
    int64_t a = a0 + threadIdx.x;
    for (int r = threadIdx.y; r < kTile; r += kTileRows) {
      int64_t bb = b0 + r;
      if (a < nA && bb < nB) out[oBase + bb * outStrideB + a] = tile[threadIdx.x][r];
    }
    __syncthreads();  // the tile is refilled by the next iteration
  }
}

/**
 * Transposes with tiles when, after merging, the innermost dimension of x (stride 1) is not the
 * innermost of out; returns false otherwise (a plain strided copy is then coalesced, or as good).
 */
bool transposeTiled(const void* x, void* out, const Dims& shape, const Dims& srcStrides,
                    const Dims& outStrides, int elemBytes) {
  int r = shape.rank;
  int bDim = -1;  // the output dimension that is x's innermost
  for (int k = 0; k < r - 1; k++)
    if (srcStrides.d[k] == 1) bDim = k;
  if (r < 2 || bDim < 0) return false;
  int aDim = r - 1;
  Dims batch{0, {}}, batchSrc{0, {}}, batchOut{0, {}};
  for (int k = 0; k < r; k++) {
    if (k == aDim || k == bDim) continue;
    batch.d[batch.rank++] = shape.d[k];
    batchSrc.d[batchSrc.rank++] = srcStrides.d[k];
    batchOut.d[batchOut.rank++] = outStrides.d[k];
  }
  int64_t nA = shape.d[aDim], nB = shape.d[bDim];
  int64_t tiles = ((nA + kTile - 1) / kTile) * ((nB + kTile - 1) / kTile) * product(batch);
  unsigned grid = unsigned(std::min<int64_t>(tiles, int64_t(1) << 20));
  withUnit(elemBytes, "transpose", [&](auto unit) {
    using T = decltype(unit);
    launch("transpose", transposeTilesKernel<T>, grid, dim3(kTile, kTileRows), 0,
           static_cast<const T*>(x), static_cast<T*>(out), nA, nB, srcStrides.d[aDim],
           outStrides.d[bDim], batch, batchSrc, batchOut, tiles);
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Unary.

PRORL_DEVICE float unaryF32(int op, float v, float alpha) {
  const float seluScale = 1.0507009873554804934193349852946f;
  const float seluAlpha = 1.6732632423543772848170429916717f;
  switch (op) {
    case U_NEG: return -v;
    case U_EXP: return expf(v);
    case U_LOG: return logf(v);
    case U_RSQRT: return 1.0f / sqrtf(v);  // IEEE, as the CPU target; rsqrtf is approximate
    case U_SQRT: return sqrtf(v);
    case U_SQUARE: return v * v;
    case U_SIGMOID: return 1.0f / (1.0f + expf(-v));
    case U_ABS: return fabsf(v);
    case U_RECIPROCAL: return 1.0f / v;
    case U_TANH: return tanhf(v);
    case U_RELU: return isNaN(v) ? v : (v > 0 ? v : 0.0f);
    case U_SIGN: return v > 0 ? 1.0f : (v < 0 ? -1.0f : 0.0f);
    case U_LOG1P: return log1pf(v);
    case U_EXPM1: return expm1f(v);
    case U_FLOOR: return floorf(v);
    case U_CEIL: return ceilf(v);
    case U_ROUND: return rintf(v);  // half to even
    case U_SIN: return sinf(v);
    case U_COS: return cosf(v);
    // log(1 + e^v) without overflow: v + log1p(e^-v) for v > 0
    case U_SOFTPLUS: return v > 0 ? v + log1pf(expf(-v)) : log1pf(expf(v));
    case U_ERF: return erff(v);
    case U_ELU: return v >= 0 ? v : expm1f(v);
    case U_SELU: return v >= 0 ? seluScale * v : seluScale * seluAlpha * expm1f(v);
    case U_STEP: return isNaN(v) ? v : (v > 0 ? 1.0f : alpha);
    default: return v;  // not instantiated: the launcher rejects other codes
  }
}

// Two's-complement wrap on overflow (-INT_MIN, squares), as the int32 kernels of tfjs give.
PRORL_DEVICE int32_t unaryI32(int op, int32_t v) {
  uint32_t u = uint32_t(v);
  switch (op) {
    case U_NEG: return int32_t(0u - u);
    case U_ABS: return v < 0 ? int32_t(0u - u) : v;
    case U_SQUARE: return int32_t(u * u);
    case U_SIGN: return (v > 0) - (v < 0);
    case U_RELU: return v > 0 ? v : 0;
    default: return v;
  }
}

bool hasI32Form(int op) {
  return op == U_NEG || op == U_ABS || op == U_SQUARE || op == U_SIGN || op == U_RELU;
}

// The op is a template argument, so each kernel's switch folds to one case.
template <int Op>
__global__ void unaryF32Kernel(const float* x, float* out, int64_t n, float alpha) {
  FOR_EACH_ELEMENT(i, n) out[i] = unaryF32(Op, x[i], alpha);
}

template <int Op>
__global__ void unaryI32Kernel(const int32_t* x, int32_t* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = unaryI32(Op, x[i]);
}

__global__ void logicalNotKernel(const uint8_t* x, uint8_t* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = x[i] ? 0 : 1;
}

__global__ void isNanKernel(const float* x, uint8_t* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = isNaN(x[i]) ? 1 : 0;
}

template <int Op>
void launchUnaryF32(const void* x, void* out, int64_t n, float alpha) {
  launch("unary", unaryF32Kernel<Op>, blocksFor(n), kThreads, 0, static_cast<const float*>(x),
         static_cast<float*>(out), n, alpha);
}

template <int Op>
void launchUnaryI32(const void* x, void* out, int64_t n, float) {
  launch("unary", unaryI32Kernel<Op>, blocksFor(n), kThreads, 0, static_cast<const int32_t*>(x),
         static_cast<int32_t*>(out), n);
}

using UnaryLauncher = void (*)(const void*, void*, int64_t, float);

/** The launcher of op, by the op code (a table over every code). */
template <int... Ops>
UnaryLauncher unaryLauncher(int op, bool i32, std::integer_sequence<int, Ops...>) {
  static const UnaryLauncher f32[] = {&launchUnaryF32<Ops>...};
  static const UnaryLauncher i32s[] = {&launchUnaryI32<Ops>...};
  return i32 ? i32s[op] : f32[op];
}

// ---------------------------------------------------------------------------------------------
// Binary.

/** Comparisons and logical ops give bool (1 byte); the others the input type. */
constexpr bool givesBool(int op) { return op >= B_EQ && op <= B_OR; }

// Python's modulo: the remainder takes the divisor's sign; x % 0 is 0 for integers.
template <typename T>
PRORL_DEVICE T pyMod(T a, T b) {
  if constexpr (std::is_floating_point<T>::value) {
    T r = fmodf(a, b);
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
  } else {
    if (b == 0) return 0;
    int64_t r = int64_t(a) % int64_t(b), d = b;
    return T((r != 0 && ((r < 0) != (d < 0))) ? r + d : r);
  }
}

template <typename T>
PRORL_DEVICE T maxOf(T x, T y) {
  if constexpr (std::is_floating_point<T>::value)
    if (isNaN(x) || isNaN(y)) return x + y;  // NaN
  return x > y ? x : y;
}

template <typename T>
PRORL_DEVICE T minOf(T x, T y) {
  if constexpr (std::is_floating_point<T>::value)
    if (isNaN(x) || isNaN(y)) return x + y;
  return x < y ? x : y;
}

// float32 uses float math; integers go through double, as the CPU target does, so that pow and
// floor division are exact.
template <typename T>
PRORL_DEVICE T binaryValue(int op, T x, T y) {
  constexpr bool isFloat = std::is_floating_point<T>::value;
  switch (op) {
    case B_ADD: return T(x + y);
    case B_SUB: return T(x - y);
    case B_MUL: return T(x * y);
    case B_DIV:
      if constexpr (isFloat) return x / y;
      else return y == 0 ? T(0) : T(x / y);
    case B_MAX: return maxOf(x, y);
    case B_MIN: return minOf(x, y);
    case B_POW:
      if constexpr (isFloat) return powf(x, y);
      else return T(pow(double(x), double(y)));
    case B_SQDIFF: return T((x - y) * (x - y));
    case B_FLOORDIV:
      if constexpr (isFloat) return floorf(x / y);
      else return y == 0 ? T(0) : T(floor(double(x) / double(y)));
    case B_MOD: return pyMod(x, y);
    case B_ATAN2:
      if constexpr (isFloat) return atan2f(x, y);
      else return T(atan2(double(x), double(y)));
    default: return x;
  }
}

template <typename T>
PRORL_DEVICE bool binaryPredicate(int op, T x, T y) {
  switch (op) {
    case B_EQ: return x == y;
    case B_NE: return x != y;
    case B_LT: return x < y;
    case B_LE: return x <= y;
    case B_GT: return x > y;
    case B_GE: return x >= y;
    case B_AND: return x != 0 && y != 0;
    default: return x != 0 || y != 0;  // B_OR
  }
}

// out[i] = op(a[offset of i in a's view], b[...]); a stride of 0 broadcasts a dimension.
template <typename T, int Op>
__global__ void binaryKernel(const T* a, const T* b, void* out, Dims shape, Dims aStrides,
                             Dims bStrides, int64_t n) {
  FOR_EACH_ELEMENT(i, n) {
    int64_t ai, bi;
    offsetsOf(i, shape, aStrides, bStrides, &ai, &bi);
    if constexpr (givesBool(Op))
      static_cast<uint8_t*>(out)[i] = binaryPredicate<T>(Op, a[ai], b[bi]) ? 1 : 0;
    else
      static_cast<T*>(out)[i] = binaryValue<T>(Op, a[ai], b[bi]);
  }
}

using BinaryLauncher = void (*)(const void*, const void*, void*, const Dims&, const Dims&,
                                const Dims&, int64_t);

template <typename T, int Op>
void launchBinary(const void* a, const void* b, void* out, const Dims& shape, const Dims& as,
                  const Dims& bs, int64_t n) {
  launch("binary", binaryKernel<T, Op>, blocksFor(n), kThreads, 0, static_cast<const T*>(a),
         static_cast<const T*>(b), out, shape, as, bs, n);
}

template <typename T, int... Ops>
BinaryLauncher binaryLauncher(int op, std::integer_sequence<int, Ops...>) {
  static const BinaryLauncher table[] = {&launchBinary<T, Ops>...};
  return table[op];
}

// ---------------------------------------------------------------------------------------------
// The rest.

__global__ void clipKernel(const float* x, float* out, int64_t n, float lo, float hi) {
  FOR_EACH_ELEMENT(i, n) {
    float v = x[i];
    out[i] = isNaN(v) ? v : (v < lo ? lo : (v > hi ? hi : v));
  }
}

template <typename T>
__global__ void selectKernel(const uint8_t* cond, const T* t, const T* e, T* out, int64_t n,
                             int64_t inner) {
  FOR_EACH_ELEMENT(i, n) out[i] = cond[i / inner] ? t[i] : e[i];
}

/** Inputs of one addN launch, passed by value. */
constexpr int kAddNInputs = 16;
struct AddNInputs {
  const float* x[kAddNInputs];
  int count;
};

// out = (accumulate ? out : 0) + x[0] + x[1] + ..., summed left to right as the CPU target does.
__global__ void addNKernel(float* out, int64_t n, AddNInputs in, bool accumulate) {
  FOR_EACH_ELEMENT(i, n) {
    float s = accumulate ? out[i] : 0.0f;
    for (int k = 0; k < in.count; k++) s += in.x[k][i];
    out[i] = s;
  }
}

template <typename T>
__global__ void tileKernel(const T* x, T* out, Dims shape, Dims outShape, Dims xStrides,
                           int64_t n) {
  FOR_EACH_ELEMENT(i, n) {
    int64_t rem = i, src = 0;
    for (int k = shape.rank - 1; k >= 0; k--) {
      int64_t c = rem % outShape.d[k];
      rem /= outShape.d[k];
      src += (c % shape.d[k]) * xStrides.d[k];
    }
    out[i] = x[src];
  }
}

// out[r, j] = j == idx[r] ? on : off; an index outside [0, depth) gives a row of off.
template <typename T>
__global__ void oneHotKernel(const int32_t* idx, T* out, int64_t n, int64_t depth, T on,
                             T off) {
  FOR_EACH_ELEMENT(i, n) out[i] = idx[i / depth] == i % depth ? on : off;
}

}  // namespace

// Serves Slice, Concat, SplitV and Pad: the box `size` at srcBegin in src goes to dstBegin in dst.
void copyRegion(const void* src, const Dims& srcShape, const Dims& srcBegin, void* dst,
                const Dims& dstShape, const Dims& dstBegin, const Dims& size, int elemBytes) {
  requireRank(srcShape, size, "copyRegion");
  requireRank(dstShape, size, "copyRegion");
  requireRank(srcBegin, size, "copyRegion");
  requireRank(dstBegin, size, "copyRegion");
  Dims ss = contiguousStrides(srcShape), ds = contiguousStrides(dstShape);
  int64_t srcBase = 0, dstBase = 0;
  for (int k = 0; k < size.rank; k++) {
    srcBase += srcBegin.d[k] * ss.d[k];
    dstBase += dstBegin.d[k] * ds.d[k];
  }
  stridedCopy(static_cast<const uint8_t*>(src) + srcBase * elemBytes, ss,
              static_cast<uint8_t*>(dst) + dstBase * elemBytes, ds, size, elemBytes,
              "copyRegion");
}

// out has shape shape[perm[i]]; its dimension i walks x with the stride of x's dimension perm[i].
void transpose(const void* x, void* out, const Dims& shape, const Dims& perm, int elemBytes) {
  requireRank(shape, perm, "transpose");
  Dims xs = contiguousStrides(shape);
  Dims outShape{shape.rank, {}}, srcStrides{shape.rank, {}};
  for (int k = 0; k < shape.rank; k++) {
    int64_t p = perm.d[k];
    if (p < 0 || p >= shape.rank) throw CudaError("cuda backend: transpose: bad permutation");
    outShape.d[k] = shape.d[p];
    srcStrides.d[k] = xs.d[p];
  }
  if (product(outShape) == 0) return;
  Dims outStrides = contiguousStrides(outShape);
  Dims merged = outShape;
  mergeDims(merged, srcStrides, outStrides);
  if (!transposeTiled(x, out, merged, srcStrides, outStrides, elemBytes))
    stridedCopy(x, srcStrides, out, outStrides, merged, elemBytes, "transpose");
}

void unary(int op, const void* x, void* out, int64_t n, int dtype, float alpha) {
  if (op < 0 || op >= U_COUNT) throw CudaError("cuda backend: unknown unary op");
  if (n == 0) return;
  if (op == U_LOGICAL_NOT) {
    launch("unary", logicalNotKernel, blocksFor(n), kThreads, 0, static_cast<const uint8_t*>(x),
           static_cast<uint8_t*>(out), n);
  } else if (op == U_IS_NAN) {
    launch("unary", isNanKernel, blocksFor(n), kThreads, 0, static_cast<const float*>(x),
           static_cast<uint8_t*>(out), n);
  } else {
    if (dtype == I32 && !hasI32Form(op))
      throw CudaError("cuda backend: unary op has no int32 form");
    if (dtype != F32 && dtype != I32) throw CudaError("cuda backend: unary: unsupported dtype");
    unaryLauncher(op, dtype == I32, std::make_integer_sequence<int, U_COUNT>())(x, out, n, alpha);
  }
}

void clip(const float* x, float* out, int64_t n, float lo, float hi) {
  if (n == 0) return;
  launch("clip", clipKernel, blocksFor(n), kThreads, 0, x, out, n, lo, hi);
}

void binary(int op, int dtype, const void* a, const void* b, void* out, const Dims& shape,
            const Dims& aStrides, const Dims& bStrides) {
  if (op < 0 || op >= B_COUNT) throw CudaError("cuda backend: unknown binary op");
  requireRank(shape, aStrides, "binary");
  requireRank(shape, bStrides, "binary");
  int64_t n = product(shape);
  if (n == 0) return;
  auto ops = std::make_integer_sequence<int, B_COUNT>();
  BinaryLauncher f = dtype == F32   ? binaryLauncher<float>(op, ops)
                     : dtype == I32 ? binaryLauncher<int32_t>(op, ops)
                                    : binaryLauncher<uint8_t>(op, ops);
  f(a, b, out, shape, aStrides, bStrides, n);
}

// cond has n / inner elements: inner is 1 when it has t's shape, the row length when it is a
// vector over t's first dimension.
void select(const uint8_t* cond, const void* t, const void* e, void* out, int64_t n,
            int64_t inner, int elemBytes) {
  if (n == 0) return;
  if (inner <= 0) throw CudaError("cuda backend: select: bad row length");
  withUnit(elemBytes, "select", [&](auto unit) {
    using T = decltype(unit);
    launch("select", selectKernel<T>, blocksFor(n), kThreads, 0, cond, static_cast<const T*>(t),
           static_cast<const T*>(e), static_cast<T*>(out), n, inner);
  });
}

// kAddNInputs inputs per launch; later launches add theirs to out, which keeps the CPU target's
// left-to-right order of float additions. No inputs give zeros.
void addN(float* out, int64_t n, const std::vector<const float*>& inputs) {
  if (n == 0) return;
  size_t done = 0;
  do {
    AddNInputs in{};
    while (in.count < kAddNInputs && done < inputs.size()) in.x[in.count++] = inputs[done++];
    launch("addN", addNKernel, blocksFor(n), kThreads, 0, out, n, in,
           done > size_t(in.count));
  } while (done < inputs.size());
}

void tile(const void* x, void* out, const Dims& shape, const Dims& reps, int elemBytes) {
  requireRank(shape, reps, "tile");
  Dims outShape{shape.rank, {}};
  for (int k = 0; k < shape.rank; k++) outShape.d[k] = shape.d[k] * reps.d[k];
  int64_t n = product(outShape);
  if (n == 0) return;
  withUnit(elemBytes, "tile", [&](auto unit) {
    using T = decltype(unit);
    launch("tile", tileKernel<T>, blocksFor(n), kThreads, 0, static_cast<const T*>(x),
           static_cast<T*>(out), shape, outShape, contiguousStrides(shape), n);
  });
}

// float32 when dtype is F32, else int32 (the JavaScript side gives bool outputs as int32).
void oneHot(const int32_t* idx, void* out, int64_t n, int64_t depth, double on, double off,
            int dtype) {
  int64_t total = n * depth;
  if (total == 0) return;
  if (dtype == F32)
    launch("oneHot", oneHotKernel<float>, blocksFor(total), kThreads, 0, idx,
           static_cast<float*>(out), total, depth, float(on), float(off));
  else
    launch("oneHot", oneHotKernel<int32_t>, blocksFor(total), kThreads, 0, idx,
           static_cast<int32_t*>(out), total, depth, int32_t(on), int32_t(off));
}

}  // namespace prorl
