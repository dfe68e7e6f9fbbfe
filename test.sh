#!/usr/bin/env bash
# Runs every test: installs what is missing (PostgreSQL), starts a throwaway PostgreSQL
# cluster on loopback for the database tests, runs the whole solution's tests, and stops
# the cluster again. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "== installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(pg_bin)

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }

# A throwaway cluster: its own folder, a free port, trust auth on loopback only.
pgdata=$(mktemp -d /tmp/configurator-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
stop_pg() { run_pg "$PGBIN/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_pg EXIT

echo "== starting PostgreSQL on 127.0.0.1:$port"
run_pg "$PGBIN/initdb" -D "$pgdata/data" -U postgres --auth=trust -E UTF8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pgdata -c fsync=off" start >/dev/null
export CONFIGURATOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"

echo "== building and testing"
dotnet test "$root/Configurator.sln" -c Release --logger "console;verbosity=minimal" "$@"
