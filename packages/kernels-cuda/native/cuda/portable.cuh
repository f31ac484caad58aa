// What every kernel file of the CUDA target includes. Normally it is CUDA; in the emulated
// build (PRORL_CUDA_EMULATE, compiled by g++ as C++) it supplies the same names on the CPU:
// threadIdx/blockIdx/blockDim/gridDim, __shared__, __syncthreads, warp shuffles and atomics, run
// by emulator.cc, which gives every thread of a block its own fiber and switches between them at
// barriers. The emulated build is how the kernels are tested where no GPU is (CI); a GPU runs the
// same sources for real.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>

#include "device.h"

#ifndef PRORL_CUDA_EMULATE
#include <cuda_runtime.h>
#define PRORL_DEVICE __device__ __forceinline__
#define PRORL_HOST_DEVICE __host__ __device__ __forceinline__
#define PRORL_DYNAMIC_SHARED(T, name) extern __shared__ T name[]
#else
#include <algorithm>
#include <cmath>
#include <functional>

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
// Blocks of a grid run one after another in the emulator, so one static copy per kernel is the
// block's shared memory.
#define __shared__ static
#define PRORL_DEVICE inline
#define PRORL_HOST_DEVICE inline
#define PRORL_DYNAMIC_SHARED(T, name) T* name = static_cast<T*>(prorl_emu::dynamicShared())

struct uint3 {
  unsigned x, y, z;
};
struct dim3 {
  unsigned x, y, z;
  constexpr dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};
extern uint3 threadIdx, blockIdx;
extern dim3 blockDim, gridDim;
constexpr int warpSize = 32;

namespace prorl_emu {
/** Runs body once per thread of every block of the grid (emulator.cc). */
void run(const char* kernel, dim3 grid, dim3 block, size_t sharedBytes,
         const std::function<void()>& body);
void syncthreads();
/** Exchanges one 64-bit value among the lanes of the calling warp: returns lane src's value. */
uint64_t warpExchange(uint64_t mine, int srcLane);
void* dynamicShared();
}  // namespace prorl_emu

inline void __syncthreads() { prorl_emu::syncthreads(); }

template <typename T>
T emuShuffle(T v, int src) {
  static_assert(sizeof(T) <= 8, "shuffles move at most 64 bits");
  uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof(T));
  uint64_t got = prorl_emu::warpExchange(bits, src);
  T out;
  std::memcpy(&out, &got, sizeof(T));
  return out;
}
inline int emuLane() { return int((threadIdx.x + threadIdx.y * blockDim.x) % 32); }
template <typename T>
T __shfl_xor_sync(unsigned, T v, int laneMask, int width = 32) {
  int lane = emuLane();
  int src = lane ^ laneMask;
  return emuShuffle(v, (src / width == lane / width) ? src : lane);
}
template <typename T>
T __shfl_down_sync(unsigned, T v, unsigned delta, int width = 32) {
  int lane = emuLane();
  int src = lane + int(delta);
  return emuShuffle(v, (src / width == lane / width) ? src : lane);
}
template <typename T>
T __shfl_sync(unsigned, T v, int srcLane, int width = 32) {
  int lane = emuLane();
  return emuShuffle(v, (lane / width) * width + srcLane % width);
}

// Fibers switch only at barriers, so a read-modify-write cannot interleave with another thread's.
template <typename T>
T atomicAdd(T* p, T v) {
  T old = *p;
  *p = old + v;
  return old;
}
template <typename T>
T atomicMax(T* p, T v) {
  T old = *p;
  *p = std::max(old, v);
  return old;
}
template <typename T>
T atomicMin(T* p, T v) {
  T old = *p;
  *p = std::min(old, v);
  return old;
}
template <typename T>
T atomicExch(T* p, T v) {
  T old = *p;
  *p = v;
  return old;
}
inline int atomicCAS(int* p, int compare, int v) {
  int old = *p;
  if (old == compare) *p = v;
  return old;
}

inline float __expf(float x) { return std::exp(x); }
inline float __logf(float x) { return std::log(x); }
inline float __fdividef(float a, float b) { return a / b; }
inline float rsqrtf(float x) { return 1.0f / std::sqrt(x); }
inline int __float_as_int(float x) {
  int i;
  std::memcpy(&i, &x, 4);
  return i;
}
inline float __int_as_float(int i) {
  float x;
  std::memcpy(&x, &i, 4);
  return x;
}
inline unsigned __float_as_uint(float x) {
  unsigned i;
  std::memcpy(&i, &x, 4);
  return i;
}
inline float __uint_as_float(unsigned i) {
  float x;
  std::memcpy(&x, &i, 4);
  return x;
}
using std::max;
using std::min;
#endif

namespace prorl {

/** Threads per block for one-thread-per-element kernels. */
constexpr int kThreads = 256;
/** Blocks for n elements with kThreads each (grid-stride loops cover the rest). */
inline unsigned blocksFor(int64_t n) {
  int64_t b = (n + kThreads - 1) / kThreads;
  return unsigned(std::max<int64_t>(1, std::min<int64_t>(b, 65535 * 8)));
}

// Grid-stride loop: i = blockIdx.x * blockDim.x + threadIdx.x, step gridDim.x * blockDim.x.
#define FOR_EACH_ELEMENT(i, n)                                              \
  for (int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x; i < (n); \
       i += int64_t(gridDim.x) * blockDim.x)

#ifndef PRORL_CUDA_EMULATE
/** The addon's stream (runtime.cc). */
cudaStream_t stream();
/** Throws CudaError naming the kernel when its launch failed. */
void checkLaunch(const char* kernel);
#endif

#ifdef __CUDACC__
template <typename... P, typename... A>
void launch(const char* name, void (*kernel)(P...), dim3 grid, dim3 block, size_t sharedBytes,
            A... args) {
  if (grid.x == 0 || grid.y == 0 || grid.z == 0) return;
  kernel<<<grid, block, sharedBytes, stream()>>>(args...);
  checkLaunch(name);
}
#elif defined(PRORL_CUDA_EMULATE)
template <typename... P, typename... A>
void launch(const char* name, void (*kernel)(P...), dim3 grid, dim3 block, size_t sharedBytes,
            A... args) {
  if (grid.x == 0 || grid.y == 0 || grid.z == 0) return;
  prorl_emu::run(name, grid, block, sharedBytes, [&] { kernel(args...); });
}
#endif

// bf16 as its 16 bits (the upper half of a float32), so that host, device and the emulator share
// one definition. Round to nearest even, as __float2bfloat16 does; NaN stays NaN.
PRORL_HOST_DEVICE uint16_t bf16FromFloat(float f) {
#ifdef __CUDA_ARCH__
  unsigned u = __float_as_uint(f);
#else
  unsigned u;
  std::memcpy(&u, &f, 4);
#endif
  if ((u & 0x7fffffffu) > 0x7f800000u) return uint16_t((u >> 16) | 0x40u);
  u += 0x7fffu + ((u >> 16) & 1u);
  return uint16_t(u >> 16);
}

PRORL_HOST_DEVICE float floatFromBf16(uint16_t h) {
  unsigned u = unsigned(h) << 16;
#ifdef __CUDA_ARCH__
  return __uint_as_float(u);
#else
  float f;
  std::memcpy(&f, &u, 4);
  return f;
#endif
}

}  // namespace prorl
