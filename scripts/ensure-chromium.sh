#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its
# own browser here). Installs it when missing, so `npm test` works on a
# fresh machine.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here: install Chromium yourself and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "Chromium still not found at $CHROMIUM after installing." >&2; exit 1; }
