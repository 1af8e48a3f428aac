#!/usr/bin/env bash
# Streams a CSV of ROWS realistic addresses through POST /api/v1/addresses/convert-batch of a running
# Haicap, RUNS times, and reports per run: wall time, rows back, status counts, and the server's heap
# (jcmd GC.heap_info: after a full GC before the run, the highest value sampled every second during it,
# after a full GC at the end).
#
#   bench/batch/convert-batch-1m.sh [BASE_URL] [ROWS] [RUNS]
#   BASE_URL defaults to http://localhost:${PORT:-8181}; ROWS to 1000000; RUNS to 3.
#   HAICAP_PID: the server's pid (default: the process listening on the port).
set -euo pipefail
cd "$(dirname "$0")/../.."

base="${1:-http://localhost:${PORT:-8181}}"
rows="${2:-1000000}"
runs="${3:-3}"
work="${BENCH_DIR:-/tmp/haicap-bench}"
mkdir -p "$work"
in="$work/addresses-$rows.csv"
out="$work/addresses-$rows-converted.csv"
port="${base##*:}"
port="${port%%/*}"
pid="${HAICAP_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}"

if [ ! -s "$in" ]; then
  echo "generating $rows rows into $in" >&2
  python3 bench/batch/generate-addresses.py "$rows" "$in"
fi

heap_used_mb() {
  # "garbage-first heap   total 524288K, used 123456K [..." -> 120
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/heap .*total/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub("K", "", $(i+1)); print int($(i+1) / 1024); exit } }'
}

echo "server pid $pid, input $(du -h "$in" | cut -f1) ($rows rows), $(nproc) cores, $(date -u +%FT%TZ)"
printf '%-4s %-9s %-9s %-10s %-11s %-10s %s\n' run wall_s rows heap_pre heap_max heap_post statuses
for run in $(seq 1 "$runs"); do
  jcmd "$pid" GC.run >/dev/null
  pre=$(heap_used_mb)
  samples="$work/heap-$run.txt"
  : >"$samples"
  (while true; do heap_used_mb >>"$samples"; sleep 1; done) &
  sampler=$!
  start=$(date +%s.%N)
  code=$(curl -sS -o "$out" -w '%{http_code}' -H 'Content-Type: text/csv' -H 'Expect:' \
    --data-binary @"$in" "$base/api/v1/addresses/convert-batch")
  end=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  jcmd "$pid" GC.run >/dev/null
  post=$(heap_used_mb)
  max=$(sort -n "$samples" | tail -1)
  if [ "$code" != 200 ]; then
    echo "run $run: HTTP $code" >&2
    head -c 500 "$out" >&2
    exit 1
  fi
  statuses=$(python3 - "$out" <<'PY'
import collections, csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    counts = collections.Counter(row["status"] for row in reader)
print(sum(counts.values()), " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
PY
)
  printf '%-4s %-9.2f %-9s %-10s %-11s %-10s %s\n' "$run" "$(echo "$end - $start" | bc)" "${statuses%% *}" \
    "${pre}MB" "${max}MB" "${post}MB" "${statuses#* }"
done
