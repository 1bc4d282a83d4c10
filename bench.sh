#!/usr/bin/env bash
# Load and fault runs of the real host on this machine, and their figures (README, "Scale").
#   1. one silo on SQLite                     5. the bad-input mix on one SQLite silo
#   2. one silo on PostgreSQL
#   3. three silos on PostgreSQL, one SIGKILLed mid-round and restarted
#   4. one silo on SQLite, SIGKILLed during a roster upload and restarted
# Each run is bounded in clusters and time, starts its own host processes on 127.0.0.1 (and a
# throwaway PostgreSQL server, as test.sh does), checks the stored round through the API, and
# prints its figures; a table of all runs closes the output. Exit code 0 when every check passed.
# Sizes: BENCH_CLUSTERS (default 48), BENCH_ENTERPRISES (500), BENCH_CONCURRENCY (4),
# BENCH_TIME_LIMIT (seconds of round per run after its set-up, 50). Arguments other than these go to every load run.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh

CLUSTERS="${BENCH_CLUSTERS:-48}"
ENTERPRISES="${BENCH_ENTERPRISES:-500}"
CONCURRENCY="${BENCH_CONCURRENCY:-4}"
TIME_LIMIT="${BENCH_TIME_LIMIT:-50}"
ADMIN_PASSWORD="bench-admin-password"
WORK="$(mktemp -d /tmp/clusterworkflow-bench.XXXXXX)"
started=$SECONDS

cleanup() { pg_stop; rm -rf "$WORK"; }
trap cleanup EXIT

pg_log "building the host and the load tool (Release)"
dotnet build host/ClusterWorkflow.Host -c Release -v quiet -nologo
dotnet build load/ClusterWorkflow.Load -c Release -v quiet -nologo
HOST_DLL="$PWD/host/ClusterWorkflow.Host/bin/Release/net10.0/ClusterWorkflow.Host.dll"
LOAD_DLL="$PWD/load/ClusterWorkflow.Load/bin/Release/net10.0/ClusterWorkflow.Load.dll"

pg_start

status=0
summaries=()
run() {
  local label="$1"; shift
  pg_log "$label"
  local out="$WORK/$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-').log"
  set +e
  dotnet "$LOAD_DLL" run --host-dll "$HOST_DLL" --admin-password "$ADMIN_PASSWORD" \
    --enterprises "$ENTERPRISES" --concurrency "$CONCURRENCY" --time-limit "$TIME_LIMIT" --label "$label" "$@" 2>&1 | tee "$out"
  local code=${PIPESTATUS[0]}
  set -e
  [ "$code" -eq 0 ] || status=1
  summaries+=("$(grep '^SUMMARY|' "$out" | tail -n 1 || echo "SUMMARY|$label|||||||||||||exit $code")")
}

run "1 silo, SQLite" --start-hosts 1 --store sqlite --work-dir "$WORK/sqlite-1" --clusters "$CLUSTERS" "${@}"
run "1 silo, PostgreSQL" --start-hosts 1 --store postgres --postgres "$(pg_create_database bench_pg1)" \
  --work-dir "$WORK/pg-1" --clusters "$CLUSTERS" "${@}"
run "3 silos, PostgreSQL, one killed" --start-hosts 3 --store postgres --postgres "$(pg_create_database bench_pg3)" \
  --work-dir "$WORK/pg-3" --clusters "$CLUSTERS" --kill-at 0.5 --kill-slot 1 "${@}"
run "1 silo, SQLite, killed in an upload" --start-hosts 1 --store sqlite --work-dir "$WORK/sqlite-kill" \
  --clusters "$((CLUSTERS / 2))" --kill-at 0.5 --kill-during-upload "${@}"
run "bad-input mix, 1 silo, SQLite" --start-hosts 1 --store sqlite --work-dir "$WORK/sqlite-bad" \
  --clusters "$((CLUSTERS / 2))" --bad-input 0.5 "${@}"

pg_log "figures ($(nproc) cores; $ENTERPRISES enterprises per cluster; concurrency $CONCURRENCY; $((SECONDS - started)) s in all)"
{
  echo "run|silos|clusters|enterprises|submitted|submitted/s|approved|approved/s|p50 ms|p99 ms|errors|retries|peak MiB per silo|check"
  for line in "${summaries[@]}"; do echo "${line#SUMMARY|}"; done
} | column -t -s '|'
exit "$status"
