#!/usr/bin/env bash
# Full dossier life-cycle (submit, receive, start processing, complete, approve, issue result, return) in Haicap
# against the same life-cycle as a BPMN process in Flowable (embedded engine, history level HISTORY), on the same
# PostgreSQL (the Haicap server's embedded one; Flowable's tables in their own database "flowable"), RUNS times,
# each run measuring in turn:
#   flowable           FlowableLifecycle: start process + 6 user tasks per dossier, THREADS threads, in-process
#   haicap-inprocess   InProcessDriver: DossierManagement.submit/get/transition in a Haicap JVM, THREADS threads
#   haicap-http        HttpLifecycle: the same over the HTTP API with HTTP basic, THREADS client threads
# Each prints dossiers/s (until the last dossier is returned and, for Haicap, its audit trail written) and the rows
# written per dossier (pg_stat_user_tables of its database, inserted + updated + deleted; WAL bytes too).
#   bench/lifecycle/run-lifecycle.sh [DOSSIERS] [RUNS]      defaults: 1000 3
# env: THREADS (4), WARMUP (at least 1500 dossiers before each measured run, then rounds of 500 until the JIT has
#      settled, see JitWarmup, at most WARMUP_MAX, 12000; a tenth over HTTP: with 200, C2 was still
#      compiling through the measured run, at a quarter of a core for Haicap), HISTORY (audit), HTTP_DOSSIERS (DOSSIERS/10: HTTP with bcrypt on every request is slow),
#      DATA (/tmp/haicap-lifecycle, deleted at the end unless KEEP_DATA=1), PORT (8283), STEPS (see HttpLifecycle)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
n="${1:-1000}"
runs="${2:-3}"
threads="${THREADS:-4}"
warmup="${WARMUP:-1500}"
history="${HISTORY:-audit}"
http_n="${HTTP_DOSSIERS:-$((n / 10))}"
data="${DATA:-/tmp/haicap-lifecycle}"
port="${PORT:-8283}"
out=bench/target/lifecycle
mkdir -p "$out"
log="$out/lifecycle-$(date -u +%Y%m%dT%H%M%S).txt"

build_drivers
machine_info | tee "$log"
start_server "$data" "$port"
trap 'stop_server; [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$data"' EXIT
[ -n "$(q postgres "select 1 from pg_database where datname = 'flowable'")" ] || q postgres "create database flowable"
jdbc="jdbc:postgresql://localhost:$PGPORT"

step() { echo "== $1 (run $run, $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"; }
{
  for run in $(seq 1 "$runs"); do
    step flowable
    $NICE java -Xmx1g -cp "$LIFECYCLE_CP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      vn.haicap.bench.lifecycle.FlowableLifecycle "$jdbc/flowable" postgres postgres "$n" "$threads" "$warmup" "$history" \
      | sed "s/^\(RESULT\|ROWS\) /\1 run=$run /"
    step haicap-inprocess
    $NICE java -Xmx1g -cp "$INPROCESS_CP" vn.haicap.bench.inprocess.InProcessDriver lifecycle "$jdbc/postgres" \
      "$n" "$threads" "$warmup" 2>&1 | grep -E '^(RESULT|ROWS|WARMUP|Exception|Caused)' | sed "s/^\(RESULT\|ROWS\) /\1 run=$run /"
    step haicap-http
    $NICE java -cp "$LIFECYCLE_CP" vn.haicap.bench.lifecycle.HttpLifecycle "http://localhost:$port" "$jdbc/postgres" \
      "$http_n" "$threads" "$((warmup / 10))" | sed "s/^\(RESULT\|ROWS\) /\1 run=$run /"
  done
} 2>&1 | tee -a "$log"
echo "== medians ($log)"
python3 bench/onestop/summarize.py "$log"
python3 - "$log" <<'PY'
import re, statistics, sys
res = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("RESULT "):
        f = dict(re.findall(r"(\w+)=(\S+)", line))
        res.setdefault(f["system"], []).append(f)
def med(system, field):
    return statistics.median(float(r[field]) for r in res[system])
if "flowable" in res:
    for system in ("haicap-inprocess", "haicap-http"):
        if system in res:
            # ratios per run (same run = same machine state), then their median
            runs = {r["run"]: r for r in res["flowable"]}
            speed = [float(r["dossiers_per_s"]) / float(runs[r["run"]]["dossiers_per_s"]) for r in res[system] if r["run"] in runs]
            rows = [float(r["rows_per_dossier"]) / float(runs[r["run"]]["rows_per_dossier"]) for r in res[system] if r["run"] in runs]
            print(f"{system}: dossiers/s = {statistics.median(speed):.2f} x Flowable's (runs {', '.join(f'{x:.2f}' for x in speed)}); "
                  f"rows per dossier = {statistics.median(rows):.2f} x Flowable's (runs {', '.join(f'{x:.2f}' for x in rows)})")
PY
