#!/usr/bin/env bash
# Counts the instructions of one `brief build` under valgrind's callgrind: unlike wall or CPU
# time, the count barely moves from run to run (0.03 % for a full build), so two binaries can be
# compared on a busy machine. Needs valgrind (apt-get install valgrind).
# usage: scripts/count-instructions.sh BRIEF_BINARY SITE_FOLDER OUTPUT_FOLDER [callgrind output file]
# The build is whatever the site's state makes it: delete SITE/.brief-cache first for a full build.
# The cache is keyed by the executable, and the copy run here (debug information stripped: valgrind's
# reader rejects the static Swift runtime's) is its own executable: build with the same copy
# (printed below) before timing a rebuild.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,9p "$0"; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
binary=$1 site=$2 output=$3 profile=${4:-/dev/null}
stripped="$(dirname "$(readlink -f "$binary")")/$(basename "$binary")-nodebug"
[ "$stripped" -nt "$binary" ] || objcopy --strip-debug "$binary" "$stripped"
echo "counting: $stripped build --site $site --output $output" >&2
valgrind --tool=callgrind --callgrind-out-file="$profile" "$stripped" build --site "$site" --output "$output" --quiet 2>&1 \
  | sed -n 's/.*I   refs: *//p'
