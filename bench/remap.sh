#!/usr/bin/env bash
# One activity mapping over many stored statements against a running server (bench/server.sh):
# posts --statements (100,000) on one LMS activity, maps it with one PUT, times the call and how long
# until the projector has applied it (see docs/performance.md).
# Usage: bench/remap.sh [--statements=100000] [--staff=2000] [--base=http://127.0.0.1:8383/xapi] ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh no.abctracker.bench.RemapBenchmark "$@"
