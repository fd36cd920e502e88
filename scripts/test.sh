#!/usr/bin/env bash
# Quick start, command 2: install everything and run the checks: ruff, mypy (strict on core/, excel/ and
# services/), and the test suite with a 90% branch-coverage floor on core/, excel/ and services/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
echo "== mypy"; .venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest -p no:cacheprovider \
  --cov=anjia_desk.core --cov=anjia_desk.services --cov=anjia_desk.excel --cov-branch --cov-fail-under=90 \
  --cov-report=term "$@"
