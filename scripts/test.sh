#!/usr/bin/env bash
# The whole test suite, as the README and .ci/run call it. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Chromium (Debian package) for the browser tests"
bash scripts/ensure-chromium.sh

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

step "Browser tests (Playwright, against the production build)"
npx playwright test

step "Summary"
node scripts/summarize-tests.mjs
