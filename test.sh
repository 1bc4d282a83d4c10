#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what is missing, starts a throwaway
# PostgreSQL server on 127.0.0.1 (a free port, a temporary folder), runs `dotnet test`, and stops
# the server again, also when tests fail. Extra arguments go to `dotnet test` (e.g. --filter X).
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- PostgreSQL server binaries -------------------------------------------------------------------
pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then
  log "installing PostgreSQL server"
  apt_install postgresql
fi
PG_BIN="$(pg_bindir)"

# --- Chromium for the UI's browser tests (Playwright drives Debian's build; no browser download) ----
# and a Devanagari font, so the Hindi screens render as text, not as boxes.
if [ ! -x /usr/bin/chromium ]; then
  log "installing Chromium"
  apt_install chromium
fi
if ! fc-list 2>/dev/null | grep -qi 'devanagari\|lohit'; then
  log "installing a Devanagari font"
  apt_install fonts-lohit-deva fontconfig
fi

# --- a throwaway server ---------------------------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }
PG_PORT="$(free_port)"
PG_DIR="$(mktemp -d /tmp/clusterworkflow-pg.XXXXXX)"
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; chmod 700 "$PG_DIR"; fi

stop_pg() {
  run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT

log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log"; exit 1; }
run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=off" start >/dev/null \
  || { cat "$PG_DIR/server.log"; exit 1; }
export CLUSTERWORKFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"

# --- build and test -------------------------------------------------------------------------------
log "restoring and building"
dotnet build ClusterWorkflow.sln -c Debug -v quiet -nologo

log "running the tests"
results="$(mktemp -d /tmp/clusterworkflow-results.XXXXXX)"
set +e
dotnet test ClusterWorkflow.sln -c Debug --no-build -nologo --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies, from their summaries.
grep -hoE '(Passed|Failed)!? +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$results/console.log" \
  | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}'
rm -rf "$results"
exit "$status"
