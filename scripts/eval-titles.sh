#!/usr/bin/env bash
# Title choice on a development set: the cleanportaleval pages, whose gold text starts with the page's headline.
#   scripts/eval-titles.sh [PAGES_DIR GOLD_JSON]
# Defaults: ../shared/bench/extraction/cleanportaleval (html/, ground-truth.json), read where they are, never copied.
# Gold title: the first line of each page's gold text; pages whose gold has no headline line (empty, a comment, a
# "URL:" line) are skipped and counted. Scored as the held-out sets score titles (scripts/score-extraction-heldout.py):
# exact after trimming, and normalised (equal token lists). Prints the figures, then every page whose title differs.
# This set is for developing the title rule; the held-out sets (scripts/eval-extraction-heldout.sh) are not.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSLINE_SHARED:-../shared}
set_dir=$shared/bench/extraction/cleanportaleval
pages=${1:-$set_dir/html}
gold=${2:-$set_dir/ground-truth.json}
if [ ! -d "$pages" ] || [ ! -f "$gold" ]; then
  echo "eval-titles: skipped: $pages or $gold is absent (the development set lives in ../shared)" >&2
  exit 0
fi
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
./newsline extract "$pages" >"$t/newsline.jsonl"
python3 - "$gold" "$t/newsline.jsonl" <<'PY'
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('score', 'scripts/score-extraction-heldout.py')
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = json.load(open(sys.argv[1], encoding='utf-8'))
preds = score.load_predictions(sys.argv[2])
n = exact = norm = skipped = 0
wrong = []
for pid, g in sorted(gold.items()):
    first = (g.get('articleBody') or '').strip().split('\n')[0].strip()
    if not first or first.startswith('<!--') or first.startswith('URL:'):
        skipped += 1
        continue
    title = (preds.get(pid) or {}).get('title') or ''
    n += 1
    exact += title.strip() == first
    ok = score.tokens(title) == score.tokens(first)
    norm += ok
    if not ok:
        wrong.append((pid, title, first))
print(f'titles: {n} pages ({skipped} without a headline line skipped): exact {exact}/{n}, normalised {norm}/{n}')
for pid, title, first in wrong:
    print(f'  {pid}\n    got:  {title}\n    gold: {first}')
PY
