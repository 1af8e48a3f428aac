#!/usr/bin/env bash
# Latency of POST /api/v1/addresses/convert on a running Haicap, with GET /actuator/health as the
# baseline measured in the same run. Two loads, RUNS times each:
#   paced:     -c50 connections each waiting 50 ms between requests, about 1,000 req/s (the target load;
#              Debian's wrk has no -R, so the pace comes from the script's delay())
#   saturated: -c50 without pause, the most the server answers
# Prints wrk's --latency report and one RESULT line per measurement (with p95).
#
#   bench/http/run-wrk.sh [BASE_URL] [DURATION] [RUNS]     defaults: http://localhost:${PORT:-8181} 30s 3
# The server's per-client rate limit must be raised for this (HAICAP_RATE_LIMIT_PER_SECOND and
# HAICAP_RATE_LIMIT_BURST, e.g. 1000000).
set -euo pipefail
cd "$(dirname "$0")/../.."

base="${1:-http://localhost:${PORT:-8181}}"
duration="${2:-30s}"
runs="${3:-3}"
export ADDRESSES="${ADDRESSES:-/tmp/haicap-bench/addresses-http.txt}"
mkdir -p "$(dirname "$ADDRESSES")"
if [ ! -s "$ADDRESSES" ]; then
  python3 bench/batch/generate-addresses.py 5000 "$ADDRESSES.csv"
  python3 -c 'import csv,sys; r=csv.DictReader(open(sys.argv[1],encoding="utf-8")); open(sys.argv[2],"w",encoding="utf-8").write("".join(x["address"]+"\n" for x in r))' \
    "$ADDRESSES.csv" "$ADDRESSES"
fi

measure() { # label target delay_ms
  echo "== $1 (run $run, $(date -u +%T))"
  TARGET="$2" DELAY_MS="$3" wrk -t2 -c50 -d"$duration" --latency -s bench/http/convert-single.lua "$base" \
    | sed "s/^RESULT /RESULT load=$1 run=$run /"
}

echo "warm-up"
run=0
TARGET=convert wrk -t2 -c50 -d15s -s bench/http/convert-single.lua "$base" >/dev/null
for run in $(seq 1 "$runs"); do
  measure paced-1000rps health 50
  measure paced-1000rps convert 50
  measure saturated health 0
  measure saturated convert 0
done
