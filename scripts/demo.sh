#!/usr/bin/env bash
# Set everything up, generate the demo archive (SMP conference, Brussels 2022), catalogue it
# and open the desktop app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/smparchive demo "$@"
