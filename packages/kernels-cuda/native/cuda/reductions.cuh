// Warp- and block-wide reductions that hand every thread the result, for the row kernels of
// reduce.cu and fused.cu. Op supplies static combine(a, b), symmetric so that every lane ends with
// the same bits, and static identity().
#pragma once

#include "portable.cuh"

namespace prorl {

template <typename T>
PRORL_DEVICE T shuffleXor(T v, int mask) {
  return __shfl_xor_sync(0xffffffffu, v, mask);
}

// Butterfly over the 32 lanes of a warp. Structs shuffle through a shuffleXor overload found
// beside them.
template <typename Op, typename T>
PRORL_DEVICE T warpAllReduce(T v) {
  for (int mask = 16; mask > 0; mask >>= 1) v = Op::combine(v, shuffleXor(v, mask));
  return v;
}

// Over the block (blockDim.x a multiple of 32): each warp reduces, its lane 0 writes the warp's
// partial, and every warp reduces the partials, so no broadcast step is needed. The first barrier
// keeps a previous call's reads of `partial` from being overwritten.
template <typename Op, typename T>
__device__ T blockAllReduce(T v) {
  __shared__ T partial[32];
  v = warpAllReduce<Op>(v);
  __syncthreads();
  if (threadIdx.x % 32 == 0) partial[threadIdx.x / 32] = v;
  __syncthreads();
  v = threadIdx.x % 32 < blockDim.x / 32 ? partial[threadIdx.x % 32] : Op::identity();
  return warpAllReduce<Op>(v);
}

}  // namespace prorl
