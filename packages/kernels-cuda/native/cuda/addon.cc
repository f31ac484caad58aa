// The N-API side of the CUDA target: the same functions, with the same arguments, as the CPU
// target's addon (../cpu/addon.cc, whose comments document each), over device memory. Tensor
// storage is the shared handle table and caching allocator (../common/storage.h) on cudaMalloc;
// the launchers it calls are declared in device.h. Loading the addon never touches the GPU:
// device() probes it and says why it cannot be used.
#include <napi.h>

#include <cstring>
#include <string>
#include <vector>

#include "../common/napi-args.h"
#include "../common/storage.h"
#include "device.h"

#ifdef PRORL_CUDA_EMULATE
namespace prorl_emu {  // emulator.cc
void setReverse(bool reverse);
void misuseBarrier(const char* kind, float* out32, float base);
}
#endif

namespace {

prorl::Storage g_storage(prorl::deviceAlloc, prorl::deviceFree, size_t(4) << 30);
bool g_poison = false;  // fill new buffers with 0xFF bytes (NaN in float32)
bool g_probed = false;
std::string g_unavailable;  // why the device cannot be used ("" when it can)
prorl::DeviceInfo g_device;

void requireDevice() {
  if (!g_probed) {
    g_unavailable = prorl::probeDevice(&g_device);
    g_probed = true;
  }
  if (!g_unavailable.empty()) throw prorl::CudaError("cuda backend: " + g_unavailable);
}

prorl::Block& blockOf(const Napi::Value& v) {
  uint32_t id = v.As<Napi::Number>().Uint32Value();
  prorl::Block* b = g_storage.get(id);
  if (b == nullptr)
    throw prorl::CudaError("cuda backend: use of a freed or unknown buffer " + std::to_string(id));
  return *b;
}

template <typename T>
T* ptr(const Napi::Value& v) {
  return static_cast<T*>(blockOf(v).ptr);
}
using prorl::D;
using prorl::def;
using prorl::I;
bool B(const Napi::CallbackInfo& info, size_t i) { return info[i].ToBoolean().Value(); }
prorl::Dims Dims(const Napi::Value& v) {
  Napi::Array a = v.As<Napi::Array>();
  if (a.Length() > uint32_t(prorl::kMaxRank))
    throw prorl::CudaError("cuda backend: rank " + std::to_string(a.Length()) +
                           " is above the supported " + std::to_string(prorl::kMaxRank));
  prorl::Dims d{int(a.Length()), {}};
  for (uint32_t i = 0; i < a.Length(); i++) d.d[i] = a.Get(i).As<Napi::Number>().Int64Value();
  return d;
}

Napi::Value Undefined(const Napi::CallbackInfo& info) { return info.Env().Undefined(); }

// ---------------------------------------------------------------------------------------------
// Device and storage.

Napi::Value Device(const Napi::CallbackInfo& info) {
  try {
    requireDevice();
  } catch (const prorl::CudaError&) {
  }
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("available", g_unavailable.empty());
  if (!g_unavailable.empty()) {
    o.Set("reason", g_unavailable);
    return o;
  }
  o.Set("name", g_device.name);
  o.Set("computeCapability",
        std::to_string(g_device.computeMajor) + "." + std::to_string(g_device.computeMinor));
  o.Set("totalBytes", double(g_device.totalBytes));
  o.Set("multiprocessors", g_device.multiprocessors);
  o.Set("emulated", g_device.emulated);
  return o;
}

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  requireDevice();
  size_t bytes = static_cast<size_t>(I(info, 0));
  uint32_t id = g_storage.alloc(bytes == 0 ? 1 : bytes);
  if (id == 0)
    throw prorl::CudaError("cuda backend: out of device memory allocating " +
                           std::to_string(bytes) + " bytes");
  prorl::Block* b = g_storage.get(id);
  if (g_poison) prorl::fillBytes(b->ptr, 0xFF, b->bytes);
  return Napi::Number::New(info.Env(), id);
}

Napi::Value Free(const Napi::CallbackInfo& info) {
  g_storage.free(info[0].As<Napi::Number>().Uint32Value());
  return Undefined(info);
}

Napi::TypedArray typedArg(const Napi::CallbackInfo& info, const prorl::Block& b,
                          const char* what) {
  Napi::TypedArray ta = info[1].As<Napi::TypedArray>();
  if (ta.ByteLength() > b.bytes)
    throw prorl::CudaError(std::string("cuda backend: ") + what + " past the buffer");
  return ta;
}
uint8_t* bytesOf(const Napi::TypedArray& ta) {
  return static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
}

Napi::Value Write(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = typedArg(info, b, "write");
  prorl::copyToDevice(b.ptr, bytesOf(ta), ta.ByteLength());
  return Undefined(info);
}

Napi::Value Read(const Napi::CallbackInfo& info) {
  prorl::Block& b = blockOf(info[0]);
  Napi::TypedArray ta = typedArg(info, b, "read");
  prorl::copyToHost(bytesOf(ta), b.ptr, ta.ByteLength());
  return Undefined(info);
}

Napi::Value Memory(const Napi::CallbackInfo& info) {
  Napi::Object o = prorl::memoryObject(info.Env(), g_storage);
  if (g_probed && g_unavailable.empty()) {
    size_t freeBytes = 0, totalBytes = 0;
    prorl::deviceMemory(&freeBytes, &totalBytes);
    o.Set("deviceFreeBytes", double(freeBytes));
    o.Set("deviceTotalBytes", double(totalBytes));
  }
  return o;
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

Napi::Value Synchronize(const Napi::CallbackInfo& info) {
  requireDevice();
  prorl::synchronize();
  return Undefined(info);
}

// setMathMode("f32" | "tf32" | "bf16")
Napi::Value SetMathMode(const Napi::CallbackInfo& info) {
  std::string m = info[0].As<Napi::String>().Utf8Value();
  if (m == "f32") prorl::setMathMode(prorl::MathMode::F32);
  else if (m == "tf32") prorl::setMathMode(prorl::MathMode::TF32);
  else if (m == "bf16") prorl::setMathMode(prorl::MathMode::BF16);
  else throw prorl::CudaError("cuda backend: math mode must be f32, tf32 or bf16, not " + m);
  return Undefined(info);
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  Napi::Object o = Napi::Object::New(info.Env());
  static const char* modes[] = {"f32", "tf32", "bf16"};
  o.Set("mathMode", modes[int(prorl::mathMode())]);
  o.Set("blas", prorl::blasLibrary());
#ifdef PRORL_CUDA_EMULATE
  o.Set("emulated", true);
#else
  o.Set("emulated", false);
#endif
  return o;
}

// ops(): the dtype and op codes of ../common/ops.h by name.
Napi::Value Ops(const Napi::CallbackInfo& info) { return prorl::opTables(info.Env()); }

// ---------------------------------------------------------------------------------------------
// Kernels: unpack, launch.

Napi::Value Fill(const Napi::CallbackInfo& info) {
  prorl::fill(ptr<void>(info[0]), I(info, 1), D(info, 2), int(I(info, 3)));
  return Undefined(info);
}

Napi::Value Cast(const Napi::CallbackInfo& info) {
  prorl::cast(ptr<void>(info[0]), int(I(info, 1)), ptr<void>(info[2]), int(I(info, 3)),
              I(info, 4));
  return Undefined(info);
}

Napi::Value CopyRegion(const Napi::CallbackInfo& info) {
  prorl::copyRegion(ptr<void>(info[0]), Dims(info[1]), Dims(info[2]), ptr<void>(info[3]),
                    Dims(info[4]), Dims(info[5]), Dims(info[6]), int(I(info, 7)));
  return Undefined(info);
}

Napi::Value Transpose(const Napi::CallbackInfo& info) {
  prorl::transpose(ptr<void>(info[0]), ptr<void>(info[1]), Dims(info[2]), Dims(info[3]),
                   int(I(info, 4)));
  return Undefined(info);
}

Napi::Value Unary(const Napi::CallbackInfo& info) {
  float alpha = info.Length() > 5 ? float(D(info, 5)) : 0.0f;
  prorl::unary(int(I(info, 0)), ptr<void>(info[1]), ptr<void>(info[2]), I(info, 3),
               int(I(info, 4)), alpha);
  return Undefined(info);
}

Napi::Value Clip(const Napi::CallbackInfo& info) {
  prorl::clip(ptr<float>(info[0]), ptr<float>(info[1]), I(info, 2), float(D(info, 3)),
              float(D(info, 4)));
  return Undefined(info);
}

Napi::Value Binary(const Napi::CallbackInfo& info) {
  prorl::binary(int(I(info, 0)), int(I(info, 1)), ptr<void>(info[2]), ptr<void>(info[3]),
                ptr<void>(info[4]), Dims(info[5]), Dims(info[6]), Dims(info[7]));
  return Undefined(info);
}

Napi::Value Select(const Napi::CallbackInfo& info) {
  prorl::select(ptr<uint8_t>(info[0]), ptr<void>(info[1]), ptr<void>(info[2]),
                ptr<void>(info[3]), I(info, 4), I(info, 5), int(I(info, 6)));
  return Undefined(info);
}

Napi::Value AddN(const Napi::CallbackInfo& info) {
  std::vector<const float*> xs;
  for (size_t i = 2; i < info.Length(); i++) xs.push_back(ptr<float>(info[i]));
  prorl::addN(ptr<float>(info[0]), I(info, 1), xs);
  return Undefined(info);
}

Napi::Value Reduce(const Napi::CallbackInfo& info) {
  prorl::reduce(int(I(info, 0)), int(I(info, 1)), ptr<void>(info[2]), ptr<void>(info[3]),
                I(info, 4), I(info, 5));
  return Undefined(info);
}

Napi::Value Softmax(const Napi::CallbackInfo& info) {
  prorl::softmax(ptr<float>(info[0]), ptr<float>(info[1]), I(info, 2), I(info, 3), B(info, 4));
  return Undefined(info);
}

Napi::Value Gather(const Napi::CallbackInfo& info) {
  int64_t bad = prorl::gather(ptr<void>(info[0]), ptr<int32_t>(info[1]), ptr<void>(info[2]),
                              I(info, 3), I(info, 4), I(info, 5), I(info, 6), I(info, 7),
                              int(I(info, 8)));
  return Napi::Number::New(info.Env(), double(bad));
}

Napi::Value SegmentSum(const Napi::CallbackInfo& info) {
  prorl::segmentSum(ptr<void>(info[0]), ptr<int32_t>(info[1]), ptr<void>(info[2]), I(info, 3),
                    I(info, 4), I(info, 5), int(I(info, 6)));
  return Undefined(info);
}

Napi::Value OneHot(const Napi::CallbackInfo& info) {
  prorl::oneHot(ptr<int32_t>(info[0]), ptr<void>(info[1]), I(info, 2), I(info, 3), D(info, 4),
                D(info, 5), int(I(info, 6)));
  return Undefined(info);
}

Napi::Value Tile(const Napi::CallbackInfo& info) {
  prorl::tile(ptr<void>(info[0]), ptr<void>(info[1]), Dims(info[2]), Dims(info[3]),
              int(I(info, 4)));
  return Undefined(info);
}

// batchMatMul(a, b, out, aIdx Int32Array, bIdx Int32Array, M, N, K, transA, transB)
Napi::Value BatchMatMul(const Napi::CallbackInfo& info) {
  Napi::Int32Array ai = info[3].As<Napi::Int32Array>();
  Napi::Int32Array bi = info[4].As<Napi::Int32Array>();
  if (ai.ElementLength() != bi.ElementLength())
    throw prorl::CudaError("cuda backend: batchMatMul index arrays differ in length");
  prorl::batchMatMul(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), ai.Data(),
                     bi.Data(), int64_t(ai.ElementLength()), I(info, 5), I(info, 6), I(info, 7),
                     B(info, 8), B(info, 9));
  return Undefined(info);
}

Napi::Value Rope(const Napi::CallbackInfo& info) {
  prorl::rope(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), ptr<float>(info[3]),
              I(info, 4), I(info, 5), I(info, 6), I(info, 7), B(info, 8));
  return Undefined(info);
}

Napi::Value RmsNorm(const Napi::CallbackInfo& info) {
  prorl::rmsNorm(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), I(info, 3),
                 I(info, 4), float(D(info, 5)));
  return Undefined(info);
}

Napi::Value RmsNormGrad(const Napi::CallbackInfo& info) {
  prorl::rmsNormGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                     ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5), I(info, 6),
                     float(D(info, 7)));
  return Undefined(info);
}

Napi::Value SwiGlu(const Napi::CallbackInfo& info) {
  prorl::swiglu(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]), I(info, 3));
  return Undefined(info);
}

Napi::Value SwiGluGrad(const Napi::CallbackInfo& info) {
  prorl::swigluGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                    ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5));
  return Undefined(info);
}

Napi::Value LogProbEntropy(const Napi::CallbackInfo& info) {
  prorl::logProbEntropy(ptr<float>(info[0]), ptr<int32_t>(info[1]), ptr<float>(info[2]),
                        ptr<float>(info[3]), I(info, 4), I(info, 5));
  return Undefined(info);
}

Napi::Value LogProbEntropyGrad(const Napi::CallbackInfo& info) {
  prorl::logProbEntropyGrad(ptr<float>(info[0]), ptr<int32_t>(info[1]), ptr<float>(info[2]),
                            ptr<float>(info[3]), ptr<float>(info[4]), I(info, 5), I(info, 6));
  return Undefined(info);
}

prorl::AttentionShape attentionShape(const Napi::CallbackInfo& info, size_t i) {
  return prorl::AttentionShape{I(info, i),     I(info, i + 1), I(info, i + 2),
                               I(info, i + 3), I(info, i + 4), I(info, i + 5),
                               I(info, i + 6), float(D(info, i + 7))};
}

Napi::Value Attention(const Napi::CallbackInfo& info) {
  prorl::attention(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                   ptr<float>(info[3]), ptr<float>(info[4]), attentionShape(info, 5));
  return Undefined(info);
}

Napi::Value AttentionGrad(const Napi::CallbackInfo& info) {
  prorl::attentionGrad(ptr<float>(info[0]), ptr<float>(info[1]), ptr<float>(info[2]),
                       ptr<float>(info[3]), ptr<float>(info[4]), ptr<float>(info[5]),
                       ptr<float>(info[6]), ptr<float>(info[7]), attentionShape(info, 8));
  return Undefined(info);
}

#ifdef PRORL_CUDA_EMULATE
Napi::Value SetEmulatorReverse(const Napi::CallbackInfo& info) {
  prorl_emu::setReverse(B(info, 0));
  return Undefined(info);
}

// emulatorMisuseBarrier("divergent" | "missing", base): runs a 32-thread kernel that misuses
// barriers and returns its 32 outputs (tests of the emulator itself).
Napi::Value EmulatorMisuseBarrier(const Napi::CallbackInfo& info) {
  std::string kind = info[0].As<Napi::String>().Utf8Value();
  Napi::Float32Array out = Napi::Float32Array::New(info.Env(), 32);
  prorl_emu::misuseBarrier(kind.c_str(), out.Data(), info.Length() > 1 ? float(D(info, 1)) : 0.0f);
  return out;
}
#endif

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  def<Device>(env, exports, "device");
  def<Alloc>(env, exports, "alloc");
  def<Free>(env, exports, "free");
  def<Write>(env, exports, "write");
  def<Read>(env, exports, "read");
  def<Memory>(env, exports, "memory");
  def<EmptyCache>(env, exports, "emptyCache");
  def<SetPoison>(env, exports, "setPoison");
  def<Synchronize>(env, exports, "synchronize");
  def<SetMathMode>(env, exports, "setMathMode");
  def<Info>(env, exports, "info");
  def<Ops>(env, exports, "ops");
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
  def<Rope>(env, exports, "rope");
  def<RmsNorm>(env, exports, "rmsNorm");
  def<RmsNormGrad>(env, exports, "rmsNormGrad");
  def<SwiGlu>(env, exports, "swiglu");
  def<SwiGluGrad>(env, exports, "swigluGrad");
  def<LogProbEntropy>(env, exports, "logProbEntropy");
  def<LogProbEntropyGrad>(env, exports, "logProbEntropyGrad");
  def<Attention>(env, exports, "attention");
  def<AttentionGrad>(env, exports, "attentionGrad");
#ifdef PRORL_CUDA_EMULATE
  def<SetEmulatorReverse>(env, exports, "setEmulatorReverse");
  def<EmulatorMisuseBarrier>(env, exports, "emulatorMisuseBarrier");
#endif
  return exports;
}

}  // namespace

namespace prorl {

Scratch::Scratch(size_t bytes) : handle_(g_storage.alloc(bytes == 0 ? 1 : bytes)), ptr_(nullptr) {
  if (handle_ == 0)
    throw CudaError("cuda backend: out of device memory for " + std::to_string(bytes) +
                    " bytes of scratch");
  ptr_ = g_storage.get(handle_)->ptr;
}
Scratch::~Scratch() { g_storage.free(handle_); }

}  // namespace prorl

NODE_API_MODULE(prorl_native_cuda, Init)
