#!/usr/bin/env bash
# Fills a running Haicap's search index (document.search_item) with N generated items (default 1,000,000),
# in batches, PARALLEL at a time, with the GIN index dropped during the load and built again after; batches
# already done are skipped, so it can resume. Then VACUUM ANALYZE.
#   PGHOST/PGPORT/PGUSER point at the server's PostgreSQL (run-records.sh sets them)
#   bench/records/generate-corpus.sh [N]      env: BATCH=100000 PARALLEL=2
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000000}"
batch="${BATCH:-100000}"
parallel="${PARALLEL:-2}"
db=postgres
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/records/corpus-setup.sql
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "create table if not exists bench_corpus.done (first bigint primary key)"
if [ "$(psql -X -At -d "$db" -c "select count(*) from bench_corpus.done")" -lt $(( (n + batch - 1) / batch )) ]; then
  psql -X -q -d "$db" -c "drop index if exists document.search_item_vector"
fi
t0=$(date +%s)
running=0
for ((from = 0; from < n; from += batch)); do
  size=$((from + batch > n ? n - from : batch))
  if [ "$(psql -X -At -d "$db" -c "select count(*) from bench_corpus.done where first = $from")" = 1 ]; then continue; fi
  (
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v from="$from" -v batch="$size" -f bench/records/corpus-batch.sql
    psql -X -q -d "$db" -c "insert into bench_corpus.done values ($from)"
    echo "items $from..$((from + size - 1)) done at $(( $(date +%s) - t0 )) s" >&2
  ) &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait
echo "generated in $(( $(date +%s) - t0 )) s; index and vacuum analyze..." >&2
psql -X -q -d "$db" -c "set maintenance_work_mem = '512MB'" \
  -c "create index if not exists search_item_vector on document.search_item using gin (vector)" \
  -c "vacuum analyze document.search_item"
echo "total $(( $(date +%s) - t0 )) s; $(psql -X -At -d "$db" -c "select count(*) from document.search_item") items," \
  "$(psql -X -At -d "$db" -c "select pg_size_pretty((select sum(pg_total_relation_size(relid)) from pg_partition_tree('document.search_item')))")" >&2
