#!/bin/sh
# Regenerates the checked-in PNG icons from their SVG source (assets/icons). The build and CI use
# the PNGs in public/icons and need no image tool; run this after editing an SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }
mkdir -p public/icons
rsvg-convert -w 16 -h 16 assets/icons/icon-16.svg -o public/icons/16.png
for size in 32 48; do
  rsvg-convert -w "$size" -h "$size" assets/icons/icon.svg -o "public/icons/$size.png"
done
# 128 px is the stores' icon: 96 px of artwork inside 16 px of transparent padding (Chrome Web
# Store's image guidelines), the same drawing seen through a viewBox a third larger.
sed 's/viewBox="0 0 128 128"/viewBox="-21.333 -21.333 170.667 170.667"/' assets/icons/icon.svg | rsvg-convert -w 128 -h 128 -o public/icons/128.png
echo "wrote public/icons/{16,32,48,128}.png"
