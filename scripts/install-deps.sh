#!/usr/bin/env bash
# Installs the Debian packages brief needs to build (cmark; jemalloc, which release builds link);
# with --test also what the site tests need (headless Chromium and its driver, a Java runtime for the Nu HTML checker); with
# --bench what `make bench` compares against (Hugo, cmark's CLI, GNU time for peak memory).
set -euo pipefail
need=(libcmark-dev libjemalloc-dev pkg-config)
if [ "${1:-}" = "--test" ]; then
  need+=(chromium chromium-driver python3-venv)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fi
if [ "${1:-}" = "--bench" ]; then
  need+=(hugo cmark time)
fi
missing=()
for pkg in "${need[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # One `apt-get update` per machine run: .ci/run sets APT_UPDATED when it already did one.
  [ "${APT_UPDATED:-}" = 1 ] || $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
