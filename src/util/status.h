// Status and Result<T>: errors as values at module boundaries.
//
// Every fallible call in rasad's library returns a Status (no value) or a Result<T> (a value or an
// error). The message of an error names where it happened (`file:line: reason`, or
// `doc:byte 123: reason`) so that a user can find the bad input. Exceptions are not used to report
// bad input; the CLI and the HTTP server turn errors into an exit code or a JSON body at the edge.
#ifndef RASAD_UTIL_STATUS_H_
#define RASAD_UTIL_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace rasad {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  // The error message; empty for an ok status.
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

// A value of T, or an error Status. Accessing value() of an error is a programming error.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}     // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace rasad

#endif  // RASAD_UTIL_STATUS_H_
