#!/usr/bin/env bash
# CPU per submitted dossier, for an A/B of two jars on a noisy machine: a server on a new database, WARMUP seconds of
# saturated POST /api/v1/dossiers (wrk, 8 connections), then DURATION seconds more while the server's and
# PostgreSQL's CPU ticks are read from /proc; prints one "AB" line per jar. Alternate the jars over several rounds:
#   bench/intake/cpu-per-dossier.sh OLD.jar NEW.jar [ROUNDS]      defaults: 2 rounds
# env: WARMUP (90), DURATION (30), PORT (8295), DATA (/tmp/haicap-ab, deleted after each jar)
set -uo pipefail
cd "$(dirname "$0")/../.."
rounds="${3:-2}"
warmup="${WARMUP:-90}"
duration="${DURATION:-30}"
port="${PORT:-8295}"
data="${DATA:-/tmp/haicap-ab}"
export BODY_FILE=bench/intake/submission.json

ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
postgres_ticks() { for p in $(pgrep -f '^postgres: '); do awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s+=$1} END {print s+0}'; }
busy_ticks() { awk '/^cpu /{print $2+$3+$4+$6+$7+$8}' /proc/stat; }

one() { # jar label
  HAICAP_JAR="$1"
  . bench/onestop/lib.sh
  rm -rf "$data"
  start_server "$data" "$port" 2>/dev/null
  MODE=submit $NICE wrk -t2 -c8 -d"$warmup"s --timeout 30s -s bench/onestop/onestop.lua "http://localhost:$port" >/dev/null
  local s1 p1 t1 s2 p2 t2 result
  s1=$(ticks "$SERVER_PID"); p1=$(postgres_ticks); t1=$(busy_ticks)
  result=$(MODE=submit $NICE wrk -t2 -c8 -d"$duration"s --timeout 30s -s bench/onestop/onestop.lua "http://localhost:$port" | grep RESULT)
  s2=$(ticks "$SERVER_PID"); p2=$(postgres_ticks); t2=$(busy_ticks)
  stop_server
  rm -rf "$data"
  local n rps
  n=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<<"$result"); rps=$(sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$result")
  awk -v l="$2" -v n="$n" -v rps="$rps" -v s=$((s2 - s1)) -v p=$((p2 - p1)) -v t=$((t2 - t1)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN {f = 1000 / hz / n; printf "AB %s rps=%.1f server_ms_per_dossier=%.2f postgres_ms_per_dossier=%.2f machine_busy_ms_per_dossier=%.2f\n", l, rps, s * f, p * f, t * f}'
}

for round in $(seq 1 "$rounds"); do
  one "$1" "round=$round jar=$1"
  one "$2" "round=$round jar=$2"
done
