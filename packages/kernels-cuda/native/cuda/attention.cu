// Causal grouped-query attention, flash-style (no T x T matrix in global memory), and its gradient. NOT YET IMPLEMENTED: every function throws.
#include "portable.cuh"

namespace prorl {

void attention(const float* q, const float* k, const float* v, const float* keyMask, float* out, const AttentionShape& a) {
  throw CudaError("cuda backend: attention is not implemented yet");
}

void attentionGrad(const float* dy, const float* q, const float* k, const float* v, const float* keyMask, float* dq, float* dk, float* dv, const AttentionShape& a) {
  throw CudaError("cuda backend: attentionGrad is not implemented yet");
}

}  // namespace prorl
