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
. bench/onestop/lib.sh
start_server "$data" "$port" ${SERVER_ARGS:-}
trap stop_server EXIT
bench/workforce/fill-workforce.sh
