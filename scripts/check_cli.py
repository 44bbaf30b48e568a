#!/usr/bin/env python3
"""Checks the quotetrail CLI against its contract.

Runs the built binary on the bundled samples (and the seed article when ../shared is
present), validates every output record against docs/report.schema.json, re-checks that
every span's text equals decoded[start:end] with Python string indices (code points), and
checks exit codes, error records, standard input and a closed output pipe.

Usage: scripts/check_cli.py [path/to/quotetrail]
Prints one line per failed check and a closing "cli: N passed, M failed" line.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "quotetrail")
SAMPLES = os.path.join(ROOT, "Samples")
SEED = os.path.join(os.path.dirname(ROOT), "shared", "seed", "clubhouse-article.txt")
SCHEMA = json.load(open(os.path.join(ROOT, "docs", "report.schema.json"), encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# ICU's charset names (lower-cased) as Python codecs.
PYTHON_CODECS = {"utf-8": "utf-8-sig", "windows-1251": "cp1251", "koi8-r": "koi8_r", "iso-8859-5": "iso8859_5",
                 "ibm866": "cp866", "utf-16le": "utf-16", "utf-16be": "utf-16", "iso-8859-1": "latin-1"}

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {message}")
    return condition


def run(*arguments, stdin=None):
    process = subprocess.run([BINARY, *arguments], input=stdin, capture_output=True, cwd=ROOT, timeout=120)
    return process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8", "replace")


def records_of(stdout):
    stdout = stdout.strip()
    if not stdout:
        return []
    if stdout.startswith("{\n"):
        return [json.loads(stdout)]
    return [json.loads(line) for line in stdout.splitlines()]


def validate(record, where):
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda error: list(error.path))
    return check(not errors, f"{where}: schema: {errors[0].message if errors else ''} at {list(errors[0].path) if errors else ''}")


def spans_of(report):
    for segment in report["segments"]:
        yield "segment", segment
        for switch in segment["switches"]:
            yield "switch " + switch["language"], switch
    for warning in report["warnings"]:
        if warning.get("start") is not None and warning.get("end") is not None:
            yield "warning " + warning["code"], warning
    for quote in report["quotes"]:
        yield "quote " + quote["id"], quote
        # Every span inside a quote too: speaker mention, cue, source mentions, evidence.
        if quote.get("speaker"):
            yield "speaker of " + quote["id"], quote["speaker"]["mention"]
        if quote.get("cue"):
            yield "cue of " + quote["id"], quote["cue"]
        for source in quote.get("sources", []):
            if source.get("mention"):
                yield "source of " + quote["id"], source["mention"]
        for evidence in quote.get("translation", {}).get("evidence", []):
            yield "evidence of " + quote["id"], evidence


def check_spans(report, decoded, where):
    check(report["document"]["length"] == len(decoded), f"{where}: length {report['document']['length']} != {len(decoded)} code points")
    for label, span in spans_of(report):
        start, end = span["start"], span["end"]
        check(0 <= start <= end <= len(decoded) and decoded[start:end] == span["text"],
              f"{where}: {label} [{start}, {end}) text {span['text']!r} != {decoded[start:end]!r}")


def decoded_file(path, charset):
    raw = open(path, "rb").read()
    return raw.decode(PYTHON_CODECS[charset])


def main():
    # Each sample file alone: one pretty report, exit 0, spans exact.
    sample_files = []
    for folder, _, names in os.walk(SAMPLES):
        sample_files += [os.path.join(folder, name) for name in names if name.endswith(".txt")]
    for path in sorted(sample_files):
        name = os.path.relpath(path, ROOT)
        code, stdout, stderr = run("analyze", path)
        check(code == 0, f"{name}: exit {code}: {stderr.strip()}")
        records = records_of(stdout)
        if not check(len(records) == 1, f"{name}: {len(records)} records"):
            continue
        report = records[0]
        validate(report, name)
        if any(warning["code"] == "mojibake-repaired" for warning in report["warnings"]):
            continue  # the decoded text is the repaired one; Swift tests cover its offsets
        check_spans(report, decoded_file(path, report["document"]["charset"]), name)

    # The dump: one record per line, malformed lines included, in order; exit 1.
    dump = os.path.join(SAMPLES, "bilingual-dump.jsonl")
    code, stdout, _ = run("analyze", dump)
    records = records_of(stdout)
    lines = [line for line in open(dump, encoding="utf-8").read().split("\n") if line.strip()]
    check(code == 1, f"dump: exit {code}, expected 1 (some records failed)")
    check(len(records) == len(lines), f"dump: {len(records)} records for {len(lines)} lines")
    for index, (record, line) in enumerate(zip(records, lines)):
        where = f"dump record {index + 1}"
        validate(record, where)
        try:
            source = json.loads(line)
        except json.JSONDecodeError:
            check(record["schema"] == "quotetrail.error.v1", f"{where}: malformed line did not give an error record")
            continue
        if "text" not in source:
            check(record["schema"] == "quotetrail.error.v1", f"{where}: record without text did not give an error record")
            continue
        title = source.get("title", "").strip()
        check_spans(record, (title + "\n\n" + source["text"]) if title else source["text"], where)
        check(record["document"]["id"] == source["id"], f"{where}: id {record['document']['id']}")

    # A directory: JSON Lines, one record per document, every one valid.
    code, stdout, _ = run("analyze", SAMPLES)
    records = records_of(stdout)
    expected = len(sample_files) + len(lines)
    check(len(records) == expected, f"directory: {len(records)} records, expected {expected}")
    for index, record in enumerate(records):
        validate(record, f"directory record {index + 1}")

    # The seed article, when the shared folder is there.
    if os.path.exists(SEED):
        code, stdout, _ = run("analyze", SEED)
        report = records_of(stdout)[0]
        validate(report, "seed")
        check_spans(report, open(SEED, encoding="utf-8").read(), "seed")
        check(report["segments"][0]["kind"] == "headline", "seed: first segment is not the headline")

    # Exit codes and error records.
    code, stdout, stderr = run("analyze", "no/such/file.txt")
    check(code == 66, f"missing input: exit {code}, expected 66")
    check(records_of(stdout)[0]["error"]["code"] == "missing-input", "missing input: no error record")
    check("no/such/file.txt" in stderr, "missing input: stderr does not name the file")
    with tempfile.TemporaryDirectory() as folder:
        binary_file = os.path.join(folder, "image.txt")
        open(binary_file, "wb").write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        code, stdout, stderr = run("analyze", binary_file)
        check(code == 65, f"binary input: exit {code}, expected 65")
        record = records_of(stdout)[0]
        validate(record, "binary input")
        check(record["error"]["code"] == "not-text" and "image.txt" in record["error"]["message"], "binary input: error record")
        code, stdout, _ = run("analyze", os.path.join(SAMPLES, "ru-wire-original.txt"), binary_file)
        check(code == 1, f"one good, one bad: exit {code}, expected 1")
        check(len(records_of(stdout)) == 2, "one good, one bad: expected two records")
    code, _, _ = run("analyze", "--encoding", "no-such-charset", dump)
    check(code == 64, f"unknown --encoding: exit {code}, expected 64")
    code, _, _ = run("analyze", "--no-such-flag")
    check(code == 64, f"unknown flag: exit {code}, expected 64")
    code, stdout, _ = run("analyze", "--encoding", "windows-1251", os.path.join(SAMPLES, "encodings", "ru-wire-original.cp1251.txt"))
    check(code == 0 and records_of(stdout)[0]["document"]["charset"] == "windows-1251", "--encoding windows-1251")

    # Standard input.
    text = "Песков сказал: «Нет».\n\nPeskov said: \u201cNo.\u201d\n"
    code, stdout, _ = run("analyze", "-", stdin=text.encode("utf-8"))
    report = records_of(stdout)[0]
    check(code == 0 and report["document"]["id"] == "stdin", "stdin: report")
    check_spans(report, text, "stdin")

    # Random bytes never crash: exactly one record each, valid, spans exact when decoded as UTF-8.
    generator = random.Random(7)
    alphabet = ["a", " ", "\n", "\r\n", "Ж", "ё", "e\u0301", "\U0001F469\u200D\U0001F52C", "\u200b", "\u00ad", "\u202e", "«", "»",
                "\u201c", "\u201d", "—", ".", "!", "?", "\ufffd", "Р", "u", "ﬁ", "Ａ", "İ", "ß", "9", ",", "г.", "Mr."]
    for case in range(60):
        if case % 3 == 0:
            data = bytes(generator.randrange(256) for _ in range(generator.randrange(1, 200)))
        else:
            data = "".join(generator.choice(alphabet) for _ in range(generator.randrange(1, 120))).encode("utf-8")
        code, stdout, stderr = run("analyze", "--input-format", "text", "-", stdin=data)
        records = records_of(stdout)
        if not check(code in (0, 65) and len(records) == 1, f"random input {case}: exit {code}, {len(records)} records, {stderr[:200]}"):
            continue
        validate(records[0], f"random input {case}")
        if records[0]["schema"] == "quotetrail.report.v1" and records[0]["document"]["charset"] == "utf-8" \
                and not any(w["code"] == "mojibake-repaired" for w in records[0]["warnings"]):
            check_spans(records[0], data.decode("utf-8", "replace").removeprefix("\ufeff"), f"random input {case}")

    # A closed pipe ends the program quietly.
    # (300 reports are far more than a pipe buffer holds, so the writer meets EPIPE.)
    article = os.path.join(SAMPLES, "en-kremlin-translated.txt")
    process = subprocess.Popen([BINARY, "analyze", "--format", "jsonl"] + [article] * 300, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.wait(timeout=120)
    check(process.returncode == 0 and stderr == "", f"closed pipe: exit {process.returncode}, stderr {stderr[:300]!r}")

    # langid: one object per input line; spans tile the line in code points.
    lines = ["Putin replied «Нет, спасибо» and left 👩‍🔬.", "Дякую за допомогу", "", "12:00 — 13:00", "Spasibo bolshoe, kak dela"]
    code, stdout, _ = run("langid", "-", stdin=("\n".join(lines) + "\n").encode("utf-8"))
    results = [json.loads(line) for line in stdout.splitlines()]
    check(code == 0 and len(results) == len(lines), f"langid: exit {code}, {len(results)} results for {len(lines)} lines")
    for line, result in zip(lines, results):
        check(0 <= result["confidence"] <= 1, f"langid: confidence {result['confidence']}")
        ends = [span["end"] for span in result["spans"]]
        starts = [span["start"] for span in result["spans"]]
        check(not line or (starts[:1] == [0] and ends[-1:] == [len(line)] and starts[1:] == ends[:-1]),
              f"langid: spans {result['spans']} do not tile {line!r}")
    check([r["language"] for r in results] == ["en", "uk", "und", "und", "ru-Latn"], f"langid languages: {[r['language'] for r in results]}")
    check([s["language"] for s in results[0]["spans"]] == ["en", "ru", "en"], f"langid switch: {results[0]['spans']}")
    with tempfile.TemporaryDirectory() as folder:
        binary_file = os.path.join(folder, "dump.bin")
        open(binary_file, "wb").write(b"abc\x00\xff\xfe def\n")
        code, stdout, _ = run("langid", binary_file)
        records = records_of(stdout)
        check(code == 65 and len(records) == 1 and records[0]["error"]["code"] == "not-text" and "dump.bin" in records[0]["error"]["message"],
              f"langid on binary input: exit {code}, output {stdout[:200]!r}")
        validate(records[0] if records else {}, "langid error record")

    # --explain adds each word (its text is the line's code points start..end) with its evidence,
    # best language first, and that language is the one the record names for a one-word line.
    code, stdout, _ = run("langid", "--explain", "-", stdin="Він сказав «спасибо» і пішов.\nДзякуй\n".encode("utf-8"))
    records = records_of(stdout)
    check(code == 0 and len(records) == 2, f"langid --explain: exit {code}, {stdout[:200]!r}")
    if len(records) == 2:
        line = "Він сказав «спасибо» і пішов."
        words = records[0]["words"]
        check([line[w["start"]:w["end"]] for w in words] == [w["text"] for w in words] == ["Він", "сказав", "спасибо", "і", "пішов"],
              f"langid --explain words: {[w['text'] for w in words]}")
        for word in words:
            posteriors = [entry["posterior"] for entry in word["languages"]]
            check(posteriors == sorted(posteriors, reverse=True) and 0.99 <= sum(posteriors) <= 1.01,
                  f"langid --explain posteriors of {word['text']}: {posteriors}")
        check(records[1]["words"][0]["languages"][0]["language"] == records[1]["language"] == "be",
              f"langid --explain one word: {records[1]}")

    # --timing reports the lines and seconds on standard error and leaves the records alone.
    timing_input = "Peskov said nothing.\nПесков промолчал.\n".encode("utf-8")
    code, stdout, stderr = run("langid", "--timing", "-", stdin=timing_input)
    plain_code, plain_stdout, _ = run("langid", "-", stdin=timing_input)
    check(code == 0 and stdout == plain_stdout and re.search(r"^langid: 2 lines in [0-9.e-]+ s$", stderr, re.M) is not None,
          f"langid --timing: exit {code}, stderr {stderr[:200]!r}, records {'same' if stdout == plain_stdout else 'differ'}")

    # --languages restricts the names langid and analyze may give; an unknown code is a usage error.
    code, stdout, _ = run("langid", "--languages", "en,ru", "-", stdin="Дякую, друже, за все.\n".encode("utf-8"))
    check(code == 0 and records_of(stdout)[0]["language"] == "ru", f"langid --languages en,ru: {stdout.strip()[:200]}")
    code, stdout, _ = run("langid", "--languages", "ru,uk", "-", stdin=b"The minister said nothing.\n")
    check(code == 0 and records_of(stdout)[0]["language"] == "und", f"langid --languages ru,uk on English: {stdout.strip()[:200]}")
    for codes, named in (("en,xx", "xx"), ("", "no language")):
        code, stdout, stderr = run("langid", "--languages", codes, "-", stdin=b"hello\n")
        check(code == 64 and named in stderr, f"langid --languages {codes!r}: exit {code}, stderr {stderr[:200]!r}")
    code, stdout, _ = run("analyze", "--languages", "en,ru", "--format", "jsonl", os.path.join(SAMPLES, "ru-wire-original.txt"))
    languages = {segment["language"] for record in records_of(stdout) for segment in record.get("segments", [])}
    check(code == 0 and languages <= {"en", "ru", "und"}, f"analyze --languages en,ru: segment languages {languages}")

    # The inspection subcommands answer.
    code, stdout, _ = run("segment", "--level", "tokens", os.path.join(SAMPLES, "ru-wire-original.txt"))
    check(code == 0 and len(stdout.splitlines()) > 50, "segment --level tokens")
    code, stdout, _ = run("normalize", "--form", "latin", "--plain", "-", stdin="Дмитрий Песков".encode("utf-8"))
    check(code == 0 and stdout.strip() == "Dmitriy Peskov", f"normalize --form latin: {stdout.strip()!r}")
    for command in ("analyze", "langid", "normalize", "segment"):
        code, stdout, _ = run(command, "--help")
        check(code == 0 and "USAGE" in stdout.upper(), f"{command} --help")

    print(f"cli: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
