#!/usr/bin/env bash
# Coverage reports at the size of Oslo against a running server (bench/server.sh, e.g.
# DB=abc_perf_reports): --generate builds 300 units, 20,000 staff and 2,000,000 statements through
# the API and the LRS and waits for the projector; without it (or with --measure) times the coverage
# report per grouping, the 24-month trend and the gap list (see docs/performance.md).
# Usage: bench/reports.sh [--generate] [--measure] [--statements=2000000] [--seed=20261130] ...
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh no.abctracker.bench.ReportsBenchmark "$@"
