#!/usr/bin/env bash
# Installs the Debian packages brief needs to build (and, with --test, to run its full test suite).
set -euo pipefail
need=(libcmark-dev pkg-config)
missing=()
for pkg in "${need[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}"
fi
