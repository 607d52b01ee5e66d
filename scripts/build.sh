#!/usr/bin/env bash
# Configures and builds rasad (Release, Ninja) into build/. The CLI is build/rasad.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"
