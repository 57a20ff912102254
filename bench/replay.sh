#!/usr/bin/env bash
# Replay-equals-incremental at full size against a running server (bench/server.sh): generates a
# municipality of 2,000 staff and 100,000 LMS statements (voids, late identities, several
# employments, cohorts with attendance, manual registrations) through the API and the LRS, waits
# for the projector, replays, and compares the tables row by row (see docs/performance.md).
# Usage: bench/replay.sh [--staff=2000] [--statements=100000] [--base=http://127.0.0.1:8383/] ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh no.abctracker.bench.ReplayBenchmark "$@"
