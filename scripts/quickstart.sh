#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, and run the main job on the bundled
# sample: code its events (rasad code) and print them, one line each.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
./build/rasad code --date 2024-06-02 data/sample/sample_article.txt > build/sample_events.jsonl
python3 - build/sample_events.jsonl <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
def actor(a):
    return f"{a['text']} [{a.get('country') or '-'}/{a.get('sector') or '-'}]" if a else "-"
for e in events:
    place = e["location"]["name_en"] if e["location"] else "-"
    flags = ("negated " if e["negated"] else "") + e["modality"]
    deaths = f" fatalities={e['fatalities']}" if e["fatalities"] else ""
    print(f"{e['event']:9} {e['cameo']:5} {actor(e['source'])} -> {actor(e['target'])} @ {place}{deaths} ({flags}) «{e['trigger']['text']}»")
print(f"\n{len(events)} events from data/sample/sample_article.txt; full records in build/sample_events.jsonl; the CLI is build/rasad")
PY
