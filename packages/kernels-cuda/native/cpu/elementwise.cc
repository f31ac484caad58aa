// Elementwise kernels of the CPU target (declared in kernels.h): fill and cast, the copies and
// layout changes (copyRegion, transpose, tile), unary and broadcasting binary ops, clip, select,
// addN, oneHot. Every output element is computed on its own, so results do not depend on the
// thread count.
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "../common/ops.h"
#include "kernels.h"

namespace prorl {
namespace cpu {
namespace {

template <typename S, typename T>
void castLoop(const S* x, T* o, int64_t n) {
#pragma omp parallel for if (n > kParallelMin)
  for (int64_t i = 0; i < n; i++) o[i] = static_cast<T>(x[i]);
}
template <typename S>
void castToBool(const S* x, uint8_t* o, int64_t n) {
#pragma omp parallel for if (n > kParallelMin)
  for (int64_t i = 0; i < n; i++) o[i] = x[i] != 0 ? 1 : 0;
}


inline float roundHalfEven(float v) { return std::nearbyint(v); }

template <typename F>
void mapF(const float* x, float* o, int64_t n, F f) {
#pragma omp parallel for simd if (n > kParallelMin)
  for (int64_t i = 0; i < n; i++) o[i] = f(x[i]);
}


template <typename T>
inline T pyMod(T a, T b) {
  if constexpr (std::is_floating_point<T>::value) {
    T r = std::fmod(a, b);
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
  } else {
    if (b == 0) return 0;
    T r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
  }
}


template <typename T, typename O, typename F>
void broadcastLoop(const T* a, const T* b, O* o, const Shape& shape,
                   const Shape& as, const Shape& bs, F f) {
  size_t r = shape.size();
  int64_t total = 1;
  for (auto s : shape) total *= s;
  if (total == 0) return;
  if (r == 0) {
    o[0] = f(a[0], b[0]);
    return;
  }
  int64_t inner = shape[r - 1];
  int64_t ai = as[r - 1], bi = bs[r - 1];
  int64_t rows = total / inner;
#pragma omp parallel for if (total > kParallelMin)
  for (int64_t row = 0; row < rows; row++) {
    int64_t rem = row, ao = 0, bo = 0;
    for (size_t i = r - 1; i-- > 0;) {
      int64_t c = rem % shape[i];
      rem /= shape[i];
      ao += c * as[i];
      bo += c * bs[i];
    }
    const T* ap = a + ao;
    const T* bp = b + bo;
    O* op = o + row * inner;
    if (ai == 1 && bi == 1) {
#pragma omp simd
      for (int64_t j = 0; j < inner; j++) op[j] = f(ap[j], bp[j]);
    } else if (ai == 1 && bi == 0) {
      const T bv = bp[0];
#pragma omp simd
      for (int64_t j = 0; j < inner; j++) op[j] = f(ap[j], bv);
    } else if (ai == 0 && bi == 1) {
      const T av = ap[0];
#pragma omp simd
      for (int64_t j = 0; j < inner; j++) op[j] = f(av, bp[j]);
    } else {
      for (int64_t j = 0; j < inner; j++) op[j] = f(ap[j * ai], bp[j * bi]);
    }
  }
}

template <typename T>
void binaryTyped(int op, const T* a, const T* b, void* out, const Shape& shape,
                 const Shape& as, const Shape& bs) {
  T* o = static_cast<T*>(out);
  uint8_t* ob = static_cast<uint8_t*>(out);
  switch (op) {
    case B_ADD: broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(x + y); }); break;
    case B_SUB: broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(x - y); }); break;
    case B_MUL: broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(x * y); }); break;
    case B_DIV:
      if constexpr (std::is_floating_point<T>::value)
        broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(x / y); });
      else
        broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return y == 0 ? T(0) : T(x / y); });
      break;
    case B_MAX:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) {
        if constexpr (std::is_floating_point<T>::value)
          if (std::isnan(x) || std::isnan(y)) return T(NAN);
        return x > y ? x : y;
      });
      break;
    case B_MIN:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) {
        if constexpr (std::is_floating_point<T>::value)
          if (std::isnan(x) || std::isnan(y)) return T(NAN);
        return x < y ? x : y;
      });
      break;
    case B_POW:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(std::pow(double(x), double(y))); });
      break;
    case B_SQDIFF:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T((x - y) * (x - y)); });
      break;
    case B_FLOORDIV:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) {
        if constexpr (std::is_floating_point<T>::value) return T(std::floor(x / y));
        else return y == 0 ? T(0) : T(std::floor(double(x) / double(y)));
      });
      break;
    case B_MOD: broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return pyMod(x, y); }); break;
    case B_ATAN2:
      broadcastLoop(a, b, o, shape, as, bs, [](T x, T y) { return T(std::atan2(double(x), double(y))); });
      break;
    case B_EQ: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x == y); }); break;
    case B_NE: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x != y); }); break;
    case B_LT: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x < y); }); break;
    case B_LE: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x <= y); }); break;
    case B_GT: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x > y); }); break;
    case B_GE: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x >= y); }); break;
    case B_AND: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x && y); }); break;
    case B_OR: broadcastLoop(a, b, ob, shape, as, bs, [](T x, T y) { return uint8_t(x || y); }); break;
    default: throw std::invalid_argument("native backend: unknown binary op");
  }
}

}  // namespace

void fill(void* out, int64_t n, double v, int dtype) {
  if (dtype == F32) {
    float* o = static_cast<float*>(out);
    float fv = float(v);
#pragma omp parallel for if (n > kParallelMin)
    for (int64_t i = 0; i < n; i++) o[i] = fv;
  } else if (dtype == I32) {
    int32_t* o = static_cast<int32_t*>(out);
    int32_t iv = int32_t(v);
#pragma omp parallel for if (n > kParallelMin)
    for (int64_t i = 0; i < n; i++) o[i] = iv;
  } else {
    std::memset(out, v != 0 ? 1 : 0, size_t(n));
  }
}

/** Float to int32 truncates toward zero, as Int32Array.from does. */
void cast(const void* x, int sd, void* o, int dd, int64_t n) {
  if (sd == dd) {
    std::memcpy(o, x, size_t(n) * dtypeBytes(sd));
  } else if (dd == BOOL) {
    if (sd == F32) castToBool(static_cast<const float*>(x), static_cast<uint8_t*>(o), n);
    else castToBool(static_cast<const int32_t*>(x), static_cast<uint8_t*>(o), n);
  } else if (dd == F32) {
    if (sd == I32) castLoop(static_cast<const int32_t*>(x), static_cast<float*>(o), n);
    else castLoop(static_cast<const uint8_t*>(x), static_cast<float*>(o), n);
  } else {  // -> int32 (float truncates toward zero, as Int32Array.from does)
    if (sd == F32) castLoop(static_cast<const float*>(x), static_cast<int32_t*>(o), n);
    else castLoop(static_cast<const uint8_t*>(x), static_cast<int32_t*>(o), n);
  }
}

/** Serves Slice, Concat, SplitV and Pad. */
void copyRegion(const uint8_t* src, const Shape& sShape, const Shape& sBegin, uint8_t* dst,
                const Shape& dShape, const Shape& dBegin, const Shape& size, int64_t eb) {
  size_t r = size.size();
  int64_t total = 1;
  for (auto s : size) total *= s;
  if (total == 0) return;
  if (r == 0) {
    std::memcpy(dst, src, size_t(eb));
    return;
  }
  Shape sStr(r), dStr(r);
  int64_t a = 1, b = 1;
  for (size_t i = r; i-- > 0;) {
    sStr[i] = a;
    dStr[i] = b;
    a *= sShape[i];
    b *= dShape[i];
  }
  int64_t inner = size[r - 1];
  int64_t rows = total / inner;
  int64_t sBase = 0, dBase = 0;
  for (size_t i = 0; i < r; i++) {
    sBase += sBegin[i] * sStr[i];
    dBase += dBegin[i] * dStr[i];
  }
#pragma omp parallel for if (total > kParallelMin)
  for (int64_t row = 0; row < rows; row++) {
    int64_t rem = row, so = sBase, doff = dBase;
    for (size_t i = r - 1; i-- > 0;) {
      int64_t c = rem % size[i];
      rem /= size[i];
      so += c * sStr[i];
      doff += c * dStr[i];
    }
    std::memcpy(dst + doff * eb, src + so * eb, size_t(inner * eb));
  }
}

void transpose(const uint8_t* x, uint8_t* o, const Shape& shape, const Shape& perm, int64_t eb) {
  size_t r = shape.size();
  Shape xStr(r), oShape(r), srcStr(r);
  int64_t s = 1, total = 1;
  for (size_t i = r; i-- > 0;) {
    xStr[i] = s;
    s *= shape[i];
  }
  for (size_t i = 0; i < r; i++) {
    oShape[i] = shape[perm[i]];
    srcStr[i] = xStr[perm[i]];  // stride in x of output dim i
    total *= oShape[i];
  }
  if (total == 0) return;
  int64_t inner = oShape[r - 1];
  int64_t innerStride = srcStr[r - 1];
  int64_t rows = total / inner;
#pragma omp parallel for if (total > kParallelMin)
  for (int64_t row = 0; row < rows; row++) {
    int64_t rem = row, so = 0;
    for (size_t i = r - 1; i-- > 0;) {
      int64_t c = rem % oShape[i];
      rem /= oShape[i];
      so += c * srcStr[i];
    }
    uint8_t* dst = o + row * inner * eb;
    if (innerStride == 1) {
      std::memcpy(dst, x + so * eb, size_t(inner * eb));
    } else if (eb == 4) {
      const uint32_t* xs = reinterpret_cast<const uint32_t*>(x) + so;
      uint32_t* d = reinterpret_cast<uint32_t*>(dst);
      for (int64_t j = 0; j < inner; j++) d[j] = xs[j * innerStride];
    } else {
      for (int64_t j = 0; j < inner; j++)
        std::memcpy(dst + j * eb, x + (so + j * innerStride) * eb, size_t(eb));
    }
  }
}

void unary(int op, const void* in, void* out, int64_t n, int dtype, float alpha) {
  if (op == U_LOGICAL_NOT) {
    const uint8_t* x = static_cast<const uint8_t*>(in);
    uint8_t* o = static_cast<uint8_t*>(out);
    for (int64_t i = 0; i < n; i++) o[i] = x[i] ? 0 : 1;
    return;
  }
  if (op == U_IS_NAN) {
    const float* x = static_cast<const float*>(in);
    uint8_t* o = static_cast<uint8_t*>(out);
    for (int64_t i = 0; i < n; i++) o[i] = std::isnan(x[i]) ? 1 : 0;
    return;
  }
  if (dtype == I32) {
    const int32_t* x = static_cast<const int32_t*>(in);
    int32_t* o = static_cast<int32_t*>(out);
    switch (op) {
      case U_NEG: for (int64_t i = 0; i < n; i++) o[i] = -x[i]; break;
      case U_ABS: for (int64_t i = 0; i < n; i++) o[i] = x[i] < 0 ? -x[i] : x[i]; break;
      case U_SQUARE: for (int64_t i = 0; i < n; i++) o[i] = x[i] * x[i]; break;
      case U_SIGN: for (int64_t i = 0; i < n; i++) o[i] = (x[i] > 0) - (x[i] < 0); break;
      case U_RELU: for (int64_t i = 0; i < n; i++) o[i] = x[i] > 0 ? x[i] : 0; break;
      default: throw std::invalid_argument("native backend: unary op has no int32 form");
    }
    return;
  }
  const float* x = static_cast<const float*>(in);
  float* o = static_cast<float*>(out);
  switch (op) {
    case U_NEG: mapF(x, o, n, [](float v) { return -v; }); break;
    case U_EXP: mapF(x, o, n, [](float v) { return std::exp(v); }); break;
    case U_LOG: mapF(x, o, n, [](float v) { return std::log(v); }); break;
    case U_RSQRT: mapF(x, o, n, [](float v) { return 1.0f / std::sqrt(v); }); break;
    case U_SQRT: mapF(x, o, n, [](float v) { return std::sqrt(v); }); break;
    case U_SQUARE: mapF(x, o, n, [](float v) { return v * v; }); break;
    case U_SIGMOID: mapF(x, o, n, [](float v) { return 1.0f / (1.0f + std::exp(-v)); }); break;
    case U_ABS: mapF(x, o, n, [](float v) { return std::fabs(v); }); break;
    case U_RECIPROCAL: mapF(x, o, n, [](float v) { return 1.0f / v; }); break;
    case U_TANH: mapF(x, o, n, [](float v) { return std::tanh(v); }); break;
    case U_RELU: mapF(x, o, n, [](float v) { return std::isnan(v) ? v : (v > 0 ? v : 0.0f); }); break;
    case U_SIGN: mapF(x, o, n, [](float v) { return v > 0 ? 1.0f : (v < 0 ? -1.0f : 0.0f); }); break;
    case U_LOG1P: mapF(x, o, n, [](float v) { return std::log1p(v); }); break;
    case U_EXPM1: mapF(x, o, n, [](float v) { return std::expm1(v); }); break;
    case U_FLOOR: mapF(x, o, n, [](float v) { return std::floor(v); }); break;
    case U_CEIL: mapF(x, o, n, [](float v) { return std::ceil(v); }); break;
    case U_ROUND: mapF(x, o, n, [](float v) { return roundHalfEven(v); }); break;
    case U_SIN: mapF(x, o, n, [](float v) { return std::sin(v); }); break;
    case U_COS: mapF(x, o, n, [](float v) { return std::cos(v); }); break;
    case U_SOFTPLUS:
      mapF(x, o, n, [](float v) { return v > 0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v)); });
      break;
    case U_ERF: mapF(x, o, n, [](float v) { return std::erf(v); }); break;
    case U_ELU: mapF(x, o, n, [](float v) { return v >= 0 ? v : std::expm1(v); }); break;
    case U_SELU:
      mapF(x, o, n, [](float v) {
        const float sc = 1.0507009873554804934193349852946f, al = 1.6732632423543772848170429916717f;
        return v >= 0 ? sc * v : sc * al * std::expm1(v);
      });
      break;
    case U_STEP: mapF(x, o, n, [alpha](float v) { return std::isnan(v) ? NAN : (v > 0 ? 1.0f : alpha); }); break;
    default: throw std::invalid_argument("native backend: unknown unary op");
  }
}

void clip(const float* x, float* o, int64_t n, float lo, float hi) {
  mapF(x, o, n, [lo, hi](float v) { return std::isnan(v) ? v : (v < lo ? lo : (v > hi ? hi : v)); });
}

void binary(int op, int dtype, const void* a, const void* b, void* o, const Shape& shape,
            const Shape& as, const Shape& bs) {
  if (dtype == F32)
    binaryTyped(op, static_cast<const float*>(a), static_cast<const float*>(b), o, shape, as, bs);
  else if (dtype == I32)
    binaryTyped(op, static_cast<const int32_t*>(a), static_cast<const int32_t*>(b), o, shape, as,
                bs);
  else
    binaryTyped(op, static_cast<const uint8_t*>(a), static_cast<const uint8_t*>(b), o, shape, as,
                bs);
}

void select(const uint8_t* c, const void* tv, const void* ev, void* out, int64_t n, int64_t inner,
            int64_t eb) {
  const uint8_t* t = static_cast<const uint8_t*>(tv);
  const uint8_t* e = static_cast<const uint8_t*>(ev);
  uint8_t* o = static_cast<uint8_t*>(out);
  if (eb == 4) {
    const uint32_t* t4 = reinterpret_cast<const uint32_t*>(t);
    const uint32_t* e4 = reinterpret_cast<const uint32_t*>(e);
    uint32_t* o4 = reinterpret_cast<uint32_t*>(o);
#pragma omp parallel for if (n > kParallelMin)
    for (int64_t i = 0; i < n; i++) o4[i] = c[i / inner] ? t4[i] : e4[i];
  } else {
    for (int64_t i = 0; i < n; i++) o[i] = c[i / inner] ? t[i] : e[i];
  }
}

void addN(float* o, int64_t n, const std::vector<const float*>& xs) {
#pragma omp parallel for if (n > kParallelMin)
  for (int64_t j = 0; j < n; j++) {
    float s = 0;
    for (const float* x : xs) s += x[j];
    o[j] = s;
  }
}

void oneHot(const int32_t* idx, void* out, int64_t n, int64_t depth, double on, double off,
            int dtype) {
  if (dtype == F32) {
    float* o = static_cast<float*>(out);
    float fo = float(off), fn = float(on);
#pragma omp parallel for if (n * depth > kParallelMin)
    for (int64_t i = 0; i < n; i++) {
      float* r = o + i * depth;
      for (int64_t j = 0; j < depth; j++) r[j] = fo;
      if (idx[i] >= 0 && idx[i] < depth) r[idx[i]] = fn;
    }
  } else {
    int32_t* o = static_cast<int32_t*>(out);
    for (int64_t i = 0; i < n; i++) {
      int32_t* r = o + i * depth;
      for (int64_t j = 0; j < depth; j++) r[j] = int32_t(off);
      if (idx[i] >= 0 && idx[i] < depth) r[idx[i]] = int32_t(on);
    }
  }
}

void tile(const uint8_t* x, uint8_t* o, const Shape& shape, const Shape& reps, int64_t eb) {
  size_t r = shape.size();
  Shape oShape(r), xStr(r);
  int64_t total = 1, s = 1;
  for (size_t i = r; i-- > 0;) {
    xStr[i] = s;
    s *= shape[i];
  }
  for (size_t i = 0; i < r; i++) {
    oShape[i] = shape[i] * reps[i];
    total *= oShape[i];
  }
  for (int64_t k = 0; k < total; k++) {
    int64_t rem = k, so = 0;
    for (size_t i = r; i-- > 0;) {
      int64_t c = rem % oShape[i];
      rem /= oShape[i];
      so += (c % shape[i]) * xStr[i];
    }
    std::memcpy(o + k * eb, x + so * eb, size_t(eb));
  }
}

}  // namespace cpu
}  // namespace prorl
