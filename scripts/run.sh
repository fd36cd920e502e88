#!/usr/bin/env bash
# Quick start, command 1: install everything and open AnJia Desk on its embedded database.
# Extra arguments go to the app, e.g. `bash scripts/run.sh --db /tmp/try.db`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/anjia-desk "$@"
