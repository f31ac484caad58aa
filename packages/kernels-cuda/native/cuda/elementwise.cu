// Elementwise kernels, copies and layout changes. NOT YET IMPLEMENTED: every function throws.
#include "portable.cuh"

namespace prorl {

void copyRegion(const void* src, const Dims& srcShape, const Dims& srcBegin, void* dst, const Dims& dstShape, const Dims& dstBegin, const Dims& size, int elemBytes) {
  throw CudaError("cuda backend: copyRegion is not implemented yet");
}

void transpose(const void* x, void* out, const Dims& shape, const Dims& perm, int elemBytes) {
  throw CudaError("cuda backend: transpose is not implemented yet");
}

void unary(int op, const void* x, void* out, int64_t n, int dtype, float alpha) {
  throw CudaError("cuda backend: unary is not implemented yet");
}

void clip(const float* x, float* out, int64_t n, float lo, float hi) {
  throw CudaError("cuda backend: clip is not implemented yet");
}

void binary(int op, int dtype, const void* a, const void* b, void* out, const Dims& shape, const Dims& aStrides, const Dims& bStrides) {
  throw CudaError("cuda backend: binary is not implemented yet");
}

void select(const uint8_t* cond, const void* t, const void* e, void* out, int64_t n, int64_t inner, int elemBytes) {
  throw CudaError("cuda backend: select is not implemented yet");
}

void addN(float* out, int64_t n, const std::vector<const float*>& inputs) {
  throw CudaError("cuda backend: addN is not implemented yet");
}

void tile(const void* x, void* out, const Dims& shape, const Dims& reps, int elemBytes) {
  throw CudaError("cuda backend: tile is not implemented yet");
}

void oneHot(const int32_t* idx, void* out, int64_t n, int64_t depth, double on, double off, int dtype) {
  throw CudaError("cuda backend: oneHot is not implemented yet");
}

}  // namespace prorl
