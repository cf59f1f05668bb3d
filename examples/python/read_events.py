#!/usr/bin/env python3
# Copyright newsline contributors. Licensed under the Apache License, Version 2.0 (like the .avsc contracts it reads),
# so a consumer may copy it into code of any licence.
"""Decode newsline's Avro records without Java and print each one as a JSON line.

newsline writes every topic value (except raw pages) in Avro single-object encoding:

    C3 01 | 8-byte little-endian CRC-64-AVRO fingerprint of the writer schema | Avro binary body

This script finds the writer schema of each record by that fingerprint among the .avsc files it is given (the
fingerprint is the CRC-64-AVRO of the schema's Parsing Canonical Form, computed here), decodes the body with
Debian's python3-avro (`import avro`) and prints the record as the same JSON that `newsline tail` prints: field
names as in the schema, unions as their plain value, enum symbols lower-case with hyphens (STORY_CREATED ->
story-created), timestamps as ISO-8601 UTC instants, bytes as base64.

Input: files of records as `newsline tail TOPIC --raw` writes them, one JSON object per line with the value in
base64:

    {"topic":"news.events.v1","partition":0,"offset":7,"timestamp":1741154400000,"key":"s-...","value":"wwE..."}

Usage:

    newsline tail events --from-beginning --idle-exit 5 --raw > events.records.jsonl
    python3 examples/python/read_events.py events.records.jsonl
    python3 examples/python/read_events.py --schemas path/to/avsc-folder events.records.jsonl
    python3 examples/python/read_events.py --list-schemas

With confluent-kafka installed (Debian: python3-confluent-kafka), it reads a topic directly instead, from the
beginning and with isolation.level=read_committed:

    python3 examples/python/read_events.py --bootstrap-servers broker:9092 --topic news.events.v1 --idle-exit 10

Exit code 0 when every record decoded, 1 when some did not (each is reported on stderr), 2 on bad usage.
"""

import argparse
import base64
import copy
import datetime
import io
import json
import os
import sys

import avro.errors
import avro.io
import avro.name
import avro.schema

MARKER = b"\xc3\x01"
HEADER_LENGTH = 10  # marker (2 bytes) + fingerprint (8 bytes)

# CRC-64-AVRO (Rabin fingerprint), as the Avro specification defines it.
_EMPTY = 0xC15D213AA4D7A795
_TABLE = []
for _i in range(256):
    _fp = _i
    for _ in range(8):
        _fp = (_fp >> 1) ^ (_EMPTY if _fp & 1 else 0)
    _TABLE.append(_fp)


def crc64_avro(data):
    """The CRC-64-AVRO fingerprint of some bytes, as an unsigned 64-bit int."""
    fp = _EMPTY
    for b in data:
        fp = (fp >> 8) ^ _TABLE[(fp ^ b) & 0xFF]
    return fp


def fingerprint(schema):
    """The fingerprint single-object encoding writes for a schema: CRC-64-AVRO of its Parsing Canonical Form."""
    return crc64_avro(parsing_canonical_form(schema).encode("utf-8"))


def parsing_canonical_form(schema, seen=None):
    """The schema's Parsing Canonical Form, as the Avro specification defines it and Java's SchemaNormalization
    writes it: full names, only the attributes that matter for parsing (name, type, fields, symbols, items, values,
    size) in that order, primitives in their simple form, named types spelt out once and named after that, no
    whitespace. Computed here because python3-avro 1.11's canonical_form keeps a logical type's primitive as an
    object ({"type":"long"} instead of "long"), which gives a different fingerprint from the one Java writes."""
    seen = set() if seen is None else seen
    kind = schema.type
    if kind == "union":
        return "[" + ",".join(parsing_canonical_form(s, seen) for s in schema.schemas) + "]"
    if kind == "array":
        return '{"type":"array","items":' + parsing_canonical_form(schema.items, seen) + "}"
    if kind == "map":
        return '{"type":"map","values":' + parsing_canonical_form(schema.values, seen) + "}"
    if kind in ("record", "error", "enum", "fixed"):
        name = json.dumps(schema.fullname)
        if schema.fullname in seen:
            return name
        seen.add(schema.fullname)
        out = '{"name":' + name + ',"type":' + json.dumps(kind)
        if kind == "enum":
            out += ',"symbols":' + json.dumps(list(schema.symbols), separators=(",", ":"))
        elif kind == "fixed":
            out += ',"size":' + str(schema.size)
        else:
            out += ',"fields":[' + ",".join('{"name":' + json.dumps(f.name) + ',"type":'
                                            + parsing_canonical_form(f.type, seen) + "}" for f in schema.fields) + "]"
        return out + "}"
    return json.dumps(kind)  # a primitive, logical types included: only the underlying type counts


def default_schema_dirs():
    """The repository's contracts: current .avsc files and every released version (schemas/src/main)."""
    here = os.path.dirname(os.path.abspath(__file__))
    return [os.path.normpath(os.path.join(here, "..", "..", "schemas", "src", "main"))]


def load_schemas(dirs):
    """Every top-level schema in the .avsc files under the folders, by fingerprint."""
    return {fp: schema for fp, (schema, _) in load_schema_files(dirs).items()}


def load_schema_files(dirs):
    """(schema, file) of every top-level schema in the .avsc files under the folders, by fingerprint.

    Files of one folder share one set of names, so a schema may refer to a type another file of its folder defines
    (the current contracts do); files are parsed in whatever order lets every reference resolve. Released versions
    stand alone, several versions of one record in one folder, so a folder whose files all parse alone is read file
    by file.
    """
    by_fingerprint = {}
    for root_dir in dirs:
        if not os.path.isdir(root_dir):
            raise SystemExit(f"read_events: no such schema folder: {root_dir}")
        for folder, _, files in sorted(os.walk(root_dir)):
            texts = {}
            for name in sorted(files):
                if name.endswith(".avsc"):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        texts[os.path.join(folder, name)] = json.load(f)
            for path, schema in _parse_together(texts):
                by_fingerprint.setdefault(fingerprint(schema), (schema, path))
    return by_fingerprint


def _parse_together(texts):
    alone = []
    for path, data in texts.items():
        try:
            alone.append((path, avro.schema.make_avsc_object(data, avro.name.Names())))
        except avro.errors.SchemaParseException:
            break
    else:
        return alone
    names = avro.name.Names()
    pending = dict(texts)
    parsed = []
    while pending:
        progress = False
        for path, data in list(pending.items()):
            trial = copy.deepcopy(names)  # a failed parse may leave half a schema's names behind
            try:
                schema = avro.schema.make_avsc_object(data, trial)
            except avro.errors.SchemaParseException:
                continue
            names = trial
            parsed.append((path, schema))
            del pending[path]
            progress = True
        if not progress:
            # Parse one alone to report why it fails.
            path, data = next(iter(pending.items()))
            try:
                avro.schema.make_avsc_object(data, copy.deepcopy(names))
            except avro.errors.SchemaParseException as e:
                raise SystemExit(f"read_events: cannot parse {path}: {e}")
    return parsed


class UnknownSchema(Exception):
    pass


def decode(value, schemas):
    """(writer schema, datum) of one single-object-encoded record."""
    if len(value) < HEADER_LENGTH or value[:2] != MARKER:
        raise ValueError("not Avro single-object encoding (expected marker C3 01)")
    fp = int.from_bytes(value[2:HEADER_LENGTH], "little")
    schema = schemas.get(fp)
    if schema is None:
        raise UnknownSchema(f"unknown schema fingerprint {fp:016x}: written with a schema that is not among the "
                            f".avsc files given")
    # To read into the shape your code expects, pass your own schema as readers_schema: Avro resolves the two.
    reader = avro.io.DatumReader(writers_schema=schema)
    return schema, reader.read(avro.io.BinaryDecoder(io.BytesIO(value[HEADER_LENGTH:])))


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _instant(value):
    """A timestamp as Java's Instant.toString prints it (newsline tail): seconds, then milliseconds if any."""
    if isinstance(value, datetime.datetime):
        millis = (value - _EPOCH) // datetime.timedelta(milliseconds=1)
    else:
        millis = int(value)
    seconds, ms = divmod(millis, 1000)
    text = (_EPOCH + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    return text + (f".{ms:03d}" if ms else "") + "Z"


def to_json(datum, schema):
    """A decoded datum as plain JSON, rendered as `newsline tail` renders it."""
    if datum is None:
        return None
    kind = schema.type
    if kind == "union":
        branch = schema.validate(datum)
        if branch is None:
            raise ValueError(f"value {datum!r} matches no branch of {schema}")
        return to_json(datum, branch)
    if kind in ("record", "error"):
        return {f.name: to_json(datum.get(f.name), f.type) for f in schema.fields}
    if kind == "array":
        return [to_json(item, schema.items) for item in datum]
    if kind == "map":
        return {k: to_json(v, schema.values) for k, v in datum.items()}
    if kind == "enum":
        return datum.lower().replace("_", "-")
    if kind in ("bytes", "fixed"):
        return base64.b64encode(datum).decode("ascii")
    if kind == "long" and schema.get_prop("logicalType") == "timestamp-millis":
        return _instant(datum)
    return datum


def records(lines):
    """(where, value bytes) of each record line of a `newsline tail --raw` file; tombstones are skipped."""
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        record = json.loads(line)
        where = f"{record.get('topic')} {record.get('partition')}:{record.get('offset')} (line {number})"
        if record.get("value") is not None:
            yield where, base64.b64decode(record["value"])


def kafka_records(bootstrap_servers, topic, idle_exit):
    """(where, value bytes) of each record of a topic, read from the beginning with read_committed (needs
    confluent-kafka); stops after idle_exit seconds without a record once partitions are assigned."""
    try:
        import confluent_kafka
    except ImportError:
        raise SystemExit("read_events: reading from Kafka needs confluent-kafka (Debian: python3-confluent-kafka)")
    import time
    import uuid
    consumer = confluent_kafka.Consumer({
        "bootstrap.servers": bootstrap_servers,
        "group.id": "read-events-" + uuid.uuid4().hex,  # a fresh group: read everything, commit nothing
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "isolation.level": "read_committed",  # never the records of aborted transactions
    })
    consumer.subscribe([topic])
    last = time.monotonic()
    try:
        while True:
            message = consumer.poll(0.5)
            if message is None:
                if not consumer.assignment():
                    last = time.monotonic()  # idle time counts from the assignment
                elif idle_exit is not None and time.monotonic() - last > idle_exit:
                    return
                continue
            if message.error():
                print(f"read_events: {message.error()}", file=sys.stderr)
                continue
            last = time.monotonic()
            if message.value() is not None:
                yield f"{message.topic()} {message.partition()}:{message.offset()}", message.value()
    finally:
        consumer.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Decode newsline Avro records (from `newsline tail --raw`) "
                                                 "and print each as one JSON line.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="records, one JSON line each; '-' for stdin")
    parser.add_argument("--schemas", action="append", metavar="DIR",
                        help="a folder searched for .avsc files (repeatable); default: the repository's "
                             "schemas/src/main (current and released contracts)")
    parser.add_argument("--bootstrap-servers", metavar="HOST:PORT",
                        help="read TOPIC from Kafka instead of files (needs confluent-kafka)")
    parser.add_argument("--topic", default="news.events.v1", help="with --bootstrap-servers (default: %(default)s)")
    parser.add_argument("--idle-exit", type=float, metavar="SECONDS",
                        help="with --bootstrap-servers: stop after this long without a record (default: never)")
    parser.add_argument("--list-schemas", action="store_true",
                        help="print the fingerprint, record name and file of every schema found, then exit")
    args = parser.parse_args(argv)
    if args.list_schemas:
        for fp, (schema, path) in sorted(load_schema_files(args.schemas or default_schema_dirs()).items(),
                                         key=lambda item: (item[1][0].fullname, item[1][1])):
            print(f"{fp:016x}  {schema.fullname}  {os.path.relpath(path)}")
        return 0
    if not args.files and not args.bootstrap_servers:
        parser.error("give at least one FILE, --bootstrap-servers or --list-schemas")
    schemas = load_schemas(args.schemas or default_schema_dirs())
    failed = 0
    for where, value in _inputs(args):
        try:
            schema, datum = decode(value, schemas)
        except (UnknownSchema, ValueError, avro.errors.AvroException, EOFError) as e:
            failed += 1
            print(f"read_events: {where}: {e}", file=sys.stderr)
            continue
        print(json.dumps(to_json(datum, schema), ensure_ascii=False, separators=(",", ":")), flush=True)
    return 1 if failed else 0


def _inputs(args):
    if args.bootstrap_servers:
        yield from kafka_records(args.bootstrap_servers, args.topic, args.idle_exit)
    for name in args.files:
        stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
        with stream:
            yield from records(stream)


if __name__ == "__main__":
    sys.exit(main())
