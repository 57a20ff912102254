#!/usr/bin/env bash
# The bad-input fuzz (docs/reliability.md): starts target/abc-tracker.jar on a fresh database
# (default abc_fuzz on the MariaDB at 127.0.0.1:3306), sends a seeded corpus of malformed requests
# to every endpoint family and checks that none was answered 5xx and no data table changed.
# Usage: bench/fuzz.sh [--requests=10200] [--seed=12] [--threads=4] [--db=jdbc:mariadb://…]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q package -DskipTests
exec bench/run.sh no.abctracker.bench.BadInputFuzz "$@"
