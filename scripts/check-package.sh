#!/usr/bin/env bash
# Builds the Debian package from an existing build folder and checks that it
# holds what a desktop install needs and depends on the libraries it loads.
# usage: scripts/check-package.sh [BUILD_DIR]   (default: build-tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-tests}
rm -f "$build"/scorecard_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/scorecard_*.deb)
echo "Package: $deb"
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
status=0
for want in ./usr/bin/scorecard \
            ./usr/lib/scorecard/scorecard-gui.so \
            ./usr/lib/scorecard/scorecard-report.so \
            ./usr/share/applications/scorecard.desktop \
            ./usr/share/icons/hicolor/scalable/apps/scorecard.svg \
            ./usr/share/metainfo/io.github.scorecard.Scorecard.metainfo.xml \
            ./usr/share/man/man1/scorecard.1 \
            ./usr/share/doc/scorecard/README.md; do
  if ! grep -qx "$want" <<<"$files"; then
    echo "missing from the package: $want"; status=1
  fi
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libpq5 qt6-qpa-plugins; do
  if ! grep -q "\b$lib\b" <<<"$depends"; then
    echo "the package does not depend on $lib"; status=1
  fi
done
# The desktop file and metainfo must be valid where the validators exist.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate resources/scorecard.desktop || status=1
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic resources/io.github.scorecard.Scorecard.metainfo.xml || status=1
fi
[ $status -eq 0 ] && echo "package ok"
exit $status
