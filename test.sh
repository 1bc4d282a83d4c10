#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what is missing, starts a throwaway
# PostgreSQL server on 127.0.0.1 (a free port, a temporary folder), runs `dotnet test`, and stops
# the server again, also when tests fail. Extra arguments go to `dotnet test` (e.g. --filter X).
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh
apt_install() { pg_apt_install "$@"; }

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

# --- a throwaway PostgreSQL server ----------------------------------------------------------------
trap pg_stop EXIT
pg_start
export CLUSTERWORKFLOW_TEST_POSTGRES="$PG_ADMIN_CONNECTION"

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
