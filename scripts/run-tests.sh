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
# -p no:cacheprovider: CI clones are read-only friendly; exit 5 (no tests) counts as failure.
set +e
.venv/bin/python -m pytest -p no:cacheprovider "$@"
code=$?
set -e
if [ "$code" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$code"
