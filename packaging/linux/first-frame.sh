#!/usr/bin/env bash
# Measures what a person sees when the packaged app starts (docs/benchmarks.md, ADR 0031): under a virtual
# display, the time from starting the launcher to its splash image being on screen (polled with xwininfo every
# 10 ms), and --smoke's own figures: the main window's first frame and the sample plan open.
# Usage: packaging/linux/first-frame.sh "target/jpackage/MVI Werkboek" [RUNS]   (needs Xvfb and x11-utils)
set -euo pipefail
image=$(cd "$1" && pwd)
runs=${2:-5}
display=":$((200 + RANDOM % 300))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
out=$(mktemp)
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  DISPLAY=$display "$image/bin/MVI Werkboek" --smoke >"$out" 2>/dev/null &
  app=$!
  splash="-"
  while kill -0 "$app" 2>/dev/null; do
    if [ "$splash" = "-" ] && DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q ' 480x280+'; then
      splash="$(( ($(date +%s%N) - start) / 1000000 )) ms"
    fi
    sleep 0.01
  done
  wait "$app" || true
  echo "splash after $splash; $(tr '\n' ';' <"$out") load $(cut -d' ' -f1 /proc/loadavg)"
done
rm -f "$out"
