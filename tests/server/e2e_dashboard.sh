#!/usr/bin/env bash
# Browser end-to-end test of the dashboard against the real server.
#
#   tests/server/e2e_dashboard.sh RASAD_BINARY [OUT_DIR]
#
# Builds a temporary store from the seed article (../shared, dated 2019-06-26) and the bundled
# sample corpus, starts `rasad serve --port 0` on it, runs tests/e2e/dashboard.e2e.mjs in headless
# chromium (screenshots go to OUT_DIR, default build/e2e-artifacts) and stops the server. Exit
# status: the e2e script's (0 pass, 1 a check failed, 2 setup error), 77 = skipped because
# ../shared, /usr/bin/chromium, node, web/dist or web/node_modules is missing.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RASAD="${1:?usage: e2e_dashboard.sh RASAD_BINARY [OUT_DIR]}"
OUT="${2:-$ROOT/build/e2e-artifacts}"
SEED="$ROOT/../shared/data/seed/000_9f765767280b0742.txt"

skip() { echo "e2e_dashboard: SKIP: $*"; exit 77; }
[ -f "$SEED" ] || skip "no seed article at $SEED (../shared is absent)"
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || skip "no chromium (run scripts/setup_web.sh)"
command -v node >/dev/null 2>&1 || skip "no node"
[ -f "$ROOT/web/dist/index.html" ] || skip "web/dist is not built (run scripts/setup_web.sh)"
[ -d "$ROOT/web/node_modules" ] || skip "web/node_modules is missing (run scripts/setup_web.sh)"
[ -x "$RASAD" ] || { echo "e2e_dashboard: no rasad binary at $RASAD"; exit 2; }

TMP="$(mktemp -d)"
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null
    wait "$PID" 2>/dev/null
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

DB="$TMP/e2e.db"
"$RASAD" ingest --quiet --db "$DB" --date 2019-06-26 "$SEED"
[ $? -le 1 ] || { echo "e2e_dashboard: ingest of the seed article failed"; exit 2; }
"$RASAD" ingest --quiet --db "$DB" "$ROOT/data/sample/corpus.jsonl"
[ $? -le 1 ] || { echo "e2e_dashboard: ingest of data/sample/corpus.jsonl failed"; exit 2; }

"$RASAD" serve --db "$DB" --port 0 --web "$ROOT/web/dist" >"$TMP/serve.out" 2>"$TMP/serve.err" &
PID=$!
URL=""
for _ in $(seq 1 600); do
  URL="$(sed -n 's/^rasad serve: listening on \(http:[^ ]*\)$/\1/p' "$TMP/serve.out")"
  [ -n "$URL" ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$URL" ]; then
  echo "e2e_dashboard: rasad serve did not start:"
  cat "$TMP/serve.err"
  exit 2
fi
echo "e2e_dashboard: server at $URL (pid $PID)"

mkdir -p "$OUT"
node "$ROOT/tests/e2e/dashboard.e2e.mjs" --base-url "$URL" --out "$OUT"
RC=$?

kill -TERM "$PID"
wait "$PID"
SERVE_RC=$?
PID=""
if [ "$SERVE_RC" -ne 0 ]; then
  echo "e2e_dashboard: rasad serve exited with $SERVE_RC on SIGTERM:"
  cat "$TMP/serve.err"
  [ "$RC" -ne 0 ] || RC=1
fi
exit "$RC"
