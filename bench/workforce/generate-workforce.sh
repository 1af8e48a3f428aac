#!/usr/bin/env bash
# Generates a national-scale workforce in a Haicap data folder: 34 provinces, 3,321 communes, ~2.5 million
# people with an assignment each and ~7 % departures (bench/workforce/generate-setup.sql, generate-people.sql).
# Starts a Haicap server on DATA_DIR for the duration (bench/onestop/lib.sh), one province per batch, PARALLEL at
# a time, resumable (provinces done are skipped), then VACUUM ANALYZE. Reusable: any benchmark (e.g. reports) can
# call it on its own data folder, then start its server there.
#   bench/workforce/generate-workforce.sh DATA_DIR [PORT]        env: PARALLEL=2, HAICAP_JAR, NICE
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:?usage: generate-workforce.sh DATA_DIR [PORT]}"
port="${2:-18093}"
parallel="${PARALLEL:-2}"
. bench/onestop/lib.sh
start_server "$data" "$port" ${SERVER_ARGS:-}
trap stop_server EXIT
db=postgres
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
# only the batches: a bare wait would also wait for the server
for pid in "${pids[@]}"; do wait "$pid"; done
echo "generated in $(( $(date +%s) - t0 )) s; vacuum analyze..." >&2
psql -X -q -d "$db" -c "vacuum analyze workforce.person" -c "vacuum analyze workforce.assignment" \
  -c "vacuum analyze workforce.outcome" -c "vacuum analyze workforce.agency" -c "vacuum analyze workforce.job_position"
echo "people $(q $db 'select count(*) from workforce.person'), assignments $(q $db 'select count(*) from workforce.assignment'), departures $(q $db "select count(*) from workforce.outcome where kind <> 'kept'"), database $(q $db "select pg_size_pretty(pg_database_size('postgres'))"); total $(( $(date +%s) - t0 )) s" >&2
