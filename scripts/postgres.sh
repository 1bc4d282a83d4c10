# Throwaway PostgreSQL on 127.0.0.1, shared by test.sh and bench.sh (source it, do not run it).
#   pg_install_if_missing   installs the server from Debian's packages when initdb is missing
#   pg_start                initdb + start on a free port in a temporary folder; sets PG_PORT, PG_DIR
#                           and PG_ADMIN_CONNECTION (an Npgsql connection string for the postgres user)
#   pg_create_database NAME creates an empty database and prints its connection string
#   pg_stop                 stops the server and removes its folder (safe to call twice)
# As root the server runs as the postgres user (initdb refuses root); trust authentication on
# 127.0.0.1 only; fsync off: the data is thrown away.

pg_log() { printf '\n== %s\n' "$*"; }
pg_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_apt_updated=""
pg_apt_install() {
  [ -n "$pg_apt_updated" ] || { pg_as_root apt-get update -qq; pg_apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive pg_as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_install_if_missing() {
  if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then
    pg_log "installing PostgreSQL server"
    pg_apt_install postgresql
  fi
  PG_BIN="$(pg_bindir)"
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  pg_install_if_missing
  PG_PORT="$(pg_free_port)"
  PG_DIR="$(mktemp -d /tmp/clusterworkflow-pg.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; chmod 700 "$PG_DIR"; fi
  pg_log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
  PG_ADMIN_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

pg_create_database() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -q -c "CREATE DATABASE $1" >/dev/null
  echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$1;Pooling=true;Maximum Pool Size=50"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
