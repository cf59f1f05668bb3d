#!/usr/bin/env python3
"""Where newsline's text goes wrong on the pages of an extraction set that score under 0.9, by position:
   scripts/extraction-kinds.py SET [EXTRACTOR]       (after scripts/eval-extraction.sh SET)
Reads the gold from $NEWSLINE_SHARED/bench/extraction/SET (default ../shared; scrapinghub from bench-data/) and the
predictions and per-page scores that scripts/eval-extraction.sh keeps in $EVAL_CACHE/preds/SET. Gold paragraphs
missing from the prediction count as missing before the first kept paragraph (miss-lead), between kept ones
(miss-inner), after the last (miss-tail) or all of them (miss-all); predicted paragraphs absent from the gold as
extra before, inside or after the gold ones (extra-before, extra-inner, extra-after) or everything (extra-all).
Prints, per page, the share of the gold text of each kind (-v) and, per set, how many pages each kind dominates."""
import collections, csv, json, os, re, sys

args = [a for a in sys.argv[1:] if a != '-v']
verbose = '-v' in sys.argv
name, extractor = args[0], (args[1] if len(args) > 1 else 'newsline')
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get('NEWSLINE_SHARED', os.path.join(root, '..', 'shared'))
cache = os.environ.get('EVAL_CACHE', os.path.expanduser('~/.cache/newsline-eval-extraction'))
gold_dir = os.path.join(root, 'bench-data/extraction/scrapinghub') if name == 'scrapinghub' \
    else os.path.join(shared, 'bench/extraction', name)
if not os.path.isfile(os.path.join(gold_dir, 'ground-truth.json')):
    sys.exit(f'extraction-kinds: {gold_dir}/ground-truth.json is absent (no ../shared?): nothing to count')
gold = json.load(open(os.path.join(gold_dir, 'ground-truth.json'), encoding='utf-8'))
pred = json.load(open(os.path.join(cache, 'preds', name, extractor + '.json'), encoding='utf-8'))
f1 = {r['id']: float(r['f1']) for r in
      csv.DictReader(open(os.path.join(cache, 'preds', name, extractor + '.per-page.tsv')), delimiter='\t')}


def norm(text):
    return ' '.join(re.findall(r'\w+', text.lower()))


def paragraphs(text):
    return [p for p in (norm(q) for q in re.split(r'\n+', text)) if p]


dominant = collections.Counter()
weak = 0
for page, record in gold.items():
    if f1.get(page, 1.0) >= 0.9:
        continue
    weak += 1
    gold_text = norm(record['articleBody'])
    pred_text = norm((pred.get(page) or {}).get('articleBody') or '')
    kinds = collections.Counter()
    for items, other, prefix in ((paragraphs(record['articleBody']), pred_text, 'miss'),
                                 (paragraphs((pred.get(page) or {}).get('articleBody') or ''), gold_text, 'extra')):
        present = [p in other for p in items]
        if items and not any(present):
            kinds[prefix + '-all'] += sum(len(p) for p in items)
            continue
        if not items:
            continue
        first, last = present.index(True), len(present) - 1 - present[::-1].index(True)
        for i, p in enumerate(items):
            if not present[i]:
                where = 'lead' if i < first else 'tail' if i > last else 'inner'
                if prefix == 'extra':
                    where = {'lead': 'before', 'tail': 'after', 'inner': 'inner'}[where]
                kinds[f'{prefix}-{where}'] += len(p)
    top = max(kinds, key=kinds.get) if kinds else 'none'
    dominant[top] += 1
    if verbose:
        share = {k: round(v / max(1, len(gold_text)), 2) for k, v in kinds.most_common()}
        print(f'{page}\tF1 {f1.get(page, 0):.2f}\t{share}')
print(f'{name} {extractor}: {weak} pages under 0.9; dominant kind: {dict(dominant.most_common())}')
