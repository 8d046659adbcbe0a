#!/usr/bin/env bash
# Renders the main window, the card and "My card" from the demo database
# into docs/images/ at 1280x800 and 1920x1080 (offscreen, no display needed).
#   scripts/render_screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/docs/images}"
cmake --build "$build" --target render_screenshots
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=offscreen "$build/tests/app/render_screenshots" --db "$tmp/demo.sqlite" --out "$out"
ls -1 "$out"/*.png
