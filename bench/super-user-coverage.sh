#!/usr/bin/env bash
# Super-user coverage benchmark: starts the bundle against a fresh database, imports 110 units and a
# 20,000-line roster (16,000 persons), appoints 1,000 super-users over the API (each one also an
# LRS statement), completes ABC for 500 of them through /xapi/statements, sets rules for 99 units x 2
# technologies, then times the coverage matrix, the appointment list and a certificate PDF.
#
#   ./mvnw -q package -DskipTests && bench/super-user-coverage.sh
#
# Settings: PORT (8191), BENCH_DB (abc_bench_superusers, dropped and re-created), APPOINTMENTS (1000).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8191}
BENCH_DB=${BENCH_DB:-abc_bench_superusers}
APPOINTMENTS=${APPOINTMENTS:-1000}
SERVER_LOG=${SERVER_LOG:-/tmp/abc-bench-superusers.log}
ADMIN=bench-admin
PASSWORD=bench-admin-password
CODE=4321
WORK=$(mktemp -d)
BASE="http://127.0.0.1:${PORT}/api/v1"
M="$BASE/municipalities/$CODE"

[ -f target/abc-tracker.jar ] || { echo "target/abc-tracker.jar missing: ./mvnw -q package -DskipTests" >&2; exit 1; }
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${BENCH_DB}"

ABC_DB_URL="jdbc:mariadb://127.0.0.1:3306/${BENCH_DB}" ABC_ADMIN_USER=$ADMIN ABC_ADMIN_PASSWORD=$PASSWORD \
  ABC_BOOTSTRAP_MUNICIPALITY=$CODE ABC_LRS_BOOTSTRAP_KEY=bench ABC_LRS_BOOTSTRAP_SECRET=bench-secret \
  java -Xmx1g -jar target/abc-tracker.jar --port "$PORT" --nocluster >"$SERVER_LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT}/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:${PORT}/health/ready" >/dev/null || { tail -50 "$SERVER_LOG"; exit 1; }

awk 'BEGIN {
  print "unit_code,name,parent_code,unit_type";
  print "HO,Helse og omsorg,,ADMINISTRATION";
  for (a = 1; a <= 9; a++) { printf "A%d,Område %d,HO,HOME_CARE\n", a, a;
    for (u = 1; u <= 11; u++) printf "A%d-U%d,Enhet %d-%d,A%d,%s\n", a, u, a, u, a, (u % 2 ? "HOME_CARE" : "INSTITUTION") } }' \
  >"$WORK/units.csv"
awk 'BEGIN {
  print "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,shift_pattern,employment_kind,start_date,end_date";
  split("DAY TWO_SHIFT THREE_SHIFT NIGHT WEEKEND LONG_SHIFT", shifts, " ");
  split("PERMANENT TEMPORARY ON_CALL AGENCY APPRENTICE", kinds, " ");
  rows = 20000; persons = 16000;
  for (i = 1; i <= rows; i++) {
    p = (i <= persons) ? i : i - persons;
    printf "%d,Ansatt Nummer %d,ansatt%d@kommune.no,A%d-U%d,%d,Helsefagarbeider,%d,%s,%s,20%02d-%02d-01,\n",
      100000 + p, p, p, (p % 9) + 1, (i % 11) + 1, 7000 + (i % 200), (p * 7) % 101, shifts[(i % 6) + 1], kinds[(i % 5) + 1], 10 + (i % 12), (i % 12) + 1;
  } }' >"$WORK/roster.csv"
awk 'BEGIN {
  printf "{\"rules\":[";
  n = 0;
  for (a = 1; a <= 9; a++) for (u = 1; u <= 11; u++) {
    printf "%s{\"unitCode\":\"A%d-U%d\",\"technology\":\"SAFETY_ALARM\"},{\"unitCode\":\"A%d-U%d\",\"technology\":\"MEDICINE_DISPENSER\",\"minimumPerShift\":2}", (n++ ? "," : ""), a, u, a, u }
  print "]}" }' >"$WORK/rules.json"

call() { # $1 method, $2 url, $3 content type, $4 body file (or -), $5 label
  local out
  if [ "$4" = - ]; then
    out=$(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}' -u "$ADMIN:$PASSWORD" -X "$1" "$2")
  else
    out=$(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}' -u "$ADMIN:$PASSWORD" -X "$1" \
      -H "Content-Type: $3" --data-binary "@$4" "$2")
  fi
  printf '%-52s %6s s  (HTTP %s, %s bytes)\n' "$5" "${out#* }" "${out%% *}" "$(wc -c <"$WORK/answer")"
}

echo "Super-user coverage benchmark: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
call PUT "$M/units" text/csv "$WORK/units.csv" "units (110)"
call PUT "$M/staff" text/csv "$WORK/roster.csv" "roster (20,000 lines, 16,000 persons)"

technologies=(SAFETY_ALARM MEDICINE_DISPENSER DIGITAL_SUPERVISION ELECTRONIC_DOOR_LOCK GPS DIGITAL_HOME_FOLLOW_UP RESPONSE_CENTRE EHR)
started=$(date +%s.%N)
for p in $(seq 1 "$APPOINTMENTS"); do
  printf '{"employeeId":"%d","unitCode":"A%d-U%d","technology":"%s","from":"2024-01-01"}' \
    $((100000 + p)) $((p % 9 + 1)) $((p % 11 + 1)) "${technologies[$((p % 8))]}" >"$WORK/appointment.json"
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN:$PASSWORD" -H 'Content-Type: application/json' \
    --data-binary "@$WORK/appointment.json" "$M/super-users")
  [ "$status" = 201 ] || { echo "appointment $p: HTTP $status" >&2; exit 1; }
done
echo "$APPOINTMENTS appointments, one POST each: $(echo "$(date +%s.%N) - $started" | bc) s"

for batch in $(seq 0 $((APPOINTMENTS / 40 - 1))); do
  awk -v first=$((batch * 40 + 1)) 'BEGIN {
    printf "[";
    for (p = first; p < first + 40; p += 2) for (m = 0; m < 5; m++)
      printf "%s{\"actor\":{\"mbox\":\"mailto:ansatt%d@kommune.no\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc/modules/%c\"},\"timestamp\":\"2023-0%d-01T10:00:00Z\"}", (p == first && m == 0 ? "" : ","), p, 97 + m, m + 1;
    print "]" }' >"$WORK/statements.json"
  curl -fs -o /dev/null -u bench:bench-secret -H 'X-Experience-API-Version: 1.0.3' -H 'Content-Type: application/json' \
    --data-binary "@$WORK/statements.json" "http://127.0.0.1:${PORT}/xapi/statements"
done
for _ in $(seq 1 600); do
  pending=$(curl -s -u "$ADMIN:$PASSWORD" "$M/progress/status" | sed -E 's/.*"pending":([0-9]+).*/\1/')
  [ "$pending" = 0 ] && break
  sleep 0.2
done
echo "ABC completed by $((APPOINTMENTS / 2)) appointees through the LRS (projection pending: $pending)"
call PUT "$M/super-user-rules" application/json "$WORK/rules.json" "rules (99 units x 2 technologies)"

for run in 1 2 3 4 5; do
  call GET "$M/reports/super-user-coverage?asOf=2025-01-15" - - "coverage matrix, whole municipality, run $run"
done
grep -o '"gaps":\[' "$WORK/answer" >/dev/null && echo "  gaps: $(grep -o '"kind":"GAP"' "$WORK/answer" | wc -l), not qualified: $(grep -o '"kind":"NOT_QUALIFIED"' "$WORK/answer" | wc -l), not working in unit: $(grep -o '"kind":"NOT_WORKING_IN_UNIT"' "$WORK/answer" | wc -l)"
for run in 1 2 3; do
  call GET "$M/reports/super-user-coverage?asOf=2025-01-15&unit=A3" - - "coverage matrix, one area (12 units), run $run"
done
for run in 1 2 3; do
  call GET "$M/super-users?asOf=2025-01-15" - - "appointment list with qualification, run $run"
done
for run in 1 2 3; do
  call GET "$M/staff/100001/certificates/ABC" - - "certificate PDF, run $run"
done
