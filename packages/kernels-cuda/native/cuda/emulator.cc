// The CUDA execution model on the CPU, for the emulated build only: every thread of a block is a
// fiber (ucontext) with its own stack; blocks run one after another. A fiber runs until it
// finishes or reaches a barrier (__syncthreads, or a warp shuffle, which is a barrier of its
// warp); the scheduler resumes the waiting fibers once every live (not exited) thread of the block
// (or warp) has arrived. When no fiber can run and some are still waiting (threads at
// __syncthreads while others of their warp wait in a shuffle), the launch fails with an error
// naming the kernel, where a GPU would hang. Threads run in order 0..n-1, or reversed
// (setEmulatorReverse), so that a missing barrier between a write and another thread's read shows
// up as a different result in one of the two orders.
#ifdef PRORL_CUDA_EMULATE
#include <ucontext.h>

#include <memory>
#include <vector>

#include "portable.cuh"

uint3 threadIdx{0, 0, 0}, blockIdx{0, 0, 0};
dim3 blockDim, gridDim;

namespace prorl_emu {
namespace {

constexpr size_t kStackBytes = 256 * 1024;

enum class State { Ready, AtBlockBarrier, AtWarpBarrier, Done };

struct Fiber {
  ucontext_t context;
  std::unique_ptr<char[]> stack;
  uint3 tid;
  State state = State::Ready;
};

struct Warp {
  int arrived = 0;
  uint64_t slots[32] = {};
};

std::vector<Fiber> g_fibers;
std::vector<Warp> g_warps;
std::vector<unsigned char> g_shared;
ucontext_t g_scheduler;
const std::function<void()>* g_body = nullptr;
const char* g_kernel = "";
int g_current = 0;
int g_live = 0;          // threads of the block not finished
int g_blockArrived = 0;  // threads waiting at __syncthreads
bool g_reverse = false;

int warpOf(int t) { return t / 32; }

int liveInWarp(int w) {
  int live = 0;
  int end = std::min<int>(int(g_fibers.size()), (w + 1) * 32);
  for (int t = w * 32; t < end; t++) live += g_fibers[t].state != State::Done;
  return live;
}

void releaseBlockBarrierIfComplete() {
  if (g_blockArrived == 0 || g_blockArrived < g_live) return;
  for (Fiber& f : g_fibers)
    if (f.state == State::AtBlockBarrier) f.state = State::Ready;
  g_blockArrived = 0;
}

void releaseWarpBarrierIfComplete(int w) {
  Warp& warp = g_warps[w];
  if (warp.arrived == 0 || warp.arrived < liveInWarp(w)) return;
  int end = std::min<int>(int(g_fibers.size()), (w + 1) * 32);
  for (int t = w * 32; t < end; t++)
    if (g_fibers[t].state == State::AtWarpBarrier) g_fibers[t].state = State::Ready;
  warp.arrived = 0;
}

void fiberMain() {
  (*g_body)();
  Fiber& f = g_fibers[g_current];
  f.state = State::Done;
  g_live--;
  releaseBlockBarrierIfComplete();
  releaseWarpBarrierIfComplete(warpOf(g_current));
  // Returning resumes uc_link, the scheduler.
}

void yieldToScheduler() { swapcontext(&g_fibers[g_current].context, &g_scheduler); }

void waitAtWarpBarrier() {
  int w = warpOf(g_current);
  g_fibers[g_current].state = State::AtWarpBarrier;
  g_warps[w].arrived++;
  releaseWarpBarrierIfComplete(w);
  yieldToScheduler();
}

void runBlock(int threads) {
  g_live = threads;
  g_blockArrived = 0;
  for (Warp& w : g_warps) w.arrived = 0;
  for (int t = 0; t < threads; t++) {
    Fiber& f = g_fibers[t];
    f.tid = uint3{unsigned(t % blockDim.x), unsigned((t / blockDim.x) % blockDim.y),
                  unsigned(t / (blockDim.x * blockDim.y))};
    f.state = State::Ready;
    getcontext(&f.context);
    f.context.uc_stack.ss_sp = f.stack.get();
    f.context.uc_stack.ss_size = kStackBytes;
    f.context.uc_link = &g_scheduler;
    makecontext(&f.context, fiberMain, 0);
  }
  while (g_live > 0) {
    bool progressed = false;
    for (int i = 0; i < threads; i++) {
      int t = g_reverse ? threads - 1 - i : i;
      if (g_fibers[t].state != State::Ready) continue;
      g_current = t;
      threadIdx = g_fibers[t].tid;
      swapcontext(&g_scheduler, &g_fibers[t].context);
      progressed = true;
    }
    if (!progressed) {
      throw prorl::CudaError(std::string("emulator: kernel ") + g_kernel +
                             " deadlocked: a __syncthreads() or warp shuffle is not reached by " +
                             "every live thread of its block or warp");
    }
  }
}

}  // namespace

void run(const char* kernel, dim3 grid, dim3 block, size_t sharedBytes,
         const std::function<void()>& body) {
  int threads = int(block.x * block.y * block.z);
  if (threads > 1024) {
    throw prorl::CudaError(std::string("emulator: kernel ") + kernel + " launched with " +
                           std::to_string(threads) + " threads per block (at most 1024)");
  }
  while (int(g_fibers.size()) < threads) {
    g_fibers.emplace_back();
    g_fibers.back().stack.reset(new char[kStackBytes]);
  }
  g_warps.assign((threads + 31) / 32, Warp());
  g_shared.assign(sharedBytes, 0xFF);  // unwritten shared memory reads as NaN, not zero
  g_body = &body;
  g_kernel = kernel;
  gridDim = grid;
  blockDim = block;
  for (unsigned z = 0; z < grid.z; z++)
    for (unsigned y = 0; y < grid.y; y++)
      for (unsigned x = 0; x < grid.x; x++) {
        blockIdx = uint3{x, y, z};
        runBlock(threads);
      }
  g_body = nullptr;
}

void syncthreads() {
  g_fibers[g_current].state = State::AtBlockBarrier;
  g_blockArrived++;
  releaseBlockBarrierIfComplete();
  yieldToScheduler();
}

uint64_t warpExchange(uint64_t mine, int srcLane) {
  int w = warpOf(g_current);
  Warp& warp = g_warps[w];
  warp.slots[g_current % 32] = mine;
  waitAtWarpBarrier();  // every lane has written its slot
  int src = w * 32 + srcLane;
  bool srcLive = src < int(g_fibers.size()) && g_fibers[src].state != State::Done;
  uint64_t got = srcLive ? warp.slots[srcLane] : mine;
  waitAtWarpBarrier();  // every lane has read before any lane writes its next value
  return got;
}

void* dynamicShared() { return g_shared.data(); }

void setReverse(bool reverse) { g_reverse = reverse; }

// ---- kernels that misuse barriers, for the emulator's own tests ----

namespace {

// Lanes 0-15 shuffle while lanes 16-31 wait at __syncthreads: on a GPU this hangs.
__global__ void divergentBarrierKernel(float* out) {
  float v = float(threadIdx.x);
  if (threadIdx.x < 16) v = __shfl_xor_sync(0xffffffffu, v, 1);
  else __syncthreads();
  out[threadIdx.x] = v;
}

// Thread t writes base + t to its slot and reads thread t - 1's with no barrier between: a race.
// Run in thread order every read happens to follow its write; in reverse order none does.
__global__ void missingBarrierKernel(float* out, float base) {
  __shared__ float slots[32];
  slots[threadIdx.x] = base + float(threadIdx.x);
  out[threadIdx.x] = slots[threadIdx.x > 0 ? threadIdx.x - 1 : 0];
}

}  // namespace

void misuseBarrier(const char* kind, float* out32, float base) {
  std::string k = kind;
  if (k == "divergent") prorl::launch("divergentBarrier", divergentBarrierKernel, 1, 32, 0, out32);
  else if (k == "missing")
    prorl::launch("missingBarrier", missingBarrierKernel, 1, 32, 0, out32, base);
  else throw prorl::CudaError("emulator: unknown barrier misuse " + k);
}

}  // namespace prorl_emu
#endif
