#!/usr/bin/env bash
# Statement ingest benchmark against a running server (see docs/performance.md).
# Compare with and without an LMS configuration: --mappings=500 --rules=3 [--rounds=2].
# Usage: bench/ingest.sh [--batch=50] [--clients=8] [--duration=60] [--warmup=15] [--base=http://127.0.0.1:8383/xapi] ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh no.abctracker.bench.IngestBenchmark "$@"
