#!/usr/bin/env bash
# Does the suite hold on a busy 2-core machine? Runs a fresh clone's .ci/run while a second copy
# of the browser suite keeps both cores busy beside it, N times in a row (default 3), and prints
# each run's result and time. Usage: bash tests/under-load.sh [runs]
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=$(mktemp -d /tmp/wegwijzer-load.XXXXXX)
load_pid=
cleanup() {
  [ -n "$load_pid" ] && kill -- -"$load_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "== the load: the browser suite of a second clone, on its own ports, again and again"
git clone -q "$repo" "$work/load"
(cd "$work/load" && npm ci --no-audit --no-fund >/dev/null 2>&1 && npm run --silent build >/dev/null 2>&1) || {
  echo "the load clone did not build"
  exit 1
}
set -m
(cd "$work/load" && while true; do E2E_PORT=5391 NGINX_E2E_PORT=5395 npx playwright test -c tests/e2e/playwright.config.ts >/dev/null 2>&1; done) &
load_pid=$!
set +m

for run in $(seq 1 "$runs"); do
  rm -rf "$work/ci"
  git clone -q "$repo" "$work/ci"
  started=$(date +%s)
  if (cd "$work/ci" && .ci/run >"$work/ci-$run.log" 2>&1); then result=passed; else result=FAILED; fi
  echo "run $run of $runs: $result in $(($(date +%s) - started)) s: $(tail -1 "$work/ci-$run.log")"
  if [ "$result" != passed ]; then
    grep -E "✘|failed|Error" "$work/ci-$run.log" | head -40
    exit 1
  fi
done
