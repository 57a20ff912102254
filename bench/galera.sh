#!/usr/bin/env bash
# The cluster benchmark (bench/cluster.sh) on a 3-node MariaDB Galera cluster on loopback
# (bench/galera-cluster.sh, ports 3400-3402): both application nodes spread their connections over
# the three database nodes (jdbc:mariadb:loadbalance://…), so transactions meet certification
# conflicts, which the application retries. Same comparison: 0 lost, 0 differences.
# Usage: bench/galera.sh [options of bench/cluster.sh]; KEEP_GALERA=1 leaves the cluster running.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/sbin/haproxy ] || { echo "Needs Debian's HAProxy: apt-get install -y haproxy" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
bench/galera-cluster.sh start
[ "${KEEP_GALERA:-}" = 1 ] || trap 'bench/galera-cluster.sh stop' EXIT
bench/run.sh no.abctracker.bench.ClusterBenchmark \
  --db=jdbc:mariadb:loadbalance://127.0.0.1:3400,127.0.0.1:3401,127.0.0.1:3402/abc_galera_bench \
  --label="a 3-node Galera cluster, connections spread over its nodes" \
  --balancer-port=9410 --node-ports=9411,9412 --replay-port=9413 --grid-ports=9460,9461 \
  --logs=target/galera-bench "$@"
