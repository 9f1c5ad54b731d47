#!/usr/bin/env bash
# The nginx suite: the built app (dist/) behind deploy/nginx.conf, in Debian's Chromium.
# Builds nothing: run `npx vite build` first. Installs Debian's nginx when missing (as root) and
# starts/stops it itself (global-setup.ts, global-teardown.ts). Extra arguments go to Playwright.
# Exits with Playwright's status; results in reports/e2e-nginx.json.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f dist/index.html ] || [ ! -f dist/sw.js ] || [ ! -d dist/assets ]; then
  echo "dist/ is not built: run 'npx vite build' first, then tests/e2e-nginx/run.sh again."
  exit 1
fi
mkdir -p reports
npx playwright test -c tests/e2e-nginx/playwright.config.ts "$@"
exit $?
