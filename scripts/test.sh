#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, run the whole default test suite
# (unit, golden, store, HTTP API, and the dashboard in headless Chromium).
# Slow, corpus-scale tests are labelled `slow` and run with: ctest --preset slow
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_web.sh
bash scripts/build.sh
ctest --preset default -j"$(nproc)"
