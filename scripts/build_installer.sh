#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller (build_installer.spec) and tries the built app:
# --version, demo, print visitor-form, an Excel export + re-import and head office's 日报 on a scratch database, and a
# demo + export on a throwaway PostgreSQL cluster (the bundled psycopg). Only the Linux build is tried here;
# the same spec is meant for Windows (run it there with the same command in Git Bash).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec
app="dist/anjia-desk/anjia-desk"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export ANJIA_DESK_HOME="$scratch/home" QT_QPA_PLATFORM=offscreen
show_log() { tail -n 30 "$ANJIA_DESK_HOME/logs/anjia-desk.log" 2>/dev/null || true; }
trap 'show_log; rm -rf "$scratch"' ERR
"$app" --version
"$app" --db "$scratch/demo.db" demo > "$scratch/demo.txt"
head -3 "$scratch/demo.txt"
"$app" --db "$scratch/demo.db" print visitor-form --out "$scratch/visitor-form.pdf"
test -s "$scratch/visitor-form.pdf"
head -c 5 "$scratch/visitor-form.pdf" | grep -q "%PDF-"
# Excel out and back in (python-calamine and xlsxwriter are loaded on first use only).
"$app" --db "$scratch/demo.db" export customers --out "$scratch/customers.xlsx"
"$app" --db "$scratch/again.db" import customers "$scratch/customers.xlsx" --json | tail -1
# Head office's 日报 from the bundled template (resources/report_templates, issue 19).
"$app" --db "$scratch/demo.db" report daily --out "$scratch/daily.xlsx"
test -s "$scratch/daily.xlsx"
# PostgreSQL through the bundled driver (issue 15): a throwaway cluster, a demo and an export.
pg_dir="$(mktemp -d /tmp/anjia-pg-build-XXXXXX)"
pg_port="$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
trap 'bash scripts/pg_cluster.sh stop "$pg_dir"; rm -rf "$scratch"' EXIT
pg_admin="$(bash scripts/pg_cluster.sh start "$pg_dir" "$pg_port" | tail -1)"
.venv/bin/python -c "import psycopg, sys; psycopg.connect(sys.argv[1], autocommit=True).execute('CREATE DATABASE built_app')" "$pg_admin"
pg_url="postgresql://postgres@127.0.0.1:$pg_port/built_app"
"$app" --db "$pg_url" demo --customers 50 | tail -1
"$app" --db "$pg_url" export customers --out "$scratch/pg-customers.xlsx"
test -s "$scratch/pg-customers.xlsx"
bash scripts/pg_cluster.sh stop "$pg_dir"
trap 'rm -rf "$scratch"' EXIT
# The window itself: start, show the login dialog, quit (catches missing Qt libraries/plugins).
ANJIA_DESK_BENCH_EXIT_ON_LOGIN=1 "$app" --db "$scratch/demo.db"
echo "built app OK: $(du -sh dist/anjia-desk | cut -f1) in dist/anjia-desk"
