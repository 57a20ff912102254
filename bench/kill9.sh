#!/usr/bin/env bash
# kill -9 under load (docs/reliability.md): starts target/abc-tracker.jar on a fresh database
# (default abc_kill9 on the MariaDB at 127.0.0.1:3306), posts batches with N clients, kills the
# process with SIGKILL mid-run, restarts it and checks every acknowledged statement is stored.
# Usage: bench/kill9.sh [--clients=8] [--batch=10] [--cycles=3] [--seconds=20] [--db=jdbc:mariadb://…]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q package -DskipTests
exec bench/run.sh no.abctracker.bench.KillUnderLoad "$@"
