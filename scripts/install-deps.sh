#!/usr/bin/env bash
# Installs the Debian 12 packages Scorecard needs, only those that are missing.
set -euo pipefail
packages=(build-essential qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgtest-dev libgmock-dev
          libbenchmark-dev ninja-build cmake xvfb xauth poppler-utils sqlite3 libsqlite3-dev
          postgresql libpq-dev openssl libquazip1-qt6-dev qtkeychain-qt6-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
