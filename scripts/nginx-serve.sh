#!/usr/bin/env bash
# Serves the production build through nginx with the repository's configuration
# (deploy/nginx/), on 127.0.0.1:$NGINX_PORT (default 3220), in the foreground.
# Used by scripts/test.sh to run the browser tests through the real headers.
#   BUILD_DIR   the build folder (default build)
#   NGINX_PORT  the loopback port (default 3220)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin"
bash scripts/ensure-nginx.sh
port="${NGINX_PORT:-3220}"
build_dir="$(cd "${BUILD_DIR:-build}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/bot-nginx.XXXXXX")"
mkdir -p "$work/conf/bot-kennisbank" "$work/logs" "$work/tmp"
cp deploy/nginx/site.conf deploy/nginx/security-headers.conf deploy/nginx/email-headers.conf "$work/conf/bot-kennisbank/"
mime_types=/etc/nginx/mime.types
cat >"$work/conf/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include $mime_types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    server_name localhost;
    root $build_dir;
    include bot-kennisbank/site.conf;
  }
}
CONF
echo "nginx serveert $build_dir op http://127.0.0.1:$port/"
exec nginx -p "$work" -c "$work/conf/nginx.conf"
