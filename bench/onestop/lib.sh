# Shared by the one-stop-shop benchmarks (bench/intake, bench/lifecycle, bench/tracking): start and stop a
# Haicap server on its own embedded PostgreSQL, find that PostgreSQL's port, run psql against it.
# Source it from the repository root.
#   HAICAP_JAR   the Boot jar (default: the newest target-bench/haicap-*-exec.jar, else target/...)
#   NICE         prefix for the server and the load generator (default "nice -n -15" as root, else none)
#   SERVER_HEAP  -Xmx of the server (default 1g)

if [ -z "${HAICAP_JAR:-}" ]; then
  HAICAP_JAR="$(ls -t target-bench/haicap-*-exec.jar target/haicap-*-exec.jar 2>/dev/null | head -1 || true)"
fi
if [ -z "${NICE+x}" ]; then
  if [ "$(id -u)" = 0 ]; then NICE="nice -n -15"; else NICE=""; fi
fi
SERVER_HEAP="${SERVER_HEAP:-1g}"

# start_server DATA_DIR PORT [extra Spring arguments...]: returns when /actuator/health is UP; sets SERVER_PID
start_server() {
  local data="$1" port="$2"
  shift 2
  [ -f "$HAICAP_JAR" ] || { echo "no Haicap jar (build it: see bench/README.md)" >&2; return 1; }
  mkdir -p "$data"
  HAICAP_DATA="$data" $NICE java -Xmx"$SERVER_HEAP" -jar "$HAICAP_JAR" --server.port="$port" \
    --haicap.rate-limit.enabled=false "$@" >>"$data/server.log" 2>&1 &
  SERVER_PID=$!
  local waited=0
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.5
    waited=$((waited + 1))
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "haicap exited; see $data/server.log" >&2; return 1; }
    [ "$waited" -lt 600 ] || { echo "haicap not healthy after 300 s; see $data/server.log" >&2; return 1; }
  done
  PGPORT="$(sed -n 4p "$data/pg/postmaster.pid")"
  export PGPORT PGHOST=localhost PGUSER=postgres
  echo "haicap pid $SERVER_PID on :$port, its PostgreSQL on :$PGPORT ($(psql -Atc 'show server_version' postgres))" >&2
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# psql on the server's PostgreSQL: q DATABASE SQL
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "NA"; else print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

machine_info() {
  echo "== machine $(date -u +%FT%TZ)"
  echo "nproc $(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g'); $(free -g | awk '/Mem:/{print $2 " GiB"}')"
  java -version 2>&1 | head -1
  echo "jar $HAICAP_JAR ($(stat -c %y "$HAICAP_JAR" | cut -d. -f1)); working tree at $(git rev-parse --short HEAD)"
  uptime
}

# builds the drivers (bench/onestop/build-drivers.sh) and sets their class paths
build_drivers() {
  HAICAP_JAR="$HAICAP_JAR" bench/onestop/build-drivers.sh
  INPROCESS_CP="$(ls bench/target/haicap-app/haicap-*-exec.jar):bench/target/inprocess-classes"
  LIFECYCLE_CP="bench/lifecycle/target/classes:bench/lifecycle/target/lib/*"
}
