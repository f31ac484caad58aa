// The host-side interface of the CUDA target: what the N-API glue (addon.cc, compiled by the C++
// compiler) calls. runtime.cc implements the device runtime and GEMM; the .cu files implement the
// kernels (compiled by nvcc, or by the C++ compiler against emulator.cc in the emulated build).
// Pointers are device pointers. Each function mirrors the CPU target's function of the same name
// in ../cpu/addon.cc, which is its reference and documents its arguments; all launch on the
// addon's one stream and return without waiting, except where a result comes back to the host.
// Errors (bad arguments, CUDA errors) are thrown as prorl::CudaError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace prorl {

/** Thrown on bad arguments or CUDA errors; the addon turns it into a JavaScript Error. */
struct CudaError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/** Largest rank of the shape/stride arrays passed to kernels by value. */
constexpr int kMaxRank = 8;
struct Dims {
  int rank;
  int64_t d[kMaxRank];
};

// ---- runtime.cc ----

struct DeviceInfo {
  std::string name;
  int computeMajor = 0, computeMinor = 0;
  size_t totalBytes = 0;
  int multiprocessors = 0;
  bool emulated = false;
};

/** "" when a device is usable (and fills *info), else why not. Never throws. */
std::string probeDevice(DeviceInfo* info);
void* deviceAlloc(size_t bytes);  // nullptr when out of memory
void deviceFree(void* p);
void copyToDevice(void* dst, const void* src, size_t bytes);
void copyToHost(void* dst, const void* src, size_t bytes);
void copyOnDevice(void* dst, const void* src, size_t bytes);
void fillBytes(void* dst, int byte, size_t bytes);
void synchronize();
/** Free and total device memory in bytes. */
void deviceMemory(size_t* freeBytes, size_t* totalBytes);

/**
 * Temporary device memory for a launcher, from the addon's caching allocator (addon.cc): freed
 * when it goes out of scope, which is safe before the kernels using it finish because every
 * kernel runs on the one stream, in order.
 */
class Scratch {
 public:
  explicit Scratch(size_t bytes);
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  template <typename T>
  T* as() const {
    return static_cast<T*>(ptr_);
  }

 private:
  uint32_t handle_;
  void* ptr_;
};

/** Precision of matrix products: float32, TF32 tensor cores, or bf16 inputs; f32 accumulate. */
enum class MathMode { F32 = 0, TF32 = 1, BF16 = 2 };
void setMathMode(MathMode mode);
MathMode mathMode();
/** Where cuBLAS was loaded from, or why it could not be ("" before first use). */
std::string blasLibrary();

/**
 * C[i] = op(A[i]) op(B[i]) for i < batch, row-major, each C[i] M x N: A[i] is M x K (K x M when
 * transA), B[i] K x N (N x K when transB). aIdx/bIdx select blocks of a (M*K floats) and b (K*N).
 */
void batchMatMul(const float* a, const float* b, float* c, const int32_t* aIdx,
                 const int32_t* bIdx, int64_t batch, int64_t M, int64_t N, int64_t K, bool transA,
                 bool transB);

// ---- kernels (.cu) ----

/** bf16 bits of x, rounded to nearest even (the bf16 GEMM's inputs). */
void convertToBf16(const float* x, uint16_t* out, int64_t n);
/** x rounded to bf16 (bf16 = true) or TF32 precision, kept as float32 (the emulated GEMM). */
void roundMantissa(const float* x, float* out, int64_t n, bool bf16);

void fill(void* out, int64_t n, double value, int dtype);
void cast(const void* x, int xDtype, void* out, int outDtype, int64_t n);
void copyRegion(const void* src, const Dims& srcShape, const Dims& srcBegin, void* dst,
                const Dims& dstShape, const Dims& dstBegin, const Dims& size, int elemBytes);
void transpose(const void* x, void* out, const Dims& shape, const Dims& perm, int elemBytes);
void unary(int op, const void* x, void* out, int64_t n, int dtype, float alpha);
void clip(const float* x, float* out, int64_t n, float lo, float hi);
void binary(int op, int dtype, const void* a, const void* b, void* out, const Dims& shape,
            const Dims& aStrides, const Dims& bStrides);
void select(const uint8_t* cond, const void* t, const void* e, void* out, int64_t n,
            int64_t inner, int elemBytes);
void addN(float* out, int64_t n, const std::vector<const float*>& inputs);
void reduce(int op, int dtype, const void* x, void* out, int64_t outer, int64_t inner);
void softmax(const float* x, float* out, int64_t outer, int64_t inner, bool log);
/** Returns -1, or the first index (in idx order) outside [0, dim). */
int64_t gather(const void* x, const int32_t* idx, void* out, int64_t batch, int64_t outer,
               int64_t dim, int64_t inner, int64_t nIdx, int elemBytes);
void segmentSum(const void* x, const int32_t* ids, void* out, int64_t nIds, int64_t inner,
                int64_t numSegments, int dtype);
void oneHot(const int32_t* idx, void* out, int64_t n, int64_t depth, double on, double off,
            int dtype);
void tile(const void* x, void* out, const Dims& shape, const Dims& reps, int elemBytes);

void rope(const float* x, const float* cos, const float* sin, float* y, int64_t B, int64_t H,
          int64_t T, int64_t D, bool grad);
void rmsNorm(const float* x, const float* w, float* y, int64_t rows, int64_t H, float eps);
void rmsNormGrad(const float* dy, const float* x, const float* w, float* dx, float* dw,
                 int64_t rows, int64_t H, float eps);
void swiglu(const float* g, const float* u, float* y, int64_t n);
void swigluGrad(const float* dy, const float* g, const float* u, float* dg, float* du, int64_t n);
void logProbEntropy(const float* z, const int32_t* targets, float* logp, float* ent, int64_t rows,
                    int64_t V);
void logProbEntropyGrad(const float* z, const int32_t* targets, const float* dlogp,
                        const float* dent, float* dz, int64_t rows, int64_t V);

struct AttentionShape {
  int64_t B, H, G, T, S, D, past;
  float scale;
};
void attention(const float* q, const float* k, const float* v, const float* keyMask, float* out,
               const AttentionShape& a);
void attentionGrad(const float* dy, const float* q, const float* k, const float* v,
                   const float* keyMask, float* dq, float* dk, float* dv,
                   const AttentionShape& a);

}  // namespace prorl
