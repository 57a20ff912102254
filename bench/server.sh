#!/usr/bin/env bash
# Builds and starts the LRS for benchmarking on 127.0.0.1:${PORT:-8383} with its own database
# (abc_perf, created on first start) and the LRS client bench / bench-secret; waits until it answers.
# JAVA_OPTS are passed to the JVM (e.g. a flight recording, docs/performance.md).
# Logs go to target/bench-server.log, the pid to target/bench-server.pid (stop: kill "$(cat target/bench-server.pid)").
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8383}"
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
ABC_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB:-abc_perf}" ABC_ADMIN_PASSWORD=adminadmin \
  ABC_LRS_BOOTSTRAP_KEY=bench ABC_LRS_BOOTSTRAP_SECRET=bench-secret \
  nohup java ${JAVA_OPTS:-} -jar target/abc-tracker.jar --port "$port" > target/bench-server.log 2>&1 &
echo $! > target/bench-server.pid
for _ in $(seq 1 60); do
  if curl -sf -m 2 "http://127.0.0.1:$port/xapi/about" > /dev/null; then
    echo "LRS up on port $port (pid $(cat target/bench-server.pid))"; exit 0
  fi
  sleep 3
done
echo "LRS did not answer on port $port within 3 minutes; see target/bench-server.log" >&2
exit 1
