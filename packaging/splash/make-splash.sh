#!/usr/bin/env bash
# Draws the splash image the launcher shows before Java starts (ADR 0031): the app icon and its name on the
# sidebar colour, with the accent line of the app. Only the app's name is written on it, so it needs no translation.
# Needs ImageMagick's convert and the DejaVu fonts (Debian: imagemagick, fonts-dejavu).
set -euo pipefail
cd "$(dirname "$0")"
convert -size 480x280 xc:'#f3f5f8' \
  \( ../icons/mvi-werkboek-256.png -resize 112x112 \) -geometry +44+84 -composite \
  -font DejaVu-Sans-Bold -pointsize 34 -fill '#1f2937' -annotate +184+150 'MVI Werkboek' \
  -fill '#1f5fa8' -draw 'rectangle 184,166 436,170' \
  -stroke '#d0d7de' -fill none -draw 'rectangle 0,0 479,279' \
  -strip -depth 8 splash.png
echo "splash.png written"
