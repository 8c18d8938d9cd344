#!/usr/bin/env sh
# The e2e tiers drive Debian's chromium and firefox-esr. Installs the missing ones when it may
# (root, apt-get), otherwise stops at once with the one command to run.
# Usage: scripts/ensure-browsers.sh [chromium] [firefox-esr]   (no argument: both)
set -eu
[ $# -gt 0 ] || set -- chromium firefox-esr
missing=''
for package in "$@"; do
  case "$package" in
    chromium) binary="${CHROMIUM_PATH:-/usr/bin/chromium}" ;;
    firefox-esr) binary="${FIREFOX_PATH:-/usr/bin/firefox-esr}" ;;
    *) echo "ensure-browsers: unknown browser '$package' (chromium, firefox-esr)" >&2; exit 2 ;;
  esac
  [ -x "$binary" ] || missing="$missing $package"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing$missing for the browser tests (apt-get)…" >&2
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit 0
fi
echo "The browser tests need$missing. Install, then run the tests again:" >&2
echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
exit 1
