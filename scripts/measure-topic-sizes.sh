#!/usr/bin/env bash
# Bytes per page on every topic, from a real run: an embedded broker, the three apps (with the JSON mirror of the
# events on), pages submitted, then each topic read back with `newsline tail --raw`. Prints, per topic, the records,
# the key and value bytes as the apps wrote them, and the bytes of the broker's log segments (zstd batches, what a
# retention period costs on disk per replica), each also per submitted page. docs/OPERATIONS.md uses its figures.
#   scripts/measure-topic-sizes.sh [PAGES...]      default: the bundled samples and bench-data's 181 HTML pages
set -euo pipefail
cd "$(dirname "$0")/.."
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(cli/src/main/resources/io/newsline/cli/samples/pages.jsonl bench-data/extraction/scrapinghub/html)
work=$(mktemp -d /tmp/newsline-sizes.XXXXXX)
port=${NEWSLINE_SIZES_PORT:-19392}
bootstrap="127.0.0.1:$port"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
opts=(--bootstrap-servers "$bootstrap")

./newsline broker --port "$port" --controller-port $((port + 1)) --data-dir "$work/kafka" >/dev/null 2>"$work/broker.log" &
pids+=($!)
for _ in $(seq 60); do grep -q "running at" "$work/broker.log" && break; sleep 1; done
./newsline topics create "${opts[@]}" -D topic.replication.factor=1 -D topic.min.insync.replicas=1 >/dev/null
./newsline run all "${opts[@]}" -D app.state.dir="$work/state" -D http.port=-1 -D publish.events.json.enabled=true \
    >/dev/null 2>"$work/run.log" &
pids+=($!)
./newsline submit "${opts[@]}" "${pages[@]}" 2>"$work/submit.log" >/dev/null
submitted=$(sed -n 's/^submitted \([0-9]*\) pages.*/\1/p' "$work/submit.log")
echo "submitted $submitted pages; waiting for every page's decision or dead letter..." >&2
count() { ./newsline tail "$1" "${opts[@]}" --from-beginning --idle-exit 5 --raw 2>/dev/null | wc -l; }
for _ in $(seq 120); do
  done_pages=$(( $(count decisions) + $(count dlq) ))
  [ "$done_pages" -ge "$submitted" ] && break
  sleep 5
done
for t in raw clean enriched decisions stories events events.json dlq; do
  ./newsline tail "$t" "${opts[@]}" --from-beginning --idle-exit 10 --raw > "$work/$t.records.jsonl" 2>/dev/null
done
python3 - "$work" "$submitted" <<'PY'
import base64, glob, json, os, sys
work, pages = sys.argv[1], int(sys.argv[2])
print(f"{pages} pages submitted")
print(f"{'topic':28} {'records':>8} {'key+value bytes':>16} {'per page':>10} {'on disk':>12} {'per page':>10}")
for short in ["raw", "clean", "enriched", "decisions", "stories", "events", "events.json", "dlq"]:
    topic = None
    n = size = 0
    for line in open(os.path.join(work, short + ".records.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        topic = r["topic"]
        n += 1
        size += len((r["key"] or "").encode("utf-8")) + (len(base64.b64decode(r["value"])) if r["value"] else 0)
    names = {"raw": "news.pages.raw.v1", "clean": "news.articles.clean.v1", "enriched": "news.articles.enriched.v1",
             "decisions": "news.decisions.v1", "stories": "news.stories.v1", "events": "news.events.v1",
             "events.json": "news.events.json.v1", "dlq": "news.dlq.v1"}
    topic = topic or names[short]
    disk = sum(os.path.getsize(f) for f in glob.glob(os.path.join(work, "kafka", "**", topic + "-*", "*.log"),
                                                      recursive=True))
    print(f"{topic:28} {n:>8} {size:>16,} {size / pages:>10,.0f} {disk:>12,} {disk / pages:>10,.0f}")
PY
