#!/usr/bin/env bash
# Set everything up and run the whole test suite headless (Qt offscreen; Xvfb where needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
# The team-catalogue tests run against a throw-away local PostgreSQL server.
if [ -z "${SMPARCHIVE_TEST_PG_URL:-}" ]; then
  if url=$(bash scripts/start-test-postgres.sh); then
    export SMPARCHIVE_TEST_PG_URL="$url"
  else
    echo "PostgreSQL could not be started: its tests will be skipped" >&2
  fi
fi
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy src/smparchive/core src/smparchive/cli src/smparchive/gui
# Two processes or more (pytest-xdist; one per core, at most 4): the suite is mostly one
# busy core per test, so on the 2-core CI machine this halves the wall time. The
# PostgreSQL tests share one server and stay together in one worker (tests/conftest.py).
# SMPARCHIVE_TEST_WORKERS=0 runs everything in this process.
workers=${SMPARCHIVE_TEST_WORKERS:-$(nproc 2>/dev/null || echo 2)}
[ "$workers" -gt 4 ] && workers=4
xdist=()
# A worker that crashes stops the run, naming its test: replacing it under loadscope can
# leave the run waiting forever at its end (pytest-xdist issue 1378; seen here at 97 %).
[ "$workers" -gt 1 ] && xdist=(-n "$workers" --dist loadscope --max-worker-restart=0)
# A test still running after 5 minutes (the slowest takes ~15 s) is stopped with every
# thread's stack printed, instead of the run reaching CI's own limit.
timeout=(--timeout "${SMPARCHIVE_TEST_TIMEOUT_S:-300}" --timeout-method thread)
# -p no:cacheprovider: CI clones are read-only friendly; exit 5 (no tests) counts as failure.
set +e
.venv/bin/python -m pytest -p no:cacheprovider "${xdist[@]}" "${timeout[@]}" "$@"
code=$?
set -e
if [ "$code" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$code"
