#!/usr/bin/env bash
# Run JMH benchmarks: benchmarks/run.sh [JMH options, e.g. a benchmark regex, -f 1 -wi 2 -i 3]
# Builds the benchmarks module and its dependencies, then runs org.openjdk.jmh.Main with this checkout's module
# classes first on the class path (so a SNAPSHOT jar another checkout installed in ~/.m2 cannot shadow them).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
cp=$(./mvnw -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
own=""
for m in schemas runtime ingest enrich publish; do own="$own:$m/target/classes"; done
exec java -cp "benchmarks/target/classes$own:$cp" org.openjdk.jmh.Main "$@"
