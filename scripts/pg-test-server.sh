#!/usr/bin/env bash
# A throwaway Debian PostgreSQL on its own port and data dir, run as the postgres user: CI proves the
# API against an external server through DATABASE_URL with it.
# usage: pg-test-server.sh start|stop   env: PGTEST_DIR (default ${TMPDIR:-/tmp}/jicai-pgtest), PGTEST_PORT (55432)
set -euo pipefail
DIR=${PGTEST_DIR:-${TMPDIR:-/tmp}/jicai-pgtest}; PORT=${PGTEST_PORT:-55432}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBIN" ]; then
  [ "$(id -u)" = 0 ] || { echo "no PostgreSQL server: apt-get install -y postgresql" >&2; exit 1; }
  echo "installing Debian's postgresql…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 start \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop) as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true ;;
esac
