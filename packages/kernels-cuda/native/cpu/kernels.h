// The kernels of the CPU target as plain functions over host pointers: what the N-API glue
// (addon.cc) calls once it has unpacked its arguments. The files mirror the CUDA target's
// (../cuda/device.h): elementwise.cc, reduce.cc, fused.cc, attention.cc, and matmul.cc with the
// builtin GEMM in gemm.cc. Op and dtype codes are ../common/ops.h's. Loops use OpenMP above
// kParallelMin elements. Bad arguments throw std::invalid_argument, which the glue turns into a
// JavaScript Error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace prorl {
namespace cpu {

using Shape = std::vector<int64_t>;

constexpr int64_t kParallelMin = 1 << 15;  // elements below which loops stay single-threaded

// ---- elementwise.cc: fills, casts, copies and layout, unary and binary ops ----

void fill(void* out, int64_t n, double value, int dtype);
void cast(const void* x, int xDtype, void* out, int outDtype, int64_t n);
/** Copies the box `size` at srcBegin of src to dstBegin of dst (same rank). */
void copyRegion(const uint8_t* src, const Shape& srcShape, const Shape& srcBegin, uint8_t* dst,
                const Shape& dstShape, const Shape& dstBegin, const Shape& size,
                int64_t elemBytes);
void transpose(const uint8_t* x, uint8_t* out, const Shape& shape, const Shape& perm,
               int64_t elemBytes);
/** alpha: Step's value for x <= 0. */
void unary(int op, const void* x, void* out, int64_t n, int dtype, float alpha);
void clip(const float* x, float* out, int64_t n, float lo, float hi);
/** Broadcasting: strides per dimension of the output shape, 0 where an input is broadcast. */
void binary(int op, int dtype, const void* a, const void* b, void* out, const Shape& shape,
            const Shape& aStrides, const Shape& bStrides);
/** cond has n / inner elements: inner = 1 when it has t's shape, the row length when a vector. */
void select(const uint8_t* cond, const void* t, const void* e, void* out, int64_t n,
            int64_t inner, int64_t elemBytes);
void addN(float* out, int64_t n, const std::vector<const float*>& inputs);
void oneHot(const int32_t* idx, void* out, int64_t n, int64_t depth, double on, double off,
            int dtype);
void tile(const uint8_t* x, uint8_t* out, const Shape& shape, const Shape& reps,
          int64_t elemBytes);

// ---- reduce.cc: reductions over rows, softmax, gather, segment sums ----

/** Reduces each of `outer` rows of `inner` elements (the reduced axes are innermost). */
void reduce(int op, int dtype, const void* x, void* out, int64_t outer, int64_t inner);
void softmax(const float* x, float* out, int64_t outer, int64_t inner, bool log);
/** x [batch, outer, dim, inner], idx [batch, nIdx]: -1, or the first index outside [0, dim). */
int64_t gather(const uint8_t* x, const int32_t* idx, uint8_t* out, int64_t batch, int64_t outer,
               int64_t dim, int64_t inner, int64_t nIdx, int64_t elemBytes);
/** ids outside [0, numSegments) are dropped, as in TensorFlow. */
void segmentSum(const void* x, const int32_t* ids, void* out, int64_t nIds, int64_t inner,
                int64_t numSegments, int dtype);

// ---- fused.cc: the fused kernels of @prorl/model and their gradients ----

/** Rotary embedding of x [B, H, T, D] with tables [B, 1, T, D]; with grad, x is dy, y is dx. */
void rope(const float* x, const float* cos, const float* sin, float* y, int64_t B, int64_t H,
          int64_t T, int64_t D, bool grad);
void rmsNorm(const float* x, const float* w, float* y, int64_t rows, int64_t H, double eps);
void rmsNormGrad(const float* dy, const float* x, const float* w, float* dx, float* dw,
                 int64_t rows, int64_t H, double eps);
void swiglu(const float* g, const float* u, float* y, int64_t n);
void swigluGrad(const float* dy, const float* g, const float* u, float* dg, float* du, int64_t n);
void logProbEntropy(const float* z, const int32_t* targets, float* logp, float* ent, int64_t rows,
                    int64_t V);
void logProbEntropyGrad(const float* z, const int32_t* targets, const float* dlogp,
                        const float* dent, float* dz, int64_t rows, int64_t V);

// ---- attention.cc: causal grouped-query attention without the [T, S] scores ----

struct AttentionShape {
  int64_t B, H, G, T, S, D, past;
  float scale;
};
void attention(const float* q, const float* k, const float* v, const float* keyMask, float* out,
               const AttentionShape& a);
void attentionGrad(const float* dy, const float* q, const float* k, const float* v,
                   const float* keyMask, float* dq, float* dk, float* dv,
                   const AttentionShape& a);

// ---- matmul.cc: matrix products through OpenBLAS or the builtin GEMM ----

enum class Gemm { Builtin, Blas };

/** Whether the addon was built with OpenBLAS (PRORL_HAVE_CBLAS). */
bool blasLinked();
/** Selects the implementation of every product; Blas where it is not linked throws. */
void setGemm(Gemm gemm);
Gemm gemm();
const char* gemmName(Gemm gemm);

/** Threads of OpenMP loops, of the builtin GEMM and of OpenBLAS. */
void setThreads(int threads);
int threads();

/** C[M, N] = op(A) op(B), or C += op(A) op(B) with accumulate; row-major. */
void matmul(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const float* A,
            int64_t lda, const float* B, int64_t ldb, float* C, int64_t ldc, bool accumulate);
/** c[i] = op(a[aIdx[i]]) op(b[bIdx[i]]) for i < batch: a blocks of M*K, b of K*N, c of M*N. */
void batchMatMul(const float* a, const float* b, float* c, const int32_t* aIdx,
                 const int32_t* bIdx, int64_t batch, int64_t M, int64_t N, int64_t K, bool transA,
                 bool transB);

}  // namespace cpu
}  // namespace prorl
