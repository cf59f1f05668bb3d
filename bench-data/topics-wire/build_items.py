#!/usr/bin/env python3
"""Builds the wire-story topic items from a user's own copies of the stories (stdlib only).

usage: python3 build_items.py LABELS.tsv OUT.tsv SET=FILE...
  SET is conll-testa, conll-testb, conllpp or ag-news; FILE the CoNLL column file (CoNLL-2003 eng.testa,
  eng.testb; CoNLL++ conllpp.txt) or the benchmark's CSV. One item per -DOCSTART- document: its headline without the section slug ("SOCCER - "), and its lead,
  the first sentences after the dateline line until 25 words or two sentences (sentences under five words before
  it are skipped); CoNLL++ has no headlines, and its photo captions and credits are skipped. Documents whose lead
  has under eight words are left out. Each item is joined to its labels (id, iptc, desk) by id; an item without a
  label, or a label without an item, stops the build (the copy differs from the one labelled).
  ag-news is the test split of the AG News benchmark (Zhang, Zhao and LeCun 2015; test.csv: 7,600 rows of class
  1-4, title, description; 1 world, 2 sports, 3 business, 4 sci/tech) and carries its own labels: one item per row,
  the title as headline and the description as lead, with the corpus's mangled markup read as a clean step would
  (" #39;" an apostrophe, " quot;" a double quote, "#36;" and "\\$" a dollar sign, a lone backslash a line break,
  HTML entities decoded and tags dropped); no IPTC label. Add ":raw" to the set name (ag-news:raw=FILE) to keep
  the text as the file has it. ag-news-sample=FILE gives only the 800 rows of ag-news-sample.tsv (a random 200 of
  each class, labelled here by hand with one IPTC topic), each with that IPTC label and the benchmark's class.
"""
import csv, html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ner"))
from conll_to_jsonl import documents, to_text  # noqa: E402

SLUG = re.compile(r"^([A-Z][A-Z ./&]{1,30}?) - ")
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]*\d{4}-\d{2}-\d{2}$")


def detokenise(s):
    s = re.sub(r" ('s|n't|'re|'ve|'ll|'d|'m|\u2019s)\b", r"\1", s)
    s = re.sub(r" ([,.;:!?%)\]])", r"\1", s)
    return re.sub(r"([(\[$]) ", r"\1", s)


def item(set_name, text):
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if set_name == "conllpp":
        head = ""
        body = [x for x in lines
                if not x.startswith("FILE PHOTO") and not x.startswith("REUTERS / ") and not x.startswith("Slideshow")]
    else:
        head, body = lines[0], lines[1:]
        slug = SLUG.match(head)
        if slug:
            head = head[slug.end():]
        head = re.sub(r" \.$", "", head)
        if body and DATELINE.match(body[0]):
            body = body[1:]
    lead, words = [], 0
    for sentence in body:
        n = len(sentence.split())
        if n < 5 and not lead:
            continue
        lead.append(sentence)
        words += n
        if words >= 25 or len(lead) >= 2:
            break
    return detokenise(head), detokenise(" ".join(lead))


AG_NEWS_DESKS = {"1": "world", "2": "sports", "3": "business", "4": "scitech"}


def clean_ag_news(s):
    r"""The text a clean step would give for a field of the benchmark's file.

    >>> clean_ag_news(r"Acme #39;s profit rose to \$5 million, quot;a record, quot; it said.\\Shares &lt;b&gt;up&lt;/b&gt;")
    'Acme\'s profit rose to $5 million, "a record, " it said. Shares up'
    >>> clean_ag_news("Widget maker  #36;3 bln deal &amp;amp; more")
    'Widget maker $3 bln deal & more'
    """
    s = s.replace("\\$", "$").replace("\\", " ")
    for mangled, plain in ((" #39;", "'"), ("#39;", "'"), (" #36;", " $"), ("#36;", "$"), (" quot;", ' "'),
                           ("quot;", '"')):
        s = s.replace(mangled, plain)
    s = html.unescape(html.unescape(s))
    s = re.sub(r"<[^>]*>", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def ag_news_items(set_name, path):
    raw = set_name.endswith(":raw")
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for number, (desk, title, description) in enumerate(csv.reader(f), 1):
            if not raw:
                title, description = clean_ag_news(title), clean_ag_news(description)
            rows.append(("%s:row-%04d" % (set_name, number), set_name, " ".join(title.split()),
                         " ".join(description.split()), "-", AG_NEWS_DESKS[desk]))
    return rows


AG_NEWS_SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ag-news-sample.tsv")


def read_labels(path):
    """id -> (iptc, desk) of a label file (the desk of ag-news-sample.tsv is the annotators', not the benchmark's)."""
    labels = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                id_, iptc, desk = line.rstrip("\n").split("\t")[:3]
                labels[id_] = (iptc, desk)
    return labels


def ag_news_sample_items(path):
    # id -> (iptc, benchmark class): the annotators' desk is not needed here
    with open(AG_NEWS_SAMPLE, encoding="utf-8") as f:
        sample = {c[0]: (c[1], c[3]) for c in (line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))}
    rows = [("ag-news-sample:" + r[0].split(":", 1)[1], "ag-news-sample", r[2], r[3], sample[r[0]][0], r[5])
            for r in ag_news_items("ag-news", path) if r[0] in sample and sample[r[0]][1] == r[5]]
    if len(rows) != len(sample):
        sys.exit("%d of the %d sampled rows found in %s: is it the benchmark's test.csv?" % (len(rows), len(sample), path))
    return rows


def main(labels_path, out_path, sources):
    labels = read_labels(labels_path)
    rows = []
    for source in sources:
        set_name, path = source.split("=", 1)
        if set_name == "ag-news-sample":
            rows.extend(ag_news_sample_items(path))
            continue
        if set_name.startswith("ag-news"):
            rows.extend(ag_news_items(set_name, path))
            continue
        with open(path, encoding="utf-8") as f:
            docs = documents(f)
        for number, doc in enumerate(docs, 1):
            text = to_text(doc)[0]
            head, lead = item(set_name, text)
            if len(lead.split()) < 8:
                continue
            id_ = "%s:doc-%04d" % (set_name, number)
            if id_ not in labels:
                sys.exit("no label for %s: is %s the copy that was labelled?" % (id_, path))
            rows.append((id_, set_name, head, lead) + labels.pop(id_))
    missing = [i for i in labels if i.split(":")[0] in {s.split("=")[0] for s in sources}]
    if missing:
        sys.exit("%d labelled items not found, e.g. %s" % (len(missing), missing[0]))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# id\tset\theadline\tlead\tiptc\tdesk\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print("%d items" % len(rows))


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
