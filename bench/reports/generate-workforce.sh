#!/usr/bin/env bash
# Fills a running Haicap's database (PGHOST/PGPORT/PGUSER set, e.g. by bench/onestop/lib.sh start_server) with
# ~2.5 million people of 34 provinces and 3,321 communes, an assignment each and ~7 % departures, one province
# per batch, PARALLEL at a time, resumable. The SQL is the civil-service benchmark's generator
# (bench/workforce/generate-*.sql) without the person.search_name column, so it runs on the committed schema.
#   bench/reports/generate-workforce.sh        env: PARALLEL=2
set -euo pipefail
cd "$(dirname "$0")/../.."
parallel="${PARALLEL:-2}"
db=postgres
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }
t0=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/reports/workforce-setup.sql 2>&1 | grep -v NOTICE || true
running=0
pids=()
for province in $(q "select distinct province_code from bench_wf.plan order by 1"); do
  if [ "$(q "select count(*) from bench_wf.done where province = '$province'")" = 1 ]; then continue; fi
  (
    s=$(date +%s)
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v province="$province" -f bench/reports/workforce-people.sql
    q "insert into bench_wf.done values ('$province', (select sum(people) from bench_wf.plan where province_code = '$province'), $(( $(date +%s) - s )))"
    echo "province $province done at $(( $(date +%s) - t0 )) s" >&2
  ) &
  pids+=($!)
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
psql -X -q -d "$db" -c "vacuum analyze workforce.person" -c "vacuum analyze workforce.assignment" \
  -c "vacuum analyze workforce.outcome" -c "vacuum analyze workforce.agency" -c "vacuum analyze workforce.job_position"
echo "people $(q 'select count(*) from workforce.person'), assignments $(q 'select count(*) from workforce.assignment'); $(( $(date +%s) - t0 )) s" >&2
