#!/usr/bin/env bash
# Extract the distributional word clusters of CoreNLP's English NER model (its distsim lexicon: Clark clusters over
# English Gigaword 4 and Reuters RCV1, GPL-3.0-or-later like CoreNLP) into the build, not the jar:
# enrich/target/word-clusters/io/newsline/enrich/topics/word-clusters.txt.gz, a class-path folder that enrich's tests
# and the topic experiments read (models trained with -Dtopics.wordClusters; docs/QUALITY.md, "Topics").
# Usage: scripts/extract-word-clusters.sh
# Deterministic: the same CoreNLP models jar gives the same file. About 30 s after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
# the extraction lives in enrich's test sources, so it stays out of the production jar
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p enrich/target/word-clusters/io/newsline/enrich/topics
exec java -Xmx3g -cp "enrich/target/test-classes:enrich/target/classes:$cp" \
  io.newsline.enrich.topics.training.WordClusterExtraction \
  enrich/target/word-clusters/io/newsline/enrich/topics/word-clusters.txt.gz
