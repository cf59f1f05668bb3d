#!/usr/bin/env python3
"""Score extractors by snippets that must and must not appear in their text (python3 standard library only).

Used by scripts/eval-extraction-heldout.sh on a sample of the evaluation pages of trafilatura (its repository's
tests/eval and tests/cache pages with tests/evaldata.py: web pages of 2012-2022, blogs, guides, recipes, shops,
sports clubs, public bodies and news, mostly German and English), where each page has two to five `with`
snippets (short runs of the main text) and one to five `without` snippets (menus, teasers, footers, sign-up boxes,
related links). The set's gold is snippets, not whole texts, so the metric is the one that set is published with,
fixed here before any extractor ran on the pages:

  normalise   NFC, every run of whitespace one space, trimmed; the same for the snippet and the extractor's text.
  with        found (true positive) when the normalised snippet occurs in the normalised text, case and
              punctuation as they are; missing otherwise (false negative).
  without     found (false positive) when it occurs; absent otherwise (true negative).
  figures     summed over all pages (micro): precision TP / (TP + FP), recall TP / (TP + FN), F1 of the two,
              accuracy (TP + TN) / all snippets. An extractor with no text for a page finds none of its snippets.
  paired      --paired N: the share of N resamples of the pages (bootstrap, seed 0) in which the first extractor's
              F1 is above each other's.
newsline's `text` is scored, what a consumer reads (headline and standfirst are outside it by contract); a second
newsline row scores its `subtitle` and `text` together, for readers who show the standfirst above the body.

Snippets: JSON {page file name: {"with": [...], "without": [...]}}. Predictions: as score-extraction-heldout.py
reads them (the peers' JSON, newsline's JSON lines), id = file name without .html.
A checkout of trafilatura's repository (or any folder with tests/evaldata.py beside tests/eval/ and tests/cache/)
becomes that layout with --prepare-trafilatura: every EVAL_PAGES entry whose page file exists, or only the names
listed in --sample FILE (one file name per line, or a TSV's `file` column), its `with` and `without` lists taken as they are.
Usage:
  score-extraction-snippets.py --self-test
  score-extraction-snippets.py --prepare-trafilatura CHECKOUT OUT_DIR [--sample FILE]   # OUT/html, OUT/snippets.json
  score-extraction-snippets.py SNIPPETS_JSON NAME=PRED [NAME=PRED...] [--pages DIR] [--paired N]
      [--per-page OUT.tsv]
"""
import argparse
import ast
import importlib.util
import shutil
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

SPACE_RE = re.compile(r'\s+')


def normalise(text):
    return SPACE_RE.sub(' ', unicodedata.normalize('NFC', text or '')).strip()


def judge(snippets, text):
    """The page's `with` snippets missing from the text, and its `without` snippets found in it."""
    body = normalise(text)
    return ([s for s in snippets['with'] if normalise(s) not in body],
            [s for s in snippets['without'] if normalise(s) in body])


def tally(snippets, missing, unwanted):
    """(tp, fn, fp, tn) of one page from what judge() found."""
    return (len(snippets['with']) - len(missing), len(missing), len(unwanted), len(snippets['without']) - len(unwanted))


def counts(snippets, text):
    """(tp, fn, fp, tn) of one page."""
    return tally(snippets, *judge(snippets, text))


def figures(pages):
    tp, fn, fp, tn = (sum(p[i] for p in pages) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + fn + fp + tn) if tp + fn + fp + tn else 0.0
    return f1, precision, recall, accuracy


def _heldout_scorer():
    """score-extraction-heldout.py (its prediction readers and table helpers), imported by path."""
    spec = importlib.util.spec_from_file_location('score_extraction_heldout',
                                                  Path(__file__).resolve().parent / 'score-extraction-heldout.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


heldout = _heldout_scorer()


def eval_pages(evaldata_source):
    """The EVAL_PAGES dict of trafilatura's tests/evaldata.py, read as a literal (nothing of it is executed)."""
    for node in ast.parse(evaldata_source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', '') == 'EVAL_PAGES' for t in node.targets):
            return ast.literal_eval(node.value)
    raise ValueError('no EVAL_PAGES in the file')


def sample_files(sample, half=None):
    """The file names a sample lists: one per line, or the first column of a TSV whose header names it `file`;
    with `half`, only the rows whose `half` column holds that value."""
    rows = [line.split('\t') for line in Path(sample).read_text(encoding='utf-8').splitlines() if line.strip()]
    header = [c.strip() for c in rows[0]] if rows and rows[0][0].strip() == 'file' else None
    if half is not None and (header is None or 'half' not in header):
        sys.exit(f'score-extraction-snippets: {sample} has no half column to choose {half!r} from')
    column = header.index('half') if half is not None else None
    return {r[0].strip() for r in (rows[1:] if header else rows)
            if column is None or (len(r) > column and r[column].strip() == half)}


def prepare_trafilatura(checkout, out_dir, sample=None, half=None):
    tests = Path(checkout) / 'tests'
    pages = eval_pages((tests / 'evaldata.py').read_text(encoding='utf-8'))
    wanted = sample_files(sample, half) if sample else None
    html = Path(out_dir) / 'html'
    html.mkdir(parents=True, exist_ok=True)
    snippets, missing = {}, []
    for entry in pages.values():
        name = entry['file']
        if wanted is not None and name not in wanted:
            continue
        source = next((d / name for d in (tests / 'eval', tests / 'cache') if (d / name).exists()), None)
        if source is None:
            missing.append(name)
            continue
        shutil.copyfile(source, html / name)
        snippets[name] = {'with': list(entry.get('with', [])), 'without': list(entry.get('without', []))}
    (Path(out_dir) / 'snippets.json').write_text(json.dumps(snippets, ensure_ascii=False, indent=1), encoding='utf-8')
    print(f'score-extraction-snippets: {len(snippets)} pages prepared in {out_dir}'
          + (f'; {len(missing)} listed without their page file: {" ".join(sorted(missing)[:10])}' if missing else ''),
          file=sys.stderr)


def self_test():
    page = {'with': ['Die GEMA  dreht', 'am Zeiger!'], 'without': ['Impressum', '31. Mai']}
    assert counts(page, 'Text: die GEMA dreht\nvöllig am Zeiger! Impressum') == (1, 1, 1, 1), 'case is kept'
    assert counts(page, 'Die GEMA\n\tdreht am Zeiger!') == (2, 0, 0, 2), 'whitespace runs are one space'
    assert counts(page, '') == (0, 2, 0, 2), 'no text finds nothing'
    assert counts({'with': ['Café'], 'without': []}, 'Cafe\u0301 au lait') == (1, 0, 0, 0), 'NFC on both sides'
    f1, p, r, a = figures([(1, 1, 1, 1), (2, 0, 0, 2)])
    assert (round(p, 3), round(r, 3), round(a, 3)) == (0.75, 0.75, 0.75) and round(f1, 3) == 0.75
    assert figures([(0, 2, 0, 2)])[:3] == (0.0, 0.0, 0.0)
    source = "# pylint: disable=C0114\nEVAL_PAGES = {\n'https://a.example/x': {\n    'file': 'a.html',\n" \
        "    'with': ['eins', \"zwei's\"],  # 2 segments\n    'without': ['Impressum'],\n},\n}\n"
    assert eval_pages(source) == {'https://a.example/x': {'file': 'a.html', 'with': ['eins', "zwei's"],
                                                          'without': ['Impressum']}}
    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / 'sample.tsv'
        tsv.write_text('file\tevaldata_offset\thalf\tstatus\na.html\t0\tdevelopment\tscored\n'
                       'b.html\t0\ttest\tscored\nc.html\t0\ttest\tnot copied\n', encoding='utf-8')
        assert sample_files(tsv) == {'a.html', 'b.html', 'c.html'}, 'a TSV: its file column, header left out'
        assert sample_files(tsv, 'test') == {'b.html', 'c.html'}, 'a half: its rows, whatever their status'
        names = Path(tmp) / 'names.txt'
        names.write_text('a.html\nb.html\n', encoding='utf-8')
        assert sample_files(names) == {'a.html', 'b.html'}, 'one name a line'
    print('score-extraction-snippets: self-test passed')


def main():
    if sys.argv[1:] == ['--self-test']:
        self_test()
        return
    if sys.argv[1:2] == ['--prepare-trafilatura']:
        ap = argparse.ArgumentParser(prog='score-extraction-snippets.py --prepare-trafilatura')
        ap.add_argument('checkout')
        ap.add_argument('out_dir')
        ap.add_argument('--sample')
        ap.add_argument('--half', help="with --sample: only the rows whose `half` column holds this value")
        args = ap.parse_args(sys.argv[2:])
        prepare_trafilatura(args.checkout, args.out_dir, args.sample, args.half)
        return
    ap = argparse.ArgumentParser(prog='score-extraction-snippets.py')
    ap.add_argument('snippets')
    ap.add_argument('preds', nargs='+', help='NAME=PREDICTIONS')
    ap.add_argument('--pages', help='score only the pages whose file is in this folder (name the others)')
    ap.add_argument('--paired', type=int, default=0)
    ap.add_argument('--per-page', help='TSV: extractor, page, tp, fn, fp, tn, the missing and the unwanted snippets')
    args = ap.parse_args()
    gold = json.loads(Path(args.snippets).read_text(encoding='utf-8'))
    if args.pages:
        absent = sorted(k for k in gold if not (Path(args.pages) / k).exists())
        gold = {k: g for k, g in gold.items() if k not in absent}
        if absent:
            print(f'{len(absent)} pages of the snippet file are not in {args.pages}: {" ".join(absent)}')
    pages = sorted(gold)
    n_with = sum(len(gold[k]['with']) for k in pages)
    n_without = sum(len(gold[k]['without']) for k in pages)
    print(f'{len(pages)} pages, {n_with} snippets that must appear, {n_without} that must not')
    print()
    print('| extractor | F1 | precision | recall | accuracy | pages with every `with` and no `without` | empty |')
    print('|---|---|---|---|---|---|---|')
    per_extractor, rows = [], []
    for name, path, preds in heldout.each_prediction(args.preds, 7):
        variants = [(name, lambda p: p.get('text') or '')]
        if path.endswith('.jsonl'):
            variants.append((f'{name} (standfirst and text)',
                             lambda p: '\n\n'.join(x for x in (p.get('subtitle'), p.get('text')) if x)))
        for label, text_of in variants:
            page_counts, empty = [], 0
            for k in pages:
                text = text_of(preds.get(heldout.page_id(k), {}))
                missing, unwanted = judge(gold[k], text)
                c = tally(gold[k], missing, unwanted)
                page_counts.append(c)
                empty += not normalise(text)
                rows.append((label, k, *map(str, c), ' | '.join(missing), ' | '.join(unwanted)))
            f1, precision, recall, accuracy = figures(page_counts)
            perfect = sum(1 for c in page_counts if c[1] == 0 and c[2] == 0)
            print(f'| {label} | {f1:.3f} | {precision:.3f} | {recall:.3f} | {accuracy:.3f} | {perfect}/{len(pages)} '
                  f'| {empty} |')
            per_extractor.append((label, page_counts))
    if args.paired > 1 and len(per_extractor) > 1 and pages:
        # newsline's second row (standfirst and text) is not a peer
        peers = [row for row in per_extractor[1:] if not row[0].startswith(per_extractor[0][0] + ' (')]
        heldout.print_paired(per_extractor[:1] + peers, args.paired, lambda counts: figures(counts)[0])
    if args.per_page:
        with open(args.per_page, 'w', encoding='utf-8') as f:
            f.write('extractor\tpage\ttp\tfn\tfp\ttn\tmissing\tunwanted\n')
            f.writelines('\t'.join(row) + '\n' for row in rows)


if __name__ == '__main__':
    main()
