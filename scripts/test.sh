#!/usr/bin/env bash
# The whole test suite, as the README and .ci/run call it. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin"
mkdir -p test-results

step() { printf '\n==> %s\n' "$*"; }

step "Chromium (Debian package) for the browser tests"
bash scripts/ensure-chromium.sh

step "nginx (Debian package) to serve the build with the site's security headers"
bash scripts/ensure-nginx.sh

step "Type check"
npm run --silent typecheck

step "Lint"
npm run --silent lint

step "Format check"
npm run --silent format:check

step "Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

step "Production build"
npm run --silent build

step "Security headers match the build's inline scripts (npm run headers:check)"
npm run --silent headers:check

step "Browser tests (Playwright, against the production build served by nginx)"
nginx_port="${NGINX_PORT:-3220}"
nginx_log="${TMPDIR:-/tmp}/bot-kennisbank-nginx.log"
bash scripts/nginx-serve.sh >"$nginx_log" 2>&1 &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  node -e "fetch('http://127.0.0.1:$nginx_port/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$nginx_log" >&2; exit 1; }
  sleep 0.2
done
E2E_BASE_URL="http://127.0.0.1:$nginx_port" npx playwright test

step "Summary"
node scripts/summarize-tests.mjs
