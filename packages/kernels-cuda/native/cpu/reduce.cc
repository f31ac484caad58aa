// Reductions of the CPU target (declared in kernels.h): reductions over rows, softmax, gather and
// unsorted segment sums. A row is reduced by one thread, in order, with float sums in double; a
// segment sum splits the columns among threads. So results do not depend on the thread count.
#include <cmath>
#include <cstring>
#include <type_traits>

#include "../common/ops.h"
#include "kernels.h"

#ifdef _OPENMP
#include <omp.h>
#endif

namespace prorl {
namespace cpu {
namespace {

template <typename T>
void reduceRows(int op, const T* x, void* out, int64_t outer, int64_t inner) {
  float* of = static_cast<float*>(out);
  int32_t* oi = static_cast<int32_t*>(out);
  T* ot = static_cast<T*>(out);
  uint8_t* ob = static_cast<uint8_t*>(out);
#pragma omp parallel for if (outer * inner > kParallelMin && outer > 1)
  for (int64_t r = 0; r < outer; r++) {
    const T* p = x + r * inner;
    switch (op) {
      case R_SUM:
      case R_MEAN: {
        if constexpr (std::is_floating_point<T>::value) {
          double s = 0;
          for (int64_t j = 0; j < inner; j++) s += p[j];
          of[r] = float(op == R_MEAN ? s / double(inner) : s);
        } else {
          int64_t s = 0;
          for (int64_t j = 0; j < inner; j++) s += p[j];
          if (op == R_MEAN) of[r] = float(double(s) / double(inner));
          else oi[r] = int32_t(s);
        }
        break;
      }
      case R_PROD: {
        double s = 1;
        for (int64_t j = 0; j < inner; j++) s *= p[j];
        ot[r] = T(s);
        break;
      }
      case R_MAX:
      case R_MIN: {
        T m = p[0];
        bool nan = false;
        for (int64_t j = 0; j < inner; j++) {
          T v = p[j];
          if constexpr (std::is_floating_point<T>::value)
            if (std::isnan(v)) nan = true;
          if (op == R_MAX ? v > m : v < m) m = v;
        }
        if constexpr (std::is_floating_point<T>::value)
          if (nan) m = T(NAN);
        ot[r] = m;
        break;
      }
      case R_ALL:
      case R_ANY: {
        bool acc = op == R_ALL;
        for (int64_t j = 0; j < inner; j++)
          acc = op == R_ALL ? (acc && p[j] != 0) : (acc || p[j] != 0);
        ob[r] = acc ? 1 : 0;
        break;
      }
      case R_ARGMAX:
      case R_ARGMIN: {
        T m = p[0];
        int32_t k = 0;
        for (int64_t j = 1; j < inner; j++)
          if (op == R_ARGMAX ? p[j] > m : p[j] < m) {
            m = p[j];
            k = int32_t(j);
          }
        oi[r] = k;
        break;
      }
    }
  }
}

}  // namespace

void reduce(int op, int dtype, const void* x, void* o, int64_t outer, int64_t inner) {
  if (outer == 0) return;
  if (dtype == F32) reduceRows(op, static_cast<const float*>(x), o, outer, inner);
  else if (dtype == I32) reduceRows(op, static_cast<const int32_t*>(x), o, outer, inner);
  else reduceRows(op, static_cast<const uint8_t*>(x), o, outer, inner);
}

/** Softmax, or log-softmax with lg, over rows. */
void softmax(const float* x, float* o, int64_t outer, int64_t inner, bool lg) {
#pragma omp parallel for if (outer * inner > kParallelMin && outer > 1)
  for (int64_t r = 0; r < outer; r++) {
    const float* p = x + r * inner;
    float* q = o + r * inner;
    float m = p[0];
    for (int64_t j = 1; j < inner; j++) m = p[j] > m ? p[j] : m;
    double s = 0;
    for (int64_t j = 0; j < inner; j++) {
      float e = std::exp(p[j] - m);
      if (!lg) q[j] = e;
      s += e;
    }
    if (lg) {
      float ls = float(std::log(s));
      for (int64_t j = 0; j < inner; j++) q[j] = p[j] - m - ls;
    } else {
      float inv = float(1.0 / s);
      for (int64_t j = 0; j < inner; j++) q[j] *= inv;
    }
  }
}

/** Out [batch, outer, nIdx, inner]. */
int64_t gather(const uint8_t* x, const int32_t* idx, uint8_t* o, int64_t batch, int64_t outer,
               int64_t dim, int64_t inner, int64_t nIdx, int64_t eb) {
  for (int64_t i = 0; i < batch * nIdx; i++)
    if (idx[i] < 0 || idx[i] >= dim) return idx[i];
  int64_t rows = batch * outer * nIdx;
  size_t rowBytes = size_t(inner * eb);
#pragma omp parallel for if (rows * inner > kParallelMin)
  for (int64_t r = 0; r < rows; r++) {
    int64_t i = r % nIdx;
    int64_t bo = r / nIdx;  // b * outer + o
    int64_t b = bo / outer;
    int64_t k = idx[b * nIdx + i];
    std::memcpy(o + size_t(r) * rowBytes, x + size_t((bo * dim + k) * inner) * size_t(eb), rowBytes);
  }
  return -1;
}

void segmentSum(const void* xv, const int32_t* ids, void* out, int64_t nIds, int64_t inner,
                int64_t nSeg, int dtype) {
  if (dtype == F32) {
    const float* x = static_cast<const float*>(xv);
    float* o = static_cast<float*>(out);
    std::memset(o, 0, size_t(nSeg * inner) * 4);
    // Parallel over the inner dimension: each thread owns a column range, so no races.
#pragma omp parallel if (nIds * inner > kParallelMin && inner >= 64)
    {
      int64_t nt = 1, t = 0;
#ifdef _OPENMP
      nt = omp_get_num_threads();
      t = omp_get_thread_num();
#endif
      int64_t lo = inner * t / nt, hi = inner * (t + 1) / nt;
      for (int64_t i = 0; i < nIds; i++) {
        int32_t s = ids[i];
        if (s < 0 || s >= nSeg) continue;
        const float* xp = x + i * inner;
        float* op = o + int64_t(s) * inner;
        for (int64_t j = lo; j < hi; j++) op[j] += xp[j];
      }
    }
  } else {
    const int32_t* x = static_cast<const int32_t*>(xv);
    int32_t* o = static_cast<int32_t*>(out);
    std::memset(o, 0, size_t(nSeg * inner) * 4);
    for (int64_t i = 0; i < nIds; i++) {
      int32_t s = ids[i];
      if (s < 0 || s >= nSeg) continue;
      for (int64_t j = 0; j < inner; j++) o[int64_t(s) * inner + j] += x[i * inner + j];
    }
  }
}

}  // namespace cpu
}  // namespace prorl
