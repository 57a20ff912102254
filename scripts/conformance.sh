#!/usr/bin/env bash
# Runs the ADL LRS conformance suite (both xAPI versions) against the runnable jar on a fresh
# database and prints the counts. The suite is someone else's code and stays outside this repo:
#   git clone <adlnet/lrs-conformance-test-suite> ../lrs-conformance-test-suite && (cd ../lrs-conformance-test-suite && npm install)
# Usage: scripts/conformance.sh [SUITE_DIR] [extra console_runner options, e.g. -g REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."

suite=${1:-${ADL_SUITE:-../lrs-conformance-test-suite}}
shift || true
if [ ! -f "$suite/bin/console_runner.js" ] || [ ! -d "$suite/node_modules" ]; then
  echo "No installed conformance suite at $suite (see the header of this script)" >&2
  exit 2
fi
port=${CONFORMANCE_PORT:-8390}
db=${CONFORMANCE_DB:-abc_conformance}
key=conformance
secret=conformance-secret-$RANDOM$RANDOM

[ -f target/abc-tracker.jar ] || ./mvnw -q package -DskipTests
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db"

ABC_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" ABC_ADMIN_PASSWORD=conformance-admin \
  ABC_LRS_BOOTSTRAP_KEY=$key ABC_LRS_BOOTSTRAP_SECRET=$secret \
  java -jar target/abc-tracker.jar --port "$port" > target/conformance-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server did not start; see target/conformance-server.log" >&2; exit 1; }

status=0
for version in 1.0.3 2.0.0; do
  out=$(cd "$suite" && node bin/console_runner.js -e "http://127.0.0.1:$port/xapi" -a -u $key -p "$secret" \
          -x $version -z "$@" 2>&1 | tail -n 5) || true
  log=$(echo "$out" | sed -n 's/^Full run log written to //p')
  if [ -z "$log" ]; then
    echo "xAPI $version: the suite wrote no log"; echo "$out"; status=1; continue
  fi
  summary=$(node -e 'const s=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).summary; console.log(`${s.passed}/${s.total} passed, ${s.failed} failed`); process.exit(s.failed?1:0)' "$log") || status=1
  echo "xAPI $version: $summary (failures logged in $log)"
done
exit $status
