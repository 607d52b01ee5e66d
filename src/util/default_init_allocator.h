// DefaultInitAllocator: a std::allocator whose resize() leaves new elements of a trivial type
// uninitialized instead of zeroing them, for buffers that are sized first and then written in full
// (the normalizer's byte map: resized to the text's length, then every entry written).
#ifndef RASAD_UTIL_DEFAULT_INIT_ALLOCATOR_H_
#define RASAD_UTIL_DEFAULT_INIT_ALLOCATOR_H_

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace rasad {

template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
 public:
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };

  DefaultInitAllocator() = default;
  template <typename U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}

  // Constructed with no arguments (resize): default-initialized, which for a trivial type writes
  // nothing.
  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

}  // namespace rasad

#endif  // RASAD_UTIL_DEFAULT_INIT_ALLOCATOR_H_
