#!/usr/bin/env bash
# Writes the class-data-sharing archive (AppCDS) of a Linux app-image: runs the app once with --smoke under a
# virtual display and keeps the classes it loaded in lib/app/mvi-werkboek.jsa, which the launcher maps at
# start (its cfg has -XX:SharedArchiveFile=$APPDIR/mvi-werkboek.jsa -Xshare:auto). Without Xvfb it does nothing:
# the app then starts without the archive, just a little slower.
# Usage: packaging/linux/make-cds-archive.sh "target/jpackage/MVI Werkboek"
set -euo pipefail
image=$(cd "$1" && pwd)
app="$image/lib/app"
cfg="$app/MVI Werkboek.cfg"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "make-cds-archive: xvfb-run not found; the app-image has no CDS archive (starts a little slower)"
  exit 0
fi
# the class path exactly as the launcher builds it from the cfg, so that the archive matches at start
classpath=$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=||; s|\\\$APPDIR|$app|" | paste -sd: -)
options=$(grep '^java-options=' "$cfg" | sed 's/^java-options=//' | grep -v -e SharedArchiveFile -e Xshare -e -splash: | tr '\n' ' ')
rm -f "$app/mvi-werkboek.jsa"
# shellcheck disable=SC2086
xvfb-run -a "$image/lib/runtime/bin/java" $options -XX:ArchiveClassesAtExit="$app/mvi-werkboek.jsa" \
  -cp "$classpath" nl.mviwerkboek.app.Launcher --smoke > /dev/null 2>&1 || true
if [ -s "$app/mvi-werkboek.jsa" ]; then
  echo "make-cds-archive: $(du -h "$app/mvi-werkboek.jsa" | cut -f1) archive written"
else
  echo "make-cds-archive: no archive written; the app starts without it"
fi
