// The CPU target of @prorl/kernels-cuda: tensor storage owned by the addon (a handle table over a
// caching allocator) and the kernels of the TensorFlow.js backend `native`. The JavaScript side
// (src/backend.ts) computes shapes, broadcast strides and attributes; this file does the loops.
// Matrix products go through cblas_sgemm when built with OpenBLAS (PRORL_HAVE_CBLAS), else through
// the blocked kernel in gemm.h. Elementwise and reduction loops use OpenMP when available.
#include <napi.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifdef _OPENMP
#include <omp.h>
#endif

#include "../common/napi-args.h"
#include "../common/storage.h"
#include "gemm.h"

#ifdef PRORL_HAVE_CBLAS
#include <cblas.h>
#endif

namespace {

// ---------------------------------------------------------------------------------------------
// Storage: handle table + caching allocator (../common/storage.h) over 64-byte aligned malloc.

void* alignedAlloc(size_t bytes) { return std::aligned_alloc(64, bytes); }

prorl::Storage g_storage(alignedAlloc, std::free, size_t(1) << 30);
bool g_poison = false;  // fill new buffers with 0xFF (NaN / -1 / 255) to catch unwritten outputs

prorl::Block& blockOf(const Napi::Value& v) {
  uint32_t id = v.As<Napi::Number>().Uint32Value();
  prorl::Block* b = g_storage.get(id);
  if (b == nullptr)
    throw Napi::Error::New(v.Env(), "native backend: use of a freed or unknown buffer " +
                                        std::to_string(id));
  return *b;
}

template <typename T>
T* ptr(const Napi::Value& v) {
  return static_cast<T*>(blockOf(v).ptr);
}

using prorl::D;
using prorl::I;
std::vector<int64_t> Ints(const Napi::Value& v) {
  Napi::Array a = v.As<Napi::Array>();
  std::vector<int64_t> out(a.Length());
  for (uint32_t i = 0; i < a.Length(); i++)
    out[i] = a.Get(i).As<Napi::Number>().Int64Value();
  return out;
}

constexpr int64_t kPar = 1 << 15;  // elements below which loops stay single-threaded

// dtype codes shared with src/native.ts
enum DType { F32 = 0, I32 = 1, BOOL = 2 };
size_t dtypeBytes(int d) { return d == BOOL ? 1 : 4; }

// ---------------------------------------------------------------------------------------------
// Storage functions.

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  size_t bytes = static_cast<size_t>(I(info, 0));
  uint32_t id = g_storage.alloc(bytes == 0 ? 1 : bytes);
  if (id == 0) throw Napi::Error::New(info.Env(), "native backend: out of memory allocating " +
                                                      std::to_string(bytes) + " bytes");
  prorl::Block* b = g_storage.get(id);
  if (g_poison) std::memset(b->ptr, 0xFF, b->bytes);
  return Napi::Number::New(info.Env(), id);
}

Napi::Value Free(const Napi::CallbackInfo& info) {
  g_storage.free(info[0].As<Napi::Number>().Uint32Value());
  return info.Env().Undefined();
}

// write(id, typedArray): copies the array's bytes into the buffer.
Napi::Value Write(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = info[1].As<Napi::TypedArray>();
  size_t n = ta.ByteLength();
  if (n > b.bytes) throw Napi::Error::New(info.Env(), "native backend: write past the buffer");
  uint8_t* src = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  std::memcpy(b.ptr, src, n);
  return info.Env().Undefined();
}

// read(id, typedArray): copies the buffer into the array.
Napi::Value Read(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = info[1].As<Napi::TypedArray>();
  size_t n = ta.ByteLength();
  if (n > b.bytes) throw Napi::Error::New(info.Env(), "native backend: read past the buffer");
  uint8_t* dst = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  std::memcpy(dst, b.ptr, n);
  return info.Env().Undefined();
}

Napi::Value Memory(const Napi::CallbackInfo& info) {
  return prorl::memoryObject(info.Env(), g_storage);
}

Napi::Value EmptyCache(const Napi::CallbackInfo& info) {
  g_storage.emptyCache();
  if (info.Length() > 0 && info[0].IsNumber()) g_storage.setCacheLimit(size_t(D(info, 0)));
  return info.Env().Undefined();
}

Napi::Value SetPoison(const Napi::CallbackInfo& info) {
  g_poison = info[0].ToBoolean().Value();
  return info.Env().Undefined();
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  Napi::Object o = Napi::Object::New(info.Env());
#ifdef PRORL_HAVE_CBLAS
  o.Set("blas", "openblas");
#else
  o.Set("blas", "builtin");
#endif
#ifdef _OPENMP
  o.Set("threads", omp_get_max_threads());
  o.Set("openmp", true);
#else
  o.Set("threads", 1);
  o.Set("openmp", false);
#endif
  o.Set("simd", prorl::gemmSimdName());
  return o;
}

// ---------------------------------------------------------------------------------------------
// Fill / cast / copy.

// fill(out, n, value, dtype)
Napi::Value Fill(const Napi::CallbackInfo& info) {
  int64_t n = I(info, 1);
  double v = D(info, 2);
  int dt = int(I(info, 3));
  if (dt == F32) {
    float* o = ptr<float>(info[0]);
    float fv = float(v);
#pragma omp parallel for if (n > kPar)
    for (int64_t i = 0; i < n; i++) o[i] = fv;
  } else if (dt == I32) {
    int32_t* o = ptr<int32_t>(info[0]);
    int32_t iv = int32_t(v);
#pragma omp parallel for if (n > kPar)
    for (int64_t i = 0; i < n; i++) o[i] = iv;
  } else {
    std::memset(ptr<uint8_t>(info[0]), v != 0 ? 1 : 0, size_t(n));
  }
  return info.Env().Undefined();
}

template <typename S, typename T>
void castLoop(const S* x, T* o, int64_t n) {
#pragma omp parallel for if (n > kPar)
  for (int64_t i = 0; i < n; i++) o[i] = static_cast<T>(x[i]);
}
template <typename S>
void castToBool(const S* x, uint8_t* o, int64_t n) {
#pragma omp parallel for if (n > kPar)
  for (int64_t i = 0; i < n; i++) o[i] = x[i] != 0 ? 1 : 0;
}

// cast(x, xDtype, out, outDtype, n)
Napi::Value Cast(const Napi::CallbackInfo& info) {
  int sd = int(I(info, 1)), dd = int(I(info, 3));
  int64_t n = I(info, 4);
  void* x = blockOf(info[0]).ptr;
  void* o = blockOf(info[2]).ptr;
  if (sd == dd) {
    std::memcpy(o, x, size_t(n) * dtypeBytes(sd));
  } else if (dd == BOOL) {
    if (sd == F32) castToBool(static_cast<float*>(x), static_cast<uint8_t*>(o), n);
    else castToBool(static_cast<int32_t*>(x), static_cast<uint8_t*>(o), n);
  } else if (dd == F32) {
    if (sd == I32) castLoop(static_cast<int32_t*>(x), static_cast<float*>(o), n);
    else castLoop(static_cast<uint8_t*>(x), static_cast<float*>(o), n);
  } else {  // -> int32 (float truncates toward zero, as Int32Array.from does)
    if (sd == F32) castLoop(static_cast<float*>(x), static_cast<int32_t*>(o), n);
    else castLoop(static_cast<uint8_t*>(x), static_cast<int32_t*>(o), n);
  }
  return info.Env().Undefined();
}

// copyRegion(src, srcShape[], srcBegin[], dst, dstShape[], dstBegin[], size[], elemBytes)
// Copies the box `size` starting at srcBegin in src to dstBegin in dst (same rank). Serves Slice,
// Concat, SplitV and Pad.
Napi::Value CopyRegion(const Napi::CallbackInfo& info) {
  uint8_t* src = ptr<uint8_t>(info[0]);
  auto sShape = Ints(info[1]), sBegin = Ints(info[2]);
  uint8_t* dst = ptr<uint8_t>(info[3]);
  auto dShape = Ints(info[4]), dBegin = Ints(info[5]), size = Ints(info[6]);
  int64_t eb = I(info, 7);
  size_t r = size.size();
  int64_t total = 1;
  for (auto s : size) total *= s;
  if (total == 0) return info.Env().Undefined();
  if (r == 0) {
    std::memcpy(dst, src, size_t(eb));
    return info.Env().Undefined();
  }
  std::vector<int64_t> sStr(r), dStr(r);
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
#pragma omp parallel for if (total > kPar)
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
  return info.Env().Undefined();
}

// transpose(x, out, shape[], perm[], elemBytes)
Napi::Value Transpose(const Napi::CallbackInfo& info) {
  uint8_t* x = ptr<uint8_t>(info[0]);
  uint8_t* o = ptr<uint8_t>(info[1]);
  auto shape = Ints(info[2]), perm = Ints(info[3]);
  int64_t eb = I(info, 4);
  size_t r = shape.size();
  std::vector<int64_t> xStr(r), oShape(r), srcStr(r);
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
  if (total == 0) return info.Env().Undefined();
  int64_t inner = oShape[r - 1];
  int64_t innerStride = srcStr[r - 1];
  int64_t rows = total / inner;
#pragma omp parallel for if (total > kPar)
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
  return info.Env().Undefined();
}

// ---------------------------------------------------------------------------------------------
// Elementwise.

enum Unary {
  U_NEG, U_EXP, U_LOG, U_RSQRT, U_SQRT, U_SQUARE, U_SIGMOID, U_ABS, U_RECIPROCAL, U_TANH,
  U_RELU, U_SIGN, U_LOG1P, U_EXPM1, U_FLOOR, U_CEIL, U_ROUND, U_SIN, U_COS, U_SOFTPLUS,
  U_LOGICAL_NOT, U_ERF, U_IS_NAN, U_ELU, U_SELU, U_STEP
};

inline float roundHalfEven(float v) { return std::nearbyint(v); }

template <typename F>
void mapF(const float* x, float* o, int64_t n, F f) {
#pragma omp parallel for simd if (n > kPar)
  for (int64_t i = 0; i < n; i++) o[i] = f(x[i]);
}

// unary(op, x, out, n, dtype, alpha)
Napi::Value UnaryOp(const Napi::CallbackInfo& info) {
  int op = int(I(info, 0));
  int64_t n = I(info, 3);
  int dt = int(I(info, 4));
  double alpha = info.Length() > 5 ? D(info, 5) : 0;
  if (op == U_LOGICAL_NOT) {
    const uint8_t* x = ptr<uint8_t>(info[1]);
    uint8_t* o = ptr<uint8_t>(info[2]);
    for (int64_t i = 0; i < n; i++) o[i] = x[i] ? 0 : 1;
    return info.Env().Undefined();
  }
  if (op == U_IS_NAN) {
    const float* x = ptr<float>(info[1]);
    uint8_t* o = ptr<uint8_t>(info[2]);
    for (int64_t i = 0; i < n; i++) o[i] = std::isnan(x[i]) ? 1 : 0;
    return info.Env().Undefined();
  }
  if (dt == I32) {
    const int32_t* x = ptr<int32_t>(info[1]);
    int32_t* o = ptr<int32_t>(info[2]);
    switch (op) {
      case U_NEG: for (int64_t i = 0; i < n; i++) o[i] = -x[i]; break;
      case U_ABS: for (int64_t i = 0; i < n; i++) o[i] = x[i] < 0 ? -x[i] : x[i]; break;
      case U_SQUARE: for (int64_t i = 0; i < n; i++) o[i] = x[i] * x[i]; break;
      case U_SIGN: for (int64_t i = 0; i < n; i++) o[i] = (x[i] > 0) - (x[i] < 0); break;
      case U_RELU: for (int64_t i = 0; i < n; i++) o[i] = x[i] > 0 ? x[i] : 0; break;
      default: throw Napi::Error::New(info.Env(), "native backend: unary op has no int32 form");
    }
    return info.Env().Undefined();
  }
  const float* x = ptr<float>(info[1]);
  float* o = ptr<float>(info[2]);
  const float a = float(alpha);
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
    case U_STEP: mapF(x, o, n, [a](float v) { return std::isnan(v) ? NAN : (v > 0 ? 1.0f : a); }); break;
    default: throw Napi::Error::New(info.Env(), "native backend: unknown unary op");
  }
  return info.Env().Undefined();
}

// clip(x, out, n, lo, hi)
Napi::Value Clip(const Napi::CallbackInfo& info) {
  const float* x = ptr<float>(info[0]);
  float* o = ptr<float>(info[1]);
  int64_t n = I(info, 2);
  float lo = float(D(info, 3)), hi = float(D(info, 4));
  mapF(x, o, n, [lo, hi](float v) { return std::isnan(v) ? v : (v < lo ? lo : (v > hi ? hi : v)); });
  return info.Env().Undefined();
}

enum Binary {
  B_ADD, B_SUB, B_MUL, B_DIV, B_MAX, B_MIN, B_POW, B_SQDIFF, B_FLOORDIV, B_MOD,
  B_EQ, B_NE, B_LT, B_LE, B_GT, B_GE, B_AND, B_OR, B_ATAN2
};

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
void broadcastLoop(const T* a, const T* b, O* o, const std::vector<int64_t>& shape,
                   const std::vector<int64_t>& as, const std::vector<int64_t>& bs, F f) {
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
#pragma omp parallel for if (total > kPar)
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
void binaryTyped(int op, const T* a, const T* b, void* out, const std::vector<int64_t>& shape,
                 const std::vector<int64_t>& as, const std::vector<int64_t>& bs, Napi::Env env) {
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
    default: throw Napi::Error::New(env, "native backend: unknown binary op");
  }
}

// binary(op, dtype, a, b, out, outShape[], aStrides[], bStrides[]) — strides 0 on broadcast dims.
Napi::Value BinaryOp(const Napi::CallbackInfo& info) {
  int op = int(I(info, 0));
  int dt = int(I(info, 1));
  void* a = blockOf(info[2]).ptr;
  void* b = blockOf(info[3]).ptr;
  void* o = blockOf(info[4]).ptr;
  auto shape = Ints(info[5]), as = Ints(info[6]), bs = Ints(info[7]);
  if (dt == F32)
    binaryTyped(op, static_cast<float*>(a), static_cast<float*>(b), o, shape, as, bs, info.Env());
  else if (dt == I32)
    binaryTyped(op, static_cast<int32_t*>(a), static_cast<int32_t*>(b), o, shape, as, bs, info.Env());
  else
    binaryTyped(op, static_cast<uint8_t*>(a), static_cast<uint8_t*>(b), o, shape, as, bs, info.Env());
  return info.Env().Undefined();
}

// select(cond, t, e, out, n, inner, elemBytes): cond has n / inner elements (inner = 1 when it
// has the shape of t; the row length when it is a vector over the first dimension).
Napi::Value Select(const Napi::CallbackInfo& info) {
  const uint8_t* c = ptr<uint8_t>(info[0]);
  const uint8_t* t = ptr<uint8_t>(info[1]);
  const uint8_t* e = ptr<uint8_t>(info[2]);
  uint8_t* o = ptr<uint8_t>(info[3]);
  int64_t n = I(info, 4), inner = I(info, 5), eb = I(info, 6);
  if (eb == 4) {
    const uint32_t* t4 = reinterpret_cast<const uint32_t*>(t);
    const uint32_t* e4 = reinterpret_cast<const uint32_t*>(e);
    uint32_t* o4 = reinterpret_cast<uint32_t*>(o);
#pragma omp parallel for if (n > kPar)
    for (int64_t i = 0; i < n; i++) o4[i] = c[i / inner] ? t4[i] : e4[i];
  } else {
    for (int64_t i = 0; i < n; i++) o[i] = c[i / inner] ? t[i] : e[i];
  }
  return info.Env().Undefined();
}

// addN(out, n, ...inputs) (float32)
Napi::Value AddN(const Napi::CallbackInfo& info) {
  float* o = ptr<float>(info[0]);
  int64_t n = I(info, 1);
  std::vector<const float*> xs;
  for (size_t i = 2; i < info.Length(); i++) xs.push_back(ptr<float>(info[i]));
#pragma omp parallel for if (n > kPar)
  for (int64_t j = 0; j < n; j++) {
    float s = 0;
    for (const float* x : xs) s += x[j];
    o[j] = s;
  }
  return info.Env().Undefined();
}

// ---------------------------------------------------------------------------------------------
// Reductions over the innermost `inner` elements of `outer` rows.

enum Reduce { R_SUM, R_MEAN, R_MAX, R_MIN, R_PROD, R_ALL, R_ANY, R_ARGMAX, R_ARGMIN };

template <typename T>
void reduceRows(int op, const T* x, void* out, int64_t outer, int64_t inner) {
  float* of = static_cast<float*>(out);
  int32_t* oi = static_cast<int32_t*>(out);
  T* ot = static_cast<T*>(out);
  uint8_t* ob = static_cast<uint8_t*>(out);
#pragma omp parallel for if (outer * inner > kPar && outer > 1)
  for (int64_t r = 0; r < outer; r++) {
    const T* p = x + r * inner;
    switch (op) {
      case R_SUM:
      case R_MEAN: {
        if constexpr (std::is_floating_point<T>::value) {
          double s = 0;
          for (int64_t j = 0; j < inner; j++) s += p[j];
          of[r] = float(op == R_MEAN ? s / double(inner) : s);
        } else {
          int64_t s = 0;
          for (int64_t j = 0; j < inner; j++) s += p[j];
          if (op == R_MEAN) of[r] = float(double(s) / double(inner));
          else oi[r] = int32_t(s);
        }
        break;
      }
      case R_PROD: {
        double s = 1;
        for (int64_t j = 0; j < inner; j++) s *= p[j];
        ot[r] = T(s);
        break;
      }
      case R_MAX:
      case R_MIN: {
        T m = p[0];
        bool nan = false;
        for (int64_t j = 0; j < inner; j++) {
          T v = p[j];
          if constexpr (std::is_floating_point<T>::value)
            if (std::isnan(v)) nan = true;
          if (op == R_MAX ? v > m : v < m) m = v;
        }
        if constexpr (std::is_floating_point<T>::value)
          if (nan) m = T(NAN);
        ot[r] = m;
        break;
      }
      case R_ALL:
      case R_ANY: {
        bool acc = op == R_ALL;
        for (int64_t j = 0; j < inner; j++)
          acc = op == R_ALL ? (acc && p[j] != 0) : (acc || p[j] != 0);
        ob[r] = acc ? 1 : 0;
        break;
      }
      case R_ARGMAX:
      case R_ARGMIN: {
        T m = p[0];
        int32_t k = 0;
        for (int64_t j = 1; j < inner; j++)
          if (op == R_ARGMAX ? p[j] > m : p[j] < m) {
            m = p[j];
            k = int32_t(j);
          }
        oi[r] = k;
        break;
      }
    }
  }
}

// reduce(op, dtype, x, out, outer, inner)
Napi::Value ReduceOp(const Napi::CallbackInfo& info) {
  int op = int(I(info, 0)), dt = int(I(info, 1));
  void* x = blockOf(info[2]).ptr;
  void* o = blockOf(info[3]).ptr;
  int64_t outer = I(info, 4), inner = I(info, 5);
  if (outer == 0) return info.Env().Undefined();
  if (dt == F32) reduceRows(op, static_cast<float*>(x), o, outer, inner);
  else if (dt == I32) reduceRows(op, static_cast<int32_t*>(x), o, outer, inner);
  else reduceRows(op, static_cast<uint8_t*>(x), o, outer, inner);
  return info.Env().Undefined();
}

// softmax(x, out, outer, inner, log): softmax or log-softmax over rows.
Napi::Value Softmax(const Napi::CallbackInfo& info) {
  const float* x = ptr<float>(info[0]);
  float* o = ptr<float>(info[1]);
  int64_t outer = I(info, 2), inner = I(info, 3);
  bool lg = info.Length() > 4 && info[4].ToBoolean().Value();
#pragma omp parallel for if (outer * inner > kPar && outer > 1)
  for (int64_t r = 0; r < outer; r++) {
    const float* p = x + r * inner;
    float* q = o + r * inner;
    float m = p[0];
    for (int64_t j = 1; j < inner; j++) m = p[j] > m ? p[j] : m;
    double s = 0;
    for (int64_t j = 0; j < inner; j++) {
      float e = std::exp(p[j] - m);
      if (!lg) q[j] = e;
      s += e;
    }
    if (lg) {
      float ls = float(std::log(s));
      for (int64_t j = 0; j < inner; j++) q[j] = p[j] - m - ls;
    } else {
      float inv = float(1.0 / s);
      for (int64_t j = 0; j < inner; j++) q[j] *= inv;
    }
  }
  return info.Env().Undefined();
}

// ---------------------------------------------------------------------------------------------
// Gather, segment sum, one-hot.

// gather(x, idx, out, batch, outer, dimSize, inner, nIdx, elemBytes): x [batch, outer, dim, inner],
// idx [batch, nIdx] (int32), out [batch, outer, nIdx, inner]. Returns -1, or the first bad index.
Napi::Value Gather(const Napi::CallbackInfo& info) {
  const uint8_t* x = ptr<uint8_t>(info[0]);
  const int32_t* idx = ptr<int32_t>(info[1]);
  uint8_t* o = ptr<uint8_t>(info[2]);
  int64_t batch = I(info, 3), outer = I(info, 4), dim = I(info, 5), inner = I(info, 6),
          nIdx = I(info, 7), eb = I(info, 8);
  for (int64_t i = 0; i < batch * nIdx; i++)
    if (idx[i] < 0 || idx[i] >= dim) return Napi::Number::New(info.Env(), idx[i]);
  int64_t rows = batch * outer * nIdx;
  size_t rowBytes = size_t(inner * eb);
#pragma omp parallel for if (rows * inner > kPar)
  for (int64_t r = 0; r < rows; r++) {
    int64_t i = r % nIdx;
    int64_t bo = r / nIdx;  // b * outer + o
    int64_t b = bo / outer;
    int64_t k = idx[b * nIdx + i];
    std::memcpy(o + size_t(r) * rowBytes, x + size_t((bo * dim + k) * inner) * size_t(eb), rowBytes);
  }
  return Napi::Number::New(info.Env(), -1);
}

// unsortedSegmentSum(x, ids, out, nIds, inner, numSegments, dtype); ids outside [0, numSegments)
// are dropped, as in TensorFlow.
Napi::Value SegmentSum(const Napi::CallbackInfo& info) {
  int64_t nIds = I(info, 3), inner = I(info, 4), nSeg = I(info, 5);
  int dt = int(I(info, 6));
  const int32_t* ids = ptr<int32_t>(info[1]);
  if (dt == F32) {
    const float* x = ptr<float>(info[0]);
    float* o = ptr<float>(info[2]);
    std::memset(o, 0, size_t(nSeg * inner) * 4);
    // Parallel over the inner dimension: each thread owns a column range, so no races.
#pragma omp parallel if (nIds * inner > kPar && inner >= 64)
    {
      int64_t nt = 1, t = 0;
#ifdef _OPENMP
      nt = omp_get_num_threads();
      t = omp_get_thread_num();
#endif
      int64_t lo = inner * t / nt, hi = inner * (t + 1) / nt;
      for (int64_t i = 0; i < nIds; i++) {
        int32_t s = ids[i];
        if (s < 0 || s >= nSeg) continue;
        const float* xp = x + i * inner;
        float* op = o + int64_t(s) * inner;
        for (int64_t j = lo; j < hi; j++) op[j] += xp[j];
      }
    }
  } else {
    const int32_t* x = ptr<int32_t>(info[0]);
    int32_t* o = ptr<int32_t>(info[2]);
    std::memset(o, 0, size_t(nSeg * inner) * 4);
    for (int64_t i = 0; i < nIds; i++) {
      int32_t s = ids[i];
      if (s < 0 || s >= nSeg) continue;
      for (int64_t j = 0; j < inner; j++) o[int64_t(s) * inner + j] += x[i * inner + j];
    }
  }
  return info.Env().Undefined();
}

// oneHot(idx, out, n, depth, on, off, dtype)
Napi::Value OneHot(const Napi::CallbackInfo& info) {
  const int32_t* idx = ptr<int32_t>(info[0]);
  int64_t n = I(info, 2), depth = I(info, 3);
  double on = D(info, 4), off = D(info, 5);
  int dt = int(I(info, 6));
  if (dt == F32) {
    float* o = ptr<float>(info[1]);
    float fo = float(off), fn = float(on);
#pragma omp parallel for if (n * depth > kPar)
    for (int64_t i = 0; i < n; i++) {
      float* r = o + i * depth;
      for (int64_t j = 0; j < depth; j++) r[j] = fo;
      if (idx[i] >= 0 && idx[i] < depth) r[idx[i]] = fn;
    }
  } else {
    int32_t* o = ptr<int32_t>(info[1]);
    for (int64_t i = 0; i < n; i++) {
      int32_t* r = o + i * depth;
      for (int64_t j = 0; j < depth; j++) r[j] = int32_t(off);
      if (idx[i] >= 0 && idx[i] < depth) r[idx[i]] = int32_t(on);
    }
  }
  return info.Env().Undefined();
}

// tile(x, out, shape[], reps[], elemBytes)
Napi::Value Tile(const Napi::CallbackInfo& info) {
  const uint8_t* x = ptr<uint8_t>(info[0]);
  uint8_t* o = ptr<uint8_t>(info[1]);
  auto shape = Ints(info[2]), reps = Ints(info[3]);
  int64_t eb = I(info, 4);
  size_t r = shape.size();
  std::vector<int64_t> oShape(r), xStr(r);
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
  return info.Env().Undefined();
}

// ---------------------------------------------------------------------------------------------
// Matrix products.

// C[M, N] = op(A) op(B), or C += op(A) op(B) with accumulate.
void gemm(bool ta, bool tb, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
          const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate) {
#ifdef PRORL_HAVE_CBLAS
  cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
              int(M), int(N), int(K), 1.0f, A, int(lda), B, int(ldb), accumulate ? 1.0f : 0.0f, C,
              int(ldc));
#else
  prorl::sgemm(ta, tb, M, N, K, A, lda, B, ldb, C, ldc, accumulate);
#endif
}

// The arguments of batchMatMul and gemmBuiltin: (a, b, out, aIdx Int32Array, bIdx Int32Array, M,
// N, K, transA, transB), for out[i] = op(a[aIdx[i]]) @ op(b[bIdx[i]]), a blocks of M*K, b blocks
// of K*N.
struct BatchedProduct {
  const float* a;
  const float* b;
  float* c;
  Napi::Int32Array ai, bi;
  int64_t M, N, K;
  bool ta, tb;

  explicit BatchedProduct(const Napi::CallbackInfo& info)
      : a(ptr<float>(info[0])),
        b(ptr<float>(info[1])),
        c(ptr<float>(info[2])),
        ai(info[3].As<Napi::Int32Array>()),
        bi(info[4].As<Napi::Int32Array>()),
        M(I(info, 5)),
        N(I(info, 6)),
        K(I(info, 7)),
        ta(info[8].ToBoolean().Value()),
        tb(info[9].ToBoolean().Value()) {}

  size_t batch() const { return ai.ElementLength(); }
  const float* A(size_t i) const { return a + int64_t(ai[i]) * M * K; }
  const float* B(size_t i) const { return b + int64_t(bi[i]) * K * N; }
  float* C(size_t i) const { return c + int64_t(i) * M * N; }
};

Napi::Value BatchMatMul(const Napi::CallbackInfo& info) {
  BatchedProduct p(info);
  if (p.M == 0 || p.N == 0) return info.Env().Undefined();
  if (p.K == 0) {
    std::memset(p.c, 0, p.batch() * size_t(p.M * p.N) * 4);
    return info.Env().Undefined();
  }
  for (size_t i = 0; i < p.batch(); i++)
    gemm(p.ta, p.tb, p.M, p.N, p.K, p.A(i), p.ta ? p.M : p.K, p.B(i), p.tb ? p.K : p.N, p.C(i),
         p.N, false);
  return info.Env().Undefined();
}

// gemmBuiltin(...) — the fallback kernel, exposed so tests and the benchmark can check it where
// OpenBLAS is linked too. Same arguments as batchMatMul.
Napi::Value GemmBuiltin(const Napi::CallbackInfo& info) {
  BatchedProduct p(info);
  for (size_t i = 0; i < p.batch(); i++)
    prorl::sgemm(p.ta, p.tb, p.M, p.N, p.K, p.A(i), p.ta ? p.M : p.K, p.B(i), p.tb ? p.K : p.N,
                 p.C(i), p.N);
  return info.Env().Undefined();
}

// ---------------------------------------------------------------------------------------------
// Fused kernels (float32). Each has a gradient kernel; @prorl/model calls them by name when the
// active backend has them and uses plain TensorFlow.js ops otherwise.

// rmsNorm(x, w, y, rows, H, eps): y = x * rsqrt(mean(x^2) + eps) * w over the last dimension.
Napi::Value RmsNorm(const Napi::CallbackInfo& info) {
  const float* x = ptr<float>(info[0]);
  const float* w = ptr<float>(info[1]);
  float* y = ptr<float>(info[2]);
  int64_t rows = I(info, 3), H = I(info, 4);
  double eps = D(info, 5);
#pragma omp parallel for if (rows * H > kPar && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* xr = x + r * H;
    float* yr = y + r * H;
    double ss = 0;
    for (int64_t j = 0; j < H; j++) ss += double(xr[j]) * xr[j];
    float inv = float(1.0 / std::sqrt(ss / double(H) + eps));
    for (int64_t j = 0; j < H; j++) yr[j] = xr[j] * inv * w[j];
  }
  return info.Env().Undefined();
}

// rmsNormGrad(dy, x, w, dx, dw, rows, H, eps):
//   r = rsqrt(mean(x^2) + eps), g = dy * w
//   dx = r * g - x * r^3 * sum(g * x) / H ;  dw = sum over rows of dy * x * r
Napi::Value RmsNormGrad(const Napi::CallbackInfo& info) {
  const float* dy = ptr<float>(info[0]);
  const float* x = ptr<float>(info[1]);
  const float* w = ptr<float>(info[2]);
  float* dx = ptr<float>(info[3]);
  float* dw = ptr<float>(info[4]);
  int64_t rows = I(info, 5), H = I(info, 6);
  double eps = D(info, 7);
  int nt = 1;
#ifdef _OPENMP
  nt = (rows * H > kPar && rows > 1) ? omp_get_max_threads() : 1;
#endif
  std::vector<double> partial(size_t(nt) * size_t(H), 0.0);
#pragma omp parallel num_threads(nt)
  {
    int t = 0;
#ifdef _OPENMP
    t = omp_get_thread_num();
#endif
    double* acc = partial.data() + size_t(t) * size_t(H);
#pragma omp for
    for (int64_t r = 0; r < rows; r++) {
      const float* xr = x + r * H;
      const float* gr = dy + r * H;
      float* dxr = dx + r * H;
      double ss = 0, gx = 0;
      for (int64_t j = 0; j < H; j++) {
        ss += double(xr[j]) * xr[j];
        gx += double(gr[j]) * w[j] * xr[j];
      }
      double inv = 1.0 / std::sqrt(ss / double(H) + eps);
      double c = gx * inv * inv * inv / double(H);
      for (int64_t j = 0; j < H; j++) {
        dxr[j] = float(inv * gr[j] * w[j] - xr[j] * c);
        acc[j] += double(gr[j]) * xr[j] * inv;
      }
    }
  }
  for (int64_t j = 0; j < H; j++) {
    double s = 0;
    for (int t = 0; t < nt; t++) s += partial[size_t(t) * size_t(H) + size_t(j)];
    dw[j] = float(s);
  }
  return info.Env().Undefined();
}

// swiglu(g, u, y, n): y = g * sigmoid(g) * u
Napi::Value SwiGlu(const Napi::CallbackInfo& info) {
  const float* g = ptr<float>(info[0]);
  const float* u = ptr<float>(info[1]);
  float* y = ptr<float>(info[2]);
  int64_t n = I(info, 3);
#pragma omp parallel for simd if (n > kPar)
  for (int64_t i = 0; i < n; i++) {
    float s = 1.0f / (1.0f + std::exp(-g[i]));
    y[i] = g[i] * s * u[i];
  }
  return info.Env().Undefined();
}

// swigluGrad(dy, g, u, dg, du, n): dg = dy * u * s * (1 + g * (1 - s)), du = dy * g * s
Napi::Value SwiGluGrad(const Napi::CallbackInfo& info) {
  const float* dy = ptr<float>(info[0]);
  const float* g = ptr<float>(info[1]);
  const float* u = ptr<float>(info[2]);
  float* dg = ptr<float>(info[3]);
  float* du = ptr<float>(info[4]);
  int64_t n = I(info, 5);
#pragma omp parallel for simd if (n > kPar)
  for (int64_t i = 0; i < n; i++) {
    float s = 1.0f / (1.0f + std::exp(-g[i]));
    dg[i] = dy[i] * u[i] * s * (1.0f + g[i] * (1.0f - s));
    du[i] = dy[i] * g[i] * s;
  }
  return info.Env().Undefined();
}

// logProbEntropy(z, t, logp, ent, rows, V): per row of logits z, logp = log softmax(z)[t] and
// ent = -sum p log p, in two passes over the row without storing the softmax.
Napi::Value LogProbEntropy(const Napi::CallbackInfo& info) {
  const float* z = ptr<float>(info[0]);
  const int32_t* t = ptr<int32_t>(info[1]);
  float* logp = ptr<float>(info[2]);
  float* ent = ptr<float>(info[3]);
  int64_t rows = I(info, 4), V = I(info, 5);
#pragma omp parallel for if (rows * V > kPar && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* zr = z + r * V;
    float m = zr[0];
    for (int64_t j = 1; j < V; j++) m = zr[j] > m ? zr[j] : m;
    double s = 0, sz = 0;
    for (int64_t j = 0; j < V; j++) {
      double e = std::exp(double(zr[j] - m));
      s += e;
      sz += e * double(zr[j] - m);
    }
    double lse = std::log(s);  // relative to m
    int32_t k = t[r];
    logp[r] = (k >= 0 && k < V) ? float(double(zr[k] - m) - lse) : 0.0f;
    ent[r] = float(lse - sz / s);
  }
  return info.Env().Undefined();
}

// logProbEntropyGrad(z, t, dlogp, dent, dz, rows, V):
//   p = softmax(z), H = entropy; dz_j = dlogp * (1[j = t] - p_j) - dent * p_j * (log p_j + H)
Napi::Value LogProbEntropyGrad(const Napi::CallbackInfo& info) {
  const float* z = ptr<float>(info[0]);
  const int32_t* t = ptr<int32_t>(info[1]);
  const float* dl = ptr<float>(info[2]);
  const float* de = ptr<float>(info[3]);
  float* dz = ptr<float>(info[4]);
  int64_t rows = I(info, 5), V = I(info, 6);
#pragma omp parallel for if (rows * V > kPar && rows > 1)
  for (int64_t r = 0; r < rows; r++) {
    const float* zr = z + r * V;
    float* dr = dz + r * V;
    float m = zr[0];
    for (int64_t j = 1; j < V; j++) m = zr[j] > m ? zr[j] : m;
    double s = 0, sz = 0;
    for (int64_t j = 0; j < V; j++) {
      double e = std::exp(double(zr[j] - m));
      s += e;
      sz += e * double(zr[j] - m);
    }
    double lse = std::log(s);
    double H = lse - sz / s;
    double a = dl[r], b = de[r];
    for (int64_t j = 0; j < V; j++) {
      double lp = double(zr[j] - m) - lse;
      double p = std::exp(lp);
      dr[j] = float(-a * p - b * p * (lp + H));
    }
    int32_t k = t[r];
    if (k >= 0 && k < V) dr[k] += float(a);
  }
  return info.Env().Undefined();
}

// rope(x, cos, sin, y, B, H, T, D, grad): rotary embedding over x [B, H, T, D] with tables
// [B, 1, T, D]: y1 = x1 c1 - x2 s1, y2 = x2 c2 + x1 s2 (halves of the last dimension). With
// grad, x is dy and y is dx: dx1 = dy1 c1 + dy2 s2, dx2 = dy2 c2 - dy1 s1.
Napi::Value Rope(const Napi::CallbackInfo& info) {
  const float* x = ptr<float>(info[0]);
  const float* cs = ptr<float>(info[1]);
  const float* sn = ptr<float>(info[2]);
  float* y = ptr<float>(info[3]);
  int64_t B = I(info, 4), H = I(info, 5), T = I(info, 6), Dm = I(info, 7);
  bool grad = info[8].ToBoolean().Value();
  int64_t half = Dm / 2;
  int64_t rows = B * H * T;
#pragma omp parallel for if (rows * Dm > kPar)
  for (int64_t r = 0; r < rows; r++) {
    int64_t t = r % T;
    int64_t b = r / (H * T);
    const float* c = cs + (b * T + t) * Dm;
    const float* s = sn + (b * T + t) * Dm;
    const float* xr = x + r * Dm;
    float* yr = y + r * Dm;
    for (int64_t i = 0; i < half; i++) {
      float x1 = xr[i], x2 = xr[i + half];
      if (!grad) {
        yr[i] = x1 * c[i] - x2 * s[i];
        yr[i + half] = x2 * c[i + half] + x1 * s[i + half];
      } else {
        yr[i] = x1 * c[i] + x2 * s[i + half];
        yr[i + half] = x2 * c[i + half] - x1 * s[i];
      }
    }
  }
  return info.Env().Undefined();
}

// Causal grouped-query attention without a [T, S] score matrix. q [B, H, T, D], k and v
// [B, G, S, D] (H = G * rep; query head h reads key/value head h / rep), keyMask [B, S] (nonzero =
// real token); the T queries are the positions past .. past + T - 1 of S = past + T, and query t
// sees key s when s <= past + t and keyMask[b, s] != 0. The rep query heads of a key/value head are
// adjacent in q, so they are folded into rep * T query rows (as the plain-ops path folds them) and
// taken kAttnTile rows at a time: a tile's scores against the L keys its rows can see are one GEMM
// into an O(kAttnTile * S) scratch, masked and normalised in place, and its output one more GEMM.
// GEMMs (float32 products, as the plain-ops path's BatchMatMul) rather than a row at a time with
// dot products in double: that version was 7x slower (1.4 s against 0.2 s for forward + backward
// at B 1, H 8, T 1024, D 64 on 2 cores). Softmax sums and the gradient's row dot are in double.
// A row that sees no key gets the uniform average over all S keys, as in the plain-ops path: its
// additive -1e9 mask rounds every score of the row to -1e9 in float32 (for scores under 32 in
// magnitude) and softmax makes them uniform; the gradient goes through that softmax too.
struct Attn {
  int64_t B, H, G, T, S, Dm, past;
  float scale;
};

constexpr int64_t kAttnTile = 128;  // query rows per tile

Attn attnOf(const Napi::CallbackInfo& info, size_t i) {
  Attn a;
  a.B = I(info, i);
  a.H = I(info, i + 1);
  a.G = I(info, i + 2);
  a.T = I(info, i + 3);
  a.S = I(info, i + 4);
  a.Dm = I(info, i + 5);
  a.past = I(info, i + 6);
  a.scale = float(D(info, i + 7));
  return a;
}

// The first real key of a sequence (S when it has none): rows before it see no key.
int64_t firstKey(const float* mask, int64_t S) {
  int64_t s = 0;
  while (s < S && mask[s] == 0.0f) s++;
  return s;
}

// The keys a tile of folded rows [i0, i1) reads: up to the last one its rows can see, or all S
// when one of its rows sees no key (its uniform average reads every value).
int64_t tileKeys(const Attn& a, int64_t i0, int64_t i1, int64_t first) {
  bool oneHead = i0 / a.T == (i1 - 1) / a.T;
  int64_t tmin = oneHead ? i0 % a.T : 0;
  int64_t tmax = oneHead ? (i1 - 1) % a.T : a.T - 1;
  return a.past + tmin < first ? a.S : a.past + tmax + 1;
}

// p [rows, L] from q . k to probabilities, row i being folded row i0 + i:
// p_s = exp(scale q.k_s - max) / sum over the visible keys, 0 elsewhere; uniform 1/S if none.
// An exp per element costs several plain elementwise ops, so this goes parallel at kPar / 8.
void attnProbs(const Attn& a, const float* mask, int64_t i0, int64_t rows, int64_t L, float* p) {
#pragma omp parallel for if (rows * L > kPar / 8)
  for (int64_t i = 0; i < rows; i++) {
    float* pr = p + i * L;
    int64_t lim = std::min(L - 1, a.past + (i0 + i) % a.T);  // last key the row may see
    float mx = -INFINITY;
    for (int64_t s = 0; s <= lim; s++)
      if (mask[s] != 0.0f) mx = std::max(mx, pr[s] * a.scale);
    if (mx == -INFINITY) {  // sees no key, so tileKeys gave L = S
      std::fill(pr, pr + L, 1.0f / float(a.S));
      continue;
    }
    double sum = 0;
    for (int64_t s = 0; s < L; s++) {
      pr[s] = (s <= lim && mask[s] != 0.0f) ? std::exp(pr[s] * a.scale - mx) : 0.0f;
      sum += pr[s];
    }
    float inv = float(1.0 / sum);
    for (int64_t s = 0; s <= lim; s++) pr[s] *= inv;
  }
}

// attention(q, k, v, keyMask, out, B, H, G, T, S, D, past, scale): out [B, H, T, D],
// out = softmax(scale q k^T + causal and key mask) v.
Napi::Value Attention(const Napi::CallbackInfo& info) {
  const float* q = ptr<float>(info[0]);
  const float* k = ptr<float>(info[1]);
  const float* v = ptr<float>(info[2]);
  const float* mask = ptr<float>(info[3]);
  float* out = ptr<float>(info[4]);
  Attn a = attnOf(info, 5);
  int64_t rows = (a.H / a.G) * a.T;  // folded query rows per key/value head
  int64_t SD = a.S * a.Dm;
  std::vector<float> p(size_t(std::min(rows, kAttnTile) * a.S));
  for (int64_t bg = 0; bg < a.B * a.G; bg++) {
    const float* mb = mask + (bg / a.G) * a.S;
    int64_t first = firstKey(mb, a.S);
    for (int64_t i0 = 0; i0 < rows; i0 += kAttnTile) {
      int64_t n = std::min(kAttnTile, rows - i0);
      int64_t L = tileKeys(a, i0, i0 + n, first);
      const float* qt = q + (bg * rows + i0) * a.Dm;
      gemm(false, true, n, L, a.Dm, qt, a.Dm, k + bg * SD, a.Dm, p.data(), L, false);
      attnProbs(a, mb, i0, n, L, p.data());
      gemm(false, false, n, a.Dm, L, p.data(), L, v + bg * SD, a.Dm,
           out + (bg * rows + i0) * a.Dm, a.Dm, false);
    }
  }
  return info.Env().Undefined();
}

// dp [rows, L] = dy v^T to the score gradient in place: ds_s = scale p_s (dp_s - sum_j p_j dp_j).
void attnScoreGrad(const Attn& a, int64_t rows, int64_t L, const float* p, float* dp) {
#pragma omp parallel for if (rows * L > kPar / 8)
  for (int64_t i = 0; i < rows; i++) {
    const float* pr = p + i * L;
    float* dr = dp + i * L;
    double delta = 0;
    for (int64_t s = 0; s < L; s++) delta += double(pr[s]) * double(dr[s]);
    for (int64_t s = 0; s < L; s++) dr[s] = a.scale * pr[s] * float(double(dr[s]) - delta);
  }
}

// attentionGrad(dy, q, k, v, keyMask, dq, dk, dv, B, H, G, T, S, D, past, scale): per tile,
// recomputes p, then ds as above, dq = ds k, dk += ds^T q, dv += p^T dy. Tiles of one key/value
// head run in turn (they add into the same dk, dv); the GEMMs and row loops are multithreaded.
Napi::Value AttentionGrad(const Napi::CallbackInfo& info) {
  const float* dy = ptr<float>(info[0]);
  const float* q = ptr<float>(info[1]);
  const float* k = ptr<float>(info[2]);
  const float* v = ptr<float>(info[3]);
  const float* mask = ptr<float>(info[4]);
  float* dq = ptr<float>(info[5]);
  float* dk = ptr<float>(info[6]);
  float* dv = ptr<float>(info[7]);
  Attn a = attnOf(info, 8);
  int64_t rows = (a.H / a.G) * a.T;
  int64_t SD = a.S * a.Dm;
  std::fill(dk, dk + a.B * a.G * SD, 0.0f);
  std::fill(dv, dv + a.B * a.G * SD, 0.0f);
  size_t scratch = size_t(std::min(rows, kAttnTile) * a.S);
  std::vector<float> p(scratch), ds(scratch);
  for (int64_t bg = 0; bg < a.B * a.G; bg++) {
    const float* mb = mask + (bg / a.G) * a.S;
    int64_t first = firstKey(mb, a.S);
    const float* kb = k + bg * SD;
    const float* vb = v + bg * SD;
    for (int64_t i0 = 0; i0 < rows; i0 += kAttnTile) {
      int64_t n = std::min(kAttnTile, rows - i0);
      int64_t L = tileKeys(a, i0, i0 + n, first);
      int64_t at = (bg * rows + i0) * a.Dm;
      gemm(false, true, n, L, a.Dm, q + at, a.Dm, kb, a.Dm, p.data(), L, false);
      attnProbs(a, mb, i0, n, L, p.data());
      gemm(false, true, n, L, a.Dm, dy + at, a.Dm, vb, a.Dm, ds.data(), L, false);
      attnScoreGrad(a, n, L, p.data(), ds.data());
      gemm(false, false, n, a.Dm, L, ds.data(), L, kb, a.Dm, dq + at, a.Dm, false);
      gemm(true, false, L, a.Dm, n, ds.data(), L, q + at, a.Dm, dk + bg * SD, a.Dm, true);
      gemm(true, false, L, a.Dm, n, p.data(), L, dy + at, a.Dm, dv + bg * SD, a.Dm, true);
    }
  }
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("alloc", Napi::Function::New(env, Alloc));
  exports.Set("free", Napi::Function::New(env, Free));
  exports.Set("write", Napi::Function::New(env, Write));
  exports.Set("read", Napi::Function::New(env, Read));
  exports.Set("memory", Napi::Function::New(env, Memory));
  exports.Set("emptyCache", Napi::Function::New(env, EmptyCache));
  exports.Set("setPoison", Napi::Function::New(env, SetPoison));
  exports.Set("info", Napi::Function::New(env, Info));
  exports.Set("fill", Napi::Function::New(env, Fill));
  exports.Set("cast", Napi::Function::New(env, Cast));
  exports.Set("copyRegion", Napi::Function::New(env, CopyRegion));
  exports.Set("transpose", Napi::Function::New(env, Transpose));
  exports.Set("unary", Napi::Function::New(env, UnaryOp));
  exports.Set("clip", Napi::Function::New(env, Clip));
  exports.Set("binary", Napi::Function::New(env, BinaryOp));
  exports.Set("select", Napi::Function::New(env, Select));
  exports.Set("addN", Napi::Function::New(env, AddN));
  exports.Set("reduce", Napi::Function::New(env, ReduceOp));
  exports.Set("softmax", Napi::Function::New(env, Softmax));
  exports.Set("gather", Napi::Function::New(env, Gather));
  exports.Set("segmentSum", Napi::Function::New(env, SegmentSum));
  exports.Set("oneHot", Napi::Function::New(env, OneHot));
  exports.Set("tile", Napi::Function::New(env, Tile));
  exports.Set("batchMatMul", Napi::Function::New(env, BatchMatMul));
  exports.Set("gemmBuiltin", Napi::Function::New(env, GemmBuiltin));
  exports.Set("rmsNorm", Napi::Function::New(env, RmsNorm));
  exports.Set("rope", Napi::Function::New(env, Rope));
  exports.Set("rmsNormGrad", Napi::Function::New(env, RmsNormGrad));
  exports.Set("swiglu", Napi::Function::New(env, SwiGlu));
  exports.Set("swigluGrad", Napi::Function::New(env, SwiGluGrad));
  exports.Set("logProbEntropy", Napi::Function::New(env, LogProbEntropy));
  exports.Set("logProbEntropyGrad", Napi::Function::New(env, LogProbEntropyGrad));
  exports.Set("attention", Napi::Function::New(env, Attention));
  exports.Set("attentionGrad", Napi::Function::New(env, AttentionGrad));
  return exports;
}

}  // namespace

NODE_API_MODULE(prorl_native_cpu, Init)
