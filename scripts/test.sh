#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, run the whole default test suite.
# Slow, corpus-scale tests are labelled `slow` and run with: ctest --preset slow
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --preset default -j"$(nproc)"
