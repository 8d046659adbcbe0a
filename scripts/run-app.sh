#!/usr/bin/env bash
# One command: install what is missing, build, and launch the app on the
# default database (created with demo data on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCORECARD_BUILD_TESTS=OFF -DSCORECARD_BUILD_BENCH=OFF
cmake --build build --target scorecard
exec build/src/scorecard "$@"
