#!/usr/bin/env bash
# Compiles the benchmark sources (src/test/java/no/abctracker/bench) and runs one main class with
# the test classpath. Usage: bench/run.sh MAIN_CLASS [--option=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"; shift
./mvnw -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xms1g -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main" "$@"
