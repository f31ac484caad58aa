// N-API helpers both targets' addons use: numeric arguments, the storage's statistics in the
// shape of tf.memory()'s backend fields, functions that turn C++ exceptions into JavaScript
// errors, and the op tables of ops.h.
#pragma once

#include <napi.h>

#include <cstdint>
#include <exception>

#include "ops.h"
#include "storage.h"

namespace prorl {

inline int64_t I(const Napi::CallbackInfo& info, size_t i) {
  return info[i].As<Napi::Number>().Int64Value();
}

inline double D(const Napi::CallbackInfo& info, size_t i) {
  return info[i].As<Napi::Number>().DoubleValue();
}

/** bytesInUse, bytesCached, buffers, systemAllocations, cacheHits, cacheLimit. */
inline Napi::Object memoryObject(Napi::Env env, const Storage& storage) {
  const StorageStats& s = storage.stats();
  Napi::Object o = Napi::Object::New(env);
  o.Set("bytesInUse", double(s.bytesInUse));
  o.Set("bytesCached", double(s.bytesCached));
  o.Set("buffers", double(s.live));
  o.Set("systemAllocations", double(s.systemAllocations));
  o.Set("cacheHits", double(s.cacheHits));
  o.Set("cacheLimit", double(storage.cacheLimit()));
  return o;
}

using NapiFn = Napi::Value (*)(const Napi::CallbackInfo&);

/** fn, with the kernels' C++ exceptions (bad arguments, device errors) as JavaScript Errors. */
template <NapiFn fn>
Napi::Value guarded(const Napi::CallbackInfo& info) {
  try {
    return fn(info);
  } catch (const Napi::Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Napi::Error::New(info.Env(), e.what());
  }
}

/** exports[name] = guarded fn. */
template <NapiFn fn>
void def(Napi::Env env, Napi::Object exports, const char* name) {
  exports.Set(name, Napi::Function::New(env, guarded<fn>, name));
}

template <size_t n>
Napi::Object codeTable(Napi::Env env, const char* const (&names)[n]) {
  Napi::Object o = Napi::Object::New(env);
  for (size_t i = 0; i < n; i++) o.Set(names[i], double(i));
  return o;
}

/** { dtype: { float32: 0, ... }, unary: { Neg: 0, ... }, binary: {...}, reduce: {...} } */
inline Napi::Object opTables(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("dtype", codeTable(env, kDTypeNames));
  o.Set("unary", codeTable(env, kUnaryNames));
  o.Set("binary", codeTable(env, kBinaryNames));
  o.Set("reduce", codeTable(env, kReduceNames));
  return o;
}

}  // namespace prorl
