// Running the `rasad` binary (RASAD_CLI) from a test: its exit status and what it printed.
#ifndef RASAD_TESTS_CLI_TEST_SUPPORT_H_
#define RASAD_TESTS_CLI_TEST_SUPPORT_H_

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace rasad::testing {

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `rasad ARGS` through the shell (ARGS may hold redirections and quoted paths), with its
// standard output and error captured in files under `scratch`.
inline CliRun RunRasad(const std::string& args, const std::filesystem::path& scratch) {
  std::filesystem::path out = scratch / "stdout", err = scratch / "stderr";
  std::string cmd = "'" RASAD_CLI "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "'";
  int status = std::system(cmd.c_str());
  CliRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_CLI_TEST_SUPPORT_H_
