// Tensor storage shared by the CPU and CUDA targets: a table of handles (the numbers JavaScript
// holds) over a caching allocator. Freed blocks are kept by size class for reuse, up to a limit,
// because tfjs frees and allocates tensors of the same sizes on every step and the system
// allocator (malloc, or cudaMalloc, which also synchronises the device) is slow by comparison.
// The target supplies the raw allocation functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace prorl {

struct Block {
  void* ptr = nullptr;
  size_t bytes = 0;     // requested
  size_t capacity = 0;  // allocated (size class)
  bool live = false;
};

struct StorageStats {
  size_t bytesInUse = 0, bytesCached = 0, live = 0, systemAllocations = 0, cacheHits = 0;
};

// sizeClass(b): 64 B minimum, 256 B steps up to 1 MiB, then eighths of the next power of two
// (at most 25% waste).
inline size_t sizeClass(size_t bytes) {
  if (bytes <= 64) return 64;
  if (bytes <= (size_t(1) << 20)) return (bytes + 255) & ~size_t(255);
  size_t p = 1;
  while (p < bytes) p <<= 1;
  size_t q = p >> 3;
  return ((bytes + q - 1) / q) * q;
}

class Storage {
 public:
  using RawAlloc = void* (*)(size_t);
  using RawFree = void (*)(void*);

  Storage(RawAlloc rawAlloc, RawFree rawFree, size_t cacheLimit)
      : rawAlloc_(rawAlloc), rawFree_(rawFree), cacheLimit_(cacheLimit) {}

  /** A new block of at least `bytes`; its handle, or 0 when memory is exhausted. */
  uint32_t alloc(size_t bytes) {
    size_t cap = sizeClass(bytes);
    void* p = nullptr;
    auto it = cache_.find(cap);
    if (it != cache_.end() && !it->second.empty()) {
      p = it->second.back();
      it->second.pop_back();
      stats_.bytesCached -= cap;
      stats_.cacheHits++;
    } else {
      p = rawAlloc_(cap);
      if (p == nullptr) {  // give the cache back to the system and retry once
        emptyCache();
        p = rawAlloc_(cap);
      }
      stats_.systemAllocations++;
    }
    if (p == nullptr) return 0;
    uint32_t id;
    if (!freeIds_.empty()) {
      id = freeIds_.back();
      freeIds_.pop_back();
    } else {
      id = static_cast<uint32_t>(blocks_.size());
      blocks_.emplace_back();
    }
    blocks_[id] = Block{p, bytes, cap, true};
    stats_.bytesInUse += cap;
    stats_.live++;
    return id;
  }

  void free(uint32_t id) {
    Block* b = get(id);
    if (b == nullptr) return;
    stats_.bytesInUse -= b->capacity;
    stats_.live--;
    if (stats_.bytesCached + b->capacity <= cacheLimit_) {
      cache_[b->capacity].push_back(b->ptr);
      stats_.bytesCached += b->capacity;
    } else {
      rawFree_(b->ptr);
    }
    *b = Block();
    freeIds_.push_back(id);
  }

  /** The live block of a handle, or nullptr. */
  Block* get(uint32_t id) {
    if (id == 0 || id >= blocks_.size() || !blocks_[id].live) return nullptr;
    return &blocks_[id];
  }

  void emptyCache() {
    for (auto& kv : cache_)
      for (void* q : kv.second) rawFree_(q);
    cache_.clear();
    stats_.bytesCached = 0;
  }

  void setCacheLimit(size_t bytes) { cacheLimit_ = bytes; }
  size_t cacheLimit() const { return cacheLimit_; }
  const StorageStats& stats() const { return stats_; }

 private:
  RawAlloc rawAlloc_;
  RawFree rawFree_;
  size_t cacheLimit_;
  std::vector<Block> blocks_ = std::vector<Block>(1);  // handle 0 is never used
  std::vector<uint32_t> freeIds_;
  std::unordered_map<size_t, std::vector<void*>> cache_;  // size class -> free blocks
  StorageStats stats_;
};

}  // namespace prorl
