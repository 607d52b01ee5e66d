#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, run the main job on the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
./build/rasad tokens data/sample/sample_article.txt | head -n 20
echo "..."
echo "quickstart: tokens of data/sample/sample_article.txt printed above (first 20); the CLI is build/rasad"
