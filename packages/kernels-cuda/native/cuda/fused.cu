// Fused kernels and their gradients: RMSNorm, rotary embedding, SwiGLU, token log-prob + entropy. NOT YET IMPLEMENTED: every function throws.
#include "portable.cuh"

namespace prorl {

void rope(const float* x, const float* cos, const float* sin, float* y, int64_t B, int64_t H, int64_t T, int64_t D, bool grad) {
  throw CudaError("cuda backend: rope is not implemented yet");
}

void rmsNorm(const float* x, const float* w, float* y, int64_t rows, int64_t H, float eps) {
  throw CudaError("cuda backend: rmsNorm is not implemented yet");
}

void rmsNormGrad(const float* dy, const float* x, const float* w, float* dx, float* dw, int64_t rows, int64_t H, float eps) {
  throw CudaError("cuda backend: rmsNormGrad is not implemented yet");
}

void swiglu(const float* g, const float* u, float* y, int64_t n) {
  throw CudaError("cuda backend: swiglu is not implemented yet");
}

void swigluGrad(const float* dy, const float* g, const float* u, float* dg, float* du, int64_t n) {
  throw CudaError("cuda backend: swigluGrad is not implemented yet");
}

void logProbEntropy(const float* z, const int32_t* targets, float* logp, float* ent, int64_t rows, int64_t V) {
  throw CudaError("cuda backend: logProbEntropy is not implemented yet");
}

void logProbEntropyGrad(const float* z, const int32_t* targets, const float* dlogp, const float* dent, float* dz, int64_t rows, int64_t V) {
  throw CudaError("cuda backend: logProbEntropyGrad is not implemented yet");
}

}  // namespace prorl
