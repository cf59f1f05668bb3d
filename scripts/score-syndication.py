#!/usr/bin/env python3
"""Scores a syndication run on a set in the layout of ../shared/fixtures/syndication-dev2 (CLUSTERS.tsv with columns
file, group, kind, url and an optional agency; one text file per page, two header lines).

score-syndication.py CLUSTERS.tsv CLEAN.jsonl STORIES.jsonl AGENCIES.tsv [GROUP_AGENCIES.tsv]
  GROUP_AGENCIES.tsv (optional): group<TAB>agency lines, for a CLUSTERS.tsv without an agency column;
  CLEAN.jsonl: `newsline extract` of the pages (every page's title, page type and credits, not-articles included);
  STORIES.jsonl: `newsline demo --output jsonl` of the same pages; AGENCIES.tsv: schemas' reference/agencies.tsv.
Prints:
  pairs      pairwise precision/recall of "same story" (pairs of one group with a rewrite member are not counted;
             any merge across groups is a false merge; the metric of ../syndication-dev/score.py);
  not-article  not-article pages flagged by ingest and in no story; article pages wrongly flagged;
  source     share of wire-story pages (agency column set; copies and originals, rewrites shown apart) whose story's
             source is that agency, among pages whose group names its agency anywhere in its pages' text (any alias
             of agencies.tsv, or the code itself);
  titles     article pages whose title is page furniture: a breadcrumb or link marker, a credit or time-stamp line,
             or a title that shares no word of four letters or more with the page's first 150 words of text.
Reads the page texts only to tell whether they name their agency; prints file names and titles, never page text."""
import itertools, json, os, re, sys

def load_rows(tsv):
    lines = [l.rstrip('\n').split('\t') for l in open(tsv, encoding='utf-8')]
    head, rows = lines[0], lines[1:]
    out = []
    for r in rows:
        if not r or not r[0]:
            continue
        d = dict(zip(head, r + [''] * (len(head) - len(r))))
        d.setdefault('agency', '')
        out.append(d)
    return out

def page_text(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[0].startswith('url: '):
        lines = lines[2:]
    return '\n'.join(lines)

def alias_patterns(agencies_tsv):
    out = {}
    for line in open(agencies_tsv, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        code, _, _, aliases = line.rstrip('\n').split('\t')
        pats = []
        # '~' marks an alias that names the agency only as a credit; here any naming counts.
        for a in [x.lstrip('~') for x in aliases.split('|')] + [code]:
            flags = 0 if len(a) <= 5 else re.IGNORECASE
            pats.append(re.compile(r'(?<![\w])' + re.escape(a) + r'(?![\w])', flags))
        out[code.lower()] = pats
    return out

WORD = re.compile(r'\w+', re.UNICODE)

def stems(text):
    return {w[:5] for w in WORD.findall((text or '').lower()) if len(w) >= 4 and not w.isdigit()}

def furniture(title, text):
    t = title.strip()
    if re.search(r'[>»›]', t) or re.match(r'^(>>|»|›|→)', t) or re.match(
            r'(?i)^(source|published|updated|posted|your location|you are here|home)\b', t):
        return 'breadcrumb, link or label'
    if re.search(r'\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}:\d{2}\b', t) and len(t.split()) <= 8:
        return 'time stamp'
    lede = ' '.join((text or '').split()[:150])
    if not (stems(t) & stems(lede)):
        return 'no word in common with the text'
    return None

def main():
    tsv, clean_path, stories_path, agencies_tsv = sys.argv[1:5]
    base = os.path.dirname(tsv)
    rows = load_rows(tsv)
    if len(sys.argv) > 5:
        extra = dict(l.rstrip('\n').split('\t')[:2] for l in open(sys.argv[5], encoding='utf-8')
                     if l.strip() and not l.startswith('#'))
        for x in rows:
            x['agency'] = x['agency'] or extra.get(x['group'], '')
    clean = {}
    for line in open(clean_path, encoding='utf-8'):
        if line.strip().startswith('{'):
            d = json.loads(line)
            clean[d.get('url')] = d
    story_of, source_of, title_of = {}, {}, {}
    n = 0
    for line in open(stories_path, encoding='utf-8'):
        if not line.strip().startswith('{'):
            continue
        s = json.loads(line)
        n += 1
        for a in s.get('articles') or []:
            story_of[a.get('url')] = s.get('storyId')
        source_of[s.get('storyId')] = s.get('source')
        title_of[s.get('storyId')] = s.get('title')

    # Pairs.
    tp = fp = fn = 0
    merges, misses = [], []
    for a, b in itertools.combinations(rows, 2):
        same_gold = a['group'] == b['group'] and a['group'] != 'none'
        if a['url'] == b['url'] or (same_gold and 'rewrite' in (a['kind'], b['kind'])):
            continue
        sa, sb = story_of.get(a['url']), story_of.get(b['url'])
        same_pred = sa is not None and sa == sb
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            merges.append(a['file'] + '+' + b['file'])
        elif same_gold:
            fn += 1
            misses.append(a['file'] + '+' + b['file'])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f'pairs\tP={p:.3f} R={r:.3f} tp={tp} fp={fp} fn={fn} stories={n}')
    for m in merges:
        print('\tfalse merge\t' + m)
    for m in misses:
        print('\tmissed copy\t' + m)

    # Not-article handling.
    nav = [x for x in rows if x['kind'] == 'not-article']
    nav_ok = [x for x in nav if (clean.get(x['url']) or {}).get('pageType') == 'not-article'
              and not story_of.get(x['url'])]
    wrongly = [x for x in rows if x['kind'] != 'not-article'
               and (clean.get(x['url']) or {}).get('pageType') == 'not-article']
    print(f'not-article\t{len(nav_ok)}/{len(nav)} flagged and in no story; {len(wrongly)} article pages flagged')
    for x in nav:
        if x not in nav_ok:
            c = clean.get(x['url']) or {}
            print(f"\tmissed\t{x['file']}\t{c.get('pageType')}\tin story: {bool(story_of.get(x['url']))}")
    for x in wrongly:
        print(f"\tflagged\t{x['file']}\t{(clean.get(x['url']) or {}).get('pageTypeReason')}")

    # Source accuracy.
    aliases = alias_patterns(agencies_tsv)
    named = {}
    for x in rows:
        code = x['agency'].strip()
        if not code or x['kind'] == 'not-article':
            continue
        pats = aliases.get(code.lower(), [re.compile(r'(?<![\w])' + re.escape(code) + r'(?![\w])', re.IGNORECASE)])
        text = page_text(os.path.normpath(os.path.join(base, x['file'])))
        named[x['group']] = named.get(x['group'], False) or any(pt.search(text) for pt in pats)
    wire = [x for x in rows if x['agency'].strip() and x['kind'] != 'not-article']
    # A rewrite (a paraphrase, joining its group a bonus) is counted apart: it is not the wire text.
    rewrites = [x for x in wire if x['kind'] == 'rewrite' and named.get(x['group'])]
    counted = [x for x in wire if named.get(x['group']) and x['kind'] != 'rewrite']
    def right_of(x):
        return (source_of.get(story_of.get(x['url'])) or '').lower() == x['agency'].lower()
    right = [x for x in counted if right_of(x)]
    right_all = [x for x in wire if right_of(x)]
    share = len(right) / len(counted) if counted else 1.0
    if wire:
        print(f'source\t{len(right)}/{len(counted)} = {share:.3f} of wire-story pages whose story names its agency'
              f' ({len(right_all)}/{len(wire)} of all wire-story pages; rewrites apart:'
              f' {sum(1 for x in rewrites if right_of(x))}/{len(rewrites)})')
    else:
        print('source\tnot measured: CLUSTERS.tsv names no agency')
    for x in counted + rewrites:
        if not right_of(x):
            got = source_of.get(story_of.get(x['url']))
            print(f"\twrong\t{x['file']}\texpected {x['agency']}, got {got}")

    # Furniture titles.
    articles = [x for x in rows if (clean.get(x['url']) or {}).get('pageType') == 'article']
    titled = [x for x in articles if (clean.get(x['url']) or {}).get('title')]
    bad = []
    for x in titled:
        c = clean[x['url']]
        why = furniture(c['title'], c.get('text'))
        if why:
            bad.append((x, why))
    print(f'titles\t{len(bad)} furniture of {len(titled)} titled article pages ({len(articles) - len(titled)} untitled)')
    for x, why in bad:
        print(f"\tfurniture\t{x['file']}\t{why}\t{clean[x['url']]['title'][:80]}")
    ok = fp == 0 and r >= 0.9 and len(nav_ok) == len(nav) and share >= 0.9 and not bad
    print(('PASS' if ok else 'SHORT') + ' (goal: no false merge, R>=0.90, not-articles in no story, '
          'source right for >=90 % of wire-story pages whose story names its agency, no furniture title)')
    return 0 if ok else 1

if __name__ == '__main__':
    sys.exit(main())
