#!/usr/bin/env bash
# Installs every Debian 12 package rasad needs to build, test and run. Idempotent and
# non-interactive; run as root (or with sudo available). See README.md for why each is needed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3   # toolchain
  clang libclang-rt-14-dev                                    # libFuzzer and sanitizer runtimes
  libicu-dev                                                  # Unicode normalization, character classes
  libsqlite3-dev sqlite3                                      # the embedded event store
  nlohmann-json3-dev                                          # JSON output, error messages for bad JSON input
  libsimdjson-dev                                             # fast JSON Lines input
  libcli11-dev                                                # command-line parsing
  libfmt-dev                                                  # formatting
  libabsl-dev                                                 # absl::InlinedVector: small lists held inline
  libcpp-httplib-dev                                          # HTTP API server
  libgtest-dev libgmock-dev libbenchmark-dev                  # tests and benchmarks
  hunspell-ar                                                 # Arabic word list for clitic validation
  libgeonames-dev libgeonames0 libgeonames-common libglib2.0-dev  # GeoNames cities with Arabic names
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi
