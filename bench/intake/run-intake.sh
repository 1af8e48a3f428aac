#!/usr/bin/env bash
# Intake over HTTP: POST /api/v1/dossiers (HTTP basic, validated, audited) measured with wrk beside pgbench's TPS
# on the same PostgreSQL (the server's embedded one; pgbench's tables in their own database "pgbench"), RUNS times:
#   1. pgbench -c CLIENTS -j 2 -T DURATION -M prepared (TPC-B-like, scale 10)      the baseline
#   2. wrk submit, saturated (CLIENTS connections without pause)                    peak dossiers/s
#   3. wrk submit, paced at half the peak of this run (see DELAY_MS below)          p95 at half the peak
#      and GET /actuator/health with the same pacing                                the latency baseline
#   4. wrk GET /api/v1/me, saturated, same user                                     authentication alone (bcrypt)
#   5. the same submissions in-process (DossierManagement.submit in a Haicap JVM on the same database,
#      CLIENTS threads, no HTTP, no authentication)                                 the ceiling without HTTP+auth
#   bench/intake/run-intake.sh [DURATION] [RUNS]     defaults: 30s 3
# env: DATA (/tmp/haicap-intake, deleted at the end unless KEEP_DATA=1), PORT (8284), CLIENTS (8),
#      WARMUP (seconds of saturated submissions before the first run: 120)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
duration="${1:-30s}"
runs="${2:-3}"
data="${DATA:-/tmp/haicap-intake}"
port="${PORT:-8284}"
clients="${CLIENTS:-8}"
warmup="${WARMUP:-120}"
seconds="${duration%s}"
out=bench/target/intake
mkdir -p "$out"
log="$out/intake-$(date -u +%Y%m%dT%H%M%S).txt"
base="http://localhost:$port"
export BODY_FILE=bench/intake/submission.json

build_drivers
machine_info | tee "$log"
start_server "$data" "$port"
trap 'stop_server; [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$data"' EXIT
if [ -z "$(q postgres "select 1 from pg_database where datname = 'pgbench'")" ]; then
  q postgres "create database pgbench"
  pgbench -i -s 10 -q pgbench 2>&1 | tail -1
fi

wrk_run() { # label mode connections delay_ms
  echo "== $1 $2 (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  MODE="$2" DELAY_MS="$4" $NICE wrk -t2 -c"$3" -d"$duration" --timeout 30s --latency -s bench/onestop/onestop.lua "$base" \
    | sed "s/^RESULT /RESULT load=$1 run=$run /"
}

{
  # the JIT is still compiling the submission's code after a minute of load (C1 and C2 took 40 % of a core,
  # and saturated throughput rose from 95 to about 165 dossiers/s over the first three minutes): warm it first
  echo "warm-up $warmup s"
  run=0
  MODE=submit $NICE wrk -t2 -c"$clients" -d"$warmup"s --timeout 30s -s bench/onestop/onestop.lua "$base" | grep RESULT
  for run in $(seq 1 "$runs"); do
    echo "== pgbench (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
    tps="$($NICE pgbench -c "$clients" -j 2 -T "$seconds" -M prepared -n pgbench 2>&1 | tee /dev/stderr \
      | sed -n 's/^tps = \([0-9.]*\).*without initial connection time.*/\1/p')"
    echo "RESULT load=pgbench run=$run mode=pgbench clients=$clients tps=$tps"

    before="$(q postgres "select count(*) from dossier.dossier")"
    sat="$(wrk_run saturated submit "$clients" 0 | tee /dev/stderr | grep '^RESULT')"
    # every answer must be a new dossier, not the replay of another request's Idempotency-Key
    created="$(( $(q postgres "select count(*) from dossier.dossier") - before ))"
    echo "RESULT load=created run=$run mode=check requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<<"$sat") dossiers_created=$created"
    peak="$(sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$sat")"
    # half the peak: CLIENTS connections, each waiting CLIENTS*1000/(peak/2) ms minus its own latency (about
    # the p50 of the saturated run, an over-estimate at half the load); wrk reports the rate actually reached
    p50="$(sed 's/.* p50_ms=\([0-9.]*\).*/\1/' <<<"$sat")"
    delay="$(awk -v c="$clients" -v p="$peak" -v l="$p50" 'BEGIN { d = c * 1000 / (p / 2) - l; print (d < 1 ? 1 : int(d)) }')"
    echo "half of peak $peak/s: delay $delay ms per connection"
    wrk_run half-peak submit "$clients" "$delay"
    wrk_run half-peak health "$clients" "$delay"
    wrk_run saturated me "$clients" 0

    echo "== in-process intake (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
    $NICE java -Xmx1g -cp "$INPROCESS_CP" vn.haicap.bench.inprocess.InProcessDriver intake \
      "jdbc:postgresql://localhost:$PGPORT/postgres" "$seconds" "$clients" 10 2>&1 \
      | grep -E '^(RESULT|Exception|Caused)' | sed "s/^RESULT /RESULT load=saturated run=$run clients=$clients /"
  done
} 2>&1 | tee -a "$log"
echo "== medians ($log)"
python3 bench/onestop/summarize.py "$log"
