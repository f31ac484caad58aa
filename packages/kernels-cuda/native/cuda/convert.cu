// Fill, dtype casts, and the rounding of float32 to bf16 / TF32 for the math modes.
#include "../common/ops.h"
#include "portable.cuh"

namespace prorl {
namespace {

template <typename T>
__global__ void fillKernel(T* out, int64_t n, T value) {
  FOR_EACH_ELEMENT(i, n) out[i] = value;
}

template <typename S, typename T>
__global__ void castKernel(const S* x, T* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = static_cast<T>(x[i]);
}

template <typename S>
__global__ void castToBoolKernel(const S* x, uint8_t* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = x[i] != 0 ? 1 : 0;
}

__global__ void bf16Kernel(const float* x, uint16_t* out, int64_t n) {
  FOR_EACH_ELEMENT(i, n) out[i] = bf16FromFloat(x[i]);
}

// round(x) to `drop` fewer mantissa bits, to nearest even: TF32 keeps 10 of float32's 23
// (drop 13), bf16 keeps 7 (drop 16). Infinities and NaN pass through.
__global__ void roundMantissaKernel(const float* x, float* out, int64_t n, int drop) {
  FOR_EACH_ELEMENT(i, n) {
    float v = x[i];
    unsigned u = __float_as_uint(v);
    if ((u & 0x7f800000u) != 0x7f800000u) {
      unsigned half = (1u << (drop - 1)) - 1u + ((u >> drop) & 1u);
      u = (u + half) & ~((1u << drop) - 1u);
      v = __uint_as_float(u);
    }
    out[i] = v;
  }
}

template <typename S, typename T>
void castAs(const void* x, void* out, int64_t n) {
  launch("cast", castKernel<S, T>, blocksFor(n), kThreads, 0, static_cast<const S*>(x),
         static_cast<T*>(out), n);
}

}  // namespace

void fill(void* out, int64_t n, double value, int dtype) {
  if (dtype == F32)
    launch("fill", fillKernel<float>, blocksFor(n), kThreads, 0, static_cast<float*>(out), n,
           float(value));
  else if (dtype == I32)
    launch("fill", fillKernel<int32_t>, blocksFor(n), kThreads, 0, static_cast<int32_t*>(out), n,
           int32_t(value));
  else
    fillBytes(out, value != 0 ? 1 : 0, size_t(n));
}

// Float to int32 truncates toward zero, as Int32Array.from and the CPU target do.
void cast(const void* x, int xDtype, void* out, int outDtype, int64_t n) {
  if (xDtype == outDtype) {
    copyOnDevice(out, x, size_t(n) * (xDtype == BOOL ? 1 : 4));
  } else if (outDtype == BOOL) {
    if (xDtype == F32)
      launch("cast", castToBoolKernel<float>, blocksFor(n), kThreads, 0,
             static_cast<const float*>(x), static_cast<uint8_t*>(out), n);
    else
      launch("cast", castToBoolKernel<int32_t>, blocksFor(n), kThreads, 0,
             static_cast<const int32_t*>(x), static_cast<uint8_t*>(out), n);
  } else if (outDtype == F32) {
    if (xDtype == I32) castAs<int32_t, float>(x, out, n);
    else castAs<uint8_t, float>(x, out, n);
  } else {
    if (xDtype == F32) castAs<float, int32_t>(x, out, n);
    else castAs<uint8_t, int32_t>(x, out, n);
  }
}

void convertToBf16(const float* x, uint16_t* out, int64_t n) {
  launch("convertToBf16", bf16Kernel, blocksFor(n), kThreads, 0, x, out, n);
}

void roundMantissa(const float* x, float* out, int64_t n, bool bf16) {
  launch("roundMantissa", roundMantissaKernel, blocksFor(n), kThreads, 0, x, out, n,
         bf16 ? 16 : 13);
}

}  // namespace prorl
