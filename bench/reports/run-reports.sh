#!/usr/bin/env bash
# Reports benchmark (docs/benchmarks.md, "Reports"), from the repository root:
#   bench/reports/run-reports.sh [RUNS=3] [DURATION=20s]
# 1. starts Haicap on DATA (default /tmp/haicap-reports) and, when missing, generates 10 M dossiers
#    (bench/tracking/generate-dossiers.sh) and ~2.5 M people (bench/workforce/fill-workforce.sh);
# 2. recompute: RUNS times POST /api/v1/reports/refresh?month= (the busiest month, every commune; env MONTH), then
#    RUNS times POST /api/v1/reports/refresh (every month and every workforce view), the time of each;
#    baseline in the same run: a plain count(*) over dossier.dossier;
# 3. dashboards: wrk (2 threads, 4 connections, DURATION) on each report API over random units and periods
#    (nation, the 34 provinces, 300 communes) and on the dashboard page (/reports, with a session), p50/p95/p99;
#    baseline GET /actuator/health in the same run. Logs in bench/target/reports/. Delete DATA afterwards.
# env: SKIP_REFRESH=1 skips step 2, REFRESH_RUNS (full recomputes, default RUNS), HAICAP_JAR, DATA, PORT, KEEP=1 (leave a server it started running).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
runs="${1:-3}"
duration="${2:-20s}"
data="${DATA:-/tmp/haicap-reports}"
port="${PORT:-8383}"
out=bench/target/reports
mkdir -p "$out"
log="$out/run-$(date -u +%Y%m%dT%H%M%S).txt"
exec > >(tee "$log") 2>&1

machine_info
if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
  # a server already running on DATA (e.g. started by hand while its first migration built the views)
  PGPORT="$(sed -n 4p "$data/pg/postmaster.pid")"
  export PGPORT PGHOST=localhost PGUSER=postgres
  echo "using the server already on :$port" >&2
else
  start_server "$data" "$port" --haicap.report.refresh-interval=1h --haicap.report.workforce-refresh-interval=1h
  trap '[ "${KEEP:-0}" = 1 ] || stop_server' EXIT
fi
if [ "$(q postgres "select count(*) from dossier.dossier")" -lt 10000000 ]; then
  bench/tracking/generate-dossiers.sh 10000000 "$out/codes.txt"
fi
if [ "$(q postgres "select count(*) from workforce.person")" -lt 2000000 ]; then
  bench/workforce/fill-workforce.sh
fi
echo "== data: $(q postgres "select count(*) from dossier.dossier") dossiers, $(q postgres "select count(*) from workforce.person") people, $(q postgres "select count(*) from workforce.assignment") assignments; database $(q postgres "select pg_size_pretty(pg_database_size('postgres'))")"
base="http://localhost:$port"
ministry="ministry:Demo-ministry-2025"

# timed_refresh RUNS LABEL QUERY-STRING [extra fields...]: POST /api/v1/reports/refresh?QUERY RUNS times, each beside
# a count(*) over the dossiers; prints one RESULT line per run
timed_refresh() {
  local runs="$1" label="$2" query="$3" run s scan total times
  shift 3
  [ "${SKIP_REFRESH:-0}" = 1 ] && return 0
  for run in $(seq 1 "$runs"); do
    s=$(date +%s%N)
    q postgres "select count(*) from dossier.dossier" >/dev/null
    scan=$(( ($(date +%s%N) - s) / 1000000 ))
    s=$(date +%s%N)
    times=$(curl -fsS -u "$ministry" -X POST "$base/api/v1/reports/refresh$query")
    total=$(( ($(date +%s%N) - s) / 1000000 ))
    echo "RESULT $label run=$run total_ms=$total baseline_count_ms=$scan $* times=$times"
  done
}
echo "== refresh (every month and view) x ${REFRESH_RUNS:-$runs}, baseline count(*) over dossier.dossier"
timed_refresh "${REFRESH_RUNS:-$runs}" refresh ""
month="${MONTH:-$(q postgres "select to_char(month, 'YYYY-MM') from report.service_month group by month order by sum(received) desc limit 1")}"
echo "== recompute of one month (the busiest, $month) for every commune x $runs, baseline count(*) over dossier.dossier"
timed_refresh "$runs" month-recompute "?month=$month" "month=$month" \
  "dossiers_in_month=$(q postgres "select sum(received) from report.service_month where month = '$month-01'")"
echo "view rows: $(q postgres "select string_agg(v || '=' || n, ' ') from (select 'service_month' v, count(*) n from report.service_month union all select 'procedure_month', count(*) from report.procedure_month union all select 'staff_span', count(*) from report.staff_span union all select 'position_quota', count(*) from report.position_quota union all select 'departure_month', count(*) from report.departure_month) x")"

# paths: random units and periods
provinces=$(q postgres "select code from adminunit.unit_version where level = 'province' and valid_to is null order by code")
communes=$(q postgres "select code from adminunit.unit_version where level = 'commune' and valid_to is null order by md5(code) limit 300")
periods="2025-07 2025-08 2025-09 2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3 2025 2026"
dates="2025-09-30 2025-12-31 2026-03-31 2026-06-30 2026-09-30"
: >"$out/index-nation.txt"; : >"$out/index-province.txt"; : >"$out/index-commune.txt"; : >"$out/units-province.txt"
: >"$out/gender.txt"; : >"$out/workforce.txt"; : >"$out/page.txt"; : >"$out/drill.txt"
for p in $periods; do
  echo "/api/v1/reports/service-index?unit=VN&period=$p" >>"$out/index-nation.txt"
  for u in $provinces; do
    echo "/api/v1/reports/service-index?unit=$u&period=$p" >>"$out/index-province.txt"
    echo "/api/v1/reports/service-index/units?unit=$u&period=$p" >>"$out/units-province.txt"
  done
  for u in $communes; do echo "/api/v1/reports/service-index?unit=$u&period=$p" >>"$out/index-commune.txt"; done
done
for u in $communes; do echo "/api/v1/reports/service-index/dossiers?unit=$u&period=2026-03&filter=late" >>"$out/drill.txt"; done
for d in $dates; do
  for u in VN $provinces $(echo "$communes" | head -50); do
    echo "/api/v1/reports/gender?unit=$u&date=$d" >>"$out/gender.txt"
    echo "/api/v1/reports/workforce?unit=$u&date=$d" >>"$out/workforce.txt"
  done
done
for p in 2026-03 2026-06 2026-Q2 2026; do
  for u in $provinces; do echo "/reports?unit=$u&period=$p&date=2026-06-30" >>"$out/page.txt"; done
done

# a session for the page (form login with the CSRF token)
jar="$out/cookies.txt"
rm -f "$jar"
csrf=$(curl -fsS -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fsS -b "$jar" -c "$jar" -o /dev/null -d "username=ministry&password=Demo-ministry-2025&_csrf=$csrf" "$base/login"
session="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
curl -fsS -H "Cookie: $session" -o /dev/null -w "page check: %{http_code}\n" "$base/reports?unit=01&period=2026-03"

measure() { # mode paths-file [cookie]
  if [ "$1" = health ]; then
    MODE=health $NICE wrk -t2 -c4 -d"$duration" --timeout 30s -s bench/reports/reports.lua "$base" | grep RESULT
  elif [ -n "${3:-}" ]; then
    MODE="$1" PATHS_FILE="$2" COOKIE="$3" $NICE wrk -t2 -c4 -d"$duration" --timeout 30s -s bench/reports/reports.lua "$base" | grep RESULT
  else
    MODE="$1" PATHS_FILE="$2" USER_PASS="$ministry" $NICE wrk -t2 -c4 -d"$duration" --timeout 30s -s bench/reports/reports.lua "$base" | grep RESULT
  fi
}
echo "== warm-up"
MODE=warm PATHS_FILE="$out/index-province.txt" USER_PASS="$ministry" wrk -t2 -c4 -d10s -s bench/reports/reports.lua "$base" | grep RESULT
for run in $(seq 1 "$runs"); do
  echo "== run $run ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  measure health x | sed "s/^RESULT /RESULT run=$run /"
  for m in index-nation index-province index-commune units-province drill gender workforce; do
    measure "$m" "$out/$m.txt" | sed "s/^RESULT /RESULT run=$run /"
  done
  measure page "$out/page.txt" "$session" | sed "s/^RESULT /RESULT run=$run /"
done
echo "== medians over $runs runs (p50 / p95 ms)"
for m in health index-nation index-province index-commune units-province drill gender workforce page; do
  p50=$(grep "RESULT run=.* mode=$m " "$log" | sed 's/.*p50_ms=\([0-9.]*\).*/\1/' | median)
  p95=$(grep "RESULT run=.* mode=$m " "$log" | sed 's/.*p95_ms=\([0-9.]*\).*/\1/' | median)
  echo "MEDIAN mode=$m p50_ms=$p50 p95_ms=$p95"
done
