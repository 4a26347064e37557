#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:${PGPORT:-54329} for the tests; prints its URL.
# Needs Debian's postgresql package. Safe to call twice: a running server is reused.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA="${SALESAPP_PGDATA:-/tmp/salesapp-test-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
run_as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! run_as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA"
    # Passwords are checked over TCP (scram), as on an office server; the socket trusts the superuser.
    echo "salesapp-test" > /tmp/salesapp-test-pg.pw
    chmod 644 /tmp/salesapp-test-pg.pw
    run_as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile=/tmp/salesapp-test-pg.pw -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  run_as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
fi
echo "postgresql://postgres:salesapp-test@127.0.0.1:$PGPORT/postgres"
