#!/usr/bin/env bash
# Configures and builds rasad (Release, Ninja) into build/. The CLI is build/rasad.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache, when a developer has installed it, makes rebuilds of unchanged files instant; setup.sh does
# not install it and the build is the same without it.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset default "${launcher[@]}" >/dev/null
cmake --build --preset default -j"$(nproc)"
