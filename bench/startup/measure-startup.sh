#!/usr/bin/env bash
# Start-up to healthy with the embedded database already initialised.
# Starts the exec jar RUNS times on the same data folder (the first, untimed start initialises it),
# measures from process start to the first {"status":"UP"} on /actuator/health, and prints the
# median, with `java -version` timed in the same run as a baseline.
#   bench/startup/measure-startup.sh [RUNS]     (needs ./haicap build first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
jar="target/haicap-0.1.0-SNAPSHOT-exec.jar"
data="$(mktemp -d /tmp/haicap-startup.XXXX)"
port="${PORT:-18080}"

now_ms() { date +%s%3N; }

start_once() {
  local t0 t1 pid
  t0=$(now_ms)
  HAICAP_DATA="$data" PORT="$port" java -Xmx2g -jar "$jar" >"$data/app.log" 2>&1 &
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
start_once >/dev/null
times=()
base=()
for _ in $(seq "$runs"); do
  times+=("$(start_once)")
  b0=$(now_ms); java -version >/dev/null 2>&1; b1=$(now_ms); base+=($((b1 - b0)))
done
m=$(printf '%s\n' "${times[@]}" | median)
mb=$(printf '%s\n' "${base[@]}" | median)
echo "start-up to healthy (ms): ${times[*]}"
echo "median: ${m} ms; baseline java -version median: ${mb} ms; ratio $(awk "BEGIN{printf \"%.1f\", $m/$mb}")"
rm -rf "$data"
