#!/usr/bin/env bash
# Builds the dashboard (web/ -> web/dist) and installs what its browser test needs.
# Idempotent and non-interactive; run as root or with sudo available for the apt step.
#   - Debian's chromium (/usr/bin/chromium) for tests/e2e, if missing
#   - npm ci in web/ (skipped when node_modules matches package-lock.json)
#   - npm run build -> web/dist (relative asset paths; served by `rasad serve --web web/dist`)
# Set RASAD_SKIP_CHROMIUM=1 to skip the chromium install (build only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/web"
die() { echo "setup_web: ERROR: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node not found (Node 20.19+ is needed)"
command -v npm >/dev/null 2>&1 || die "npm not found"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node $(node -v) is too old: Vite needs Node 20.19+ or 22.12+"

# 1. chromium (and an Arabic font for readable screenshots) for the e2e test
if [ "${RASAD_SKIP_CHROMIUM:-0}" != "1" ]; then
  missing=()
  for p in chromium fonts-noto-core; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ] && [ -x /usr/bin/chromium ]; then
    echo "setup_web: chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo '?'))"
  else
    [ ${#missing[@]} -gt 0 ] || missing=(chromium)
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || die "not root and no sudo: run 'apt-get install -y ${missing[*]}' as root"
      SUDO="sudo"
    fi
    echo "setup_web: installing ${missing[*]}"
    $SUDO apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
    [ -x /usr/bin/chromium ] || die "chromium installed but /usr/bin/chromium is missing"
  fi
fi

# 2. node modules (npm ci), unless node_modules already matches the lock file
cd "$WEB"
[ -f package-lock.json ] || die "web/package-lock.json is missing"
STAMP="node_modules/.rasad-lock.sha256"
LOCK_SUM="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_SUM" ] && [ -d node_modules/vite ]; then
  echo "setup_web: node_modules up to date"
else
  echo "setup_web: npm ci"
  npm ci --no-audit --no-fund --loglevel=error || die "npm ci failed in web/"
  echo "$LOCK_SUM" > "$STAMP"
fi

# 3. build
echo "setup_web: npm run build"
npm run build --silent || die "npm run build failed in web/"
[ -f dist/index.html ] || die "build produced no web/dist/index.html"
echo "setup_web: OK: dashboard built in $WEB/dist"
