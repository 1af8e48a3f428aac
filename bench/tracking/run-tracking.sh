#!/usr/bin/env bash
# Public tracking by code with N generated dossiers (default 10,000,000) in the database:
# p95 of GET /api/v1/tracking/{code}?check=... with wrk, GET /actuator/health as the baseline in the same run.
#   bench/tracking/run-tracking.sh [N] [DURATION] [RUNS]      defaults: 10000000 30s 3
# env: DATA (default /tmp/haicap-tracking: ~12 GB for 10 M; delete it afterwards), PORT (8282), KEEP=1 to leave
#      the server running, CONNECTIONS (50), DELAY_MS (50: paced, about 1,000 req/s over 50 connections).
# Loads per run: light (5 connections, 50 ms pause: ~100 req/s), paced (~1,000 req/s), saturated (no pause).
# The first start generates the dossiers (bench/tracking/generate-dossiers.sh, ~15-30 min on 2 cores); later
# starts on the same DATA reuse them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
n="${1:-10000000}"
duration="${2:-30s}"
runs="${3:-3}"
data="${DATA:-/tmp/haicap-tracking}"
port="${PORT:-8282}"
conns="${CONNECTIONS:-50}"
delay="${DELAY_MS:-50}"
out=bench/target/tracking
mkdir -p "$out"
export CODES_FILE="$out/codes.txt"

machine_info
start_server "$data" "$port"
trap '[ "${KEEP:-0}" = 1 ] || stop_server' EXIT
have="$(q postgres "select count(*) from dossier.dossier")"
if [ "$have" -lt "$n" ] || [ ! -s "$CODES_FILE" ]; then
  echo "database has $have dossiers; generating $n..." >&2
  bench/tracking/generate-dossiers.sh "$n" "$CODES_FILE"
fi
echo "== database: $(q postgres "select count(*) from dossier.dossier") dossiers, $(q postgres "select count(*) from dossier.transition") transitions"
q postgres "select 'database size ' || pg_size_pretty(pg_database_size('postgres'))
  || '; dossier.dossier ' || pg_size_pretty(pg_total_relation_size('dossier.dossier'))
  || ' (table ' || pg_size_pretty(pg_relation_size('dossier.dossier')) || ')'
  || '; dossier.transition ' || pg_size_pretty(pg_total_relation_size('dossier.transition'))"
echo "data folder $(du -sh "$data" | cut -f1)"

base="http://localhost:$port"
measure() { # load mode delay [connections]
  echo "== $1 $2 (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  MODE="$2" DELAY_MS="$3" $NICE wrk -t2 -c"${4:-$conns}" -d"$duration" --timeout 30s --latency -s bench/onestop/onestop.lua "$base" \
    | sed "s/^RESULT /RESULT load=$1 run=$run /"
}
echo "warm-up 15 s"
run=0
MODE=track $NICE wrk -t2 -c"$conns" -d15s -s bench/onestop/onestop.lua "$base" | grep RESULT
for run in $(seq 1 "$runs"); do
  measure light health 50 5
  measure light track 50 5
  measure paced health "$delay"
  measure paced track "$delay"
  measure saturated health 0
  measure saturated track 0
done | tee "$out/wrk-$(date -u +%Y%m%dT%H%M%S).txt"
