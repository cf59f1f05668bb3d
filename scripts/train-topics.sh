#!/usr/bin/env bash
# Train the level-1 topic model and the short-text news-section model of the enrich module and write them into
# enrich's resources (topic-model.bin, section-model.bin, topic-languages.tsv), after measuring them by source
# (see docs/QUALITY.md).
# Usage: scripts/train-topics.sh [TOPICS_TRAIN_DIR]   (default ../shared/topics-train)
# Deterministic: the same data and code give the same model. About 2 CPU-minutes (5-10 minutes on a busy two-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/topics-train}"
if [ ! -f "$data/mewsc16.jsonl" ]; then
  echo "no training data at $data (needs mewsc16.jsonl, sib200.jsonl, huffpost.jsonl, wikinews-ja-jfinteb.jsonl)" >&2
  exit 2
fi
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
# the trainer and the evaluation live in enrich's test sources, so they stay out of the production jar
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx3g -cp "enrich/target/test-classes:enrich/target/classes:$cp" io.newsline.enrich.topics.training.TopicsTrainer "$data" \
  --out enrich/src/main/resources/io/newsline/enrich/topics
