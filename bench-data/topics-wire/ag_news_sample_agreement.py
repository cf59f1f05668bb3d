#!/usr/bin/env python3
"""How far the four-class benchmark's classes and IPTC's placements agree, on the hand-labelled sample (stdlib only).

usage: python3 ag_news_sample_agreement.py [ag-news-sample.tsv]

For each benchmark class (rows of ag-news-sample.tsv: id, iptc, desk, benchmark class; iptc and desk by the
annotators, who never saw the benchmark's class), prints: the share of items whose annotated IPTC topic falls in the
same section (sports = sport, business = economy but its computing branch, sci/tech = science and technology plus
that branch, world = the rest), which is what a classifier that always answered the annotators' IPTC topic would
score there, and where the rest goes; and the share whose annotated desk (a wire service's filing) equals the
benchmark's class, a human's agreement with the benchmark.
"""
import collections
import os
import sys

CLASSES = ("world", "sports", "business", "scitech")


def section(iptc):
    if iptc == "20000225" or iptc == "13000000":
        return "scitech"
    if iptc == "15000000":
        return "sports"
    if iptc == "04000000":
        return "business"
    return "world"


def main(path):
    by_iptc = collections.defaultdict(collections.Counter)
    by_desk = collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        _, iptc, desk, gold = line.rstrip("\n").split("\t")
        by_iptc[gold][section(iptc)] += 1
        by_desk[gold][desk] += 1
    print("class     items | IPTC topic's section: same, then where the rest goes | annotators' desk: same")
    total = same_iptc = same_desk = 0
    for gold in CLASSES:
        n = sum(by_iptc[gold].values())
        rest = ", ".join("%s %.3f" % (s, by_iptc[gold][s] / n) for s in CLASSES if s != gold and by_iptc[gold][s])
        print("%-9s %5d | %.3f (%s) | %.3f" % (gold, n, by_iptc[gold][gold] / n, rest or "-", by_desk[gold][gold] / n))
        total += n
        same_iptc += by_iptc[gold][gold]
        same_desk += by_desk[gold][gold]
    print("all       %5d | %.3f | %.3f" % (total, same_iptc / total, same_desk / total))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         os.path.join(os.path.dirname(os.path.abspath(__file__)), "ag-news-sample.tsv"))
