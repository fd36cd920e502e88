#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks (issue 15): Debian's server, a data
# folder of its own, a private port on 127.0.0.1 only, trust authentication (nothing but this
# machine can reach it), fsync off (it is thrown away). Nothing of the machine's own PostgreSQL
# service is touched.
#
#   bash scripts/pg_cluster.sh start DIR PORT   # prints the admin URL on its last line
#   bash scripts/pg_cluster.sh stop DIR
#
# As root the server runs as the `postgres` user (initdb refuses root); otherwise as you.
set -euo pipefail
cmd="${1:?start|stop}"; dir="${2:?DIR}"; port="${3:-55432}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "安装 PostgreSQL（测试用的临时数据库服务器）" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
