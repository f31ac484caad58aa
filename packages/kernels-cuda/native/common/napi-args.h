// N-API helpers both targets' addons use: numeric arguments, and the storage's statistics in the
// shape of tf.memory()'s backend fields.
#pragma once

#include <napi.h>

#include <cstdint>

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

}  // namespace prorl
