#!/usr/bin/env bash
# Browser tests need Debian's Chromium: Playwright cannot download browsers here.
# Installs it when missing and we are root with apt-get; otherwise says what to install.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt; installeren met apt-get (package chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
cat >&2 <<MSG
Chromium not found at $chromium_path.
The browser tests need Debian's Chromium. Install it as root:
  apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.
MSG
exit 1
