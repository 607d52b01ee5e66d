#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, and run the main job on the bundled
# sample with the embedded store: ingest data/sample (40 articles written for rasad, with wire
# copies and independent reports of the same events, plus one single article) into the SQLite store
# build/sample.db, print what was found, and show the latest attacks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_web.sh
bash scripts/build.sh
DB=build/sample.db
# Idempotent: running this again stores nothing twice.
./build/rasad ingest --db "$DB" --date 2024-06-02 data/sample/corpus.jsonl data/sample/sample_article.txt
# The full-text index and summary tables the dashboard's API uses; later ingests keep them up to date.
./build/rasad index --db "$DB"
echo
echo "Latest attacks (rasad query --db $DB --type ASSAULT):"
./build/rasad query --db "$DB" --type ASSAULT --limit 12 --format table
cat <<MSG

The store is $DB (SQLite). Next:
  ./build/rasad query  --db $DB --country SDN            # filters: --from --to --actor --type --place --bbox --text
  ./build/rasad export --db $DB --format acled-csv        # also plover-jsonl, gdelt-tsv, geojson
  ./build/rasad serve  --db $DB                           # dashboard and API on http://127.0.0.1:8080/
MSG
