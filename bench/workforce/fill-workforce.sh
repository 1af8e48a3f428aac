#!/usr/bin/env bash
# Fills a running Haicap's database (PGHOST/PGPORT/PGUSER set, e.g. by start_server of bench/onestop/lib.sh) with a
# national-scale workforce: 34 provinces, 3,321 communes, ~2.5 million people with an assignment each and ~7 %
# departures (bench/workforce/generate-setup.sql, generate-people.sql), one province per batch, PARALLEL at a
# time, resumable (provinces done are skipped), then VACUUM ANALYZE. Used by generate-workforce.sh (which starts
# its own server) and by the reports benchmark (bench/reports/run-reports.sh, on its server).
#   bench/workforce/fill-workforce.sh        env: PARALLEL=2
set -euo pipefail
cd "$(dirname "$0")/../.."
parallel="${PARALLEL:-2}"
db=postgres
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
t0=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/workforce/generate-setup.sql 2>&1 | grep -v NOTICE || true
echo "agencies $(q $db 'select count(*) from workforce.agency'), positions $(q $db 'select count(*) from workforce.job_position'), planned people $(q $db 'select sum(people) from bench_wf.plan')" >&2
running=0
pids=()
for province in $(q $db "select distinct province_code from bench_wf.plan order by 1"); do
  if [ "$(q $db "select count(*) from bench_wf.done where province = '$province'")" = 1 ]; then continue; fi
  (
    s=$(date +%s)
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v province="$province" -f bench/workforce/generate-people.sql
    q $db "insert into bench_wf.done values ('$province', (select sum(people) from bench_wf.plan where province_code = '$province'), $(( $(date +%s) - s )))"
    echo "province $province done at $(( $(date +%s) - t0 )) s" >&2
  ) &
  pids+=($!)
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
# only the batches: a bare wait would also wait for a server started by the caller
for pid in "${pids[@]}"; do wait "$pid"; done
echo "generated in $(( $(date +%s) - t0 )) s; vacuum analyze..." >&2
psql -X -q -d "$db" -c "vacuum analyze workforce.person" -c "vacuum analyze workforce.assignment" \
  -c "vacuum analyze workforce.outcome" -c "vacuum analyze workforce.agency" -c "vacuum analyze workforce.job_position"
echo "people $(q $db 'select count(*) from workforce.person'), assignments $(q $db 'select count(*) from workforce.assignment'), departures $(q $db "select count(*) from workforce.outcome where kind <> 'kept'"), database $(q $db "select pg_size_pretty(pg_database_size('postgres'))"); total $(( $(date +%s) - t0 )) s" >&2
