#!/usr/bin/env python3
"""Rewrites a gold JSON-lines NER set in CoNLL-2003's tokenisation (stdlib only).

usage: python3 conll_style.py IN.jsonl OUT.jsonl

Every token is separated by one space as in CoNLL's files ("Russia 's", "( AP )", "said ."), abbreviations and
numbers stay whole ("U.S.", "3.5", "2-1"), each paragraph stays one line. Gold spans move with their text; a span
whose edge falls inside a token of this tokenisation ("Darmstadt-based") is dropped and counted, as CoNLL could not
have annotated it either. Shows what the NER steps do to input shaped like the CoNLL-2003 test set.
"""
import json, re, sys

TOKEN = re.compile(r"""
    (?:[A-Za-z]\.){2,}                                   # U.S. , U.N.
  | (?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Lt|Col|Sgt|Capt|Prof|Rev|No|Mt|Ft|Ave|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Minn|Calif|Ill|Mich|Mass|Fla|Ga|Va|Wash|Tex|Ariz|Colo|Conn|Pa|Ore|Md|Tenn|Ky)\.(?=\s|$|[,;:)])
  | \d+(?:[.,:/-]\d+)*%?                                 # 3.5 , 1,200 , 2-1
  | ['\u2019](?:s|re|ve|ll|d|m)\b | n['\u2019]t          # clitics split off as in the Penn treebank
  | [A-Z]['\u2019][A-Z]\w+                                # O'Neill
  | \w+(?=n['\u2019]t)                                    # do (n't)
  | \w+(?:[-.&]\w+)*                                      # words, hyphenated words, AT&T
  | \S                                                    # any other character alone
""", re.VERBOSE)


def retokenise(text, spans):
    out, new_of_old = [], {}
    length = 0
    for line_number, line_start, line in lines(text):
        if not line.strip():
            continue
        if out:
            out.append("\n"); length += 1
        first = True
        for m in TOKEN.finditer(line):
            if not first:
                out.append(" "); length += 1
            first = False
            for i in range(m.start(), m.end()):
                new_of_old[line_start + i] = length + i - m.start()
            starts.add(line_start + m.start()); ends.add(line_start + m.end())
            out.append(m.group()); length += m.end() - m.start()
    kept, dropped = [], 0
    for s, e, t in spans:
        if s in starts and e in ends:
            kept.append([new_of_old[s], new_of_old[e - 1] + 1, t])
        else:
            dropped += 1
    return "".join(out), kept, dropped


def lines(text):
    start = 0
    for number, line in enumerate(text.split("\n")):
        yield number, start, line
        start += len(line) + 1


def main(source, target):
    global starts, ends
    dropped_total = 0
    with open(source, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            starts, ends = set(), set()
            text, entities, dropped = retokenise(doc["text"], doc["entities"])
            for s, e, t in entities:
                assert not text[s:e].startswith(" ") and not text[s:e].endswith(" "), (doc["id"], text[s:e])
            dropped_total += dropped
            out.write(json.dumps({"id": doc["id"], "text": text, "entities": entities}, ensure_ascii=False) + "\n")
    print(f"{source}: {dropped_total} gold spans cut by CoNLL tokens, dropped", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
