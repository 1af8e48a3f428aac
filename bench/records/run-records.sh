#!/usr/bin/env bash
# Records benchmarks on a server with its own data under DATA:
#   upload   POST /api/v1/documents of 1 MB PDFs over HTTP, distinct files (each one new: inspected, hashed,
#            written and fsynced) and identical files (deduplicated by hash), beside the raw disk: dd of the
#            same 1 MB with fsync, and GET /actuator/health at the same concurrency
#   search   GET /api/v1/search over N generated items (default 1,000,000; bench/records/generate-corpus.sh),
#            the queries of bench/records/queries.txt without diacritics, as the ministry (no permission
#            filter: every item matches) and as a commune officer; p50 and p95; GET /actuator/health baseline
#   bench/records/run-records.sh [upload|search|all] [N] [DURATION] [RUNS]   defaults: all 1000000 20s 3
# env: DATA (/tmp/haicap-records, deleted at the end unless KEEP_DATA=1), PORT (8286), CONNECTIONS (4),
#      WARMUP (seconds of ministry searches before the first search round: 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
what="${1:-all}"
n="${2:-1000000}"
duration="${3:-20s}"
runs="${4:-3}"
data="${DATA:-/tmp/haicap-records}"
port="${PORT:-8286}"
conns="${CONNECTIONS:-4}"
out=bench/target/records
mkdir -p "$out"
log="$out/records-$(date -u +%Y%m%dT%H%M%S).txt"
base="http://localhost:$port"
pdf="$data-1m.pdf"

machine_info | tee "$log"
start_server "$data" "$port"
trap 'stop_server; [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$data" "$pdf"' EXIT

wrk_run() { # label mode connections [env...]
  local label="$1" mode="$2" c="$3"
  shift 3
  echo "== $label (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  env MODE="$mode" "$@" $NICE wrk -t2 -c"$c" -d"$duration" --timeout 30s --latency -s bench/records/records.lua "$base" \
    | sed "s/^RESULT /RESULT load=$label run=$run /"
}

{
  if [ "$what" = upload ] || [ "$what" = all ]; then
    python3 bench/records/make-pdf.py "$pdf" 1048576
    echo "upload file $(stat -c %s "$pdf") bytes; warm-up 10 s"
    run=0
    MODE=upload PDF_FILE="$pdf" DISTINCT=1 $NICE wrk -t2 -c"$conns" -d10s --timeout 30s -s bench/records/records.lua "$base" | grep RESULT
    for run in $(seq 1 "$runs"); do
      # baseline 1: the raw disk, 1 MB written and fsynced, 200 times, in the server's data folder
      t0=$(date +%s%N)
      for i in $(seq 1 200); do dd if="$pdf" of="$data/dd-baseline.bin" bs=1M conv=fsync status=none; done
      t1=$(date +%s%N)
      rm -f "$data/dd-baseline.bin"
      echo "RESULT load=dd run=$run mode=dd files_per_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", 200 / ((b - a) / 1e9) }')"
      wrk_run upload-distinct upload "$conns" PDF_FILE="$pdf" DISTINCT=1
      wrk_run upload-identical upload "$conns" PDF_FILE="$pdf" DISTINCT=0
      wrk_run health health "$conns"
    done
  fi
  if [ "$what" = search ] || [ "$what" = all ]; then
    have="$(q postgres "select count(*) from document.search_item where id like 'bench-%' or kind = 'dossier'")"
    if [ "$have" -lt "$n" ]; then bench/records/generate-corpus.sh "$n"; fi
    q postgres "select 'corpus ' || count(*) || ' items, ' || pg_size_pretty((select sum(pg_total_relation_size(relid)) from pg_partition_tree('document.search_item'))) from document.search_item"
    # the first rounds after a start were the slowest (JIT, PostgreSQL's buffers): warm both scopes first
    echo "warm-up ${WARMUP:-60} s"
    run=0
    MODE=search USER_PASS=specialist.hanoi:Demo-specialist-2025 $NICE wrk -t2 -c"$conns" -d10s --timeout 30s -s bench/records/records.lua "$base" | grep RESULT
    MODE=search USER_PASS=ministry:Demo-ministry-2025 $NICE wrk -t2 -c"$conns" -d"${WARMUP:-60}"s --timeout 30s -s bench/records/records.lua "$base" | grep RESULT
    for run in $(seq 1 "$runs"); do
      wrk_run search-ministry search "$conns" USER_PASS=ministry:Demo-ministry-2025
      wrk_run search-commune search "$conns" USER_PASS=specialist.hanoi:Demo-specialist-2025
      wrk_run health health "$conns"
    done
  fi
} 2>&1 | tee -a "$log"
echo "log: $log"
