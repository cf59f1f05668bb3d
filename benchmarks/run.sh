#!/usr/bin/env bash
# Run JMH benchmarks: benchmarks/run.sh [JMH options, e.g. a benchmark regex, -f 1 -wi 2 -i 3]
# Builds the benchmarks module and its dependencies, then runs org.openjdk.jmh.Main on that classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am install
cp=$(./mvnw -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "benchmarks/target/classes:$cp" org.openjdk.jmh.Main "$@"
