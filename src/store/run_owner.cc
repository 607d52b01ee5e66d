#include "store/run_owner.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>

namespace rasad {
namespace {

std::string HostName() {
  char buf[256] = {};
  if (gethostname(buf, sizeof buf - 1) != 0) return {};
  return buf;
}

// Field 22 of /proc/PID/stat (starttime, in clock ticks since boot); 0 where unreadable. The
// command name (field 2) is in parentheses and may hold spaces, so fields are counted after the
// last ')'.
int64_t StartTicks(int64_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!in || !std::getline(in, line)) return 0;
  size_t close = line.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(line.substr(close + 1));
  std::string field;
  for (int i = 3; i <= 22; ++i) {
    if (!(fields >> field)) return 0;
  }
  try {
    return std::stoll(field);
  } catch (...) {
    return 0;
  }
}

}  // namespace

RunOwner ThisProcess() {
  int64_t pid = ::getpid();
  return {HostName(), pid, StartTicks(pid)};
}

OwnerState CheckOwner(const RunOwner& owner) {
  if (owner.pid <= 0 || owner.host.empty() || owner.host != HostName()) return OwnerState::kUnknown;
  if (::kill(static_cast<pid_t>(owner.pid), 0) != 0 && errno == ESRCH) return OwnerState::kGone;
  // The pid is taken; by the owner unless it started at another time (the pid was reused).
  int64_t start = StartTicks(owner.pid);
  if (owner.start_ticks != 0 && start != 0 && start != owner.start_ticks) return OwnerState::kGone;
  return OwnerState::kAlive;
}

}  // namespace rasad
