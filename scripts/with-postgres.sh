#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster (Debian's postgresql package):
#   scripts/with-postgres.sh npm test
# Installs PostgreSQL with apt if missing, starts a cluster on port 55432 in a temp dir, exports
# DATABASE_URL for the command, and always stops and removes the cluster afterwards.
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

PORT=${PG_TEST_PORT:-55432}
DIR=$(mktemp -d /tmp/ldm-pg-XXXXXX)
chown postgres "$DIR" 2>/dev/null || true
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

as_postgres "'$PG_BIN/initdb' -D '$DIR/data' -A trust -U postgres >/dev/null"
as_postgres "'$PG_BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -o \"-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" -w start >/dev/null"
cleanup() { as_postgres "'$PG_BIN/pg_ctl' -D '$DIR/data' -m fast stop >/dev/null" || true; rm -rf "$DIR"; }
trap cleanup EXIT

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on $DATABASE_URL" >&2
"$@"
