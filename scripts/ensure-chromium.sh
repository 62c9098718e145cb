#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Playwright; install it when it is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "ensure-chromium: installing Debian's chromium package"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium
