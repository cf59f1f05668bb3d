#!/usr/bin/env python3
"""CoNLL-2003 column file to the gold JSON lines score.py and NerEvaluationMain read (stdlib only).

usage: python3 conll_to_jsonl.py IN.conll OUT.jsonl

One document per -DOCSTART- line (a file without any is one document), sentences as given, one per line of the
text, tokens joined by single spaces. The first column is the token, the last the NER tag, in IOB1 (CoNLL-2003's
own: I-X, with B-X only where two entities of one type touch) or IOB2 (B-X opens every entity). Entities become
character spans [start, end) into the text, with types PER, ORG, LOC, MISC.
"""
import json, sys


def documents(lines):
    docs, doc, sentence = [], [], []
    for line in lines:
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            if sentence:
                doc.append(sentence); sentence = []
            if doc:
                docs.append(doc)
            doc = []
        elif not line:
            if sentence:
                doc.append(sentence); sentence = []
        else:
            columns = line.split()
            sentence.append((columns[0], columns[-1]))
    if sentence:
        doc.append(sentence)
    if doc:
        docs.append(doc)
    return docs


def to_text(doc):
    text, entities = [], []
    offset = 0
    for s, sentence in enumerate(doc):
        if s:
            text.append("\n"); offset += 1
        open_type, start, end = None, -1, -1
        for t, (token, tag) in enumerate(sentence):
            if t:
                text.append(" "); offset += 1
            kind = tag[2:] if tag != "O" else None
            begins = kind is not None and (tag.startswith("B-") or kind != open_type)
            if open_type is not None and (kind is None or begins):
                entities.append([start, end, open_type])
                open_type = None
            if begins:
                open_type, start = kind, offset
            text.append(token); offset += len(token)
            if open_type is not None:
                end = offset
        if open_type is not None:
            entities.append([start, end, open_type])
    return "".join(text), entities


def main(source, target):
    with open(source, encoding="utf-8") as f:
        docs = documents(f)
    with open(target, "w", encoding="utf-8") as out:
        for number, doc in enumerate(docs, 1):
            text, entities = to_text(doc)
            out.write(json.dumps({"id": f"doc-{number:04d}", "text": text, "entities": entities},
                                 ensure_ascii=False) + "\n")
    print(f"{source}: {len(docs)} documents", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
