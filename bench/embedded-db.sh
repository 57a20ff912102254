#!/usr/bin/env bash
# The README's "Run it" on a machine without a database server: target/abc-tracker.jar started in a
# network namespace of its own (nothing answers on localhost:3306 there), from a fresh data folder,
# then stopped and started again on the same folder. Checks: the node serves; the embedded MariaDB
# listens on 127.0.0.1 only and refuses root without a password; the password file is owner-only;
# a statement posted before the restart is there after it; a data folder under the JVM's temporary
# folder is refused (exit status 1). Needs root (ip netns). Usage: bench/embedded-db.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = --no-build ] || ./mvnw -q package -DskipTests
ns="abc-embedded-$$"
port=9250
data="$PWD/target/embedded-check/data"
log="$PWD/target/embedded-check"
rm -rf "$log" && mkdir -p "$log"
ip netns add "$ns"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  ip netns delete "$ns" 2>/dev/null || true
}
trap cleanup EXIT
ip netns exec "$ns" ip link set lo up
in_ns() { ip netns exec "$ns" "$@"; }

start() {
  in_ns env ABC_EMBEDDED_DB_DIR="$data" ABC_ADMIN_PASSWORD=embedded-admin \
    ABC_LRS_BOOTSTRAP_KEY=embedded ABC_LRS_BOOTSTRAP_SECRET=embedded-secret \
    java -Xmx512m -jar target/abc-tracker.jar --port "$port" --nocluster >> "$log/node-$1.log" 2>&1 &
  pid=$!
  local started=$SECONDS
  until in_ns curl -sf -m 2 "http://127.0.0.1:$port/health/ready" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: the node exited; see $log/node-$1.log"; exit 1; }
    [ $((SECONDS - started)) -lt 1200 ] || { echo "FAIL: not ready in 1200 s"; exit 1; }
    sleep 2
  done
  echo "start $1: ready in $((SECONDS - started)) s"
}
lrs() { in_ns curl -s -u embedded:embedded-secret -H 'X-Experience-API-Version: 1.0.3' "$@"; }

start fresh
id=$(cat /proc/sys/kernel/random/uuid)
lrs -H 'Content-Type: application/json' -o /dev/null -w '%{http_code}\n' \
  -d "{\"id\":\"$id\",\"actor\":{\"mbox\":\"mailto:kari@embedded.no\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"https://abc-tracker.no/test/embedded\"}}" \
  "http://127.0.0.1:$port/xapi/statements" | grep -qx 200 || { echo "FAIL: statement not stored"; exit 1; }
listen=$(in_ns ss -ltn 'sport = :3307' | tail -n +2 | awk '{print $4}' | sort -u | tr '\n' ' ')
echo "embedded MariaDB listens on: $listen"
[ "$listen" = "127.0.0.1:3307 " ] || { echo "FAIL: listens beyond 127.0.0.1"; exit 1; }
if in_ns mariadb --protocol=tcp -h127.0.0.1 -P3307 -uroot -e 'SELECT 1' > /dev/null 2>&1; then
  echo "FAIL: root without a password gets in"; exit 1
fi
echo "root without a password: refused"
mode=$(stat -c %a "$data/abc-tracker-db.password")
[ "$mode" = 600 ] || { echo "FAIL: password file mode $mode"; exit 1; }
echo "password file: mode $mode"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
ip netns pids "$ns" | xargs -r kill 2>/dev/null || true
sleep 3

start restart
lrs -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$port/xapi/statements?statementId=$id" \
  | grep -qx 200 || { echo "FAIL: the statement is gone after the restart"; exit 1; }
echo "statement kept across the restart"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
ip netns pids "$ns" | xargs -r kill 2>/dev/null || true

set +e
in_ns env ABC_EMBEDDED_DB_DIR="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.io.tmpdir/{print $2}')/abc-data" \
  timeout 600 java -Xmx512m -jar target/abc-tracker.jar --port "$port" --nocluster > "$log/node-tmp.log" 2>&1
status=$?
set -e
[ "$status" = 1 ] && grep -q "ABC_EMBEDDED_DB_DIR must not lie under" "$log/node-tmp.log" \
  || { echo "FAIL: a data folder under the temporary folder was not refused (status $status)"; exit 1; }
echo "data folder under the temporary folder: refused, exit status $status"
echo "PASS"
