#!/bin/sh
# Regenerates the checked-in PNG icons from their SVG source (assets/icons). The build and CI use
# the PNGs in public/icons and need no image tool; run this after editing an SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }
mkdir -p public/icons
rsvg-convert -w 16 -h 16 assets/icons/icon-16.svg -o public/icons/16.png
for size in 32 48 128; do
  rsvg-convert -w "$size" -h "$size" assets/icons/icon.svg -o "public/icons/$size.png"
done
echo "wrote public/icons/{16,32,48,128}.png"
