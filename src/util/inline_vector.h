// InlineVector<T, N>: a vector of trivially copyable values that holds its first N values in the
// object itself and allocates only beyond them.
//
// For small lists made, copied and dropped many times over (the mentions of an argument, nearly
// always one to three): a std::vector allocates for each of them, and freeing and allocating again
// cost more than the rest of the copy. Beyond N values the memory is allocated, and kept as the
// vector is copied into or cleared, as a std::vector's is. The interface is the part of
// std::vector's that such lists use; a std::vector<T> converts to it and back.
#ifndef RASAD_UTIL_INLINE_VECTOR_H_
#define RASAD_UTIL_INLINE_VECTOR_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <vector>

namespace rasad {

template <class T, size_t N>
class InlineVector {
  static_assert(std::is_trivially_copyable_v<T> && N > 0);

 public:
  using value_type = T;
  using size_type = size_t;
  using iterator = T*;
  using const_iterator = const T*;

  InlineVector() {}  // (user-provided: a const InlineVector needs no initializer)
  InlineVector(std::initializer_list<T> values) { assign(values.begin(), values.end()); }
  InlineVector(const std::vector<T>& values) { assign(values.begin(), values.end()); }
  InlineVector(const InlineVector& other) { assign(other.begin(), other.end()); }
  InlineVector(InlineVector&& other) noexcept { Take(&other); }
  ~InlineVector() { Free(); }

  InlineVector& operator=(const InlineVector& other) {
    if (this != &other) assign(other.begin(), other.end());
    return *this;
  }
  // A list of more than N values is taken with its memory; a shorter one is copied (the memory this
  // one has is kept).
  InlineVector& operator=(InlineVector&& other) noexcept {
    if (this == &other) return *this;
    if (other.data_ == other.inline_) {
      assign(other.begin(), other.end());
      other.size_ = 0;
    } else {
      Free();
      Take(&other);
    }
    return *this;
  }
  InlineVector& operator=(std::initializer_list<T> values) {
    assign(values.begin(), values.end());
    return *this;
  }
  InlineVector& operator=(const std::vector<T>& values) {
    assign(values.begin(), values.end());
    return *this;
  }
  operator std::vector<T>() const { return std::vector<T>(begin(), end()); }

  template <class It>
  void assign(It first, It last) {
    size_t n = static_cast<size_t>(std::distance(first, last));
    if (n > capacity_) Grow(n, /*keep=*/false);
    std::copy(first, last, data_);
    size_ = static_cast<uint32_t>(n);
  }

  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }

  void clear() { size_ = 0; }
  void push_back(T value) {
    if (size_ == capacity_) Grow(2 * size_t{capacity_}, /*keep=*/true);
    data_[size_++] = value;
  }
  void pop_back() { --size_; }
  void resize(size_t n, T value = T()) {
    if (n > capacity_) Grow(std::max<size_t>(n, 2 * size_t{capacity_}), /*keep=*/true);
    for (size_t i = size_; i < n; ++i) data_[i] = value;
    size_ = static_cast<uint32_t>(n);
  }
  T* insert(const T* pos, T value) {
    size_t at = static_cast<size_t>(pos - data_);
    push_back(value);
    std::rotate(data_ + at, data_ + size_ - 1, data_ + size_);
    return data_ + at;
  }
  T* erase(const T* first, const T* last) {
    T* from = data_ + (first - data_);
    T* to = std::copy(data_ + (last - data_), data_ + size_, from);
    size_ = static_cast<uint32_t>(to - data_);
    return from;
  }
  T* erase(const T* pos) { return erase(pos, pos + 1); }

  friend bool operator==(const InlineVector& a, const InlineVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  void Grow(size_t n, bool keep) {
    T* grown = static_cast<T*>(::operator new(n * sizeof(T)));
    if (keep && size_ > 0) std::memcpy(grown, data_, size_ * sizeof(T));
    Free();
    data_ = grown;
    capacity_ = static_cast<uint32_t>(n);
  }
  void Free() {
    if (data_ != inline_) ::operator delete(data_);
  }
  // Takes other's values: its memory when it has allocated, else a copy; leaves it empty and inline.
  void Take(InlineVector* other) {
    if (other->data_ == other->inline_) {
      data_ = inline_;
      capacity_ = N;
      std::memcpy(inline_, other->inline_, other->size_ * sizeof(T));
    } else {
      data_ = other->data_;
      capacity_ = other->capacity_;
      other->data_ = other->inline_;
      other->capacity_ = N;
    }
    size_ = other->size_;
    other->size_ = 0;
  }

  T* data_ = inline_;
  uint32_t size_ = 0;
  uint32_t capacity_ = N;
  T inline_[N];
};

// Removes the values `pred` holds true of (std::erase_if for std::vector); returns how many.
template <class T, size_t N, class Pred>
size_t erase_if(InlineVector<T, N>& v, Pred pred) {
  T* end = std::remove_if(v.begin(), v.end(), pred);
  size_t removed = static_cast<size_t>(v.end() - end);
  v.erase(end, v.end());
  return removed;
}

}  // namespace rasad

#endif  // RASAD_UTIL_INLINE_VECTOR_H_
