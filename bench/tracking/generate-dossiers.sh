#!/usr/bin/env bash
# Fills a running Haicap's database with N generated dossiers (default 10,000,000) and their transitions
# (4.4 per dossier), in batches, PARALLEL at a time; batches already done are skipped, so it can resume.
# Then VACUUM ANALYZE, and a sample of SAMPLE (code, check code) pairs of generated dossiers for the wrk
# script is written to OUT.
#   PGHOST/PGPORT/PGUSER point at the server's PostgreSQL (run-tracking.sh sets them)
#   bench/tracking/generate-dossiers.sh [N] [OUT]      env: BATCH=250000 PARALLEL=2 SAMPLE=100000
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-10000000}"
out="${2:-bench/target/tracking/codes.txt}"
batch="${BATCH:-250000}"
parallel="${PARALLEL:-2}"
sample="${SAMPLE:-100000}"
db=postgres
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/tracking/generate-setup.sql 2>&1 | grep -v NOTICE || true
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "create table if not exists bench_gen.done (first bigint primary key)"

t0=$(date +%s)
running=0
for ((from = 0; from < n; from += batch)); do
  size=$((from + batch > n ? n - from : batch))
  if [ "$(psql -X -At -d "$db" -c "select count(*) from bench_gen.done where first = $from")" = 1 ]; then continue; fi
  (
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v from="$from" -v batch="$size" -f bench/tracking/generate-dossiers.sql
    psql -X -q -d "$db" -c "insert into bench_gen.done values ($from)"
    echo "rows $from..$((from + size - 1)) done at $(( $(date +%s) - t0 )) s" >&2
  ) &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait
echo "generated in $(( $(date +%s) - t0 )) s; vacuum analyze..." >&2
psql -X -q -d "$db" -c "vacuum analyze dossier.dossier" -c "vacuum analyze dossier.transition"
echo "total $(( $(date +%s) - t0 )) s" >&2

mkdir -p "$(dirname "$out")"
psql -X -At -F ' ' -d "$db" -c "
  select bench_gen.code(i), bench_gen.check_code(i)
  from (select (random() * ($n - 1))::bigint as i from generate_series(1, $sample)) r" >"$out"
echo "sample of $(wc -l <"$out") codes in $out" >&2
