#!/usr/bin/env bash
# Quick start, command 2: install everything and run the checks: ruff, mypy (strict on core/, db/,
# services/, excel/, pdf/ and ui/), the test suite with a 90% branch-coverage floor on core/,
# excel/ and services/, then
# tests/core and tests/services once more with the clock moved to 2031 (Debian's faketime), so a
# test that reads the wall clock fails here rather than on some future date.
# Both pytest runs spread the tests over the machine's cores (pytest-xdist, `-n auto`; each worker
# has its own data directory). Extra arguments go to the main pytest run (e.g.
# `bash scripts/test.sh tests/ui -x`, or `-n 0` to run in one process); with any, the faketime
# pass is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
echo "== mypy"; .venv/bin/mypy
if [ $# -eq 0 ]; then
  echo "== pytest, clock moved to 2031-07-01 (tests/core, tests/services)"
  ANJIA_TEST_PG="" faketime '2031-07-01 10:00:00' .venv/bin/python -m pytest -p no:cacheprovider -q -n auto \
    tests/core tests/services
fi
if [ -z "${ANJIA_TEST_PG:-}" ]; then
  PG_DIR="$(mktemp -d /tmp/anjia-pg-XXXXXX)"
  PG_PORT="$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  trap 'bash scripts/pg_cluster.sh stop "$PG_DIR"' EXIT
  echo "== PostgreSQL: a throwaway cluster on 127.0.0.1:$PG_PORT"
  ANJIA_TEST_PG="$(bash scripts/pg_cluster.sh start "$PG_DIR" "$PG_PORT" | tail -1)"
fi
[ "$ANJIA_TEST_PG" = "off" ] && ANJIA_TEST_PG=""
export ANJIA_TEST_PG
echo "== pytest${ANJIA_TEST_PG:+ (tests/db and tests/services on SQLite and on PostgreSQL)}"
.venv/bin/python -m pytest -p no:cacheprovider -n auto \
  --cov=anjia_desk.core --cov=anjia_desk.services --cov=anjia_desk.excel --cov-branch --cov-fail-under=90 \
  --cov-report=term "$@"
