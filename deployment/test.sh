#!/usr/bin/env bash
# Runs every test: unit, Arquillian integration (Payara Micro + MariaDB) and browser tests.
# Installs what the tests need and Maven cannot bring (Debian's headless Chromium and its driver).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

mvn -B -ntp verify "$@"
