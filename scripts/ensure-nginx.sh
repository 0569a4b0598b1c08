#!/usr/bin/env bash
# The hosting tests serve the build through Debian's nginx. Installs it when
# missing and we are root with apt-get; otherwise says what to install.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "nginx ontbreekt; installeren met apt-get (package nginx-light)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  command -v nginx >/dev/null 2>&1 && exit 0
fi
cat >&2 <<MSG
nginx not found.
The hosting tests serve the build through nginx with deploy/nginx/. Install it as root:
  apt-get update && apt-get install -y nginx-light
MSG
exit 1
