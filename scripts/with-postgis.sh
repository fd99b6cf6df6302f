#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL+PostGIS server on a local socket and TEST_POSTGIS_URL set.
# Without PostgreSQL binaries the command runs as it is (PostGIS tests then skip, or fail under CI).
set -uo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/postgres" ]; then
  echo "with-postgis: no PostgreSQL server found; running without it" >&2
  exec "$@"
fi
dir=$(mktemp -d /tmp/incidents-pg.XXXXXX)
port=${TEST_PG_PORT:-54329}
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
"${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -p $port -c listen_addresses='' -c fsync=off" start >/dev/null || { cat "$dir/server.log"; exit 1; }
cleanup() { "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
psql="$bindir/psql"; [ -x "$psql" ] || psql=psql
"$psql" -h "$dir" -p "$port" -U postgres -qc "CREATE DATABASE incidents_test" >/dev/null || exit 1
"$psql" -h "$dir" -p "$port" -U postgres -d incidents_test -qc "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null || exit 1
export TEST_POSTGIS_URL="postgresql+psycopg://postgres@/incidents_test?host=$dir&port=$port"
"$@"
