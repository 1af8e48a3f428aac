#!/usr/bin/env bash
# Builds what the one-stop-shop benchmarks run besides wrk: the life-cycle drivers (bench/lifecycle, Maven,
# Flowable and the HTTP driver, dependencies in bench/lifecycle/target/lib) and the in-process driver, compiled
# against Haicap's Boot jar extracted to bench/target/haicap-app. Prints nothing when up to date.
# Called by build_drivers in bench/onestop/lib.sh, which sets the class paths.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${HAICAP_JAR:=$(ls -t target-bench/haicap-*-exec.jar target/haicap-*-exec.jar 2>/dev/null | head -1)}"
if [ ! -f bench/lifecycle/target/classes/vn/haicap/bench/lifecycle/Rows.class ] \
    || [ -n "$(find bench/lifecycle/src bench/lifecycle/pom.xml -newer bench/lifecycle/target/classes/vn/haicap/bench/lifecycle/Rows.class 2>/dev/null)" ]; then
  mvn -B -q -ntp -f bench/lifecycle/pom.xml package >&2
fi
app=bench/target/haicap-app
stamp="$app/.from"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(stat -c %Y "$HAICAP_JAR") $HAICAP_JAR" ]; then
  rm -rf "$app" bench/target/inprocess-classes
  java -Djarmode=tools -jar "$HAICAP_JAR" extract --destination "$app" >/dev/null
  stat -c '%Y %n' "$HAICAP_JAR" | sed "s| .*| $HAICAP_JAR|" >"$stamp"
fi
app_jar="$(ls "$app"/haicap-*-exec.jar)"
# the life-cycle classes the in-process driver shares
shared=(bench/lifecycle/src/main/java/vn/haicap/bench/lifecycle/Rows.java
        bench/lifecycle/src/main/java/vn/haicap/bench/lifecycle/JitWarmup.java)
if [ ! -d bench/target/inprocess-classes ] \
    || [ -n "$(find bench/lifecycle/inprocess "${shared[@]}" -newer bench/target/inprocess-classes 2>/dev/null)" ]; then
  mkdir -p bench/target/inprocess-classes
  javac -nowarn -d bench/target/inprocess-classes -cp "$app_jar" \
    bench/lifecycle/inprocess/vn/haicap/bench/inprocess/InProcessDriver.java \
    "${shared[@]}"
  touch bench/target/inprocess-classes
fi
