// Device runtime of the CUDA target: memory, copies, synchronisation, and matrix products through
// cuBLAS. cuBLAS is loaded at run time with dlopen (PRORL_CUBLAS_PATH, else libcublas.so.13/.12/
// .so on the loader's path), so the addon builds with only the CUDA compiler and runtime headers
// and runs wherever a driver and cuBLAS exist. Its types and enum values are declared here from
// cuBLAS's documented, stable ABI (cublas_api.h, library_types.h).
//
// In the emulated build (PRORL_CUDA_EMULATE) device memory is host memory, copies are memcpy, and
// matrix products are the CPU target's blocked GEMM (../cpu/gemm.h) over inputs rounded as the
// chosen math mode rounds them (TF32: 10 mantissa bits, bf16: 7), so that tests of the JavaScript
// side and of the math modes run where no GPU is.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <algorithm>

#include "device.h"

#ifdef PRORL_CUDA_EMULATE
#include "../cpu/gemm.h"
#else
#include <cuda_runtime_api.h>
#include <dlfcn.h>
#endif

namespace prorl {

namespace {
MathMode g_mathMode = MathMode::F32;
}

void setMathMode(MathMode mode) { g_mathMode = mode; }
MathMode mathMode() { return g_mathMode; }

#ifdef PRORL_CUDA_EMULATE

std::string probeDevice(DeviceInfo* info) {
  info->name = "CUDA emulator (CPU)";
  info->computeMajor = 0;
  info->computeMinor = 0;
  info->totalBytes = 0;
  info->multiprocessors = 1;
  info->emulated = true;
  return "";
}

void* deviceAlloc(size_t bytes) { return std::aligned_alloc(256, (bytes + 255) & ~size_t(255)); }
void deviceFree(void* p) { std::free(p); }
void copyToDevice(void* dst, const void* src, size_t bytes) { std::memcpy(dst, src, bytes); }
void copyToHost(void* dst, const void* src, size_t bytes) { std::memcpy(dst, src, bytes); }
void copyOnDevice(void* dst, const void* src, size_t bytes) { std::memmove(dst, src, bytes); }
void fillBytes(void* dst, int byte, size_t bytes) { std::memset(dst, byte, bytes); }
void synchronize() {}
void deviceMemory(size_t* freeBytes, size_t* totalBytes) {
  *freeBytes = 0;
  *totalBytes = 0;
}
std::string blasLibrary() { return "the CPU target's blocked GEMM (emulated)"; }

void batchMatMul(const float* a, const float* b, float* c, const int32_t* aIdx,
                 const int32_t* bIdx, int64_t batch, int64_t M, int64_t N, int64_t K, bool transA,
                 bool transB) {
  std::vector<float> ra, rb;
  for (int64_t i = 0; i < batch; i++) {
    const float* A = a + int64_t(aIdx[i]) * M * K;
    const float* B = b + int64_t(bIdx[i]) * K * N;
    if (g_mathMode != MathMode::F32) {
      ra.resize(size_t(M * K));
      rb.resize(size_t(K * N));
      roundMantissa(A, ra.data(), M * K, g_mathMode == MathMode::BF16);
      roundMantissa(B, rb.data(), K * N, g_mathMode == MathMode::BF16);
      A = ra.data();
      B = rb.data();
    }
    sgemm(transA, transB, M, N, K, A, transA ? M : K, B, transB ? K : N, c + i * M * N, N);
  }
}

#else  // the real device

namespace {

cudaStream_t g_stream = nullptr;

void check(cudaError_t e, const char* what) {
  if (e != cudaSuccess) throw CudaError(std::string(what) + ": " + cudaGetErrorString(e));
}

// ---- cuBLAS, loaded at run time ----
using cublasHandle_t = void*;
using cublasStatus_t = int;
enum { CUBLAS_OP_N = 0, CUBLAS_OP_T = 1 };
enum { CUDA_R_32F = 0, CUDA_R_16BF = 14 };
enum { CUBLAS_COMPUTE_32F = 68, CUBLAS_COMPUTE_32F_FAST_TF32 = 77 };
enum { CUBLAS_GEMM_DEFAULT = -1 };

struct Cublas {
  void* lib = nullptr;
  std::string path;
  std::string error;
  cublasHandle_t handle = nullptr;
  cublasStatus_t (*create)(cublasHandle_t*) = nullptr;
  cublasStatus_t (*setStream)(cublasHandle_t, cudaStream_t) = nullptr;
  cublasStatus_t (*gemmStridedBatchedEx)(cublasHandle_t, int, int, int, int, int, const void*,
                                         const void*, int, int, long long, const void*, int, int,
                                         long long, const void*, void*, int, int, long long, int,
                                         int, int) = nullptr;
  cublasStatus_t (*gemmBatchedEx)(cublasHandle_t, int, int, int, int, int, const void*,
                                  const void* const*, int, int, const void* const*, int, int,
                                  const void*, void* const*, int, int, int, int, int) = nullptr;
  const char* (*statusString)(cublasStatus_t) = nullptr;
};
Cublas g_cublas;

template <typename F>
bool symbol(F& fn, const char* name) {
  fn = reinterpret_cast<F>(dlsym(g_cublas.lib, name));
  return fn != nullptr;
}

Cublas& cublas() {
  if (g_cublas.handle != nullptr) return g_cublas;
  if (!g_cublas.error.empty()) throw CudaError(g_cublas.error);
  std::vector<std::string> names;
  const char* path = std::getenv("PRORL_CUBLAS_PATH");
  if (path != nullptr && *path != '\0') names.push_back(path);
  for (const char* n : {"libcublas.so.13", "libcublas.so.12", "libcublas.so"}) names.push_back(n);
  std::string tried;
  for (const std::string& n : names) {
    g_cublas.lib = dlopen(n.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (g_cublas.lib != nullptr) {
      g_cublas.path = n;
      break;
    }
    tried += (tried.empty() ? "" : ", ") + n;
  }
  if (g_cublas.lib == nullptr) {
    g_cublas.error = "cuBLAS could not be loaded (tried " + tried +
                     "); set PRORL_CUBLAS_PATH to libcublas.so, or add its directory to " +
                     "LD_LIBRARY_PATH";
    throw CudaError(g_cublas.error);
  }
  if (!symbol(g_cublas.create, "cublasCreate_v2") ||
      !symbol(g_cublas.setStream, "cublasSetStream_v2") ||
      !symbol(g_cublas.gemmStridedBatchedEx, "cublasGemmStridedBatchedEx") ||
      !symbol(g_cublas.gemmBatchedEx, "cublasGemmBatchedEx")) {
    g_cublas.error = g_cublas.path + " lacks the cuBLAS functions this backend needs";
    throw CudaError(g_cublas.error);
  }
  symbol(g_cublas.statusString, "cublasGetStatusString");
  if (g_cublas.create(&g_cublas.handle) != 0 || g_cublas.setStream(g_cublas.handle, g_stream) != 0) {
    g_cublas.handle = nullptr;
    g_cublas.error = "cublasCreate failed (" + g_cublas.path + ")";
    throw CudaError(g_cublas.error);
  }
  return g_cublas;
}

void checkBlas(cublasStatus_t s, const char* what) {
  if (s == 0) return;
  std::string why = g_cublas.statusString ? g_cublas.statusString(s) : std::to_string(s);
  throw CudaError(std::string(what) + " failed: " + why);
}

/** The constant stride of idx (idx[i] = idx[0] + i * stride), or -1 when it has none. */
int64_t constantStride(const int32_t* idx, int64_t n) {
  if (n < 2) return 0;
  int64_t s = int64_t(idx[1]) - idx[0];
  if (s < 0) return -1;
  for (int64_t i = 2; i < n; i++)
    if (int64_t(idx[i]) - idx[i - 1] != s) return -1;
  return s;
}

}  // namespace

cudaStream_t stream() { return g_stream; }

void checkLaunch(const char* kernel) {
  cudaError_t e = cudaGetLastError();
  if (e != cudaSuccess)
    throw CudaError(std::string("launch of ") + kernel + " failed: " + cudaGetErrorString(e));
}

std::string probeDevice(DeviceInfo* info) {
  int count = 0;
  cudaError_t e = cudaGetDeviceCount(&count);
  if (e != cudaSuccess) return std::string("no usable CUDA device: ") + cudaGetErrorString(e);
  if (count == 0) return "no CUDA device found";
  cudaDeviceProp p;
  e = cudaGetDeviceProperties(&p, 0);
  if (e != cudaSuccess) return std::string("cudaGetDeviceProperties: ") + cudaGetErrorString(e);
  if (p.major < 8) {
    return std::string(p.name) + " has compute capability " + std::to_string(p.major) + "." +
           std::to_string(p.minor) + "; this build targets 8.0 and later";
  }
  e = cudaSetDevice(0);
  if (e == cudaSuccess && g_stream == nullptr)
    e = cudaStreamCreateWithFlags(&g_stream, cudaStreamNonBlocking);
  if (e != cudaSuccess) return std::string("CUDA initialisation: ") + cudaGetErrorString(e);
  info->name = p.name;
  info->computeMajor = p.major;
  info->computeMinor = p.minor;
  info->totalBytes = p.totalGlobalMem;
  info->multiprocessors = p.multiProcessorCount;
  info->emulated = false;
  return "";
}

void* deviceAlloc(size_t bytes) {
  void* p = nullptr;
  if (cudaMalloc(&p, bytes) != cudaSuccess) {
    cudaGetLastError();  // clear the sticky out-of-memory error
    return nullptr;
  }
  return p;
}
// cudaFree synchronises the device, so the freed block is not in use by a queued kernel.
void deviceFree(void* p) { cudaFree(p); }
void copyToDevice(void* dst, const void* src, size_t bytes) {
  check(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyHostToDevice, g_stream), "copy to device");
  check(cudaStreamSynchronize(g_stream), "copy to device");  // src is JavaScript's memory
}
void copyToHost(void* dst, const void* src, size_t bytes) {
  check(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, g_stream), "copy to host");
  check(cudaStreamSynchronize(g_stream), "copy to host");
}
void copyOnDevice(void* dst, const void* src, size_t bytes) {
  check(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToDevice, g_stream), "device copy");
}
void fillBytes(void* dst, int byte, size_t bytes) {
  check(cudaMemsetAsync(dst, byte, bytes, g_stream), "memset");
}
void synchronize() { check(cudaStreamSynchronize(g_stream), "synchronize"); }
void deviceMemory(size_t* freeBytes, size_t* totalBytes) {
  check(cudaMemGetInfo(freeBytes, totalBytes), "cudaMemGetInfo");
}

std::string blasLibrary() {
  if (g_cublas.handle != nullptr) return g_cublas.path;
  return g_cublas.error;
}

// Row-major C = op(A) op(B) is column-major C^T = op(B)^T op(A)^T: cuBLAS gets B first, with the
// row-major leading dimensions unchanged.
void batchMatMul(const float* a, const float* b, float* c, const int32_t* aIdx,
                 const int32_t* bIdx, int64_t batch, int64_t M, int64_t N, int64_t K, bool transA,
                 bool transB) {
  if (batch == 0 || M == 0 || N == 0) return;
  if (K == 0) {
    fillBytes(c, 0, size_t(batch * M * N) * 4);
    return;
  }
  Cublas& cb = cublas();
  const float one = 1.0f, zero = 0.0f;
  int opA = transA ? CUBLAS_OP_T : CUBLAS_OP_N;
  int opB = transB ? CUBLAS_OP_T : CUBLAS_OP_N;
  int lda = int(transA ? M : K), ldb = int(transB ? K : N), ldc = int(N);
  int inType = CUDA_R_32F;
  int compute = g_mathMode == MathMode::TF32 ? CUBLAS_COMPUTE_32F_FAST_TF32 : CUBLAS_COMPUTE_32F;
  const void* A = a;
  const void* B = b;
  size_t elem = 4;
  // bf16: the operands' blocks are converted whole (their largest index + 1 blocks each).
  int64_t aBlocks = 0, bBlocks = 0;
  for (int64_t i = 0; i < batch; i++) {
    aBlocks = std::max<int64_t>(aBlocks, aIdx[i] + 1);
    bBlocks = std::max<int64_t>(bBlocks, bIdx[i] + 1);
  }
  Scratch a16(g_mathMode == MathMode::BF16 ? size_t(aBlocks * M * K) * 2 : 1);
  Scratch b16(g_mathMode == MathMode::BF16 ? size_t(bBlocks * K * N) * 2 : 1);
  if (g_mathMode == MathMode::BF16) {
    convertToBf16(a, a16.as<uint16_t>(), aBlocks * M * K);
    convertToBf16(b, b16.as<uint16_t>(), bBlocks * K * N);
    A = a16.as<void>();
    B = b16.as<void>();
    inType = CUDA_R_16BF;
    elem = 2;
  }
  int64_t sa = constantStride(aIdx, batch), sb = constantStride(bIdx, batch);
  if (sa >= 0 && sb >= 0) {
    const char* base = static_cast<const char*>(A) + size_t(aIdx[0]) * size_t(M * K) * elem;
    const char* bbase = static_cast<const char*>(B) + size_t(bIdx[0]) * size_t(K * N) * elem;
    checkBlas(cb.gemmStridedBatchedEx(cb.handle, opB, opA, int(N), int(M), int(K), &one, bbase,
                                      inType, ldb, sb * K * N, base, inType, lda, sa * M * K,
                                      &zero, c, CUDA_R_32F, ldc, M * N, int(batch), compute,
                                      CUBLAS_GEMM_DEFAULT),
              "cublasGemmStridedBatchedEx");
    return;
  }
  // Irregular broadcast: pointer arrays on the device (B's, A's, C's, as cuBLAS takes them).
  std::vector<void*> ptrs(size_t(batch) * 3);
  auto at = [](const void* base, int64_t block, int64_t blockElems, size_t elemBytes) {
    return const_cast<char*>(static_cast<const char*>(base)) + size_t(block * blockElems) * elemBytes;
  };
  for (int64_t i = 0; i < batch; i++) {
    ptrs[size_t(i)] = at(B, bIdx[i], K * N, elem);
    ptrs[size_t(batch + i)] = at(A, aIdx[i], M * K, elem);
    ptrs[size_t(2 * batch + i)] = c + i * M * N;
  }
  Scratch devPtrs(ptrs.size() * sizeof(void*));
  copyToDevice(devPtrs.as<void>(), ptrs.data(), ptrs.size() * sizeof(void*));
  void** p = devPtrs.as<void*>();
  checkBlas(cb.gemmBatchedEx(cb.handle, opB, opA, int(N), int(M), int(K), &one, p, inType, ldb,
                             p + batch, inType, lda, &zero, p + 2 * batch, CUDA_R_32F, ldc,
                             int(batch), compute, CUBLAS_GEMM_DEFAULT),
            "cublasGemmBatchedEx");
}

#endif

}  // namespace prorl
