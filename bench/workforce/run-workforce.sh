#!/usr/bin/env bash
# Civil service benchmarks (docs/benchmarks.md, "Civil service"), one command from the repository root:
#   bench/workforce/run-workforce.sh [ROWS=100000] [RUNS=3] [DURATION=20s]
# 1. generates the national workforce in DATA (default /tmp/haicap-workforce; bench/workforce/generate-workforce.sh,
#    skipped when already there) and starts a Haicap server on it;
# 2. import: RUNS times, a fresh XLSX of ROWS new people for Hà Nội's agencies (bench/workforce/WorkforceXlsx.java),
#    POST /api/v1/workforce/imports as hr.hanoi, wall time until GET .../imports/{id} says done; baseline in the
#    same run: reading the same XLSX with the same reader and settings, storing nothing;
# 3. statistics: wrk (2 threads, 4 connections, DURATION each) on every statistics API and page over the 2.5 M
#    people (departures, staffing, gaps for each of the 34 provinces and a sample of 200 communes; the pages
#    /workforce/statistics, /workforce/staffing, /workforce/gaps with a session), p50/p95/p99; baseline
#    GET /actuator/health in the same run. Logs in bench/target/workforce/. Delete DATA afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
runs="${2:-3}"
duration="${3:-20s}"
data="${DATA:-/tmp/haicap-workforce}"
port="${PORT:-18093}"
out=bench/target/workforce
mkdir -p "$out"
. bench/onestop/lib.sh
if [ ! -f "$data/pg/PG_VERSION" ] || [ -n "${REGENERATE:-}" ]; then bench/workforce/generate-workforce.sh "$data" "$port"; fi
start_server "$data" "$port" ${SERVER_ARGS:-}
trap stop_server EXIT
log="$out/run-$(date -u +%Y%m%dT%H%M%SZ).log"
exec > >(tee "$log") 2>&1
machine_info
echo "people $(q postgres 'select count(*) from workforce.person'), departures $(q postgres "select count(*) from workforce.outcome")"

# libraries of the server's jar for the XLSX tool
app="$out/app"
jar_path="$(readlink -f "$HAICAP_JAR")"
if [ ! -d "$app/BOOT-INF" ]; then mkdir -p "$app" && (cd "$app" && unzip -q -o "$jar_path"); fi
cp="$app/BOOT-INF/lib/*"
q postgres "select g.code || ';' || string_agg(p.code, '|' order by p.code) from workforce.agency g
  join workforce.job_position p on p.agency_id = g.id where g.province_code = '01' and g.recorded_by = 'bench'
  group by g.code order by g.code" >"$out/agencies-01.txt"

base="http://localhost:$port"
for run in $(seq 1 "$runs"); do
  [ -z "${SKIP_IMPORT:-}" ] || break
  file="$out/import-$run.xlsx"
  # a different set of people each run: identity numbers 9<run><10 digits>
  $NICE java -cp "$cp" bench/workforce/WorkforceXlsx.java generate "$file" "$rows" "$out/agencies-01.txt" "$run"
  baseline=$($NICE java -cp "$cp" bench/workforce/WorkforceXlsx.java read "$file" 2>/dev/null | grep '^read ')
  start=$(date +%s%N)
  id=$(curl -fsS -u hr.hanoi:Demo-hr-2025 -F "file=@$file" "$base/api/v1/workforce/imports" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
  while :; do
    job=$(curl -fsS -u hr.hanoi:Demo-hr-2025 "$base/api/v1/workforce/imports/$id")
    status=$(echo "$job" | python3 -c 'import sys,json;print(json.load(sys.stdin)["status"])')
    case "$status" in done|failed|interrupted) break ;; esac
    sleep 0.5
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "RESULT name=import run=$run rows=$rows wall_ms=$ms rows_per_s=$(( rows * 1000 / ms )) status=$status $(echo "$job" | python3 -c 'import sys,json;j=json.load(sys.stdin);print("accepted=%d rejected=%d" % (j["accepted"], j["rejectedCount"]))') baseline_$baseline" | sed 's/baseline_read \([0-9]*\) rows in \([0-9]*\) ms/baseline_rows=\1 baseline_ms=\2/'
done

# statistics: paths over the 34 provinces and 200 communes
q postgres "select code from adminunit.unit_version where level = 'province' and valid_to is null order by code" >"$out/provinces.txt"
q postgres "select code from adminunit.unit_version where level = 'commune' and valid_to is null order by md5(code) limit 200" >"$out/communes.txt"
auth="Basic $(printf 'ministry:Demo-ministry-2025' | base64)"
paths() { # paths NAME TEMPLATE(with %s) FILE: one path per code of FILE
  while read -r code; do printf "${2//%s/$code}\n"; done <"$3" >"$out/paths-$1.txt"
}
paths departures-province '/api/v1/workforce/statistics/departures?unit=%s&from=2025-07-01&to=2026-06-30' "$out/provinces.txt"
paths departures-commune '/api/v1/workforce/statistics/departures?unit=%s&from=2025-07-01&to=2026-06-30' "$out/communes.txt"
paths staffing-province '/api/v1/workforce/statistics/staffing?unit=%s&date=2026-01-01' "$out/provinces.txt"
paths staffing-commune '/api/v1/workforce/statistics/staffing?unit=%s&date=2026-01-01' "$out/communes.txt"
paths gaps-province '/api/v1/workforce/gaps?unit=%s&date=2026-01-01' "$out/provinces.txt"
paths gaps-commune '/api/v1/workforce/gaps?unit=%s&date=2026-01-01' "$out/communes.txt"
paths page-departures '/workforce/statistics?unit=%s&from=2025-07-01&to=2026-06-30' "$out/provinces.txt"
paths page-staffing '/workforce/staffing?unit=%s&date=2026-01-01' "$out/provinces.txt"
paths page-gaps '/workforce/gaps?unit=%s&date=2026-01-01' "$out/provinces.txt"
echo /actuator/health >"$out/paths-health.txt"
# a session for the pages
jar="$out/cookies.txt"; rm -f "$jar"
csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=ministry" --data-urlencode "password=Demo-ministry-2025" --data-urlencode "_csrf=$csrf" "$base/login"
cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
echo "page check: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' -H "Cookie: $cookie" "$base/workforce/staffing?unit=01")"
for round in $(seq 1 "$runs"); do
  for name in health departures-province departures-commune staffing-province staffing-commune gaps-province gaps-commune page-departures page-staffing page-gaps; do
    case "$name" in
      health) NAME="$name" PATHS="$out/paths-$name.txt" $NICE wrk -t2 -c4 -d"$duration" -s bench/workforce/paths.lua "$base" | grep RESULT | sed "s/^RESULT/RESULT round=$round/" ;;
      page-*) NAME="$name" PATHS="$out/paths-$name.txt" COOKIE="$cookie" $NICE wrk -t2 -c4 -d"$duration" -s bench/workforce/paths.lua "$base" | grep RESULT | sed "s/^RESULT/RESULT round=$round/" ;;
      *) NAME="$name" PATHS="$out/paths-$name.txt" AUTH="$auth" $NICE wrk -t2 -c4 -d"$duration" -s bench/workforce/paths.lua "$base" | grep RESULT | sed "s/^RESULT/RESULT round=$round/" ;;
    esac
  done
done
uptime
echo "database $(q postgres "select pg_size_pretty(pg_database_size('postgres'))"); log $log"
