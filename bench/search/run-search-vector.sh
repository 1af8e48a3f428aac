#!/usr/bin/env bash
# Writing a search item: PostgreSQL parsing its folded text (parsed.sql) against reading the vector the
# application built (sent.sql), one item per transaction, with pgbench on a Haicap server's embedded PostgreSQL,
# alternating ROUNDS times. Prints each round's TPS and the medians' ratio.
#   bench/search/run-search-vector.sh [DURATION_S] [ROUNDS] [CLIENTS]     defaults: 15 5 2
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/onestop/lib.sh
seconds="${1:-15}"
rounds="${2:-5}"
clients="${3:-2}"
data="${DATA:-/tmp/haicap-search-vector}"
out=bench/target/search
mkdir -p "$out"
log="$out/search-vector-$(date -u +%Y%m%dT%H%M%S).txt"
machine_info | tee "$log"
start_server "$data" "${PORT:-8295}"
trap 'q postgres "delete from document.search_item where kind = '"'bench'"'" || true; stop_server; [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$data"' EXIT
psql -X -q -v ON_ERROR_STOP=1 -d postgres -f bench/search/setup.sql
{
  for round in $(seq 1 "$rounds"); do
    for way in ${WAYS:-parsed sent}; do
      tps="$($NICE pgbench -n -c "$clients" -j "$clients" -T "$seconds" -M prepared -f "bench/search/$way.sql" postgres 2>&1 \
        | sed -n 's/^tps = \([0-9.]*\).*/\1/p')"
      echo "RESULT round=$round way=$way clients=$clients tps=$tps"
    done
  done
} | tee -a "$log"
python3 - "$log" <<'PY'
import re, statistics, sys
tps = {}
for line in open(sys.argv[1]):
    if line.startswith("RESULT "):
        f = dict(re.findall(r"(\w+)=(\S+)", line))
        tps.setdefault(f["way"], []).append(float(f["tps"]))
if "sent" not in tps:
    print(f"items/s median: parsed {statistics.median(tps['parsed']):.0f}"); sys.exit()
p, s = statistics.median(tps["parsed"]), statistics.median(tps["sent"])
print(f"items/s median: parsed {p:.0f}, sent {s:.0f}; sent/parsed {s / p:.2f}")
PY
