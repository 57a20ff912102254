#!/usr/bin/env bash
# Query benchmark: loads statements through the API up to --target, then times agent+verb queries.
# Usage: bench/query.sh [--target=1000000] [--queries=2000] [--base=http://127.0.0.1:8383/xapi] ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh no.abctracker.bench.QueryBenchmark "$@"
