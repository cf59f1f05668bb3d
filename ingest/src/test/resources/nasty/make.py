#!/usr/bin/env python3
"""Writes the nasty raw-page records of this folder and EXPECTED.tsv. Rerun: python3 make.py (in this folder).

Each file is one raw-page record value exactly as it would sit on news.pages.raw.v1. Deterministic."""
import base64, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261127)
expected = []

def put(name, data, outcome, why):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    expected.append((name, outcome, why))

def page(url, body_bytes=None, content_type=None, body=None, **extra):
    obj = {"url": url}
    if content_type is not None:
        obj["contentType"] = content_type
    if body is not None:
        obj["body"] = body
    if body_bytes is not None:
        obj["bodyBase64"] = base64.b64encode(body_bytes).decode("ascii")
    obj.update(extra)
    return json.dumps(obj, ensure_ascii=False)

ARTICLE = ("<p>" + "The council met on Tuesday and agreed the budget after a long debate. " * 6 + "</p>") * 4
def html(inner, head="<title>Council agrees budget</title>"):
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + inner + "</body></html>"

put("empty.bin", b"", "dead-letter:UNDECODABLE", "an empty record")
put("random-bytes.bin", bytes(rng.randrange(256) for _ in range(2048)).replace(b"{", b"x").replace(b"\xc3", b"y"),
    "dead-letter:UNDECODABLE", "2 KiB of random bytes, neither JSON nor Avro")
put("nul-bytes.bin", b"\0" * 1024, "dead-letter:UNDECODABLE", "1 KiB of NUL bytes")
put("bare-html.bin", html(ARTICLE), "dead-letter:UNDECODABLE", "HTML not wrapped in raw-page JSON")
put("truncated-json.json", page("https://nasty.example/t", body=html(ARTICLE))[:300], "dead-letter:INVALID_JSON",
    "raw-page JSON cut in the middle of the body string")
put("json-array.json", "[" + page("https://nasty.example/a", body="<p>x</p>") + "]", "dead-letter:UNDECODABLE",
    "a JSON array instead of one object (raw-page JSON starts with '{')")
put("json-deeply-nested.json", '{"url": "https://nasty.example/n", "body": "<p>x</p>", "extra": ' + "[" * 100000 + "]" * 100000 + "}",
    "dead-letter:INVALID_JSON", "an unknown field nested 100,000 arrays deep (past the JSON parser's depth limit)")
put("json-invalid-utf8.json", b'{"url": "https://nasty.example/u", "body": "<p>caf\xe9 \xc3\x28</p>"}', "either",
    "raw-page JSON whose bytes are not valid UTF-8")
put("json-utf8-bom.json", b"\xef\xbb\xbf" + page("https://nasty.example/bom", body=html(ARTICLE)).encode(), "clean",
    "valid raw-page JSON after a UTF-8 byte-order mark")
put("json-no-url.json", json.dumps({"body": html(ARTICLE)}), "dead-letter:MISSING_FIELD", "no url")
put("json-url-null.json", json.dumps({"url": None, "body": html(ARTICLE)}), "dead-letter:MISSING_FIELD", "url is null")
put("json-url-number.json", json.dumps({"url": 42, "body": html(ARTICLE)}), "dead-letter:INVALID_FIELD", "url is a number")
put("json-url-blank.json", json.dumps({"url": "   ", "body": html(ARTICLE)}), "dead-letter:INVALID_FIELD", "url is blank")
put("json-no-body.json", json.dumps({"url": "https://nasty.example/nb"}), "dead-letter:MISSING_FIELD", "neither body nor bodyBase64")
put("json-body-object.json", json.dumps({"url": "https://nasty.example/bo", "body": {"html": "<p>x</p>"}}),
    "dead-letter:INVALID_FIELD", "body is an object")
put("json-bad-base64.json", json.dumps({"url": "https://nasty.example/b64", "bodyBase64": "%%% not base64 %%%"}),
    "dead-letter:INVALID_FIELD", "bodyBase64 is not base64")
put("json-fetched-at-garbage.json", page("https://nasty.example/f", body=html(ARTICLE), fetchedAt="last Tuesday"),
    "dead-letter:INVALID_FIELD", "fetchedAt is not a date")
put("json-http-status-string.json", page("https://nasty.example/s", body=html(ARTICLE), httpStatus="200"),
    "dead-letter:INVALID_FIELD", "httpStatus is a string")
put("json-headers-array.json", page("https://nasty.example/h", body=html(ARTICLE), headers=["content-type"]),
    "dead-letter:INVALID_FIELD", "headers is an array")
put("json-takedown-string.json", page("https://nasty.example/td", body=html(ARTICLE), takedown="yes"),
    "dead-letter:INVALID_FIELD", "takedown is a string")
# Avro single-object encoding: C3 01, an 8-byte schema fingerprint, then the record.
put("avro-unknown-fingerprint.bin", b"\xc3\x01" + bytes(rng.randrange(256) for _ in range(8)) + b"\x02\x10https://x",
    "dead-letter:UNKNOWN_SCHEMA", "Avro header with a fingerprint no schema has")
put("avro-header-only.bin", b"\xc3\x01", "dead-letter:UNDECODABLE", "the two Avro marker bytes and nothing else")
put("html-body-empty.json", page("https://nasty.example/e", body="", content_type="text/html"), "either", "an empty body")
put("html-base64-empty.json", page("https://nasty.example/e64", body_bytes=b""), "either", "an empty base64 body, no content type")
put("html-truncated-mid-tag.json", page("https://nasty.example/tm", body_bytes=html(ARTICLE).encode()[:700] + b'<a href="ht',
    content_type="text/html"), "either", "HTML cut inside a tag")
put("html-deep-nesting.json", page("https://nasty.example/deep", content_type="text/html",
    body_bytes=html("<div>" * 30000 + ARTICLE + "</div>" * 30000).encode()), "either", "30,000 nested divs around the article")
put("html-deep-unclosed.json", page("https://nasty.example/deepu", content_type="text/html",
    body_bytes=html("<span><b><i>" * 10000 + ARTICLE).encode()), "either", "30,000 unclosed inline tags")
put("html-deep-table.json", page("https://nasty.example/deept", content_type="text/html",
    body_bytes=html("<table><tr><td>" * 5000 + ARTICLE).encode()), "either", "5,000 nested unclosed tables")
put("html-huge-attribute.json", page("https://nasty.example/attr", content_type="text/html; charset=utf-8",
    body_bytes=html('<article><h1>Council agrees budget</h1><p class="' + "x" * 1_000_000 + '">' + ARTICLE + "</p></article>").encode()),
    "either", "a 1 MB class attribute")
put("html-huge-meta.json", page("https://nasty.example/meta", content_type="text/html",
    body_bytes=html(ARTICLE, head='<meta property="og:title" content="' + "T" * 500_000 + '"><title>t</title>').encode()),
    "either", "a 500 kB og:title")
put("html-invalid-utf8.json", page("https://nasty.example/iu", content_type="text/html; charset=utf-8",
    body_bytes=html(ARTICLE).encode()[:400] + b"\xc3\x28\xff\xfe\xed\xa0\x80" + html(ARTICLE).encode()[400:]),
    "either", "invalid UTF-8 sequences in a page declared UTF-8")
put("html-latin1-declared-utf8.json", page("https://nasty.example/l1", content_type="text/html; charset=utf-8",
    body_bytes=html("<p>" + "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 " * 50 + "</p>" + ARTICLE).encode("latin-1")),
    "either", "Latin-1 bytes declared UTF-8")
put("html-unknown-charset.json", page("https://nasty.example/uc", content_type="text/html; charset=x-no-such-charset",
    body_bytes=html(ARTICLE).encode()), "either", "a charset no JVM knows")
put("html-meta-charset-conflict.json", page("https://nasty.example/mc", content_type="text/html",
    body_bytes=html(ARTICLE, head='<meta charset="shift_jis"><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>t</title>').encode()),
    "either", "two meta charsets that disagree, neither right")
put("html-utf16-no-bom.json", page("https://nasty.example/u16", content_type="text/html",
    body_bytes=html(ARTICLE).encode("utf-16-le")), "either", "UTF-16LE without a byte-order mark, no charset")
put("html-binary-as-html.json", page("https://nasty.example/bin", content_type="text/html",
    body_bytes=bytes(rng.randrange(256) for _ in range(8192))), "either", "8 KiB of random bytes declared HTML")
put("html-only-script.json", page("https://nasty.example/js", content_type="text/html",
    body_bytes=html("<script>" + "var a=1;" * 5000 + "</script><noscript>Enable JavaScript</noscript>").encode()),
    "clean", "a page that is only a script")
put("html-nul-in-text.json", page("https://nasty.example/nul", content_type="text/html",
    body_bytes=html(ARTICLE.replace("budget", "bud\0get")).encode()), "either", "NUL characters inside the text")
put("html-control-chars-url.json", page("https://nasty.example/ctl\u0000\u202e?q=\ud7ff", body=html(ARTICLE)), "either",
    "control and bidi characters in the URL")
put("html-external-entities.json", page("https://nasty.example/xxe", content_type="application/xhtml+xml",
    body='<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]><html><body><p>&xxe;</p>' + ARTICLE + "</body></html>"),
    "either", "an XML external entity pointing at a local port (must not be fetched)")

with open(os.path.join(HERE, "EXPECTED.tsv"), "w") as f:
    f.write("# file\texpected outcome (clean | dead-letter:REASON | either)\twhat it is\n")
    for name, outcome, why in expected:
        f.write(f"{name}\t{outcome}\t{why}\n")
