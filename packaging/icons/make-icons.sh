#!/usr/bin/env bash
# Renders the app icon from mvi-werkboek.svg into the files the installers need:
#   mvi-werkboek.png (512, Linux), mvi-werkboek-<n>.png, mvi-werkboek.ico (Windows), mvi-werkboek.icns (macOS)
# and the window icons in src/main/resources/nl/mviwerkboek/app/icons/.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert and png2icns (Debian: icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for n in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$n" -h "$n" mvi-werkboek.svg -o "mvi-werkboek-$n.png"
done
cp mvi-werkboek-512.png mvi-werkboek.png
convert mvi-werkboek-16.png mvi-werkboek-24.png mvi-werkboek-32.png mvi-werkboek-48.png mvi-werkboek-64.png \
  mvi-werkboek-128.png mvi-werkboek-256.png mvi-werkboek.ico
png2icns mvi-werkboek.icns mvi-werkboek-16.png mvi-werkboek-32.png mvi-werkboek-48.png mvi-werkboek-128.png \
  mvi-werkboek-256.png mvi-werkboek-512.png >/dev/null
resources=../../src/main/resources/nl/mviwerkboek/app/icons
mkdir -p "$resources"
for n in 16 32 64 256; do cp "mvi-werkboek-$n.png" "$resources/"; done
rm mvi-werkboek-24.png mvi-werkboek-48.png mvi-werkboek-128.png mvi-werkboek-512.png
echo "icons written"
