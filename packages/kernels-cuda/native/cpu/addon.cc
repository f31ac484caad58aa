// The N-API side of the CPU target of @prorl/kernels-cuda: tensor storage owned by the addon (the
// handle table and caching allocator of ../common/storage.h over 64-byte aligned malloc), and one
// function per kernel that unpacks its arguments and calls the plain function of kernels.h. The
// JavaScript side (src/backend.ts, src/kernels.ts) computes shapes, broadcast strides and
// attributes; the kernels do the loops. The CUDA target's addon (../cuda/addon.cc) has the same
// functions with the same arguments.
#include <napi.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "../common/napi-args.h"
#include "../common/storage.h"
#include "gemm.h"
#include "kernels.h"

namespace {

namespace cpu = prorl::cpu;
using prorl::D;
using prorl::def;
using prorl::I;

void* alignedAlloc(size_t bytes) { return std::aligned_alloc(64, bytes); }

prorl::Storage g_storage(alignedAlloc, std::free, size_t(1) << 30);
bool g_poison = false;  // fill new buffers with 0xFF (NaN / -1 / 255) to catch unwritten outputs

prorl::Block& blockOf(const Napi::Value& v) {
  uint32_t id = v.As<Napi::Number>().Uint32Value();
  prorl::Block* b = g_storage.get(id);
  if (b == nullptr)
    throw Napi::Error::New(v.Env(), "native backend: use of a freed or unknown buffer " +
                                        std::to_string(id));
  return *b;
}

template <typename T>
T* ptr(const Napi::Value& v) {
  return static_cast<T*>(blockOf(v).ptr);
}

bool B(const Napi::CallbackInfo& info, size_t i) { return info[i].ToBoolean().Value(); }

cpu::Shape Ints(const Napi::Value& v) {
  Napi::Array a = v.As<Napi::Array>();
  cpu::Shape out(a.Length());
  for (uint32_t i = 0; i < a.Length(); i++) out[i] = a.Get(i).As<Napi::Number>().Int64Value();
  return out;
}

Napi::Value Undefined(const Napi::CallbackInfo& info) { return info.Env().Undefined(); }

// ---------------------------------------------------------------------------------------------
// Storage and settings.

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  size_t bytes = static_cast<size_t>(I(info, 0));
  uint32_t id = g_storage.alloc(bytes == 0 ? 1 : bytes);
  if (id == 0)
    throw Napi::Error::New(info.Env(), "native backend: out of memory allocating " +
                                           std::to_string(bytes) + " bytes");
  prorl::Block* b = g_storage.get(id);
  if (g_poison) std::memset(b->ptr, 0xFF, b->bytes);
  return Napi::Number::New(info.Env(), id);
}

Napi::Value Free(const Napi::CallbackInfo& info) {
  g_storage.free(info[0].As<Napi::Number>().Uint32Value());
  return Undefined(info);
}

// write(id, typedArray): copies the array's bytes into the buffer.
Napi::Value Write(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = info[1].As<Napi::TypedArray>();
  size_t n = ta.ByteLength();
  if (n > b.bytes) throw Napi::Error::New(info.Env(), "native backend: write past the buffer");
  uint8_t* src = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  std::memcpy(b.ptr, src, n);
  return Undefined(info);
}

// read(id, typedArray): copies the buffer into the array.
Napi::Value Read(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = info[1].As<Napi::TypedArray>();
  size_t n = ta.ByteLength();
  if (n > b.bytes) throw Napi::Error::New(info.Env(), "native backend: read past the buffer");
  uint8_t* dst = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  std::memcpy(dst, b.ptr, n);
  return Undefined(info);
}

Napi::Value Memory(const Napi::CallbackInfo& info) {
  return prorl::memoryObject(info.Env(), g_storage);
}

Napi::Value EmptyCache(const Napi::CallbackInfo& info) {
  g_storage.emptyCache();
  if (info.Length() > 0 && info[0].IsNumber()) g_storage.setCacheLimit(size_t(D(info, 0)));
  return Undefined(info);
}

Napi::Value SetPoison(const Napi::CallbackInfo& info) {
  g_poison = B(info, 0);
  return Undefined(info);
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("blas", cpu::blasLinked() ? "openblas" : "builtin");
  o.Set("gemm", cpu::gemmName(cpu::gemm()));
  o.Set("threads", cpu::threads());
#ifdef _OPENMP
  o.Set("openmp", true);
#else
  o.Set("openmp", false);
#endif
  o.Set("simd", prorl::gemmSettings().tile);
  return o;
}

// ops(): the dtype and op codes of ../common/ops.h by name.
Napi::Value Ops(const Napi::CallbackInfo& info) { return prorl::opTables(info.Env()); }

// configure({ gemm?, threads?, tile?, kc?, mc?, nc? }): sets what is given, returns all of it:
// the GEMM in use ("builtin" | "blas"), the thread count, and the builtin GEMM's register tile,
// block sizes, the caches they were derived from and the tiles this CPU runs. A block size of 0,
// or one left out when the tile changes, is derived from the caches again.
Napi::Value Configure(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() > 0 && info[0].IsObject()) {
    Napi::Object opt = info[0].As<Napi::Object>();
    auto given = [&](const char* key) { return opt.Has(key) && !opt.Get(key).IsUndefined(); };
    auto text = [&](const char* key) {
      if (!opt.Get(key).IsString())
        throw Napi::Error::New(env, std::string("native backend: ") + key + " must be a string");
      return opt.Get(key).As<Napi::String>().Utf8Value();
    };
    auto number = [&](const char* key) {
      if (!opt.Get(key).IsNumber())
        throw Napi::Error::New(env, std::string("native backend: ") + key + " must be a number");
      return opt.Get(key).As<Napi::Number>().Int64Value();
    };
    if (given("gemm")) {
      std::string g = text("gemm");
      if (g != "builtin" && g != "blas")
        throw Napi::Error::New(env, "native backend: gemm must be builtin or blas, not " + g);
      cpu::setGemm(g == "blas" ? cpu::Gemm::Blas : cpu::Gemm::Builtin);
    }
    if (given("threads")) cpu::setThreads(int(number("threads")));
    const bool newTile = given("tile");
    if (newTile || given("kc") || given("mc") || given("nc")) {
      const prorl::GemmSettings now = prorl::gemmSettings();
      auto size = [&](const char* key, int64_t current) {
        return given(key) ? number(key) : newTile ? 0 : current;
      };
      prorl::configureGemm(newTile ? text("tile") : "", size("kc", now.kc), size("mc", now.mc),
                           size("nc", now.nc));
    }
  }
  prorl::GemmSettings s = prorl::gemmSettings();
  Napi::Object o = Napi::Object::New(env);
  o.Set("gemm", cpu::gemmName(cpu::gemm()));
  o.Set("threads", cpu::threads());
  o.Set("tile", s.tile);
  o.Set("tiles", prorl::gemmTilesSupported());
  o.Set("mr", double(s.mr));
  o.Set("nr", double(s.nr));
  o.Set("kc", double(s.kc));
  o.Set("mc", double(s.mc));
  o.Set("nc", double(s.nc));
  o.Set("l1", double(s.l1));
  o.Set("l2", double(s.l2));
  o.Set("l3", double(s.l3));
  return o;
}

// ---------------------------------------------------------------------------------------------
// Kernels: unpack, call. The arguments of each are documented in kernels.h and src/native.ts.

// fill(out, n, value, dtype)
Napi::Value Fill(const Napi::CallbackInfo& info) {
  cpu::fill(blockOf(info[0]).ptr, I(info, 1), D(info, 2), int(I(info, 3)));
  return Undefined(info);
}

// cast(x, xDtype, out, outDtype, n)
Napi::Value Cast(const Napi::CallbackInfo& info) {
  cpu::cast(blockOf(info[0]).ptr, int(I(info, 1)), blockOf(info[2]).ptr, int(I(info, 3)),
            I(info, 4));
  return Undefined(info);
}

// copyRegion(src, srcShape[], srcBegin[], dst, dstShape[], dstBegin[], size[], elemBytes)
Napi::Value CopyRegion(const Napi::CallbackInfo& info) {
  cpu::copyRegion(ptr<uint8_t>(info[0]), Ints(info[1]), Ints(info[2]), ptr<uint8_t>(info[3]),
                  Ints(info[4]), Ints(info[5]), Ints(info[6]), I(info, 7));
  return Undefined(info);
}

// transpose(x, out, shape[], perm[], elemBytes)
Napi::Value Transpose(const Napi::CallbackInfo& info) {
  cpu::transpose(ptr<uint8_t>(info[0]), ptr<uint8_t>(info[1]), Ints(info[2]), Ints(info[3]),
                 I(info, 4));
  return Undefined(info);
}

// unary(op, x, out, n, dtype, alpha)
Napi::Value Unary(const Napi::CallbackInfo& info) {
  float alpha = info.Length() > 5 ? float(D(info, 5)) : 0.0f;
  cpu::unary(int(I(info, 0)), blockOf(info[1]).ptr, blockOf(info[2]).ptr, I(info, 3),
             int(I(info, 4)), alpha);
  return Undefined(info);
}

// clip(x, out, n, lo, hi)
Napi::Value Clip(const Napi::CallbackInfo& info) {
  cpu::clip(ptr<float>(info[0]), ptr<float>(info[1]), I(info, 2), float(D(info, 3)),
            float(D(info, 4)));
  return Undefined(info);
}

// binary(op, dtype, a, b, out, outShape[], aStrides[], bStrides[])
Napi::Value Binary(const Napi::CallbackInfo& info) {
  cpu::binary(int(I(info, 0)), int(I(info, 1)), blockOf(info[2]).ptr, blockOf(info[3]).ptr,
              blockOf(info[4]).ptr, Ints(info[5]), Ints(info[6]), Ints(info[7]));
  return Undefined(info);
}

// select(cond, t, e, out, n, inner, elemBytes)
Napi::Value Select(const Napi::CallbackInfo& info) {
  cpu::select(ptr<uint8_t>(info[0]), blockOf(info[1]).ptr, blockOf(info[2]).ptr,
              blockOf(info[3]).ptr, I(info, 4), I(info, 5), I(info, 6));
  return Undefined(info);
}

// addN(out, n, ...inputs)
Napi::Value AddN(const Napi::CallbackInfo& info) {
  std::vector<const float*> inputs;
  for (size_t i = 2; i < info.Length(); i++) inputs.push_back(ptr<float>(info[i]));
  cpu::addN(ptr<float>(info[0]), I(info, 1), inputs);
  return Undefined(info);
}

// reduce(op, dtype, x, out, outer, inner)
Napi::Value Reduce(const Napi::CallbackInfo& info) {
  cpu::reduce(int(I(info, 0)), int(I(info, 1)), blockOf(info[2]).ptr, blockOf(info[3]).ptr,
              I(info, 4), I(info, 5));
  return Undefined(info);
}

// softmax(x, out, outer, inner, log)
Napi::Value Softmax(const Napi::CallbackInfo& info) {
  cpu::softmax(ptr<float>(info[0]), ptr<float>(info[1]), I(info, 2), I(info, 3),
               info.Length() > 4 && B(info, 4));
  return Undefined(info);
}

// gather(x, idx, out, batch, outer, dim, inner, nIdx, elemBytes): -1, or the first bad index.
Napi::Value Gather(const Napi::CallbackInfo& info) {
  int64_t bad = cpu::gather(ptr<uint8_t>(info[0]), ptr<int32_t>(info[1]), ptr<uint8_t>(info[2]),
                            I(info, 3), I(info, 4), I(info, 5), I(info, 6), I(info, 7),
                            I(info, 8));
  return Napi::Number::New(info.Env(), double(bad));
}

// segmentSum(x, ids, out, nIds, inner, numSegments, dtype)
Napi::Value SegmentSum(const Napi::CallbackInfo& info) {
  cpu::segmentSum(blockOf(info[0]).ptr, ptr<int32_t>(info[1]), blockOf(info[2]).ptr, I(info, 3),
                  I(info, 4), I(info, 5), int(I(info, 6)));
  return Undefined(info);
}

// oneHot(idx, out, n, depth, on, off, dtype)
Napi::Value OneHot(const Napi::CallbackInfo& info) {
  cpu::oneHot(ptr<int32_t>(info[0]), blockOf(info[1]).ptr, I(info, 2), I(info, 3), D(info, 4),
              D(info, 5), int(I(info, 6)));
  return Undefined(info);
}

// tile(x, out, shape[], reps[], elemBytes)
Napi::Value Tile(const Napi::CallbackInfo& info) {
  cpu::tile(ptr<uint8_t>(info[0]), ptr<uint8_t>(info[1]), Ints(info[2]), Ints(info[3]),
            I(info, 4));
  return Undefined(info);
}

// batchMatMul(a, b, out, aIdx Int32Array, bIdx Int32Array, M, N, K, transA, transB):
// out[i] = op(a[aIdx[i]]) @ op(b[bIdx[i]]), a blocks of M*K, b blocks of K*N.
Napi::Value BatchMatMul(const Napi::CallbackInfo& info) {
  Napi::Int32Array ai = info[3].As<Napi::Int32Array>();
  Napi::Int32Array bi = info[4].As<Napi::Int32Array>();
  if (bi.ElementLength() < ai.ElementLength())
    throw Napi::Error::New(info.Env(), "native backend: batchMatMul: fewer b indices than a");
  cpu::batchMatMul(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), ai.Data(),
                   bi.Data(), int64_t(ai.ElementLength()), I(info, 5), I(info, 6), I(info, 7),
                   B(info, 8), B(info, 9));
  return Undefined(info);
}

// rmsNorm(x, w, y, rows, H, eps)
Napi::Value RmsNorm(const Napi::CallbackInfo& info) {
  cpu::rmsNorm(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), I(info, 3),
               I(info, 4), D(info, 5));
  return Undefined(info);
}

// rmsNormGrad(dy, x, w, dx, dw, rows, H, eps)
Napi::Value RmsNormGrad(const Napi::CallbackInfo& info) {
  cpu::rmsNormGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                   ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5), I(info, 6), D(info, 7));
  return Undefined(info);
}

// swiglu(g, u, y, n)
Napi::Value SwiGlu(const Napi::CallbackInfo& info) {
  cpu::swiglu(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), I(info, 3));
  return Undefined(info);
}

// swigluGrad(dy, g, u, dg, du, n)
Napi::Value SwiGluGrad(const Napi::CallbackInfo& info) {
  cpu::swigluGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                  ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5));
  return Undefined(info);
}

// logProbEntropy(z, t, logp, ent, rows, V)
Napi::Value LogProbEntropy(const Napi::CallbackInfo& info) {
  cpu::logProbEntropy(ptr<float>(info[0]), ptr<int32_t>(info[1]), ptr<float>(info[2]),
                      ptr<float>(info[3]), I(info, 4), I(info, 5));
  return Undefined(info);
}

// logProbEntropyGrad(z, t, dlogp, dent, dz, rows, V)
Napi::Value LogProbEntropyGrad(const Napi::CallbackInfo& info) {
  cpu::logProbEntropyGrad(ptr<float>(info[0]), ptr<int32_t>(info[1]), ptr<float>(info[2]),
                          ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5), I(info, 6));
  return Undefined(info);
}

// rope(x, cos, sin, y, B, H, T, D, grad)
Napi::Value Rope(const Napi::CallbackInfo& info) {
  cpu::rope(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), ptr<float>(info[3]),
            I(info, 4), I(info, 5), I(info, 6), I(info, 7), B(info, 8));
  return Undefined(info);
}

// B, H, G, T, S, D, past, scale from argument i on.
cpu::AttentionShape attentionShape(const Napi::CallbackInfo& info, size_t i) {
  return cpu::AttentionShape{I(info, i),     I(info, i + 1), I(info, i + 2),
                             I(info, i + 3), I(info, i + 4), I(info, i + 5),
                             I(info, i + 6), float(D(info, i + 7))};
}

// attention(q, k, v, keyMask, out, B, H, G, T, S, D, past, scale)
Napi::Value Attention(const Napi::CallbackInfo& info) {
  cpu::attention(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                 ptr<float>(info[3]), ptr<float>(info[4]), attentionShape(info, 5));
  return Undefined(info);
}

// attentionGrad(dy, q, k, v, keyMask, dq, dk, dv, B, H, G, T, S, D, past, scale)
Napi::Value AttentionGrad(const Napi::CallbackInfo& info) {
  cpu::attentionGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                     ptr<float>(info[3]), ptr<float>(info[4]), ptr<float>(info[5]),
                     ptr<float>(info[6]), ptr<float>(info[7]), attentionShape(info, 8));
  return Undefined(info);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  def<Alloc>(env, exports, "alloc");
  def<Free>(env, exports, "free");
  def<Write>(env, exports, "write");
  def<Read>(env, exports, "read");
  def<Memory>(env, exports, "memory");
  def<EmptyCache>(env, exports, "emptyCache");
  def<SetPoison>(env, exports, "setPoison");
  def<Info>(env, exports, "info");
  def<Ops>(env, exports, "ops");
  def<Configure>(env, exports, "configure");
  def<Fill>(env, exports, "fill");
  def<Cast>(env, exports, "cast");
  def<CopyRegion>(env, exports, "copyRegion");
  def<Transpose>(env, exports, "transpose");
  def<Unary>(env, exports, "unary");
  def<Clip>(env, exports, "clip");
  def<Binary>(env, exports, "binary");
  def<Select>(env, exports, "select");
  def<AddN>(env, exports, "addN");
  def<Reduce>(env, exports, "reduce");
  def<Softmax>(env, exports, "softmax");
  def<Gather>(env, exports, "gather");
  def<SegmentSum>(env, exports, "segmentSum");
  def<OneHot>(env, exports, "oneHot");
  def<Tile>(env, exports, "tile");
  def<BatchMatMul>(env, exports, "batchMatMul");
  def<RmsNorm>(env, exports, "rmsNorm");
  def<RmsNormGrad>(env, exports, "rmsNormGrad");
  def<Rope>(env, exports, "rope");
  def<SwiGlu>(env, exports, "swiglu");
  def<SwiGluGrad>(env, exports, "swigluGrad");
  def<LogProbEntropy>(env, exports, "logProbEntropy");
  def<LogProbEntropyGrad>(env, exports, "logProbEntropyGrad");
  def<Attention>(env, exports, "attention");
  def<AttentionGrad>(env, exports, "attentionGrad");
  return exports;
}

}  // namespace

NODE_API_MODULE(prorl_native_cpu, Init)
