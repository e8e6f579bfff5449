#!/usr/bin/env bash
# Scores `brief annotate` against the seed gold file and every dev set in ../shared/eval.
# usage: scripts/eval.sh [BRIEF_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
brief=${1:-$here/.build/release/brief}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

to_input() { # gold file -> {"id","text"} lines
  python3 -c 'import json,sys
raw=open(sys.argv[1],encoding="utf-8").read().strip()
docs=[json.loads(raw)] if raw.startswith("{") and "\n{" not in raw else [json.loads(l) for l in raw.splitlines() if l.strip()]
for d in docs: print(json.dumps({"id":d["id"],"text":d.get(sys.argv[2]) or d.get("text")}, ensure_ascii=False))' "$1" "${2:-text}"
}

echo "== seed: entities (all types) and quotes"
to_input "$shared/seed/lavrov-alaska-summit.gold.json" | "$brief" annotate > "$out/seed.jsonl"
python3 "$shared/eval/score.py" "$shared/seed/lavrov-alaska-summit.gold.json" "$out/seed.jsonl"

for gold in "$shared"/eval/dev/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); sys.exit(0 if "raw_text" in d else 1)' "$gold"; then
    echo "== $name: article bodies"
    to_input "$gold" raw_text | "$brief" annotate --article > "$out/$name.jsonl"
    python3 "$shared/eval/score_clean.py" "$gold" "$out/$name.jsonl"
  else
    echo "== $name: entities (PERSON, PLACE, ORG) and quotes"
    to_input "$gold" | "$brief" annotate > "$out/$name.jsonl"
    python3 "$shared/eval/score.py" "$gold" "$out/$name.jsonl" --types PERSON,PLACE,ORG | grep -vE "\(tp 0, fp 0, fn 0\)|0/0 = |overlap +P 0.000"
  fi
done
