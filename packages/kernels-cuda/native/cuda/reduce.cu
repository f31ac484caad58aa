// Reductions, softmax, gather and segment sums. NOT YET IMPLEMENTED: every function throws.
#include "portable.cuh"

namespace prorl {

void reduce(int op, int dtype, const void* x, void* out, int64_t outer, int64_t inner) {
  throw CudaError("cuda backend: reduce is not implemented yet");
}

void softmax(const float* x, float* out, int64_t outer, int64_t inner, bool log) {
  throw CudaError("cuda backend: softmax is not implemented yet");
}

int64_t gather(const void* x, const int32_t* idx, void* out, int64_t batch, int64_t outer, int64_t dim, int64_t inner, int64_t nIdx, int elemBytes) {
  throw CudaError("cuda backend: gather is not implemented yet");
}

void segmentSum(const void* x, const int32_t* ids, void* out, int64_t nIds, int64_t inner, int64_t numSegments, int dtype) {
  throw CudaError("cuda backend: segmentSum is not implemented yet");
}

}  // namespace prorl
