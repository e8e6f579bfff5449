#!/usr/bin/env bash
# Screenshots of a built site at desktop (1280 px) and phone (390 px) width, with headless
# Chromium over file:// URLs, into docs/screenshots/ as NAME-desktop.png and NAME-phone.png.
# usage: scripts/screenshots.sh [PUBLIC_DIR] [PAGE...]
#   PAGE is a site path (briefings/x/index.html); pages that do not exist are skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
site=$(cd "${1:-$here/public}" && pwd)
shift || true
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(index.html briefings/lavrov-alaska-summit/index.html entities/sergei-lavrov/index.html search/index.html?q=lavrov)
out=$here/docs/screenshots
mkdir -p "$out"
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
for page in "${pages[@]}"; do
  file=${page%%\?*}
  if [ ! -f "$site/$file" ]; then
    echo "skip $page (not in $site)"
    continue
  fi
  # home for index.html, else the first folder name(s): briefings/x/index.html -> briefing-x
  name=$(printf '%s' "$file" | sed -e 's#/index\.html$##' -e 's#^index\.html$#home#' -e 's#^briefings/#briefing-#' -e 's#^entities/#entity-#' -e 's#/#-#g')
  for size in desktop:1280,800 phone:390,800; do
    label=${size%%:*}
    "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
      --window-size="${size#*:}" --screenshot="$out/$name-$label.png" "file://$site/$page" >/dev/null 2>&1
    echo "wrote docs/screenshots/$name-$label.png"
  done
done
