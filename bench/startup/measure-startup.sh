#!/usr/bin/env bash
# Start-up to healthy with the embedded database already initialised.
# Starts Haicap RUNS times on the same data folder (the first, untimed start initialises it) and
# measures from process start to the first {"status":"UP"} on /actuator/health: as `./haicap serve`
# starts it (extracted jar + class-data-sharing archive) and, for comparison, as the plain fat jar;
# `java -version` is timed in the same run as a baseline. Prints the medians.
#   bench/startup/measure-startup.sh [RUNS]     (run ./haicap build first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
data="$(mktemp -d /tmp/haicap-startup.XXXX)"
port="${STARTUP_PORT:-18080}"

now_ms() { date +%s%3N; }

start_once() { # command...
  local t0 t1 pid
  t0=$(now_ms)
  HAICAP_DATA="$data" PORT="$port" "$@" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "haicap exited; see $data/app.log" >&2; exit 1; }
  done
  t1=$(now_ms)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $((t1 - t0))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "initialising $data (untimed)..." >&2
start_once ./haicap serve >/dev/null
served=(); fat=(); base=()
for _ in $(seq "$runs"); do
  served+=("$(start_once ./haicap serve)")
  fat+=("$(start_once java -Xmx2g -jar target/haicap-0.1.0-SNAPSHOT-exec.jar)")
  b0=$(now_ms); java -version >/dev/null 2>&1; b1=$(now_ms); base+=($((b1 - b0)))
done
ms=$(printf '%s\n' "${served[@]}" | median)
mf=$(printf '%s\n' "${fat[@]}" | median)
mb=$(printf '%s\n' "${base[@]}" | median)
echo "./haicap serve (ms): ${served[*]}  median ${ms}"
echo "fat jar        (ms): ${fat[*]}  median ${mf}"
echo "baseline java -version median ${mb} ms; serve/fat ratio $(awk "BEGIN{printf \"%.2f\", $ms/$mf}")"
rm -rf "$data"
