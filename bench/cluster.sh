#!/usr/bin/env bash
# Two application nodes and a real HAProxy (docker/haproxy.cfg) on one MariaDB (a fresh database
# abc_cluster_bench on 127.0.0.1:3306, dropped first): a coordinator works through the round-robin
# balancer, 8 LMS clients post batches, singles, voiding and "races" while node 2 is killed (kill -9)
# and started again; every acknowledged statement and completion is then compared with an
# independent recomputation and with a replay on one node; throughput and CPU per statement with
# two nodes and with one. Exits non-zero on any difference (see docs/performance.md).
# Ports 9400 (balancer), 9401-9403 (nodes), 9450-9451 (data grid). Needs Debian's haproxy.
# Usage: bench/cluster.sh [--quick] [--staff=300] [--clients=8] [--throughput=30] ...
#   --quick: the CI variant (about 2-3 minutes): no throughput, the killed node stays down, no replay.
#   SKIP_BUILD=1: use target/abc-tracker.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/sbin/haproxy ] || { echo "Needs Debian's HAProxy: apt-get install -y haproxy" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
exec bench/run.sh no.abctracker.bench.ClusterBenchmark "$@"
