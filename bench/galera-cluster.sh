#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback for the Galera benchmark (bench/galera.sh), from
# Debian's packages: /usr/sbin/mariadbd with the galera-4 provider (/usr/lib/galera/libgalera_smm.so),
# rsync for the state transfer. Nodes answer SQL on 127.0.0.1:3400-3402 (root, no password), talk
# to each other on 4400-4402 (group), 4450-4452 (state transfer) and 4500-4502 (incremental
# transfer); data, sockets and logs under ${GALERA_DIR:-target/galera} (created anew by "start").
# Usage: bench/galera-cluster.sh start|stop|status
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(realpath -m "${GALERA_DIR:-target/galera}")"
provider=/usr/lib/galera/libgalera_smm.so
members="gcomm://127.0.0.1:4400,127.0.0.1:4401,127.0.0.1:4402"

sql() { # node-number statement
  mariadb -S "$dir/node$1.sock" -uroot -N -B -e "$2"
}

status_of() { # node-number -> wsrep_local_state_comment, or nothing
  sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true
}

config() { # node-number
  local n=$1 i=$(($1 - 1))
  cat > "$dir/node$n.cnf" <<EOF
[mariadbd]
user=root
datadir=$dir/node$n
socket=$dir/node$n.sock
pid-file=$dir/node$n.pid
log-error=$dir/node$n.err
port=$((3400 + i))
bind-address=127.0.0.1
skip-name-resolve
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
innodb_flush_log_at_trx_commit=2
max_connections=300
# Galera's requirements: row-based replication, InnoDB, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=abc_bench
wsrep_cluster_address=$members
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((4400 + i))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4400 + i));ist.recv_addr=127.0.0.1:$((4500 + i));gcache.size=128M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4450 + i))
wsrep_slave_threads=4
EOF
}

start_node() { # node-number [--wsrep-new-cluster]
  local n=$1; shift
  nohup /usr/sbin/mariadbd --defaults-file="$dir/node$n.cnf" "$@" > "$dir/node$n.out" 2>&1 &
  for _ in $(seq 1 180); do
    [ "$(status_of "$n")" = "Synced" ] && { echo "galera node $n synced on port $((3399 + n))"; return 0; }
    sleep 1
  done
  echo "galera node $n did not sync; see $dir/node$n.err" >&2
  return 1
}

stop() {
  for n in 3 2 1; do
    if [ -f "$dir/node$n.pid" ]; then
      kill "$(cat "$dir/node$n.pid")" 2>/dev/null || true
    fi
  done
  for n in 3 2 1; do
    for _ in $(seq 1 60); do
      [ -f "$dir/node$n.pid" ] && kill -0 "$(cat "$dir/node$n.pid")" 2>/dev/null || break
      sleep 1
    done
  done
}

case "${1:-}" in
  start)
    [ -r "$provider" ] || { echo "Needs Debian's galera-4: apt-get install -y galera-4" >&2; exit 1; }
    command -v rsync > /dev/null || { echo "Needs rsync: apt-get install -y rsync" >&2; exit 1; }
    stop
    rm -rf "$dir" && mkdir -p "$dir"
    # rsync's daemon receives a state transfer as "nobody" when run by root
    for n in 1 2 3; do config "$n"; mkdir -p "$dir/node$n"; chmod 777 "$dir/node$n"; done
    mariadb-install-db --defaults-file="$dir/node1.cnf" --auth-root-authentication-method=normal \
      > "$dir/install.log" 2>&1
    start_node 1 --wsrep-new-cluster
    sql 1 "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION"
    start_node 2
    start_node 3
    echo "cluster size $(sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
    ;;
  stop)
    stop
    echo "galera nodes stopped"
    ;;
  status)
    for n in 1 2 3; do echo "node $n: $(status_of "$n")"; done
    ;;
  *)
    echo "Usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
