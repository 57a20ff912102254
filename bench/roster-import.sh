#!/usr/bin/env bash
# Roster import benchmark: starts the bundle against a fresh database, imports 110 units and a
# 20,000-line roster (16,000 persons; 4,000 hold a second employment), then imports the same roster
# again and a changed one (2,000 employments changed, 1,000 left out). Prints each import's time.
#
#   ./mvnw -q package -DskipTests && bench/roster-import.sh
#
# Settings: PORT (8189), ROWS (20000), BENCH_DB (abc_bench, dropped and re-created).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8189}
ROWS=${ROWS:-20000}
BENCH_DB=${BENCH_DB:-abc_bench}
SERVER_LOG=${SERVER_LOG:-/tmp/abc-bench-server.log}
ADMIN=bench-admin
PASSWORD=bench-admin-password
WORK=$(mktemp -d)
BASE="http://127.0.0.1:${PORT}/api/v1"

[ -f target/abc-tracker.jar ] || { echo "target/abc-tracker.jar missing: ./mvnw -q package -DskipTests" >&2; exit 1; }
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${BENCH_DB}"

ABC_DB_URL="jdbc:mariadb://127.0.0.1:3306/${BENCH_DB}" ABC_ADMIN_USER=$ADMIN ABC_ADMIN_PASSWORD=$PASSWORD \
  java -Xmx1g -jar target/abc-tracker.jar --port "$PORT" --nocluster >"$SERVER_LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT}/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:${PORT}/health/ready" >/dev/null || { tail -50 "$SERVER_LOG"; exit 1; }

for code in 4321 4322; do
  curl -fs -u "$ADMIN:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"name\":\"Benchmark kommune $code\"}" "$BASE/municipalities" >/dev/null
done

awk 'BEGIN {
  print "unit_code,name,parent_code,unit_type";
  print "HO,Helse og omsorg,,ADMINISTRATION";
  for (a = 1; a <= 9; a++) { printf "A%d,Område %d,HO,HOME_CARE\n", a, a;
    for (u = 1; u <= 11; u++) printf "A%d-U%d,Enhet %d-%d,A%d,%s\n", a, u, a, u, a, (u % 2 ? "HOME_CARE" : "INSTITUTION") } }' \
  >"$WORK/units.csv"

# $1: rows, $2: changed (every Nth line gets another percent, 0 = none), $3: left out (every Mth line, 0 = none)
roster() {
  awk -v rows="$1" -v change="$2" -v leave="$3" 'BEGIN {
    print "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,shift_pattern,employment_kind,start_date,end_date";
    split("DAY TWO_SHIFT THREE_SHIFT NIGHT WEEKEND LONG_SHIFT", shifts, " ");
    split("PERMANENT TEMPORARY ON_CALL AGENCY APPRENTICE", kinds, " ");
    persons = int(rows * 0.8);
    for (i = 1; i <= rows; i++) {
      if (leave && i % leave == 0) continue;
      p = (i <= persons) ? i : i - persons;
      unit = sprintf("A%d-U%d", (p % 9) + 1, (i % 11) + 1);
      percent = (p * 7) % 101; if (change && i % change == 0) percent = (percent + 1) % 101;
      printf "%d,Ansatt Nummer %d,ansatt%d@kommune.no,%s,%d,Helsefagarbeider,%d,%s,%s,20%02d-%02d-01,\n",
        100000 + p, p, p, unit, 7000 + (i % 200), percent, shifts[(i % 6) + 1], kinds[(i % 5) + 1], 10 + (i % 15), (i % 12) + 1;
    } }'
}
roster "$ROWS" 0 0 >"$WORK/roster.csv"
roster "$ROWS" 10 20 >"$WORK/changed.csv"

MUNICIPALITY=4321
put() { # $1 path, $2 file, $3 label
  local out
  out=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -u "$ADMIN:$PASSWORD" \
    -H 'Content-Type: text/csv' --data-binary "@$2" -X PUT "$BASE/municipalities/$MUNICIPALITY/$1")
  printf '%-34s %s s  (HTTP %s) %s\n' "$3" "${out#* }" "${out%% *}" "$(head -c 300 "$WORK/answer.json")"
}

echo "Roster import benchmark: $(nproc) cores, $(wc -l <"$WORK/roster.csv") lines with header"
put units "$WORK/units.csv" "units (110)"
put staff "$WORK/roster.csv" "roster, first import (cold JVM)"
MUNICIPALITY=4322
put units "$WORK/units.csv" "units (110), 2nd municipality"
put staff "$WORK/roster.csv" "roster, first import (warm JVM)"
put staff "$WORK/roster.csv" "same roster again"
put staff "$WORK/changed.csv" "changed roster"
put staff "$WORK/roster.csv" "original roster again"
